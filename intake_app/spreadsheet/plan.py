"""Put a spreadsheet and a mapping together: the record type of each table or row, and the field of
each column. A column that maps to nothing and is not ignored is an error that names it."""

from __future__ import annotations

from dataclasses import dataclass, field

from intake_app.i18n import _
from intake_app.spreadsheet.fields import FIELDS, IMPORT_TYPES
from intake_app.spreadsheet.mapping import Mapping, is_type_column, match_field, match_type, suggest_field
from intake_app.spreadsheet.reading import Spreadsheet, Table


@dataclass(frozen=True)
class Problem:
    """One reason a row (or a column, with row 0) cannot be imported."""

    row: int
    column: str
    reason: str
    sheet: str = ""

    def text(self) -> str:
        parts = []
        if self.sheet:
            parts.append(_("Sheet \u201c{sheet}\u201d").format(sheet=self.sheet))
        if self.row:
            parts.append(_("Row {n}").format(n=self.row))
        if self.column:
            parts.append((_("column \u201c{column}\u201d") if parts else _("Column \u201c{column}\u201d")).format(
                column=self.column))
        if not parts:
            return self.reason
        # The separator between the parts of a place in a file ("Row 3, column “Sex”").
        return _("{where}: {reason}").format(where=_(", ").join(parts), reason=self.reason)


@dataclass
class TablePlan:
    table: Table
    record_type: str | None                 # None: each row names its type in the type column
    type_column: int | None = None
    # Per record type: column index -> field key (only mapped, non-empty columns).
    fields: dict[str, dict[int, str]] = field(default_factory=dict)


@dataclass
class ImportPlan:
    tables: list[TablePlan]
    mapping: Mapping                        # the mapping in use, with what was recognised by itself
    problems: list[Problem] = field(default_factory=list)

    @property
    def row_count(self) -> int:
        return sum(len(t.table.rows) for t in self.tables)


def _filled_columns(table: Table) -> set[int]:
    filled: set[int] = set()
    for row in table.rows:
        filled.update(i for i, c in enumerate(row.cells) if c is not None)
    return filled


def table_type(table: Table, mapping: Mapping) -> str | None:
    """The record type of a whole table: named in the mapping, by the sheet's name, or the default."""
    if table.name and table.name in mapping.sheets:
        return mapping.sheets[table.name]
    if table.name and (found := match_type(table.name)):
        return found
    return mapping.record_type


def type_column_of(table: Table, mapping: Mapping) -> int | None:
    if mapping.type_column and mapping.type_column in table.headers:
        return table.column(mapping.type_column)
    if mapping.type_column:
        return None
    return next((i for i, h in enumerate(table.headers) if is_type_column(h)), None)


def make_plan(sheet: Spreadsheet, mapping: Mapping) -> ImportPlan:
    """Resolve types and columns; the plan's problems say what is missing (nothing is read from rows yet)."""
    used = Mapping(record_type=mapping.record_type, sheets=dict(mapping.sheets), type_column=mapping.type_column,
                   columns={t: dict(c) for t, c in mapping.columns.items()},
                   values={n: dict(v) for n, v in mapping.values.items()})
    plan = ImportPlan(tables=[], mapping=used)
    if not sheet.tables:
        plan.problems.append(Problem(0, "", _("the file holds no rows to import")))
    for table in sheet.tables:
        type_col = type_column_of(table, mapping)
        record_type = None if type_col is not None else table_type(table, mapping)
        if type_col is None and record_type is None:
            plan.problems.append(Problem(0, "", _("it does not say which kind of records this is: "
                                                  "choose case, aid or testimony (--type)"), table.name))
            continue
        if type_col is not None:
            used.type_column = table.headers[type_col]
        elif table.name:
            used.sheets[table.name] = record_type
        tplan = TablePlan(table=table, record_type=record_type, type_column=type_col)
        types: list[str] = [record_type] if record_type is not None else list(IMPORT_TYPES)
        filled = _filled_columns(table)
        for rtype in types:
            columns = used.columns.setdefault(rtype, {})
            tplan.fields[rtype] = {}
            for index, header in enumerate(table.headers):
                if index == type_col or index not in filled:
                    continue
                if header in columns:
                    key = columns[header]
                else:
                    key = match_field(rtype, header)
                    if key is not None:
                        columns[header] = key
                if key is not None:
                    tplan.fields[rtype][index] = key
        for index, header in enumerate(table.headers):
            if index == type_col or index not in filled:
                continue
            if not any(index in tplan.fields[t] or header in used.columns.get(t, {})
                       for t in types):
                hint = suggest_field(types[0], header) if len(types) == 1 else None
                reason = _("no field of the record matches this header; map it to a field or ignore it")
                if hint:
                    spec = next(f for f in FIELDS[types[0]] if f.key == hint)
                    reason += " " + _("(perhaps \u201c{field}\u201d?)").format(field=spec.shown_label())
                plan.problems.append(Problem(0, header, reason, table.name))
        for rtype in types:
            mapped = set(tplan.fields[rtype].values())
            if len(types) == 1:
                for spec in FIELDS[rtype]:
                    if spec.required and spec.key not in mapped:
                        plan.problems.append(Problem(0, "", _("no column gives the required field "
                                                              "\u201c{field}\u201d").format(field=_(spec.label)),
                                                     table.name))
            duplicates = {k for k in mapped if list(tplan.fields[rtype].values()).count(k) > 1}
            for key in sorted(duplicates):
                plan.problems.append(Problem(0, "", _("two columns give the same field {field}").format(field=key),
                                             table.name))
        plan.tables.append(tplan)
    return plan
