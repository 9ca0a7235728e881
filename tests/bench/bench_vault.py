"""Vault speed as ratios against plain SQLite doing the same work in the same run (`make bench`).

Ratios, not seconds, so a noisy machine still gives comparable figures. Nothing here asserts a time.
"""

from __future__ import annotations

import json
import random
import sqlite3
import time
import uuid
from pathlib import Path

from intake_app.crypto import kdf
from intake_app.demo_data import generate_demo_records
from intake_app.vault.records import RecordStore, canonical_json
from intake_app.vault.search import SearchQuery, count
from intake_app.vault.vault import Vault
from tests.conftest import PASSPHRASE

N_RECORDS = 5_000


def demo_envelopes(n: int, *, spread_updates: bool = False) -> list[dict]:
    """`n` demo records as one device's versions; `spread_updates`: each a second after the last (so that
    an order by time means something), else all at the same instant."""
    out = []
    device = str(uuid.uuid4())
    for i, record in enumerate(generate_demo_records(random.Random(1), n // 4)):
        env = record.to_envelope()
        updated = f"2026-01-01T00:{i // 60 % 60:02d}:{i % 60:02d}Z" if spread_updates else "2026-01-01T00:00:00Z"
        env.update(version={"device": device, "counter": i + 1}, created_at="2026-01-01T00:00:00Z",
                   updated_at=updated, origin_device=device)
        out.append(env)
    return out[:n]


def _plain_sqlite(path: Path, envelopes: list[dict]) -> tuple[float, float]:
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("PRAGMA synchronous = FULL")
    conn.execute("CREATE TABLE records (rid INTEGER PRIMARY KEY, id TEXT UNIQUE, type TEXT, body TEXT)")
    conn.execute("CREATE VIRTUAL TABLE fts USING fts5(text)")
    start = time.perf_counter()
    conn.execute("BEGIN")
    for env in envelopes:
        cur = conn.execute("INSERT INTO records (id, type, body) VALUES (?, ?, ?)",
                           (env["id"], env["type"], canonical_json(env)))
        conn.execute("INSERT INTO fts (rowid, text) VALUES (?, ?)", (cur.lastrowid, json.dumps(env["data"])))
    conn.execute("COMMIT")
    write_s = time.perf_counter() - start
    start = time.perf_counter()
    for _ in range(200):
        conn.execute("SELECT count(*) FROM records WHERE rid IN (SELECT rowid FROM fts WHERE fts MATCH ?)",
                     ('"holding"*',)).fetchone()
    search_s = (time.perf_counter() - start) / 200
    conn.close()
    return write_s, search_s


def test_vault_against_plain_sqlite(tmp_path: Path) -> None:
    envelopes = demo_envelopes(N_RECORDS)
    plain_write, plain_search = _plain_sqlite(tmp_path / "plain.db", envelopes)

    vault, _ = Vault.create(tmp_path / "vault", PASSPHRASE)
    store = RecordStore(vault)
    start = time.perf_counter()
    with vault.transaction() as conn:
        for env in envelopes:
            store.write_envelope(conn, env, vault.next_change_seq(conn))
    raw_write = time.perf_counter() - start

    records = list(generate_demo_records(random.Random(2), 250))
    start = time.perf_counter()
    with vault.transaction():
        for record in records:
            store.save(record)
    save_each = (time.perf_counter() - start) / len(records)

    start = time.perf_counter()
    for _ in range(200):
        count(vault, SearchQuery(text="holding"))
    vault_search = (time.perf_counter() - start) / 200
    start = time.perf_counter()
    for _ in range(200):
        count(vault, SearchQuery(facets={"violation": "torture"}, types=("testimony",)))
    facet_search = (time.perf_counter() - start) / 200
    vault.close()

    start = time.perf_counter()
    kdf.derive_key(PASSPHRASE.encode(), bytes(16), kdf.DEFAULT_PARAMS)  # what every unlock costs
    unlock_s = time.perf_counter() - start

    print()
    print(f"vault bench: {len(envelopes)} records")
    print(f"  plain SQLite write (WAL, FULL, FTS5): {plain_write * 1e6 / len(envelopes):8.1f} us/record")
    print(f"  vault storage write (SQLCipher, facets, FTS, lineage): "
          f"{raw_write * 1e6 / len(envelopes):8.1f} us/record  ratio {plain_write / raw_write:.2f}x")
    print(f"  vault save() with schema validation and audit: {save_each * 1e6:8.1f} us/record  "
          f"ratio {plain_write / len(envelopes) / save_each:.2f}x of plain SQLite")
    print(f"  full-text search: plain {plain_search * 1e3:.2f} ms, vault {vault_search * 1e3:.2f} ms  "
          f"ratio {plain_search / vault_search:.2f}x")
    print(f"  facet filter (violation=torture): {facet_search * 1e3:.2f} ms")
    print(f"  Argon2id key derivation (256 MiB, t=3, p=4): {unlock_s:.2f} s")
