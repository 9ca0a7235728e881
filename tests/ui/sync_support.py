"""Helpers for the sync and HQ screen tests: windows on a vault, prompts that answer themselves, drops."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication

from intake_app.ui.sync import prompts


@dataclass
class Answers:
    """What the patched prompts answer: the next file(s) to open, where to save, which folder."""

    open_file: list[str] = field(default_factory=list)
    open_files: list[list[str]] = field(default_factory=list)
    save_file: list[str] = field(default_factory=list)
    folder: list[str] = field(default_factory=list)
    confirmed: list[str] = field(default_factory=list)  # titles of questions answered yes
    texts: list[str] = field(default_factory=list)  # what each question said
    say_yes: bool = True


def patch_prompts(monkeypatch) -> Answers:
    answers = Answers()

    def yes(_parent, title, text, _action, on_yes):
        answers.confirmed.append(title)
        answers.texts.append(text)
        if answers.say_yes:
            on_yes()

    monkeypatch.setattr(prompts, "open_file", lambda *_a, **_k: answers.open_file.pop(0))
    monkeypatch.setattr(prompts, "open_files", lambda *_a, **_k: answers.open_files.pop(0))
    monkeypatch.setattr(prompts, "save_file", lambda *_a, **_k: answers.save_file.pop(0))
    monkeypatch.setattr(prompts, "folder", lambda *_a, **_k: answers.folder.pop(0))
    monkeypatch.setattr(prompts, "confirm", yes)
    monkeypatch.setattr(prompts, "ask", yes)
    monkeypatch.setattr(prompts, "compare_words", yes)
    return answers


def main_window(qtbot, vault):
    from intake_app.ui.main.window import MainWindow

    window = MainWindow(vault)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


def page(window, key: str):
    index = next(i for i, spec in enumerate(window.specs) if spec.key == key)
    window.show_page(index)
    return window.page(index)


def drop_files(widget, paths: list[Path]) -> None:
    """Drop files onto `widget` as a file manager would."""
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(p)) for p in paths])
    point = widget.rect().center()
    enter = QDragEnterEvent(QPointF(point), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
                            Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(widget, enter)
    assert enter.isAccepted()
    drop = QDropEvent(QPointF(point), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
                      Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(widget, drop)


def click(qtbot, button) -> None:
    assert button.isEnabled() and button.isVisible(), button.text()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def wait_idle(qtbot, page_or_section, timeout: int = 60_000) -> None:
    qtbot.waitUntil(lambda: getattr(page_or_section, "task", None) is None
                    and not getattr(page_or_section, "queue", []), timeout=timeout)
