"""The unlock dialog: a passphrase, or the recovery key; nothing about the vault's content before it opens.

The slow unlock (Argon2id) runs on a worker thread. After repeated failures the throttle imposes a
wait, kept across restarts; the dialog shows it as a countdown and keeps the button disabled until it
ends, instead of letting the user type into a wall.
"""

from __future__ import annotations

import logging
import math
import time
from pathlib import Path

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from intake_app.i18n import _, current_language
from intake_app.ui import style
from intake_app.ui.language import LanguageCombo, apply_language
from intake_app.ui.widgets.passphrase import make_secret_field, set_revealed
from intake_app.ui.workers import Task, run_call
from intake_app.vault.throttle import throttle_for

log = logging.getLogger(__name__)

COUNTDOWN_TICK_MS = 200


class UnlockDialog(QDialog):
    """Emits `unlocked(vault)`; `language_changed(code)` when the user picks another language here.

    `demo_passphrase` is given only for the throwaway demo vault (`intake-app demo`), whose passphrase is
    public: the dialog then shows it, so a trainee can get in.
    """

    unlocked = Signal(object)
    language_changed = Signal(str)
    vault_gone = Signal()  # the wipe limit was reached with the last wrong passphrase

    def __init__(self, base: Path, *, demo_passphrase: str | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.base = base
        self.demo_passphrase = demo_passphrase
        self._task: Task | None = None
        self._abandoned = False  # set by a panic during an attempt: its vault must not open a window
        self._deadline = 0.0  # time.monotonic() when the throttle's wait ends

        self.title = QLabel(self)
        self.title.setFont(style.title_font(current_language()))
        self.language = LanguageCombo(self)
        self.language.currentIndexChanged.connect(self._language_picked)
        self.prompt = QLabel(self)
        self.prompt.setWordWrap(True)
        self.passphrase = make_secret_field(self)
        self.recovery = QLineEdit(self)
        self.recovery.setFont(style.mono_font(current_language(), style.TITLE_POINT_SIZE))
        self.recovery.setVisible(False)
        self.field_label = QLabel(self)
        self.show_box = QCheckBox(self)
        self.show_box.toggled.connect(lambda on: set_revealed(self.passphrase, on))
        self.use_recovery = QCheckBox(self)
        self.use_recovery.toggled.connect(self._mode_changed)
        self.demo_hint = QLabel(self)
        self.demo_hint.setWordWrap(True)
        self.demo_hint.setStyleSheet(style.colour_style(style.WARNING, bold=True))
        self.demo_hint.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.demo_hint.setVisible(demo_passphrase is not None)
        self.error = QLabel(self)
        self.error.setWordWrap(True)
        self.error.setStyleSheet(style.colour_style(style.ERROR))
        self.countdown = QLabel(self)
        self.countdown.setWordWrap(True)
        self.countdown.setStyleSheet(style.colour_style(style.WARNING))
        self.busy = QProgressBar(self)
        self.busy.setRange(0, 0)
        self.busy.setTextVisible(False)
        self.busy.setVisible(False)
        self.unlock_button = QPushButton(self)
        self.unlock_button.setDefault(True)
        self.unlock_button.clicked.connect(self.try_unlock)
        self.quit_button = QPushButton(self)
        self.quit_button.clicked.connect(self.reject)

        top = QHBoxLayout()
        top.addWidget(self.title, 1)
        top.addWidget(self.language)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        field_box = QVBoxLayout()
        field_box.addWidget(self.passphrase)
        field_box.addWidget(self.recovery)
        form.addRow(self.field_label, field_box)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.quit_button)
        buttons.addWidget(self.unlock_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(style.MARGIN, style.MARGIN, style.MARGIN, style.MARGIN)
        layout.setSpacing(style.SPACING)
        layout.addLayout(top)
        layout.addWidget(self.prompt)
        layout.addLayout(form)
        layout.addWidget(self.show_box)
        layout.addWidget(self.use_recovery)
        layout.addWidget(self.demo_hint)
        layout.addWidget(self.error)
        layout.addWidget(self.countdown)
        layout.addStretch(1)
        layout.addWidget(self.busy)
        layout.addLayout(buttons)
        self.setMinimumWidth(560)

        self._ticker = QTimer(self)
        self._ticker.setInterval(COUNTDOWN_TICK_MS)
        self._ticker.timeout.connect(self._tick)
        self.retranslate()
        # A wait left over from before a restart still applies.
        self.start_countdown(throttle_for(base).wait_remaining())

    # -- texts ---------------------------------------------------------------------------------------

    def retranslate(self) -> None:
        self.setWindowTitle(_("Field Intake"))
        self.title.setText(_("Field Intake is locked"))
        recovery = self.use_recovery.isChecked()
        self.prompt.setText(_("Type your recovery key to open the vault.") if recovery
                            else _("Type your passphrase to open the vault."))
        self.field_label.setText(_("Recovery key:") if recovery else _("Passphrase:"))
        self.recovery.setPlaceholderText("XXXX-XXXX-XXXX-XXXX-XXXX-XXXX-XXXX-XXXX")
        self.show_box.setText(_("Show what I type"))
        self.use_recovery.setText(_("I forgot the passphrase: use the recovery key"))
        if self.demo_passphrase is not None:
            self.demo_hint.setText(_("Demo vault with fictional records. Its passphrase is: {pw}").format(
                pw=self.demo_passphrase))
        self.unlock_button.setText(_("Unlock"))
        self.quit_button.setText(_("Quit"))
        self._tick()

    def _language_picked(self, _index: int) -> None:
        code = apply_language(self.language.code())
        self.title.setFont(style.title_font(code))
        self.retranslate()
        self.language_changed.emit(code)

    def _mode_changed(self, recovery: bool) -> None:
        self.passphrase.setVisible(not recovery)
        self.show_box.setVisible(not recovery)
        self.recovery.setVisible(recovery)
        self.error.setText("")
        self.retranslate()
        (self.recovery if recovery else self.passphrase).setFocus()

    # -- unlocking -----------------------------------------------------------------------------------

    def is_busy(self) -> bool:
        return self._task is not None

    def abandon_attempt(self) -> None:
        """The panic key during an unlock: when the attempt ends, lock again instead of opening."""
        if self._task is not None:
            self._abandoned = True
        self.passphrase.clear()
        self.recovery.clear()

    def try_unlock(self) -> None:
        if self._task is not None or self.remaining_wait() > 0:
            return
        # The vault stack (SQLCipher, cryptography) is imported at the first attempt, not at start:
        # the dialog shows sooner, and the import hides behind the key derivation's second.
        from intake_app.vault.unlock import unlock

        base = self.base
        if self.use_recovery.isChecked():
            text = self.recovery.text()
            if not text.strip():
                self.error.setText(_("Type the recovery key first."))
                return
            self._task = run_call(lambda: unlock(base, recovery_text=text), "unlock")
        else:
            passphrase = self.passphrase.text()
            if not passphrase:
                self.error.setText(_("Type the passphrase first."))
                return
            self._task = run_call(lambda: unlock(base, passphrase=passphrase), "unlock")
        self.error.setText("")
        self._set_busy(True)
        self._task.finished.connect(self._succeeded)
        self._task.error.connect(self._failed)

    def _succeeded(self, vault: object) -> None:
        self._task = None
        self._set_busy(False)
        self.passphrase.clear()
        self.recovery.clear()
        if self._abandoned:
            self._abandoned = False
            close = getattr(vault, "close", None)
            if close is not None:
                close()
            return
        self.unlocked.emit(vault)
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        self._task = None
        self._abandoned = False
        self._set_busy(False)
        from intake_app.vault.unlock import ThrottledError, WrongSecretError

        message = getattr(exc, "message", None) or _("The vault could not be opened.")
        if isinstance(exc, ThrottledError):
            self.error.setText("")
            self.start_countdown(exc.wait_s)
        elif isinstance(exc, WrongSecretError):
            from intake_app.vault.files import vault_exists

            if not vault_exists(self.base):
                self.vault_gone.emit()  # the same message as any wrong passphrase, then a fresh start
                return
            self.error.setText(message)
            self.start_countdown(exc.delay_s)
        else:
            self.error.setText(message)
        field = self.recovery if self.use_recovery.isChecked() else self.passphrase
        field.selectAll()
        field.setFocus()

    def _set_busy(self, busy: bool) -> None:
        self.busy.setVisible(busy)
        for widget in (self.passphrase, self.recovery, self.use_recovery, self.language, self.show_box):
            widget.setEnabled(not busy)
        self._update_button()

    # -- the throttle's countdown ----------------------------------------------------------------------

    def start_countdown(self, seconds: float) -> None:
        if seconds <= 0:
            self._tick()
            return
        self._deadline = max(self._deadline, time.monotonic() + seconds)
        self._ticker.start()
        self._tick()

    def remaining_wait(self) -> float:
        return max(0.0, self._deadline - time.monotonic())

    def _tick(self) -> None:
        left = self.remaining_wait()
        if left > 0:
            self.countdown.setText(_("Too many wrong attempts. You can try again in {s} seconds.").format(
                s=math.ceil(left)))
        else:
            self._ticker.stop()
            self.countdown.setText("")
        self._update_button()

    def _update_button(self) -> None:
        self.unlock_button.setEnabled(self._task is None and self.remaining_wait() <= 0)

    def reject(self) -> None:
        if self._task is None:
            super().reject()
