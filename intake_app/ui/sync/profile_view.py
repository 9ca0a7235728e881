"""The deployment profile in words: its export policy, and the dialog that asks a field worker to compare
the fingerprint words with headquarters before the profile is trusted."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QPushButton, QVBoxLayout, QWidget

from intake_app.domain.validation import identifying_fields
from intake_app.i18n import P_, _
from intake_app.sync.profile import DeploymentProfile, ExportPolicy
from intake_app.ui import style
from intake_app.ui.sync.common import FingerprintView, bold_title, note


def field_label(name: str) -> str:
    return {"legal_name": _("Legal name"), "birth_date": _("Exact birth date"), "phone": _("Phone"),
            "address": _("Address")}.get(name, name)


def withheld_fields(policy: ExportPolicy) -> list[str]:
    """Identifying case fields the policy keeps on the laptop (translated names)."""
    allowed = policy.allowed_identifying("case")
    return [field_label(f) for f in identifying_fields("case") if f not in allowed]


def keeps_identifying_back(policy: ExportPolicy) -> bool:
    return bool(withheld_fields(policy)) or not policy.include_identifying_attachments


def policy_lines(policy: ExportPolicy) -> list[str]:
    allowed = [field_label(f) for f in identifying_fields("case") if f in policy.allowed_identifying("case")]
    lines = [
        _("Identifying details sent to headquarters: {fields}").format(fields=", ".join(allowed) or _("none")),
        _("Attachments marked identifying (photos of faces, documents): {answer}").format(
            answer=_("sent") if policy.include_identifying_attachments else _("stay on this laptop")),
        P_("Delivered records may be deleted from the laptop {n} day after headquarters confirms them.",
           "Delivered records may be deleted from the laptop {n} days after headquarters confirms them.",
           policy.purge_delay_days).format(n=policy.purge_delay_days),
    ]
    return lines


def profile_summary(profile: DeploymentProfile) -> str:
    head = _("Organisation: {name}. Profile version {v}, issued {at}.").format(
        name=profile.organisation, v=profile.profile_version, at=profile.issued_at[:10])
    return "\n".join([head, *policy_lines(profile.export_policy)])


class ProfileConfirmDialog(QDialog):
    """Shows who issued the profile and its fingerprint; `accepted` only when the user says the words match.
    Opened with open(), never exec(): a lock while it is shown closes it like any other dialog."""

    def __init__(self, profile: DeploymentProfile, words: list[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(_("Check the deployment profile"))
        self.setModal(True)
        layout = QVBoxLayout(self)
        layout.addWidget(bold_title(_("Is this profile really from your headquarters?"), self))
        layout.addWidget(note(profile_summary(profile), self))
        layout.addWidget(note(_("Call headquarters or meet them, and ask them to read their fingerprint words to "
                                "you (or scan both QR codes with the same phone). Trust this profile only if "
                                "every word is the same, in the same order."), self, style.WARNING, bold=True))
        self.fingerprint = FingerprintView(self)
        self.fingerprint.set_words(words)
        layout.addWidget(self.fingerprint)
        buttons = QDialogButtonBox(self)
        self.match_button = QPushButton(_("The words match: trust this profile"), self)
        self.mismatch_button = QPushButton(_("They do not match"), self)
        buttons.addButton(self.match_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(self.mismatch_button, QDialogButtonBox.ButtonRole.RejectRole)
        # Enter must never trust a profile by accident, wherever the focus is: a focused auto-default button
        # would take Enter for itself, so the trusting button never is one.
        self.match_button.setAutoDefault(False)
        self.mismatch_button.setAutoDefault(True)
        self.mismatch_button.setDefault(True)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.mismatch_button.setFocus()
