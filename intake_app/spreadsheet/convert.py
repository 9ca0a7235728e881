"""One spreadsheet row -> the data of one record, or the reasons it cannot be one.

Cells are read by the kind of their field (a number, a day, a date with its precision, one or several
taxonomy values); references to other rows stay as text until the importer resolves them.
"""

from __future__ import annotations

import datetime as dt
import unicodedata
from dataclasses import dataclass, field
from typing import Any

from intake_app.domain.taxonomy import load_taxonomy
from intake_app.i18n import _
from intake_app.spreadsheet.dates import DateProblem, read_date, read_day
from intake_app.spreadsheet.fields import FIELDS, FieldSpec, Kind
from intake_app.spreadsheet.mapping import (
    RECORD_TYPES_LIST,
    Mapping,
    match_type,
    match_value,
    split_choices,
    suggest_value,
)
from intake_app.spreadsheet.plan import Problem, TablePlan
from intake_app.spreadsheet.reading import Cell, Row


@dataclass
class Draft:
    """A row read into field values; `columns` says which column each field came from (for messages)."""

    record_type: str
    row: int
    sheet: str
    values: dict[str, Any] = field(default_factory=dict)
    columns: dict[str, str] = field(default_factory=dict)

    def problem(self, field_key: str, reason: str) -> Problem:
        return Problem(self.row, self.columns.get(field_key, ""), reason, self.sheet)


class CellProblem(ValueError):
    pass


def cell_text(cell: Cell) -> str:
    if isinstance(cell, float) and cell.is_integer():
        return str(int(cell))          # a phone number or a code Excel stored as a number
    if isinstance(cell, dt.datetime):
        return cell.date().isoformat() if cell.time() == dt.time() else cell.isoformat(sep=" ")
    if isinstance(cell, dt.date):
        return cell.isoformat()
    return str(cell)


def _number(cell: Cell) -> float | int:
    if isinstance(cell, bool):
        raise CellProblem(_("not a number"))
    if isinstance(cell, int | float):
        return cell
    text = unicodedata.normalize("NFKC", str(cell)).replace(",", "").replace(" ", "")
    try:
        value = float(text)
    except ValueError as exc:
        raise CellProblem(_("\u201c{text}\u201d is not a number").format(text=cell)) from exc
    return int(value) if value.is_integer() else value


def _integer(cell: Cell) -> int:
    value = _number(cell)
    if not float(value).is_integer():
        raise CellProblem(_("\u201c{text}\u201d is not a whole number").format(text=cell))
    return int(value)


def list_label(list_name: str) -> str:
    """How a list is named in messages: its field's label."""
    for specs in FIELDS.values():
        for spec in specs:
            if spec.list_name == list_name:
                return _(spec.label)
    return list_name


def read_choice(list_name: str, text: str, mapping: Mapping) -> str:
    key = mapping.value_for(list_name, text)
    if key is not None:
        return key
    key = match_value(list_name, text)
    if key is not None:
        if text != key:  # recognised by itself: the mapping in use says so, for the user to see and reuse
            mapping.values.setdefault(list_name, {})[text] = key
        return key
    hint = suggest_value(list_name, text)
    reason = _("\u201c{text}\u201d is not a value of the list \u201c{list}\u201d").format(
        text=text, list=list_label(list_name))
    if hint:
        reason += " " + _("(perhaps \u201c{value}\u201d?)").format(value=_value_label(list_name, hint))
    raise CellProblem(reason)


def _value_label(list_name: str, key: str) -> str:
    from intake_app.i18n import current_language

    tax = load_taxonomy()
    return tax.label(list_name, key, current_language())


def read_cell(spec: FieldSpec, cell: Cell, mapping: Mapping) -> Any:
    try:
        if spec.kind in (Kind.TEXT, Kind.REFERENCE):
            return cell_text(cell)
        if spec.kind is Kind.INTEGER:
            return _integer(cell)
        if spec.kind is Kind.NUMBER:
            return _number(cell)
        if spec.kind is Kind.DAY:
            return read_day(cell)
        if spec.kind is Kind.PARTIAL_DATE:
            found = read_date(cell)
            return {"value": found.value, "precision": found.precision}
        list_name = spec.list_name or ""
        if spec.kind is Kind.CHOICE:
            return read_choice(list_name, cell_text(cell), mapping)
        keys = [read_choice(list_name, part, mapping) for part in split_choices(cell_text(cell))]
        return list(dict.fromkeys(keys))
    except DateProblem as exc:
        raise CellProblem(str(exc)) from exc


def read_row(plan: TablePlan, row: Row, mapping: Mapping) -> tuple[Draft | None, list[Problem]]:
    table = plan.table
    record_type = plan.record_type
    if plan.type_column is not None:
        cell = row.cells[plan.type_column]
        header = table.headers[plan.type_column]
        found = mapping.value_for(RECORD_TYPES_LIST, str(cell)) if cell is not None else None
        record_type = found or (match_type(cell) if cell is not None else None)
        if record_type is None:
            reason = (_("the record type is missing") if cell is None else
                      _("\u201c{text}\u201d is not a record type (case, aid or testimony)").format(text=cell))
            return None, [Problem(row.number, header, reason, table.name)]
    if record_type is None:  # a plan always has a type or a type column
        return None, []
    draft = Draft(record_type, row.number, table.name)
    problems: list[Problem] = []
    columns = plan.fields.get(record_type, {})
    specs = {s.key: s for s in FIELDS[record_type]}
    for index, cell in enumerate(row.cells):
        if cell is None or index == plan.type_column:
            continue
        key = columns.get(index)
        header = table.headers[index]
        if key is None:
            if mapping.columns.get(record_type, {}).get(header, "") is None:
                continue  # ignored on purpose
            if plan.type_column is not None:
                problems.append(Problem(row.number, header, _("this column does not apply to {type} records").format(
                    type=record_type), table.name))
            continue
        draft.columns[key] = header
        try:
            draft.values[key] = read_cell(specs[key], cell, mapping)
        except CellProblem as exc:
            problems.append(Problem(row.number, header, str(exc), table.name))
    for spec in FIELDS[record_type]:
        if spec.required and spec.key not in draft.values and not any(p.column == draft.columns.get(spec.key)
                                                                      for p in problems if p.column):
            problems.append(Problem(row.number, _column_of(plan, record_type, spec.key),
                                    _("\u201c{field}\u201d is empty; it is required").format(field=_(spec.label)),
                                    table.name))
    if not problems:
        problems = _shape_problems(draft)
    return (None if problems else draft), problems


def _column_of(plan: TablePlan, record_type: str, key: str) -> str:
    for index, mapped in plan.fields.get(record_type, {}).items():
        if mapped == key:
            return plan.table.headers[index]
    return ""


def _shape_problems(draft: Draft) -> list[Problem]:
    """Parts of a record that need each other: an item needs its quantity and unit, a consent its method."""
    v = draft.values
    out: list[Problem] = []
    if draft.record_type == "aid":
        if ("quantity" in v or "unit" in v) and "item" not in v:
            out.append(draft.problem("quantity", _("a quantity or unit without an item")))
        if "item" in v:
            for key in ("quantity", "unit"):
                if key not in v:
                    out.append(draft.problem("item", _("the item needs a quantity and a unit")))
                    break
    if draft.record_type == "testimony":
        if v.get("consents") and "consent_method" not in v:
            out.append(draft.problem("consents", _("consents need the method they were given by (oral, written…)")))
        incident_keys = ("incident_date", "incident_province", "facility_type", "incident_place", "perpetrator",
                         "victim_relation", "incident_description")
        if any(k in v for k in incident_keys) and not v.get("violation_types"):
            out.append(draft.problem(next(k for k in incident_keys if k in v),
                                     _("an incident needs at least one violation type")))
    if draft.record_type == "case" and "household_relation" in v and "household_ref" not in v:
        out.append(draft.problem("household_relation", _("a relation without the household member it links to")))
    return out


def record_data(draft: Draft, case_id: Any) -> dict[str, Any]:
    """The record's data (schema fields). `case_id(ref_text)` turns a reference cell into a case id."""
    v = draft.values
    if draft.record_type == "case":
        data = {k: v[k] for k in ("code", "alias", "sex", "birth_year", "province_of_origin", "situation",
                                  "vulnerabilities", "notes", "legal_name", "birth_date", "phone", "address")
                if k in v}
        if "code" in data:
            data["code"] = str(data["code"]).strip().upper()
        return data
    if draft.record_type == "aid":
        data = {k: v[k] for k in ("date", "category", "value", "currency", "province", "place", "notes") if k in v}
        data["case_id"] = case_id(v["case_ref"])
        data["items"] = ([{"name": v["item"], "quantity": v["quantity"], "unit": v["unit"]}]
                         if "item" in v else [])
        return data
    data = {k: v[k] for k in ("interview_date", "interviewer", "language", "interpreter", "source_type",
                              "narrative", "notes") if k in v}
    data["witness_case_id"] = case_id(v["witness_ref"])
    data["consents"] = [{"scope": scope, "given": True, "date": v.get("consent_date", v["interview_date"]),
                         "method": v["consent_method"]} for scope in v.get("consents", [])]
    data["incidents"] = []
    if v.get("violation_types"):
        incident: dict[str, Any] = {"violation_types": v["violation_types"],
                                    "victim_relation": v.get("victim_relation", "self"),
                                    "date": v.get("incident_date"), "perpetrator": v.get("perpetrator"),
                                    "description": v.get("incident_description", "")}
        if "facility_type" in v or "incident_province" in v or "incident_place" in v:
            kind = ("facility" if "facility_type" in v else
                    "dprk_province" if "incident_province" in v else "other")
            incident["place"] = {"kind": kind, "province": v.get("incident_province"),
                                 "facility_type": v.get("facility_type"), "name": v.get("incident_place", "")}
        data["incidents"].append(incident)
    return data


def _preview_value(spec: FieldSpec, value: Any) -> str:
    from intake_app.i18n import current_language

    if spec.identifying:
        return "\u25cf\u25cf\u25cf"   # identifying details are not shown in a preview
    if spec.kind is Kind.CHOICE and spec.list_name:
        return load_taxonomy().label(spec.list_name, value, current_language())
    if spec.kind is Kind.CHOICES and spec.list_name:
        lang = current_language()
        return ", ".join(load_taxonomy().label(spec.list_name, k, lang) for k in value)
    if spec.kind is Kind.PARTIAL_DATE:
        return f"{value['value']} ({value['precision']})"
    return str(value)


def preview(draft: Draft) -> list[tuple[str, str]]:
    """(field label, value as shown) for each filled field of the draft, identifying values hidden."""
    specs = {s.key: s for s in FIELDS[draft.record_type]}
    return [(_(specs[k].label), _preview_value(specs[k], value)) for k, value in draft.values.items()]
