"""`intake-app --self-test`: does this installation work? One line per check, then OK (exit 0) or FAILED (exit 1).

Written for the installers: the frozen app must find every library, data file and plugin that PyInstaller was
supposed to bundle, and a package must pull in every system library it does not bundle. So each check runs
the real code path a user's session takes, not an import alone:

- a real vault with the real Argon2id defaults (256 MiB, about a second; the fast test settings are never used
  here), a record saved and found by full-text search, an attachment read back, the vault locked, reopened
  with the passphrase and verified, then every file scanned for the fictional marker text;
- the JSON Schemas through both validators (jsonschema-rs accepts, jsonschema explains a refusal), the
  taxonomy, the Korean, Japanese and Chinese catalogues;
- age (pyrage) in this process and in the "spawn" child the bundle code uses, Argon2id against RFC 9106;
- Qt's platform plugin, in a spawn child too: a plugin that does not load aborts the whole process, which
  must not take the report with it. Qt is imported only there (intake_app/ui/selftest_qt.py), so the core
  stays free of Qt (tests/core/test_layering.py).

Everything happens in a private temporary folder that is removed afterwards, with fictional data only; the
user's data folder is never touched.
"""

from __future__ import annotations

import contextlib
import hashlib
import io
import multiprocessing
import os
import platform
import secrets
import shutil
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from multiprocessing.connection import Connection
from pathlib import Path
from typing import Any

# A passphrase that the zxcvbn policy accepts; the vault it opens lives for a second in a temporary folder.
_PASSPHRASE = "selftest walnut harbour comet 7391"  # noqa: S105 - fictional, for a throwaway vault
# A message every catalogue translates (the CLI's answer to Ctrl+C), so each .ts file is proven to load.
_TRANSLATED = "Interrupted; nothing more was written."
_LANGUAGES = ("ko", "ja", "zh_CN")
# How long the Qt child may take before it counts as hung (start-up of Qt on a slow laptop is ~1 s).
_QT_TIMEOUT_S = 60.0
# RFC 9106, section 5.3: the Argon2id test vector (t=3, m=32 KiB, p=4, with secret and associated data).
_ARGON2ID_TAG = "0d640df58d78766c08c037a34a8b53c9d01ef0452d75b65eb52520e96b01e659"


class SelfTestError(Exception):
    """A check found something wrong; the message says what."""


@dataclass
class _Context:
    work: Path
    marker: str = field(default_factory=lambda: "selftestmarker" + secrets.token_hex(8))
    vault: Any = None
    case_id: str = ""
    frozen: bool = field(default_factory=lambda: bool(getattr(sys, "frozen", False)))

    def need_vault(self) -> Any:
        if self.vault is None:
            raise SelfTestError("skipped: the vault check failed")
        return self.vault


def _expect(condition: bool, problem: str) -> None:
    if not condition:
        raise SelfTestError(problem)


# -- the checks -------------------------------------------------------------------------------------------


def _check_sqlcipher(ctx: _Context) -> str:
    import sqlcipher3

    conn = sqlcipher3.connect(":memory:")
    try:
        row = conn.execute("PRAGMA cipher_version").fetchone()
        _expect(bool(row and row[0]), "PRAGMA cipher_version is empty: this SQLite is not SQLCipher")
        provider = conn.execute("PRAGMA cipher_provider").fetchone()
        sqlite = conn.execute("SELECT sqlite_version()").fetchone()[0]
        fts5 = conn.execute("SELECT sqlite_compileoption_used('ENABLE_FTS5')").fetchone()[0]
    finally:
        conn.close()
    _expect(fts5 == 1, "SQLite was built without FTS5 (full-text search)")
    crypto = f" ({provider[0]})" if provider and provider[0] else ""
    return f"SQLCipher {row[0]}{crypto}, SQLite {sqlite}, FTS5"


def _check_vault(ctx: _Context) -> str:
    from intake_app.crypto.kdf import DEFAULT_PARAMS
    from intake_app.vault.vault import Vault

    base = ctx.work / "vault"
    started = time.perf_counter()
    # The real defaults, explicitly: INTAKE_INSECURE_TEST_KDF in the environment must not make this cheaper.
    vault, recovery = Vault.create(base, _PASSPHRASE, kdf_params=DEFAULT_PARAMS)
    ctx.vault = vault
    elapsed = time.perf_counter() - started
    _expect(bool(recovery), "no recovery key was produced")
    with (base / "vault.db").open("rb") as fh:
        _expect(not fh.read(16).startswith(b"SQLite format 3"), "vault.db has a plain SQLite header")
    p = DEFAULT_PARAMS
    return f"created with Argon2id {p.memory_kib // 1024} MiB, t={p.iterations}, p={p.lanes} in {elapsed:.2f} s"


def _check_records(ctx: _Context) -> str:
    from intake_app.domain.models import Case, Consent, Incident, IncidentDate, Testimony
    from intake_app.vault.records import RecordStore
    from intake_app.vault.search import SearchQuery, count

    vault = ctx.need_vault()
    store = RecordStore(vault)
    case = store.save(Case(alias="Self-test person (fictional)", sex="female", situation="in_hiding_china",
                           province_of_origin="north_hamgyong", notes="fictional record of the self-test"))
    ctx.case_id = case.id
    store.save(Testimony(
        witness_case_id=case.id, interview_date="2026-01-02", interviewer="Self-test", language="ko",
        source_type="direct", narrative=f"A fictional narrative for the installer's self-test: {ctx.marker}.",
        consents=[Consent("store", True, "2026-01-02", "oral")],
        incidents=[Incident(["torture"], date=IncidentDate("2009-05", "month"))],
    ))
    found = count(vault, SearchQuery(text=ctx.marker))
    _expect(found == 1, f"full-text search found {found} records instead of 1")
    _expect(count(vault, SearchQuery(facets={"violation": "torture"})) == 1, "the violation filter found nothing")
    return f"{store.count()} records saved, found by full-text search and by filter"


def _check_attachment(ctx: _Context) -> str:
    from intake_app.vault.attachments import AttachmentStore

    vault = ctx.need_vault()
    store = AttachmentStore(vault)
    payload = b"\x89PNG\r\n\x1a\n" + ctx.marker.encode() + secrets.token_bytes(300_000)
    att = store.add(ctx.case_id, io.BytesIO(payload), filename="selftest.png")
    _expect(store.read_bytes(att.sha256) == payload, "the attachment read back differs from what was stored")
    _expect(att.media_type == "image/png", f"media type {att.media_type!r} instead of image/png")
    return f"{len(payload) // 1024} KiB stored and read back, SHA-256 {att.sha256[:12]}…"


def _check_reopen(ctx: _Context) -> str:
    from intake_app.vault.vault import Vault
    from intake_app.vault.verify import verify_vault

    vault = ctx.need_vault()
    base = vault.base
    vault.close()
    ctx.vault = None
    started = time.perf_counter()
    vault = Vault.open(base, passphrase=_PASSPHRASE)
    ctx.vault = vault
    elapsed = time.perf_counter() - started
    report = verify_vault(vault)
    _expect(report.ok, "verify: " + "; ".join(report.problems))
    vault.close()
    ctx.vault = None
    needle = ctx.marker.encode()
    leaks = [p.name for p in ctx.work.rglob("*") if p.is_file() and needle in p.read_bytes()]
    _expect(not leaks, f"plaintext marker found in {leaks}")
    counts = ", ".join(f"{n} {kind}" for kind, n in sorted(report.counts.items()))
    return f"unlocked in {elapsed:.2f} s, verified ({counts}), no plaintext in any file"


def _check_schemas(ctx: _Context) -> str:
    from intake_app.domain.models import Case
    from intake_app.domain.validation import RECORD_TYPE_NAMES, load_schema, record_problems

    names = ["record", *RECORD_TYPE_NAMES]
    for name in names:
        load_schema(name)
    envelope = Case(alias="Schema check (fictional)", created_at="2026-01-02T03:04:05Z",
                    updated_at="2026-01-02T03:04:05Z", origin_device="00000000-0000-4000-8000-000000000000",
                    ).to_envelope()
    envelope["version"] = {"device": envelope["origin_device"], "counter": 1}
    # A valid record passes the fast validator (jsonschema-rs) alone; a wrong one is explained by jsonschema.
    problems = record_problems(envelope)
    _expect(problems == [], f"a valid record was refused: {problems}")
    envelope["data"]["situation"] = "not-a-situation"
    _expect(bool(record_problems(envelope)), "an invalid record was accepted")
    return f"{len(names)} schemas; jsonschema-rs accepts, jsonschema explains a refusal"


def _check_taxonomy(ctx: _Context) -> str:
    from intake_app.domain.taxonomy import load_taxonomy

    tax = load_taxonomy()
    _expect(tax.violation("torture").key == "torture", "no violation type 'torture'")
    label = tax.label("dprk_provinces", "north_hamgyong", "ko")
    _expect(label != "north_hamgyong", "no Korean label for a province")
    return f"version {tax.version}, {len(tax.violation_types)} violation types, {len(tax.list_names())} lists"


def _check_translations(ctx: _Context) -> str:
    from intake_app.i18n import translate_for
    from intake_app.resources import resource_path

    for lang in _LANGUAGES:
        _expect(translate_for(lang, _TRANSLATED) != _TRANSLATED, f"the {lang} catalogue did not load")
    compiled = [lang for lang in _LANGUAGES if resource_path("translations", f"intake_{lang}.qm").is_file()]
    # From source the .qm files exist only after `make translations`; an installer must always ship them.
    if ctx.frozen:
        _expect(len(compiled) == len(_LANGUAGES), f"compiled catalogues missing: only {compiled}")
    sample = translate_for("ko", _TRANSLATED)
    return f"{', '.join(_LANGUAGES)} loaded ({len(compiled)} compiled .qm); ko: {sample}"


def _check_pyrage(ctx: _Context) -> str:
    import pyrage
    from pyrage import x25519

    identity = x25519.Identity.generate()
    plaintext = ctx.marker.encode() * 1000
    ciphertext = pyrage.encrypt(plaintext, [identity.to_public()])
    _expect(ciphertext.startswith(b"age-encryption.org/v1\n"), "pyrage did not write the age v1 format")
    _expect(pyrage.decrypt(ciphertext, [identity]) == plaintext, "age decryption gave different bytes")
    return f"age v1 X25519 round trip of {len(plaintext) // 1024} KiB"


def _check_age_child(ctx: _Context) -> str:
    from pyrage import x25519

    from intake_app.sync import age_stream, child

    identity = x25519.Identity.generate()
    payload = ctx.marker.encode() + secrets.token_bytes(3 << 20)
    part, final = ctx.work / "bundle.part", ctx.work / "bundle.bin"
    with child.encrypting([str(identity.to_public())], part, isolated=True) as job:
        job.write(payload)
        written = job.finish()
        part.rename(final)
        job.keep()
    _expect(final.stat().st_size == written.size, "the encrypted file has the wrong size")
    with child.decrypting([str(identity)], path=final, isolated=True) as stream:
        digest = hashlib.sha256(stream.read_exact(len(payload) + 1)).digest()
        outcome = stream.finish()
    _expect(outcome is age_stream.AgeOutcome.OK, f"decryption outcome {outcome.name}")
    _expect(digest == hashlib.sha256(payload).digest(), "the child decrypted different bytes")
    return f"{len(payload) >> 20} MiB encrypted and decrypted by spawned helper processes"


def _check_argon2id(ctx: _Context) -> str:
    from cryptography.hazmat.primitives.kdf.argon2 import Argon2id

    kdf = Argon2id(salt=b"\x02" * 16, length=32, iterations=3, lanes=4, memory_cost=32,
                   ad=b"\x04" * 12, secret=b"\x03" * 8)
    tag = kdf.derive(b"\x01" * 32).hex()
    _expect(tag == _ARGON2ID_TAG, f"RFC 9106 test vector gave {tag}")
    import cryptography

    return f"RFC 9106 test vector matches (cryptography {cryptography.__version__})"


def _check_qt(ctx: _Context) -> str:
    spawn = multiprocessing.get_context("spawn")
    receiver, sender = spawn.Pipe(duplex=False)
    process = spawn.Process(target=_qt_child, args=(sender,), name="intake-selftest-qt", daemon=True)
    process.start()
    sender.close()
    try:
        if not receiver.poll(_QT_TIMEOUT_S):
            raise SelfTestError(f"Qt did not answer within {_QT_TIMEOUT_S:.0f} s "
                                f"(exit code {process.exitcode}; see Qt's messages above)")
        status, detail = receiver.recv()
    except EOFError:
        process.join(5)
        raise SelfTestError(f"Qt stopped the process (exit code {process.exitcode}); see Qt's messages above "
                            "(a platform plugin or one of its libraries may be missing)") from None
    finally:
        receiver.close()
        process.join(10)
        if process.is_alive():
            process.kill()
    if status != "ok":
        raise SelfTestError(detail)
    return str(detail)


def _qt_child(sender: Connection) -> None:
    """Runs in the spawned child: start Qt with the platform the GUI would use and report what worked."""
    try:
        display = os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")
        if not os.environ.get("QT_QPA_PLATFORM") and not display:
            os.environ["QT_QPA_PLATFORM"] = "offscreen"  # no screen: still prove Qt and its plugins load
        from intake_app.ui.selftest_qt import check_qt

        sender.send(("ok", check_qt()))
    except Exception as exc:
        sender.send(("error", f"{type(exc).__name__}: {exc}"))
    finally:
        sender.close()


CHECKS: tuple[tuple[str, Callable[[_Context], str]], ...] = (
    ("sqlcipher", _check_sqlcipher),
    ("vault", _check_vault),
    ("records", _check_records),
    ("attachment", _check_attachment),
    ("reopen", _check_reopen),
    ("schemas", _check_schemas),
    ("taxonomy", _check_taxonomy),
    ("translations", _check_translations),
    ("age", _check_pyrage),
    ("age-child", _check_age_child),
    ("argon2id", _check_argon2id),
    ("qt", _check_qt),
)


def _header(frozen: bool) -> str:
    from intake_app import __version__
    from intake_app.resources import base_dir

    where = f"frozen build in {Path(sys.executable).resolve().parent}" if frozen else f"source in {base_dir()}"
    return (f"Field Intake {__version__} self-test: {where}; Python {platform.python_version()}, "
            f"{platform.system()} {platform.machine()}")


def run_self_test(out: Callable[[str], None] | None = None) -> int:
    """Run every check; print one line each and OK at the end. Returns the exit code (0 OK, 1 failed)."""
    def emit(line: str) -> None:
        (out or _print)(line)

    started = time.perf_counter()
    work = Path(tempfile.mkdtemp(prefix="intake-selftest-"))
    ctx = _Context(work=work)
    failed: list[str] = []
    try:
        emit(_header(ctx.frozen))
        for name, check in CHECKS:
            t0 = time.perf_counter()
            try:
                detail = check(ctx)
            except Exception as exc:
                message = str(exc) if isinstance(exc, SelfTestError) else f"{type(exc).__name__}: {exc}"
                emit(f"FAIL  {name:<13} {message}")
                failed.append(name)
            else:
                emit(f"ok    {name:<13} {detail} [{time.perf_counter() - t0:.2f} s]")
    finally:
        if ctx.vault is not None:
            with contextlib.suppress(Exception):
                ctx.vault.close()
        shutil.rmtree(work, ignore_errors=True)
    total = time.perf_counter() - started
    if failed:
        emit(f"FAILED: {', '.join(failed)} ({total:.1f} s)")
        return 1
    emit(f"OK ({total:.1f} s)")
    return 0


def _print(line: str) -> None:
    print(line, flush=True)
