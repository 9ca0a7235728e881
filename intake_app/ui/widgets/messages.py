"""Questions and notices that never block in a nested event loop.

`QMessageBox.exec()` runs a second event loop; if the idle lock fired inside it, the window that
asked could be destroyed while its own method is still on the stack. These helpers open the box
window-modal with `open()` and call back instead. Tests replace `ask`/`inform` with monkeypatch, or
find the open box and click its buttons.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QWidget


def ask(parent: QWidget, title: str, text: str, on_yes: Callable[[], None], *,
        yes_text: str | None = None, destructive: bool = False) -> QMessageBox:
    """Ask a yes/no question; `on_yes` runs only if the user agrees. No is the default button."""
    box = QMessageBox(QMessageBox.Icon.Warning if destructive else QMessageBox.Icon.Question,
                      title, text, QMessageBox.StandardButton.NoButton, parent)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    if yes_text:
        yes = box.addButton(yes_text, QMessageBox.ButtonRole.AcceptRole)
    else:
        yes = box.addButton(QMessageBox.StandardButton.Yes)
    no = box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(no)
    box.setEscapeButton(no)

    def clicked(button: object) -> None:
        if button is yes:
            on_yes()

    box.buttonClicked.connect(clicked)
    box.open()
    return box


def inform(parent: QWidget, title: str, text: str, *, error: bool = False) -> QMessageBox:
    box = QMessageBox(QMessageBox.Icon.Critical if error else QMessageBox.Icon.Information,
                      title, text, QMessageBox.StandardButton.Ok, parent)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.open()
    return box
