"""Saving, versioning, validation and deletion of records."""

from __future__ import annotations

import copy

import pytest

from intake_app.domain.models import AidDistribution, AidItem, Case, Version
from intake_app.domain.validation import identifying_fields, record_problems
from intake_app.errors import IntakeError, ValidationFailed
from intake_app.vault.records import RecordInvalid, RecordStore, StaleRecordError
from intake_app.vault.vault import Vault
from tests.core.helpers import make_aid, make_case, make_testimony


def test_versions_chain_and_lineage(vault: Vault) -> None:
    store = RecordStore(vault)
    case = make_case(store)
    assert case.version == Version(vault.info.device_id, case.version.counter)  # type: ignore[union-attr]
    assert case.parent is None and case.created_at == case.updated_at
    case.alias = "Mrs Plum (moved)"
    second = store.save(case)
    assert second.parent == case.version
    assert second.version.counter > case.version.counter  # type: ignore[union-attr]
    assert second.created_at == case.created_at
    with vault.reading() as conn:
        lineage = conn.execute("SELECT count(*) FROM version_lineage WHERE record_id = ?", (case.id,)).fetchone()[0]
    assert lineage == 2


def test_stale_save_is_refused_not_overwritten(vault: Vault) -> None:
    store = RecordStore(vault)
    case = make_case(store)
    fresh = store.get(case.id)
    assert isinstance(fresh, Case)
    fresh.alias = "first edit"
    store.save(fresh)
    case.alias = "second edit from a stale copy"
    with pytest.raises(StaleRecordError):
        store.save(case)
    assert store.get(case.id).alias == "first edit"  # type: ignore[union-attr]


def test_invalid_record_is_refused_with_reason_and_nothing_written(vault: Vault) -> None:
    store = RecordStore(vault)
    case = make_case(store)
    bad = AidDistribution(case_id=case.id, date="2026-02-30", category="jewellery", items=[AidItem("rice", -1, "kg")])
    with pytest.raises(ValidationFailed) as err:
        store.save(bad)
    message = err.value.message
    assert "date" in message and "category" in message and "quantity" in message
    assert store.count("aid") == 0


def test_reference_to_missing_case_is_refused(vault: Vault) -> None:
    store = RecordStore(vault)
    with pytest.raises(IntakeError, match="case"):
        make_aid(store, "00000000-0000-4000-8000-000000000000")


def test_delete_leaves_a_tombstone_without_content(vault: Vault) -> None:
    store = RecordStore(vault)
    case = make_case(store, notes="lives behind the market")
    make_testimony(store, case.id)
    store.delete(case.id)
    assert store.get(case.id) is None
    tomb = store.get_envelope(case.id)
    assert tomb is not None and tomb["deleted"] is True and tomb["data"] == {}
    assert "market" not in str(tomb)
    assert store.count("case") == 0 and store.count("case", include_deleted=True) == 1


def test_identifying_fields_are_marked_in_schema() -> None:
    assert set(identifying_fields("case")) == {"legal_name", "birth_date", "phone", "address"}


def test_validation_problems_are_readable() -> None:
    problems = record_problems({"type": "case"})
    assert problems and all(isinstance(p, str) and p for p in problems)
    assert record_problems([1, 2]) == ["a record must be a JSON object"]


def test_list_rows_pages_and_orders(vault: Vault) -> None:
    store = RecordStore(vault)
    for alias in ["delta", "Alpha", "charlie", "Bravo"]:
        make_case(store, alias)
    rows = store.list_rows("case", order="label")
    assert [r.label for r in rows] == ["Alpha", "Bravo", "charlie", "delta"]
    assert [r.label for r in store.list_rows("case", order="label", descending=True, limit=2)] == ["delta", "charlie"]
    assert [r.label for r in store.list_rows("case", order="label", offset=3)] == ["delta"]


def test_iter_envelopes_is_incremental(vault: Vault) -> None:
    store = RecordStore(vault)
    first = make_case(store, "one")
    mark = first.version.counter  # type: ignore[union-attr]
    make_case(store, "two")
    assert [e["data"]["alias"] for e in store.iter_envelopes(changed_after=mark)] == ["two"]


def test_fast_and_explaining_validators_agree(vault: Vault) -> None:
    """The compiled fast path and the explaining validator must accept and refuse the same records."""
    from intake_app.domain import validation

    store = RecordStore(vault)
    case = make_case(store)
    good = make_testimony(store, case.id).to_envelope()
    variants = [good]
    for mutate in (
        lambda e: e["data"].update(language="klingon"),
        lambda e: e["data"]["incidents"][0].update(violation_types=["not_a_violation"]),
        lambda e: e["data"].update(interview_date="2026-13-01"),
        lambda e: e["data"]["consents"][0].update(method=None),
        lambda e: e.update(deleted=True),
        lambda e: e["data"].update(extra_field=1),
    ):
        env = copy.deepcopy(good)
        mutate(env)
        variants.append(env)
    for env in variants:
        slow = validation._explain(env)
        assert validation._passes_fast(env) == (slow == []), (env, slow)


@pytest.mark.parametrize("order", ["label", "date", "updated", "created"])
@pytest.mark.parametrize("descending", [False, True])
def test_keyset_paging_matches_offset_paging(vault: Vault, order: str, descending: bool) -> None:
    store = RecordStore(vault)
    cases = [make_case(store, alias) for alias in ["b", "A", "a", "c", "B", "a", "d"]]
    for i, case in enumerate(cases):
        make_aid(store, case.id, date=f"2026-0{1 + i % 3}-01")
    for kind in ("case", "aid"):
        everything = store.list_rows(kind, order=order, descending=descending, limit=1000)
        paged: list = []
        while True:
            page = store.list_rows(kind, order=order, descending=descending, limit=2, offset=len(paged),
                                   after=paged[-1] if paged else None)
            if not page:
                break
            paged.extend(page)
        assert [r.id for r in paged] == [r.id for r in everything]


def test_prepare_stamps_as_save_does_and_save_checks_once(vault: Vault, monkeypatch: pytest.MonkeyPatch) -> None:
    import intake_app.vault.records as records_module

    store = RecordStore(vault)
    case = make_case(store)
    case.alias = "edited"
    preview = store.prepare(case).envelope  # no connection: stamps from the record as read
    stored = store.save(case).to_envelope()
    for key in ("parent", "created_at", "origin_device", "type", "id", "data"):
        assert preview[key] == stored[key], key
    assert preview["version"]["device"] == stored["version"]["device"] == vault.info.device_id

    checks = []
    real = records_module.record_problems
    monkeypatch.setattr(records_module, "record_problems", lambda env: checks.append(env["id"]) or real(env))
    store.save(store.get(case.id))  # type: ignore[arg-type]
    assert checks == [case.id]


def test_prepare_reports_what_save_refuses(vault: Vault) -> None:
    store = RecordStore(vault)
    case = make_case(store)
    bad = AidDistribution(case_id=case.id, date="2026-02-30", category="jewellery", items=[AidItem("rice", -1, "kg")])
    problems = store.prepare(bad).problems
    assert problems and store.prepare(make_case(store)).problems == ()
    with pytest.raises(RecordInvalid) as err:
        store.save(bad)
    assert err.value.problems == problems


def test_quick_entry_saves_one_distribution_per_case_or_none(vault: Vault) -> None:
    store = RecordStore(vault)
    first, second = make_case(store), make_case(store)
    kit = AidDistribution(date="2026-01-05", category="food", items=[AidItem("rice", 5, "kg")])
    saved = store.save_for_each_case(kit, [first.id, second.id])
    assert sorted(r.case_id for r in saved) == sorted([first.id, second.id])  # type: ignore[attr-defined]
    assert len({r.id for r in saved}) == 2 and store.count("aid") == 2
    missing = "00000000-0000-4000-8000-000000000000"
    with pytest.raises(IntakeError):
        store.save_for_each_case(kit, [first.id, missing])  # the second fails: the first is not kept
    assert store.count("aid") == 2
    with pytest.raises(ValidationFailed):
        store.save_for_each_case(kit, [])


def test_consent_in_force_is_one_rule_for_records_lists_and_search(vault: Vault) -> None:
    from intake_app.domain.models import Consent, consent_in_force, scopes_in_force
    from intake_app.vault.search import SearchQuery, search

    given = Consent("un_mechanisms", True, "2026-03-02", "written")
    withdrawn = Consent("named_publication", True, "2026-03-02", "oral", withdrawn_on="2026-04-01")
    refused = Consent("anonymised_stats", False, "2026-03-02", "oral")
    assert [consent_in_force(c.to_dict()) for c in (given, withdrawn, refused)] == [True, False, False]
    assert [c.in_force for c in (given, withdrawn, refused)] == [True, False, False]
    assert scopes_in_force([given.to_dict(), given.to_dict(), withdrawn.to_dict()]) == ["un_mechanisms"]
    store = RecordStore(vault)
    testimony = make_testimony(store, make_case(store).id, consents=[given, withdrawn, refused])
    assert testimony.consent_in_force("un_mechanisms") and not testimony.consent_in_force("named_publication")
    for scope, expected in (("un_mechanisms", 1), ("named_publication", 0), ("anonymised_stats", 0)):
        assert len(search(vault, SearchQuery(facets={"consent": scope}))) == expected, scope
