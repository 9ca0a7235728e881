"""Same person across workers: blind tokens travel without the names; HQ proposes, confirms, counts once."""

from __future__ import annotations

import json
import secrets
from pathlib import Path

import pytest

from intake_app.domain.models import Case, PersonLink
from intake_app.hq import identity
from intake_app.hq.importer import ImportOutcome, import_bundle
from intake_app.sync.export import export_bundle
from intake_app.sync.profile import current_profile
from intake_app.vault.match import stale_case_ids
from intake_app.vault.records import RecordStore
from intake_app.vault.vault import Vault
from tests.core.bundle_helpers import make_field, make_hq
from tests.core.helpers import make_case


def _send(field_vault: Vault, hq: Vault, out: Path) -> None:
    out.mkdir(exist_ok=True)
    result = export_bundle(field_vault, out, isolated=False)
    for bundle in result.bundles:
        assert import_bundle(hq, bundle.path).outcome is ImportOutcome.IMPORTED


@pytest.fixture
def setup(tmp_path: Path) -> tuple[Vault, Vault, Vault]:
    hq, profile = make_hq(tmp_path / "hq")
    one = make_field(tmp_path / "one", hq, profile)
    two = make_field(tmp_path / "two", hq, profile)
    yield hq, one, two
    for v in (hq, one, two):
        v.close()


def test_two_workers_register_the_same_person_hq_proposes_and_counts_once(setup, tmp_path: Path) -> None:
    hq, one, two = setup
    first = make_case(RecordStore(one), "Plum", sex="female", birth_year=1985, legal_name="김영희",
                      birth_date="1985-03-02")
    second = make_case(RecordStore(two), "Aunt K", sex="female", birth_year=1985, legal_name="Kim Young-hee",
                       birth_date="1985-03-02", province_of_origin="ryanggang")
    other = make_case(RecordStore(two), "Other", sex="male", birth_year=1960, legal_name="Pak Chol",
                      birth_date="1960-01-01")
    assert first.match_tokens and first.match_tokens["tokens"]["name_date"] == \
        second.match_tokens["tokens"]["name_date"]
    _send(one, hq, tmp_path / "b1")
    _send(two, hq, tmp_path / "b2")
    at_hq = RecordStore(hq).get(first.id)
    assert isinstance(at_hq, Case) and at_hq.legal_name is None and at_hq.birth_date is None  # withheld
    found = identity.candidates(hq)
    assert [(c.a.id, c.b.id) for c in found] == [tuple(sorted((first.id, second.id)))]
    assert identity.Reason.NAME_DATE in found[0].reasons
    with hq.reading() as conn:
        assert identity.person_map(conn) == {}
    assert identity.confirm(hq, first.code, second.id,
                            reason="same scar, same village") is identity.DuplicateOutcome.CONFIRMED
    with hq.reading() as conn:
        mapping = identity.person_map(conn)
    person = min(first.id, second.id)
    assert mapping == {first.id: person, second.id: person}
    people = {mapping.get(c, c) for c in (first.id, second.id, other.id)}
    assert len(people) == 2
    assert identity.candidates(hq) == []
    link = RecordStore(hq).get(identity.link_id(first.id, second.id))
    assert isinstance(link, PersonLink) and link.reason == "same scar, same village"
    # Reversible: rejecting later is a new version of the same link record, and the count is two again.
    assert identity.reject(hq, second.id, first.id) is identity.DuplicateOutcome.REJECTED
    with hq.reading() as conn:
        assert identity.person_map(conn) == {}
        versions = conn.execute("SELECT count(*) FROM version_lineage WHERE record_id = ?",
                                (link.id,)).fetchone()[0]
    assert versions == 2
    assert identity.reject(hq, first.id, second.id) is identity.DuplicateOutcome.UNCHANGED


def test_same_name_different_birth_dates_is_not_proposed(setup, tmp_path: Path) -> None:
    hq, one, two = setup
    make_case(RecordStore(one), "A", sex="male", birth_year=1970, legal_name="Kim Chol-su", birth_date="1970-05-05")
    make_case(RecordStore(two), "B", sex="male", birth_year=1991, legal_name="김철수", birth_date="1991-11-20")
    # Same name, same year, different exact dates: two people too.
    make_case(RecordStore(one), "C", sex="male", birth_year=1980, legal_name="Ri Yong-ho", birth_date="1980-02-01",
              province_of_origin="south_hamgyong")
    make_case(RecordStore(two), "D", sex="male", birth_year=1980, legal_name="리용호", birth_date="1980-09-09",
              province_of_origin="south_hamgyong")
    _send(one, hq, tmp_path / "b1")
    _send(two, hq, tmp_path / "b2")
    assert identity.candidates(hq) == []


def test_close_on_visible_fields_is_proposed_without_tokens(setup, tmp_path: Path) -> None:
    hq, one, two = setup
    a = make_case(RecordStore(one), "A", sex="female", birth_year=1990, province_of_origin="ryanggang")
    b = make_case(RecordStore(two), "B", sex="female", birth_year=1991, province_of_origin="ryanggang")
    _send(one, hq, tmp_path / "b1")
    _send(two, hq, tmp_path / "b2")
    found = identity.candidates(hq)
    assert [(c.a.id, c.b.id, c.reasons) for c in found] == [(*sorted((a.id, b.id)), (identity.Reason.CLOSE,))]


def test_canary_in_identifying_fields_never_leaves_through_bundle_or_tokens(setup, tmp_path: Path) -> None:
    hq, one, _two = setup
    canary = "CANARY" + secrets.token_hex(8)
    case = make_case(RecordStore(one), "Plum", legal_name=f"Kim {canary}", birth_date="1985-03-02",
                     phone="+86 138 0013 8000", address=canary)
    out = tmp_path / "b1"
    _send(one, hq, out)
    for path in out.iterdir():
        assert canary.encode() not in path.read_bytes()
    with hq.reading() as conn:
        bodies = [row[0] for row in conn.execute("SELECT body FROM records")]
    assert all(canary not in body for body in bodies)
    env = RecordStore(hq).get_envelope(case.id)
    tokens = env["data"]["match_tokens"]["tokens"]
    assert set(tokens) == {"name_date", "name_year", "phone"}
    text = json.dumps(env)
    for piece in (canary, canary.lower(), "1985-03-02", "13800138000"):
        assert piece not in text


def test_tokens_recomputed_only_when_details_change_and_cleared_with_them(setup) -> None:
    _hq, one, _two = setup
    store = RecordStore(one)
    case = make_case(store, "Plum", legal_name="Kim Chol-su", birth_date="1970-05-05")
    first = case.match_tokens
    case.notes = "moved to a new safe house"
    again = store.save(case)
    assert again.match_tokens == first
    again.birth_date = "1970-05-06"
    changed = store.save(again)
    assert changed.match_tokens["tokens"]["name_date"] != first["tokens"]["name_date"]
    changed.legal_name = changed.birth_date = None
    cleared = store.save(changed)
    assert cleared.match_tokens is None


def test_cases_saved_before_the_profile_get_tokens_on_refresh(tmp_path: Path) -> None:
    from intake_app.sync.profile import import_profile
    from intake_app.vault.match import refresh_all
    from intake_app.vault.vault import Role
    from tests.conftest import PASSPHRASE

    hq, profile = make_hq(tmp_path / "hq")
    early, _r = Vault.create(tmp_path / "early", PASSPHRASE, Role.FIELD)
    case = make_case(RecordStore(early), "Plum", legal_name="Kim Chol-su", birth_date="1970-05-05")
    assert case.match_tokens is None
    import_profile(early, profile)
    assert current_profile(early).matching is not None
    with early.reading() as conn:
        assert stale_case_ids(conn) == [case.id]
    assert refresh_all(early) == 1
    assert RecordStore(early).get(case.id).match_tokens is not None
    early.close()
    hq.close()


def test_a_device_cannot_decide_who_is_the_same_person(setup) -> None:
    hq, _one, _two = setup
    store = RecordStore(hq)
    a, b = make_case(store, "A"), make_case(store, "B")
    link = PersonLink(case_ids=sorted([a.id, b.id]), decision="same")
    env = link.to_envelope()
    env.update(version={"device": "0" * 8 + "-0000-4000-8000-" + "0" * 12, "counter": 1}, parent=None,
               created_at="2026-01-01T00:00:00Z", updated_at="2026-01-01T00:00:00Z",
               origin_device="0" * 8 + "-0000-4000-8000-" + "0" * 12)
    with hq.transaction() as conn:
        RecordStore.write_envelope(conn, env, 10_000)
    with hq.reading() as conn:
        assert identity.person_map(conn) == {}


def test_bad_inputs_are_refused(setup) -> None:
    hq, one, _two = setup
    a = make_case(RecordStore(hq), "A")
    with pytest.raises(identity.DuplicateError):
        identity.confirm(hq, a.id, a.code)
    with pytest.raises(identity.DuplicateError):
        identity.confirm(hq, a.id, "NOT-ACASE")
    from intake_app.sync.keystore import WrongRoleError
    with pytest.raises(WrongRoleError):
        identity.candidates(one)


def test_an_edit_at_hq_keeps_the_tokens_the_field_made(setup, tmp_path: Path) -> None:
    hq, one, _two = setup
    case = make_case(RecordStore(one), "Plum", legal_name="Kim Chol-su", birth_date="1970-05-05")
    _send(one, hq, tmp_path / "b1")
    at_hq = RecordStore(hq).get(case.id)
    assert isinstance(at_hq, Case) and at_hq.match_tokens == case.match_tokens
    at_hq.notes, at_hq.match_tokens = "seen in Yanji", None  # an editor that does not carry the tokens
    edited = RecordStore(hq).save(at_hq, reason="met again")
    assert edited.match_tokens == case.match_tokens and edited.reason == "met again"
