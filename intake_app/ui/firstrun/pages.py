"""The pages of the first-run wizard. Each page sets its texts in `retranslate()`, so a language
change re-labels the wizard at once."""

from __future__ import annotations

import secrets
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QProgressBar,
    QVBoxLayout,
    QWidget,
    QWizardPage,
)

from intake_app.crypto.recovery import GROUP_COUNT
from intake_app.i18n import SUPPORTED_LANGUAGES, _, current_language
from intake_app.ui import style
from intake_app.ui.language import apply_language
from intake_app.ui.widgets.passphrase import NewPassphraseFields
from intake_app.ui.widgets.recovery import RecoveryKeyView, normalise_group, recovery_key_hint
from intake_app.vault.vault import Role

if TYPE_CHECKING:
    from intake_app.ui.firstrun.wizard import FirstRunWizard

GROUPS_TO_CONFIRM = 2


def _wrapped_label(parent: QWidget) -> QLabel:
    label = QLabel(parent)
    label.setWordWrap(True)
    return label


class LanguagePage(QWizardPage):
    """The first thing anyone sees: the languages, each in its own name and script."""

    def __init__(self, wizard: FirstRunWizard) -> None:
        super().__init__()
        self._wizard = wizard
        self.intro = _wrapped_label(self)
        self.languages = QListWidget(self)
        font = style.ui_font(current_language())
        font.setPointSize(style.TITLE_POINT_SIZE)
        self.languages.setFont(font)
        for code, name in SUPPORTED_LANGUAGES.items():
            item = QListWidgetItem(name)
            item.setData(Qt.ItemDataRole.UserRole, code)
            self.languages.addItem(item)
            if code == current_language():
                self.languages.setCurrentItem(item)
        self.languages.currentItemChanged.connect(self._language_chosen)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.languages)

    def select_language(self, code: str) -> None:
        for row in range(self.languages.count()):
            item = self.languages.item(row)
            if item.data(Qt.ItemDataRole.UserRole) == code:
                self.languages.setCurrentItem(item)

    def _language_chosen(self, item: QListWidgetItem | None, _previous: QListWidgetItem | None) -> None:
        if item is None:
            return
        apply_language(str(item.data(Qt.ItemDataRole.UserRole)))
        self._wizard.retranslate()

    def retranslate(self) -> None:
        self.setTitle(_("Welcome to Field Intake"))
        self.setSubTitle(_("Choose your language."))
        self.intro.setText(_("Field Intake keeps your records of aid and testimony in an encrypted vault on "
                             "this laptop. Nobody can read them without your passphrase. Setting it up takes "
                             "a few minutes."))


class PassphrasePage(QWizardPage):
    """The passphrase (twice, with the strength meter) and, under "advanced", the vault's role."""

    def __init__(self) -> None:
        super().__init__()
        self.intro = _wrapped_label(self)
        self.fields = NewPassphraseFields(self)
        self.fields.validity_changed.connect(lambda _valid: self.completeChanged.emit())
        self.advanced = QCheckBox(self)
        self.role_label = QLabel(self)
        self.role = QComboBox(self)
        self.role.addItem("", Role.FIELD.value)
        self.role.addItem("", Role.HQ.value)
        self.role_label.setBuddy(self.role)
        self.role_box = QWidget(self)
        role_form = QFormLayout(self.role_box)
        role_form.setContentsMargins(0, 0, 0, 0)
        role_form.addRow(self.role_label, self.role)
        self.role_box.setVisible(False)
        self.advanced.toggled.connect(self.role_box.setVisible)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.fields)
        layout.addStretch(1)
        layout.addWidget(self.advanced)
        layout.addWidget(self.role_box)

    def isComplete(self) -> bool:  # noqa: N802 - Qt override
        return self.fields.is_valid()

    def chosen_role(self) -> Role:
        return Role(self.role.currentData())

    def retranslate(self) -> None:
        self.setTitle(_("Choose a passphrase"))
        self.setSubTitle(_("You will type it every time you open Field Intake."))
        self.intro.setText(_("Use several unrelated words that only you would think of. Do not use names, "
                             "dates or anything written on or near this laptop."))
        self.fields.retranslate()
        self.advanced.setText(_("Advanced options"))
        self.role_label.setText(_("This vault is for:"))
        self.role.setItemText(0, _("A field worker's laptop"))
        self.role.setItemText(1, _("Headquarters (coordinators who receive field data)"))


class RecoveryPage(QWizardPage):
    """The recovery key, shown in large type with what to do with it. Nothing is on disk yet."""

    def __init__(self, key_text: str) -> None:
        super().__init__()
        self.hint = _wrapped_label(self)
        self.view = RecoveryKeyView(key_text, self)
        layout = QVBoxLayout(self)
        layout.addWidget(self.hint)
        layout.addWidget(self.view, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addStretch(1)

    def retranslate(self) -> None:
        self.setTitle(_("Your recovery key"))
        self.setSubTitle(_("It opens the vault if you forget the passphrase."))
        self.hint.setText(recovery_key_hint())
        self.view.retranslate()


class ConfirmPage(QWizardPage):
    """Type back two groups of the key, chosen at random; only then is the vault created."""

    def __init__(self, wizard: FirstRunWizard) -> None:
        super().__init__()
        self._wizard = wizard
        self.group_numbers: tuple[int, ...] = ()
        self.intro = _wrapped_label(self)
        self._labels = [QLabel(self) for _ in range(GROUPS_TO_CONFIRM)]
        self.inputs = [QLineEdit(self) for _ in range(GROUPS_TO_CONFIRM)]
        form = QFormLayout()
        mono = style.mono_font(current_language(), style.TITLE_POINT_SIZE)
        for label, field in zip(self._labels, self.inputs, strict=True):
            field.setFont(mono)
            field.setMaxLength(8)
            field.setMaximumWidth(160)
            label.setBuddy(field)
            field.textChanged.connect(self._clear_error)
            form.addRow(label, field)
        self.error = _wrapped_label(self)
        self.error.setStyleSheet(style.colour_style(style.ERROR))
        self.busy = QProgressBar(self)
        self.busy.setRange(0, 0)  # indeterminate: Argon2id gives no progress
        self.busy.setTextVisible(False)
        self.busy.setVisible(False)
        self.busy_label = _wrapped_label(self)
        self.busy_label.setVisible(False)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addStretch(1)
        layout.addWidget(self.busy_label)
        layout.addWidget(self.busy)
        self.setCommitPage(False)
        self.setFinalPage(True)

    def initializePage(self) -> None:  # noqa: N802 - Qt override
        picked = secrets.SystemRandom().sample(range(1, GROUP_COUNT + 1), GROUPS_TO_CONFIRM)
        self.group_numbers = tuple(sorted(picked))
        for field in self.inputs:
            field.clear()
        self.error.setText("")
        self.retranslate()
        self.inputs[0].setFocus()

    def retranslate(self) -> None:
        self.setTitle(_("Check your copy of the recovery key"))
        self.setSubTitle(_("Nothing is saved until you finish this step."))
        self.intro.setText(_("Type these two groups from the copy you made. If you did not write the key "
                             "down, go back and do it now."))
        for label, number in zip(self._labels, self.group_numbers, strict=False):
            label.setText(_("Group {n}:").format(n=number))
        self.busy_label.setText(_("Creating the encrypted vault. This takes a few seconds…"))

    def typed_groups_match(self, groups: list[str]) -> bool:
        return all(normalise_group(field.text()) == groups[number - 1]
                   for field, number in zip(self.inputs, self.group_numbers, strict=True))

    def validatePage(self) -> bool:  # noqa: N802 - Qt override
        if self._wizard.is_created():
            return True  # QWizard.done() validates again when the wizard closes itself
        if self._wizard.is_busy():
            return False
        if not self.typed_groups_match(self._wizard.recovery_groups()):
            self.error.setText(_("These groups do not match the recovery key. Check your copy; "
                                 "you can go back to see the key again."))
            return False
        # The wizard closes itself when the vault is made; the page stays until then.
        self._wizard.create_vault()
        return False

    def show_busy(self, busy: bool) -> None:
        self.busy.setVisible(busy)
        self.busy_label.setVisible(busy)
        for field in self.inputs:
            field.setEnabled(not busy)

    def show_error(self, message: str) -> None:
        self.error.setText(message)

    def _clear_error(self, _text: str) -> None:
        self.error.setText("")
