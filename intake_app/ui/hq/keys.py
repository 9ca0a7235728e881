"""HQ "Profile & keys": the keys' fingerprint (words and QR code), their share backup, restore and rotation;
issuing the deployment profile that field laptops import."""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QScrollArea, QVBoxLayout, QWidget

from intake_app.errors import IntakeError
from intake_app.fileutil import write_new_file
from intake_app.hq import key_backup
from intake_app.i18n import _
from intake_app.sync import keystore
from intake_app.sync.profile import create_profile, current_profile, keys_fingerprint, read_profile
from intake_app.ui import style
from intake_app.ui.hq.profile_form import ProfileForm
from intake_app.ui.hq.setup import KeySetupBanner
from intake_app.ui.sync import prompts
from intake_app.ui.sync.common import FingerprintView, bold_title, note, section
from intake_app.ui.sync.profile_view import profile_summary
from intake_app.ui.widgets.empty_state import EmptyState
from intake_app.vault.vault import Vault

log = logging.getLogger(__name__)


class KeysPage(QScrollArea):
    changed = Signal()
    busy_changed = Signal(bool)  # part of the page interface; never busy

    def __init__(self, vault: Vault, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.vault = vault
        self.setWidgetResizable(True)
        self.setFrameShape(QScrollArea.Shape.NoFrame)
        inner = QWidget(self)
        layout = QVBoxLayout(inner)
        layout.setAlignment(Qt.AlignmentFlag.AlignTop)
        layout.addWidget(bold_title(_("Profile & keys"), inner))
        self.banner = KeySetupBanner(vault, inner)
        self.banner.keys_changed.connect(self.refresh)
        layout.addWidget(self.banner)
        self.empty = EmptyState(_("Headquarters' keys and the profile for field laptops"),
                                _("Every bundle from the field is encrypted to these keys, and a field laptop trusts "
                                  "only a profile they signed. Once the keys exist, this page shows their "
                                  "fingerprint words, backs them up as shares and issues the profile."), inner)
        layout.addWidget(self.empty)

        self.keys_box, keys = section(_("Headquarters keys"), inner)
        keys.addWidget(note(_("Field workers compare these words (or the QR code) with what their laptop shows when "
                              "they import the profile: read them out by phone or in person."), self.keys_box))
        self.fingerprint = FingerprintView(self.keys_box)
        keys.addWidget(self.fingerprint)
        self.backup_status = note("", self.keys_box)
        keys.addWidget(self.backup_status)
        row = QHBoxLayout()
        self.backup_button = QPushButton(_("Back up the keys as shares…"), self.keys_box)
        self.backup_button.clicked.connect(self.banner.open_backup)
        self.restore_button = QPushButton(_("Restore keys from backup shares…"), self.keys_box)
        self.restore_button.clicked.connect(self.banner.open_restore)
        self.rotate_button = QPushButton(_("Rotate keys…"), self.keys_box)
        self.rotate_button.clicked.connect(self.ask_rotate)
        for button in (self.backup_button, self.restore_button, self.rotate_button):
            row.addWidget(button)
        row.addStretch(1)
        keys.addLayout(row)
        self.keys_message = note("", self.keys_box)
        keys.addWidget(self.keys_message)
        layout.addWidget(self.keys_box)

        self.profile_box, prof = section(_("Deployment profile"), inner)
        self.profile_status = note("", self.profile_box)
        prof.addWidget(self.profile_status)
        self.form = ProfileForm(self.profile_box)
        prof.addWidget(self.form)
        row = QHBoxLayout()
        self.issue_button = QPushButton(_("Issue the profile and save it…"), self.profile_box)
        self.issue_button.clicked.connect(self.issue_profile)
        row.addWidget(self.issue_button)
        row.addStretch(1)
        prof.addLayout(row)
        self.profile_message = note("", self.profile_box)
        prof.addWidget(self.profile_message)
        layout.addWidget(self.profile_box)
        self.setWidget(inner)
        self.refresh()

    # -- interface used by the main window ---------------------------------------------------------------

    def has_unsaved_changes(self) -> bool:
        return False

    def discard_changes(self) -> None:
        return None

    def refresh(self) -> None:
        if not self.vault.is_open:
            return
        self.banner.refresh()
        has_keys = key_backup.has_hq_keys(self.vault)
        self.keys_box.setVisible(has_keys)
        self.profile_box.setVisible(has_keys)
        self.empty.setVisible(not has_keys)
        if not has_keys:
            return
        words = keys_fingerprint(keystore.hq_signing_key(self.vault).public, keystore.hq_recipients(self.vault))
        self.fingerprint.set_words(words)
        if key_backup.backup_is_current(self.vault):
            self.backup_status.setStyleSheet(style.colour_style(style.OK))
            self.backup_status.setText(_("The keys are backed up as shares."))
        else:
            self.backup_status.setStyleSheet(style.colour_style(style.ERROR, bold=True))
            self.backup_status.setText(_("The keys are not backed up (or changed since the last backup)."))
        profile = current_profile(self.vault)
        if profile is None:
            self.profile_status.setText(_("No profile issued yet. Fill in the form and issue it; then give the file to "
                                          "each field worker."))
            return
        text = profile_summary(profile)
        if profile.fingerprint() != words:
            text += "\n" + _("The keys changed since this profile was issued: issue a new one, so that field laptops "
                             "encrypt to the new key.")
        self.profile_status.setText(text)
        if not self.form.organisation.text():
            self.form.load(profile)

    # -- keys --------------------------------------------------------------------------------------------

    def ask_rotate(self) -> None:
        prompts.confirm(self, _("Rotate keys"),
                        _("Make a new decryption key? Older keys keep decrypting bundles already on their way. "
                          "Afterwards issue a new profile for the field laptops, and make a new share backup."),
                        _("Make a new key"), self.rotate)

    def rotate(self) -> None:
        try:
            keystore.rotate_hq_recipient(self.vault)
        except IntakeError as exc:
            self.keys_message.setText(exc.message)
            return
        self.keys_message.setStyleSheet(style.colour_style(style.WARNING, bold=True))
        self.keys_message.setText(_("New key made. Now issue a new profile and back up the keys again."))
        self.refresh()

    # -- profile -----------------------------------------------------------------------------------------

    def issue_profile(self) -> None:
        organisation = self.form.organisation.text().strip()
        if not organisation:
            self._profile_message(_("Enter the organisation's name first."), error=True)
            return
        path = prompts.save_file(self, _("Save deployment profile"), "deployment-profile.json")
        if not path:
            return
        target = Path(path)
        if target.exists() or target.is_symlink():
            self._profile_message(_("{path} already exists; choose another name (nothing was written).").format(
                path=target.name), error=True)
            return
        try:
            data = create_profile(self.vault, organisation, self.form.policy())
            write_new_file(target, data, 0o644)
            profile, _doc = read_profile(data)
        except IntakeError as exc:
            self._profile_message(exc.message, error=True)
            return
        self.refresh()
        self._profile_message(_("Profile version {v} saved to {name}. Give it to each field worker and read them "
                                "the fingerprint words: {words}").format(
            v=profile.profile_version, name=target.name, words=" ".join(profile.fingerprint())), error=False)
        self.changed.emit()

    def _profile_message(self, text: str, *, error: bool) -> None:
        self.profile_message.setStyleSheet(style.colour_style(style.ERROR if error else style.OK, bold=error))
        self.profile_message.setText(text)

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt override
        super().showEvent(event)
        if not event.spontaneous():
            self.refresh()
