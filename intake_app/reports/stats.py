"""Statistics over a period: counts by the dimensions a coordinator chooses, each person once per cell, with
small cells suppressed (see `suppression`). Core only: the CLI, the documents and the Reports page use it.

A table has the first dimension as its rows and every combination of the others as its columns, with row
totals (when there are columns), column totals and the grand total. Totals count distinct people (or
testimonies, incidents…) too, so a person with two violations is counted in both cells and once in the total.
"""

from __future__ import annotations

import operator
from collections import defaultdict
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any

from intake_app.domain.taxonomy import THEMES, VIOLATION_TYPES, load_taxonomy
from intake_app.i18n import N_, P_, _
from intake_app.reports import dataset
from intake_app.reports.dataset import UNKNOWN, Exclusions, Period
from intake_app.reports.errors import ReportError
from intake_app.reports.suppression import DEFAULT_K, Layout, Measure, Position, Protection, check_k, protect
from intake_app.vault.vault import Vault

Progress = Callable[[int, int], None]

# Dimension key -> (title, taxonomy list that labels its values, or None).
TESTIMONY_DIMENSIONS: dict[str, tuple[str, str | None]] = {
    "theme": (N_("UPR theme"), THEMES),
    "violation": (N_("Violation type"), VIOLATION_TYPES),
    "year": (N_("Year of incident"), None),
    "province": (N_("Province of origin"), "dprk_provinces"),
    "sex": (N_("Sex"), "sexes"),
    "age_band": (N_("Age at the incident"), None),
    "perpetrator": (N_("Perpetrator"), "perpetrators"),
    "place_kind": (N_("Place"), "place_kinds"),
    "situation": (N_("Situation"), "situations"),
}
AID_DIMENSIONS: dict[str, tuple[str, str | None]] = {
    "category": (N_("Aid category"), "aid_categories"),
    "month": (N_("Month"), None),
    "province": (N_("Province"), None),
    "currency": (N_("Currency"), "currencies"),
}
# Measure key -> (title, counts people).
TESTIMONY_MEASURES: dict[str, tuple[str, bool]] = {
    "victims": (N_("Victims (distinct people)"), True),
    "witnesses": (N_("Witnesses (distinct people)"), True),
    "testimonies": (N_("Testimonies"), False),
    "incidents": (N_("Incidents"), False),
    "events": (N_("Events"), False),
    "corroborated_events": (N_("Corroborated events (two or more independent witnesses)"), False),
}
AID_MEASURES: dict[str, tuple[str, bool]] = {
    "recipients": (N_("People who received aid"), True),
    "distributions": (N_("Aid distributions"), False),
}
MAX_DIMENSIONS = 3


@dataclass(frozen=True)
class StatsQuery:
    period: Period
    by: tuple[str, ...] = ("theme",)
    k: int = DEFAULT_K
    # dimension -> values kept (e.g. {"theme": {"health"}}); applied to each unit before counting.
    filters: dict[str, frozenset[str]] = field(default_factory=dict)

    @property
    def subject(self) -> str:
        return "aid" if any(d in AID_DIMENSIONS and d not in TESTIMONY_DIMENSIONS for d in self.by) else "testimony"


def parse_dimensions(spec: str) -> tuple[str, ...]:
    """`theme,year` -> ("theme", "year"); unknown, repeated or mixed dimensions are refused."""
    names = tuple(part.strip() for part in spec.split(",") if part.strip())
    if not names:
        raise ReportError(_("Name at least one dimension to count by."))
    known = set(TESTIMONY_DIMENSIONS) | set(AID_DIMENSIONS)
    for name in names:
        if name not in known:
            raise ReportError(_("Unknown dimension {name}. Choose from: {choices}.").format(
                name=name, choices=", ".join(sorted(known))))
    if len(set(names)) != len(names):
        raise ReportError(_("Each dimension may be named only once."))
    if len(names) > MAX_DIMENSIONS:
        raise ReportError(_("At most {n} dimensions can be crossed in one table.").format(n=MAX_DIMENSIONS))
    aid_only = [n for n in names if n not in TESTIMONY_DIMENSIONS]
    testimony_only = [n for n in names if n not in AID_DIMENSIONS]
    if aid_only and testimony_only:
        raise ReportError(_("{a} counts aid and {b} counts testimonies: they cannot be crossed.").format(
            a=aid_only[0], b=testimony_only[0]))
    return names


@dataclass
class StatsTable:
    measure: str
    title: str
    people: bool
    row_dim: str
    col_dims: tuple[str, ...]
    row_keys: list[str]
    col_keys: list[tuple[str, ...]]
    values: dict[Position, float]
    layout: Layout
    protection: Protection = field(default_factory=lambda: Protection(frozenset(), frozenset()))
    integer: bool = True

    def shown(self, pos: Position, k: int) -> str:
        """The published text of a position: the number, "<k", or "x" (hidden to protect another cell)."""
        if pos in self.protection.hidden:
            value = self.values.get(pos, 0)
            return f"<{k}" if self.people and 1 <= value < k and pos in self.protection.primary else "x"
        value = self.values.get(pos, 0)
        return str(int(value)) if self.integer else f"{value:.2f}"

    def published(self, pos: Position) -> float | None:
        return None if pos in self.protection.hidden else self.values.get(pos, 0)


@dataclass
class StatsReport:
    query: StatsQuery
    tables: list[StatsTable]
    included: int                 # testimonies (or aid distributions) counted
    exclusions: Exclusions
    labels: dict[str, dict[str, str]]   # dimension -> value -> label

    def notes(self) -> list[str]:
        """What is counted and what was left out, in the current language."""
        k = self.query.k
        out = [
            _("Period: {start} to {end}.").format(start=self.query.period.start, end=self.query.period.end),
            _("Each person is counted once in each cell, and once in each total, however many incidents, "
              "violations or testimonies concern them."),
            _("Cells with 1 to {last} people are shown as <{k}; cells marked x are hidden so that no small "
              "cell can be worked out from the totals.").format(last=k - 1, k=k),
        ]
        if self.query.subject == "testimony":
            n = self.included
            out.append(P_("Only testimonies whose \"anonymised statistics\" consent is in force are counted: "
                          "{n} testimony was counted.",
                          "Only testimonies whose \"anonymised statistics\" consent is in force are counted: "
                          "{n} testimonies were counted.", n).format(n=n))
            n = self.exclusions.no_consent
            out.append(P_("Left out: {n} testimony without that consent.",
                          "Left out: {n} testimonies without that consent.", n).format(n=n))
            n = self.exclusions.withdrawn
            out.append(P_("Left out: {n} testimony whose consent was withdrawn.",
                          "Left out: {n} testimonies whose consent was withdrawn.", n).format(n=n))
            out.append(_("A year-only date counts in its year; an undated incident counts as \"unknown\" and "
                         "belongs to the period of its interview."))
        else:
            out.append(P_("{n} aid distribution was counted.", "{n} aid distributions were counted.",
                          self.included).format(n=self.included))
        return out

    def label(self, dim: str, key: str) -> str:
        return self.labels.get(dim, {}).get(key, _("unknown") if key == UNKNOWN else key)


def _label_maps(dims: Sequence[str], subject: str, keys: dict[str, set[str]], lang: str) -> dict[str, dict[str, str]]:
    taxonomy = load_taxonomy()
    registry = AID_DIMENSIONS if subject == "aid" else TESTIMONY_DIMENSIONS
    out: dict[str, dict[str, str]] = {}
    for dim in dims:
        list_name = registry[dim][1]
        mapping = {}
        for key in keys.get(dim, set()):
            if key == UNKNOWN:
                mapping[key] = _("unknown")
            elif list_name is not None:
                try:
                    mapping[key] = taxonomy.label(list_name, key, lang)
                except KeyError:
                    mapping[key] = key
            else:
                mapping[key] = key
        out[dim] = mapping
    return out


def _order(dim: str, values: set[str]) -> list[str]:
    taxonomy = load_taxonomy()
    if dim == "theme":
        rank = {t.key: i for i, t in enumerate(taxonomy.themes)}
    elif dim == "violation":
        rank = {v.key: i for i, v in enumerate(taxonomy.violation_types)}
    elif dim == "age_band":
        rank = {b: i for i, b in enumerate(dataset.AGE_BANDS)}
    else:
        rank = {}
    return sorted(values, key=lambda v: (v == UNKNOWN, rank.get(v, len(rank)), v))


def all_theme_keys() -> list[str]:
    return [t.key for t in load_taxonomy().themes]


@dataclass(frozen=True)
class Loaded:
    """What a period's statistics read from the vault, to make several tables from one reading."""

    subject: str
    period: Period
    units: list[Any]
    included: int
    exclusions: Exclusions
    # The distinct sets of each violation type, once counted: a theme's are the union of its types' (each type
    # belongs to one theme), so a count by theme after one by violation type reads no unit again. A list of at
    # most one: filled by the first count by violation type of this reading.
    by_violation: list[CellSets] = field(default_factory=list, compare=False)


def load(vault: Vault, subject: str, period: Period, cancelled: Callable[[], bool] | None = None) -> Loaded:
    taxonomy = load_taxonomy()
    theme_of_violation = {v.key: v.theme for v in taxonomy.violation_types}

    def theme_of(violation: str) -> str:
        return theme_of_violation.get(violation, UNKNOWN)

    with vault.reading() as conn:
        if subject == "aid":
            aid = dataset.aid_units(conn, period)
            return Loaded(subject, period, list(aid), len(aid), Exclusions())
        units, testimonies, exclusions = dataset.incident_units(conn, period, theme_of, cancelled)
    return Loaded(subject, period, list(units), len(testimonies), exclusions)


def compute(vault: Vault, query: StatsQuery, *, lang: str = "en", progress: Progress | None = None,
            cancelled: Callable[[], bool] | None = None, loaded: Loaded | None = None) -> StatsReport:
    """The report for `query`; raises ReportError for a bad query and ReportCancelled when cancelled.

    `loaded`: what `load()` read for the same subject and period, to skip reading it again."""
    check_k(query.k)
    if progress:
        progress(0, 3)
    owned = loaded is None or loaded.subject != query.subject or loaded.period != query.period
    if owned:
        loaded = load(vault, query.subject, query.period, cancelled)
    assert loaded is not None  # noqa: S101 - for the type checker
    units, included, exclusions = loaded.units, loaded.included, loaded.exclusions
    if progress:
        progress(1, 3)
    for dim, keep in query.filters.items():
        value_of = _value_getter(query.subject, dim)
        units = [u for u in units if value_of(u) in keep]
    with dataset.no_collection_pauses():
        tables = _tables(query, units, None if query.filters else loaded.by_violation)
    keys: dict[str, set[str]] = defaultdict(set)
    if tables:
        keys[query.by[0]].update(tables[0].row_keys)  # rows with no unit (an empty theme) need labels too
        for combo in tables[0].col_keys:
            for dim, value in zip(query.by[1:], combo, strict=True):
                keys[dim].add(value)
    if progress:
        progress(2, 3)
    _protect_all(tables, query.k)
    if owned:
        release(loaded)
    if progress:
        progress(3, 3)
    return StatsReport(query, tables, included, exclusions, _label_maps(query.by, query.subject, keys, lang))


def release(loaded: Loaded, chunk: int = 20_000) -> None:
    """Frees what `load` read, a slice at a time. Freeing a quarter of a million units in one go is one long
    call that holds the interpreter lock (the window would stall); between slices other threads run."""
    units = loaded.units
    while units:
        del units[-chunk:]
    loaded.by_violation.clear()


def _value_getter(subject: str, dim: str) -> Callable[[Any], str]:
    if subject == "aid":
        return lambda unit: unit.dims[dim]
    return operator.itemgetter(dataset.DIMENSION_FIELDS[dim])


def _cell_getter(subject: str, dims: Sequence[str]) -> Callable[[Any], tuple[str, ...]]:
    """unit -> its values of `dims` (rows first), as a tuple."""
    if subject == "aid":
        return lambda unit: tuple(unit.dims[d] for d in dims)
    indexes = [dataset.DIMENSION_FIELDS[d] for d in dims]
    if len(indexes) == 1:
        only = indexes[0]
        return lambda unit: (unit[only],)
    return operator.itemgetter(*indexes)


# An IncidentUnit's fields that testimony measures count the distinct values of, in this order.
_SET_FIELDS = {"testimonies": 0, "incidents": 1, "events": 2, "witnesses": 3, "victims": 4}


@dataclass
class CellSets:
    """What testimony measures count: per cell, the distinct values of each of _SET_FIELDS; and the events
    that two or more independent witnesses told of (over all the units, so over every cell)."""

    cells: dict[tuple[str, ...], list[set[str]]]
    corroborated: set[str]


def _tables(query: StatsQuery, units: Sequence[Any], memo: list[CellSets] | None = None) -> list[StatsTable]:
    """The tables of the query: units are grouped by cell once; a total is the union of its cells' sets.

    `memo` (testimonies, no filter): the sets by violation type are kept there, and a count by theme alone
    is made from them."""
    row_dim, col_dims = query.by[0], query.by[1:]
    groups: dict[tuple[str, ...], Any]
    corroborated: set[str] = set()
    if query.subject == "aid":
        cell_of = _cell_getter(query.subject, query.by)
        groups = defaultdict(list)
        for unit in units:
            groups[cell_of(unit)].append(unit)
    else:
        if memo and query.by == ("theme",):
            counted = _themes_from_violations(memo[0])
        else:
            counted = _cell_sets(units, _cell_getter(query.subject, query.by))
            if memo is not None and query.by == ("violation",):
                memo[:] = [counted]
        groups, corroborated = counted.cells, counted.corroborated
    row_values = {cell[0] for cell in groups}
    col_values = {cell[1:] for cell in groups}
    if row_dim == "theme" and not query.filters:
        row_values |= set(all_theme_keys())  # every theme has a row, even an empty one
    row_keys = _order(row_dim, row_values)
    ranks = [{v: i for i, v in enumerate(_order(dim, {combo[j] for combo in col_values}))}
             for j, dim in enumerate(col_dims)]
    col_keys = sorted(col_values, key=lambda combo: tuple(ranks[j][v] for j, v in enumerate(combo))) or [()]
    row_index = {key: i for i, key in enumerate(row_keys)}
    col_index = {key: i for i, key in enumerate(col_keys)}
    layout = Layout(len(row_keys), len(col_keys), row_totals=bool(col_dims))
    cells = {(row_index[cell[0]], col_index[cell[1:]]): members for cell, members in groups.items()}
    if query.subject == "aid":
        return _aid_tables(cells, row_dim, col_dims, row_keys, col_keys, layout)
    return _testimony_tables(cells, corroborated, row_dim, col_dims, row_keys, col_keys, layout)


def _cell_sets(units: Sequence[dataset.IncidentUnit], cell_of: Callable[[Any], tuple[str, ...]]) -> CellSets:
    members: dict[tuple[str, ...], list[dataset.IncidentUnit]] = defaultdict(list)
    witnesses_of_event: dict[str, set[str]] = defaultdict(set)
    for unit in units:
        members[cell_of(unit)].append(unit)
        if unit.independent:
            witnesses_of_event[unit.event].add(unit.witness)
    return CellSets({cell: [{unit[i] for unit in group} for i in _SET_FIELDS.values()]
                     for cell, group in members.items()},
                    {e for e, w in witnesses_of_event.items() if len(w) >= 2})


def _themes_from_violations(by_violation: CellSets) -> CellSets:
    theme_of = {v.key: v.theme for v in load_taxonomy().violation_types}
    out: dict[tuple[str, ...], list[set[str]]] = {}
    for (violation,), sets in by_violation.cells.items():
        theme = (theme_of.get(violation, UNKNOWN),)
        if theme in out:
            for mine, more in zip(out[theme], sets, strict=True):
                mine |= more
        else:
            out[theme] = [set(found) for found in sets]  # copies: the memo's sets stay as they were
    return CellSets(out, by_violation.corroborated)


def _totals(cell_sets: dict[Position, set[str]], layout: Layout) -> dict[Position, set[str]]:
    """Cells and every total above them: column totals, row totals (when there are columns), the grand total."""
    out = dict(cell_sets)
    by_col: dict[int, list[set[str]]] = defaultdict(list)
    by_row: dict[int, list[set[str]]] = defaultdict(list)
    for (r, c), found in cell_sets.items():
        by_col[c].append(found)
        by_row[r].append(found)
    for c, parts in by_col.items():
        out[(layout.rows, c)] = set().union(*parts)
    if layout.row_totals:
        for r, parts in by_row.items():
            out[(r, layout.cols)] = set().union(*parts)
        out[(layout.rows, layout.cols)] = set().union(*cell_sets.values())
    return out


def _testimony_tables(cells: dict[Position, list[set[str]]], corroborated: set[str], row_dim: str,
                      col_dims: tuple[str, ...], row_keys: list[str], col_keys: list[tuple[str, ...]],
                      layout: Layout) -> list[StatsTable]:
    sets = {measure: _totals({pos: found[i] for pos, found in cells.items()}, layout)
            for i, measure in enumerate(_SET_FIELDS)}
    tables = []
    for measure, (title, people) in TESTIMONY_MEASURES.items():
        if measure == "corroborated_events":
            values = {pos: float(len(events & corroborated)) for pos, events in sets["events"].items()}
        else:
            values = {pos: float(len(found)) for pos, found in sets[measure].items()}
        tables.append(StatsTable(measure, title, people, row_dim, col_dims, row_keys, col_keys, values, layout))
    return tables


def _positions(pos: Position, layout: Layout) -> list[Position]:
    r, c = pos
    out = [(r, c), (layout.rows, c)]
    if layout.row_totals:
        out += [(r, layout.cols), (layout.rows, layout.cols)]
    return out


def _aid_tables(cells: dict[Position, list[dataset.AidUnit]], row_dim: str, col_dims: tuple[str, ...],
                row_keys: list[str], col_keys: list[tuple[str, ...]], layout: Layout) -> list[StatsTable]:
    recipients = _totals({pos: {u.recipient for u in members} for pos, members in cells.items()}, layout)
    distributions: dict[Position, int] = defaultdict(int)
    value_sums: dict[str, dict[Position, float]] = defaultdict(lambda: defaultdict(float))
    quantity_sums: dict[str, dict[Position, float]] = defaultdict(lambda: defaultdict(float))
    for cell, members in cells.items():
        for pos in _positions(cell, layout):
            for unit in members:
                distributions[pos] += 1
                if unit.value is not None and unit.currency:
                    value_sums[unit.currency][pos] += unit.value
                for measure_unit, quantity in unit.items:
                    quantity_sums[measure_unit][pos] += quantity
    tables = [
        StatsTable("recipients", AID_MEASURES["recipients"][0], True, row_dim, col_dims, row_keys, col_keys,
                   {p: float(len(s)) for p, s in recipients.items()}, layout),
        StatsTable("distributions", AID_MEASURES["distributions"][0], False, row_dim, col_dims, row_keys,
                   col_keys, {p: float(n) for p, n in distributions.items()}, layout),
    ]
    for currency in sorted(value_sums):
        tables.append(StatsTable(f"value_{currency}", N_("Value ({unit})"), False, row_dim, col_dims, row_keys,
                                 col_keys, dict(value_sums[currency]), layout, integer=False))
    for unit_name in sorted(quantity_sums):
        tables.append(StatsTable(f"quantity_{unit_name}", N_("Quantity ({unit})"), False, row_dim, col_dims,
                                 row_keys, col_keys, dict(quantity_sums[unit_name]), layout, integer=False))
    return tables


def table_title(table: StatsTable) -> str:
    unit = table.measure.partition("_")[2] if table.measure.startswith(("value_", "quantity_")) else ""
    return _(table.title).format(unit=unit) if unit else _(table.title)


def _protect_all(tables: list[StatsTable], k: int) -> None:
    """One hiding pattern for all the tables of a report, so no table gives away a cell another hides."""
    if not tables:
        return
    layout = tables[0].layout
    measures = [Measure(t.values, people=t.people, integer=t.integer,
                        guarded=t.integer and t.measure != "corroborated_events") for t in tables]
    protection = protect(layout, measures, k)
    for table in tables:
        table.protection = protection
