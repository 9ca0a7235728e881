"""Field setup: import the deployment profile (after comparing its fingerprint), then write the
enrollment request file that headquarters approves."""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFormLayout, QHBoxLayout, QLineEdit, QPushButton, QWidget

from intake_app.errors import IntakeError
from intake_app.fileutil import read_bounded, write_new_file
from intake_app.hq.devices import MAX_LABEL, create_request, key_fingerprint, key_fingerprint_words, read_request
from intake_app.i18n import _
from intake_app.sync.profile import (
    MAX_PROFILE_SIZE,
    DeploymentProfile,
    ProfileImportOutcome,
    current_profile,
    import_profile,
    read_profile,
)
from intake_app.ui import style, workers
from intake_app.ui.sync import prompts
from intake_app.ui.sync.common import FingerprintView, note, section, vbox
from intake_app.ui.sync.profile_view import ProfileConfirmDialog, profile_summary
from intake_app.vault.match import refresh_all
from intake_app.vault.vault import Vault

log = logging.getLogger(__name__)


class SetupSection(QWidget):
    """Signal `profile_changed` after a profile was imported."""

    profile_changed = Signal()

    def __init__(self, vault: Vault, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.vault = vault
        self.confirm_dialog: ProfileConfirmDialog | None = None
        outer = vbox(self, margins=False)
        box, layout = section(_("1. Connect this laptop to headquarters"), self)
        outer.addWidget(box)
        self.status = note("", box)
        layout.addWidget(self.status)
        self.fingerprint = FingerprintView(box)
        layout.addWidget(self.fingerprint)
        self.import_button = QPushButton(_("Import deployment profile…"), box)
        self.import_button.clicked.connect(self.choose_profile)
        row = QHBoxLayout()
        row.addWidget(self.import_button)
        row.addStretch(1)
        layout.addLayout(row)
        self.message = note("", box)
        layout.addWidget(self.message)

        form = QFormLayout()
        self.label_edit = QLineEdit(box)
        self.label_edit.setMaxLength(MAX_LABEL)
        self.label_edit.setPlaceholderText(_("e.g. Yanji laptop 2 (no real names)"))
        form.addRow(_("Name headquarters will see:"), self.label_edit)
        layout.addLayout(form)
        self.request_button = QPushButton(_("Write enrollment request…"), box)
        self.request_button.clicked.connect(self.write_request)
        row = QHBoxLayout()
        row.addWidget(self.request_button)
        row.addStretch(1)
        layout.addLayout(row)
        self.request_message = note("", box)
        layout.addWidget(self.request_message)
        self.refresh()

    def refresh(self) -> None:
        profile = current_profile(self.vault)
        if profile is None:
            self.status.setText(_("No deployment profile yet. Headquarters sends it as a file (on a USB stick or "
                                  "by e-mail). Import it, compare the fingerprint words with headquarters, then "
                                  "write the enrollment request and give that file to headquarters."))
            self.fingerprint.set_words([])
        else:
            self.status.setText(profile_summary(profile) + "\n" + _("Trusted headquarters fingerprint:"))
            self.fingerprint.set_words(profile.fingerprint())
        self.fingerprint.setVisible(profile is not None)
        self.request_button.setEnabled(profile is not None)
        self.label_edit.setEnabled(profile is not None)

    # -- profile -----------------------------------------------------------------------------------------

    def choose_profile(self) -> None:
        path = prompts.open_file(self, _("Import deployment profile"))
        if path:
            self.import_profile_file(path)

    def import_profile_file(self, path: str) -> None:
        try:
            data = read_bounded(path, MAX_PROFILE_SIZE)
            profile, _doc = read_profile(data)
        except IntakeError as exc:
            self._show(exc.message, error=True)
            return
        if current_profile(self.vault) is not None:
            self._import(data)  # an update: it must be signed by the key already trusted, no words to compare
            return
        dialog = ProfileConfirmDialog(profile, profile.fingerprint(), self)
        dialog.accepted.connect(lambda: self._import(data))
        dialog.rejected.connect(lambda: self._show(ProfileImportOutcome.DECLINED.text(), error=True))
        dialog.finished.connect(dialog.deleteLater)
        self.confirm_dialog = dialog
        dialog.open()

    def _import(self, data: bytes) -> None:
        def confirmed(_profile: DeploymentProfile, _words: list[str]) -> bool:
            return True  # the user compared the words in ProfileConfirmDialog

        try:
            result = import_profile(self.vault, data, confirmed)
        except IntakeError as exc:
            self._show(exc.message, error=True)
            return
        self._show(result.outcome.text(), error=False)
        self.refresh()
        self.profile_changed.emit()
        self._refresh_match_tokens()

    def _refresh_match_tokens(self) -> None:
        """Cases saved before the profile get their match tokens, off the GUI thread (Argon2id per case)."""
        vault = self.vault
        self.token_task = workers.start_task(
            lambda progress, cancel: refresh_all(vault, progress=progress, cancelled=cancel.is_set),
            name="match tokens")

    def _show(self, text: str, *, error: bool) -> None:
        self.message.setText(text)
        self.message.setStyleSheet(style.colour_style(style.ERROR if error else style.OK, bold=True))

    # -- enrollment request ------------------------------------------------------------------------------

    def write_request(self) -> None:
        path = prompts.save_file(self, _("Save enrollment request"), "enrollment-request.json")
        if not path:
            return
        try:
            data = create_request(self.vault, self.label_edit.text())
            write_new_file(path, data, 0o644)
            request = read_request(data)
        except IntakeError as exc:
            self.request_message.setStyleSheet(style.colour_style(style.ERROR, bold=True))
            self.request_message.setText(exc.message)
            return
        self.request_message.setStyleSheet(style.colour_style(style.OK))
        self.request_message.setText(
            _("Enrollment request written to {path}. Give it to headquarters. When they approve it, they should "
              "see this key fingerprint: {fp}").format(path=Path(path).name, fp=key_fingerprint(request.signing_key))
            + "\n" + _("Read them these fingerprint words by phone or in person: {words}").format(
                words=key_fingerprint_words(request.signing_key)))
