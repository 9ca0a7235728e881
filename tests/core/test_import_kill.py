"""An import killed with SIGKILL at random moments leaves the bundle wholly in or wholly out; importing it
again afterwards completes.

The import runs in a forked child process (the way the GUI's worker would run it), which decrypts in its
own age worker; the test kills the importing process at a random moment of the import, then opens the
vault and checks it.
"""

from __future__ import annotations

import multiprocessing
import os
import random
import shutil
import signal
import time
from pathlib import Path

import pytest

from intake_app.hq.importer import ImportOutcome, import_bundle
from intake_app.sync.export import export_bundle
from intake_app.vault.records import RecordStore
from intake_app.vault.vault import Vault
from tests.conftest import PASSPHRASE
from tests.core.bundle_helpers import add_records, make_field, make_hq

KILLS = 20
_FORK = multiprocessing.get_context("fork")


def _import(base: Path, bundle: Path, ready: object) -> None:
    vault = Vault.open(base, passphrase=PASSPHRASE)
    ready.set()  # type: ignore[attr-defined]
    import_bundle(vault, bundle)
    vault.close()
    os._exit(0)


def _run(base: Path, bundle: Path, kill_after: float | None) -> float:
    ready = _FORK.Event()
    process = _FORK.Process(target=_import, args=(base, bundle, ready))
    process.start()
    assert ready.wait(30)
    started = time.monotonic()
    if kill_after is not None:
        time.sleep(kill_after)
        if process.is_alive():
            os.kill(process.pid, signal.SIGKILL)
    process.join(60)
    return time.monotonic() - started


def _state(base: Path, bundle_id: str) -> tuple[bool, int, int]:
    with Vault.open(base, passphrase=PASSPHRASE) as vault, vault.reading() as conn:
        imported = conn.execute("SELECT count(*) FROM bundle_ledger WHERE bundle_id = ?", (bundle_id,)).fetchone()[0]
        records = conn.execute("SELECT count(*) FROM records").fetchone()[0]
        blobs = conn.execute("SELECT count(*) FROM blobs").fetchone()[0]
        assert conn.execute("PRAGMA quick_check").fetchone()[0] == "ok"
    return bool(imported), records, blobs


@pytest.mark.slow
def test_sigkill_during_import(tmp_path: Path) -> None:
    hq, profile = make_hq(tmp_path / "hq")
    field_vault = make_field(tmp_path / "field", hq, profile)
    add_records(field_vault, 60, attachment=os.urandom(6_000_000))
    out = tmp_path / "stick"
    out.mkdir()
    exported = export_bundle(field_vault, out)
    bundle, bundle_id = exported.bundles[0].path, exported.bundles[0].bundle_id
    expected = sum(RecordStore(field_vault).counts().values())
    field_vault.close()
    hq.close()
    pristine = tmp_path / "pristine"
    shutil.copytree(tmp_path / "hq", pristine)
    before = _state(pristine, bundle_id)
    probe = tmp_path / "probe"
    shutil.copytree(pristine, probe)
    duration = _run(probe, bundle, None)  # how long a whole import takes here
    assert _state(probe, bundle_id)[:2] == (True, before[1] + expected)

    rng = random.Random(20)
    outcomes = []
    for _ in range(KILLS):
        _run(tmp_path / "hq", bundle, rng.uniform(0, duration))
        imported, records, blobs = _state(tmp_path / "hq", bundle_id)
        if imported:
            assert records == before[1] + expected and blobs == before[2] + 1
            shutil.rmtree(tmp_path / "hq")
            shutil.copytree(pristine, tmp_path / "hq")  # kill the next one inside the import again
        else:
            assert (records, blobs) == before[1:]
        outcomes.append(imported)
    assert outcomes.count(False) >= KILLS // 4  # kills landed inside the import, not only after it
    leftovers = {p.name for p in (tmp_path / "hq").iterdir()}
    databases = {"vault.db", "vault2.db"}
    assert leftovers <= {*databases, *(f"{d}-wal" for d in databases), *(f"{d}-shm" for d in databases),
                         "keyslots.bin"}
    with Vault.open(tmp_path / "hq", passphrase=PASSPHRASE) as vault:
        assert import_bundle(vault, bundle).outcome is ImportOutcome.IMPORTED
        assert sum(RecordStore(vault).counts().values()) == expected
