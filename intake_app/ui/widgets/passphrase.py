"""Passphrase entry: a password field that still accepts CJK input, and new-passphrase fields with a
live strength meter that says, in the UI language, why a passphrase is too weak."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import QCheckBox, QFormLayout, QLabel, QLineEdit, QProgressBar, QVBoxLayout, QWidget

from intake_app.i18n import _
from intake_app.ui import style

# zxcvbn takes up to ~80 ms on a long input: assess once typing pauses, not on every key.
ASSESS_DELAY_MS = 150


def make_secret_field(parent: QWidget | None = None) -> QLineEdit:
    """A QLineEdit that hides what is typed but keeps the input method on.

    Qt turns input methods off in Password mode, which would make a Korean, Japanese or Chinese
    passphrase impossible to type. The composition window may briefly show the syllable being
    composed; that is the price of letting people use their own script.
    """
    field = QLineEdit(parent)
    field.setEchoMode(QLineEdit.EchoMode.Password)
    field.setAttribute(Qt.WidgetAttribute.WA_InputMethodEnabled, True)
    field.setInputMethodHints(Qt.InputMethodHint.ImhHiddenText | Qt.InputMethodHint.ImhSensitiveData
                              | Qt.InputMethodHint.ImhNoPredictiveText)
    field.setClearButtonEnabled(False)
    return field


def set_revealed(field: QLineEdit, revealed: bool) -> None:
    field.setEchoMode(QLineEdit.EchoMode.Normal if revealed else QLineEdit.EchoMode.Password)
    field.setAttribute(Qt.WidgetAttribute.WA_InputMethodEnabled, True)


class StrengthMeter(QProgressBar):
    """Five steps (zxcvbn score 0..4), coloured from red to green, with a word for the score."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        # One step more than the score, so that even "very weak" shows a (red) sliver.
        self.setRange(0, 5)
        self.setTextVisible(True)
        self.setMinimumHeight(22)
        self.set_score(None)

    def set_score(self, score: int | None) -> None:
        value = 0 if score is None else max(0, min(4, score))
        self.setValue(0 if score is None else value + 1)
        names = (_("Very weak"), _("Weak"), _("Fair"), _("Strong"), _("Very strong"))
        self.setFormat("" if score is None else names[value])
        colour = style.STRENGTH_COLOURS[value]
        self.setStyleSheet(f"QProgressBar::chunk {{ background-color: {colour}; }}"
                           "QProgressBar { text-align: center; }")


class NewPassphraseFields(QWidget):
    """New passphrase + repeat, a strength meter and the reason it is not accepted yet.

    `validity_changed(bool)` says whether the pair may be used. While typing the pair counts as not
    valid until it has been assessed, so a stale verdict can never enable a button.
    """

    validity_changed = Signal(bool)

    def __init__(self, parent: QWidget | None = None, *, first_label: str | None = None) -> None:
        """`first_label`: the first field's label as an N_()-marked text (default "New passphrase:")."""
        super().__init__(parent)
        self._first_label_text = first_label
        self.first = make_secret_field(self)
        self.repeat = make_secret_field(self)
        self.show_box = QCheckBox(self)
        self.meter = StrengthMeter(self)
        self.reason = QLabel(self)
        self.reason.setWordWrap(True)
        self.reason.setStyleSheet(style.colour_style(style.ERROR))
        self.reason.setAccessibleName("passphrase-reason")
        self._first_label = QLabel(self)
        self._repeat_label = QLabel(self)
        self._first_label.setBuddy(self.first)
        self._repeat_label.setBuddy(self.repeat)

        # Public so that a dialog can put its own rows (e.g. the current passphrase) in line with these.
        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.form.addRow(self._first_label, self.first)
        self.form.addRow(self._repeat_label, self.repeat)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(self.form)
        layout.addWidget(self.show_box)
        layout.addWidget(self.meter)
        layout.addWidget(self.reason)

        self._valid = False
        self._acceptable = False
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(ASSESS_DELAY_MS)
        self._timer.timeout.connect(self.assess_now)
        self.first.textChanged.connect(self._first_changed)
        self.repeat.textChanged.connect(self._update_validity)
        self.show_box.toggled.connect(self._reveal)
        self.retranslate()

    def retranslate(self) -> None:
        self._first_label.setText(_(self._first_label_text) if self._first_label_text
                                  else _("New passphrase:"))
        self._repeat_label.setText(_("Repeat it:"))
        self.show_box.setText(_("Show what I type"))
        if self.first.text():
            self.assess_now()  # the reason is a translated message: make it again
        else:
            self.meter.set_score(None)

    def passphrase(self) -> str:
        return self.first.text()

    def is_valid(self) -> bool:
        return self._valid

    def clear(self) -> None:
        self.first.clear()
        self.repeat.clear()

    def _reveal(self, on: bool) -> None:
        set_revealed(self.first, on)
        set_revealed(self.repeat, on)

    def _first_changed(self, _text: str) -> None:
        self._acceptable = False
        self._set_valid(False)
        self._timer.start()

    def assess_now(self) -> None:
        """Judge the passphrase at once (the timer does this after a pause in typing)."""
        self._timer.stop()
        text = self.first.text()
        if not text:
            self._acceptable = False
            self.meter.set_score(None)
            self.reason.setText("")
            self._set_valid(False)
            return
        # Imported on first use: the estimator's word lists would slow down showing the unlock dialog.
        from intake_app.crypto.passphrase_policy import MIN_SCORE, assess_passphrase

        verdict = assess_passphrase(text)
        self._acceptable = verdict.acceptable
        # A passphrase refused for length alone may still score high: never show it as strong.
        self.meter.set_score(verdict.score if verdict.acceptable else min(verdict.score, MIN_SCORE - 1))
        self.reason.setText(verdict.message)
        self._update_validity()

    def _update_validity(self, *_args: object) -> None:
        if not self._acceptable:
            self._set_valid(False)
            return
        repeat = self.repeat.text()
        if not repeat:
            self.reason.setText(_("Type the passphrase again in the second field."))
            self._set_valid(False)
        elif repeat != self.first.text():
            self.reason.setText(_("The two passphrases are not the same."))
            self._set_valid(False)
        else:
            self.reason.setText("")
            self._set_valid(True)

    def _set_valid(self, valid: bool) -> None:
        if valid != self._valid:
            self._valid = valid
            self.validity_changed.emit(valid)
