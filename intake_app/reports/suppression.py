"""Small-cell suppression with complementary suppression, for tables published with their totals.

A table is a grid of positions: interior cells (r, c), row totals (r, C) when published, column totals
(R, c) and the grand total. Every published number a reader sees gives the reader an equation: the cells
of a row sum to its total, and so on. A cell with 1 to k-1 people (primary) is shown as "<k"; then more
cells are hidden (complementary) until no hidden value can be worked out exactly from what is shown.

Why the test below is exact: write the table with its totals negated (y = cell, -total, +grand) so that
every row and column of y sums to zero. Another table fitting everything shown differs from the real
one by a circulation, which splits into cycles over hidden positions alternating +1 and -1 along rows and
columns, each step keeping every hidden value inside what the reader knows of it ("<k" means 1..k-1; a
hidden cell of k or more people stays at k or more). So a hidden value is ambiguous exactly when such a
unit cycle passes through it: a path search in a small directed graph (cells as edges between row and
column nodes) decides it, for every measure of the table (people, testimonies, incidents, sums).
"""

from __future__ import annotations

import math
from collections import deque
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from intake_app.errors import ValidationFailed
from intake_app.i18n import _

MIN_K = 3
DEFAULT_K = 5

Position = tuple[int, int]


def check_k(k: int) -> int:
    if k < MIN_K:
        raise ValidationFailed(
            _("The smallest cell shown must be at least {min}; {k} would expose small groups.").format(
                min=MIN_K, k=k))
    return k


@dataclass(frozen=True)
class Layout:
    """Rows 0..R-1 and columns 0..C-1 inside; R is the totals row, C the totals column (if `row_totals`)."""

    rows: int
    cols: int
    row_totals: bool

    def positions(self) -> list[Position]:
        out = [(r, c) for r in range(self.rows) for c in range(self.cols)]
        out += [(self.rows, c) for c in range(self.cols)]
        if self.row_totals:
            out += [(r, self.cols) for r in range(self.rows)] + [(self.rows, self.cols)]
        return out

    def is_total(self, pos: Position) -> bool:
        return pos[0] == self.rows or pos[1] == self.cols

    def row_node(self, pos: Position) -> tuple[str, int]:
        # Without row totals a row gives no equation: every row is one free node.
        return ("r", pos[0]) if self.row_totals else ("r", -1)

    @staticmethod
    def col_node(pos: Position) -> tuple[str, int]:
        return ("c", pos[1])

    def sign(self, pos: Position) -> int:
        r_total, c_total = pos[0] == self.rows, self.row_totals and pos[1] == self.cols
        return 1 if r_total == c_total else -1


@dataclass(frozen=True)
class Measure:
    """One published number per position; `people` measures decide what is small."""

    values: dict[Position, float]
    people: bool = False
    integer: bool = True
    # Whether a reader working this measure out exactly would learn something about the people in a cell:
    # testimonies, incidents and events are upper limits on the victims; a sum of money or a count of
    # corroborated events is not, and need not be kept ambiguous.
    guarded: bool = True


@dataclass(frozen=True)
class Protection:
    primary: frozenset[Position]
    complementary: frozenset[Position]
    withheld: bool = False   # nothing could be shown safely: every number is hidden

    @property
    def hidden(self) -> frozenset[Position]:
        return self.primary | self.complementary


def _bounds(measure: Measure, pos: Position, k: int, people_at: float) -> tuple[float, float]:
    """What a reader knows of a hidden value."""
    value = measure.values.get(pos, 0)
    if measure.people:
        return (1, k - 1) if 1 <= value <= k - 1 else (k, math.inf)
    return (1 if people_at > 0 else 0, math.inf)


def _can_move(value: float, lo: float, hi: float, step: float) -> tuple[bool, bool]:
    return value + step <= hi, value - step >= lo


def _path_exists(edges: dict[tuple[str, int], list[tuple[tuple[str, int], Position]]], start: tuple[str, int],
                 goal: tuple[str, int], skip: Position) -> bool:
    seen = {start}
    queue = deque([start])
    while queue:
        node = queue.popleft()
        if node == goal:
            return True
        for nxt, pos in edges.get(node, ()):
            if pos != skip and nxt not in seen:
                seen.add(nxt)
                queue.append(nxt)
    return False


def exact_positions(layout: Layout, measures: Sequence[Measure], hidden: Iterable[Position],
                    primary: frozenset[Position], k: int) -> list[Position]:
    """Hidden positions whose value some measure lets a reader compute exactly from what is shown."""
    hidden = sorted(set(hidden))
    people = [m for m in measures if m.people]
    exact: set[Position] = set()
    for measure in measures:
        if not measure.guarded:
            continue
        step = 1
        edges: dict[tuple[str, int], list[tuple[tuple[str, int], Position]]] = {}
        moves: dict[Position, tuple[bool, bool]] = {}
        for pos in hidden:
            people_at = max((p.values.get(pos, 0) for p in people), default=0)
            lo, hi = _bounds(measure, pos, k, people_at)
            up, down = _can_move(measure.values.get(pos, 0), lo, hi, step)
            if layout.sign(pos) < 0:
                up, down = down, up   # in y (negated totals) "up" lowers the total
            moves[pos] = (up, down)
            row, col = layout.row_node(pos), layout.col_node(pos)
            if up:
                edges.setdefault(row, []).append((col, pos))
            if down:
                edges.setdefault(col, []).append((row, pos))
        for pos in hidden:
            up, down = moves[pos]
            row, col = layout.row_node(pos), layout.col_node(pos)
            ambiguous = (up and _path_exists(edges, col, row, pos)) or (down and _path_exists(edges, row, col, pos))
            if not ambiguous:
                exact.add(pos)
    return sorted(exact)


def protect(layout: Layout, measures: Sequence[Measure], k: int = DEFAULT_K) -> Protection:
    """Choose what to hide: every position with 1..k-1 people, and enough others that nothing is exact."""
    check_k(k)
    people = [m for m in measures if m.people]
    positions = layout.positions()

    def people_counts(pos: Position) -> list[float]:
        return [m.values.get(pos, 0) for m in people]

    primary = frozenset(p for p in positions if any(1 <= v <= k - 1 for v in people_counts(p)))
    hidden = set(primary)
    if not primary:
        return Protection(primary, frozenset())
    while True:
        exact = exact_positions(layout, measures, hidden, primary, k)
        if not exact:
            return Protection(primary, frozenset(hidden - primary))
        target = exact[0]
        lines = (layout.row_node(target), layout.col_node(target))
        candidates = [p for p in positions if p not in hidden and min(people_counts(p), default=0) >= k]
        near = [p for p in candidates if layout.row_node(p) in lines or layout.col_node(p) in lines]
        pool = near or candidates
        if not pool:
            return Protection(primary, frozenset(set(positions) - primary), withheld=True)

        def cost(pos: Position) -> tuple[int, float, Position]:
            return (int(layout.is_total(pos)), sum(people_counts(pos)), pos)

        pool.sort(key=cost)
        choice = pool[0]
        for pos in pool:
            if target not in exact_positions(layout, measures, hidden | {pos}, primary, k):
                choice = pos
                break
        hidden.add(choice)
