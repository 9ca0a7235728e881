"""Show a recovery key once: large monospace groups, each numbered, so it can be copied onto paper
without mistakes and its groups named in the type-back check ("group 3"); a Print button beside them
prints the same groups on paper (ui/widgets/recovery_print.py, never to a file)."""

from __future__ import annotations

import unicodedata

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QGridLayout, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from intake_app.i18n import _, current_language
from intake_app.ui import style
from intake_app.ui.widgets import recovery_print

GROUPS_PER_ROW = 4

# What a user may type for a letter of the key: the same folding as the recovery-key parser
# (full-width forms, lower case, digits that look like letters outside the base32 alphabet).
_LOOKALIKES = str.maketrans({"0": "O", "1": "I", "8": "B"})


def normalise_group(text: str) -> str:
    """A typed group as it would appear in the key (case, width, spaces and look-alikes folded)."""
    folded = unicodedata.normalize("NFKC", text).upper().translate(_LOOKALIKES)
    return "".join(c for c in folded if not c.isspace() and c != "-")


class RecoveryKeyView(QFrame):
    """The key's groups in a grid, with their numbers above them. The text can be selected with the
    mouse (a user may choose to copy it), but nothing here puts it on the clipboard."""

    def __init__(self, key_text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.groups = key_text.split("-")
        grid = QGridLayout()
        grid.setHorizontalSpacing(style.MARGIN * 2)
        grid.setVerticalSpacing(2)
        self._numbers: list[QLabel] = []
        self.group_labels: list[QLabel] = []
        font = style.mono_font(current_language(), style.RECOVERY_KEY_POINT_SIZE)
        font.setBold(True)
        for index, group in enumerate(self.groups):
            row, col = divmod(index, GROUPS_PER_ROW)
            number = QLabel(self)
            number.setAlignment(Qt.AlignmentFlag.AlignCenter)
            number.setStyleSheet(style.colour_style(style.MUTED))
            label = QLabel(group, self)
            label.setFont(font)
            label.setAlignment(Qt.AlignmentFlag.AlignCenter)
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            grid.addWidget(number, row * 2, col)
            grid.addWidget(label, row * 2 + 1, col)
            self._numbers.append(number)
            self.group_labels.append(label)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(style.MARGIN, style.MARGIN, style.MARGIN, style.MARGIN)
        layout.addLayout(grid)
        self.print_button = QPushButton(self)
        self.print_button.clicked.connect(self.print_key)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.print_button)
        layout.addLayout(buttons)
        self.retranslate()

    def retranslate(self) -> None:
        for index, number in enumerate(self._numbers):
            number.setText(_("group {n}").format(n=index + 1))
        self.print_button.setText(_("Print…"))
        self.print_button.setToolTip(_("Print the recovery key on paper"))

    def print_key(self) -> None:
        # Reached through the module so that tests can replace the printing steps.
        recovery_print.print_recovery_key(self, self.key_text())

    def key_text(self) -> str:
        return "-".join(self.groups)


def recovery_key_hint() -> str:
    """What to do with a recovery key; shared by the wizard and the replace-key dialog."""
    return _("Write this recovery key on paper now (or print it with the Print button) and keep it somewhere safe, "
             "away from this laptop. It is shown only once. With it you can open the vault if you forget "
             "the passphrase; anyone who has it can open the vault too. Do not keep a copy on this laptop.")
