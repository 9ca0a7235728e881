"""One event, several witnesses: suggestions, linking, witnesses, and re-import in another order."""

from __future__ import annotations

from pathlib import Path

import pytest

from intake_app.domain import models
from intake_app.domain.models import Event, Incident, IncidentDate, IncidentPlace
from intake_app.hq import events, identity
from intake_app.hq.importer import ImportOutcome, import_bundle
from intake_app.sync.export import export_bundle
from intake_app.vault.records import RecordStore
from intake_app.vault.vault import Vault
from tests.core.bundle_helpers import make_field, make_hq
from tests.core.helpers import make_case, make_testimony


def _detention(date: str, precision: str, violation: str = "arbitrary_detention") -> list[Incident]:
    return [Incident([violation, "torture"], date=IncidentDate(date, precision),
                     place=IncidentPlace("facility", facility_type="jipkyulso", name="Onsong"))]


def _export(field_vault: Vault, out: Path) -> list[Path]:
    out.mkdir(exist_ok=True)
    return [b.path for b in export_bundle(field_vault, out, isolated=False).bundles]


@pytest.fixture
def world(tmp_path: Path):
    hq, profile = make_hq(tmp_path / "hq")
    one = make_field(tmp_path / "one", hq, profile)
    two = make_field(tmp_path / "two", hq, profile)
    yield tmp_path, hq, profile, one, two
    for v in (hq, one, two):
        v.close()


def test_overlapping_incidents_are_suggested_linked_and_counted_as_corroborated(world) -> None:
    tmp_path, hq, _profile, one, two = world
    w1, w2 = make_case(RecordStore(one), "W1"), make_case(RecordStore(two), "W2")
    t1 = make_testimony(RecordStore(one), w1.id, incidents=_detention("2009-05", "month"))
    t2 = make_testimony(RecordStore(two), w2.id, incidents=_detention("2009-05-14", "day"))
    far = make_testimony(RecordStore(two), w2.id, incidents=_detention("2015", "year"))
    for path in _export(one, tmp_path / "a") + _export(two, tmp_path / "b"):
        assert import_bundle(hq, path).outcome is ImportOutcome.IMPORTED
    i1, i2, i3 = t1.incidents[0].id, t2.incidents[0].id, far.incidents[0].id
    found = events.suggestions(hq)
    assert [{s.a.incident_id, s.b.incident_id} for s in found] == [{i1, i2}]
    event_id = events.link(hq, [i1, i2], title="Onsong, May 2009", reason="same cell, same guards")
    with hq.reading() as conn:
        assert events.event_map(conn) == {i1: event_id, i2: event_id}
    assert events.suggestions(hq) == []
    [view] = events.list_events(hq)
    assert view.corroborated and sorted(view.witnesses) == sorted([w1.id, w2.id])
    # The witnesses turn out to be one person: one witness, no longer corroborated.
    identity.confirm(hq, w1.id, w2.id)
    [view] = events.list_events(hq)
    assert not view.corroborated
    saved = RecordStore(hq).get(event_id)
    assert isinstance(saved, Event) and saved.reason == "same cell, same guards"
    # Unlink is a new version; an event left with one incident is dissolved (tombstone, history kept).
    assert events.unlink(hq, [i2]) == 2
    with hq.reading() as conn:
        assert events.event_map(conn) == {}
    assert RecordStore(hq).get(event_id, include_deleted=True).deleted
    assert i3  # never suggested with the others: 2015 does not overlap May 2009


def test_linking_joins_events_and_refuses_unknown_incidents(world) -> None:
    _tmp, hq, _profile, _one, _two = world
    store = RecordStore(hq)
    cases = [make_case(store, f"W{n}") for n in range(3)]
    ts = [make_testimony(store, c.id, incidents=_detention("2010", "year")) for c in cases]
    ids = [t.incidents[0].id for t in ts]
    first = events.link(hq, ids[:2])
    second_only = events.link(hq, [ids[2], ids[0]])
    assert second_only == first
    with hq.reading() as conn:
        assert set(events.event_map(conn)) == set(ids)
    with pytest.raises(events.EventError):
        events.link(hq, [ids[0], "00000000-0000-4000-8000-000000000000"])
    with pytest.raises(events.EventError):
        events.link(hq, [ids[0]])


def test_linked_events_survive_reimport_in_another_order(world) -> None:
    tmp_path, hq, _profile, one, two = world
    w1, w2 = make_case(RecordStore(one), "W1"), make_case(RecordStore(two), "W2")
    t1 = make_testimony(RecordStore(one), w1.id, incidents=_detention("2009-05", "month"))
    t2 = make_testimony(RecordStore(two), w2.id, incidents=_detention("2009", "approximate"))
    first_a, first_b = _export(one, tmp_path / "a1"), _export(two, tmp_path / "b1")
    # Both workers edit their testimonies later; the incidents keep their ids.
    for vault, testimony in ((one, t1), (two, t2)):
        store = RecordStore(vault)
        record = store.get(testimony.id)
        assert isinstance(record, models.Testimony)
        record.incidents[0].description = "told again with more detail"
        store.save(record, reason="second interview")
    later_a, later_b = _export(one, tmp_path / "a2"), _export(two, tmp_path / "b2")
    ids = {t1.incidents[0].id, t2.incidents[0].id}

    def partition(vault: Vault) -> set[frozenset[str]]:
        with vault.reading() as conn:
            mapping = events.event_map(conn)
        groups: dict[str, set[str]] = {}
        for incident, event in mapping.items():
            groups.setdefault(event, set()).add(incident)
        return {frozenset(g) for g in groups.values()}

    for path in first_a + first_b:
        import_bundle(hq, path)
    events.link(hq, sorted(ids))
    for path in later_b + later_a + first_b + first_a:  # newer first, then the old ones again
        assert import_bundle(hq, path).outcome in (ImportOutcome.IMPORTED, ImportOutcome.ALREADY_IMPORTED)
    assert partition(hq) == {frozenset(ids)}
    [view] = events.list_events(hq)
    assert {i.incident_id for i in view.incidents} == ids
    assert all(RecordStore(hq).get(i.testimony_id).incidents[0].description.startswith("told again")
               for i in view.incidents)


def test_a_device_cannot_make_events(world) -> None:
    _tmp, hq, _profile, _one, _two = world
    store = RecordStore(hq)
    a, b = make_case(store, "A"), make_case(store, "B")
    ta = make_testimony(store, a.id, incidents=_detention("2010", "year"))
    tb = make_testimony(store, b.id, incidents=_detention("2010", "year"))
    event = Event(incidents=[{"testimony_id": ta.id, "incident_id": ta.incidents[0].id},
                             {"testimony_id": tb.id, "incident_id": tb.incidents[0].id}])
    env = event.to_envelope()
    device = "11111111-1111-4111-8111-111111111111"
    env.update(version={"device": device, "counter": 1}, parent=None, created_at="2026-01-01T00:00:00Z",
               updated_at="2026-01-01T00:00:00Z", origin_device=device)
    with hq.transaction() as conn:
        RecordStore.write_envelope(conn, env, 10_000)
    with hq.reading() as conn:
        assert events.event_map(conn) == {}
