"""Where a record is edited beside a list: one editor per record type, and the unsaved-changes guard.

Every way of leaving a record (opening another, New, closing, a lock) goes through `confirm_leave`,
so edits are never lost without the user saying so; a lock uses `discard_changes`, which does not ask.

A case opens on its person page, from which the worker opens the person's aid, testimonies, attachments
and household members, or starts a new aid record or testimony for them: these open here too, with a
"Back to …" button that returns to the person (`open_linked`, `new_linked`, `go_back`). A new record
started from a person's page returns to it once saved.
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


def PLACEHOLDER_TEXT() -> str:  # noqa: N802 - a constant, translated when shown
    return _("Choose a record in the list, or press New.")


def missing_text() -> str:
    return _("This record is no longer in the vault: it was deleted, or removed from this laptop after "
             "headquarters confirmed receiving it. The list has been updated.")


class EditorHost(QStackedWidget):
    saved = Signal(str, str)     # record type, id
    deleted = Signal(str, str)   # record type, id
    shown = Signal(str, str)     # record type, id: a record opened here (the list selects it)
    missing = Signal(str, str)   # record type, id: asked to open a record that is no longer in the vault

    def __init__(self, vault: Vault, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.vault = vault
        self._editors: dict[str, RecordEditor] = {}
        # The persons (case ids) the records shown were opened from, the latest last: "Back" returns there.
        self._trail: list[str] = []
        # A new record started from a person's page: (its editor's type, the person's case id).
        self._started_for: tuple[str, str] | None = None
        self.placeholder = QLabel(PLACEHOLDER_TEXT(), self)
        self.placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.placeholder.setWordWrap(True)
        self.placeholder.setStyleSheet(style.colour_style(style.MUTED))
        self.addWidget(self.placeholder)

    def editor(self, record_type: str) -> RecordEditor:
        """The editor of a type, made on first use (a page that is never opened builds nothing)."""
        found = self._editors.get(record_type)
        if found is None:
            found = EDITORS[record_type](self.vault, self)
            found.saved.connect(lambda rid, t=record_type: self._saved(t, rid))
            found.deleted.connect(lambda rid, t=record_type: self._deleted(t, rid))
            found.back_button.clicked.connect(self.go_back)
            if isinstance(found, CaseEditor):
                found.open_linked.connect(self.open_linked)
                found.new_linked.connect(self.new_linked)
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
        """Open a record chosen in a list (which starts a new trail: no way "back" to a person)."""
        current = self.current_editor()
        if current is not None and current.record_id() == record_id and record_type == current.RECORD_TYPE:
            return True
        if not self._open(record_type, record_id):
            return False
        self._set_trail([])
        return True

    def open_linked(self, record_type: str, record_id: str) -> bool:
        """Open a record from the person page shown now, with a way back to that person."""
        person = self.current_record_id() if isinstance(self.current_editor(), CaseEditor) else None
        if not self._open(record_type, record_id):
            return False
        if person is not None and person != record_id:
            self._set_trail([*self._trail, person])
        return True

    def new_linked(self, record_type: str, case_id: str) -> bool:
        """A new aid record or testimony for the person of `case_id`, their case already chosen."""
        if not self.confirm_leave():
            return False
        self._leave_others(record_type)
        editor = self.editor(record_type)
        editor.new_record_for(case_id)
        self._show_editor(editor)
        self._started_for = (record_type, case_id)
        self._set_trail([*self._trail, case_id])
        return True

    def go_back(self) -> bool:
        """Back to the person the record shown was opened from (asks about unsaved changes first)."""
        if not self._trail:
            return False
        trail = self._trail[:-1]
        if not self._open("case", self._trail[-1]):
            return False
        self._set_trail(trail)
        return True

    def new_record(self, record_type: str) -> bool:
        if not self.confirm_leave():
            return False
        self._leave_others(record_type)
        editor = self.editor(record_type)
        editor.new_record()
        self._show_editor(editor)
        self._set_trail([])
        return True

    def back_target(self) -> str | None:
        """The case "Back" returns to, if any."""
        return self._trail[-1] if self._trail else None

    def _open(self, record_type: str, record_id: str) -> bool:
        if not self.confirm_leave():
            return False
        self._leave_others(record_type)
        editor = self.editor(record_type)
        if not editor.open_record(record_id):
            self.show_missing(record_type, record_id)
            return False
        self._started_for = None
        self.placeholder.setText(PLACEHOLDER_TEXT())
        self.setCurrentWidget(editor)
        self.shown.emit(record_type, record_id)
        return True

    def _show_editor(self, editor: RecordEditor) -> None:
        self._started_for = None
        self.placeholder.setText(PLACEHOLDER_TEXT())
        self.setCurrentWidget(editor)
        current = editor.tabs.currentWidget()
        if current is not None:
            current.setFocus()

    def show_missing(self, record_type: str, record_id: str) -> None:
        """Say so, rather than show nothing, when the record asked for is gone (purged, deleted)."""
        editor = self._editors.get(record_type)
        if editor is not None:
            editor.clear()
        self._set_trail([])
        self.placeholder.setText(missing_text())
        self.setCurrentWidget(self.placeholder)
        self.missing.emit(record_type, record_id)

    def check_current(self) -> None:
        """The record shown may have gone meanwhile (a purge on the Sync page): then say so."""
        editor = self.current_editor()
        record_id = editor.record_id() if editor is not None else None
        if editor is None or record_id is None or not self.vault.is_open:
            return
        if editor.store.get(record_id) is None and not editor.has_unsaved_changes():
            self.show_missing(editor.RECORD_TYPE, record_id)

    def _set_trail(self, trail: list[str]) -> None:
        self._trail = trail
        target = trail[-1] if trail else None
        name = self.editor("case").cases.name(target) if target else ""
        for editor in self._editors.values():
            editor.back_button.setText(_("‹ Back to {person}").format(person=name))
            editor.back_button.setToolTip(_("Back to this person's page"))
            editor.back_button.setVisible(target is not None)

    def _saved(self, record_type: str, record_id: str) -> None:
        started = self._started_for
        self.saved.emit(record_type, record_id)
        if started is not None and started[0] == record_type and self._trail and self._trail[-1] == started[1]:
            # A record started from a person's page: back to that page, which now shows it.
            self._started_for = None
            if self.go_back():
                case_editor = self._editors.get("case")
                if isinstance(case_editor, CaseEditor):
                    case_editor.person.select_record(record_id)
                    case_editor.person.say(_("Saved: {record} is on this person's page now.").format(
                        record=_type_words(record_type)))

    def close_record(self) -> bool:
        if not self.confirm_leave():
            return False
        self.discard_changes()
        return True

    def discard_changes(self) -> None:
        """Drop every edit and every record view without asking (lock, panic)."""
        for editor in self._editors.values():
            editor.clear()
        self._started_for = None
        self._set_trail([])
        self.placeholder.setText(PLACEHOLDER_TEXT())
        self.setCurrentWidget(self.placeholder)

    def _leave_others(self, record_type: str) -> None:
        for t, editor in self._editors.items():
            if t != record_type:
                editor.clear()

    def _deleted(self, record_type: str, record_id: str) -> None:
        self.setCurrentWidget(self.placeholder)
        self.deleted.emit(record_type, record_id)
        self._started_for = None
        if record_type != "case" and self._trail:
            self.go_back()  # the person's page, without the deleted record
        else:
            self._set_trail([])


def _type_words(record_type: str) -> str:
    return {"aid": _("the aid distribution"), "testimony": _("the testimony")}.get(record_type, _("the record"))


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
