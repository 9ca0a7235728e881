"""The deployment profile's settings as a form: organisation, what identifying details may leave the field,
and the purge delay."""

from __future__ import annotations

from PySide6.QtWidgets import QCheckBox, QFormLayout, QLineEdit, QSpinBox, QVBoxLayout, QWidget

from intake_app.domain.validation import identifying_fields
from intake_app.i18n import _
from intake_app.sync.profile import DEFAULT_PURGE_DELAY_DAYS, DeploymentProfile, ExportPolicy
from intake_app.ui.sync.profile_view import field_label


class ProfileForm(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        self.organisation = QLineEdit(self)
        self.organisation.setMaxLength(200)
        form.addRow(_("Organisation:"), self.organisation)
        box = QWidget(self)
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 0, 0, 0)
        self.field_boxes: dict[str, QCheckBox] = {}
        for name in identifying_fields("case"):
            check = QCheckBox(field_label(name), box)
            column.addWidget(check)
            self.field_boxes[name] = check
        self.attachments = QCheckBox(_("Attachments marked identifying (photos of faces, documents)"), box)
        column.addWidget(self.attachments)
        form.addRow(_("Identifying details that may leave the field (none is safest):"), box)
        self.purge_days = QSpinBox(self)
        self.purge_days.setRange(0, 3650)
        self.purge_days.setValue(DEFAULT_PURGE_DELAY_DAYS)
        self.purge_days.setSuffix(" " + _("days"))
        form.addRow(_("Field laptops may delete delivered records after:"), self.purge_days)

    def load(self, profile: DeploymentProfile | None) -> None:
        if profile is None:
            return
        self.organisation.setText(profile.organisation)
        allowed = profile.export_policy.allowed_identifying("case")
        for name, check in self.field_boxes.items():
            check.setChecked(name in allowed)
        self.attachments.setChecked(profile.export_policy.include_identifying_attachments)
        self.purge_days.setValue(profile.export_policy.purge_delay_days)

    def policy(self) -> ExportPolicy:
        allowed = frozenset(name for name, check in self.field_boxes.items() if check.isChecked())
        return ExportPolicy(identifying_fields={"case": allowed} if allowed else {},
                            include_identifying_attachments=self.attachments.isChecked(),
                            purge_delay_days=self.purge_days.value())
