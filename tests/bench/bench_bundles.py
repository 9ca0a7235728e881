"""Bundles at scale (`pytest tests/bench/bench_bundles.py -s`): 10,000 records with 200 MB of attachments.

Printed, against the ceilings measured in the same run (so a noisy machine still gives comparable ratios):
- export time against raw `pyrage.encrypt_io` of as many bytes (target >= 0.45x, goal 0.7x);
- peak memory (VmHWM) of the exporting and importing processes and of their age workers (<= 150 MB);
- import rate in records per second (target >= 5,000, goal 10,000), and against a plain-SQLite ceiling: the
  least any import that keeps history must write (each record's JSON twice, as head and as history version,
  and the attachment bytes in 1 MiB rows), unencrypted, in one WAL transaction with synchronous=FULL;
- decryption through our worker (plaintext delivered over the pipe) against raw `decrypt_io` (>= 0.8x).

Export and import each run in a fresh process, so their peak memory is theirs alone. Nothing here asserts a
time. `INTAKE_BENCH_SCALE=0.2` runs a fifth of the size (records and attachments) on a busy machine; the
ratios stay comparable, the committed size is the one to quote.
"""

from __future__ import annotations

import hashlib
import io
import multiprocessing
import os
import random
import shutil
import sqlite3
import threading
import time
import uuid
from pathlib import Path
from typing import Any

import pyrage
from pyrage import x25519

from intake_app.demo_data import generate_demo_records
from intake_app.domain.models import Attachment, Case
from intake_app.hq import devices
from intake_app.sync import child, keystore
from intake_app.sync.profile import ExportPolicy, create_profile, import_profile
from intake_app.vault.attachments import AttachmentStore
from intake_app.vault.records import RecordStore
from intake_app.vault.vault import Role, Vault
from tests.conftest import PASSPHRASE

SCALE = float(os.environ.get("INTAKE_BENCH_SCALE", "1"))
N_RECORDS = max(100, int(10_000 * SCALE))
N_FILES = max(1, int(100 * SCALE))
FILE_BYTES = 2_000_000  # 100 x 2 MB = 200 MB
_SPAWN = multiprocessing.get_context("spawn")


def _fill(vault: Vault) -> int:
    """N_RECORDS demo records (attachments included) written as this device's own versions."""
    device = vault.info.device_id
    store, files = RecordStore(vault), AttachmentStore(vault)
    rng = random.Random(1)
    records = [r for r in generate_demo_records(rng, N_RECORDS // 4) if not isinstance(r, Attachment)]
    cases = [r for r in records if isinstance(r, Case)]
    counter = 0
    with vault.transaction() as conn:
        for record in records[:N_RECORDS - N_FILES]:
            counter += 1
            env = record.to_envelope()
            env.update(version={"device": device, "counter": counter}, created_at="2026-01-01T00:00:00Z",
                       updated_at="2026-01-01T00:00:00Z", origin_device=device)
            store.write_envelope(conn, env, counter)
        for n in range(N_FILES):
            sha, size = files.put_blob(conn, io.BytesIO(os.urandom(FILE_BYTES)))
            counter += 1
            env = Attachment(owner_id=cases[n].id, filename=f"scan{n}.jpg", media_type="image/jpeg", size=size,
                             sha256=sha).to_envelope()
            env.update(version={"device": device, "counter": counter}, created_at="2026-01-01T00:00:00Z",
                       updated_at="2026-01-01T00:00:00Z", origin_device=device)
            store.write_envelope(conn, env, counter)
        conn.execute("UPDATE meta SET value = ? WHERE key = 'change_seq'", (str(counter),))
    return counter


def _peak_kib(pid: str = "self") -> int:
    """VmHWM: the peak resident size of this process image (reset by exec, unlike ru_maxrss, which keeps
    the high-water mark of the parent image a spawned child was forked from)."""
    try:
        with open(f"/proc/{pid}/status", encoding="ascii") as fh:
            for line in fh:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1])
    except OSError:
        pass
    return 0


def _watch_workers(peaks: dict[str, int], stop: threading.Event) -> None:
    """Sample the peak memory of our child processes (the age worker) while they live."""
    while not stop.wait(0.05):
        for task in Path("/proc/self/task").iterdir():
            try:
                pids = (task / "children").read_text().split()
            except OSError:
                continue
            for pid in pids:
                peaks[pid] = max(peaks.get(pid, 0), _peak_kib(pid))


def _measure(kind: str, base: str, target: str, result: Any) -> None:
    """Run in a fresh process: export from `base` into `target`, or import the bundle `target` into `base`."""
    os.environ["INTAKE_INSECURE_TEST_KDF"] = "1"
    # Loaded before the clock starts: the app has its modules loaded when a user exports or imports.
    from intake_app.hq.importer import import_bundle
    from intake_app.sync import export

    vault = Vault.open(Path(base), passphrase=PASSPHRASE)
    workers: dict[str, int] = {}
    stop = threading.Event()
    watcher = threading.Thread(target=_watch_workers, args=(workers, stop), daemon=True)
    watcher.start()
    started = time.perf_counter()
    phases: dict[str, float] = {}
    if kind == "export":
        _time_phases(export, phases)
        out = export.export_bundle(vault, Path(target))
        detail = str(out.path)
    else:
        imported = import_bundle(vault, Path(target))
        detail = imported.message
    elapsed = time.perf_counter() - started
    stop.set()
    watcher.join()
    vault.close()
    result.put((elapsed, _peak_kib(), max(workers.values(), default=0), detail, phases))


def _time_phases(export: Any, phases: dict[str, float]) -> None:
    """Time the export's sequential phase: building records.ndjson (the signed manifest needs its hash before
    the first byte is written)."""
    drafts = export._drafts

    def timed_drafts(*args: Any, **kwargs: Any) -> Any:
        iterator = drafts(*args, **kwargs)
        while True:
            started = time.perf_counter()
            try:
                item = next(iterator)
            except StopIteration:
                return
            finally:
                phases["records"] = phases.get("records", 0) + time.perf_counter() - started
            yield item

    export._drafts = timed_drafts


def _plain_sqlite_ceiling_s(folder: Path, body_sizes: list[int]) -> float:
    """Plain SQLite (no encryption), WAL and synchronous=FULL as the vault: every record's JSON stored twice
    (a head row with a unique id, a history row) and the attachment bytes, in one transaction. Random text and
    bytes of the same sizes stand in for the records (nothing of a vault goes unencrypted to disk)."""
    path = folder / "ceiling.db"
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("PRAGMA journal_mode = WAL").fetchone()
    conn.execute("PRAGMA synchronous = FULL")
    conn.executescript(
        "CREATE TABLE records (rid INTEGER PRIMARY KEY, id TEXT NOT NULL UNIQUE, body TEXT NOT NULL);"
        "CREATE TABLE history (hid INTEGER PRIMARY KEY, record_id TEXT NOT NULL, body TEXT NOT NULL,"
        " UNIQUE (record_id, hid));"
        "CREATE TABLE chunks (blob INTEGER, seq INTEGER, data BLOB, PRIMARY KEY (blob, seq)) WITHOUT ROWID;")
    rows = [(str(uuid.uuid4()), os.urandom(size // 2 + 1).hex()[:size]) for size in body_sizes]
    chunk = os.urandom(1 << 20)
    started = time.perf_counter()
    conn.execute("BEGIN")
    conn.executemany("INSERT INTO records (id, body) VALUES (?, ?)", rows)
    conn.executemany("INSERT INTO history (record_id, body) VALUES (?, ?)", rows)
    for blob in range(N_FILES):
        for seq, start in enumerate(range(0, FILE_BYTES, len(chunk))):
            conn.execute("INSERT INTO chunks VALUES (?, ?, ?)", (blob, seq, chunk[:FILE_BYTES - start]))
    conn.execute("COMMIT")
    elapsed = time.perf_counter() - started
    conn.close()
    for suffix in ("", "-wal", "-shm"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)
    return elapsed


def _durable_write_s(path: Path, data: bytes) -> float:
    """What an export must do beyond encrypting, with no encryption: write as many bytes as the bundle in
    1 MiB writes, hashing them, syncing every 16 MiB, then read them back from the medium and hash them
    (the bundle is on the stick, and it reads back as written, before the export says so)."""
    started = time.perf_counter()
    digest, fd = hashlib.sha256(), os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    synced = 0
    try:
        view = memoryview(data)
        for offset in range(0, len(data), child.CHUNK):
            piece = view[offset:offset + child.CHUNK]
            os.write(fd, piece)
            digest.update(piece)
            if offset + len(piece) - synced >= child.SEGMENT:
                os.fdatasync(fd)
                os.posix_fadvise(fd, synced, offset + len(piece) - synced, os.POSIX_FADV_DONTNEED)
                synced = offset + len(piece)
        os.fsync(fd)
        os.posix_fadvise(fd, 0, 0, os.POSIX_FADV_DONTNEED)
    finally:
        os.close(fd)
    back = hashlib.sha256()
    with path.open("rb", buffering=0) as fh:
        while chunk := fh.read(8 * child.CHUNK):
            back.update(chunk)
    assert back.digest() == digest.digest()
    elapsed = time.perf_counter() - started
    path.unlink()
    return elapsed


def _vault_read_s(base: Path) -> float:
    """The ceiling of reading every attachment out of the vault (SQLCipher decryption), same run."""
    with Vault.open(base, passphrase=PASSPHRASE) as vault:
        files = AttachmentStore(vault)
        with vault.reading() as conn:
            shas = [row[0] for row in conn.execute("SELECT sha256 FROM blobs")]
        started = time.perf_counter()
        for sha in shas:
            for _chunk in files.iter_chunks(sha):
                pass
        return time.perf_counter() - started


def _in_child(kind: str, base: Path, target: Path) -> tuple[float, int, int, str, dict[str, float]]:
    queue = _SPAWN.Queue()
    process = _SPAWN.Process(target=_measure, args=(kind, str(base), str(target), queue))
    process.start()
    result = queue.get(timeout=3600)
    process.join()
    return result  # type: ignore[no-any-return]


class _Null:
    def write(self, data: bytes) -> int:
        return len(data)


def test_bundles_at_scale(tmp_path: Path, monkeypatch: Any) -> None:
    monkeypatch.setenv("INTAKE_INSECURE_TEST_KDF", "1")
    hq, _recovery = Vault.create(tmp_path / "hq", PASSPHRASE, Role.HQ)
    keystore.ensure_hq_keys(hq)
    profile = create_profile(hq, "Bench", ExportPolicy())
    field_vault, _recovery = Vault.create(tmp_path / "field", PASSPHRASE, Role.FIELD)
    import_profile(field_vault, profile)
    devices.approve(hq, devices.create_request(field_vault))
    records = _fill(field_vault)
    with field_vault.reading() as conn:
        body_sizes = [int(row[0]) for row in conn.execute("SELECT length(CAST(body AS BLOB)) FROM records")]
    identity = keystore.hq_identities(hq)[0]
    field_vault.close()
    hq.close()
    out = tmp_path / "stick"
    out.mkdir()

    export_s, export_rss, export_worker_rss, bundle_name, phases = _in_child("export", tmp_path / "field", out)
    vault_read_s = _vault_read_s(tmp_path / "field")
    bundle = Path(bundle_name)
    size = bundle.stat().st_size
    plain = os.urandom(1 << 20) * (size >> 20)
    raw_out = tmp_path / "raw.age"
    started = time.perf_counter()
    with raw_out.open("wb") as fh:
        pyrage.encrypt_io(io.BytesIO(plain), fh, [x25519.Identity.from_str(identity).to_public()])
    raw_encrypt_s = (time.perf_counter() - started) * size / len(plain)  # as many bytes as the bundle
    durable_s = _durable_write_s(tmp_path / "durable.bin", plain)
    del plain
    raw_out.unlink()

    import_s, import_rss, import_worker_rss, message, _phases = _in_child("import", tmp_path / "hq", bundle)
    assert "imported bundle 1" in message, message
    ceiling_s = _plain_sqlite_ceiling_s(tmp_path, body_sizes)

    started = time.perf_counter()
    with bundle.open("rb") as fh:
        pyrage.decrypt_io(fh, _Null(), [x25519.Identity.from_str(identity)])
    raw_decrypt_s = time.perf_counter() - started
    ours = []
    for _run in range(2):  # the first run also starts the worker process server
        started = time.perf_counter()
        with child.decrypting([identity], path=bundle) as stream:
            while stream.read(child.CHUNK):
                pass
            assert stream.finish().name == "OK"
        ours.append(time.perf_counter() - started)
    ours_decrypt_s = ours[1]
    shutil.rmtree(out)

    mb = 1 << 20
    print()
    print(f"bundle: {records} records, {N_FILES * FILE_BYTES / 1e6:.0f} MB of attachments, file {size / mb:.1f} MiB")
    print(f"export: {export_s:.2f} s = {size / mb / export_s:.0f} MiB/s; raw encrypt_io {raw_encrypt_s:.2f} s;"
          f" ratio {raw_encrypt_s / export_s:.2f}x (target >= 0.45x, goal 0.7x)")
    print(f"export phases: records.ndjson {phases.get('records', 0):.2f} s (before the first byte: the signed"
          f" manifest needs its hash); reading the attachments out of the vault alone takes {vault_read_s:.2f} s"
          f" (export vs vault read + raw encrypt: {(vault_read_s + raw_encrypt_s) / export_s:.2f}x)")
    print(f"export's own work, one after the other: vault read {vault_read_s:.2f} s + raw encrypt"
          f" {raw_encrypt_s:.2f} s + durable write and read-back {durable_s:.2f} s = "
          f"{vault_read_s + raw_encrypt_s + durable_s:.2f} s; export {export_s:.2f} s"
          f" ({(vault_read_s + raw_encrypt_s + durable_s) / export_s:.2f}x of that, on {os.cpu_count()} cores)")
    print(f"export peak memory: process {export_rss / 1024:.0f} MB, age worker {export_worker_rss / 1024:.0f} MB"
          f" (target <= 150 MB)")
    print(f"import: {import_s:.2f} s = {records / import_s:.0f} records/s (target >= 5,000, goal 10,000);"
          f" plain-SQLite ceiling {ceiling_s:.2f} s = {records / ceiling_s:.0f} records/s; ratio"
          f" {ceiling_s / import_s:.2f}x; peak memory: process {import_rss / 1024:.0f} MB,"
          f" age worker {import_worker_rss / 1024:.0f} MB")
    print(f"decryption through the worker: {ours_decrypt_s:.2f} s (first run, starting the worker server:"
          f" {ours[0]:.2f} s); raw decrypt_io {raw_decrypt_s:.2f} s; ratio {raw_decrypt_s / ours_decrypt_s:.2f}x"
          f" (target >= 0.8x)")
