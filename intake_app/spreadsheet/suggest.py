"""What the import wizard proposes: a field for each column and a taxonomy key for each cell value.

Exact matches (a field's key or label, a value's key or label, in any of the four languages) are marked
as such; close ones are only suggestions, shown for the user to confirm or change. Nothing here
decides on its own: the user's choices become a `Mapping`.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from intake_app.spreadsheet.convert import cell_text
from intake_app.spreadsheet.fields import FIELDS, IMPORT_TYPES, FieldSpec, Kind
from intake_app.spreadsheet.mapping import (
    Mapping,
    looks_like_type_column,
    match_field,
    match_value,
    normalise,
    split_choices,
    suggest_field,
    suggest_value,
)
from intake_app.spreadsheet.plan import table_type, type_column_of
from intake_app.spreadsheet.reading import Spreadsheet, Table

MAX_VALUES_PER_LIST = 500
_SAMPLE_ROWS = 3


@dataclass
class ColumnChoice:
    header: str
    field: str | None          # the field key proposed (None: no proposal, or ignore)
    exact: bool                # recognised by itself, not just close
    sample: str                # a few cells, to recognise the column by
    is_type_column: bool = False


@dataclass
class ValueChoice:
    list_name: str
    text: str
    key: str | None
    exact: bool
    count: int = 0


@dataclass
class TableChoices:
    table: Table
    record_type: str | None            # None: a type column names the type of each row
    columns: list[ColumnChoice] = field(default_factory=list)


def fields_for(record_type: str | None) -> list[FieldSpec]:
    """The fields a column of such a table may fill (all types' for a table with a type column)."""
    if record_type is not None:
        return list(FIELDS[record_type])
    seen: dict[str, FieldSpec] = {}
    for rtype in IMPORT_TYPES:
        for spec in FIELDS[rtype]:
            seen.setdefault(spec.key, spec)
    return list(seen.values())


def _match(record_type: str | None, header: str, *, fuzzy: bool) -> str | None:
    types = [record_type] if record_type else list(IMPORT_TYPES)
    for rtype in types:
        found = (suggest_field if fuzzy else match_field)(rtype, header)
        if found:
            return found
    return None


def column_choices(sheet: Spreadsheet, mapping: Mapping) -> list[TableChoices]:
    out = []
    for table in sheet.tables:
        type_col = type_column_of(table, mapping)
        if type_col is None and table_type(table, mapping) is None:
            type_col = next((i for i, h in enumerate(table.headers) if looks_like_type_column(h)), None)
        record_type = None if type_col is not None else table_type(table, mapping)
        choices = TableChoices(table, record_type)
        for index, header in enumerate(table.headers):
            cells = [r.cells[index] for r in table.rows if r.cells[index] is not None]
            sample = ", ".join(cell_text(c) for c in cells[:_SAMPLE_ROWS])
            if index == type_col:
                choices.columns.append(ColumnChoice(header, None, True, sample, is_type_column=True))
                continue
            saved = next((mapping.columns[t][header] for t in ([record_type] if record_type else IMPORT_TYPES)
                          if header in mapping.columns.get(t, {})), "")  # type: ignore[index]
            if saved != "":
                choices.columns.append(ColumnChoice(header, saved, True, sample))
                continue
            exact = _match(record_type, header, fuzzy=False)
            key = exact or (_match(record_type, header, fuzzy=True) if cells else None)
            choices.columns.append(ColumnChoice(header, key, exact is not None, sample))
        out.append(choices)
    return out


def value_choices(tables: list[TableChoices], mapping: Mapping) -> list[ValueChoice]:
    """Each distinct cell text of the columns chosen for list fields, with its proposed key."""
    found: dict[tuple[str, str], ValueChoice] = {}
    for choices in tables:
        specs = {s.key: s for s in fields_for(choices.record_type)}
        for index, column in enumerate(choices.columns):
            spec = specs.get(column.field or "")
            if spec is None or spec.list_name is None or spec.kind not in (Kind.CHOICE, Kind.CHOICES):
                continue
            for row in choices.table.rows:
                cell = row.cells[index]
                if cell is None:
                    continue
                parts = split_choices(cell_text(cell)) if spec.kind is Kind.CHOICES else [cell_text(cell)]
                for part in parts:
                    item = (spec.list_name, normalise(part))
                    if item in found:
                        found[item].count += 1
                        continue
                    if sum(1 for k in found if k[0] == spec.list_name) >= MAX_VALUES_PER_LIST:
                        continue
                    saved = mapping.value_for(spec.list_name, part)
                    exact = saved or match_value(spec.list_name, part)
                    key = exact or suggest_value(spec.list_name, part)
                    found[item] = ValueChoice(spec.list_name, part, key, exact is not None, 1)
    return sorted(found.values(), key=lambda v: (v.list_name, v.exact, v.text))


def build_mapping(base: Mapping, tables: list[TableChoices], columns: dict[tuple[int, str], str | None],
                  values: list[ValueChoice]) -> Mapping:
    """The mapping the user confirmed: `columns[(table index, header)]` is a field key or None (ignore)."""
    mapping = Mapping(record_type=base.record_type, sheets=dict(base.sheets), type_column=base.type_column)
    for t_index, choices in enumerate(tables):
        if choices.table.name and choices.record_type:
            mapping.sheets[choices.table.name] = choices.record_type
        types = [choices.record_type] if choices.record_type else list(IMPORT_TYPES)
        for column in choices.columns:
            if column.is_type_column:
                mapping.type_column = column.header
                continue
            key = columns.get((t_index, column.header), column.field)
            for rtype in types:
                known = {s.key for s in FIELDS[rtype]}
                if key is None or key in known:
                    mapping.columns.setdefault(rtype, {})[column.header] = key
    for value in values:
        if value.key:
            mapping.values.setdefault(value.list_name, {})[normalise(value.text)] = value.key
    return mapping
