"""Search knows the taxonomy in four languages and a case's names, and never an identifying field.

- every label (English, Korean, Japanese, Chinese) of every taxonomy value a record uses finds it;
- a case's alias and code find its aid and testimonies, and after a rename only the new alias does;
- hostile input stays inert, long input still searches;
- a legal name, exact birth date, phone or address is not findable, nor anywhere in the index.
"""

from __future__ import annotations

from dataclasses import dataclass

import pytest

from intake_app.domain import models
from intake_app.domain.models import AidDistribution, Case, Incident, IncidentPlace
from intake_app.domain.taxonomy import LANGUAGES, VIOLATION_TYPES, load_taxonomy
from intake_app.vault.records import RecordStore
from intake_app.vault.search import MAX_LINKED_TERMS, SearchQuery, count, count_by_type, search
from intake_app.vault.vault import Vault
from tests.core.helpers import make_aid, make_case, make_testimony


@dataclass
class People:
    ajumma: Case
    iris: Case
    ajumma_aid: AidDistribution
    iris_aid: AidDistribution
    ajumma_testimony: models.Testimony
    iris_testimony: models.Testimony


# What each record uses, as (taxonomy list, key): every label of each must find the record.
AJUMMA_CASE = [("sexes", "female"), ("dprk_provinces", "ryanggang"), ("situations", "detained"),
               ("vulnerabilities", "elderly")]
AJUMMA_AID = [("aid_categories", "medicine"), ("china_provinces", "jilin")]
AJUMMA_TESTIMONY = [(VIOLATION_TYPES, "torture"), ("place_kinds", "facility"), ("facility_types", "kyohwaso"),
                    ("perpetrators", "state_security"), ("source_types", "witnessed")]
IRIS_TESTIMONY = [(VIOLATION_TYPES, "refoulement"), ("place_kinds", "china_province"),
                  ("china_provinces", "liaoning"), ("perpetrators", "chinese_police"), ("relations", "child")]


@pytest.fixture
def people(vault: Vault) -> People:
    store = RecordStore(vault)
    # Narratives and notes say nothing a label says: whatever the labels find, the labels found.
    ajumma = make_case(store, "Ajumma Song", sex="female", province_of_origin="ryanggang", situation="detained",
                       vulnerabilities=["elderly"])
    iris = make_case(store, "Mr. Iris", sex="male", province_of_origin="south_pyongan", situation="in_transit")
    return People(
        ajumma, iris,
        make_aid(store, ajumma.id, category="medicine", province="jilin"),
        make_aid(store, iris.id, category="shelter", province="shandong"),
        make_testimony(store, ajumma.id, narrative="First account, given at the office.", source_type="witnessed",
                       incidents=[Incident(["torture"], place=IncidentPlace("facility", facility_type="kyohwaso"),
                                           perpetrator="state_security")]),
        make_testimony(store, iris.id, narrative="Second account, given at the office.",
                       incidents=[Incident(["refoulement"], place=IncidentPlace("china_province", province="liaoning"),
                                           perpetrator="chinese_police", victim_relation="child")]),
    )


def _ids(vault: Vault, text: str, **kw: object) -> set[str]:
    return {row.id for row in search(vault, SearchQuery(text=text, **kw))}  # type: ignore[arg-type]


@pytest.mark.parametrize("word", ["torture", "Torture", "TORT", "고문", "拷問", "酷刑"])
def test_the_word_for_torture_in_any_language_finds_the_testimony(people: People, vault: Vault, word: str) -> None:
    assert _ids(vault, word) == {people.ajumma_testimony.id}


@pytest.mark.parametrize("lang", LANGUAGES)
def test_every_label_of_every_value_a_record_uses_finds_it(people: People, vault: Vault, lang: str) -> None:
    taxonomy = load_taxonomy()
    for record, used in ((people.ajumma, AJUMMA_CASE), (people.ajumma_aid, AJUMMA_AID),
                         (people.ajumma_testimony, AJUMMA_TESTIMONY), (people.iris_testimony, IRIS_TESTIMONY)):
        for list_name, key in used:
            label = taxonomy.label(list_name, key, lang)
            assert record.id in _ids(vault, label), (list_name, key, lang, label)


def test_a_label_finds_only_records_that_use_the_value(people: People, vault: Vault) -> None:
    for lang in LANGUAGES:
        assert _ids(vault, load_taxonomy().label("china_provinces", "liaoning", lang)) == {people.iris_testimony.id}
    assert _ids(vault, "kyohwaso") == {people.ajumma_testimony.id}
    assert _ids(vault, "Shelter") == {people.iris_aid.id}
    assert _ids(vault, "elderly") == {people.ajumma.id}
    # The witness herself suffered it ("self") is no word to find a testimony by: nearly all are.
    assert people.ajumma_testimony.id not in _ids(vault, load_taxonomy().label("relations", "self", "en"))


def test_labels_combine_with_other_words_and_filters(people: People, vault: Vault) -> None:
    assert _ids(vault, "torture office") == {people.ajumma_testimony.id}
    assert _ids(vault, "고문 Bowibu") == {people.ajumma_testimony.id}  # violation and perpetrator
    assert _ids(vault, "torture refoulement") == set()  # no testimony has both
    assert _ids(vault, "office", facets={"violation": "refoulement"}) == {people.iris_testimony.id}


def test_an_alias_or_a_code_finds_the_case_its_aid_and_its_testimonies(people: People, vault: Vault) -> None:
    ajumma_all = {people.ajumma.id, people.ajumma_aid.id, people.ajumma_testimony.id}
    assert _ids(vault, "Ajumma") == ajumma_all
    assert _ids(vault, "ajumma song") == ajumma_all
    assert _ids(vault, people.ajumma.code) == ajumma_all
    assert _ids(vault, people.ajumma.code.split("-")[0].lower()) >= ajumma_all
    assert _ids(vault, "Ajumma", types=("aid",)) == {people.ajumma_aid.id}
    # Each word in the record itself or in its case's names: her testimony of torture, not his.
    assert _ids(vault, "Ajumma torture") == {people.ajumma_testimony.id}
    assert _ids(vault, "Iris torture") == set()
    assert _ids(vault, "Ajumma medicine") == {people.ajumma_aid.id}
    assert count_by_type(vault, SearchQuery(text="Iris")) == {"case": 1, "aid": 1, "testimony": 1}


def test_a_case_s_notes_do_not_find_its_records(vault: Vault) -> None:
    """Only the alias and code speak for the records; the case's notes describe the case alone."""
    store = RecordStore(vault)
    case = make_case(store, "Auntie Aster", notes="Sleeps at the greenhouse")
    make_aid(store, case.id)
    assert _ids(vault, "greenhouse") == {case.id}


def test_after_a_rename_only_the_new_alias_finds_the_records(people: People, vault: Vault) -> None:
    store = RecordStore(vault)
    renamed = store.get(people.ajumma.id)
    assert isinstance(renamed, Case)
    renamed.alias = "Grandmother Pine"
    store.save(renamed)
    assert _ids(vault, "Ajumma") == set()
    assert _ids(vault, "Song") == set()
    assert _ids(vault, "Grandmother Pine") == {people.ajumma.id, people.ajumma_aid.id, people.ajumma_testimony.id}
    # An aid or testimony moved to another person follows the new person's names.
    moved = store.get(people.ajumma_aid.id)
    assert isinstance(moved, AidDistribution)
    moved.case_id = people.iris.id
    store.save(moved)
    assert people.ajumma_aid.id in _ids(vault, "Iris")
    assert people.ajumma_aid.id not in _ids(vault, "Pine")


@pytest.mark.parametrize("hostile", [
    '"', "NEAR(a b)", "text:torture", "names:Ajumma", "names : Ajumma", "{text names}: a", "*", "a OR", "')--",
    "\x00", "Ajumma\x00torture", "^torture", "-Ajumma", "+", "–", "/ \\", "(incl.", '"Ajumma" OR "Iris"',
    "Ajumma' UNION SELECT body FROM records --", "拷\"問", "고문)",
])
def test_search_syntax_in_the_input_is_inert(people: People, vault: Vault, hostile: str) -> None:
    found = _ids(vault, hostile)  # never raises
    assert count(vault, SearchQuery(text=hostile)) == len(found)
    # Quoted words: an operator is a word to find, not an instruction ("OR" does not widen the search).
    if hostile == '"Ajumma" OR "Iris"':
        assert found == set()


def test_punctuation_between_words_does_not_spoil_the_search(people: People, vault: Vault) -> None:
    assert _ids(vault, "Ajumma – torture") == {people.ajumma_testimony.id}


def test_a_pasted_paragraph_still_searches(people: People, vault: Vault) -> None:
    store = RecordStore(vault)
    words = [f"word{i}" for i in range(MAX_LINKED_TERMS + 8)]
    wanted = make_testimony(store, people.iris.id, narrative=" ".join(words))
    # Beyond the limit the words are looked for in the records themselves, and still all must match.
    assert _ids(vault, " ".join(words)) == {wanted.id}
    assert _ids(vault, " ".join([*words, "missing"])) == set()
    assert _ids(vault, " ".join(f"w{i}" for i in range(5_000))) == set()  # never too long to run


def test_identifying_fields_are_not_findable(vault: Vault) -> None:
    """A legal name, exact birth date, phone and address are in the record but never in the index."""
    store = RecordStore(vault)
    canary = "Zqxvimplokname"
    case = make_case(store, "Auntie Aster", legal_name=f"{canary} Park", birth_date="1961-07-19",
                     phone="+86 139 5550 1234", address="Qinghuayuan Road 1234, Yanji")
    make_aid(store, case.id)
    make_testimony(store, case.id)
    assert store.get(case.id).legal_name.startswith(canary)  # type: ignore[union-attr]
    for text in (canary, canary.lower(), "Park", "1961-07-19", "1961", "07-19", "139", "5550", "1234",
                 "Qinghuayuan", "Yanji"):
        assert _ids(vault, text) == set(), text
    # Not in the index at all: the term itself would be in FTS5's data rows.
    with vault.reading() as conn:
        blobs = b"".join(bytes(r[0]) for r in conn.execute("SELECT block FROM records_fts_data"))
    assert canary.lower().encode() not in blobs
    assert b"qinghuayuan" not in blobs and b"5550" not in blobs


def test_the_index_canary_would_catch_an_indexed_name(vault: Vault) -> None:
    """The checks above can fail: the same word as an alias is found, and is in the index."""
    store = RecordStore(vault)
    canary = "Zqxvimplokname"
    case = make_case(store, f"{canary} Park")
    assert _ids(vault, canary) == {case.id}
    with vault.reading() as conn:
        blobs = b"".join(bytes(r[0]) for r in conn.execute("SELECT block FROM records_fts_data"))
    assert canary.lower().encode() in blobs
