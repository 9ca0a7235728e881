"""Full-text search and filters over the vault, each an index lookup (FTS5 or the facet table)."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from intake_app.vault.indexing import fts_query
from intake_app.vault.records import ORDERS, RecordRow
from intake_app.vault.vault import Vault

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


def _where(query: SearchQuery) -> tuple[str, list[Any]]:
    clauses = ["r.deleted = 0"]
    args: list[Any] = []
    match = fts_query(query.text) if query.text else None
    if match:
        clauses.append("r.rid IN (SELECT rowid FROM records_fts WHERE records_fts MATCH ?)")
        args.append(match)
    if query.types:
        clauses.append(f"r.type IN ({', '.join('?' * len(query.types))})")
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


def explain(vault: Vault, query: SearchQuery) -> list[str]:
    """SQLite's query plan, so a test can prove no filter scans every row."""
    where, args = _where(query)
    with vault.reading() as conn:
        rows = conn.execute(f"EXPLAIN QUERY PLAN SELECT r.id FROM records r WHERE {where}", args).fetchall()  # noqa: S608
    return [str(r[-1]) for r in rows]
