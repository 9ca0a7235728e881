"""The question before deleting delivered records: exactly the records that will go (the core's purge set), and
each other delivered record with the reason it stays. Nothing is deleted that this dialog did not list."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QPushButton, QTableWidget, QTableWidgetItem, QWidget

from intake_app.i18n import P_, _
from intake_app.sync.delivered import DeliveredRecord, PurgePlan
from intake_app.ui import style
from intake_app.ui.lists.columns import local_time, type_name
from intake_app.ui.sync.common import bold_title, note, row_table, vbox


def record_title(record: DeliveredRecord) -> str:
    if record.deleted:
        return _("(deleted record)")
    return record.label or "-"


class PurgeDialog(QDialog):
    """Lists `plan.deleted` and `plan.kept`; `accepted` only on the explicit delete button (Enter cancels).
    Opened with open(), never exec(): a lock while it is shown closes it like any other dialog."""

    def __init__(self, plan: PurgePlan, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.plan = plan
        n = len(plan.deleted)
        self.setWindowTitle(_("Delete delivered records"))
        self.setModal(True)
        self.resize(760, 520)
        layout = vbox(self)
        layout.addWidget(bold_title(P_("Delete this {n} record from this laptop?",
                                       "Delete these {n} records from this laptop?", n).format(n=n), self))
        layout.addWidget(note(_("Headquarters confirmed them (delivered before {date}). Their attachments go with "
                                "them, and identifying details that never left the laptop are lost. This cannot be "
                                "undone.").format(date=local_time(plan.cutoff)), self, style.WARNING, bold=True))
        self.deleted_table = self._table(_("Records to delete"), [_("Type"), _("Record"), _("Date"),
                                                                  _("Delivered")])
        for record in plan.deleted:
            self._add(self.deleted_table, record, local_time(record.delivered_at))
        layout.addWidget(self.deleted_table, 2)
        self.kept_table = self._table(_("Delivered records that stay"), [_("Type"), _("Record"), _("Date"),
                                                                         _("Why it stays")])
        for record, reason in plan.kept:
            self._add(self.kept_table, record, reason.reason_text(plan.delay_days))
        if plan.kept:
            layout.addWidget(note(P_("{n} other delivered record stays on this laptop:",
                                     "{n} other delivered records stay on this laptop:",
                                     len(plan.kept)).format(n=len(plan.kept)), self))
            layout.addWidget(self.kept_table, 1)
        else:
            self.kept_table.hide()
        buttons = QDialogButtonBox(self)
        self.delete_button = QPushButton(P_("Delete {n} record", "Delete {n} records", n).format(n=n), self)
        self.cancel_button = QPushButton(_("Cancel"), self)
        buttons.addButton(self.delete_button, QDialogButtonBox.ButtonRole.DestructiveRole)
        buttons.addButton(self.cancel_button, QDialogButtonBox.ButtonRole.RejectRole)
        self.delete_button.setAutoDefault(False)  # deleting takes a click, never Enter
        self.cancel_button.setDefault(True)
        self.delete_button.clicked.connect(self.accept)
        self.cancel_button.clicked.connect(self.reject)
        layout.addWidget(buttons)
        self.cancel_button.setFocus()

    def _table(self, name: str, headers: list[str]) -> QTableWidget:
        table = row_table(self, headers, name)
        table.setSelectionMode(QTableWidget.SelectionMode.NoSelection)
        return table

    @staticmethod
    def _add(table: QTableWidget, record: DeliveredRecord, last: str) -> None:
        row = table.rowCount()
        table.insertRow(row)
        for column, text in enumerate((type_name(record.record_type), record_title(record),
                                       record.event_date or "", last)):
            table.setItem(row, column, QTableWidgetItem(text))

    def listed_ids(self) -> list[str]:
        """The ids of the records the dialog says it deletes, in its order."""
        return [r.record_id for r in self.plan.deleted]
