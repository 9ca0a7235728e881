"""The person summary: aid totals, testimonies, attachments, the household from both sides, the history."""

from __future__ import annotations

import io
from pathlib import Path

import pytest

from intake_app.domain.models import AidItem, Case, HouseholdLink
from intake_app.hq import devices
from intake_app.hq.history import restore_version
from intake_app.hq.importer import import_bundle
from intake_app.sync.export import export_bundle
from intake_app.vault import schema
from intake_app.vault.attachments import AttachmentStore
from intake_app.vault.person import (
    INVERSE_RELATIONS,
    PersonNotFoundError,
    household_disagreements,
    inverse_relation,
    person_summary,
)
from intake_app.vault.records import RecordStore
from intake_app.vault.vault import Vault
from tests.conftest import PASSPHRASE
from tests.core.bundle_helpers import make_field, make_hq
from tests.core.helpers import make_aid, make_case, make_testimony

PNG = b"\x89PNG\r\n\x1a\n" + b"\x00" * 64


def test_aid_totals_by_category_with_quantities_per_item_and_unit(vault: Vault) -> None:
    store = RecordStore(vault)
    person = make_case(store, "Magpie")
    other = make_case(store, "Someone else")
    make_aid(store, person.id, date="2026-01-10")  # rice 10 kg, cooking oil 2 litre
    make_aid(store, person.id, date="2026-02-10",
             items=[AidItem("Rice ", 5, "kg"), AidItem("rice", 2, "bag")], value=50, currency="CNY")
    make_aid(store, person.id, date="2026-02-11", category="medicine", items=[AidItem("antibiotics", 1, "pack")],
             value=30, currency="CNY")
    make_aid(store, person.id, date="2026-02-12", category="medicine", items=[], value=10, currency="USD")
    make_aid(store, other.id, date="2026-02-13")  # someone else's: never counted

    summary = person_summary(vault, person.id)
    assert summary.aid_distributions == 4
    assert [a.date for a in summary.aid] == ["2026-02-12", "2026-02-11", "2026-02-10", "2026-01-10"]
    by_category = {t.category: t for t in summary.aid_totals}
    food, medicine = by_category["food"], by_category["medicine"]
    assert (food.distributions, medicine.distributions) == (2, 2)
    # Same item and unit add up (case and spaces aside); another unit of the same item stays apart.
    assert [(q.item, q.unit, q.amount) for q in food.quantities] == [
        ("rice", "kg", 15.0), ("cooking oil", "litre", 2.0), ("rice", "bag", 2.0)]
    assert food.values == (("CNY", 50.0),)
    assert medicine.values == (("CNY", 30.0), ("USD", 10.0))
    assert medicine.last_date == "2026-02-12"


def test_testimonies_and_attachments_of_the_person(vault: Vault) -> None:
    store = RecordStore(vault)
    person = make_case(store, "Magpie")
    other = make_case(store, "Someone else")
    first = make_testimony(store, person.id, interview_date="2026-01-05")
    second = make_testimony(store, person.id, interview_date="2026-03-05")
    make_testimony(store, other.id)
    aid = make_aid(store, person.id)
    files = AttachmentStore(vault)
    on_case = files.add(person.id, io.BytesIO(PNG), filename="face.png", media_type="image/png", identifying=True)
    on_testimony = files.add(first.id, io.BytesIO(PNG), filename="sketch.png", media_type="image/png")
    on_aid = files.add(aid.id, io.BytesIO(PNG), filename="receipt.png", media_type="image/png")
    files.add(other.id, io.BytesIO(PNG), filename="not-hers.png", media_type="image/png")

    summary = person_summary(vault, person.id)
    assert [t.id for t in summary.testimonies] == [second.id, first.id]
    assert summary.testimonies[0].violation_types == ("torture",)
    assert summary.testimonies[0].consents == ("store", "share_hq")
    found = {a.id: a for a in summary.attachments}
    assert set(found) == {on_case.id, on_testimony.id, on_aid.id}
    assert (found[on_case.id].owner_type, found[on_case.id].identifying) == ("case", True)
    assert (found[on_testimony.id].owner_type, found[on_testimony.id].owner_id) == ("testimony", first.id)
    assert found[on_aid.id].owner_type == "aid"
    store.delete(second.id)
    assert [t.id for t in person_summary(vault, person.id).testimonies] == [first.id]


@pytest.mark.parametrize("relation", sorted(INVERSE_RELATIONS))
def test_household_shows_from_both_sides_for_every_relation(vault: Vault, relation: str) -> None:
    store = RecordStore(vault)
    member = make_case(store, "Auntie Magnolia")
    person = make_case(store, "Little Pine", household=[HouseholdLink(member.id, relation)])

    seen_from_person = person_summary(vault, person.id).household
    assert [(m.case_id, m.alias, m.relation, m.recorded_here, m.recorded_there) for m in seen_from_person] == [
        (member.id, "Auntie Magnolia", relation, True, False)]
    seen_from_member = person_summary(vault, member.id).household
    assert [(m.case_id, m.alias, m.code, m.relation, m.recorded_here, m.recorded_there)
            for m in seen_from_member] == [(person.id, "Little Pine", person.code, inverse_relation(relation),
                                            False, True)]


def test_inverse_relations_are_each_others_inverse() -> None:
    assert inverse_relation("parent") == "child" and inverse_relation("child") == "parent"
    assert inverse_relation("grandparent") == "grandchild" and inverse_relation("grandchild") == "grandparent"
    for relation in ("spouse", "sibling", "self", "other_relative", "other"):
        assert inverse_relation(relation) == relation
    for relation, inverse in INVERSE_RELATIONS.items():
        assert INVERSE_RELATIONS[inverse] == relation
    assert inverse_relation("cousin_twice_removed") == "cousin_twice_removed"  # unknown: left as it is


def test_a_link_recorded_on_both_cases_shows_once_and_a_disagreement_shows(vault: Vault) -> None:
    store = RecordStore(vault)
    mother = make_case(store, "Magpie")
    child = make_case(store, "Little Pine", household=[HouseholdLink(mother.id, "parent")])
    mother.household = [HouseholdLink(child.id, "child")]
    mother = store.save(mother)  # type: ignore[assignment]
    members = person_summary(vault, mother.id).household
    assert [(m.relation, m.recorded_here, m.recorded_there) for m in members] == [("child", True, True)]
    assert household_disagreements(person_summary(vault, mother.id)) == set()
    mother.household = [HouseholdLink(child.id, "sibling")]  # type: ignore[attr-defined]
    store.save(mother)  # type: ignore[arg-type]
    summary = person_summary(vault, mother.id)
    assert sorted(m.relation for m in summary.household) == ["child", "sibling"]
    assert household_disagreements(summary) == {child.id}


def test_a_deleted_member_is_marked_and_a_missing_person_is_refused(vault: Vault) -> None:
    store = RecordStore(vault)
    member = make_case(store, "Magpie")
    person = make_case(store, "Little Pine")
    person.household = [HouseholdLink(member.id, "parent")]
    person = store.save(person)  # type: ignore[assignment]
    store.delete(member.id)  # the link outlives the case it names
    members = person_summary(vault, person.id).household
    assert [(m.case_id, m.exists, m.alias) for m in members] == [(member.id, False, "")]
    for missing in (member.id, "00000000-0000-4000-8000-000000000000"):
        with pytest.raises(PersonNotFoundError):
            person_summary(vault, missing)
    aid = make_aid(store, person.id)
    with pytest.raises(PersonNotFoundError):
        person_summary(vault, aid.id)  # not a case


def test_field_history_is_the_vaults_own_record_of_changes(vault: Vault) -> None:
    store = RecordStore(vault)
    case = make_case(store, "Magpie")
    case.alias = "Magpie (moved)"
    store.save(case, reason="she moved to another town")
    history = person_summary(vault, case.id).history
    assert [h.action for h in history] == ["created", "changed"]
    assert all(h.device == vault.info.device_id and h.at for h in history)
    assert history[-1].current and history[-1].reason == "she moved to another town"
    assert history[0].counter is not None and history[1].counter is not None
    assert history[0].counter < history[1].counter
    assert not history[0].current and history[0].bundle_id is None


def test_hq_history_names_device_and_bundle_of_each_version(tmp_path: Path) -> None:
    hq, profile = make_hq(tmp_path / "hq")
    field_vault = make_field(tmp_path / "field", hq, profile)
    out = tmp_path / "stick"
    out.mkdir()
    store = RecordStore(field_vault)
    case = make_case(store, "Magpie")
    make_aid(store, case.id)
    first = import_bundle(hq, export_bundle(field_vault, out).path)
    case.alias = "Magpie (moved)"
    store.save(case, reason="moved")
    second = import_bundle(hq, export_bundle(field_vault, out).path)

    summary = person_summary(hq, case.id)
    assert summary.aid_distributions == 1
    history = summary.history
    assert [(h.action, h.device, h.bundle_id) for h in history] == [
        ("created", field_vault.info.device_id, first.bundle_id),
        ("changed", field_vault.info.device_id, second.bundle_id)]
    assert history[1].current and history[1].reason == "moved" and history[1].bundle_sha256
    restore_version(hq, case.id, f"{history[0].device}:{history[0].counter}")
    restored = person_summary(hq, case.id).history
    assert len(restored) == 3 and restored[-1].made_at_hq and restored[-1].current
    assert restored[-1].device == hq.info.device_id and restored[-1].hq_reason
    assert devices.list_devices(hq)  # the device the history names is enrolled
    field_vault.close()
    hq.close()


def test_an_older_vault_gets_the_household_facets_of_its_cases(tmp_path: Path) -> None:
    """Cases saved before the household facet existed are found from the other side after the upgrade."""
    base = tmp_path / "old"
    vault, _recovery = Vault.create(base, PASSPHRASE)
    store = RecordStore(vault)
    mother = make_case(store, "Magpie")
    child = store.save(Case(alias="Little Pine", household=[HouseholdLink(mother.id, "parent")]))
    with vault.transaction() as conn:  # as the previous version left it: no facet, no index
        conn.execute("DELETE FROM record_facets WHERE facet = 'household'")
        conn.execute("DROP INDEX audit_record")
        conn.execute(f"PRAGMA user_version = {schema.CURRENT_VERSION - 1}")
    vault.close()
    vault = Vault.open(base, passphrase=PASSPHRASE)
    assert [(m.case_id, m.relation) for m in person_summary(vault, mother.id).household] == [(child.id, "child")]
    with vault.reading() as conn:
        plan = " ".join(str(r[-1]) for r in conn.execute(
            "EXPLAIN QUERY PLAN SELECT at FROM audit WHERE record_id = ?", (child.id,)))
    assert "audit_record" in plan
    vault.close()


def test_hq_same_person_counts_only_headquarters_own_decisions(tmp_path: Path) -> None:
    from intake_app.domain.models import PersonLink, utc_now
    from intake_app.hq import identity

    hq, profile = make_hq(tmp_path / "hq")
    field_vault = make_field(tmp_path / "field", hq, profile)
    out = tmp_path / "stick"
    out.mkdir()
    store = RecordStore(field_vault)
    a, b, c = (make_case(store, alias) for alias in ("Magpie", "Kkachi", "Somebody"))
    import_bundle(hq, export_bundle(field_vault, out).path)
    identity.confirm(hq, a.id, b.id)
    # A "same person" decision that came from a device (a bundle may carry one): never acted on.
    forged = PersonLink(case_ids=[a.id, c.id], decision="same").to_envelope()
    now = utc_now()
    with hq.transaction() as conn:
        counter = hq.next_change_seq(conn)
        forged.update(version={"device": field_vault.info.device_id, "counter": 999}, parent=None,
                      created_at=now, updated_at=now, origin_device=field_vault.info.device_id)
        RecordStore.write_envelope(conn, forged, counter)
    assert person_summary(hq, a.id).same_person == (b.id,)
    assert person_summary(hq, b.id).same_person == (a.id,)
    assert person_summary(hq, c.id).same_person == ()
    assert person_summary(field_vault, a.id).same_person == ()  # the field has no such decisions
    field_vault.close()
    hq.close()
