"""Receipts: HQ acknowledges, the field marks records delivered, moves its export start, and purges."""

from __future__ import annotations

import io
import json
import os
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from intake_app.crypto.signing import SignatureError
from intake_app.hq.importer import ImportOutcome, import_bundle
from intake_app.sync import keystore
from intake_app.sync.export import ACKNOWLEDGED_SEQ, export_bundle
from intake_app.sync.receipt_format import ReceiptNotForUs, decrypt_receipt, encrypt_receipt, sign_receipt
from intake_app.sync.receipts import (
    NothingToAcknowledge,
    create_receipt,
    import_receipt,
    purge_candidates,
    purge_delivered,
)
from intake_app.vault.attachments import AttachmentStore
from intake_app.vault.records import RecordStore
from intake_app.vault.search import SearchQuery, search
from tests.core.bundle_helpers import add_records, content_digest, deliver, make_field, make_hq
from tests.core.helpers import make_aid, make_case, make_testimony

LATER = datetime.now(UTC) + timedelta(days=31)  # past the default 30-day purge delay


@pytest.fixture
def pair(tmp_path: Path):  # type: ignore[no-untyped-def]
    hq, profile = make_hq(tmp_path / "hq")
    field_vault = make_field(tmp_path / "field", hq, profile)
    out = tmp_path / "stick"
    out.mkdir()
    yield field_vault, hq, out, profile, tmp_path
    field_vault.close()
    hq.close()


def _delivered(vault) -> int:  # type: ignore[no-untyped-def]
    with vault.reading() as conn:
        return int(conn.execute("SELECT count(*) FROM delivered").fetchone()[0])


def test_a_receipt_marks_what_hq_holds(pair) -> None:  # type: ignore[no-untyped-def]
    field_vault, hq, out, _profile, _tmp = pair
    with pytest.raises(NothingToAcknowledge):
        create_receipt(hq, field_vault.info.device_id)
    ids = add_records(field_vault, 3)
    assert import_bundle(hq, export_bundle(field_vault, out).path).outcome is ImportOutcome.IMPORTED
    store = RecordStore(field_vault)
    edited = store.get(ids[0])
    edited.alias = "edited after the export"  # type: ignore[union-attr]
    store.save(edited)  # type: ignore[arg-type]
    result = import_receipt(field_vault, create_receipt(hq, field_vault.info.device_id))
    assert (result.bundles, result.records) == (1, len(ids) - 1)  # the edited one is not delivered yet
    assert _delivered(field_vault) == len(ids) - 1
    assert "marked delivered" in result.message
    with field_vault.reading() as conn:
        through = conn.execute("SELECT counter_through FROM export_log").fetchone()[0]
    assert field_vault.meta(ACKNOWLEDGED_SEQ) == str(through)
    again = import_receipt(field_vault, create_receipt(hq, field_vault.info.device_id))
    assert (again.bundles, again.records) == (0, 0)


def test_a_receipt_for_another_device_or_by_another_key_changes_nothing(pair) -> None:  # type: ignore[no-untyped-def]
    field_vault, hq, out, profile, tmp_path = pair
    add_records(field_vault, 1)
    import_bundle(hq, export_bundle(field_vault, out).path)
    other = make_field(tmp_path / "other", hq, profile)
    add_records(other, 1)
    other_out = tmp_path / "other-stick"
    other_out.mkdir()
    import_bundle(hq, export_bundle(other, other_out).path)
    before = content_digest(field_vault, ledger=False)
    with pytest.raises(ReceiptNotForUs):  # encrypted to the other device: this one cannot even read it
        import_receipt(field_vault, create_receipt(hq, other.info.device_id))
    rogue, _profile = make_hq(tmp_path / "rogue-hq")
    with pytest.raises(SignatureError):
        import_receipt(field_vault, create_receipt_as(rogue, hq, field_vault))
    assert content_digest(field_vault, ledger=False) == before and _delivered(field_vault) == 0
    other.close()
    rogue.close()


def create_receipt_as(signer, hq, field_vault) -> bytes:  # type: ignore[no-untyped-def]
    """HQ's receipt content, signed by another HQ's key (and encrypted to the device, as HQ would)."""
    payload = json.loads(_opened(field_vault, create_receipt(hq, field_vault.info.device_id)))["receipt"]
    return encrypt_receipt(sign_receipt(keystore.hq_signing_key(signer), payload),
                           keystore.device_age_recipient(field_vault))


def _opened(field_vault, data: bytes) -> bytes:  # type: ignore[no-untyped-def]
    return decrypt_receipt(data, keystore.device_age_identity(field_vault)[0])


def test_a_receipt_is_random_bytes_to_anyone_but_its_device(pair) -> None:  # type: ignore[no-untyped-def]
    field_vault, hq, out, _profile, _tmp = pair
    ids = add_records(field_vault, 2)
    result = import_bundle(hq, export_bundle(field_vault, out).path)
    data = create_receipt(hq, field_vault.info.device_id)
    assert data.startswith(b"age-encryption.org/v1\n")
    for secret in (field_vault.info.device_id, result.bundle_id, *ids, "bundles", "versions", "issued_at"):
        assert secret.encode() not in data and secret.replace("-", "").encode() not in data
    # The signed receipt in plain JSON (what HQ used to write) is refused, nothing marked.
    before = content_digest(field_vault, ledger=False)
    with pytest.raises(ReceiptNotForUs):
        import_receipt(field_vault, _opened(field_vault, data))
    assert content_digest(field_vault, ledger=False) == before and _delivered(field_vault) == 0
    assert import_receipt(field_vault, data).records == len(ids)


def test_purge_removes_delivered_records_after_the_delay(pair) -> None:  # type: ignore[no-untyped-def]
    field_vault, hq, out, _profile, _tmp = pair
    store = RecordStore(field_vault)
    photo = os.urandom(300_000)
    old_case = make_case(store, "Delivered")
    make_testimony(store, old_case.id, narrative="Testimony about the Onsong holding centre.")
    AttachmentStore(field_vault).add(old_case.id, io.BytesIO(photo), filename="p.jpg")
    kept_case = make_case(store, "Kept")
    deliver(field_vault, hq, out)
    make_aid(store, kept_case.id)  # not delivered: keeps its case on the laptop
    assert purge_candidates(field_vault).records == 0  # the delay has not passed
    assert purge_delivered(field_vault).records == 0
    candidates = purge_candidates(field_vault, now=LATER)
    assert (candidates.records, candidates.attachments) == (3, 1)
    result = purge_delivered(field_vault, now=LATER)
    assert (result.records, result.attachments, result.blobs) == (3, 1, 1)
    assert store.get(old_case.id) is None and store.get(kept_case.id) is not None
    assert store.counts() == {"case": 1, "aid": 1, "testimony": 0, "attachment": 0}
    assert search(field_vault, SearchQuery(text="Onsong")) == []
    with field_vault.reading() as conn:
        assert conn.execute("SELECT count(*) FROM blobs").fetchone()[0] == 0
        assert conn.execute("SELECT count(*) FROM version_lineage WHERE record_id = ?",
                            (old_case.id,)).fetchone()[0] == 0
    wal = Path(str(field_vault.db_path) + "-wal")
    assert not wal.exists() or wal.stat().st_size == 0
    assert RecordStore(hq).count() >= 3  # HQ keeps everything
