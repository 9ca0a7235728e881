"""What the main window asks of each of its pages.

A page is a QWidget made by its `PageSpec`'s factory (see `pages.py`) that also offers this `Page`
interface; the window relies on nothing else. A new page implements all of it, even if, say, it never
gets busy (then it simply never emits `busy_changed`): the window connects every page the same way.

Optional, found by name: `new_record()` (the window's Ctrl+N and toolbar *New* call it on the page on
show, and are disabled on a page without it); `view_memory() -> dict` and `restore_view_memory(dict)`
(small JSON values such as splitter sizes, kept in memory across a lock, see `view.py`); `refresh()`
(records changed elsewhere, e.g. a spreadsheet import).
"""

from __future__ import annotations

from typing import Protocol, runtime_checkable

from PySide6.QtCore import SignalInstance


@runtime_checkable
class Page(Protocol):
    @property
    def changed(self) -> SignalInstance:
        """Emitted after the page changed records: the window refreshes its status bar."""

    @property
    def busy_changed(self) -> SignalInstance:
        """Emitted (bool) when long work starts or ends that holds the vault (an export, an import): the
        window keeps the user on this page meanwhile (Lock still works: it cancels the work first)."""

    def has_unsaved_changes(self) -> bool:
        """Whether leaving now would lose edits (asked before quitting)."""

    def discard_changes(self) -> None:
        """Drop every edit and stop any work, without asking: the vault is about to lock."""
