"""Merging by version lineage: no-op, fast-forward, keep current, conflicts with a deterministic winner."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from intake_app.domain.models import Case
from intake_app.domain.validation import record_problems
from intake_app.errors import ValidationFailed
from intake_app.hq.conflicts import ConflictError, get_conflict, list_conflicts, resolve
from intake_app.hq.history import versions_of
from intake_app.hq.merge import Arrival, ChangeCounter, MergeResult, NotItsRecord, TypeChanged, merge_envelope
from intake_app.vault.records import RecordStore
from intake_app.vault.vault import Role, Vault
from tests.conftest import PASSPHRASE

RID = "11111111-1111-4111-8111-111111111111"
A = "aaaaaaaa-aaaa-4aaa-8aaa-aaaaaaaaaaaa"
B = "bbbbbbbb-bbbb-4bbb-8bbb-bbbbbbbbbbbb"


def env(device: str, counter: int, parent: tuple[str, int] | None = None, *, alias: str = "Plum",
        updated: str = "2026-01-01T00:00:00Z", record_id: str = RID) -> dict[str, Any]:
    envelope = Case(id=record_id, alias=alias, sex="female", situation="unknown", code="ABC-DEFG").to_envelope()
    envelope.update(version={"device": device, "counter": counter},
                    parent=None if parent is None else {"device": parent[0], "counter": parent[1]},
                    created_at="2026-01-01T00:00:00Z", updated_at=updated, origin_device=A)
    assert record_problems(envelope) == []
    return envelope


@pytest.fixture
def hq(tmp_path: Path):  # type: ignore[no-untyped-def]
    vault, _recovery = Vault.create(tmp_path / "hq", PASSPHRASE, Role.HQ)
    yield vault
    vault.close()


def merge(vault: Vault, envelope: dict[str, Any], ancestors: list[tuple[str, int]] | None = None, *,
          sender: str | None = None) -> MergeResult:
    if ancestors is None:
        parent = envelope["parent"]
        ancestors = [] if parent is None else [(parent["device"], parent["counter"])]
    arrival = Arrival(sender=sender or envelope["version"]["device"], bundle_id=None, bundle_sha256=None,
                      received_at="2026-04-01T00:00:00Z")
    with vault.transaction() as conn:
        counter = ChangeCounter(conn)
        result = merge_envelope(conn, RecordStore(vault), envelope, ancestors, counter, arrival)
        counter.save()
    return result


def head(vault: Vault) -> dict[str, Any]:
    envelope = RecordStore(vault).get_envelope(RID)
    assert envelope is not None
    return envelope


def test_new_same_forward_and_older(hq: Vault) -> None:
    v1, v2, v3 = env(A, 1), env(A, 2, (A, 1), alias="Two"), env(A, 3, (A, 2), alias="Three")
    assert merge(hq, v1) is MergeResult.NEW
    assert merge(hq, v1) is MergeResult.SAME
    assert merge(hq, v3, [(A, 2), (A, 1)]) is MergeResult.FAST_FORWARD  # v2 never seen: the ancestors tell
    assert head(hq)["data"]["alias"] == "Three"
    assert merge(hq, v2) is MergeResult.KEPT_CURRENT  # older, arriving late
    assert head(hq)["data"]["alias"] == "Three"
    v4 = env(A, 4, (A, 3), alias="Four")
    assert merge(hq, v4) is MergeResult.FAST_FORWARD
    assert list_conflicts(hq) == []


def test_forward_by_lineage_hq_already_knows(hq: Vault) -> None:
    merge(hq, env(A, 1))
    merge(hq, env(A, 2, (A, 1)))
    assert merge(hq, env(A, 1)) is MergeResult.SAME  # nothing
    # The incoming version names only its parent; HQ's lineage knows the rest.
    assert merge(hq, env(A, 5, (A, 2)), [(A, 2)]) is MergeResult.FAST_FORWARD


def _branches() -> tuple[dict[str, Any], dict[str, Any], dict[str, Any]]:
    base = env(A, 1)
    left = env(A, 2, (A, 1), alias="Left", updated="2026-02-01T00:00:00Z")
    right = env(A, 7, (A, 1), alias="Right", updated="2026-03-01T00:00:00Z")  # a restored copy of device A
    return base, left, right


@pytest.mark.parametrize("order", [(1, 2), (2, 1)])
def test_a_conflict_keeps_both_and_shows_the_same_winner_in_any_order(hq: Vault, order: tuple[int, int]) -> None:
    versions = _branches()
    merge(hq, versions[0])
    results = [merge(hq, versions[i]) for i in order]
    assert MergeResult.CONFLICT in results
    assert head(hq)["data"]["alias"] == "Right"  # the later update
    [conflict] = list_conflicts(hq)
    assert (conflict.version_a, conflict.version_b, conflict.winner) == (f"{A}:2", f"{A}:7", f"{A}:7")
    found = get_conflict(hq, conflict.id)
    assert found is not None and {found[1]["data"]["alias"], found[2]["data"]["alias"]} == {"Left", "Right"}
    assert merge(hq, versions[order[0]]) in (MergeResult.KEPT_CURRENT, MergeResult.SAME)  # a repeat: no new row
    assert len(list_conflicts(hq)) == 1


def test_resolving_a_conflict_sticks(hq: Vault) -> None:
    base, left, right = _branches()
    for version in (base, left, right):
        merge(hq, version)
    [conflict] = list_conflicts(hq)
    with pytest.raises(ValidationFailed):
        resolve(hq, conflict.id, f"{A}:99")
    resolved = resolve(hq, conflict.id, f"{A}:2")
    assert resolved.status == "resolved" and resolved.kept_version == f"{A}:2"
    assert head(hq)["data"]["alias"] == "Left"
    assert list_conflicts(hq) == [] and len(list_conflicts(hq, include_resolved=True)) == 1
    with pytest.raises(ConflictError):
        resolve(hq, conflict.id, f"{A}:7")
    assert merge(hq, right) in (MergeResult.KEPT_CURRENT, MergeResult.SAME)  # the choice is not undone
    assert head(hq)["data"]["alias"] == "Left"
    assert merge(hq, env(A, 3, (A, 2), alias="Left again")) is MergeResult.FAST_FORWARD


def test_same_version_different_content_is_a_conflict(hq: Vault) -> None:
    merge(hq, env(A, 1, alias="One"))
    assert merge(hq, env(A, 1, alias="Cloned device")) is MergeResult.CONFLICT
    [conflict] = list_conflicts(hq)
    assert conflict.version_a == conflict.version_b
    with pytest.raises(ValidationFailed):
        resolve(hq, conflict.id, f"{A}:1")  # ambiguous: name the side
    resolve(hq, conflict.id, "a")


def test_a_record_never_changes_type(hq: Vault) -> None:
    merge(hq, env(A, 1))
    other = env(A, 2, (A, 1))
    other["type"] = "aid"
    with pytest.raises(TypeChanged):
        merge(hq, other)


def test_a_device_never_touches_another_devices_record(hq: Vault) -> None:
    merge(hq, env(A, 1))
    taken = env(B, 5, (A, 1), alias="Overwritten")
    with pytest.raises(NotItsRecord):
        merge(hq, taken, sender=B)
    assert head(hq)["data"]["alias"] == "Plum"


def test_every_version_is_kept_in_order_and_a_resolution_is_one(hq: Vault) -> None:
    base, left, right = _branches()
    for version in (base, left, right):
        merge(hq, version)
    [conflict] = list_conflicts(hq)
    resolve(hq, conflict.id, f"{A}:2")
    versions = versions_of(hq, RID)
    assert [v.version for v in versions][:3] == [f"{A}:1", f"{A}:2", f"{A}:7"]
    made = versions[-1]
    assert made.made_at_hq and made.device == hq.info.device_id and made.is_head
    assert made.reason == f"resolved {A}:2" and made.parent == f"{A}:2" and made.body == left["data"]
    assert [v.is_head for v in versions].count(True) == 1
