"""Where a record is edited beside a list: one editor per record type, and the unsaved-changes guard.

Every way of leaving a record (opening another, New, closing, a lock) goes through `confirm_leave`,
so edits are never lost without the user saying so; a lock uses `discard_changes`, which does not ask.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QAbstractItemView, QLabel, QStackedWidget, QWidget

from intake_app.i18n import _
from intake_app.ui import style
from intake_app.ui.records import dialogs
from intake_app.ui.records.aid_editor import AidEditor
from intake_app.ui.records.base import RecordEditor
from intake_app.ui.records.case_editor import CaseEditor
from intake_app.ui.records.testimony_editor import TestimonyEditor
from intake_app.vault.vault import Vault

EDITORS: dict[str, type[RecordEditor]] = {"case": CaseEditor, "aid": AidEditor, "testimony": TestimonyEditor}


class EditorHost(QStackedWidget):
    saved = Signal(str, str)     # record type, id
    deleted = Signal(str, str)   # record type, id

    def __init__(self, vault: Vault, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.vault = vault
        self._editors: dict[str, RecordEditor] = {}
        self.placeholder = QLabel(_("Choose a record in the list, or press New."), self)
        self.placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.placeholder.setWordWrap(True)
        self.placeholder.setStyleSheet(style.colour_style(style.MUTED))
        self.addWidget(self.placeholder)

    def editor(self, record_type: str) -> RecordEditor:
        """The editor of a type, made on first use (a page that is never opened builds nothing)."""
        found = self._editors.get(record_type)
        if found is None:
            found = EDITORS[record_type](self.vault, self)
            found.saved.connect(lambda rid, t=record_type: self.saved.emit(t, rid))
            found.deleted.connect(lambda rid, t=record_type: self._deleted(t, rid))
            self._editors[record_type] = found
            self.addWidget(found)
        return found

    def current_editor(self) -> RecordEditor | None:
        widget = self.currentWidget()
        return widget if isinstance(widget, RecordEditor) and widget.is_open() else None

    def current_record_id(self) -> str | None:
        editor = self.current_editor()
        return editor.record_id() if editor is not None else None

    def has_unsaved_changes(self) -> bool:
        return any(e.has_unsaved_changes() for e in self._editors.values())

    def confirm_leave(self) -> bool:
        """True when the current record may be left: saved, discarded, or unchanged."""
        editor = self.current_editor()
        if editor is None or not editor.has_unsaved_changes():
            return True
        answer = dialogs.ask_unsaved_changes(self)
        if answer is dialogs.Unsaved.SAVE:
            return editor.save()
        if answer is dialogs.Unsaved.DISCARD:
            editor.revert()
            return True
        return False

    def open_record(self, record_type: str, record_id: str) -> bool:
        current = self.current_editor()
        if current is not None and current.record_id() == record_id and record_type == current.RECORD_TYPE:
            return True
        if not self.confirm_leave():
            return False
        self._leave_others(record_type)
        editor = self.editor(record_type)
        if not editor.open_record(record_id):
            self.setCurrentWidget(self.placeholder)
            return False
        self.setCurrentWidget(editor)
        return True

    def new_record(self, record_type: str) -> bool:
        if not self.confirm_leave():
            return False
        self._leave_others(record_type)
        editor = self.editor(record_type)
        editor.new_record()
        self.setCurrentWidget(editor)
        editor.tabs.widget(0).setFocus()
        return True

    def close_record(self) -> bool:
        if not self.confirm_leave():
            return False
        self.discard_changes()
        return True

    def discard_changes(self) -> None:
        """Drop every edit and every record view without asking (lock, panic)."""
        for editor in self._editors.values():
            editor.clear()
        self.setCurrentWidget(self.placeholder)

    def _leave_others(self, record_type: str) -> None:
        for t, editor in self._editors.items():
            if t != record_type:
                editor.clear()

    def _deleted(self, record_type: str, record_id: str) -> None:
        self.setCurrentWidget(self.placeholder)
        self.deleted.emit(record_type, record_id)


class HostedEditorPage:
    """What the main window asks of a page that shows a list beside an `EditorHost` (`self.host`) and a
    table view (`self.view`): shared by the record lists and the search page."""

    host: EditorHost
    view: QAbstractItemView

    def has_unsaved_changes(self) -> bool:
        return self.host.has_unsaved_changes()

    def discard_changes(self) -> None:
        self.host.discard_changes()
        self.view.clearSelection()

    def confirm_leave(self) -> bool:
        """Ask about unsaved changes before the page is left; False when the user wants to stay."""
        return self.host.confirm_leave()
