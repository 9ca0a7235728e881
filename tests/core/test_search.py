"""Full-text search in four scripts, filters, and proof that no filter scans every row."""

from __future__ import annotations

import pytest

from intake_app.domain.models import Consent
from intake_app.vault.records import RecordStore
from intake_app.vault.search import SearchQuery, count, explain, search
from intake_app.vault.vault import Vault
from tests.core.helpers import make_aid, make_case, make_testimony


@pytest.fixture
def filled(vault: Vault) -> Vault:
    store = RecordStore(vault)
    kim = make_case(store, "Ajumma Song", situation="detained", province_of_origin="ryanggang")
    lee = make_case(store, "민들레",
                    situation="in_hiding_china")
    make_aid(store, kim.id, date="2025-01-10", category="medicine", province="jilin")
    make_aid(store, lee.id, date="2026-06-01")
    make_testimony(store, kim.id, narrative="After repatriation she was beaten at the holding centre in Onsong.")
    make_testimony(store, lee.id,
                   narrative="그녀는 보위부 구류장에서 고문을 당했다. 她在拘留所遭受酷刑。拷問を受けた。",
                   consents=[Consent("store", True, "2026-03-02", "oral"),
                             Consent("un_mechanisms", True, "2026-03-02", "written", withdrawn_on="2026-04-01")])
    return vault


@pytest.mark.parametrize(("text", "expected"), [
    ("beaten", 1), ("BEAT", 1), ("고문을", 1), ("rice", 2), ("nothing-like-this", 0),
    # Both testimonies: one says it in its narrative, and both have a torture incident in a holding
    # centre in Onsong (the labels of the violation type and of the facility, and the place's name).
    ("holding onsong", 2), ("고문", 2), ("酷刑", 2), ("拷問", 2),
    # A case's alias finds the case, its aid and its testimony.
    ("Ajumma", 3), ("민들레", 3),
])
def test_full_text(filled: Vault, text: str, expected: int) -> None:
    assert count(filled, SearchQuery(text=text)) == expected


@pytest.mark.parametrize("hostile", ['"', "NEAR(a b)", "text:beaten", "*", "a OR", "')--", "\x00"])
def test_fts_syntax_in_input_is_inert(filled: Vault, hostile: str) -> None:
    search(filled, SearchQuery(text=hostile))  # must not raise


def test_filters(filled: Vault) -> None:
    assert count(filled, SearchQuery(facets={"aid_category": "medicine"})) == 1
    assert count(filled, SearchQuery(facets={"violation": "torture"})) == 2
    assert count(filled, SearchQuery(facets={"situation": "detained"})) == 1
    assert count(filled, SearchQuery(facets={"province": "jilin"})) == 1
    assert count(filled, SearchQuery(facets={"consent": "un_mechanisms"})) == 0  # withdrawn
    assert count(filled, SearchQuery(facets={"consent": "store"})) == 2
    assert count(filled, SearchQuery(types=("aid",), date_from="2026-01-01")) == 1
    assert count(filled, SearchQuery(types=("aid",), date_to="2025-12-31")) == 1
    assert count(filled, SearchQuery(text="rice", facets={"aid_category": "medicine"})) == 1


def test_no_filter_scans_the_records_table(filled: Vault) -> None:
    query = SearchQuery(text="beaten", types=("testimony",), date_from="2020-01-01",
                        facets={"violation": "torture", "province": "jilin", "consent": "store"})
    plan = " | ".join(explain(filled, query))
    assert "SCAN r " not in plan + " " and "SCAN records " not in plan + " ", plan
    assert "records_fts" in plan and "record_facets" in plan


def test_deleted_records_are_not_found(filled: Vault) -> None:
    store = RecordStore(filled)
    hits = search(filled, SearchQuery(text="Ajumma", types=("testimony", "aid")))
    assert len(hits) == 2
    store.delete(hits[0].id)
    found = [r.id for r in search(filled, SearchQuery(text="Ajumma"))]
    assert len(found) == 2 and hits[0].id not in found
    # A deleted case keeps nothing in the index: neither it nor, through its alias, its records are found.
    [case] = search(filled, SearchQuery(text="Ajumma", types=("case",)))
    store.delete(case.id)
    assert count(filled, SearchQuery(text="Ajumma")) == 0


def test_list_and_search_rows_carry_the_origin_device(vault: Vault) -> None:
    """HQ lists name each row's device from the row itself, with no query per row."""
    store = RecordStore(vault)
    case = make_case(store)
    listed = store.list_rows("case")
    found = search(vault, SearchQuery(types=("case",)))
    assert [r.origin_device for r in listed] == [r.origin_device for r in found] == [vault.info.device_id]
    assert found[0].id == case.id and found[0].rid == listed[0].rid != 0
