"""kill -9 while writing loses nothing whose save returned; a killed passphrase change leaves a key that opens."""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from intake_app.vault.records import RecordStore
from intake_app.vault.vault import Vault
from intake_app.vault.verify import verify_vault
from tests.conftest import PASSPHRASE

ROOT = Path(__file__).resolve().parents[2]

WRITER = textwrap.dedent("""
    import sys
    from pathlib import Path
    from intake_app.domain.models import Case
    from intake_app.vault.records import RecordStore
    from intake_app.vault.vault import Vault
    vault = Vault.open(Path(sys.argv[1]), passphrase=sys.argv[2])
    store = RecordStore(vault)
    print("ready", flush=True)
    i = 0
    while True:
        saved = store.save(Case(alias=f"case {i}", sex="female", situation="unknown", notes="n" * 3000))
        print(saved.id, flush=True)  # only after save() returned, i.e. after COMMIT
        i += 1
""")

CHANGER = textwrap.dedent("""
    import sys
    from pathlib import Path
    from intake_app.vault.vault import Vault
    vault = Vault.open(Path(sys.argv[1]), passphrase=sys.argv[2])
    print("ready", flush=True)
    a, b = sys.argv[2], sys.argv[3]
    while True:
        vault.change_passphrase(b)
        print("now", b, flush=True)
        a, b = b, a
""")


def _spawn(script: str, *args: str) -> subprocess.Popen[str]:
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    proc = subprocess.Popen([sys.executable, "-c", script, *args], stdout=subprocess.PIPE, text=True, env=env)
    assert proc.stdout is not None
    assert proc.stdout.readline().strip() == "ready"
    return proc


@pytest.mark.slow
def test_sigkill_during_writes_loses_no_saved_record(isolated_data_dir: Path) -> None:
    Vault.create(isolated_data_dir, PASSPHRASE)[0].close()
    rng = random.Random(20261129)
    confirmed: list[str] = []
    for _round in range(20):
        proc = _spawn(WRITER, str(isolated_data_dir), PASSPHRASE)
        assert proc.stdout is not None
        for _ in range(rng.randint(1, 25)):
            confirmed.append(proc.stdout.readline().strip())
        proc.send_signal(signal.SIGKILL)
        # Lines printed after our last read were also committed; collect them too.
        confirmed.extend(line.strip() for line in proc.stdout.read().splitlines() if line.strip())
        proc.wait()
    with Vault.open(isolated_data_dir, passphrase=PASSPHRASE) as vault:
        store = RecordStore(vault)
        missing = [rid for rid in confirmed if store.get(rid) is None]
        assert missing == []
        assert store.count("case") >= len(confirmed)
        report = verify_vault(vault)
        assert report.ok, report.problems


@pytest.mark.slow
def test_sigkill_during_passphrase_change_leaves_one_that_opens(isolated_data_dir: Path) -> None:
    other = "second harbour lantern passphrase 8"
    Vault.create(isolated_data_dir, PASSPHRASE)[0].close()
    rng = random.Random(7)
    current = PASSPHRASE
    for _round in range(20):
        proc = _spawn(CHANGER, str(isolated_data_dir), current, other if current == PASSPHRASE else PASSPHRASE)
        assert proc.stdout is not None
        for _ in range(rng.randint(0, 3)):
            proc.stdout.readline()
        proc.send_signal(signal.SIGKILL)
        proc.wait()
        opened = []
        for candidate in (PASSPHRASE, other):
            try:
                Vault.open(isolated_data_dir, passphrase=candidate).close()
                opened.append(candidate)
            except Exception:  # noqa: S112 - a wrong passphrase is the expected failure here
                continue
        assert len(opened) == 1, "exactly one of the old and the new passphrase must open"
        current = opened[0]
        leftovers = [p.name for p in isolated_data_dir.iterdir() if p.name.endswith(".tmp")]
        assert leftovers == []  # a killed write's temporary file is removed at the next unlock
