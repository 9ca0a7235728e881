"""What every record editor shares: load, change tracking, inline validation, save, delete.

A subclass builds its form, fills it from a record (`_fill`) and builds a record back from it
(`_collect`). Validity is never decided by the form itself: the collected record goes through the
vault's own stamping and schema check (`RecordStore.prepare`), so the form cannot accept what the vault
would refuse; a save leaves that check to the vault, so the record is checked once.
"""

from __future__ import annotations

import logging
import re
from typing import Any, ClassVar

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from intake_app.domain.models import Record
from intake_app.errors import IntakeError
from intake_app.i18n import _, current_language
from intake_app.ui import style
from intake_app.ui.icons import icon
from intake_app.ui.records import dialogs
from intake_app.ui.records.attachments import AttachmentsPanel
from intake_app.ui.records.case_picker import CasePicker
from intake_app.ui.records.cases import CaseDirectory
from intake_app.ui.records.widgets import DateField, ProblemsView
from intake_app.vault.records import RecordInvalid, RecordStore
from intake_app.vault.vault import Vault

log = logging.getLogger(__name__)

VALIDATE_DELAY_MS = 150
# The field path at the start of a schema problem; the colon after it may be a full-width one, as the
# Chinese and Japanese catalogues write "{field}: {problem}".
_PATH = re.compile(r"^([a-z_]+(?:/[a-z0-9_]+)*)\s*[:：]\s*")


class RecordEditor(QWidget):
    """Base of CaseEditor, AidEditor and TestimonyEditor."""

    RECORD_TYPE: ClassVar[str] = ""
    # The field naming the person the record is about, preset when it is started from their page.
    CASE_FIELD: ClassVar[str | None] = None

    saved = Signal(str)
    deleted = Signal(str)
    dirty_changed = Signal(bool)

    def __init__(self, vault: Vault, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.vault = vault
        self.store = RecordStore(vault)
        self.cases = CaseDirectory(vault)
        self._record: Record | None = None
        self._is_new = False
        self._baseline: dict[str, Any] | None = None
        self._loading = False
        self._dirty = False
        self._tried_to_save = False

        layout = QVBoxLayout(self)
        # Shown by the host when this record was opened from a person's page: the way back to it.
        self.back_button = QPushButton(self)
        self.back_button.setFlat(True)
        self.back_button.setVisible(False)
        layout.addWidget(self.back_button, 0, Qt.AlignmentFlag.AlignLeft)
        self.title = QLabel(self)
        self.title.setFont(style.title_font(current_language()))
        self.title.setTextFormat(Qt.TextFormat.PlainText)
        layout.addWidget(self.title)
        self.tabs = QTabWidget(self)
        self.tabs.setDocumentMode(True)
        layout.addWidget(self.tabs, 1)
        self._build()
        self.attachments = AttachmentsPanel(vault, self)
        self.attachments.count_changed.connect(self._attachment_count)
        self._attachments_tab = self.tabs.addTab(self.attachments, _("Attachments"))

        self.problems = ProblemsView(self)
        layout.addWidget(self.problems)
        self.status = QLabel(self)
        self.status.setStyleSheet(style.colour_style(style.MUTED))
        buttons = QHBoxLayout()
        self.delete_button = QPushButton(_("Delete…"), self)
        self.delete_button.setToolTip(_("Delete this record (asks first)"))
        self.delete_button.clicked.connect(self.delete)
        buttons.addWidget(self.delete_button)
        buttons.addWidget(self.status, 1)
        # Why this change: kept with the version it makes (not with later ones); only for existing records.
        self.reason_edit = QLineEdit(self)
        self.reason_edit.setPlaceholderText(_("Reason for this change (optional)"))
        self.reason_edit.setToolTip(_("Say why you change this record; the reason is kept with this version, so "
                                      "others can see who changed what and why."))
        self.reason_edit.setAccessibleName(_("Reason for this change"))
        self.reason_edit.setMaxLength(2000)
        self.reason_edit.setMinimumWidth(220)
        buttons.addWidget(self.reason_edit)
        self.reason_edit.setVisible(False)
        self.revert_button = QPushButton(_("Undo changes"), self)
        self.revert_button.clicked.connect(self.revert)
        buttons.addWidget(self.revert_button)
        self.save_button = QPushButton(icon("save"), _("Save"), self)
        self.save_button.setToolTip(_("Save the record (Ctrl+S)"))
        self.save_button.setDefault(True)
        self.save_button.clicked.connect(self.save)
        buttons.addWidget(self.save_button)
        layout.addLayout(buttons)
        shortcut = QShortcut(QKeySequence.StandardKey.Save, self)
        shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        shortcut.activated.connect(self.save)

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(VALIDATE_DELAY_MS)
        self._timer.timeout.connect(self.refresh_state)
        self._update_buttons()

    # -- for subclasses -------------------------------------------------------------------------------------

    def _build(self) -> None:
        raise NotImplementedError

    def _blank(self) -> Record:
        raise NotImplementedError

    def _fill(self, record: Record) -> None:
        raise NotImplementedError

    def _collect(self) -> Record:
        raise NotImplementedError

    def _title_for(self, record: Record, is_new: bool) -> str:
        raise NotImplementedError

    def _form_problems(self) -> list[tuple[str, str]]:
        """What the form knows better than the schema (text that is not a date...), as (schema field,
        message): the schema's own, vaguer, message for that field is then left out."""
        return []

    def _field_labels(self) -> dict[str, str]:
        """Schema field names -> the words the form shows, to phrase problems the user's way."""
        return {}

    def _on_leave(self) -> None:
        """The record is being left (another one opens, or the editor clears)."""

    def _write(self, record: Record) -> Record:
        return self.store.save(record, reason=self.edit_reason())

    def edit_reason(self) -> str | None:
        """The reason typed for this save, if any (never for a new record: creating needs none)."""
        text = self.reason_edit.text().strip()
        return None if self._is_new else (text or None)

    def watch(self, *widgets: QWidget) -> None:
        """Re-check the form whenever one of these inputs changes."""
        for w in widgets:
            if isinstance(w, (QLineEdit, QPlainTextEdit)):
                w.textChanged.connect(self.changed)
            elif isinstance(w, QComboBox):
                w.currentIndexChanged.connect(self.changed)
            elif isinstance(w, QAbstractButton):
                w.toggled.connect(self.changed)
            elif isinstance(w, QSpinBox):
                w.valueChanged.connect(self.changed)
            elif isinstance(w, DateField):
                w.changed.connect(self.changed)
            elif isinstance(w, CasePicker):
                w.case_changed.connect(self.changed)
            elif hasattr(w, "changed"):
                w.changed.connect(self.changed)  # type: ignore[attr-defined]

    # -- public ---------------------------------------------------------------------------------------------

    def record_id(self) -> str | None:
        return self._record.id if self._record is not None and not self._is_new else None

    def is_new(self) -> bool:
        return self._is_new

    def is_open(self) -> bool:
        return self._record is not None

    def new_record(self) -> None:
        self._load(self._blank(), is_new=True)

    def new_record_for(self, case_id: str) -> None:
        """A new record about the person of `case_id`, their case already chosen."""
        record = self._blank()
        if self.CASE_FIELD:
            setattr(record, self.CASE_FIELD, case_id)
        self._load(record, is_new=True)

    def open_record(self, record_id: str) -> bool:
        record = self.store.get(record_id)
        if record is None or record.TYPE != self.RECORD_TYPE:
            return False
        self._load(record, is_new=False)
        return True

    def has_unsaved_changes(self) -> bool:
        if self._record is None or self._baseline is None:
            return False
        return self._data(self._collect()) != self._baseline

    def problems_now(self) -> list[str]:
        return self._merge_problems(self._form_problems(), self.store.prepare(self._collect()).problems)

    def save(self) -> bool:
        """Check and write the record; False (with the reasons shown) when it cannot be saved."""
        if self._record is None:
            return False
        self._timer.stop()
        problems = self.problems_now() if self._form_problems() else []
        if not problems:
            try:
                saved = self._write(self._collect())  # the vault checks the schema, once
            except RecordInvalid as exc:
                problems = self._merge_problems([], exc.problems)
            except IntakeError as exc:
                self.problems.set_message(exc.message)
                return False
        if problems:
            self._tried_to_save = True
            self.problems.set_problems(problems)
            self._update_buttons()
            return False
        self.cases.clear()
        self._load(saved, is_new=False)
        self.status.setText(self._saved_message())
        self.saved.emit(saved.id)
        return True

    def revert(self) -> None:
        if self._record is not None:
            self._load(self._record, is_new=self._is_new)

    def delete(self) -> bool:
        """Delete after confirmation; a deleted record leaves a tombstone, not its content."""
        if self._record is None:
            return False
        if self._is_new:
            self.clear()
            return True
        if not dialogs.confirm(self, _("Delete record"),
                               _("Delete this record? Its content is removed from this computer; "
                                 "this cannot be undone."), _("Delete")):
            return False
        record_id = self._record.id
        try:
            self.store.delete(record_id)
        except IntakeError as exc:
            self.problems.set_message(exc.message)
            return False
        self.clear()
        self.deleted.emit(record_id)
        return True

    def clear(self) -> None:
        """Forget the record and every edit, without asking (lock, discard)."""
        self._timer.stop()
        self._on_leave()
        self._loading = True
        try:
            self._fill(self._blank())
        finally:
            self._loading = False
        self.attachments.set_owner(None)
        self._record = None
        self._baseline = None
        self._is_new = False
        self.problems.set_problems([])
        self.status.clear()
        self.title.clear()
        self._set_dirty(False)
        self._update_buttons()

    def changed(self) -> None:
        if not self._loading and self._record is not None:
            self.status.clear()
            # Ready at once for a quick click; the check a moment later disables it again if need be.
            self.save_button.setEnabled(not self.problems.problems)
            self.revert_button.setEnabled(True)
            self._timer.start()

    def refresh_state(self) -> None:
        """Recompute whether the form differs from the record and what stops it from being saved."""
        self._timer.stop()
        if self._record is None:
            return
        dirty = self._data(self._collect()) != self._baseline
        self._set_dirty(dirty)
        show = dirty or self._tried_to_save
        self.problems.set_problems(self.problems_now() if show else [])
        self._update_buttons()

    # -- internals ------------------------------------------------------------------------------------------

    def _load(self, record: Record, *, is_new: bool) -> None:
        self._timer.stop()
        self._on_leave()
        self._loading = True
        try:
            self._fill(record)
        finally:
            self._loading = False
        self._record = record
        self._is_new = is_new
        self._tried_to_save = False
        self._baseline = self._data(self._collect())
        self.title.setText(self._title_for(record, is_new))
        self.attachments.set_owner(None if is_new else record.id)
        self.tabs.setTabEnabled(self._attachments_tab, True)
        self.problems.set_problems([])
        self.status.clear()
        self.reason_edit.clear()
        self.reason_edit.setVisible(not is_new)
        self._set_dirty(False)
        self._update_buttons()

    def _data(self, record: Record) -> dict[str, Any]:
        """What "unsaved changes" compares: the record's data (subclasses add form-only state)."""
        return record.data_dict()

    def _saved_message(self) -> str:
        return _("Saved.")

    def _merge_problems(self, own: list[tuple[str, str]], schema: tuple[str, ...]) -> list[str]:
        """The form's own problems, then the schema's in the form's words, leaving out the schema's
        (vaguer) message for a field the form already spoke about."""
        covered = {field for field, _message in own}
        found = [message for _field, message in own]
        for problem in schema:
            match = _PATH.match(problem)
            path = match.group(1) if match is not None else ""
            if any(path == c or path.startswith(c + "/") for c in covered):
                continue
            human = self._humanise(problem)
            if human not in found:
                found.append(human)
        return found

    def _humanise(self, problem: str) -> str:
        """`items/0/quantity: too small` -> `Items, row 1, Quantity: too small` in the UI language."""
        match = _PATH.match(problem)
        labels = self._field_labels()
        if match is None or match.group(1).split("/")[0] not in labels:
            return problem
        parts = []
        for segment in match.group(1).split("/"):
            if segment.isdigit():
                parts.append(_("row {n}").format(n=int(segment) + 1))
            else:
                parts.append(labels.get(segment, segment))
        return _("{field}: {problem}").format(field=", ".join(parts), problem=problem[match.end():])

    def _set_dirty(self, dirty: bool) -> None:
        if dirty != self._dirty:
            self._dirty = dirty
            self.dirty_changed.emit(dirty)

    def _update_buttons(self) -> None:
        has = self._record is not None
        self.tabs.setEnabled(has)
        self.save_button.setEnabled(has and (self._dirty or self._is_new) and not self.problems.problems)
        self.revert_button.setEnabled(has and self._dirty)
        self.delete_button.setEnabled(has and not self._is_new)

    def _attachment_count(self, count: int) -> None:
        self.tabs.setTabText(self._attachments_tab,
                             _("Attachments ({n})").format(n=count) if count else _("Attachments"))
