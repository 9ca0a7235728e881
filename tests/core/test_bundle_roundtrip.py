"""Field to HQ and back: export, import, receipt, incremental export, identifying fields, limits."""

from __future__ import annotations

import io
import os
import re
from pathlib import Path

import pytest

from intake_app.hq.importer import ImportOutcome, import_bundle
from intake_app.sync import child
from intake_app.sync.export import ExportOutcome, export_bundle
from intake_app.sync.limits import Limits
from intake_app.sync.profile import ExportPolicy
from intake_app.sync.receipts import create_receipt, import_receipt
from intake_app.sync.writer import WriteVerifyFailed
from intake_app.vault.attachments import AttachmentStore, Cancelled
from intake_app.vault.records import RecordStore
from intake_app.vault.status import sync_status
from tests.core.bundle_helpers import add_records, content_digest, make_field, make_hq
from tests.core.helpers import files_containing, make_case


@pytest.fixture
def pair(tmp_path: Path):  # type: ignore[no-untyped-def]
    hq, profile = make_hq(tmp_path / "hq")
    field_vault = make_field(tmp_path / "field", hq, profile)
    out = tmp_path / "stick"
    out.mkdir()
    yield field_vault, hq, out
    field_vault.close()
    hq.close()


def _bodies(vault) -> dict[str, dict]:  # type: ignore[no-untyped-def]
    return {env["id"]: env for env in RecordStore(vault).iter_envelopes()}


def test_round_trip_with_attachments(pair) -> None:  # type: ignore[no-untyped-def]
    field_vault, hq, out = pair
    big = os.urandom(2_500_000)  # several vault chunks
    ids = add_records(field_vault, 4, attachment=big)
    small = AttachmentStore(field_vault).add(ids[2], io.BytesIO(b"scan"), filename="scan.png", media_type="image/png")
    result = export_bundle(field_vault, out)
    assert result.outcome is ExportOutcome.WRITTEN and len(result.bundles) == 1
    assert result.records == len(ids) + 1 and result.attachments == 2
    assert [p.name for p in out.iterdir()] == [result.path.name]
    assert re.fullmatch(r"[0-9a-f]{16}\.bin", result.path.name)

    imported = import_bundle(hq, result.path)
    assert imported.outcome is ImportOutcome.IMPORTED, imported.message
    assert (imported.new, imported.updated, imported.conflicts, imported.gap) == (len(ids) + 1, 0, 0, False)
    assert RecordStore(hq).counts() == RecordStore(field_vault).counts()
    assert _bodies(hq) == _bodies(field_vault)
    hq_files = AttachmentStore(hq)
    assert hq_files.read_bytes(hashlib_of(big)) == big
    assert hq_files.read_bytes(small.sha256) == b"scan"
    again = import_bundle(hq, result.path)
    assert again.outcome is ImportOutcome.ALREADY_IMPORTED
    status = sync_status(field_vault)
    assert status.unsent_changes == 0 and status.last_export_at


def hashlib_of(data: bytes) -> str:
    import hashlib

    return hashlib.sha256(data).hexdigest()


def test_second_export_is_incremental_after_a_receipt(pair) -> None:  # type: ignore[no-untyped-def]
    field_vault, hq, out = pair
    add_records(field_vault, 3)
    first = export_bundle(field_vault, out)
    assert import_bundle(hq, first.path).outcome is ImportOutcome.IMPORTED
    # Without a receipt, the next export carries everything again (a lost stick loses nothing) ...
    store = RecordStore(field_vault)
    make_case(store, "Later")
    cumulative = export_bundle(field_vault, out)
    assert cumulative.records == first.records + 1
    # ... and once HQ acknowledged, only what changed since.
    receipt = create_receipt(hq, field_vault.info.device_id)
    outcome = import_receipt(field_vault, receipt)
    assert outcome.bundles == 1 and outcome.records == first.records
    make_case(store, "Even later")
    second = export_bundle(field_vault, out)
    assert second.records == 2  # "Later" (not acknowledged yet) and "Even later"
    assert import_bundle(hq, second.path).outcome is ImportOutcome.IMPORTED
    late = import_bundle(hq, cumulative.path)  # older than bundle 3: kept in the history, no head goes back
    assert late.outcome is ImportOutcome.IMPORTED and late.late and late.updated == 0
    assert RecordStore(hq).counts() == RecordStore(field_vault).counts()
    nothing = export_bundle(field_vault, out)
    assert nothing.outcome is ExportOutcome.WRITTEN  # "Later" and "Even later" still unacknowledged
    import_receipt(field_vault, create_receipt(hq, field_vault.info.device_id))
    assert export_bundle(field_vault, out).outcome is ExportOutcome.NOTHING_NEW


def test_edits_and_deletions_fast_forward(pair) -> None:  # type: ignore[no-untyped-def]
    field_vault, hq, out = pair
    ids = add_records(field_vault, 2)
    import_bundle(hq, export_bundle(field_vault, out).path)
    store = RecordStore(field_vault)
    case = store.get(ids[0])
    case.alias = "Renamed"  # type: ignore[union-attr]
    case = store.save(case)  # type: ignore[arg-type]
    case.notes = "second edit"  # type: ignore[union-attr]
    store.save(case)  # type: ignore[arg-type]  # HQ never sees the middle version
    store.delete(ids[1])
    result = import_bundle(hq, export_bundle(field_vault, out).path)
    assert result.outcome is ImportOutcome.IMPORTED
    assert result.updated == 2 and result.conflicts == 0
    assert _bodies(hq) == _bodies(field_vault)
    assert RecordStore(hq).get(ids[1]) is None


def test_identifying_fields_stay_in_the_field_unless_allowed(tmp_path: Path) -> None:
    for allowed, expect_name in ((ExportPolicy(), None), (ExportPolicy.from_specs(["case:legal_name"]), "Kim")):
        hq, profile = make_hq(tmp_path / f"hq{expect_name}", allowed)
        field_vault = make_field(tmp_path / f"f{expect_name}", hq, profile)
        case = make_case(RecordStore(field_vault), "Plum", legal_name="Kim", phone="+86 000")
        AttachmentStore(field_vault).add(case.id, io.BytesIO(b"face"), filename="face.jpg", identifying=True)
        out = tmp_path / f"out{expect_name}"
        out.mkdir()
        result = export_bundle(field_vault, out)
        assert result.kept_back == 1
        assert import_bundle(hq, result.path).outcome is ImportOutcome.IMPORTED
        at_hq = RecordStore(hq).get_envelope(case.id)
        assert at_hq["data"]["legal_name"] == expect_name and at_hq["data"]["phone"] is None  # type: ignore[index]
        assert RecordStore(hq).count("attachment") == 0
        field_vault.close()
        hq.close()


def test_an_export_too_big_for_one_bundle_is_split(pair) -> None:  # type: ignore[no-untyped-def]
    field_vault, hq, out = pair
    add_records(field_vault, 4)
    result = export_bundle(field_vault, out, limits=Limits(max_records=3))
    assert len(result.bundles) == 3 and [b.sequence for b in result.bundles] == [1, 2, 3]
    for bundle in result.bundles:
        imported = import_bundle(hq, bundle.path)
        assert imported.outcome is ImportOutcome.IMPORTED and not imported.gap
    assert RecordStore(hq).counts() == RecordStore(field_vault).counts()


def test_a_cancelled_export_leaves_nothing(pair) -> None:  # type: ignore[no-untyped-def]
    field_vault, _hq, out = pair
    add_records(field_vault, 2, attachment=os.urandom(3_000_000))
    with pytest.raises(Cancelled):
        export_bundle(field_vault, out, cancelled=lambda: True)
    assert list(out.iterdir()) == []
    with field_vault.reading() as conn:
        assert conn.execute("SELECT count(*) FROM export_log").fetchone()[0] == 0
    assert export_bundle(field_vault, out).bundles[0].sequence == 1


@pytest.mark.parametrize("medium", ["alters a byte", "loses the end"])
def test_a_bundle_the_medium_does_not_give_back_is_not_written(pair, monkeypatch, medium: str) -> None:  # type: ignore[no-untyped-def]
    """The file is read back from the medium segment by segment as it is written (40 MB here: several
    segments); a medium that returns other bytes, or fewer, fails the export and leaves nothing."""
    field_vault, hq, out = pair
    add_records(field_vault, 2, attachment=os.urandom(40_000_000))
    honest = child._ReadBack._read

    def failing(self, size: int, offset: int) -> bytes:  # type: ignore[no-untyped-def]
        data = honest(self, size, offset)
        if offset < 30_000_000 <= offset + len(data):
            if medium == "loses the end":
                return b""
            data = data[:100] + bytes([data[100] ^ 1]) + data[101:]
        return data

    monkeypatch.setattr(child._ReadBack, "_read", failing)
    with pytest.raises(WriteVerifyFailed):
        export_bundle(field_vault, out, isolated=False)
    assert list(out.iterdir()) == []
    with field_vault.reading() as conn:
        assert conn.execute("SELECT count(*) FROM export_log").fetchone()[0] == 0
    monkeypatch.setattr(child._ReadBack, "_read", honest)
    written = export_bundle(field_vault, out, isolated=False)
    assert import_bundle(hq, written.path).outcome is ImportOutcome.IMPORTED


def test_import_reports_progress_and_can_be_cancelled(pair) -> None:  # type: ignore[no-untyped-def]
    field_vault, hq, out = pair
    add_records(field_vault, 3, attachment=os.urandom(3_000_000))
    path = export_bundle(field_vault, out).path
    before = content_digest(hq)
    with pytest.raises(Cancelled):
        import_bundle(hq, path, cancelled=lambda: True)
    assert content_digest(hq) == before
    seen: list[tuple[int, int]] = []
    assert import_bundle(hq, path, progress=lambda d, t: seen.append((d, t))).outcome is ImportOutcome.IMPORTED
    done = [d for d, _t in seen]
    assert done == sorted(done) and seen[-1][0] == seen[-1][1] == 2 * path.stat().st_size


def test_no_plaintext_reaches_the_disk(pair, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    field_vault, hq, out = pair
    canary = "CANARY-7f3a9-Onsong-holding-centre"
    case = make_case(RecordStore(field_vault), canary)
    AttachmentStore(field_vault).add(case.id, io.BytesIO(canary.encode() * 1000), filename="canary.txt")
    path = export_bundle(field_vault, out).path
    assert import_bundle(hq, path).outcome is ImportOutcome.IMPORTED
    assert RecordStore(hq).get(case.id).alias == canary  # type: ignore[union-attr]
    for vault in (field_vault, hq):
        with vault.reading() as conn:
            conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchall()
    assert files_containing([tmp_path], [canary.encode(), canary.encode("utf-16-le")]) == []
