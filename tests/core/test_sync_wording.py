"""What sync tells people: devices by their names (not UUIDs), counts in their plural forms in every language,
and a purge that deletes exactly the set it listed, saying why each other delivered record stays."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from intake_app.hq import devices
from intake_app.hq.importer import ImportOutcome, import_bundle
from intake_app.hq.results import ImportResult
from intake_app.i18n import set_language
from intake_app.sync.delivered import KeptReason, purge_plan
from intake_app.sync.device_names import DeviceNames, device_names
from intake_app.sync.export import export_bundle
from intake_app.sync.receipts import (
    PurgeResult,
    ReceiptOutcome,
    ReceiptResult,
    purge_delivered,
)
from intake_app.vault.records import RecordStore
from tests.core.bundle_helpers import deliver, make_field, make_hq
from tests.core.helpers import make_aid, make_case, make_testimony

LATER = datetime.now(UTC) + timedelta(days=31)  # past the default 30-day purge delay
DEVICE = "3f2a9c1b-0000-4000-8000-00000000000a"
OTHER = "77777777-0000-4000-8000-00000000000b"
HQ_ID = "00000000-1111-4111-8111-000000000000"


@pytest.fixture
def english() -> Iterator[None]:
    set_language("en")
    yield
    set_language("en")


@pytest.fixture
def pair(tmp_path: Path):  # type: ignore[no-untyped-def]
    hq, profile = make_hq(tmp_path / "hq")
    field_vault = make_field(tmp_path / "field", hq, profile, approve=False)
    devices.approve(hq, devices.create_request(field_vault, "Yanji laptop 2"))
    out = tmp_path / "stick"
    out.mkdir()
    yield field_vault, hq, out
    field_vault.close()
    hq.close()


# -- names, not UUIDs ---------------------------------------------------------------------------------------


def test_devices_are_named_by_their_labels(english) -> None:  # type: ignore[no-untyped-def]
    names = DeviceNames(labels={DEVICE: "Yanji laptop 2", OTHER: ""}, own_id=HQ_ID, own_name="Headquarters")
    assert names.name(DEVICE) == "Yanji laptop 2"
    assert names.name(HQ_ID) == "Headquarters"
    assert names.name(OTHER) == "77777777"  # no label yet (a pending device): the first block of its id
    assert DeviceNames(labels={OTHER: ""}, full_ids=True).name(OTHER) == OTHER  # the CLI: the id to type
    bundle_id = "99999999-0000-4000-8000-00000000000c"
    text = f"Device {DEVICE} sent bundle {bundle_id}; HQ is {HQ_ID}."
    assert names.relabel(text) == f"Device Yanji laptop 2 sent bundle {bundle_id}; HQ is {HQ_ID}."


def test_import_and_receipt_messages_name_the_device(pair, english) -> None:  # type: ignore[no-untyped-def]
    field_vault, hq, out = pair
    make_case(RecordStore(field_vault), "A")
    result = import_bundle(hq, export_bundle(field_vault, out).path)
    names = device_names(hq)
    assert names.name(field_vault.info.device_id) == "Yanji laptop 2"
    assert names.name(hq.info.device_id) == "Headquarters"
    line = result.text(names)
    assert "of device Yanji laptop 2:" in line and field_vault.info.device_id not in line
    assert field_vault.info.device_id in result.message  # without names: the id, for scripts
    approval = devices.approve(hq, devices.create_request(field_vault, "Yanji laptop 2"))
    assert approval.text(names) == "Device Yanji laptop 2 was already approved with this key; nothing changed."


# -- plural forms -------------------------------------------------------------------------------------------


def _imported(records: int, new: int, conflicts: int, attachments: int) -> ImportResult:
    return ImportResult(ImportOutcome.IMPORTED, "b.age", device_id=DEVICE, sequence=2, records=records, new=new,
                        updated=records - new - conflicts, conflicts=conflicts, attachments=attachments)


def test_counts_take_their_plural_forms_in_english(english) -> None:  # type: ignore[no-untyped-def]
    names = DeviceNames(labels={DEVICE: "Laptop 7"})
    assert _imported(1, 0, 1, 1).text(names) == (
        "b.age: imported bundle 2 of device Laptop 7: 1 record (0 new, 0 updated, 1 conflict), 1 attachment.")
    assert _imported(5, 2, 2, 0).text(names) == (
        "b.age: imported bundle 2 of device Laptop 7: 5 records (2 new, 1 updated, 2 conflicts), 0 attachments.")
    assert ReceiptResult(ReceiptOutcome.MARKED, 1, 1).message == (
        "Receipt accepted: 1 record marked delivered, 1 bundle acknowledged.")
    assert PurgeResult(records=1, attachments=1, blobs=2).message == (
        "Purged 1 delivered record (1 attachment, 2 stored files); the space was reclaimed.")


def test_counts_in_a_language_with_one_form(english) -> None:  # type: ignore[no-untyped-def]
    names = DeviceNames(labels={DEVICE: "Laptop 7"})
    set_language("ko")
    one, two = _imported(1, 0, 1, 1).text(names), _imported(2, 0, 2, 2).text(names)
    assert "충돌 1건" in one and "충돌 2건" in two and "첨부 파일 2개" in two
    assert "conflict" not in one + two and "(s)" not in one + two
    assert "기록 꾸러미 1개" in ReceiptResult(ReceiptOutcome.MARKED, 1, 1).message


# -- the purge set ------------------------------------------------------------------------------------------


def test_the_purge_plan_lists_what_goes_and_why_the_rest_stays(pair) -> None:  # type: ignore[no-untyped-def]
    field_vault, hq, out = pair
    store = RecordStore(field_vault)
    gone = make_case(store, "Delivered")
    gone_testimony = make_testimony(store, gone.id)
    edited = make_case(store, "Edited since")
    needed = make_case(store, "Needed")
    deliver(field_vault, hq, out)
    edited.alias = "Edited after the receipt"
    store.save(edited)
    make_aid(store, needed.id)  # not delivered: it keeps its case on the laptop

    soon = purge_plan(field_vault)
    assert soon.deleted == []
    assert {r.record_id: why for r, why in soon.kept}[gone.id] is KeptReason.TOO_RECENT

    plan = purge_plan(field_vault, now=LATER)
    assert {r.record_id for r in plan.deleted} == {gone.id, gone_testimony.id}
    assert {r.record_id: why for r, why in plan.kept} == {edited.id: KeptReason.CHANGED_SINCE,
                                                          needed.id: KeptReason.NEEDED}
    result = purge_delivered(field_vault, now=LATER, only=plan.record_ids)
    assert result.records == len(plan.deleted) == 2
    assert store.get(gone.id) is None and store.get(gone_testimony.id) is None
    assert store.get(edited.id) is not None and store.get(needed.id) is not None


def test_a_purge_deletes_nothing_outside_the_set_it_was_shown(pair) -> None:  # type: ignore[no-untyped-def]
    field_vault, hq, out = pair
    store = RecordStore(field_vault)
    case = make_case(store, "Witness")
    testimony = make_testimony(store, case.id)
    other = make_case(store, "Other")
    deliver(field_vault, hq, out)
    shown = purge_plan(field_vault)  # asked before the delay passed: an empty list
    assert purge_delivered(field_vault, now=LATER, only=shown.record_ids).records == 0
    # Only the case was listed, not its testimony: the testimony stays, so the case it refers to stays too.
    assert purge_delivered(field_vault, now=LATER, only={case.id}).records == 0
    assert store.get(case.id) is not None and store.get(testimony.id) is not None
    assert purge_delivered(field_vault, now=LATER, only={other.id}).records == 1
    assert store.get(other.id) is None and store.get(case.id) is not None


def test_the_command_line_names_devices_and_counts_in_plural_forms(capsys, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from intake_app.cli import main
    from tests.conftest import PASSPHRASE

    hq, profile = make_hq(tmp_path / "hq")
    labelled = make_field(tmp_path / "field", hq, profile, approve=False)
    devices.approve(hq, devices.create_request(labelled, "Yanji laptop 2"))
    unnamed = make_field(tmp_path / "other", hq, profile, approve=False)  # its bundle will wait in quarantine
    make_case(RecordStore(labelled), "A")
    make_case(RecordStore(unnamed), "B")
    out = tmp_path / "stick"
    out.mkdir()
    files = [str(export_bundle(v, out).bundles[0].path) for v in (labelled, unnamed)]
    ids = labelled.info.device_id, unnamed.info.device_id
    for v in (labelled, unnamed, hq):
        v.close()
    pw = tmp_path / "pw.txt"
    pw.write_text(PASSPHRASE + "\n", encoding="utf-8")
    at_hq = ["--data-dir", str(tmp_path / "hq"), "--passphrase-file", str(pw)]
    assert main(["import", *files, *at_hq]) == 0
    named, waiting = capsys.readouterr().out.strip().split("\n")
    assert "of device Yanji laptop 2: 1 record (1 new, 0 updated, 0 conflicts), 0 attachments." in named
    assert ids[0] not in named
    assert f"device {ids[1]} is not approved yet" in waiting  # no label: the whole id, to approve it by
    assert main(["devices", "list", *at_hq]) == 0
    listing = capsys.readouterr().out
    assert ids[0] in listing and ids[1] in listing and "Yanji laptop 2" in listing  # ids stay for scripts
