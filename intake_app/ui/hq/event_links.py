"""HQ review: incidents told by several witnesses. Suggested pairs (same violation, place and time) can be
linked into one event; events list their witnesses (cases confirmed as one person count once) and can be
dissolved. Every change is a new version of the event record."""

from __future__ import annotations

import logging

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from intake_app.errors import IntakeError
from intake_app.hq import events
from intake_app.i18n import P_, _
from intake_app.ui import style, workers
from intake_app.ui.records.widgets import taxonomy_label
from intake_app.ui.sync.common import note, row_table
from intake_app.vault.vault import Vault

log = logging.getLogger(__name__)


def violation_label(key: str) -> str:
    return taxonomy_label("violation_types", key)


def incident_text(ref: events.IncidentRef) -> str:
    place = ref.place or {}
    where = (taxonomy_label("dprk_provinces", place["province"]) if place.get("province") else
             taxonomy_label("facility_types", place["facility_type"]) if place.get("facility_type") else "?")
    when = (ref.date or {}).get("value", "?")
    return _("{what}, {when}, {where}").format(what=", ".join(violation_label(v) for v in ref.violation_types),
                                               when=when, where=where)


class EventsPanel(QWidget):
    changed = Signal()

    def __init__(self, vault: Vault, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.vault = vault
        self.suggested: list[events.Suggestion] = []
        self.linked: list[events.EventView] = []
        self.task: workers.Task | None = None
        layout = QVBoxLayout(self)
        layout.addWidget(note(_("Incidents from different witnesses with the same kind of violation, place and "
                                "time may be one event. Linking them shows how many independent witnesses "
                                "an event has (two or more: corroborated)."), self, style.MUTED))
        self.suggestions = row_table(self, [_("Incident"), _("Maybe the same event as"), _("In common")],
                                  _("Suggested events"))
        self.suggestions.itemSelectionChanged.connect(self._update_buttons)
        layout.addWidget(self.suggestions, 1)
        row = QHBoxLayout()
        self.reason = QLineEdit(self)
        self.reason.setPlaceholderText(_("Reason for your decision (optional, kept with it)"))
        self.reason.setMaxLength(2000)
        row.addWidget(self.reason, 1)
        self.link_button = QPushButton(_("Link as one event"), self)
        self.link_button.clicked.connect(self.link_selected)
        row.addWidget(self.link_button)
        layout.addLayout(row)
        self.events = row_table(self, [_("Event"), _("Incidents"), _("Witnesses"), _("Corroborated")], _("Events"))
        self.events.itemSelectionChanged.connect(self._update_buttons)
        layout.addWidget(self.events, 1)
        row2 = QHBoxLayout()
        row2.addStretch(1)
        self.unlink_button = QPushButton(_("Dissolve event"), self)
        self.unlink_button.setToolTip(_("The incidents are separate again (a new version; nothing is lost)."))
        self.unlink_button.clicked.connect(self.unlink_selected)
        row2.addWidget(self.unlink_button)
        layout.addLayout(row2)
        self.message = note("", self)
        layout.addWidget(self.message)
        self._update_buttons()

    def refresh(self) -> None:
        if not self.vault.is_open or self.task is not None:
            return
        vault = self.vault
        def work(_progress: object, _cancel: object) -> tuple[list, list, dict[str, str]]:
            with vault.reading() as conn:
                codes = {i: c for i, c in conn.execute(
                    "SELECT id, json_extract(body, '$.data.code') FROM records WHERE type = 'case'")}
            return events.suggestions(vault), events.list_events(vault), codes

        self.task = workers.start_task(work, name="event suggestions")
        self.task.finished.connect(self._show)
        self.task.failed.connect(self._failed)

    def is_busy(self) -> bool:
        return self.task is not None

    def _show(self, result: tuple[list[events.Suggestion], list[events.EventView], dict[str, str]]) -> None:
        self.task = None
        self.suggested, self.linked, codes = result

        def told(ref: events.IncidentRef) -> str:
            return _("{incident} (witness {code})").format(incident=incident_text(ref),
                                                          code=codes.get(ref.witness_case_id) or "?")

        self.suggestions.setRowCount(len(self.suggested))
        for index, s in enumerate(self.suggested):
            shared = ", ".join(violation_label(v) for v in s.shared_violations)
            for column, text in enumerate((told(s.a), told(s.b), shared)):
                self.suggestions.setItem(index, column, QTableWidgetItem(text))
        self.events.setRowCount(len(self.linked))
        for index, e in enumerate(self.linked):
            title = e.title or (incident_text(e.incidents[0]) if e.incidents else e.id[:8])
            witnesses = ", ".join(codes.get(w) or w[:8] for w in e.witnesses)
            cells = (title, str(len(e.incidents)), f"{len(e.witnesses)}: {witnesses}",
                     _("yes") if e.corroborated else _("no"))
            for column, text in enumerate(cells):
                self.events.setItem(index, column, QTableWidgetItem(text))
        self.show_message(P_("{n} suggestion.", "{n} suggestions.", len(self.suggested)).format(
            n=len(self.suggested)), style.MUTED)
        self._update_buttons()

    def _failed(self, message: str) -> None:
        self.task = None
        self.show_message(message, style.ERROR)

    def show_message(self, text: str, colour: str) -> None:
        self.message.setStyleSheet(style.colour_style(colour))
        self.message.setText(text)

    def link_selected(self) -> None:
        row = self.suggestions.currentRow()
        if not 0 <= row < len(self.suggested):
            return
        s = self.suggested[row]
        self._apply(lambda: events.link(self.vault, [s.a.incident_id, s.b.incident_id],
                                        reason=self.reason.text() or None), _("The incidents are linked as one event."))

    def unlink_selected(self) -> None:
        row = self.events.currentRow()
        if not 0 <= row < len(self.linked):
            return
        event_id = self.linked[row].id
        self._apply(lambda: events.unlink(self.vault, [event_id], reason=self.reason.text() or None),
                    _("The event was dissolved; its incidents are separate again."))

    def _apply(self, action: object, done_text: str) -> None:
        try:
            action()  # type: ignore[operator]
        except IntakeError as exc:
            self.show_message(exc.message, style.ERROR)
            return
        self.reason.clear()
        self.refresh()
        self.show_message(done_text, style.OK)
        self.changed.emit()

    def _update_buttons(self) -> None:
        self.link_button.setEnabled(bool(self.suggestions.selectedItems()))
        self.unlink_button.setEnabled(bool(self.events.selectedItems()))
