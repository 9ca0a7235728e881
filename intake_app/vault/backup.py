"""A whole-vault backup while the vault is open, checked before it counts, and its restore.

A backup is a folder with a random name (nothing in it says what it holds) in a folder the user chose,
holding every file of the vault (`vault_files`): the unlocked database copied with SQLite's online
backup API from its own read connection (a consistent snapshot while the app keeps writing, encrypted
under the same data key), any other database byte for byte (encrypted and closed), and the key-slot file
as it is, so the backup opens with the same passphrase or recovery key. It is written under a temporary
name, flushed to disk, opened read-only and checked like `verify`, and only then renamed: a backup
interrupted at any point (even by kill -9) leaves only a temporary folder that the restore refuses and the
next backup removes.

A restore never writes over a vault: it checks the backup first (it must open with the secret given and
pass the checks), copies its files in under temporary names, and renames them into place, the key file
last (until it is there, there is no vault).
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import logging
import os
import re
import secrets
import shutil
import time
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

import sqlcipher3

from intake_app import paths
from intake_app.domain.models import utc_now
from intake_app.errors import IntakeError
from intake_app.fileutil import fsync_dir
from intake_app.i18n import _
from intake_app.vault import audit, schema
from intake_app.vault import keyslots as ks
from intake_app.vault.attachments import Cancelled
from intake_app.vault.connection import VaultOpenError, connect_keyed, open_database, settings_of
from intake_app.vault.files import vault_exists, vault_files
from intake_app.vault.vault import Role, Vault, VaultExistsError
from intake_app.vault.verify import VerifyReport, index_is_sound, verify_connection

log = logging.getLogger(__name__)

LAST_BACKUP_META = "last_verified_backup_at"
# Inside the copied database: the SHA-256 of every file copied byte for byte beside it (the vault's other
# database). That file cannot be checked with this secret (it has another key, or is the decoy), so a
# restore compares it with the digest instead. Every vault has two databases, so every backup carries
# exactly one such digest, whichever secret made it: it says nothing about duress.
COMPANION_DIGESTS_META = "backup_companion_sha256"
REMINDER_DAYS_META = "backup_reminder_days"
HQ_DEFAULT_REMINDER_DAYS = 7
_TEMP_NAME = re.compile(r"^\.[0-9a-f]{16}\.partial$")
_COPY_CHUNK = 1 << 20

Progress = Callable[[int, int], None]


class BackupError(IntakeError):
    pass


@dataclass(frozen=True)
class BackupResult:
    path: Path
    report: VerifyReport


@dataclass(frozen=True)
class BackupInfo:
    """What a backup holds, once it has opened and passed the checks."""

    taken_at: str | None        # UTC, the time of its last audit entry (the backup itself appends one)
    role: str
    report: VerifyReport

    @property
    def age_days(self) -> int | None:
        return days_since(self.taken_at)


def days_since(stamp: str | None) -> int | None:
    if not stamp:
        return None
    then = datetime.strptime(stamp, "%Y-%m-%dT%H:%M:%SZ").replace(tzinfo=UTC)
    return max(0, (datetime.now(UTC) - then).days)


# -- making a backup ---------------------------------------------------------------------------------------------


def _fsync_file(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY | getattr(os, "O_CLOEXEC", 0))
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _copy_bytes(source: Path, target: Path) -> str:
    """Copy a closed file; its SHA-256. The source is read twice over unchanged metadata, so a file that
    changed during the copy is not taken as consistent."""
    before = source.stat()
    digest = hashlib.sha256()
    with source.open("rb") as src, target.open("xb") as dst:
        while chunk := src.read(_COPY_CHUNK):
            digest.update(chunk)
            dst.write(chunk)
        dst.flush()
        os.fsync(dst.fileno())
    after = source.stat()
    if (before.st_size, before.st_mtime_ns) != (after.st_size, after.st_mtime_ns):
        raise BackupError(_("A vault file changed while it was copied; try the backup again."))
    return digest.hexdigest()


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as fh:
        while chunk := fh.read(_COPY_CHUNK):
            digest.update(chunk)
    return digest.hexdigest()


def _open_keyed(path: Path, key: bytes, *, read_only: bool,
                like: sqlcipher3.Connection | None = None) -> sqlcipher3.Connection:
    """A keyed connection to a copy; `like`: the connection whose layout a new copy takes."""
    mode = "ro" if read_only else "rwc"
    try:
        conn, _settings = connect_keyed(f"{path.resolve().as_uri()}?mode={mode}", key, create=not path.exists(),
                                        settings=settings_of(like) if like is not None else None)
        conn.execute("PRAGMA temp_store = MEMORY")
    except sqlcipher3.DatabaseError as exc:
        raise VaultOpenError(_("The backup cannot be read: it is damaged, or it does not open with this "
                               "passphrase or recovery key.")) from exc
    return conn


def _open_database_path(vault: Vault) -> Path:
    """The file of the database this vault has unlocked (whichever of the vault's databases it is)."""
    with vault.reading() as conn:
        for _seq, name, file in conn.execute("PRAGMA database_list").fetchall():
            if name == "main" and file:
                return Path(file).resolve()
    return paths.vault_db_path(vault.base).resolve()


def check_copy(db_path: Path, key: bytes) -> VerifyReport:
    """Open a copied database read-only and run the checks of `verify` on it."""
    conn = _open_keyed(db_path, key, read_only=True)
    try:
        # FTS5 checks its index only through a write statement; on a second connection, inside a
        # transaction that is rolled back, it changes nothing.
        probe = _open_keyed(db_path, key, read_only=False)
        try:
            probe.execute("BEGIN")
            index_ok = index_is_sound(probe)
            probe.execute("ROLLBACK")
        finally:
            probe.close()
        return verify_connection(conn, index_ok=index_ok)
    finally:
        conn.close()


def remove_stale_partials(folder: Path) -> None:
    """Remove what an interrupted backup left (encrypted, but of no use)."""
    with contextlib.suppress(OSError):
        for entry in folder.iterdir():
            if _TEMP_NAME.match(entry.name) and entry.is_dir():
                shutil.rmtree(entry, ignore_errors=True)


def make_backup(vault: Vault, out_dir: Path, *, progress: Progress | None = None,
                cancelled: Callable[[], bool] | None = None) -> BackupResult:
    """Write a verified backup of the open vault into `out_dir`; returns where it is."""
    out_dir = Path(out_dir)
    if not out_dir.is_dir():
        raise BackupError(_("{path} is not a folder.").format(path=out_dir))
    base = vault.base.resolve()
    if out_dir.resolve() == base or base in out_dir.resolve().parents:
        raise BackupError(_("A backup inside the vault's own folder is no backup: choose another folder, "
                            "ideally on a removable drive."))
    remove_stale_partials(out_dir)
    name = secrets.token_hex(8)
    temp = out_dir / f".{name}.partial"
    files = vault_files(vault.base)
    open_db = _open_database_path(vault)
    total = len(files) + 2
    step = 0

    def advance() -> None:
        nonlocal step
        step += 1
        if cancelled is not None and cancelled():
            raise Cancelled(_("Cancelled: no backup was made."))
        if progress is not None:
            progress(step, total)

    with vault.transaction() as conn:
        # The copy carries this entry: its time says how old the backup is, from inside the encryption.
        audit.append(conn, "backup")
    key = bytes(vault._key)  # the backup belongs to the vault: it needs the key it copies under
    try:
        temp.mkdir(mode=0o700)
        digests: dict[str, str] = {}
        for source in files:
            target = temp / source.name
            if source.resolve() == open_db:
                _online_copy(source, target, key)
            else:
                digests[source.name] = _copy_bytes(source, target)
            advance()
        _record_companion_digests(temp / open_db.name, key, digests)
        fsync_dir(temp)
        report = check_copy(temp / open_db.name, key)
        report.problems.extend(_companion_problems(temp, temp / open_db.name, key))
        if not report.ok or report.problems:
            raise BackupError(_("The backup copy failed its check: {problems}. Nothing was kept.").format(
                problems=" ".join(report.problems)))
        advance()
        final = out_dir / name
        os.rename(temp, final)
        fsync_dir(out_dir)
    except BaseException:
        shutil.rmtree(temp, ignore_errors=True)
        raise
    with vault.transaction() as conn:
        now = utc_now()
        conn.execute("INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE"
                     " SET value = excluded.value", (LAST_BACKUP_META, now))
    advance()
    log.info("verified backup written")
    return BackupResult(final, report)


def _record_companion_digests(db_path: Path, key: bytes, digests: dict[str, str]) -> None:
    conn = _open_keyed(db_path, key, read_only=False)
    try:
        conn.execute("INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE"
                     " SET value = excluded.value", (COMPANION_DIGESTS_META, json.dumps(digests, sort_keys=True)))
    finally:
        conn.close()


def _companion_problems(folder: Path, db_path: Path, key: bytes) -> list[str]:
    """What is wrong with the files copied beside the database, by the digests the database holds."""
    conn = _open_keyed(db_path, key, read_only=True)
    try:
        row = conn.execute("SELECT value FROM meta WHERE key = ?", (COMPANION_DIGESTS_META,)).fetchone()
    finally:
        conn.close()
    if row is None:
        return []
    try:
        digests = json.loads(row[0])
    except ValueError:
        return [_("A file of the backup is damaged.")]
    for name, digest in sorted(digests.items()):
        companion = folder / name
        if not companion.is_file() or _sha256(companion) != digest:
            return [_("A file of the backup is damaged.")]
    return []


def _online_copy(source: Path, target: Path, key: bytes) -> None:
    """SQLite's online backup from a separate read connection: one consistent snapshot, taken in a
    single step so that writes going on meanwhile (by this app or another process) cannot interleave."""
    src = _open_keyed(source, key, read_only=True)
    try:
        dst = _open_keyed(target, key, read_only=False, like=src)  # the backup API copies pages as they are
        try:
            src.backup(dst)
            # One self-contained file: no -wal or -shm beside the copy.
            dst.execute("PRAGMA journal_mode = DELETE").fetchone()
        finally:
            dst.close()
    finally:
        src.close()
    _fsync_file(target)


# -- reminders ---------------------------------------------------------------------------------------------


def reminder_days(vault: Vault) -> int:
    """After how many days without a verified backup to remind (0: never). HQ is reminded by default;
    a field worker only if they ask (a backup on a stick is one more copy to protect)."""
    default = HQ_DEFAULT_REMINDER_DAYS if vault.info.role == Role.HQ else 0
    value = vault.meta(REMINDER_DAYS_META)
    try:
        return max(0, int(value)) if value is not None else default
    except ValueError:
        return default


def set_reminder_days(vault: Vault, days: int) -> None:
    vault.set_meta(REMINDER_DAYS_META, str(max(0, min(365, int(days)))))


def backup_overdue(vault: Vault) -> int | None:
    """Days since the last verified backup when a reminder is due (-1: never backed up), else None."""
    days = reminder_days(vault)
    if days <= 0:
        return None
    last = vault.meta(LAST_BACKUP_META)
    since = days_since(last)
    if since is None:
        return -1
    return since if since >= days else None


# -- restoring ---------------------------------------------------------------------------------------------


def _backup_files(folder: Path) -> list[Path]:
    folder = Path(folder)
    if _TEMP_NAME.match(folder.name):
        raise BackupError(_("This folder is an unfinished backup (it was interrupted); it cannot be restored."))
    if not folder.is_dir():
        raise BackupError(_("{path} is not a backup folder.").format(path=folder))
    files = vault_files(folder)
    missing = [f.name for f in files if not f.is_file()]
    if missing:
        raise BackupError(_("{path} is not a complete backup: {files} missing.").format(
            path=folder, files=", ".join(missing)))
    return files


def _unlock_backup(folder: Path, passphrase: str | None, recovery_key: bytes | None) -> tuple[Path, bytes]:
    """The data key the secret opens, and the database of the backup that key opens."""
    files = _backup_files(folder)
    blob = paths.keyslots_path(folder).read_bytes()
    unlocked = (ks.unlock_with_recovery_key(blob, recovery_key) if recovery_key is not None
                else ks.unlock_with_passphrase(blob, passphrase or ""))
    key = bytes(unlocked.data_key)
    for candidate in files:
        if candidate.name == paths.keyslots_path(folder).name:
            continue
        try:
            _open_keyed(candidate, key, read_only=True).close()
        except VaultOpenError:
            continue
        return candidate, key
    raise BackupError(_("The backup is damaged: its database does not open with its own key."))


def inspect_backup(folder: Path, *, passphrase: str | None = None,
                   recovery_key: bytes | None = None) -> BackupInfo:
    """Open a backup with the vault's secret and check it; nothing is written anywhere."""
    return _inspect(Path(folder), passphrase, recovery_key)[0]


def _inspect(folder: Path, passphrase: str | None, recovery_key: bytes | None) -> tuple[BackupInfo, Path, bytes]:
    db_path, key = _unlock_backup(folder, passphrase, recovery_key)
    report = check_copy(db_path, key)
    report.problems.extend(_companion_problems(folder, db_path, key))
    conn = _open_keyed(db_path, key, read_only=True)
    try:
        row = conn.execute("SELECT at FROM audit ORDER BY seq DESC LIMIT 1").fetchone()
        role = conn.execute("SELECT value FROM meta WHERE key = 'role'").fetchone()
    finally:
        conn.close()
    return BackupInfo(taken_at=row[0] if row else None, role=role[0] if role else "", report=report), db_path, key


def restore_backup(folder: Path, target: Path, *, passphrase: str | None = None,
                   recovery_key: bytes | None = None) -> BackupInfo:
    """Put a checked backup in `target`, which must hold no vault. Returns what was restored."""
    folder, target = Path(folder), Path(target)
    if vault_exists(target) or any(f.exists() for f in vault_files(target)):
        raise VaultExistsError(_("A vault already exists in {path}; a restore never writes over one. "
                                 "Nothing was changed.").format(path=target))
    info, db_path, key = _inspect(folder, passphrase, recovery_key)
    if not info.report.ok or info.report.problems:
        raise BackupError(_("The backup failed its check: {problems}. Nothing was restored.").format(
            problems=" ".join(info.report.problems)))
    paths.ensure_private_dir(target)
    sources = _backup_files(folder)
    staged: list[tuple[Path, Path]] = []
    try:
        for source in sources:
            temp = target / f".{source.name}.{secrets.token_hex(4)}.restoring"
            digest = _copy_bytes(source, temp)
            if _sha256(source) != digest:
                raise BackupError(_("The backup changed while it was read; nothing was restored."))
            staged.append((temp, target / source.name))
        fsync_dir(target)
        for temp, final in staged:  # vault_files lists the key file last: no vault until it is in place
            if final.exists():
                raise VaultExistsError(_("A vault appeared in {path} meanwhile; nothing was changed.").format(
                    path=target))
            os.rename(temp, final)
        fsync_dir(target)
    except BaseException:
        for temp, _final in staged:
            temp.unlink(missing_ok=True)
        raise
    _after_restore(target / db_path.name, key, info)
    log.info("vault restored from a backup")
    return info


def _after_restore(db_path: Path, key: bytes, info: BackupInfo) -> None:
    """Counters resume above anything the lost vault may have used after the backup was taken: a field
    device's versions must never repeat, and a restored HQ's next profile must outnumber every profile
    the lost one issued (the same floor as a restore from key shares)."""
    conn = open_database(db_path, key)
    try:
        schema.migrate(conn)
        floor = str(int(time.time()))
        conn.execute("BEGIN IMMEDIATE")
        conn.execute("UPDATE meta SET value = CAST(max(CAST(value AS INTEGER), ?) AS TEXT) WHERE key = 'change_seq'",
                     (int(floor),))
        if info.role == Role.HQ:
            conn.execute("INSERT INTO meta (key, value) VALUES ('profile_version_floor', ?) ON CONFLICT(key)"
                         " DO UPDATE SET value = max(CAST(value AS INTEGER), excluded.value)", (floor,))
        else:
            # Bundles the lost laptop wrote after the backup had numbers this copy does not know: reserve
            # one far above them (as a crashed export would), so the next bundle is no replay at
            # headquarters but a gap, imported and shown to the coordinator.
            last = conn.execute("SELECT max(sequence) FROM export_log").fetchone()[0] or 0
            if int(floor) > last:
                conn.execute("INSERT INTO export_log (sequence, bundle_id, status, full, counter_after,"
                             " counter_through, started_at) VALUES (?, ?, 'writing', 0, 0, 0, ?)",
                             (int(floor), str(uuid.uuid4()), utc_now()))
        audit.append(conn, "restored_from_backup")
        conn.execute("COMMIT")
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        conn.close()
