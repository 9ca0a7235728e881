"""Search over 10,000 records against plain SQLite FTS5 in the same run, what the taxonomy labels and the
case names add to the index, and how long existing vaults take to get the new index (`make bench`).

Ratios and figures are printed; nothing here asserts a time.
"""

from __future__ import annotations

import sqlite3
import time
from pathlib import Path

from intake_app.demo import populate
from intake_app.vault.indexing import fts_query, fts_text, index_entry
from intake_app.vault.records import RecordStore, canonical_json
from intake_app.vault.schema_search import migrate_search_index
from intake_app.vault.search import SearchQuery, count_by_type, search
from intake_app.vault.vault import Vault
from tests.bench.bench_vault import demo_envelopes
from tests.conftest import PASSPHRASE

N_RECORDS = 10_000
ROUNDS = 30
TYPES = ("case", "aid", "testimony")


def _own_words(env: dict) -> str:
    """The text the index held before it had labels and names (alias, code and notes for a case)."""
    data = env["data"]
    if env["type"] == "case":
        return "\n".join([data["alias"], data["code"], data.get("notes", "")])
    if env["type"] == "testimony":
        return "\n".join([data.get("narrative", ""), data.get("notes", ""),
                          *(i.get("description", "") for i in data.get("incidents", []))])
    return "\n".join([*(i["name"] for i in data.get("items", [])), data.get("place", ""), data.get("notes", "")])


def _fts_bytes(envelopes: list[dict], text_of) -> int:
    """Size of a plain FTS5 index of the given texts (unencrypted, in memory)."""
    conn = sqlite3.connect(":memory:")
    conn.execute("CREATE VIRTUAL TABLE f USING fts5(text, content='', tokenize='unicode61 remove_diacritics 2')")
    conn.executemany("INSERT INTO f (rowid, text) VALUES (?, ?)",
                     [(i, text_of(env)) for i, env in enumerate(envelopes, 1)])
    conn.execute("INSERT INTO f (f) VALUES ('optimize')")
    size = conn.execute("SELECT sum(length(block)) FROM f_data").fetchone()[0]
    conn.close()
    return int(size)


def _plain_search(path: Path, envelopes: list[dict], words: list[str]) -> dict[str, float]:
    """The ceiling: plain SQLite (no encryption, no join to the cases' names) with an FTS5 index of the
    same words, labels and names; a first page of 200 and the count per type, as the page asks."""
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("CREATE TABLE records (rid INTEGER PRIMARY KEY, type TEXT, updated_at TEXT, body TEXT)")
    conn.execute("CREATE VIRTUAL TABLE fts USING fts5(text)")
    conn.execute("BEGIN")
    for env in envelopes:
        cur = conn.execute("INSERT INTO records (type, updated_at, body) VALUES (?, ?, ?)",
                           (env["type"], env["updated_at"], canonical_json(env)))
        entry = index_entry(env)
        conn.execute("INSERT INTO fts (rowid, text) VALUES (?, ?)",
                     (cur.lastrowid, fts_text(entry.text + "\n" + entry.names)))
    conn.execute("COMMIT")
    out = {}
    for word in words:
        match = fts_query(word)
        start = time.perf_counter()
        for _ in range(ROUNDS):
            conn.execute("SELECT rid FROM records WHERE rid IN (SELECT rowid FROM fts WHERE fts MATCH ?)"
                         " ORDER BY updated_at DESC LIMIT 200", (match,)).fetchall()
            conn.execute("SELECT type, count(*) FROM records WHERE rid IN (SELECT rowid FROM fts WHERE fts MATCH ?)"
                         " GROUP BY type", (match,)).fetchall()
        out[word] = (time.perf_counter() - start) / ROUNDS
    conn.close()
    return out


def _vault_search(vault: Vault, words: list[str]) -> dict[str, tuple[float, int]]:
    out = {}
    for word in words:
        query = SearchQuery(text=word, types=TYPES, group_by_type=True, limit=200)
        start = time.perf_counter()
        for _ in range(ROUNDS):
            search(vault, query)
            found = sum(count_by_type(vault, query).values())
        out[word] = ((time.perf_counter() - start) / ROUNDS, found)
    return out


def test_search_with_labels_and_names(tmp_path: Path) -> None:
    envelopes = demo_envelopes(N_RECORDS, spread_updates=True)
    alias = next(e["data"]["alias"] for e in envelopes if e["type"] == "case")
    words = ["torture", "고문", "beaten", alias, f"{alias.split()[0]} torture"]

    old_size = _fts_bytes(envelopes, lambda env: fts_text(_own_words(env)))
    new_size = _fts_bytes(envelopes, lambda env: fts_text(index_entry(env).text + "\n" + index_entry(env).names))
    plain = _plain_search(tmp_path / "plain.db", envelopes, words)

    vault, _ = Vault.create(tmp_path / "vault", PASSPHRASE)
    store = RecordStore(vault)
    with vault.transaction() as conn:
        for env in envelopes:
            store.write_envelope(conn, env, vault.next_change_seq(conn))
    timed = _vault_search(vault, words)
    start = time.perf_counter()
    with vault.transaction() as conn:
        migrate_search_index(conn)
    migrate_s = time.perf_counter() - start
    vault.close()

    demo, _ = Vault.create(tmp_path / "demo", PASSPHRASE)
    counts = populate(demo, 120)  # what `make demo` builds
    start = time.perf_counter()
    with demo.transaction() as conn:
        migrate_search_index(conn)
    demo_s = time.perf_counter() - start
    demo.close()

    print()
    print(f"search bench: {len(envelopes)} records (first page of 200 grouped by type, and the count per type)")
    for word in words:
        seconds, found = timed[word]
        print(f"  {word!r:28} plain FTS5 {plain[word] * 1e3:6.2f} ms, vault {seconds * 1e3:6.2f} ms "
              f"({found} found)  ratio {plain[word] / seconds:.2f}x")
    print(f"  index size (plain FTS5, unencrypted): own words {old_size / 1e6:.2f} MB, with labels and names "
          f"{new_size / 1e6:.2f} MB ({new_size / old_size:.2f}x)")
    print(f"  rebuilding the index (the schema step) for {len(envelopes)} records: {migrate_s:.2f} s")
    print(f"  rebuilding the index for the demo vault ({sum(counts.values())} records): {demo_s * 1e3:.0f} ms")
