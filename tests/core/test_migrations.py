"""A vault written at every earlier schema version opens, migrates, and keeps its records."""

from __future__ import annotations

import json
import uuid
from pathlib import Path

import pytest

from intake_app import paths
from intake_app.domain import models
from intake_app.domain.models import AidDistribution, AidItem, Case, Incident
from intake_app.fileutil import atomic_write
from intake_app.vault import audit, schema
from intake_app.vault import keyslots as ks
from intake_app.vault.connection import open_database
from intake_app.vault.records import RecordStore
from intake_app.vault.schema_search import migrate_search_index
from intake_app.vault.search import SearchQuery, search
from intake_app.vault.vault import Vault
from intake_app.vault.verify import verify_vault
from tests.conftest import PASSPHRASE
from tests.core.helpers import write_envelope_one_column_index

# The schema version a vault has before the two-column search index (the number of steps before it).
SEARCH_INDEX_STEP = list(schema.MIGRATIONS).index(migrate_search_index)


def _old_vault(base: Path, version: int) -> str:
    """Build a vault the way a release at schema `version` did, with one case in it."""
    paths.ensure_private_dir(base)
    key = bytes(range(32))
    conn = open_database(paths.vault_db_path(base), key, create=True)
    schema.migrate(conn, target=version)
    device = str(uuid.uuid4())
    case = Case(alias="from an old version", sex="male", situation="third_country")
    envelope = case.to_envelope()
    envelope.update(version={"device": device, "counter": 1}, created_at="2025-01-01T00:00:00Z",
                    updated_at="2025-01-01T00:00:00Z", origin_device=device)
    conn.execute("BEGIN")
    for k, v in (("device_id", device), ("role", "field"), ("created_at", "2025-01-01T00:00:00Z"),
                 ("change_seq", "1"), ("recovery_key_set", "1")):
        conn.execute("INSERT INTO meta (key, value) VALUES (?, ?)", (k, v))
    audit.append(conn, "vault_created", detail="field")
    conn.execute("COMMIT")
    conn.close()
    # The record is written with the statements of that time: those of today's storage layer, but
    # for the full-text index, which had one column before the two-column index.
    conn = open_database(paths.vault_db_path(base), key)
    conn.execute("BEGIN")
    if version <= SEARCH_INDEX_STEP:
        write_envelope_one_column_index(conn, envelope, 1)
    else:
        RecordStore.write_envelope(conn, envelope, 1)
    conn.execute("COMMIT")
    conn.close()
    atomic_write(paths.keyslots_path(base), ks.build_keyslot_file(key, PASSPHRASE, None))
    return case.id


@pytest.mark.parametrize("version", range(1, schema.CURRENT_VERSION))
def test_opens_and_migrates_from(version: int, tmp_path: Path) -> None:
    base = tmp_path / f"v{version}"
    case_id = _old_vault(base, version)
    with Vault.open(base, passphrase=PASSPHRASE) as vault:
        assert vault.info.schema_version == schema.CURRENT_VERSION
        store = RecordStore(vault)
        assert store.get(case_id).alias == "from an old version"  # type: ignore[union-attr]
        make = store.save(Case(alias="after migration", sex="female", situation="unknown"))
        assert make.version.counter == 2  # type: ignore[union-attr]
        assert verify_vault(vault).ok


def test_newer_vault_is_refused_untouched(tmp_path: Path) -> None:
    base = tmp_path / "future"
    _old_vault(base, schema.CURRENT_VERSION)
    conn = open_database(paths.vault_db_path(base), bytes(range(32)))
    conn.execute(f"PRAGMA user_version = {schema.CURRENT_VERSION + 1}")
    conn.close()
    before = paths.vault_db_path(base).read_bytes()
    with pytest.raises(schema.SchemaTooNewError):
        Vault.open(base, passphrase=PASSPHRASE)
    assert paths.vault_db_path(base).read_bytes() == before


def test_each_migration_is_atomic(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    base = tmp_path / "half"
    _old_vault(base, 1)

    def broken(conn: object) -> None:
        conn.execute("CREATE TABLE blobs (x)")  # type: ignore[attr-defined]
        raise RuntimeError("power cut in the middle of a migration")

    monkeypatch.setattr(schema, "MIGRATIONS", (schema.MIGRATIONS[0], broken, *schema.MIGRATIONS[2:]))
    with pytest.raises(RuntimeError):
        Vault.open(base, passphrase=PASSPHRASE)
    conn = open_database(paths.vault_db_path(base), bytes(range(32)))
    assert schema.schema_version(conn) == 1
    assert conn.execute("SELECT count(*) FROM sqlite_master WHERE name = 'blobs'").fetchone()[0] == 0
    conn.close()


@pytest.mark.parametrize("role", ["hq", "field"])
def test_an_hq_vault_gets_its_records_as_first_history(role: str, tmp_path: Path) -> None:
    from intake_app.hq.history import record_versions

    base = tmp_path / role
    case_id = _old_vault(base, 5)  # the last version before headquarters kept every version
    conn = open_database(paths.vault_db_path(base), bytes(range(32)))
    conn.execute("UPDATE meta SET value = ? WHERE key = 'role'", (role,))
    conn.close()
    with Vault.open(base, passphrase=PASSPHRASE) as vault, vault.reading() as conn:
        versions = record_versions(conn, case_id)
        if role == "field":  # a field vault must stay able to forget what it purges
            assert versions == []
            return
        [kept] = versions
        assert kept.is_head and kept.reason == "kept before history" and not kept.made_at_hq
        assert kept.body is not None and kept.body["alias"] == "from an old version"


def test_a_vault_made_before_the_two_column_index_gets_labels_and_names(tmp_path: Path) -> None:
    base = tmp_path / "before"
    case_id = _old_vault(base, SEARCH_INDEX_STEP)
    key = bytes(range(32))
    conn = open_database(paths.vault_db_path(base), key)
    case = json.loads(conn.execute("SELECT body FROM records WHERE id = ?", (case_id,)).fetchone()[0])
    device = case["version"]["device"]
    stamps = {"created_at": "2025-01-02T00:00:00Z", "updated_at": "2025-01-02T00:00:00Z", "origin_device": device}
    testimony = models.Testimony(witness_case_id=case_id, interview_date="2025-01-02", interviewer="J",
                                 language="ko", source_type="direct", narrative="An account.", consents=[],
                                 incidents=[Incident(["torture"])]).to_envelope()
    aid = AidDistribution(date="2025-01-02", case_id=case_id, category="medicine",
                          items=[AidItem("antibiotics", 1, "pack")]).to_envelope()
    conn.execute("BEGIN")
    for counter, env in ((2, testimony), (3, aid)):
        env.update(version={"device": device, "counter": counter}, **stamps)
        write_envelope_one_column_index(conn, env, counter)
    conn.execute("UPDATE meta SET value = '3' WHERE key = 'change_seq'")
    conn.execute("COMMIT")
    # What the old index knows: the narrative's words, not the taxonomy's, nor the alias in other records.
    assert conn.execute("SELECT count(*) FROM records_fts WHERE records_fts MATCH 'account'").fetchone()[0] == 1
    assert conn.execute("SELECT count(*) FROM records_fts WHERE records_fts MATCH '고문'").fetchone()[0] == 0
    conn.close()

    for _second_open in (False, True):  # the step runs once; opening again changes nothing
        with Vault.open(base, passphrase=PASSPHRASE) as vault:
            assert vault.info.schema_version == schema.CURRENT_VERSION
            for word in ("torture", "고문", "拷問", "酷刑"):
                assert [r.id for r in search(vault, SearchQuery(text=word))] == [testimony["id"]]
            assert {r.id for r in search(vault, SearchQuery(text="old version"))} == {
                case_id, testimony["id"], aid["id"]}
            assert [r.id for r in search(vault, SearchQuery(text="의약품 antibiotics"))] == [aid["id"]]
            assert [r.id for r in search(vault, SearchQuery(text="account"))] == [testimony["id"]]
            assert verify_vault(vault).ok
