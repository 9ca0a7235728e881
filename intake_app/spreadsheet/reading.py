"""Read a spreadsheet file into tables of cells, from memory.

CSV: the encoding is found (a UTF-8 byte order mark, strict UTF-8, else the East Asian code pages that
decode the bytes, weighed by charset-normalizer; when two stay plausible the reader refuses and asks
for the encoding), then the delimiter. XLSX: openpyxl in read-only mode over the bytes in memory, so no
temporary file ever holds the content; formula cells give the value Excel saved with them and are never
evaluated. Merged header cells are spread over the columns they cover, and a title row above the
headers is passed over.
"""

from __future__ import annotations

import codecs
import csv
import io
import time
import unicodedata
import zipfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, NamedTuple

from intake_app.errors import ValidationFailed
from intake_app.i18n import _

MAX_FILE_BYTES = 256 << 20
MAX_UNPACKED_BYTES = 1 << 30
MAX_ROWS = 1_000_000
MAX_COLUMNS = 500
_SAMPLE_BYTES = 256 << 10
_HEADER_SEARCH_ROWS = 6
# The code pages Korean, Japanese and Chinese offices export from Excel. cp949 includes EUC-KR, cp932
# includes Shift_JIS (with the Windows extras Excel writes), GB18030 includes GBK and GB2312.
EAST_ASIAN_ENCODINGS: tuple[str, ...] = ("cp949", "cp932", "gb18030")
_ENCODING_NAMES = {"cp949": "CP949 (EUC-KR)", "cp932": "Shift_JIS", "gb18030": "GB18030"}

Cell = object  # str, int, float, bool, datetime, or None for an empty cell


class SpreadsheetError(ValidationFailed):
    """The file cannot be read as a spreadsheet; nothing was written."""


class EncodingUnsure(SpreadsheetError):
    """The bytes fit more than one encoding (or none): the user must name it."""

    def __init__(self, candidates: list[str]) -> None:
        names = ", ".join(_ENCODING_NAMES.get(c, c) for c in candidates)
        if candidates:
            message = _("The text encoding of this file is not certain (it could be {names}). "
                        "Name it with --encoding, e.g. --encoding cp949, shift_jis or gb18030.").format(names=names)
        else:
            message = _("The text encoding of this file is not one this app recognises. "
                        "Name it with --encoding, e.g. --encoding cp949, shift_jis or gb18030.")
        super().__init__(message)
        self.candidates = candidates


class Row(NamedTuple):
    """A row as a tuple of plain values: a large file's rows hold no object the garbage collector must
    keep scanning (a long collection would freeze the window during an import)."""

    number: int           # as a spreadsheet program shows it (1 = the first row of the file)
    cells: tuple[Cell, ...]


@dataclass
class Table:
    name: str             # the sheet's name; empty for a CSV file
    headers: list[str]    # one per column, unique; an empty header becomes "Column C"
    rows: list[Row] = field(default_factory=list)
    header_row: int = 1

    def column(self, header: str) -> int:
        return self.headers.index(header)


@dataclass
class Spreadsheet:
    tables: list[Table]
    encoding: str | None = None   # for CSV: the encoding used
    delimiter: str | None = None


def read_spreadsheet(path: Path, *, encoding: str | None = None) -> Spreadsheet:
    """Read `path` (.csv or .xlsx) entirely into memory."""
    suffix = path.suffix.lower()
    if suffix not in (".csv", ".xlsx", ".tsv", ".txt"):
        raise SpreadsheetError(_("Only .csv and .xlsx files can be imported as spreadsheets."))
    try:
        with path.open("rb") as fh:
            data = fh.read(MAX_FILE_BYTES + 1)
    except OSError as exc:
        raise SpreadsheetError(_("Cannot read {path}: {reason}").format(path=path, reason=exc.strerror)) from exc
    if len(data) > MAX_FILE_BYTES:
        raise SpreadsheetError(_("The file is too large to import (more than {n} MB).").format(
            n=MAX_FILE_BYTES >> 20))
    if suffix == ".xlsx":
        return read_xlsx(data)
    return read_csv(data, encoding=encoding)


# -- CSV ---------------------------------------------------------------------------------------------------


def detect_encoding(data: bytes) -> str:
    """The encoding of CSV bytes; EncodingUnsure when it cannot be told with confidence."""
    if data.startswith(codecs.BOM_UTF8):
        return "utf-8-sig"
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return "utf-16"
    sample = _sample(data)
    try:
        sample.decode("utf-8")
        return "utf-8"
    except UnicodeDecodeError:
        pass
    candidates = []
    for name in EAST_ASIAN_ENCODINGS:
        try:
            text = sample.decode(name)
        except UnicodeDecodeError:
            continue
        if _plausible(text):
            candidates.append(name)
    if len(candidates) == 1:
        return candidates[0]
    if not candidates:
        raise EncodingUnsure([])
    return _weigh(sample, candidates)


def _plausible(text: str) -> bool:
    """No spreadsheet holds control or private-use characters: a code page that yields them (cp932 maps
    stray bytes such as 0x80 and 0xFF to them) is the wrong one."""
    return not any(unicodedata.category(ch) in ("Cc", "Co") and ch not in "\t\r\n" for ch in text)


def _sample(data: bytes) -> bytes:
    """The start of the file, cut at a line end so that no character is split."""
    if len(data) <= _SAMPLE_BYTES:
        return data
    cut = data.rfind(b"\n", 0, _SAMPLE_BYTES)
    return data[: cut + 1] if cut > 0 else data[:_SAMPLE_BYTES]


def _weigh(sample: bytes, candidates: list[str]) -> str:
    """Several code pages decode the bytes: keep the one whose text reads as a language, if only one does."""
    from charset_normalizer import from_bytes

    aliases = {"cp949": "cp949", "cp932": "cp932", "shift_jis": "cp932", "gb18030": "gb18030"}
    matches = sorted(from_bytes(sample, cp_isolation=candidates), key=lambda m: (m.chaos, -m.coherence))
    found = [(aliases.get(m.encoding, m.encoding), m.chaos, m.coherence) for m in matches]
    found = [f for f in found if f[0] in candidates]
    if not found:
        raise EncodingUnsure(candidates)
    best = found[0]
    # Two readings almost equally clean: a guess could turn every name into nonsense, so ask.
    if len(found) > 1 and found[1][1] - best[1] < 0.05 and best[2] - found[1][2] < 0.05:
        raise EncodingUnsure([f[0] for f in found])
    return best[0]


def _delimiter(text: str) -> str:
    lines = [line for line in text[:_SAMPLE_BYTES].splitlines() if line.strip()][:20]
    if not lines:
        return ","
    try:
        return csv.Sniffer().sniff("\n".join(lines), delimiters=",;\t|").delimiter
    except csv.Error:
        pass
    # The delimiter appears the same number of times on most lines; the comma when nothing does.
    best, best_score = ",", 0
    for candidate in (",", ";", "\t", "|"):
        counts = [line.count(candidate) for line in lines]
        score = max(counts.count(c) for c in set(counts)) if any(counts) else 0
        if score > best_score:
            best, best_score = candidate, score
    return best


def read_csv(data: bytes, *, encoding: str | None = None) -> Spreadsheet:
    if encoding:
        try:
            codecs.lookup(encoding)
        except LookupError as exc:
            raise SpreadsheetError(_("Unknown text encoding {name}.").format(name=encoding)) from exc
        name = "utf-8-sig" if codecs.lookup(encoding).name == "utf-8" else encoding
    else:
        name = detect_encoding(data)
    try:
        text = data.decode(name)
    except UnicodeDecodeError as exc:
        raise SpreadsheetError(_("The file is not valid {encoding} text (byte {n}); name the right encoding "
                                 "with --encoding.").format(encoding=name, n=exc.start)) from exc
    delimiter = _delimiter(text)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    raw: list[list[Cell]] = []
    try:
        for cells in reader:
            if len(raw) % 1000 == 0:
                time.sleep(0)  # let a window's thread run (see importer.run_import)
            if len(raw) >= MAX_ROWS:
                raise SpreadsheetError(_("The file has more than {n} rows.").format(n=MAX_ROWS))
            raw.append([_clean(c) for c in cells[:MAX_COLUMNS]])
    except csv.Error as exc:
        raise SpreadsheetError(_("Row {n}: the file is not valid CSV ({detail}).").format(
            n=len(raw) + 1, detail=exc)) from exc
    table = build_table("", raw, merges=[])
    return Spreadsheet([table] if table else [], encoding=name, delimiter=delimiter)


def _clean(cell: Cell) -> Cell:
    if isinstance(cell, str):
        cell = cell.strip()
        return cell or None
    return cell


# -- XLSX --------------------------------------------------------------------------------------------------


def read_xlsx(data: bytes) -> Spreadsheet:
    import openpyxl

    buffer = io.BytesIO(data)
    try:
        with zipfile.ZipFile(buffer) as archive:
            if sum(info.file_size for info in archive.infolist()) > MAX_UNPACKED_BYTES:
                raise SpreadsheetError(_("The file is too large to import once unpacked."))
    except zipfile.BadZipFile as exc:
        raise SpreadsheetError(_("This is not an .xlsx file, or it is damaged.")) from exc
    buffer.seek(0)
    try:
        # data_only: a formula cell gives the value saved with it; openpyxl never computes formulas.
        book = openpyxl.load_workbook(buffer, read_only=True, data_only=True, keep_links=False)
    except Exception as exc:  # openpyxl raises many kinds on a damaged or foreign file
        raise SpreadsheetError(_("This is not an .xlsx file, or it is damaged.")) from exc
    try:
        return Spreadsheet(_read_sheets(book, buffer))
    except SpreadsheetError:
        raise
    except Exception as exc:  # a damaged or hostile sheet (e.g. XML entities, refused by defusedxml)
        raise SpreadsheetError(_("This is not an .xlsx file, or it is damaged.")) from exc
    finally:
        book.close()


def _read_sheets(book: Any, buffer: io.BytesIO) -> list[Table]:
    tables = []
    for sheet in book.worksheets:
        merges = _merged_ranges(buffer, getattr(sheet, "_worksheet_path", ""))
        raw: list[list[Cell]] = []
        for values in sheet.iter_rows(values_only=True, max_col=MAX_COLUMNS):
            if len(raw) % 1000 == 0:
                time.sleep(0)  # let a window's thread run (see importer.run_import)
            if len(raw) >= MAX_ROWS:
                raise SpreadsheetError(_("The file has more than {n} rows.").format(n=MAX_ROWS))
            raw.append([_clean(v) for v in values])
        table = build_table(sheet.title, raw, merges=merges)
        if table is not None:
            tables.append(table)
    return tables


def _merged_ranges(buffer: io.BytesIO, sheet_path: str) -> list[tuple[int, int, int, int]]:
    """(min_row, min_col, max_row, max_col) of each merged range: read-only mode does not report them."""
    from openpyxl.utils.cell import range_boundaries
    from openpyxl.xml.functions import iterparse

    if not sheet_path:
        return []
    found = []
    with zipfile.ZipFile(buffer) as archive:
        try:
            stream = archive.open(sheet_path.lstrip("/"))
        except KeyError:
            return []
        with stream:
            for _event, element in iterparse(stream):
                if element.tag.endswith("}mergeCell") and element.get("ref"):
                    min_col, min_row, max_col, max_row = range_boundaries(element.get("ref"))
                    found.append((min_row, min_col, max_row, max_col))
                element.clear()
    return found


# -- headers ------------------------------------------------------------------------------------------------


def _column_letter(index: int) -> str:
    from openpyxl.utils.cell import get_column_letter

    return get_column_letter(index + 1)


def build_table(name: str, raw: list[list[Cell]], *, merges: list[tuple[int, int, int, int]]) -> Table | None:
    """Find the header row, spread merged header cells, and keep the data rows (blank ones dropped)."""
    # Read-only XLSX rows come padded to the widest column asked for: trailing empty cells are no column.
    width = max((max((i + 1 for i, c in enumerate(r) if c is not None), default=0) for r in raw), default=0)
    rows = [(r + [None] * (width - len(r)))[:width] for r in raw]
    first_filled = next((i for i, r in enumerate(rows) if any(c is not None for c in r)), None)
    if first_filled is None:
        return None
    top = first_filled + _HEADER_SEARCH_ROWS
    # A merged cell holds its value in its first cell only: spread it over the header area it covers.
    for min_row, min_col, max_row, max_col in merges:
        if min_row - 1 >= top or min_row - 1 >= len(rows):
            continue
        value = rows[min_row - 1][min_col - 1] if min_col - 1 < width else None
        for r in range(min_row - 1, min(max_row, top, len(rows))):
            for c in range(min_col - 1, min(max_col, width)):
                rows[r][c] = value
    header_index = _header_index(rows, first_filled, top)
    group = rows[header_index - 1] if header_index > first_filled else None
    headers = _headers(rows[header_index], group)
    table = Table(name=name, headers=headers, header_row=header_index + 1)
    for index in range(header_index + 1, len(rows)):
        cells = rows[index]
        if any(c is not None for c in cells):
            table.rows.append(Row(index + 1, tuple(cells)))
    return table


def _distinct(row: list[Cell]) -> set[str]:
    return {str(c) for c in row if c is not None}


def _header_index(rows: list[list[Cell]], first: int, top: int) -> int:
    """The header row: the first row of several different labels (a one-value title row is passed over)."""
    candidates = range(first, min(top, len(rows)))
    for index in candidates:
        if len(_distinct(rows[index])) >= 2 or (index + 1 >= len(rows)):
            # A group row (merged cells over sub-headers) sits above the real labels.
            below = rows[index + 1] if index + 1 < len(rows) else None
            if below is not None and _is_group_row(rows[index], below):
                return index + 1
            return index
    return first


def _is_group_row(row: list[Cell], below: list[Cell]) -> bool:
    """A row of repeated merged labels above a row of text labels (e.g. "Incident" over "date", "place")."""
    runs = sum(1 for i in range(1, len(row)) if row[i] is not None and row[i] == row[i - 1])
    labels_below = [c for c in below if c is not None]
    return runs > 0 and len(labels_below) >= 2 and all(isinstance(c, str) for c in labels_below) and len(
        _distinct(below)) > len(_distinct(row))


def _headers(row: list[Cell], group: list[Cell] | None) -> list[str]:
    headers: list[str] = []
    seen: dict[str, int] = {}
    for index, cell in enumerate(row):
        label = "" if cell is None else " ".join(str(cell).split())
        above = "" if group is None or group[index] is None else " ".join(str(group[index]).split())
        if above and label and above != label and label in seen:
            label = f"{above} {label}"
        elif above and not label:
            label = above
        if not label:
            label = _("Column {letter}").format(letter=_column_letter(index))
        if label in seen:
            seen[label] += 1
            label = f"{label} ({seen[label]})"
        seen.setdefault(label, 1)
        headers.append(label)
    return headers

