"""An aid distribution: what was handed to whom, when and roughly where.

"Quick entry" hands the same kit to several people at once (a family, a group at a shelter): one
distribution per case, all written in one transaction (`RecordStore.save_for_each_case`), so either
everyone's record is saved or none.
"""

from __future__ import annotations

from datetime import date
from typing import Any, ClassVar

from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QPlainTextEdit,
    QScrollArea,
    QWidget,
)

from intake_app.domain.models import AidDistribution, Record
from intake_app.i18n import _
from intake_app.ui.records.aid_items import ItemsTable, format_quantity
from intake_app.ui.records.base import RecordEditor
from intake_app.ui.records.case_picker import CasePicker, MultiCasePicker
from intake_app.ui.records.widgets import DateField, TaxonomyCombo, parse_number


class AidEditor(RecordEditor):
    RECORD_TYPE: ClassVar[str] = "aid"
    CASE_FIELD: ClassVar[str | None] = "case_id"

    def _build(self) -> None:
        self._quick_count = 0
        page = QWidget()
        form = QFormLayout(page)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.date = DateField(parent=page)
        form.addRow(_("Date"), self.date)
        self.quick = QCheckBox(_("Quick entry: the same aid for several cases"), page)
        self.quick.setToolTip(_("Saves one distribution for each case chosen below, all at once."))
        self.quick.toggled.connect(self._quick_toggled)
        form.addRow("", self.quick)
        self.case = CasePicker(self.cases, page)
        self.multi = MultiCasePicker(self.cases, page)
        self.multi.hide()
        cases_box = QWidget(page)
        cases_layout = QHBoxLayout(cases_box)
        cases_layout.setContentsMargins(0, 0, 0, 0)
        cases_layout.addWidget(self.case)
        cases_layout.addWidget(self.multi)
        form.addRow(_("Case"), cases_box)
        # No default: a preset "Other" would be saved unread and skew the aid totals by category.
        self.category = TaxonomyCombo("aid_categories", empty_text=_("Choose a category"), parent=page)
        form.addRow(_("Category"), self.category)
        self.items = ItemsTable(page)
        form.addRow(_("Items"), self.items)
        value_row = QWidget(page)
        value_layout = QHBoxLayout(value_row)
        value_layout.setContentsMargins(0, 0, 0, 0)
        self.value = QLineEdit(value_row)
        self.value.setPlaceholderText(_("Total value, if known"))
        value_layout.addWidget(self.value, 1)
        self.currency = TaxonomyCombo("currencies", empty_text=_("Currency"), parent=value_row)
        value_layout.addWidget(self.currency)
        form.addRow(_("Value"), value_row)
        self.province = TaxonomyCombo("china_provinces", empty_text=_("Not recorded"), parent=page)
        form.addRow(_("Province (China)"), self.province)
        self.place = QLineEdit(page)
        self.place.setPlaceholderText(_("Town or district only, never an exact address"))
        form.addRow(_("Place"), self.place)
        self.notes = QPlainTextEdit(page)
        self.notes.setTabChangesFocus(True)
        self.notes.setMinimumHeight(80)
        form.addRow(_("Notes"), self.notes)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(page)
        self.tabs.addTab(scroll, _("Details"))
        self.watch(self.date, self.case, self.category, self.items, self.value, self.currency, self.province,
                   self.place, self.notes, self.quick)
        self.multi.cases_changed.connect(self.changed)

    def _quick_toggled(self, on: bool) -> None:
        self.case.setVisible(not on)
        self.multi.setVisible(on)
        if on and self.case.case_id() and not self.multi.case_ids():
            self.multi.set_case_ids([self.case.case_id() or ""])

    def quick_mode(self) -> bool:
        return self.quick.isChecked() and self._is_new

    # -- record <-> form ------------------------------------------------------------------------------------

    def _blank(self) -> Record:
        return AidDistribution(date=date.today().isoformat(), category="")

    def _title_for(self, record: Record, is_new: bool) -> str:
        assert isinstance(record, AidDistribution)  # noqa: S101 - this editor only holds aid records
        if is_new:
            return _("New aid distribution")
        return _("Aid on {date} to {case}").format(date=record.date, case=self.cases.name(record.case_id))

    def _fill(self, record: Record) -> None:
        assert isinstance(record, AidDistribution)  # noqa: S101
        self.date.set_value(record.date)
        self.quick.setChecked(False)
        self.quick.setVisible(not record.case_id and not record.version)
        self.multi.set_case_ids([])
        self.case.set_case_id(record.case_id or None)
        self.category.set_key(record.category or None)
        self.items.set_items(record.items)
        self.value.setText("" if record.value is None else format_quantity(record.value))
        self.currency.set_key(record.currency)
        self.province.set_key(record.province)
        self.place.setText(record.place)
        self.notes.setPlainText(record.notes)

    def _collect(self) -> Record:
        base = self._record if isinstance(self._record, AidDistribution) else AidDistribution()
        if self.quick_mode():
            ids = self.multi.case_ids()
            case_id = ids[0] if ids else ""
        else:
            case_id = self.case.case_id() or ""
        return AidDistribution(
            id=base.id, version=base.version, parent=base.parent, created_at=base.created_at,
            updated_at=base.updated_at, origin_device=base.origin_device,
            date=self.date.value() or "", case_id=case_id, category=self.category.key() or "",
            items=self.items.items(), value=parse_number(self.value.text()), currency=self.currency.key(),
            province=self.province.key(), place=self.place.text().strip(), notes=self.notes.toPlainText(),
        )

    def _data(self, record: Record) -> dict[str, Any]:
        data = record.data_dict()
        if self.quick_mode():
            data["quick_cases"] = self.multi.case_ids()
        return data

    def _form_problems(self) -> list[tuple[str, str]]:
        problems: list[tuple[str, str]] = []
        if not self.date.is_valid() or not self.date.value():
            problems.append(("date", _("Date: enter the day the aid was given (YYYY-MM-DD).")))
        if self.quick_mode() and not self.multi.case_ids():
            problems.append(("case_id", _("Cases: choose at least one case.")))
        elif not self.quick_mode() and not self.case.case_id():
            problems.append(("case_id", _("Case: choose the person who received the aid.")))
        if not self.category.key():
            problems.append(("category", _("Category: choose what kind of aid this was.")))
        for row in self.items.bad_quantities():
            problems.append((f"items/{row}/quantity",
                             _("Items, row {n}: the quantity is not a number.").format(n=row + 1)))
        if self.value.text().strip() and parse_number(self.value.text()) is None:
            problems.append(("value", _("Value: not a number.")))
        if parse_number(self.value.text()) is not None and not self.currency.key():
            problems.append(("currency", _("Value: choose the currency.")))
        return problems

    def _field_labels(self) -> dict[str, str]:
        return {"date": _("Date"), "case_id": _("Case"), "category": _("Category"), "items": _("Items"),
                "name": _("Item"), "quantity": _("Quantity"), "unit": _("Unit"), "value": _("Value"),
                "currency": _("Currency"), "province": _("Province (China)"), "place": _("Place"),
                "notes": _("Notes")}

    # -- saving ---------------------------------------------------------------------------------------------

    def _write(self, record: Record) -> Record:
        assert isinstance(record, AidDistribution)  # noqa: S101
        if not self.quick_mode():
            self._quick_count = 1
            return self.store.save(record, reason=self.edit_reason())
        saved = self.store.save_for_each_case(record, self.multi.case_ids())
        self._quick_count = len(saved)
        return saved[0]

    def _saved_message(self) -> str:
        if self._quick_count > 1:
            return _("Saved {n} aid distributions, one for each case.").format(n=self._quick_count)
        return _("Saved.")
