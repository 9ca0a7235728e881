"""The person page: what a case's person received, told, attached, who their household is, and the
case's history, read from `vault.person.person_summary`; with New aid / New testimony for them.

Every row opens its record (double-click or Enter): the page asks its host through `open_requested`,
so the record opens in the same pane with a way back. Nothing identifying is shown: the person is named
by alias and code, as everywhere outside the hidden identifying details.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QScrollArea,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from intake_app.domain.models import AidItem
from intake_app.domain.taxonomy import VIOLATION_TYPES
from intake_app.errors import IntakeError
from intake_app.i18n import P_, _
from intake_app.sync.device_names import device_names
from intake_app.ui import style
from intake_app.ui.lists.columns import local_time, type_name
from intake_app.ui.person import words
from intake_app.ui.records.aid_items import summarise_items
from intake_app.ui.records.cases import case_display
from intake_app.ui.records.widgets import taxonomy_label
from intake_app.vault.person import PersonSummary, household_disagreements, person_summary
from intake_app.vault.vault import Role, Vault

log = logging.getLogger(__name__)

ID_ROLE = Qt.ItemDataRole.UserRole + 1
TYPE_ROLE = Qt.ItemDataRole.UserRole + 2
VISIBLE_ROWS = 8  # a table grows with its rows up to this many, then scrolls


class RowsTable(QTableWidget):
    """A read-only table as tall as its rows (up to VISIBLE_ROWS, then it scrolls), whose `wrap` columns
    share the width left and wrap their text, so nothing is cut off at any window size or in any language."""

    def __init__(self, parent: QWidget, headers: list[str], name: str, wrap: tuple[int, ...]) -> None:
        super().__init__(0, len(headers), parent)
        self.setHorizontalHeaderLabels(headers)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setWordWrap(True)
        self.setAlternatingRowColors(True)
        self.verticalHeader().hide()
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        header = self.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        for column in wrap:
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
        self.setAccessibleName(name)
        # The header gives the stretched columns their widths after the table's own resize: measure the
        # wrapped rows again once it has (one pass for any number of columns resized together).
        self._refit = QTimer(self)
        self._refit.setSingleShot(True)
        self._refit.setInterval(0)
        self._refit.timeout.connect(self.fit)
        header.sectionResized.connect(lambda *_args: self._refit.start())

    def fill(self, rows: list[tuple[list[str], str, str]]) -> None:
        """Rows of (cells, record type, record id)."""
        self.setRowCount(len(rows))
        for index, (cells, record_type, record_id) in enumerate(rows):
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                item.setData(ID_ROLE, record_id)
                item.setData(TYPE_ROLE, record_type)
                self.setItem(index, column, item)
        self.setVisible(bool(rows))
        self.fit()
        self._refit.start()  # again once the layout has given the columns their widths

    def fit(self) -> None:
        self.resizeRowsToContents()
        shown = min(self.rowCount(), VISIBLE_ROWS)
        rows = sum(self.rowHeight(r) for r in range(shown)) or self.verticalHeader().defaultSectionSize()
        self.setFixedHeight(2 * self.frameWidth() + self.horizontalHeader().height() + rows)

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt override
        super().resizeEvent(event)
        self._refit.start()  # a new width wraps the text anew


class Section(QGroupBox):
    """A titled part of the page: a line of totals or guidance, and a table of records."""

    def __init__(self, title: str, headers: list[str], parent: QWidget, wrap: tuple[int, ...]) -> None:
        super().__init__(title, parent)
        layout = QVBoxLayout(self)
        self.note = QLabel(self)
        self.note.setWordWrap(True)
        self.note.setStyleSheet(style.colour_style(style.MUTED))
        layout.addWidget(self.note)
        self.table = RowsTable(self, headers, title, wrap)
        layout.addWidget(self.table)


class PersonView(QWidget):
    """Signals: `open_requested(type, id)` for a row, `new_requested(type)` for New aid / testimony."""

    open_requested = Signal(str, str)
    new_requested = Signal(str)

    def __init__(self, vault: Vault, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.vault = vault
        self.case_id: str | None = None
        self.summary: PersonSummary | None = None
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        self.scroll = QScrollArea(self)
        self.scroll.setWidgetResizable(True)
        outer.addWidget(self.scroll)
        page = QWidget()
        self.scroll.setWidget(page)
        layout = QVBoxLayout(page)

        self.facts = QLabel(page)
        self.facts.setWordWrap(True)
        self.facts.setTextFormat(Qt.TextFormat.PlainText)
        layout.addWidget(self.facts)
        self.message = QLabel(page)
        self.message.setWordWrap(True)
        self.message.setStyleSheet(style.colour_style(style.OK))
        self.message.hide()
        layout.addWidget(self.message)
        actions = QHBoxLayout()
        self.new_aid_button = QPushButton(_("New aid for this person"), page)
        self.new_aid_button.setToolTip(_("Record aid handed to this person (the case is filled in)"))
        self.new_aid_button.clicked.connect(lambda: self.new_requested.emit("aid"))
        actions.addWidget(self.new_aid_button)
        self.new_testimony_button = QPushButton(_("New testimony of this person"), page)
        self.new_testimony_button.setToolTip(_("Record what this person tells (they are filled in as the witness)"))
        self.new_testimony_button.clicked.connect(lambda: self.new_requested.emit("testimony"))
        actions.addWidget(self.new_testimony_button)
        actions.addStretch(1)
        layout.addLayout(actions)
        hint = QLabel(_("Double-click a row (or press Enter) to open that record."), page)
        hint.setWordWrap(True)
        hint.setStyleSheet(style.colour_style(style.MUTED))
        layout.addWidget(hint)

        self.aid = Section(_("Aid received"), [_("Category"), _("Times"), _("Quantities"), _("Value"),
                                                _("Last given")], page, (2,))
        self.aid_list = RowsTable(self.aid, [_("Date"), _("Category"), _("Items")], _("Aid distributions"), (2,))
        self.aid.layout().addWidget(self.aid_list)
        self.testimonies = Section(_("Testimonies"), [_("Interview date"), _("Violation types"), _("Consents")],
                                   page, (1, 2))
        self.household = Section(_("Household"), [_("Case"), _("Relation"), _("Recorded")], page, (0, 1))
        self.attachments = Section(_("Attachments"), [_("File"), _("Attached to"), _("Caption")], page, (0, 2))
        self.history = Section(_("History of this record"), [_("When"), _("What"), _("By"), _("Bundle"),
                                                             _("Reason")], page, (1, 2, 3, 4))
        for section in (self.aid, self.testimonies, self.household, self.attachments, self.history):
            layout.addWidget(section)
        layout.addStretch(1)
        for table in (self.aid.table, self.aid_list, self.testimonies.table, self.household.table,
                      self.attachments.table):
            table.itemActivated.connect(self._activated)
        self.show_person(None)

    # -- public ---------------------------------------------------------------------------------------------

    def show_person(self, case_id: str | None, *, highlight: str | None = None) -> None:
        """Read and show the person of `case_id` (None: nothing); `highlight` selects that record's row."""
        self.case_id = case_id
        self.summary = None
        self.message.hide()
        if case_id is not None and self.vault.is_open:
            try:
                self.summary = person_summary(self.vault, case_id)
            except IntakeError as exc:
                self.facts.setText(exc.message)
                log.info("person page not read (%s)", type(exc).__name__)
        self._show()
        if highlight:
            self.select_record(highlight)

    def refresh(self) -> None:
        self.show_person(self.case_id)

    def say(self, text: str) -> None:
        self.message.setText(text)
        self.message.setVisible(bool(text))

    def select_record(self, record_id: str) -> bool:
        for table in (self.aid_list, self.testimonies.table, self.household.table, self.attachments.table):
            for row in range(table.rowCount()):
                item = table.item(row, 0)
                if item is not None and item.data(ID_ROLE) == record_id:
                    table.selectRow(row)
                    self.scroll.ensureWidgetVisible(table)
                    return True
        return False

    def rows(self, table: QTableWidget) -> list[list[str]]:
        """The texts of a table, row by row (what the user reads)."""
        return [[table.item(r, c).text() if table.item(r, c) is not None else ""
                 for c in range(table.columnCount())] for r in range(table.rowCount())]

    # -- filling --------------------------------------------------------------------------------------------

    def _show(self) -> None:
        summary = self.summary
        for button in (self.new_aid_button, self.new_testimony_button):
            button.setEnabled(summary is not None)
        if summary is None:
            if self.case_id is None:
                self.facts.clear()
            for section in (self.aid, self.testimonies, self.household, self.attachments, self.history):
                section.note.clear()
                section.table.fill([])
            self.aid_list.fill([])
            return
        self._show_facts(summary)
        self._show_aid(summary)
        self._show_testimonies(summary)
        self._show_household(summary)
        self._show_attachments(summary)
        self._show_history(summary)

    def _person_name(self, summary: PersonSummary) -> str:
        return summary.case.alias or summary.case.code

    def _show_facts(self, summary: PersonSummary) -> None:
        case = summary.case
        facts = [case_display(case.alias, case.code), taxonomy_label("sexes", case.sex)]
        if case.birth_year:
            facts.append(_("born {year}").format(year=case.birth_year))
        if case.province_of_origin:
            facts.append(_("from {province}").format(province=taxonomy_label("dprk_provinces",
                                                                            case.province_of_origin)))
        facts.append(taxonomy_label("situations", case.situation))
        text = " · ".join(f for f in facts if f)
        if case.vulnerabilities:
            text += "\n" + ", ".join(taxonomy_label("vulnerabilities", v) for v in case.vulnerabilities)
        if summary.same_person:
            names = [self._case_name(c) for c in summary.same_person]
            text += "\n" + _("Confirmed at headquarters as the same person as: {cases}").format(cases=", ".join(names))
        self.facts.setText(text)

    def _case_name(self, case_id: str) -> str:
        from intake_app.vault.records import RecordStore

        env = RecordStore(self.vault).get_envelope(case_id)
        if env is None or env["deleted"] or env["type"] != "case":
            return _("(deleted case)")
        return case_display(env["data"]["alias"], env["data"]["code"])

    def _show_aid(self, summary: PersonSummary) -> None:
        n = summary.aid_distributions
        self.aid.note.setText(P_("{n} distribution recorded.", "{n} distributions recorded.", n).format(n=n)
                              if n else _("No aid recorded for this person yet."))
        self.aid.table.fill([([taxonomy_label("aid_categories", t.category), str(t.distributions),
                                 words.quantities_text(t), words.values_text(t.values), t.last_date], "", "")
                               for t in summary.aid_totals])
        self.aid_list.fill([([a.date, taxonomy_label("aid_categories", a.category), summarise_items(
            [AidItem(q.item, q.amount, q.unit) for q in a.items])], "aid", a.id) for a in summary.aid])

    def _show_testimonies(self, summary: PersonSummary) -> None:
        n = len(summary.testimonies)
        self.testimonies.note.setText(P_("{n} testimony given.", "{n} testimonies given.", n).format(n=n)
                                      if n else _("No testimony recorded for this person yet."))
        self.testimonies.table.fill([(
            [t.interview_date, ", ".join(taxonomy_label(VIOLATION_TYPES, k) for k in t.violation_types),
             ", ".join(taxonomy_label("consent_scopes", s) for s in t.consents) or _("none in force")],
            "testimony", t.id) for t in summary.testimonies])

    def _show_household(self, summary: PersonSummary) -> None:
        person = self._person_name(summary)
        disagree = household_disagreements(summary)
        n = len({m.case_id for m in summary.household})
        note = (P_("{n} household member.", "{n} household members.", n).format(n=n) if n
                else _("No household member recorded. Add one in Details."))
        if disagree:
            note += " " + _("The two cases of a member do not say the same relation: check both.")
        self.household.note.setText(note)
        rows = []
        for member in summary.household:
            name = case_display(member.alias, member.code) if member.exists else _("(deleted case)")
            relation = words.relation_words(member.relation, member.sex, person)
            if member.case_id in disagree:
                relation += " " + _("(the cases disagree)")
            rows.append(([name, relation, words.recorded_where(member)], "case" if member.exists else "",
                         member.case_id))
        self.household.table.fill(rows)

    def _show_attachments(self, summary: PersonSummary) -> None:
        n = len(summary.attachments)
        self.attachments.note.setText(P_("{n} file attached.", "{n} files attached.", n).format(n=n) if n
                                      else _("No photo, scan or recording attached."))
        rows = []
        for a in summary.attachments:
            name = a.filename + (" " + _("(identifying)") if a.identifying else "")
            owner = _("this case") if a.owner_type == "case" else type_name(a.owner_type)
            rows.append(([name, owner, a.caption], a.owner_type, a.owner_id))
        self.attachments.table.fill(rows)

    def _show_history(self, summary: PersonSummary) -> None:
        hq = self.vault.info.role is Role.HQ
        names = device_names(self.vault) if hq else None
        self.history.table.setColumnHidden(3, not hq)  # bundles: headquarters' side of the story only
        self.history.note.setText(
            _("Every version headquarters holds: who made it, when it arrived, in which bundle.") if hq else
            _("What this laptop keeps: when the case was created and changed here, and when headquarters "
              "confirmed receiving it. Earlier contents are not kept on the laptop."))
        rows = []
        for entry in summary.history:
            what = words.history_action(entry)
            if entry.current:
                what += " " + _("(shown now)")
            if names is not None:
                who = names.name(entry.device)  # "Headquarters" for versions made here
                bundle = "-" if entry.bundle_id is None else entry.bundle_id[:8]
                reasons = [_hq_reason(entry.hq_reason)] if entry.made_at_hq else []
            else:
                who = _("headquarters") if entry.action == "delivered" else _("this laptop")
                bundle, reasons = "-", []
            reasons += [entry.reason] if entry.reason else []
            rows.append(([local_time(entry.at), what, who, bundle, "; ".join(r for r in reasons if r)], "", ""))
        self.history.table.fill(rows)
        for row, entry in enumerate(summary.history):
            who_item, bundle_item = self.history.table.item(row, 2), self.history.table.item(row, 3)
            if hq and who_item is not None and entry.device != self.vault.info.device_id:
                who_item.setToolTip(_("Device id: {id}").format(id=entry.device or "-"))
            if bundle_item is not None and entry.bundle_id:  # the whole id and the hash, for whoever checks them
                bundle_item.setToolTip(_("{id} (hash {sha})").format(id=entry.bundle_id,
                                                                      sha=entry.bundle_sha256 or ""))

    # -- opening --------------------------------------------------------------------------------------------

    def _activated(self, item: QTableWidgetItem) -> None:
        record_type, record_id = item.data(TYPE_ROLE), item.data(ID_ROLE)
        if record_type and record_id:
            self.open_requested.emit(str(record_type), str(record_id))


def _hq_reason(reason: str | None) -> str:
    from intake_app.hq.history import reason_text  # here: a field laptop never loads headquarters' code

    return reason_text(reason)

