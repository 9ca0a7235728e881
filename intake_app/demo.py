"""A throwaway demo vault filled with fictional records (`intake-app demo`), for training and trying the app.

Nothing in it is real (see `intake_app.demo_data`), so, unlike a real vault, it may live in the system's
temporary folder, and its passphrase may be printed and written in this file.
"""

from __future__ import annotations

import contextlib
import io
import random
import shutil
import tempfile
from collections import Counter
from collections.abc import Callable, Iterator
from pathlib import Path

from intake_app.demo_data import demo_image_bytes, generate_demo_records
from intake_app.domain.models import HQ_RECORD_TYPES, RECORD_TYPES, Testimony
from intake_app.i18n import _
from intake_app.vault.attachments import AttachmentStore, Cancelled
from intake_app.vault.records import RecordStore
from intake_app.vault.vault import Role, Vault

DEMO_PASSPHRASE = "orchid lantern river demo 42"  # noqa: S105 - public on purpose: fictional data only
"""Accepted by the passphrase policy (checked in tests); public on purpose: the demo holds no real data."""

ATTACHMENTS = 4
"""How many testimonies get the demo picture."""


def populate(
    vault: Vault,
    cases: int,
    *,
    seed: int = 7,
    progress: Callable[[int, int], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> dict[str, int]:
    """Fill `vault` with the fictional dataset of `cases` cases; returns how many records of each type.

    Everything is written in one transaction (fast, and all or nothing): when `cancelled()` turns true,
    `Cancelled` is raised and the vault is left as it was. `progress(done, total)` follows the records.
    """
    rng = random.Random(seed)  # noqa: S311 - demo data must be reproducible, not secret
    records = list(generate_demo_records(rng, cases))
    testimonies = [r for r in records if isinstance(r, Testimony)]
    step = max(1, len(testimonies) // ATTACHMENTS)
    attach_to = testimonies[::step][:ATTACHMENTS]
    total = len(records) + len(attach_to)
    counts: Counter[str] = Counter()
    store, attachments = RecordStore(vault), AttachmentStore(vault)
    picture = demo_image_bytes()
    done = 0

    def advance() -> None:
        nonlocal done
        if cancelled is not None and cancelled():
            raise Cancelled(_("Cancelled."))
        done += 1
        if progress is not None:
            progress(done, total)

    with vault.transaction():
        for record in records:
            store.save(record)
            counts[record.TYPE] += 1
            advance()
        for n, testimony in enumerate(attach_to, 1):
            attachments.add(
                testimony.id,
                io.BytesIO(picture),
                filename=f"demo-sketch-{n}.png",
                media_type="image/png",
                caption="(demo) Sketch drawn during the interview; fictional, for illustration.",
            )
            counts["attachment"] += 1
            advance()
    return {kind: counts.get(kind, 0) for kind in RECORD_TYPES if kind not in HQ_RECORD_TYPES}


@contextlib.contextmanager
def demo_session(cases: int, keep: bool = False) -> Iterator[tuple[Path, Vault, str]]:
    """A new field vault with `cases` fictional cases in a private temporary folder.

    Yields (folder, unlocked vault, passphrase). On exit the vault is locked (if still open) and the folder
    deleted, unless `keep`.
    """
    with _session(Role.FIELD, "field-intake-demo-", lambda vault: populate(vault, cases), keep) as opened:
        yield opened


@contextlib.contextmanager
def _session(role: Role, prefix: str, fill: Callable[[Vault], object], keep: bool
             ) -> Iterator[tuple[Path, Vault, str]]:
    # Demo data is fictional, so the temporary folder is an acceptable place for it (mkdtemp makes it 0700).
    # Real records must never be written there.
    base = Path(tempfile.mkdtemp(prefix=prefix))
    vault: Vault | None = None
    try:
        vault, _recovery_key = Vault.create(base, DEMO_PASSPHRASE, role)
        fill(vault)
        yield base, vault, DEMO_PASSPHRASE
    finally:
        if vault is not None and vault.is_open:
            vault.close()
        if not keep:
            shutil.rmtree(base, ignore_errors=True)



DEMO_DEVICES = 3
"""How many fictional field laptops send their records to the demo headquarters."""


def populate_hq(hq: Vault, cases: int, *, devices: int = DEMO_DEVICES, seed: int = 7,
                progress: Callable[[int, int], None] | None = None) -> dict[str, int]:
    """Fill an HQ vault the way a real one fills: field vaults enrolled with its profile each record their
    share of the fictional cases, export a bundle, and HQ imports it (signature, decryption, merge, ledger).

    The field vaults live in a private temporary folder, deleted at the end (fictional data only).
    """
    from intake_app.hq import devices as hq_devices
    from intake_app.hq.importer import import_bundle
    from intake_app.sync import keystore
    from intake_app.sync.export import export_bundle
    from intake_app.sync.profile import ExportPolicy, create_profile, current_profile, import_profile

    keystore.ensure_hq_keys(hq)
    profile = current_profile(hq)
    if profile is None:
        profile_bytes = create_profile(hq, "(demo) Life Funds Example; (demo) Human Rights Example", ExportPolicy())
    else:
        raise ValueError("populate_hq needs a new HQ vault")
    scratch = Path(tempfile.mkdtemp(prefix="field-intake-demo-devices-"))
    try:
        share = max(1, cases // devices)
        for n in range(devices):
            if progress is not None:
                progress(n, devices)
            field_vault, _recovery = Vault.create(scratch / f"device-{n}", DEMO_PASSPHRASE, Role.FIELD)
            try:
                import_profile(field_vault, profile_bytes)
                hq_devices.approve(hq, hq_devices.create_request(field_vault, f"(demo) laptop {n + 1}"))
                populate(field_vault, share, seed=seed + n)
                outbox = scratch / f"outbox-{n}"
                outbox.mkdir()
                result = export_bundle(field_vault, outbox, full=True)
            finally:
                field_vault.close()
            for bundle in sorted(outbox.iterdir()):
                import_bundle(hq, bundle)
            del result
        if progress is not None:
            progress(devices, devices)
    finally:
        shutil.rmtree(scratch, ignore_errors=True)
    return RecordStore(hq).counts()


@contextlib.contextmanager
def hq_demo_session(cases: int, keep: bool = False) -> Iterator[tuple[Path, Vault, str]]:
    """A new headquarters vault holding the fictional records of several field laptops (see `populate_hq`)."""
    with _session(Role.HQ, "field-intake-demo-hq-", lambda vault: populate_hq(vault, cases), keep) as opened:
        yield opened
