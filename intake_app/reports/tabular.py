"""Tables as CSV (UTF-8 with a BOM, so Excel reads Korean right), XLSX and JSON, built in memory as bytes.

The caller writes the bytes to the one file the user chose; nothing here touches the disk. XlsxWriter runs
with `in_memory` (no temporary files: with constant_memory it would spill rows to the temp folder).
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterable, Sequence
from typing import Any

from intake_app.i18n import _
from intake_app.reports.stats import StatsReport, StatsTable, table_title

BOM = "\ufeff"
# A spreadsheet treats a cell beginning with these as a formula (or, for tab and CR, may shift it into one).
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def escape_cell(value: Any) -> Any:
    """Text that a spreadsheet would run as a formula gets a leading apostrophe; numbers stay numbers."""
    if isinstance(value, str) and value.startswith(_FORMULA_START):
        return "'" + value
    return value


def csv_bytes(rows: Iterable[Sequence[Any]]) -> bytes:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    for row in rows:
        writer.writerow(["" if v is None else escape_cell(v if not isinstance(v, float) or not v.is_integer()
                                                           else int(v)) for v in row])
    return (BOM + out.getvalue()).encode("utf-8")


def xlsx_bytes(sheets: Sequence[tuple[str, Sequence[Sequence[Any]]]]) -> bytes:
    """One worksheet per (name, rows); the first row of each is its header."""
    import xlsxwriter

    buffer = io.BytesIO()
    # in_memory: never a temporary file; strings_to_formulas off: text stays text whatever it begins with.
    book = xlsxwriter.Workbook(buffer, {"in_memory": True, "constant_memory": False,
                                        "strings_to_formulas": False, "strings_to_urls": False})
    bold = book.add_format({"bold": True})
    used: set[str] = set()
    for name, rows in sheets:
        sheet = book.add_worksheet(_sheet_name(name, used))
        for r, row in enumerate(rows):
            for c, value in enumerate(row):
                if value is None:
                    continue
                if isinstance(value, int | float) and not isinstance(value, bool):
                    sheet.write_number(r, c, value, bold if r == 0 else None)
                else:
                    sheet.write_string(r, c, str(escape_cell(str(value))), bold if r == 0 else None)
        if rows:
            sheet.freeze_panes(1, 0)
    book.close()
    return buffer.getvalue()


def _sheet_name(name: str, used: set[str]) -> str:
    # Excel: at most 31 characters, none of []:*?/\ , unique within the book.
    clean = "".join("_" if ch in "[]:*?/\\" else ch for ch in name)[:28] or "sheet"
    candidate, n = clean, 2
    while candidate.lower() in used:
        candidate, n = f"{clean[:26]}~{n}", n + 1
    used.add(candidate.lower())
    return candidate


# -- statistics ----------------------------------------------------------------------------------------------


def table_rows(report: StatsReport, table: StatsTable) -> list[list[Any]]:
    """The published table as rows: a header, one row per row value, the totals row. Hidden cells as text."""
    k = report.query.k
    layout = table.layout
    dims = report.labels

    def col_label(combo: tuple[str, ...]) -> str:
        return " / ".join(dims.get(d, {}).get(v, v) for d, v in zip(table.col_dims, combo, strict=True))

    header: list[Any] = [_dim_title(report, table.row_dim)]
    if table.col_dims:
        header += [col_label(c) for c in table.col_keys] + [_("Total")]
    else:
        header.append(table_title(table))
    rows = [header]
    for r, key in enumerate([*table.row_keys, None]):
        label = _("Total") if key is None else report.label(table.row_dim, key)
        cells = [_value(table, (r, c), k) for c in range(layout.cols)]
        if layout.row_totals:
            cells.append(_value(table, (r, layout.cols), k))
        rows.append([label, *cells])
    return rows


def _dim_title(report: StatsReport, dim: str) -> str:
    from intake_app.reports.stats import AID_DIMENSIONS, TESTIMONY_DIMENSIONS

    registry = AID_DIMENSIONS if report.query.subject == "aid" else TESTIMONY_DIMENSIONS
    return _(registry[dim][0])


def _value(table: StatsTable, pos: tuple[int, int], k: int) -> Any:
    shown = table.published(pos)
    if shown is None:
        return table.shown(pos, k)
    return int(shown) if table.integer else round(shown, 2)


def stats_csv(report: StatsReport) -> bytes:
    rows: list[list[Any]] = []
    for note in report.notes():
        rows.append([note])
    for table in report.tables:
        rows.append([])
        rows.append([table_title(table)])
        rows.extend(table_rows(report, table))
    return csv_bytes(rows)


def stats_xlsx(report: StatsReport) -> bytes:
    sheets: list[tuple[str, Sequence[Sequence[Any]]]] = [(_("Notes"), [[n] for n in report.notes()])]
    sheets += [(table_title(t), table_rows(report, t)) for t in report.tables]
    return xlsx_bytes(sheets)


def stats_json(report: StatsReport) -> bytes:
    k = report.query.k
    doc = {
        "period": {"from": report.query.period.start, "to": report.query.period.end},
        "by": list(report.query.by),
        "min_cell": k,
        "counted": report.included,
        "left_out": {"no_consent": report.exclusions.no_consent, "withdrawn": report.exclusions.withdrawn},
        "notes": report.notes(),
        "tables": [_table_json(report, t, k) for t in report.tables],
    }
    return (json.dumps(doc, ensure_ascii=False, indent=2) + "\n").encode("utf-8")


def _table_json(report: StatsReport, table: StatsTable, k: int) -> dict[str, Any]:
    layout = table.layout
    cells = []
    for r, key in enumerate([*table.row_keys, None]):
        for c, combo in enumerate([*table.col_keys, None] if layout.row_totals else table.col_keys):
            if key is None and combo is None and not layout.row_totals:
                continue
            cells.append({
                table.row_dim: key if key is not None else "total",
                **({d: (combo[i] if combo is not None else "total") for i, d in enumerate(table.col_dims)}),
                "value": _value(table, (r, c), k),
            })
    return {"measure": table.measure, "title": table_title(table), "counts_people": table.people,
            "rows": table.row_dim, "columns": list(table.col_dims), "cells": cells}


STATS_WRITERS = {"csv": stats_csv, "xlsx": stats_xlsx, "json": stats_json}
