"""The case of a person assisted: their page first (aid, testimonies, household, history), then the
case's details with the working alias and situation up front, identifying details hidden.

The legal name, exact birth date, phone and address stay out of sight until "Show identifying
details" is pressed, and disappear again as soon as the record is left (another record opens, the
page is hidden, or the app locks), so a glance over the worker's shoulder shows only the alias.
"""

from __future__ import annotations

from typing import ClassVar

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QHideEvent, QIntValidator
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from intake_app.domain.models import Case, Record
from intake_app.i18n import _
from intake_app.ui.person.view import PersonView
from intake_app.ui.records.base import RecordEditor
from intake_app.ui.records.household import HouseholdEditor
from intake_app.ui.records.widgets import DateField, TaxonomyCombo, taxonomy_keys, taxonomy_label


def _text_or_none(text: str) -> str | None:
    text = text.strip()
    return text or None


class CaseEditor(RecordEditor):
    RECORD_TYPE: ClassVar[str] = "case"

    # From the person page: open a linked record (type, id); start a new one for this person (type, case id).
    open_linked = Signal(str, str)
    new_linked = Signal(str, str)

    def _build(self) -> None:
        self.person = PersonView(self.vault)
        self.person.open_requested.connect(self.open_linked)
        self.person.new_requested.connect(self._new_for_person)
        self._person_tab = self.tabs.addTab(self.person, _("Person"))
        page = QWidget()
        outer = QVBoxLayout(page)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        outer.addLayout(form)

        self.code = QLabel(page)
        self.code.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse
                                          | Qt.TextInteractionFlag.TextSelectableByKeyboard)
        self.code.setToolTip(_("Generated when the case is created; it never changes."))
        form.addRow(_("Code"), self.code)
        self.alias = QLineEdit(page)
        self.alias.setPlaceholderText(_("The working name used in the field, never the real name"))
        form.addRow(_("Alias"), self.alias)
        self.sex = TaxonomyCombo("sexes", parent=page)
        form.addRow(_("Sex"), self.sex)
        self.birth_year = QLineEdit(page)
        self.birth_year.setValidator(QIntValidator(0, 9999, self.birth_year))
        self.birth_year.setPlaceholderText(_("e.g. 1985"))
        self.birth_year.setMaximumWidth(160)
        form.addRow(_("Birth year"), self.birth_year)
        self.province = TaxonomyCombo("dprk_provinces", empty_text=_("Not known"), parent=page)
        form.addRow(_("Province of origin"), self.province)
        self.situation = TaxonomyCombo("situations", parent=page)
        form.addRow(_("Situation"), self.situation)

        vulnerable = QWidget(page)
        grid = QGridLayout(vulnerable)
        grid.setContentsMargins(0, 0, 0, 0)
        self.vulnerabilities: dict[str, QCheckBox] = {}
        for i, key in enumerate(taxonomy_keys("vulnerabilities")):
            box = QCheckBox(taxonomy_label("vulnerabilities", key), vulnerable)
            self.vulnerabilities[key] = box
            grid.addWidget(box, i // 3, i % 3)
        form.addRow(_("Vulnerabilities"), vulnerable)

        self.household = HouseholdEditor(self.cases, page)
        form.addRow(_("Household"), self.household)
        self.notes = QPlainTextEdit(page)
        self.notes.setTabChangesFocus(True)
        self.notes.setMinimumHeight(90)
        form.addRow(_("Notes"), self.notes)

        self.show_identifying = QPushButton(_("Show identifying details"), page)
        self.show_identifying.setCheckable(True)
        self.show_identifying.toggled.connect(self._toggle_identifying)
        outer.addWidget(self.show_identifying, 0, Qt.AlignmentFlag.AlignLeft)
        self.identifying = QGroupBox(_("Identifying details"), page)
        id_form = QFormLayout(self.identifying)
        self.legal_name = QLineEdit(self.identifying)
        id_form.addRow(_("Legal name"), self.legal_name)
        self.birth_date = DateField(parent=self.identifying)
        id_form.addRow(_("Exact birth date"), self.birth_date)
        self.phone = QLineEdit(self.identifying)
        id_form.addRow(_("Phone"), self.phone)
        self.address = QPlainTextEdit(self.identifying)
        self.address.setTabChangesFocus(True)
        self.address.setMaximumHeight(70)
        id_form.addRow(_("Address"), self.address)
        self.identifying.hide()
        outer.addWidget(self.identifying)
        outer.addStretch(1)

        self._scroll = QScrollArea()
        self._scroll.setWidgetResizable(True)
        self._scroll.setWidget(page)
        self._details_tab = self.tabs.addTab(self._scroll, _("Details"))
        self.watch(self.alias, self.sex, self.birth_year, self.province, self.situation, self.notes,
                   self.household, self.legal_name, self.birth_date, self.phone, self.address,
                   *self.vulnerabilities.values())

    # -- the person page ------------------------------------------------------------------------------------

    def open_record(self, record_id: str) -> bool:
        """Open on the person's page (a save keeps the tab the worker is on)."""
        if not super().open_record(record_id):
            return False
        self.tabs.setCurrentIndex(self._person_tab)
        return True

    def new_record(self) -> None:
        super().new_record()
        self.tabs.setCurrentIndex(self._details_tab)

    def show_details(self) -> None:
        self.tabs.setCurrentIndex(self._details_tab)

    def show_person_page(self, highlight: str | None = None) -> None:
        """The person page again, read anew (a linked record was saved); `highlight` selects its row."""
        self.person.show_person(self.record_id(), highlight=highlight)
        self.tabs.setCurrentIndex(self._person_tab)

    def _new_for_person(self, record_type: str) -> None:
        case_id = self.record_id()
        if case_id:
            self.new_linked.emit(record_type, case_id)

    def _load(self, record: Record, *, is_new: bool) -> None:
        super()._load(record, is_new=is_new)
        # A new case has no page yet: what it received or told can only be recorded once it is saved.
        self.tabs.setTabEnabled(self._person_tab, not is_new)
        self.person.show_person(None if is_new else record.id)
        if is_new:
            self.tabs.setCurrentIndex(self._details_tab)

    def clear(self) -> None:
        super().clear()
        self.person.show_person(None)

    # -- identifying details --------------------------------------------------------------------------------

    def identifying_visible(self) -> bool:
        return self.identifying.isVisibleTo(self.identifying.parentWidget())

    def _toggle_identifying(self, shown: bool) -> None:
        self.identifying.setVisible(shown)
        self.show_identifying.setText(_("Hide identifying details") if shown else _("Show identifying details"))
        if shown:
            self._scroll.ensureWidgetVisible(self.identifying)

    def hide_identifying(self) -> None:
        self.show_identifying.setChecked(False)
        self._toggle_identifying(False)

    def _on_leave(self) -> None:
        self.hide_identifying()

    def hideEvent(self, event: QHideEvent) -> None:  # noqa: N802 - Qt override
        # Another page or the lock screen took over: the record is left, the details go back.
        if not event.spontaneous():
            self.hide_identifying()
        super().hideEvent(event)

    # -- record <-> form ------------------------------------------------------------------------------------

    def _blank(self) -> Record:
        return Case()

    def _title_for(self, record: Record, is_new: bool) -> str:
        assert isinstance(record, Case)  # noqa: S101 - this editor only ever holds cases
        if is_new:
            return _("New case")
        return _("Case {code}").format(code=record.code)

    def _fill(self, record: Record) -> None:
        assert isinstance(record, Case)  # noqa: S101
        self.code.setText(record.code)
        self.alias.setText(record.alias)
        self.sex.set_key(record.sex)
        self.birth_year.setText("" if record.birth_year is None else str(record.birth_year))
        self.province.set_key(record.province_of_origin)
        self.situation.set_key(record.situation)
        for key, box in self.vulnerabilities.items():
            box.setChecked(key in record.vulnerabilities)
        self.household.set_self_id(record.id)
        self.household.set_links(record.household)
        self.notes.setPlainText(record.notes)
        self.legal_name.setText(record.legal_name or "")
        self.birth_date.set_value(record.birth_date)
        self.phone.setText(record.phone or "")
        self.address.setPlainText(record.address or "")

    def _collect(self) -> Record:
        base = self._record if isinstance(self._record, Case) else Case()
        year_text = self.birth_year.text().strip()
        known = set(self.vulnerabilities)
        # Values this version does not offer as a checkbox are kept, not silently dropped.
        extra = [v for v in base.vulnerabilities if v not in known]
        return Case(
            id=base.id, version=base.version, parent=base.parent, created_at=base.created_at,
            updated_at=base.updated_at, origin_device=base.origin_device,
            code=base.code, alias=self.alias.text().strip(), sex=self.sex.key() or "unknown",
            birth_year=int(year_text) if year_text.isdigit() else None,
            province_of_origin=self.province.key(), situation=self.situation.key() or "unknown",
            household=self.household.links(),
            vulnerabilities=[k for k, box in self.vulnerabilities.items() if box.isChecked()] + extra,
            notes=self.notes.toPlainText(),
            legal_name=_text_or_none(self.legal_name.text()), birth_date=self.birth_date.value(),
            phone=_text_or_none(self.phone.text()), address=_text_or_none(self.address.toPlainText()),
        )

    def _form_problems(self) -> list[tuple[str, str]]:
        problems = []
        if not self.alias.text().strip():
            problems.append(("alias", _("Alias: enter the working name of the person.")))
        if not self.birth_date.is_valid():
            problems.append(("birth_date", _("Exact birth date: not a date (write it as YYYY-MM-DD).")))
        return problems

    def _field_labels(self) -> dict[str, str]:
        return {"alias": _("Alias"), "sex": _("Sex"), "birth_year": _("Birth year"),
                "province_of_origin": _("Province of origin"), "situation": _("Situation"),
                "household": _("Household"), "relation": _("Relation"), "vulnerabilities": _("Vulnerabilities"),
                "notes": _("Notes"), "legal_name": _("Legal name"), "birth_date": _("Exact birth date"),
                "phone": _("Phone"), "address": _("Address")}
