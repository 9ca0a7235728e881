"""The wizard's last two pages: the dry run (every failing row, and a preview) and the import itself
(progress, cancel, then the reminder that the spreadsheet is still a plain file on disk)."""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING, Any

from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QProgressBar,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWizardPage,
)

from intake_app.i18n import P_, _
from intake_app.spreadsheet.cleanup import SSD_WARNING, delete_plain_file
from intake_app.spreadsheet.fields import TYPE_LABELS
from intake_app.spreadsheet.importer import ImportReport, describe_added, run_import
from intake_app.spreadsheet.plan import make_plan
from intake_app.ui import style
from intake_app.ui.widgets import messages
from intake_app.ui.workers import Task, run_call, start_task

if TYPE_CHECKING:
    from intake_app.ui.spreadsheet.wizard import ImportWizard

log = logging.getLogger(__name__)


def _label(parent: Any, colour: str | None = None) -> QLabel:
    label = QLabel(parent)
    label.setWordWrap(True)
    if colour:
        label.setStyleSheet(style.colour_style(colour))
    return label


class DryRunPage(QWizardPage):
    """Checks every row without writing; Next is possible only when no row fails."""

    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__(wizard)
        self._wizard = wizard
        self._task: Task | None = None
        self.report: ImportReport | None = None
        self.setTitle(_("Check every row"))
        self.setSubTitle(_("A dry run: each row is checked as if it were imported, and nothing is written."))
        self.progress = QProgressBar(self)
        self.summary = _label(self)
        self.problems = QListWidget(self)
        self.preview = QTableWidget(0, 3, self)
        self.preview.setHorizontalHeaderLabels([_("Row"), _("Kind"), _("What will be saved")])
        self.preview.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.preview.verticalHeader().setVisible(False)
        self.identifying = _label(self, style.WARNING)
        layout = QVBoxLayout(self)
        layout.addWidget(self.progress)
        layout.addWidget(self.summary)
        layout.addWidget(self.identifying)
        layout.addWidget(QLabel(_("Rows that cannot be imported"), self))
        layout.addWidget(self.problems, 1)
        layout.addWidget(QLabel(_("Preview"), self))
        layout.addWidget(self.preview, 2)

    def is_busy(self) -> bool:
        return self._task is not None

    def initializePage(self) -> None:  # noqa: N802 - Qt override
        self.report = None
        self.problems.clear()
        self.preview.setRowCount(0)
        self.summary.setText(_("Checking…"))
        self.identifying.clear()
        sheet, mapping, vault = self._wizard.sheet, self._wizard.mapping, self._wizard.vault
        if sheet is None:
            return
        self._task = start_task(lambda progress, cancel: run_import(
            vault, make_plan(sheet, mapping), dry_run=True, progress=progress, cancelled=cancel.is_set), "dry run")
        self._task.progress.connect(self._show_progress)
        self._task.finished.connect(self._checked)
        self._task.failed.connect(self._failed)
        self.completeChanged.emit()

    def _show_progress(self, done: int, total: int) -> None:
        self.progress.setMaximum(max(1, total))
        self.progress.setValue(done)

    def _checked(self, report: object) -> None:
        self._task = None
        if not isinstance(report, ImportReport):
            return
        self.report = report
        self.progress.setValue(self.progress.maximum())
        for problem in report.problems:
            self.problems.addItem(problem.text())
        if report.problems:
            self.summary.setStyleSheet(style.colour_style(style.ERROR))
            self.summary.setText(P_("{n} problem must be fixed before the import (go back to change the mapping, "
                                    "or correct the file):",
                                    "{n} problems must be fixed before the import (go back to change the mapping, "
                                    "or correct the file):", len(report.problems)).format(n=len(report.problems)))
        else:
            self.summary.setStyleSheet(style.colour_style(style.OK))
            self.summary.setText(_("Every row can be imported.") + " " + describe_added(report.added, dry_run=True))
        if report.identifying_columns:
            self.identifying.setText(_("Identifying columns (they name or locate a person): {columns}").format(
                columns=", ".join(report.identifying_columns)))
        for record in report.preview:
            row = self.preview.rowCount()
            self.preview.insertRow(row)
            self.preview.setItem(row, 0, QTableWidgetItem(str(record.row)))
            self.preview.setItem(row, 1, QTableWidgetItem(_(TYPE_LABELS[record.record_type])))
            shown = "; ".join(f"{label}: {value}" for label, value in record.fields)
            self.preview.setItem(row, 2, QTableWidgetItem(shown))
        self.completeChanged.emit()

    def _failed(self, message: str) -> None:
        self._task = None
        self.summary.setStyleSheet(style.colour_style(style.ERROR))
        self.summary.setText(message)
        self.completeChanged.emit()

    def isComplete(self) -> bool:  # noqa: N802 - Qt override
        return self._task is None and self.report is not None and self.report.ok


class ImportPage(QWizardPage):
    """The import: one transaction, with progress and cancel; afterwards the offer to delete the file."""

    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__(wizard)
        self._wizard = wizard
        self._task: Task | None = None
        self._delete_task: Task | None = None
        self._finished = False
        self.setTitle(_("Import"))
        self.progress = QProgressBar(self)
        self.status = _label(self)
        self.cancel_button = QPushButton(_("Cancel the import"), self)
        self.cancel_button.clicked.connect(self.cancel)
        self.reminder = _label(self, style.WARNING)
        self.delete_button = QPushButton(_("Delete the spreadsheet…"), self)
        self.delete_button.clicked.connect(self.ask_delete)
        self.delete_button.hide()
        row = QHBoxLayout()
        row.addWidget(self.cancel_button)
        row.addStretch(1)
        row.addWidget(self.delete_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.progress)
        layout.addWidget(self.status)
        layout.addLayout(row)
        layout.addWidget(self.reminder)
        layout.addStretch(1)
        self.setFinalPage(True)

    def is_busy(self) -> bool:
        return self._task is not None

    def initializePage(self) -> None:  # noqa: N802 - Qt override
        self._finished = False
        self.reminder.clear()
        self.delete_button.hide()
        self.cancel_button.setEnabled(True)
        self.status.setText(_("Importing… Every row is saved in one step: if you cancel, nothing is kept."))
        sheet, mapping, vault = self._wizard.sheet, self._wizard.mapping, self._wizard.vault
        if sheet is None:
            return
        self._task = start_task(lambda progress, cancel: run_import(
            vault, make_plan(sheet, mapping), progress=progress, cancelled=cancel.is_set), "spreadsheet import")
        self._task.progress.connect(self._show_progress)
        self._task.finished.connect(self._imported)
        self._task.failed.connect(self._failed)
        self._task.cancelled.connect(self._cancelled)
        self.completeChanged.emit()

    def cancel(self) -> None:
        if self._task is not None:
            self._task.cancel()
            self.status.setText(_("Cancelling…"))

    def _show_progress(self, done: int, total: int) -> None:
        self.progress.setMaximum(max(1, total))
        self.progress.setValue(done)

    def _imported(self, report: object) -> None:
        self._task = None
        self.cancel_button.setEnabled(False)
        if not isinstance(report, ImportReport):
            return
        if not report.ok:
            self.status.setStyleSheet(style.colour_style(style.ERROR))
            self.status.setText("\n".join(p.text() for p in report.problems[:20]))
            self.completeChanged.emit()
            return
        self._finished = True
        self.progress.setValue(self.progress.maximum())
        self.status.setStyleSheet(style.colour_style(style.OK))
        self.status.setText(describe_added(report.added))
        self.reminder.setText(_(SSD_WARNING))
        self.delete_button.show()
        self._wizard.imported.emit(dict(report.added))
        self.completeChanged.emit()

    def _failed(self, message: str) -> None:
        self._task = None
        self.cancel_button.setEnabled(False)
        self.status.setStyleSheet(style.colour_style(style.ERROR))
        self.status.setText(message + " " + _("Nothing was imported."))
        self.completeChanged.emit()

    def _cancelled(self) -> None:
        self._task = None
        self.cancel_button.setEnabled(False)
        self.status.setText(_("Cancelled: nothing was imported."))
        self.completeChanged.emit()

    def isComplete(self) -> bool:  # noqa: N802 - Qt override
        return self._task is None

    def ask_delete(self) -> None:
        path = self._wizard.path
        if path is None:
            return
        messages.ask(self, _("Delete the spreadsheet?"),
                     _("{path} will be overwritten and deleted. {warning}").format(path=path, warning=_(SSD_WARNING)),
                     self.delete_file, yes_text=_("Delete"), destructive=True)

    def delete_file(self) -> None:
        path = self._wizard.path
        if path is None:
            return
        task = run_call(lambda: delete_plain_file(path), "delete spreadsheet")
        task.finished.connect(self._deleted)
        task.failed.connect(self._delete_failed)
        self._delete_task = task

    def _deleted(self, _result: object) -> None:
        self.delete_button.hide()
        self.reminder.setText(_("The spreadsheet was deleted. Copies elsewhere (a USB stick, e-mail, the "
                                "recycle bin) are not affected."))

    def _delete_failed(self, message: str) -> None:
        self.reminder.setText(message)
