"""Field receipts: import headquarters' receipt, see which records are delivered, and purge them from the
laptop (after the profile's delay, with confirmation)."""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from intake_app.errors import IntakeError
from intake_app.fileutil import read_bounded
from intake_app.i18n import P_, _
from intake_app.sync.delivered import delivered_records, purge_plan
from intake_app.sync.profile import current_profile
from intake_app.sync.receipt_format import MAX_RECEIPT_SIZE
from intake_app.sync.receipts import PurgeResult, ReceiptResult, import_receipt, purge_delivered
from intake_app.ui import style, workers
from intake_app.ui.lists.columns import local_time, type_name
from intake_app.ui.sync import prompts
from intake_app.ui.sync.common import note, section, vbox
from intake_app.ui.sync.purge import PurgeDialog
from intake_app.ui.widgets.empty_state import empty_overlay
from intake_app.vault.vault import Vault

log = logging.getLogger(__name__)

SHOWN = 500


class ReceiptsSection(QWidget):
    """Signal `changed` after records were marked delivered or purged."""

    changed = Signal()

    def __init__(self, vault: Vault, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.vault = vault
        self.task: workers.Task | None = None
        self.purge_dialog: PurgeDialog | None = None
        outer = vbox(self, margins=False)
        box, layout = section(_("3. Receipts from headquarters"), self)
        outer.addWidget(box)
        layout.addWidget(note(_("Headquarters answers each bundle with a receipt file. Import it to see which "
                                "records arrived; those can then be deleted from this laptop, so that a seized "
                                "laptop holds less."), box))
        row = QHBoxLayout()
        self.import_button = QPushButton(_("Import receipt…"), box)
        self.import_button.clicked.connect(self.choose_receipt)
        self.purge_button = QPushButton(_("Delete delivered records from this laptop…"), box)
        self.purge_button.clicked.connect(self.ask_purge)
        row.addWidget(self.import_button)
        row.addWidget(self.purge_button)
        row.addStretch(1)
        layout.addLayout(row)
        self.message = note("", box)
        layout.addWidget(self.message)
        self.count_label = note("", box, style.MUTED)
        layout.addWidget(self.count_label)
        self.table = QTableWidget(0, 4, box)
        self.table.setHorizontalHeaderLabels([_("Type"), _("Record"), _("Date"), _("Delivered")])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.setMinimumHeight(160)
        self.table.setAccessibleName(_("Delivered records"))
        empty_overlay(self.table, _("No records delivered yet"),
                      _("When headquarters has imported a bundle, they send back a receipt file. Import it: the "
                        "records it names are listed here."))
        layout.addWidget(self.table)
        self.refresh()

    def refresh(self) -> None:
        has_profile = current_profile(self.vault) is not None
        busy = self.task is not None and self.task.is_running
        self.import_button.setEnabled(has_profile and not busy)
        self.purge_button.setEnabled(has_profile and not busy)
        rows, total = delivered_records(self.vault, SHOWN)
        self.table.setRowCount(len(rows))
        for index, record in enumerate(rows):
            delivered = local_time(record.delivered_at)
            if record.changed_since:
                delivered += " " + _("(changed since)")
            for column, text in enumerate((type_name(record.record_type), record.label, record.event_date or "",
                                           delivered)):
                self.table.setItem(index, column, QTableWidgetItem(text))
        if total > len(rows):
            self.count_label.setText(_("Delivered records: {n} (the latest {shown} are shown)").format(
                n=f"{total:,}", shown=len(rows)))
        else:
            self.count_label.setText(_("Delivered records: {n}").format(n=f"{total:,}"))

    def is_busy(self) -> bool:
        return self.task is not None and self.task.is_running

    # -- receipt -----------------------------------------------------------------------------------------

    def choose_receipt(self) -> None:
        path = prompts.open_file(self, _("Import receipt"))
        if path:
            self.import_receipt_file(path)

    def import_receipt_file(self, path: str) -> workers.Task:
        vault = self.vault
        # Read in the worker too: a receipt of a busy device may be megabytes.
        return self._run(lambda: import_receipt(vault, read_bounded(path, MAX_RECEIPT_SIZE)), "import receipt")

    # -- purge -------------------------------------------------------------------------------------------

    def ask_purge(self) -> None:
        try:
            plan = purge_plan(self.vault)
        except IntakeError as exc:
            self._show(exc.message, error=True)
            return
        if not plan.deleted:
            self._show(P_("No delivered record is old enough to delete yet: headquarters' profile asks to keep "
                          "them {n} day after delivery.",
                          "No delivered record is old enough to delete yet: headquarters' profile asks to keep "
                          "them {n} days after delivery.", plan.delay_days).format(n=plan.delay_days), error=False)
            return
        dialog = PurgeDialog(plan, self)
        ids = plan.record_ids
        dialog.accepted.connect(lambda: self.purge(ids))
        dialog.finished.connect(dialog.deleteLater)
        self.purge_dialog = dialog
        dialog.open()

    def purge(self, only: frozenset[str] | None = None) -> workers.Task:
        """Delete the delivered records `only` lists (the purge dialog's set), none outside it."""
        vault = self.vault
        return self._run(lambda: purge_delivered(vault, only=only), "purge")

    # -- running -----------------------------------------------------------------------------------------

    def _run(self, fn: Callable[[], object], name: str) -> workers.Task:
        task = workers.run_call(fn, name)
        task.finished.connect(self._finished)
        task.failed.connect(self._failed)
        task.done.connect(self._done)
        self.task = task
        self.refresh()
        return task

    def _finished(self, result: ReceiptResult | PurgeResult) -> None:
        self._show(result.message, error=False)
        self.changed.emit()

    def _failed(self, message: str) -> None:
        self._show(message, error=True)

    def _done(self) -> None:
        self.task = None
        if self.vault.is_open:
            self.refresh()

    def _show(self, text: str, *, error: bool) -> None:
        self.message.setText(text)
        self.message.setStyleSheet(style.colour_style(style.ERROR if error else style.OK, bold=error))
