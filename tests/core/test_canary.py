"""No plaintext on disk: a random canary in records and an attachment is in no file afterwards."""

from __future__ import annotations

import io
import os
import secrets
import tempfile
import time
import uuid
from pathlib import Path

import pytest

from intake_app import paths
from intake_app.domain import models
from intake_app.logging_setup import configure_logging
from intake_app.vault.attachments import AttachmentStore
from intake_app.vault.records import RecordStore
from intake_app.vault.vault import Vault
from tests.conftest import PASSPHRASE
from tests.core.helpers import make_case


def _needles(canary: str) -> list[bytes]:
    return [canary.encode("utf-8"), canary.encode("utf-16-le"), canary.encode("utf-16-be")]


def _recent_files(root: Path, since: float) -> list[Path]:
    """Files under `root` changed since `since`. Other processes create and delete folders in the
    temporary folder while we walk it, so vanished entries are skipped, not errors."""
    out = []
    for folder, _dirs, names in os.walk(root, onerror=lambda _err: None):
        for name in names:
            path = Path(folder) / name
            try:
                if path.is_file() and path.stat().st_mtime >= since - 1:
                    out.append(path)
            except OSError:
                continue
    return out


def _holding(files: list[Path], needles: list[bytes]) -> list[Path]:
    hits = []
    for path in files:
        try:
            data = path.read_bytes()
        except OSError:
            continue
        if any(n in data for n in needles):
            hits.append(path)
    return hits


@pytest.mark.slow
def test_canary_never_reaches_the_disk(isolated_data_dir: Path) -> None:
    started = time.time()
    configure_logging(verbose=True)
    canary = "CANARY-" + secrets.token_hex(12)
    vault, _recovery = Vault.create(isolated_data_dir, PASSPHRASE)
    store = RecordStore(vault)
    case = make_case(store, alias=f"alias {canary}", notes=f"notes {canary}")
    template = store.save(models.Testimony(witness_case_id=case.id, interview_date="2026-01-01", interviewer="J",
                                    language="ko", source_type="direct", narrative=canary, consents=[]))
    envelope = template.to_envelope()
    filler = "x" * 600
    with vault.transaction() as conn:
        # Written through the storage layer directly: validating 20,000 copies would only slow the test.
        for i in range(20_000):
            envelope.update(id=str(uuid.UUID(int=i + 1, version=4)))
            envelope["data"]["narrative"] = f"{i:05d} {canary} {filler}"
            store.write_envelope(conn, envelope, vault.next_change_seq(conn))
    AttachmentStore(vault).add(case.id, io.BytesIO(b"\xff\xd8" + canary.encode() * 1000), filename="photo.jpg")
    with vault.reading() as conn:
        # A sort far larger than the page cache: SQLite would spill it to a temporary file if
        # temp_store allowed; it must stay in memory.
        rows = conn.execute("SELECT body FROM records ORDER BY substr(body, 40) DESC").fetchall()
        assert len(rows) == 20_000 + 3  # plus the case, the template and the attachment
    found = [r for r in RecordStore(vault).iter_envelopes() if canary in str(r)]
    assert found  # the canary really is in the vault, so the scan below can fail
    vault.close()

    roots = [isolated_data_dir, Path(tempfile.gettempdir()), paths.log_dir()]
    files = [f for root in roots for f in _recent_files(root, started)]
    assert any(f.name == "vault.db" for f in files)
    assert _holding(files, _needles(canary)) == []


def test_canary_scan_would_catch_plaintext(tmp_path: Path) -> None:
    """The scanner itself works: a plain file with the canary is found."""
    canary = "CANARY-" + secrets.token_hex(8)
    leak = tmp_path / "leak.txt"
    leak.write_text(f"oops {canary}", encoding="utf-16")
    assert _holding([leak], _needles(canary)) == [leak]


@pytest.mark.slow  # the walk over the shared temporary folder takes most of its time
def test_rebuilding_the_search_index_writes_no_plaintext(isolated_data_dir: Path) -> None:
    """The schema step that indexes every record again (labels and names) keeps it all inside the vault."""
    from intake_app.vault.connection import open_database
    from intake_app.vault.search import SearchQuery, search
    from tests.core.helpers import write_envelope_one_column_index
    from tests.core.test_migrations import SEARCH_INDEX_STEP, _old_vault

    started = time.time()
    configure_logging(verbose=True)
    canary = "CANARY" + secrets.token_hex(10)
    base = isolated_data_dir / "old"
    case_id = _old_vault(base, SEARCH_INDEX_STEP)
    conn = open_database(paths.vault_db_path(base), bytes(range(32)))
    device = conn.execute("SELECT value FROM meta WHERE key = 'device_id'").fetchone()[0]
    envelope = models.Testimony(witness_case_id=case_id, interview_date="2025-01-02", interviewer="J",
                                language="ko", source_type="direct", narrative=f"{canary} 拷問", consents=[],
                                incidents=[models.Incident(["torture"])]).to_envelope()
    envelope.update(version={"device": device, "counter": 2}, created_at="2025-01-02T00:00:00Z",
                    updated_at="2025-01-02T00:00:00Z", origin_device=device)
    conn.execute("BEGIN")
    write_envelope_one_column_index(conn, envelope, 2)
    conn.execute("COMMIT")
    conn.close()
    with Vault.open(base, passphrase=PASSPHRASE) as vault:
        assert [r.id for r in search(vault, SearchQuery(text=canary))] == [envelope["id"]]
        assert [r.id for r in search(vault, SearchQuery(text="酷刑"))] == [envelope["id"]]  # the new index
    roots = [isolated_data_dir, Path(tempfile.gettempdir()), paths.log_dir()]
    files = [f for root in roots for f in _recent_files(root, started)]
    assert any(f.name == "vault.db" for f in files)
    assert _holding(files, _needles(canary) + _needles(canary.lower())) == []
