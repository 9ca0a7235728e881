"""Full-text search and filters over the vault, each an index lookup (FTS5 or the facet table).

Every word typed must match, each either in the record itself (its words and the labels of its
taxonomy values, in all four languages) or in the alias or code of the case it belongs to: "Ajumma"
finds the case Ajumma and her aid and testimonies, "Ajumma torture" only her testimonies of torture.
The case's names are joined at query time (never copied into its records), so a renamed case is
found by its new alias only, at once, with nothing to re-index.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from intake_app.vault.indexing import fts_query, fts_terms
from intake_app.vault.records import ORDERS, RecordRow
from intake_app.vault.vault import Vault

# Beyond this many words, a search looks in the records' own words only (one FTS5 query), as SQLite's
# expression depth would not take one join per word of a pasted paragraph.
MAX_LINKED_TERMS = 32
# Each word: the record's own text, or the names column of a case whose aid or testimony it is
# (the records a case's `case` facet points to).
# CROSS JOIN fixes the order: from the few cases whose names match to their records, never the reverse
# (a walk over every aid and testimony's `case` facet).
_TERM = ("r.rid IN (SELECT rowid FROM records_fts WHERE records_fts MATCH ?"
         " UNION SELECT f.rid FROM records_fts n CROSS JOIN records c CROSS JOIN record_facets f"
         " WHERE n.records_fts MATCH ? AND c.rid = n.rowid AND f.facet = 'case' AND f.value = c.id)")
# Results shown grouped: cases first, then aid, then testimonies (then anything else), as on the page.
TYPE_GROUPS = ("case", "aid", "testimony")
_GROUP_RANK = ("CASE r.type " + " ".join(f"WHEN '{t}' THEN {i}" for i, t in enumerate(TYPE_GROUPS))
               + f" ELSE {len(TYPE_GROUPS)} END")

FACETS = ("aid_category", "violation", "province", "situation", "consent", "perpetrator", "source_type",
          "vulnerability", "case", "source_reliability", "information_credibility")


@dataclass
class SearchQuery:
    text: str = ""
    types: tuple[str, ...] = ()
    date_from: str | None = None
    date_to: str | None = None
    facets: dict[str, str] = field(default_factory=dict)  # e.g. {"violation": "torture"}
    limit: int = 200
    offset: int = 0
    # Sort like RecordStore.list_rows (a key of records.ORDERS); the default is the most recent first.
    order: str = "updated"
    descending: bool = True
    # Cases first, then aid, then testimonies, each group in `order`.
    group_by_type: bool = False


def _where(query: SearchQuery) -> tuple[str, list[Any]]:
    clauses = ["r.deleted = 0"]
    args: list[Any] = []
    terms = fts_terms(query.text) if query.text else []
    if len(terms) > MAX_LINKED_TERMS:
        clauses.append("r.rid IN (SELECT rowid FROM records_fts WHERE records_fts MATCH ?)")
        args.append(fts_query(query.text))
    else:
        for term in terms:
            clauses.append(_TERM)
            args.extend((term, f"names : {term}"))
    if query.types:
        # With words to match, the matches lead (a `+` keeps SQLite from walking every record of the
        # types instead); without, the type index does.
        plus = "+" if terms else ""
        clauses.append(f"{plus}r.type IN ({', '.join('?' * len(query.types))})")
        args.extend(query.types)
    if query.date_from:
        clauses.append("r.event_date >= ?")
        args.append(query.date_from)
    if query.date_to:
        clauses.append("r.event_date <= ?")
        args.append(query.date_to)
    for facet, value in sorted(query.facets.items()):
        if facet not in FACETS:
            raise ValueError(f"unknown filter {facet!r}")
        clauses.append("r.rid IN (SELECT rid FROM record_facets WHERE facet = ? AND value = ?)")
        args.extend((facet, value))
    return " AND ".join(clauses), args


def search(vault: Vault, query: SearchQuery) -> list[RecordRow]:
    where, args = _where(query)
    # `where` is built from fixed fragments; every value in it is a bound parameter.
    direction = " DESC" if query.descending else ""
    order_sql = ", ".join("r." + part + direction for part in ORDERS[query.order].split(", "))
    if query.group_by_type:
        order_sql = f"{_GROUP_RANK}, {order_sql}"
    sql = ("SELECT r.id, r.type, r.label, r.event_date, r.updated_at, r.deleted, r.rid, r.created_at,"  # noqa: S608
           " r.origin_device FROM records r"
           f" WHERE {where} ORDER BY {order_sql} LIMIT ? OFFSET ?")
    with vault.reading() as conn:
        rows = conn.execute(sql, [*args, query.limit, query.offset]).fetchall()
    return [RecordRow(r[0], r[1], r[2], r[3], r[4], bool(r[5]), r[6], r[7], r[8]) for r in rows]


def count(vault: Vault, query: SearchQuery) -> int:
    where, args = _where(query)
    with vault.reading() as conn:
        return int(conn.execute(f"SELECT count(*) FROM records r WHERE {where}", args).fetchone()[0])  # noqa: S608


def count_by_type(vault: Vault, query: SearchQuery) -> dict[str, int]:
    """How many records of each type match (types with none are left out)."""
    where, args = _where(query)
    with vault.reading() as conn:
        rows = conn.execute(f"SELECT r.type, count(*) FROM records r WHERE {where} GROUP BY r.type",  # noqa: S608
                            args).fetchall()
    return {str(kind): int(n) for kind, n in rows}


def explain(vault: Vault, query: SearchQuery) -> list[str]:
    """SQLite's query plan, so a test can prove no filter scans every row."""
    where, args = _where(query)
    with vault.reading() as conn:
        rows = conn.execute(f"EXPLAIN QUERY PLAN SELECT r.id FROM records r WHERE {where}", args).fetchall()  # noqa: S608
    return [str(r[-1]) for r in rows]
