"""The suppression attacker: solve a published table's equations over the integers and try to pin a hidden cell."""

from __future__ import annotations

import random

import pytest

from intake_app.errors import ValidationFailed
from intake_app.reports.suppression import Layout, Measure, Position, check_k, protect


def additive_table(rng: random.Random, rows: int, cols: int, two_way: bool) -> tuple[Layout, dict[Position, int]]:
    layout = Layout(rows, cols, two_way)
    values: dict[Position, int] = {}
    for r in range(rows):
        for c in range(cols):
            values[(r, c)] = rng.choice([0, 0, 1, 1, 2, 3, 4, 5, 6, 8, 11, 15])
    for c in range(cols):
        values[(rows, c)] = sum(values[(r, c)] for r in range(rows))
    if two_way:
        for r in range(rows):
            values[(r, cols)] = sum(values[(r, c)] for c in range(cols))
        values[(rows, cols)] = sum(values[(r, cols)] for r in range(rows))
    return layout, values


def equations(layout: Layout) -> list[tuple[list[Position], Position]]:
    """(parts, total) for every published sum."""
    rows, cols = layout.rows, layout.cols
    eqs = [([(r, c) for r in range(rows)], (rows, c)) for c in range(cols)]
    if layout.row_totals:
        eqs += [([(r, c) for c in range(cols)], (r, cols)) for r in range(rows)]
        eqs += [([(rows, c) for c in range(cols)], (rows, cols))]
        eqs += [([(r, cols) for r in range(rows)], (rows, cols))]
    return eqs


def attack(layout: Layout, values: dict[Position, int], hidden: set[Position], primary: set[Position],
           k: int) -> dict[Position, set[int]]:
    """Every value each hidden position takes over all integer tables that fit what is published.

    A reader knows "<k" cells are 1..k-1 and any other hidden cell is 0 or at least k. Depth-first search:
    an equation with one unknown left forces it; otherwise branch on the unknown with the fewest values.
    Stops once every hidden cell has been seen with two values.
    """
    eqs = equations(layout)
    # Hidden totals have no upper limit a reader knows; a generous finite one keeps the search finite.
    bound = 2 * max(values.values()) + k
    domains = {p: (set(range(1, k)) if p in primary else {0, *range(k, bound + 1)}) for p in hidden}
    seen: dict[Position, set[int]] = {p: set() for p in hidden}

    def value(assign: dict[Position, int], p: Position) -> int | None:
        return assign.get(p) if p in hidden else values[p]

    def propagate(assign: dict[Position, int]) -> bool:
        changed = True
        while changed:
            changed = False
            for parts, total in eqs:
                terms = [(p, 1) for p in parts] + [(total, -1)]
                unknown = [(p, sign) for p, sign in terms if value(assign, p) is None]
                known = sum(sign * value(assign, p) for p, sign in terms if value(assign, p) is not None)
                if not unknown:
                    if known != 0:
                        return False
                elif len(unknown) == 1:
                    p, sign = unknown[0]
                    v = -known * sign
                    if v not in domains[p]:
                        return False
                    assign[p] = v
                    changed = True
                elif all(sign == 1 for _p, sign in unknown) and known > 0:
                    return False   # the parts already exceed their total
        return True

    def done() -> bool:
        return all(len(v) >= 2 for v in seen.values())

    def search(assign: dict[Position, int]) -> None:
        if done():
            return
        assign = dict(assign)
        if not propagate(assign):
            return
        free = [p for p in hidden if p not in assign]
        if not free:
            for p, v in assign.items():
                seen[p].add(v)
            return
        pos = min(free, key=lambda p: (len(domains[p]), p))
        for v in sorted(domains[pos]):
            search({**assign, pos: v})
            if done():
                return

    search({})
    return seen


@pytest.mark.parametrize("seed", range(60))
def test_no_hidden_cell_is_recovered_exactly(seed: int) -> None:
    rng = random.Random(seed)
    two_way = seed % 4 != 0
    layout, values = additive_table(rng, rng.randint(2, 4), rng.randint(2, 4) if two_way else 1, two_way)
    k = rng.choice([3, 4, 5])
    protection = protect(layout, [Measure(dict(values), people=True)], k)
    hidden = set(protection.hidden)
    for pos in layout.positions():
        if 1 <= values[pos] < k:
            assert pos in protection.primary          # every small cell is hidden
    if protection.withheld or not hidden:
        return
    solutions = attack(layout, values, hidden, set(protection.primary), k)
    if any(len(found) < 2 for found in solutions.values()):
        # The search ran to the end: the real table must be among its solutions (the model is sound).
        assert all(values[pos] in solutions[pos] for pos in hidden)
    for pos in hidden:
        assert len(solutions[pos]) >= 2, f"hidden cell {pos} recovered exactly"


def test_a_lone_small_cell_gets_a_partner_in_its_row_and_column() -> None:
    layout = Layout(2, 2, True)
    values = {(0, 0): 2, (0, 1): 10, (1, 0): 9, (1, 1): 12}
    values |= {(2, 0): 11, (2, 1): 22, (0, 2): 12, (1, 2): 21, (2, 2): 33}
    protection = protect(layout, [Measure(values, people=True)], 5)
    assert protection.primary == {(0, 0)}
    assert len(protection.hidden) >= 4   # a cycle: two in its row, two in its column


def test_a_table_without_small_cells_hides_nothing() -> None:
    layout = Layout(2, 1, False)
    protection = protect(layout, [Measure({(0, 0): 7, (1, 0): 9, (2, 0): 16}, people=True)], 5)
    assert not protection.hidden


@pytest.mark.parametrize("k", [2, 1, 0, -4])
def test_k_below_three_is_refused(k: int) -> None:
    with pytest.raises(ValidationFailed):
        check_k(k)
