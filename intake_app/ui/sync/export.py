"""Field export: "Prepare bundle for headquarters" into a chosen folder, with progress, cancel and an
outcome that says what went and what stayed on the laptop."""

from __future__ import annotations

import logging
import threading
from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QPushButton, QWidget

from intake_app.i18n import P_, _
from intake_app.sync.export import ExportOutcome, ExportResult, export_bundle
from intake_app.sync.profile import current_profile
from intake_app.ui import style, workers
from intake_app.ui.sync import prompts
from intake_app.ui.sync.common import ProgressRow, note, section, vbox
from intake_app.ui.sync.profile_view import keeps_identifying_back, withheld_fields
from intake_app.vault.vault import Vault

log = logging.getLogger(__name__)


class ExportSection(QWidget):
    """Signals: `busy_changed(bool)` while a bundle is written, `exported` after one was."""

    busy_changed = Signal(bool)
    exported = Signal()

    def __init__(self, vault: Vault, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.vault = vault
        self.task: workers.Task | None = None
        self.last_result: ExportResult | None = None
        outer = vbox(self, margins=False)
        box, layout = section(_("2. Send records to headquarters"), self)
        outer.addWidget(box)
        layout.addWidget(note(_("Writes what changed since headquarters' last receipt into one encrypted file, "
                                "readable only by headquarters. Choose a USB stick or a folder to send from."),
                              box))
        self.policy_warning = note("", box, style.WARNING, bold=True)
        layout.addWidget(self.policy_warning)
        row = QHBoxLayout()
        self.export_button = QPushButton(_("Prepare bundle for headquarters…"), box)
        self.export_button.clicked.connect(self.prepare_bundle)
        self.full_box = QCheckBox(_("Send everything again (full export)"), box)
        row.addWidget(self.export_button)
        row.addWidget(self.full_box)
        row.addStretch(1)
        layout.addLayout(row)
        self.progress = ProgressRow(box)
        self.progress.cancel_clicked.connect(self.cancel)
        layout.addWidget(self.progress)
        self.outcome = note("", box)
        layout.addWidget(self.outcome)
        self.refresh()

    def refresh(self) -> None:
        profile = current_profile(self.vault)
        busy = self.is_busy()
        self.export_button.setEnabled(profile is not None and not busy)
        self.full_box.setEnabled(profile is not None and not busy)
        if profile is None:
            self.policy_warning.setText(_("Import the deployment profile first (step 1)."))
        elif keeps_identifying_back(profile.export_policy):
            withheld = withheld_fields(profile.export_policy)
            parts = [", ".join(withheld)] if withheld else []
            if not profile.export_policy.include_identifying_attachments:
                parts.append(_("attachments marked identifying"))
            self.policy_warning.setText(_("Identifying details stay on this laptop, as headquarters' profile "
                                          "requires: {what}.").format(what="; ".join(parts)))
        else:
            self.policy_warning.setText(_("Headquarters' profile lets identifying details leave this laptop."))

    def is_busy(self) -> bool:
        return self.task is not None and self.task.is_running

    # -- actions -----------------------------------------------------------------------------------------

    def prepare_bundle(self) -> None:
        if self.is_busy() or current_profile(self.vault) is None:
            return
        folder = prompts.folder(self, _("Where should the bundle go? (a USB stick or a folder)"))
        if folder:
            self.start(Path(folder))

    def start(self, folder: Path) -> workers.Task:
        vault, full = self.vault, self.full_box.isChecked()

        def work(progress: workers.ProgressFn, cancel: threading.Event) -> ExportResult:
            return export_bundle(vault, folder, full=full, progress=progress, cancelled=cancel.is_set)

        self.outcome.setText(_("Writing the bundle…"))
        self.outcome.setStyleSheet("")
        self.progress.start()
        task = workers.start_task(work, "export")
        task.progress.connect(self.progress.set_progress)
        task.finished.connect(self._finished)
        task.failed.connect(self._failed)
        task.cancelled.connect(self._cancelled)
        task.done.connect(self._done)
        self.task = task
        self.refresh()
        self.busy_changed.emit(True)
        return task

    def cancel(self) -> None:
        if self.task is not None:
            self.progress.cancel_button.setEnabled(False)
            self.task.cancel()

    # -- outcome -----------------------------------------------------------------------------------------

    def _finished(self, result: ExportResult) -> None:
        self.last_result = result
        lines = [result.message]
        if result.outcome is ExportOutcome.WRITTEN:
            lines += [_("File: {name}").format(name=b.path.name) for b in result.bundles]
            lines.append(_("Take the file to headquarters. Its name says nothing about what is inside; you may "
                           "delete it from the stick once headquarters sends a receipt."))
        if result.kept_back:
            lines.append(P_("{n} attachment marked identifying stayed on this laptop, as the deployment profile "
                            "requires.",
                            "{n} attachments marked identifying stayed on this laptop, as the deployment profile "
                            "requires.", result.kept_back).format(n=result.kept_back))
        self.outcome.setStyleSheet(style.colour_style(style.OK))
        self.outcome.setText("\n".join(lines))
        self.exported.emit()

    def _failed(self, message: str) -> None:
        self.outcome.setStyleSheet(style.colour_style(style.ERROR, bold=True))
        self.outcome.setText(message)

    def _cancelled(self) -> None:
        self.outcome.setStyleSheet(style.colour_style(style.WARNING))
        self.outcome.setText(_("Cancelled: no bundle was written."))

    def _done(self) -> None:
        self.task = None
        self.progress.stop()
        self.refresh()
        self.busy_changed.emit(False)
