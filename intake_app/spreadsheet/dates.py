"""Dates as people type them in spreadsheets, read to the precision they carry.

`2019-03-14`, `2019/3/14`, `2019.03.14`, `2019年3月14日`, `2019년 3월 14일` are days; `2019-03`, `2019.03`,
`2019年3月`, `2019년 3월`, `March 2019` are months; `2019`, `2019年`, `2019년` are years. A leading
`ca.`, `about`, `약`, `頃`/`ごろ`, `约`/`左右` makes the date approximate. Day-first forms such as
`14/03/2019` are read only when they cannot be misread (a day above 12); otherwise they are refused,
never guessed.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
import unicodedata
from dataclasses import dataclass

from intake_app.i18n import _

_MONTHS = {name.casefold(): i for i, name in enumerate(calendar.month_name) if name}
_MONTHS.update({name.casefold(): i for i, name in enumerate(calendar.month_abbr) if name})
_APPROX = re.compile(r"^(?:ca\.?|c\.|about|approx\.?|approximately|around|약|대략|およそ|約|约|大约)\s*|"
                     r"\s*(?:경|쯤|頃|ごろ|左右|前后)$", re.IGNORECASE)
_YMD = re.compile(r"^(\d{4})\s*[-/.年년]\s*(\d{1,2})\s*[-/.月월]\s*(\d{1,2})\s*[日일.]?$")
_YM = re.compile(r"^(\d{4})\s*[-/.年년]\s*(\d{1,2})\s*[月월.]?$")
_Y = re.compile(r"^(\d{4})\s*[年년]?$")
_DMY = re.compile(r"^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$")
_MONTH_NAME = re.compile(r"^([A-Za-z]+)\.?,?\s+(\d{4})$")
_ISO_TIME = re.compile(r"^(\d{4}-\d{2}-\d{2})[T ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?$")


class DateProblem(ValueError):
    pass


@dataclass(frozen=True)
class ReadDate:
    value: str       # 2019, 2019-03 or 2019-03-14
    precision: str   # day, month, year or approximate (the keys of the date_precisions list)


def _day(year: int, month: int, day: int) -> str:
    try:
        return dt.date(year, month, day).isoformat()
    except ValueError as exc:
        raise DateProblem(_("{y}-{m}-{d} is not a date in the calendar").format(y=year, m=month, d=day)) from exc


def _month(year: int, month: int) -> str:
    if not 1 <= month <= 12:
        raise DateProblem(_("there is no month {m}").format(m=month))
    return f"{year:04d}-{month:02d}"


def read_date(cell: object) -> ReadDate:
    """The date in a cell (text, or a date from an XLSX file); DateProblem with a reason if none."""
    if isinstance(cell, dt.datetime):
        return ReadDate(cell.date().isoformat(), "day")
    if isinstance(cell, dt.date):
        return ReadDate(cell.isoformat(), "day")
    if isinstance(cell, int | float) and not isinstance(cell, bool) and 1900 <= cell <= 2100 and cell == int(cell):
        return ReadDate(f"{int(cell):04d}", "year")
    if isinstance(cell, float):
        # Excel turns a typed 2019.10 into the number 2019.1: two decimals give back what was typed.
        cell = f"{cell:.2f}"
    text = unicodedata.normalize("NFKC", str(cell)).strip()
    stripped = _APPROX.sub("", text).strip()
    approximate = stripped != text
    found = _read_exact(stripped)
    if found is None:
        raise DateProblem(_("\u201c{text}\u201d is not a date this app can read (write it as YYYY-MM-DD, "
                            "YYYY-MM or YYYY)").format(text=text))
    return ReadDate(found.value, "approximate") if approximate else found


def _read_exact(text: str) -> ReadDate | None:
    if m := _ISO_TIME.match(text):
        text = m.group(1)
    if m := _YMD.match(text):
        return ReadDate(_day(int(m[1]), int(m[2]), int(m[3])), "day")
    if m := _YM.match(text):
        return ReadDate(_month(int(m[1]), int(m[2])), "month")
    if m := _Y.match(text):
        return ReadDate(m[1], "year")
    if m := _MONTH_NAME.match(text):
        month = _MONTHS.get(m[1].casefold())
        return ReadDate(_month(int(m[2]), month), "month") if month else None
    if m := _DMY.match(text):
        first, second, year = int(m[1]), int(m[2]), int(m[3])
        if first > 12 >= second:
            return ReadDate(_day(year, second, first), "day")
        if second > 12 >= first:
            return ReadDate(_day(year, first, second), "day")
        raise DateProblem(_("\u201c{text}\u201d could be read day first or month first: write it as "
                            "YYYY-MM-DD").format(text=text))
    return None


def read_day(cell: object) -> str:
    """A date that must be a full day (an aid distribution, an interview)."""
    found = read_date(cell)
    if found.precision != "day":
        raise DateProblem(_("\u201c{text}\u201d has no day: this field needs the full date").format(text=cell))
    return found.value
