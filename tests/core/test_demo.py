"""The fictional demo dataset, `populate` and the throwaway demo session."""

from __future__ import annotations

import random
import shutil
import struct
import zlib

import pytest

from intake_app.crypto.passphrase_policy import assess_passphrase
from intake_app.demo import DEMO_PASSPHRASE, demo_session, populate
from intake_app.demo_data import demo_image_bytes, generate_demo_records
from intake_app.domain import models
from intake_app.domain.models import AidDistribution, Case
from intake_app.domain.taxonomy import load_taxonomy
from intake_app.domain.validation import record_problems
from intake_app.vault.attachments import AttachmentStore, Cancelled
from intake_app.vault.records import RecordStore
from intake_app.vault.search import SearchQuery, search
from intake_app.vault.vault import Role, Vault
from intake_app.vault.verify import verify_vault

CASES = 60


@pytest.fixture(autouse=True)
def _cheap_kdf(monkeypatch):
    monkeypatch.setenv("INTAKE_INSECURE_TEST_KDF", "1")


@pytest.fixture(scope="module")
def demo_vault(tmp_path_factory):
    # Module-scoped: one vault for the read-only checks below (the KDF setting must be on while creating it).
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("INTAKE_INSECURE_TEST_KDF", "1")
        base = tmp_path_factory.mktemp("demo")
        vault, _recovery = Vault.create(base, DEMO_PASSPHRASE, Role.FIELD)
        seen: list[tuple[int, int]] = []
        counts = populate(vault, CASES, progress=lambda done, total: seen.append((done, total)))
    yield vault, counts, seen
    vault.close()


def _records(seed: int = 7, cases: int = CASES) -> list:
    return list(generate_demo_records(random.Random(seed), cases))


def _testimonies(vault: Vault) -> list[models.Testimony]:
    out = RecordStore(vault).list("testimony", limit=10_000)
    assert all(isinstance(t, models.Testimony) for t in out)
    return out  # type: ignore[return-value]


def test_demo_passphrase_passes_the_policy():
    assert assess_passphrase(DEMO_PASSPHRASE).acceptable


def test_counts_are_plausible(demo_vault):
    vault, counts, _seen = demo_vault
    assert counts["case"] == CASES
    assert counts["aid"] >= 100
    assert counts["testimony"] >= 25
    assert 1 <= counts["attachment"] <= 5
    assert RecordStore(vault).counts() == counts


def test_progress_reaches_the_total(demo_vault):
    _vault, counts, seen = demo_vault
    total = sum(counts.values())
    assert seen[-1] == (total, total)
    assert [done for done, _ in seen] == list(range(1, total + 1))


def test_vault_verifies(demo_vault):
    vault, _counts, _seen = demo_vault
    report = verify_vault(vault)
    assert report.ok, report.problems


def test_every_generated_record_is_valid_and_references_come_first():
    seen_cases: set[str] = set()
    for record in _records(seed=11, cases=150):
        # Ids and dates of entry are assigned by the vault on save; fill in stand-ins to validate alone.
        env = record.to_envelope()
        env.update(created_at="2026-01-01T00:00:00Z", updated_at="2026-01-01T00:00:00Z",
                   origin_device=env["id"], version={"device": env["id"], "counter": 1})
        assert record_problems(env) == [], record
        if isinstance(record, Case):
            assert all(link.case_id in seen_cases for link in record.household)
            seen_cases.add(record.id)
        elif isinstance(record, AidDistribution):
            assert record.case_id in seen_cases
        elif isinstance(record, models.Testimony):
            assert record.witness_case_id in seen_cases


def test_same_seed_same_data_and_other_seed_other_data():
    first, again, other = _records(7), _records(7), _records(8)
    aliases = [r.alias for r in first if isinstance(r, Case)]
    assert aliases == [r.alias for r in again if isinstance(r, Case)]
    assert [r.to_envelope() for r in first] == [r.to_envelope() for r in again]
    assert aliases != [r.alias for r in other if isinstance(r, Case)]
    assert len(set(aliases)) == len(aliases)


def test_dataset_looks_like_the_field():
    records = _records(seed=7, cases=200)
    cases = [r for r in records if isinstance(r, Case)]
    testimonies = [r for r in records if isinstance(r, models.Testimony)]
    assert sum(c.sex == "female" for c in cases) > len(cases) * 0.6
    assert sum(c.situation == "in_hiding_china" for c in cases) > len(cases) * 0.5
    assert all(1950 <= (c.birth_year or 0) <= 2015 for c in cases)
    assert any(link.relation == "parent" for c in cases for link in c.household)
    assert any("\uac00" <= ch <= "\ud7a3" for c in cases for ch in c.alias)  # some aliases in Hangul
    assert any(any("\uac00" <= ch <= "\ud7a3" for ch in t.narrative) for t in testimonies)
    assert any(t.narrative.isascii() for t in testimonies)
    for t in testimonies:
        assert 1 <= len(t.incidents) <= 3
        store = [c for c in t.consents if c.scope == "store"]
        assert len(store) == 1 and store[0].in_force
        assert all(i.date is None or i.date.value <= t.interview_date for i in t.incidents)
    assert any(c.withdrawn_on for t in testimonies for c in t.consents)
    # Identifying fields are filled only with obvious fakes.
    identified = [c for c in cases if c.legal_name or c.phone]
    assert identified
    assert all(c.legal_name and c.legal_name.startswith("(demo)") for c in identified)
    assert all(c.phone == "+86 000 0000 0000" for c in identified)


def test_full_text_search_finds_narratives(demo_vault):
    vault, _counts, _seen = demo_vault
    testimonies = _testimonies(vault)
    for word in ("holding", "보위부"):
        expected = {t.id for t in testimonies if word in t.narrative.lower()}
        found = {row.id for row in search(vault, SearchQuery(text=word, types=("testimony",), limit=10_000))}
        if word == "holding":
            assert expected, "the demo data should mention a holding centre"
        assert expected <= found
    # A word picked from a stored narrative is found.
    narrative = testimonies[0].narrative
    word = max((w.strip(".,;") for w in narrative.split()), key=len)
    found = {row.id for row in search(vault, SearchQuery(text=word, limit=10_000))}
    assert testimonies[0].id in found


def test_facet_search_finds_testimonies_by_violation(demo_vault):
    vault, _counts, _seen = demo_vault
    assert "torture" in load_taxonomy().keys("violation_types")
    testimonies = _testimonies(vault)
    expected = {t.id for t in testimonies if any("torture" in i.violation_types for i in t.incidents)}
    assert expected
    found = search(vault, SearchQuery(facets={"violation": "torture"}, limit=10_000))
    assert {row.id for row in found} == expected
    assert all(row.type == "testimony" for row in found)


def test_attachments_hold_the_demo_picture(demo_vault):
    vault, _counts, _seen = demo_vault
    store = AttachmentStore(vault)
    attached = [a for t in _testimonies(vault) for a in store.for_owner(t.id)]
    assert attached
    for attachment in attached:
        assert attachment.media_type == "image/png"
        assert store.read_bytes(attachment.sha256) == demo_image_bytes()


def test_demo_image_is_a_valid_png():
    data = demo_image_bytes()
    assert data.startswith(b"\x89PNG\r\n\x1a\n")
    pos, chunks = 8, {}
    while pos < len(data):
        (length,) = struct.unpack(">I", data[pos:pos + 4])
        kind, payload = data[pos + 4:pos + 8], data[pos + 8:pos + 8 + length]
        (crc,) = struct.unpack(">I", data[pos + 8 + length:pos + 12 + length])
        assert crc == zlib.crc32(kind + payload) & 0xFFFFFFFF
        chunks[kind] = payload
        pos += 12 + length
    width, height, depth, colour = struct.unpack(">IIBB", chunks[b"IHDR"][:10])
    assert (width, height, depth, colour) == (64, 48, 8, 2)
    assert len(zlib.decompress(chunks[b"IDAT"])) == height * (1 + width * 3)
    assert b"IEND" in chunks


def test_cancel_leaves_the_vault_empty(tmp_path):
    vault, _recovery = Vault.create(tmp_path / "v", DEMO_PASSPHRASE, Role.FIELD)
    with vault:
        calls = iter(range(1000))
        with pytest.raises(Cancelled):
            populate(vault, 10, cancelled=lambda: next(calls) >= 5)
        assert sum(RecordStore(vault).counts().values()) == 0


def test_demo_session_cleans_up():
    with demo_session(cases=8) as (base, vault, passphrase):
        assert base.name.startswith("field-intake-demo-")
        assert passphrase == DEMO_PASSPHRASE
        assert base.stat().st_mode & 0o077 == 0
        assert RecordStore(vault).count("case") == 8
    assert not vault.is_open
    assert not base.exists()


def test_demo_session_keep_leaves_a_vault_that_opens():
    with demo_session(cases=3, keep=True) as (base, vault, passphrase):
        vault.close()  # as the GUI path does before reopening it
    try:
        assert base.exists()
        with Vault.open(base, passphrase=passphrase) as reopened:
            assert RecordStore(reopened).count("case") == 3
    finally:
        shutil.rmtree(base)
