"""HQ as an evidence store, tried as an attacker with an enrolled device of its own would: nothing device B
sends can rewrite, delete or freeze what device A sent, nothing unverified is stored, and every version
HQ ever held stays. Each hostile case asserts that the digest over ALL versions (not only heads) is unchanged.
"""

from __future__ import annotations

import io
import json
import tracemalloc
import uuid
from pathlib import Path
from typing import Any

import pytest

from intake_app.crypto.signing import SigningKey
from intake_app.hq import devices, history
from intake_app.hq.importer import ImportOutcome, import_bundle
from intake_app.hq.quarantine import QuarantineLimits, list_quarantined, set_quarantine_limits
from intake_app.sync import age_stream, manifest, tarstream
from intake_app.sync.export import export_bundle
from intake_app.sync.refusal import Refusal
from intake_app.vault.records import RecordStore
from tests.core.bundle_helpers import add_records, content_digest, crafted_for, make_field, make_hq, record_line


@pytest.fixture
def world(tmp_path: Path):  # type: ignore[no-untyped-def]
    """HQ holding device A's records (two versions of a case, an aid record), and an enrolled device B."""
    hq, profile = make_hq(tmp_path / "hq")
    a = make_field(tmp_path / "a", hq, profile)
    b = make_field(tmp_path / "b", hq, profile)
    ids = add_records(a, 1)
    store = RecordStore(a)
    case = store.get(ids[0])
    case.alias = "Second version"  # type: ignore[union-attr]
    store.save(case)  # type: ignore[arg-type]
    for n, vault in enumerate((a, b)):
        out = tmp_path / f"stick{n}"
        out.mkdir()
        add_records(b, 1) if vault is b else None
        assert import_bundle(hq, export_bundle(vault, out).path).outcome is ImportOutcome.IMPORTED
    yield hq, a, b, ids, tmp_path
    for vault in (a, b, hq):
        vault.close()


def _digest(hq) -> str:  # type: ignore[no-untyped-def]
    with hq.reading() as conn:
        return history.content_digest(conn)


def _refused(hq, path: Path, reason: Refusal, **kw: Any) -> None:  # type: ignore[no-untyped-def]
    before, everything = _digest(hq), content_digest(hq)
    result = import_bundle(hq, path, **kw)
    assert result.outcome is ImportOutcome.REFUSED, result.message
    assert result.reason is reason, result.message
    assert _digest(hq) == before and content_digest(hq) == everything


def _head(hq, record_id: str) -> dict[str, Any]:  # type: ignore[no-untyped-def]
    envelope = RecordStore(hq).get_envelope(record_id)
    assert envelope is not None
    return envelope


def _as_b(envelope: dict[str, Any], b, counter: int, **changes: Any) -> dict[str, Any]:  # type: ignore[no-untyped-def]
    """A's record as device B would forge it: B's version on top of A's head."""
    return {**envelope, "version": {"device": b.info.device_id, "counter": counter},
            "parent": dict(envelope["version"]), "updated_at": "2030-01-01T00:00:00Z", **changes}


def test_b_cannot_overwrite_delete_or_freeze_as_records(world) -> None:  # type: ignore[no-untyped-def]
    hq, a, b, ids, tmp_path = world
    case, aid = _head(hq, ids[0]), _head(hq, ids[1])
    a_id, b_id = a.info.device_id, b.info.device_id
    head = [case["version"]["device"], case["version"]["counter"]]
    changed = {**case["data"], "alias": "Replaced by B"}
    attempts = [  # (what B sends, why it is refused)
        (record_line(_as_b(case, b, 50, data=changed), [head]), Refusal.FOREIGN_ORIGIN),
        (record_line(_as_b(case, b, 51, data=changed, origin_device=b_id), [head]), Refusal.FOREIGN_ANCESTOR),
        (record_line(_as_b(case, b, 52, data=changed, origin_device=b_id, parent={"device": b_id, "counter": 9}),
                     [[b_id, 9]]), Refusal.NOT_ITS_RECORD),
        (record_line({k: v for k, v in _as_b(aid, b, 53).items() if k != "data"} | {"deleted": True, "data": {}},
                     [[a_id, aid["version"]["counter"]]]), Refusal.FOREIGN_ORIGIN),
        (record_line({k: v for k, v in _as_b(aid, b, 54, origin_device=b_id,
                                             parent={"device": b_id, "counter": 9}).items() if k != "data"}
                     | {"deleted": True, "data": {}}, [[b_id, 9]]), Refusal.NOT_ITS_RECORD),
        # Freezing: A's future counters named as ancestors, so A's genuine later edits would look older.
        (record_line(_as_b(case, b, 55, data=changed, origin_device=b_id, parent={"device": a_id, "counter": 9999}),
                     [[a_id, 9999], head]), Refusal.FOREIGN_ANCESTOR),
    ]
    for n, (line, reason) in enumerate(attempts):
        bundle = crafted_for(b, hq, sequence=2 + n, records=line)
        _refused(hq, bundle.write(tmp_path / f"attempt{n}.bin"), reason)
    # A's genuine edit still arrives as an update, and A's history is whole.
    store = RecordStore(a)
    edited = store.get(ids[0])
    edited.alias = "Third version"  # type: ignore[union-attr]
    store.save(edited)  # type: ignore[arg-type]
    result = import_bundle(hq, export_bundle(a, tmp_path / "stick0").path)
    assert (result.outcome, result.updated, result.conflicts) == (ImportOutcome.IMPORTED, 1, 0), result.message
    with hq.reading() as conn:
        aliases = [v.body["alias"] for v in history.record_versions(conn, ids[0]) if v.body]
    assert aliases == ["Second version", "Third version"]
    assert RecordStore(hq).get(ids[1]) is not None


def test_b_cannot_claim_as_or_hqs_origin(world) -> None:  # type: ignore[no-untyped-def]
    hq, a, b, ids, tmp_path = world
    fresh = dict(_head(hq, ids[0]), id=str(uuid.uuid4()), parent=None,
                 version={"device": b.info.device_id, "counter": 77})
    for n, origin in enumerate((a.info.device_id, hq.info.device_id)):
        forged = dict(fresh, origin_device=origin)
        bundle = crafted_for(b, hq, sequence=2 + n, records=record_line(forged))
        _refused(hq, bundle.write(tmp_path / f"origin{n}.bin"), Refusal.FOREIGN_ORIGIN)
    own_id = crafted_for(b, hq, sequence=4, records=b"")
    own_id.device_id = hq.info.device_id
    _refused(hq, own_id.write(tmp_path / "hq-id.bin"), Refusal.OWN_DEVICE_ID)


def test_a_receipt_acknowledges_only_versions_hq_holds(world) -> None:  # type: ignore[no-untyped-def]
    from intake_app.sync import keystore
    from intake_app.sync.receipt_format import decrypt_receipt
    from intake_app.sync.receipts import create_receipt

    hq, a, _b, _ids, _tmp = world
    payload = json.loads(decrypt_receipt(create_receipt(hq, a.info.device_id),
                                         keystore.device_age_identity(a)[0]))["receipt"]
    with hq.reading() as conn:
        held = {(r, d, c) for r, d, c in conn.execute("SELECT record_id, device, counter FROM record_history")}
    assert payload["versions"] and all(tuple(v) in held for v in payload["versions"])
    assert all(v[1] == a.info.device_id for v in payload["versions"])


class _Zeros(io.RawIOBase):
    """`size` bytes: a header we choose, then zeros, read on demand (a 1 GiB entry costs no memory here)."""

    def __init__(self, head: bytes, size: int) -> None:
        self.head, self.size, self.pos = head, size, 0

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: Any) -> int:
        n = min(len(buffer), self.size - self.pos)
        chunk = (self.head[self.pos:self.pos + n] + bytes(n))[:n]
        buffer[:n] = chunk
        self.pos += n
        return n


def _vault_bytes(vault) -> int:  # type: ignore[no-untyped-def]
    return sum(p.stat().st_size for p in Path(vault.base).iterdir() if p.is_file())


GIB = 1 << 30


@pytest.mark.parametrize("who", ["unsigned", "unknown key"])
def test_a_1_gib_entry_from_an_unverified_sender_stages_nothing(world, who: str) -> None:  # type: ignore[no-untyped-def]
    hq, _a, b, _ids, tmp_path = world
    sha = "e" * 64
    crafted = crafted_for(b, hq, sequence=2, records=b"")
    if who == "unsigned":
        crafted.signer = SigningKey.generate()
    else:  # a made-up device signing for itself: it would go to quarantine, which has no room for 1 GiB
        crafted.device_id, crafted.key = str(uuid.uuid4()), SigningKey.generate()
    crafted.manifest_override = {"entries": [{"name": "records.ndjson", "size": 0, "sha256": "e3b0c44298fc1c149afb"
                                              "f4c8996fb92427ae41e4649b934ca495991b7852b855"},
                                             {"name": f"attachments/{sha}", "size": GIB, "sha256": sha}]}
    data = crafted.manifest_bytes()
    signature = (crafted.signer or crafted.key).sign(
        data, manifest.trusted_comment(crafted.bundle_id, crafted.device_id, crafted.sequence)).encode()
    entries = ((tarstream.MANIFEST, data), (tarstream.SIGNATURE, signature), (tarstream.RECORDS, b""))
    plain = b"".join(tarstream.member_header(name, len(payload)) + payload
                     + bytes(tarstream.block_padding(len(payload))) for name, payload in entries)
    plain += tarstream.member_header(tarstream.attachment_name(sha), GIB)
    path = tmp_path / "huge.bin"
    with path.open("wb") as fh:
        age_stream.encrypt(_Zeros(plain, len(plain) + GIB + 1024), fh, crafted.recipients)
    assert path.stat().st_size > GIB
    disk_before = _vault_bytes(hq)
    tracemalloc.start()
    try:
        _refused(hq, path, Refusal.BAD_SIGNATURE if who == "unsigned" else Refusal.QUARANTINE_FULL, isolated=False)
        _current, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert peak < 64 * (1 << 20)  # the manifest's limit and a few chunks, never the entry
    assert _vault_bytes(hq) - disk_before < 4 * (1 << 20)
    assert list_quarantined(hq) == []
    path.unlink()


def test_quarantine_floods_stop_at_the_limits(world) -> None:  # type: ignore[no-untyped-def]
    hq, _a, _b, _ids, tmp_path = world
    set_quarantine_limits(hq, QuarantineLimits(devices=2, bundles=3, bytes=1 << 30))
    paths = []
    for n in range(4):
        crafted = crafted_for(_b, hq, sequence=1, records=b"")
        crafted.device_id, crafted.key = str(uuid.uuid4()), SigningKey.generate()
        paths.append(crafted.write(tmp_path / f"stranger{n}.bin"))
    assert import_bundle(hq, paths[0]).outcome is ImportOutcome.QUARANTINED
    assert import_bundle(hq, paths[1]).outcome is ImportOutcome.QUARANTINED
    _refused(hq, paths[2], Refusal.QUARANTINE_FULL)  # a third device
    assert "2" in import_bundle(hq, paths[2]).message
    set_quarantine_limits(hq, QuarantineLimits(devices=10, bundles=2, bytes=1 << 30))
    _refused(hq, paths[3], Refusal.QUARANTINE_FULL)  # a third bundle
    set_quarantine_limits(hq, QuarantineLimits(devices=10, bundles=10, bytes=1000))
    _refused(hq, paths[3], Refusal.QUARANTINE_FULL)  # too many bytes
    assert len(list_quarantined(hq)) == 2
    assert [d.status for d in devices.list_devices(hq)].count(devices.DeviceStatus.PENDING) == 2


def test_an_old_format_bundle_is_refused_with_a_clear_message(world) -> None:  # type: ignore[no-untyped-def]
    hq, _a, b, _ids, tmp_path = world
    lines = b"".join(record_line(env) for env in RecordStore(b).iter_envelopes() if env["parent"] is None)
    old = crafted_for(b, hq, sequence=2, records=lines, old_order=True,
                      manifest_override={"format_version": 1})
    _refused(hq, old.write(tmp_path / "old.bin"), Refusal.OLD_FORMAT)
    relabelled = crafted_for(b, hq, sequence=2, records=lines, manifest_override={"format_version": 1})
    _refused(hq, relabelled.write(tmp_path / "v1.bin"), Refusal.OLD_FORMAT)
    assert "older version" in Refusal.OLD_FORMAT.text()


def test_a_restored_version_is_a_new_hq_version(world) -> None:  # type: ignore[no-untyped-def]
    hq, a, _b, ids, tmp_path = world
    store = RecordStore(a)
    edited = store.get(ids[0])
    edited.alias = "Third version"  # type: ignore[union-attr]
    store.save(edited)  # type: ignore[arg-type]
    import_bundle(hq, export_bundle(a, tmp_path / "stick0").path)
    versions = history.versions_of(hq, ids[0])
    first = versions[0]
    assert not first.is_head and first.bundle_id and first.bundle_sha256 and first.imported_at
    restored = history.restore_version(hq, ids[0], first.version)
    assert restored.made_at_hq and restored.is_head and restored.reason == f"restored {first.version}"
    assert restored.device == hq.info.device_id and restored.body == first.body
    assert restored.parent == versions[-1].version
    after = history.versions_of(hq, ids[0])
    assert [v.version for v in after[:-1]] == [v.version for v in versions]  # nothing before it changed
    assert _head(hq, ids[0])["data"]["alias"] == first.body["alias"]  # type: ignore[index]
    assert _head(hq, ids[0])["origin_device"] == a.info.device_id
    with hq.reading() as conn, pytest.raises(Exception, match="append-only"):
        conn.execute("DELETE FROM record_history")


def test_a_truncated_field_audit_chain_is_flagged_at_hq(world) -> None:  # type: ignore[no-untyped-def]
    hq, a, _b, _ids, tmp_path = world
    assert not devices.get_device(hq, a.info.device_id).audit_broken  # type: ignore[union-attr]
    with a.transaction() as conn:  # someone cuts the field's history short after the export
        conn.execute("DELETE FROM audit WHERE seq > 3")
    add_records(a, 1)
    result = import_bundle(hq, export_bundle(a, tmp_path / "stick0").path)
    assert result.outcome is ImportOutcome.IMPORTED and result.audit_broken, result.message
    assert devices.get_device(hq, a.info.device_id).audit_broken  # type: ignore[union-attr]


def test_an_untouched_field_audit_chain_is_not_flagged(world) -> None:  # type: ignore[no-untyped-def]
    hq, a, _b, _ids, tmp_path = world
    for _ in range(2):
        add_records(a, 1)
        result = import_bundle(hq, export_bundle(a, tmp_path / "stick0").path)
        assert result.outcome is ImportOutcome.IMPORTED and not result.audit_broken, result.message
    assert manifest.FORMAT_VERSION == 2
