"""HQ merges a bundle's records in batches (set-based checks, one write per table): it must decide, refuse
and store exactly what merging one record at a time did. Each case runs the same bundles through a batch of
one record and through batches that put the record that matters in the middle of one."""

from __future__ import annotations

import hashlib
import io
import json
import shutil
import uuid
from pathlib import Path
from typing import Any

import pytest

from intake_app.domain.models import Case
from intake_app.hq import importer
from intake_app.hq.importer import ImportOutcome, import_bundle
from intake_app.sync import keystore
from intake_app.sync.export import export_bundle
from intake_app.sync.limits import DEFAULT_LIMITS
from intake_app.sync.reader import parse_line
from intake_app.sync.refusal import BundleRefused, Refusal
from intake_app.vault.attachments import AttachmentStore
from intake_app.vault.records import RecordStore, canonical_json
from intake_app.vault.vault import Vault
from tests.conftest import PASSPHRASE
from tests.core.bundle_helpers import Crafted, add_records, content_digest, make_field, make_hq, record_line
from tests.core.helpers import make_case


@pytest.fixture
def world(tmp_path: Path):  # type: ignore[no-untyped-def]
    """An HQ (closed, to be copied) that holds device A's records, and the enrolled devices A and B."""
    hq, profile = make_hq(tmp_path / "hq")
    a = make_field(tmp_path / "a", hq, profile)
    b = make_field(tmp_path / "b", hq, profile)
    ids = add_records(a, 2, attachment=b"\x89PNG fake photo")
    add_records(b, 1)
    for n, vault in enumerate((a, b)):
        out = tmp_path / f"stick{n}"
        out.mkdir()
        assert import_bundle(hq, export_bundle(vault, out, isolated=False).path,
                             isolated=False).outcome is ImportOutcome.IMPORTED
    heads = {i: RecordStore(hq).get_envelope(i) for i in ids}
    b_case = RecordStore(b).list_rows("case")[0].id
    hq.close()
    yield tmp_path / "hq", a, b, ids, heads, RecordStore(b).get_envelope(b_case), tmp_path
    a.close()
    b.close()


def _copy(template: Path, where: Path) -> Vault:
    shutil.copytree(template, where)
    return Vault.open(where, passphrase=PASSPHRASE)


def _import_with_batches(template: Path, where: Path, bundles: list[Path], batch: int,
                         monkeypatch: pytest.MonkeyPatch) -> tuple[list[tuple[Any, ...]], str]:
    """Import `bundles` into a copy of HQ, merging `batch` records at a time: the results and the content digest."""
    monkeypatch.setattr(importer, "MERGE_BATCH", batch)
    hq = _copy(template, where)
    try:
        results = []
        for path in bundles:
            r = import_bundle(hq, path, isolated=False)
            results.append((r.outcome, r.reason, r.message.replace(path.name, "BUNDLE"), r.new, r.updated,
                            r.conflicts))
        return results, content_digest(hq)
    finally:
        hq.close()


def _b_new(template: dict[str, Any], b: Vault, counter: int) -> dict[str, Any]:
    """A new record of B's own (valid, B's origin and version)."""
    return dict(template, id=str(uuid.uuid4()), parent=None, version={"device": b.info.device_id, "counter": counter},
                origin_device=b.info.device_id)


def _forged_over(head: dict[str, Any], b: Vault, counter: int) -> bytes:
    """B's version of A's record with B's own origin and ancestry: passes the reader, refused by the merge."""
    b_id = b.info.device_id
    forged = {**head, "version": {"device": b_id, "counter": counter}, "parent": {"device": b_id, "counter": 9},
              "origin_device": b_id, "updated_at": "2030-01-01T00:00:00Z",
              "data": {**head["data"], "alias": "Replaced by B"}}
    return record_line(forged, [[b_id, 9]])


@pytest.mark.parametrize("hostile", ["not_its_record", "foreign_origin_after_it", "duplicate_id", "no_attachment"])
def test_a_hostile_record_inside_a_batch_is_refused_as_one_at_a_time(world, monkeypatch, hostile: str) -> None:  # type: ignore[no-untyped-def]
    template, _a, b, ids, heads, b_case, tmp_path = world
    genuine = [record_line(_b_new(b_case, b, 100 + n)) for n in range(12)]
    case = heads[ids[0]]
    if hostile == "not_its_record":
        bad = [_forged_over(case, b, 60)]
    elif hostile == "foreign_origin_after_it":
        # Two refusals in one batch: the first in file order (the merge's) is the one to report, as before.
        bad = [_forged_over(case, b, 60), record_line(dict(_b_new(b_case, b, 61), origin_device=_a.info.device_id))]
    elif hostile == "duplicate_id":
        bad = [genuine[2]]
    else:
        attachment = next(env for env in heads.values() if env["type"] == "attachment")
        bad = [record_line(dict(_b_new(attachment, b, 62), data={**attachment["data"], "sha256": "ab" * 32}))]
    lines = genuine[:7] + bad + genuine[7:]
    bundle = _crafted(b, template, sequence=2, records=b"".join(lines)).write(tmp_path / "hostile.bin")
    hq = _copy(template, tmp_path / "before")
    before = content_digest(hq)
    hq.close()
    outcomes = {}
    for batch in (1, 3, 5, 1000):
        results, digest = _import_with_batches(template, tmp_path / f"hq-{batch}", [bundle], batch, monkeypatch)
        (outcome, reason, message, *_counts), = results
        assert outcome is ImportOutcome.REFUSED, message
        assert digest == before  # nothing of the bundle stayed, not even the genuine records before the hostile one
        outcomes[batch] = (reason, message)
    assert len(set(outcomes.values())) == 1, outcomes
    expected = {"not_its_record": Refusal.NOT_ITS_RECORD, "foreign_origin_after_it": Refusal.NOT_ITS_RECORD,
                "duplicate_id": Refusal.RECORD_INVALID, "no_attachment": Refusal.ATTACHMENT_MISSING}[hostile]
    assert outcomes[1][0] is expected
    assert "Record 8 " in outcomes[1][1]  # the first hostile record, after seven genuine ones


def _crafted(device: Vault, template: Path, **kw: Any) -> Crafted:
    """A hand-made bundle signed by `device`, to the HQ that `template` is a closed copy of."""
    with Vault.open(template, passphrase=PASSPHRASE) as hq:
        recipients = keystore.hq_recipients(hq)
    return Crafted(device_id=device.info.device_id, key=keystore.device_signing_key(device), recipients=recipients,
                   **kw)


def test_batches_and_one_at_a_time_give_the_same_content(world, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """New records, updates, tombstones, attachments, repeats of what HQ holds and a conflict (a version number
    reused with other content) in the same bundles: the same results and the same content digest."""
    template, a, _b, ids, heads, _b_case, tmp_path = world
    out = tmp_path / "stick-a"
    out.mkdir()
    store = RecordStore(a)
    bundles = []
    for n in range(3):
        for _ in range(4):
            make_case(store, f"Batch case {n}")
        case = store.get(ids[0])
        case.alias = f"Edited {n}"  # type: ignore[union-attr]
        store.save(case)  # type: ignore[arg-type]
        if n == 1:
            store.delete(ids[1])
            AttachmentStore(a).add(ids[2], io.BytesIO(b"second photo"), filename="two.jpg")
        # No receipt: every bundle carries everything since the first export again (repeats HQ merges as no-ops).
        bundles.extend(w.path for w in export_bundle(a, out, full=True, isolated=False).bundles)
    clone = {**heads[ids[2]], "data": {**heads[ids[2]]["data"], "alias": "Cloned laptop"}}
    fresh = dict(heads[ids[2]], id=str(uuid.uuid4()))
    parent = clone["parent"]
    lines = record_line(clone, [[parent["device"], parent["counter"]]] if parent else []) + record_line(fresh)
    crafted = _crafted(a, template, sequence=50, records=lines)
    bundles.append(crafted.write(tmp_path / "clone.bin"))
    single, single_digest = _import_with_batches(template, tmp_path / "hq-1", bundles, 1, monkeypatch)
    assert [r[0] for r in single] == [ImportOutcome.IMPORTED] * len(bundles), single
    assert single[-1][5] == 1 and single[-1][3] == 1  # the conflict and the new record of the crafted bundle
    assert sum(r[4] for r in single) >= 2  # updates merged
    for batch in (2, 7, 1000):
        results, digest = _import_with_batches(template, tmp_path / f"hq-{batch}", bundles, batch, monkeypatch)
        assert results == single
        assert digest == single_digest


_DEVICE = "dddddddd-dddd-4ddd-8ddd-dddddddddddd"


def _line_parts() -> tuple[dict[str, Any], str]:
    envelope = Case(id=str(uuid.uuid4()), alias="Plum", sex="female", situation="unknown", code="ABC-DEFG",
                    birth_year=1980).to_envelope()
    envelope.update(version={"device": _DEVICE, "counter": 3}, parent={"device": _DEVICE, "counter": 2},
                    created_at="2026-01-01T00:00:00Z", updated_at="2026-01-02T00:00:00Z", origin_device=_DEVICE)
    return envelope, canonical_json(envelope)


def test_the_reader_takes_the_canonical_line_as_strictly_as_any_other() -> None:
    """The canonical line is parsed without the duplicate-key hook: a key named twice, NaN or another form
    must still be refused or read exactly as the strict parse reads them."""
    envelope, body = _line_parts()
    canonical = f'{{"ancestors":[["{_DEVICE}",2]],"record":{body}}}'.encode()
    parsed, ancestors, text = parse_line(canonical, 1, DEFAULT_LIMITS)
    assert (parsed, ancestors, text) == (envelope, [(_DEVICE, 2)], body)
    # The same record in another form (spaces, key order): the strict parse, the same result.
    loose = json.dumps({"record": envelope, "ancestors": [[_DEVICE, 2]]}, indent=1).encode()
    assert parse_line(loose, 1, DEFAULT_LIMITS) == (envelope, [(_DEVICE, 2)], body)
    twice = canonical.replace(b'"alias":"Plum"', b'"alias":"Plum","alias":"Replaced"')
    not_a_number = canonical.replace(b'"birth_year":1980', b'"birth_year":NaN')
    for hostile in (twice, twice.replace(b'"alias":"Replaced"', b'"alias":"Plum"'), not_a_number):
        with pytest.raises(BundleRefused) as refused:
            parse_line(hostile, 1, DEFAULT_LIMITS)
        assert refused.value.reason is Refusal.RECORD_INVALID


def test_bytes_no_record_names_are_not_kept_and_named_ones_are(world) -> None:  # type: ignore[no-untyped-def]
    """Garbage collection after an import weighs only what the import stored: bytes that no record of the
    bundle (nor any version HQ keeps) names are dropped, bytes a kept version names stay."""
    template, a, _b, _ids, heads, _b_case, tmp_path = world
    attachment = next(env for env in heads.values() if env["type"] == "attachment")
    stray = b"bytes that no record names"
    stray_sha = hashlib.sha256(stray).hexdigest()
    tombstone = {**attachment, "deleted": True, "data": {},
                 "version": {"device": a.info.device_id, "counter": 900}, "parent": attachment["version"]}
    crafted = _crafted(a, template, sequence=60, records=record_line(tombstone, [[attachment["version"]["device"],
                                                                   attachment["version"]["counter"]]]),
                       attachments={stray_sha: stray})
    hq = _copy(template, tmp_path / "hq-gc")
    try:
        result = import_bundle(hq, crafted.write(tmp_path / "stray.bin"), isolated=False)
        assert result.outcome is ImportOutcome.IMPORTED, result.message
        with hq.reading() as conn:
            held = {row[0] for row in conn.execute("SELECT sha256 FROM blobs")}
        assert stray_sha not in held
        assert attachment["data"]["sha256"] in held  # deleted at its head, named by a version HQ keeps
    finally:
        hq.close()
