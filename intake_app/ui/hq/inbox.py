"""HQ inbox: drop or pick bundle files; they are imported one after another off the GUI thread (the age
decryption runs in a child process inside the core), with a report row per file."""

from __future__ import annotations

import logging
import threading
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush, QColor, QDragEnterEvent, QDropEvent, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from intake_app.hq.importer import ImportOutcome, ImportResult, import_bundle
from intake_app.hq.quarantine import later_outcomes
from intake_app.i18n import P_, _
from intake_app.sync.device_names import DeviceNames, device_names
from intake_app.ui import style, workers
from intake_app.ui.hq.devices import ReceiptOffer
from intake_app.ui.hq.setup import KeySetupBanner
from intake_app.ui.sync import prompts
from intake_app.ui.sync.common import ProgressRow, bold_title, note
from intake_app.ui.widgets.empty_state import empty_overlay
from intake_app.vault.vault import Vault

log = logging.getLogger(__name__)

_COLOURS = {ImportOutcome.IMPORTED: style.OK, ImportOutcome.ALREADY_IMPORTED: style.MUTED,
            ImportOutcome.QUARANTINED: style.WARNING, ImportOutcome.REFUSED: style.ERROR}


def result_detail(result: ImportResult, names: DeviceNames | None = None) -> str:
    """The report's detail column: the refusal's reason, or the core's one-line message without the file
    name it starts with; devices by their names."""
    names = names or DeviceNames()
    if result.outcome is ImportOutcome.REFUSED and result.detail:
        return names.relabel(result.detail)
    message = result.text(names)
    prefix = result.source + ": "
    return message[len(prefix):] if message.startswith(prefix) else message


class InboxPage(QWidget):
    """Signals: `changed` after a queue of files was imported, `busy_changed(bool)` while importing."""

    changed = Signal()
    busy_changed = Signal(bool)
    file_done = Signal(object)  # ImportResult, or None for a file that was not tried

    def __init__(self, vault: Vault, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.vault = vault
        self.queue: list[Path] = []
        self.total_files = 0
        self.task: workers.Task | None = None
        self.results: list[ImportResult | None] = []
        self.quarantined_rows: dict[str, int] = {}  # bundle id -> its report row, until the bundle is imported
        self.names = DeviceNames()
        self._current = Path()
        self._cancelling = False
        self.setAcceptDrops(True)
        layout = QVBoxLayout(self)
        layout.addWidget(bold_title(_("Inbox: bundles from the field"), self))
        self.banner = KeySetupBanner(vault, self)
        self.banner.keys_changed.connect(self.refresh)
        layout.addWidget(self.banner)

        self.drop_zone = QFrame(self)
        self.drop_zone.setFrameShape(QFrame.Shape.StyledPanel)
        self.drop_zone.setMinimumHeight(110)
        zone = QVBoxLayout(self.drop_zone)
        self.drop_label = QLabel(_("Drop bundle files here (as many as you like), or"), self.drop_zone)
        self.drop_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.choose_button = QPushButton(_("Choose bundle files…"), self.drop_zone)
        self.choose_button.clicked.connect(self.choose_files)
        zone.addWidget(self.drop_label)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.choose_button)
        row.addStretch(1)
        zone.addLayout(row)
        layout.addWidget(self.drop_zone)
        layout.addWidget(note(_("Each file is checked before anything is stored: a damaged, altered or unknown "
                                "bundle is refused and changes nothing. Bundles of devices not approved yet wait "
                                "in quarantine (see Devices)."), self, style.MUTED))
        self.status = note("", self)
        layout.addWidget(self.status)
        self.receipt_offer = ReceiptOffer(vault, self)
        self.receipt_offer.written.connect(self._receipt_written)
        layout.addWidget(self.receipt_offer)
        self.progress = ProgressRow(self)
        self.progress.cancel_clicked.connect(self.cancel)
        layout.addWidget(self.progress)
        self.table = QTableWidget(0, 3, self)
        self.table.setHorizontalHeaderLabels([_("File"), _("Result"), _("Details")])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setWordWrap(True)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.table.setAccessibleName(_("Import report"))
        self.empty = empty_overlay(self.table, _("Nothing imported yet"),
                                   _("Field workers send their bundles as files, on a USB stick or by e-mail. Drop "
                                     "them above or choose them: each file gets a line here saying what happened "
                                     "to it."))
        layout.addWidget(self.table, 1)
        self.refresh()

    # -- interface used by the main window ---------------------------------------------------------------

    def has_unsaved_changes(self) -> bool:
        return False

    def discard_changes(self) -> None:
        """Before a lock: stop importing (the current file's transaction rolls back)."""
        self._cancelling = True
        self.queue.clear()
        if self.task is not None:
            self.task.cancel()

    def refresh(self) -> None:
        if not self.vault.is_open or self.is_busy():
            return
        self.banner.refresh()
        ready = not self.banner.needs_keys()
        self.choose_button.setEnabled(ready)
        self.setAcceptDrops(ready)
        self._update_quarantined_rows()

    def _update_quarantined_rows(self) -> None:
        """A bundle shown as quarantined that was imported (or refused) when its device was approved gets its row
        updated, instead of saying "quarantined" for ever."""
        if not self.quarantined_rows:
            return
        self.names = device_names(self.vault)
        for bundle_id, result in later_outcomes(self.vault, list(self.quarantined_rows)).items():
            row = self.quarantined_rows.pop(bundle_id)
            outcome = self.table.item(row, 1)
            detail = self.table.item(row, 2)
            if outcome is None or detail is None:
                continue
            text = result_detail(result, self.names)
            if result.outcome is ImportOutcome.IMPORTED:
                text = _("Imported when its device was approved: {what}").format(what=text)
            outcome.setText(result.outcome.text())
            outcome.setForeground(QBrush(QColor(_COLOURS[result.outcome])))
            detail.setText(text)
            detail.setToolTip(text)
            self.table.resizeRowToContents(row)

    def is_busy(self) -> bool:
        return self.task is not None and self.task.is_running

    # -- adding files ------------------------------------------------------------------------------------

    def choose_files(self) -> None:
        paths = prompts.open_files(self, _("Choose bundle files"))
        if paths:
            self.add_files([Path(p) for p in paths])

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:  # noqa: N802 - Qt override
        if event.mimeData().hasUrls() and any(u.isLocalFile() for u in event.mimeData().urls()):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802 - Qt override
        paths = [Path(u.toLocalFile()) for u in event.mimeData().urls() if u.isLocalFile()]
        if paths:
            event.acceptProposedAction()
            self.add_files(paths)

    def add_files(self, paths: list[Path]) -> None:
        """Queue files (folders give the files directly in them); starts importing if idle."""
        if self.banner.needs_keys():
            return
        files: list[Path] = []
        for path in paths:
            if path.is_dir():
                files.extend(sorted(p for p in path.iterdir() if p.is_file() and not p.name.startswith(".")))
            else:
                files.append(path)
        self.queue.extend(files)
        self.total_files += len(files)
        if not self.is_busy() and self.queue:
            self.receipt_offer.clear()
            self.names = device_names(self.vault)
            self.progress.start()
            self.busy_changed.emit(True)
            self._next()

    # -- importing ---------------------------------------------------------------------------------------

    def _next(self) -> None:
        if not self.queue:
            self._all_done()
            return
        path = self.queue.pop(0)
        number = self.total_files - len(self.queue)
        self.status.setText(_("Importing file {k} of {n}: {name}").format(k=number, n=self.total_files,
                                                                         name=path.name))
        vault = self.vault

        def work(progress: workers.ProgressFn, cancel: threading.Event) -> ImportResult:
            return import_bundle(vault, path, progress=progress, cancelled=cancel.is_set)

        task = workers.start_task(work, "import bundle")
        task.progress.connect(self._progress)
        task.finished.connect(self._file_finished)
        task.failed.connect(self._file_failed)
        task.cancelled.connect(self._file_cancelled)
        task.done.connect(self._task_done)
        self._current = path
        self.task = task

    def _progress(self, done: int, total: int) -> None:
        finished = self.total_files - len(self.queue) - 1
        fraction = done / total if total > 0 else 0.0
        self.progress.set_progress(int((finished + fraction) * 1000), self.total_files * 1000)

    def _file_finished(self, result: ImportResult) -> None:
        if result.device_id and result.device_id not in self.names.labels:
            self.names = device_names(self.vault)  # a new pending device
        row = self._add_row(result.source, result.outcome.text(), result_detail(result, self.names),
                            _COLOURS[result.outcome])
        if result.outcome is ImportOutcome.QUARANTINED and result.bundle_id:
            self.quarantined_rows[result.bundle_id] = row
        self.results.append(result)
        self.file_done.emit(result)

    def _file_failed(self, message: str) -> None:
        self._add_row(self._current.name, ImportOutcome.REFUSED.text(), message, style.ERROR)
        self.results.append(None)
        self.file_done.emit(None)

    def _file_cancelled(self) -> None:
        self._add_row(self._current.name, _("not imported"), _("Cancelled; nothing was changed."), style.MUTED)

    def _task_done(self) -> None:
        self.task = None
        if self._cancelling:  # the files still waiting are not tried
            for path in self.queue:
                self._add_row(path.name, _("not imported"), _("Cancelled; nothing was changed."), style.MUTED)
            self.queue.clear()
        if self.vault.is_open:
            self._next()

    def _all_done(self) -> None:
        imported = [r for r in self.results if r is not None and r.outcome is ImportOutcome.IMPORTED]
        self.status.setText(P_("Done: {k} of {n} file imported. The report below says what happened to it.",
                               "Done: {k} of {n} files imported. The report below says what happened to each.",
                               self.total_files).format(k=len(imported), n=self.total_files))
        # Right after an import the field laptop is owed a receipt: offer it for each device imported from.
        self.receipt_offer.offer([r.device_id for r in imported if r.device_id])
        self.total_files = 0
        self.results = []
        self._cancelling = False
        self.progress.stop()
        self.busy_changed.emit(False)
        self.changed.emit()

    def cancel(self) -> None:
        self._cancelling = True
        self.progress.cancel_button.setEnabled(False)
        if self.task is not None:
            self.task.cancel()

    def _receipt_written(self, text: str, error: bool) -> None:
        self.status.setText(text)
        self.status.setStyleSheet(style.colour_style(style.ERROR if error else style.OK, bold=error))

    def _add_row(self, name: str, outcome: str, detail: str, colour: str) -> int:
        row = self.table.rowCount()
        self.table.insertRow(row)
        result_item = QTableWidgetItem(outcome)
        result_item.setForeground(QBrush(QColor(colour)))
        font = result_item.font()
        font.setBold(True)
        result_item.setFont(font)
        detail_item = QTableWidgetItem(detail)
        detail_item.setToolTip(detail)
        self.table.setItem(row, 0, QTableWidgetItem(name))
        self.table.setItem(row, 1, result_item)
        self.table.setItem(row, 2, detail_item)
        self.table.resizeRowToContents(row)
        self.table.scrollToBottom()
        return row

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt override
        super().showEvent(event)
        if not event.spontaneous():
            self.refresh()

    def report(self) -> list[tuple[str, str, str]]:
        """The rows of the report as text (file, result, details)."""
        return [tuple(self.table.item(r, c).text() for c in range(3))  # type: ignore[misc]
                for r in range(self.table.rowCount())]
