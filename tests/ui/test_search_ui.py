"""The search page: words as you type (debounced, off the GUI thread), filters, opening a result."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from intake_app.domain import models
from intake_app.domain.models import AidDistribution, AidItem, Consent, Incident
from intake_app.ui.records.aid_editor import AidEditor
from intake_app.ui.search.page import SearchPage
from intake_app.vault.records import RecordStore
from tests.ui.records_support import (
    choose,
    click,
    records_ui,  # noqa: F401 - fixture, used by pytestmark
    save_case,
    type_text,
)

pytestmark = pytest.mark.usefixtures("records_ui")


def _testimony(vault, witness, narrative: str, violation: str, *, consent: bool = True) -> models.Testimony:
    consents = [Consent("store", True, "2024-05-02", "oral")]
    if consent:
        consents.append(Consent("un_mechanisms", True, "2024-05-02", "written"))
    record = models.Testimony(witness_case_id=witness.id, interview_date="2024-05-02", interviewer="Worker A",
                       narrative=narrative, consents=consents,
                       incidents=[Incident(violation_types=[violation])])
    saved = RecordStore(vault).save(record)
    assert isinstance(saved, models.Testimony)
    return saved


def _page(qtbot, vault) -> SearchPage:
    page = SearchPage(vault)
    qtbot.addWidget(page)
    page.resize(1300, 800)
    page.show()
    qtbot.waitExposed(page)
    return page


def test_search_finds_a_word_of_a_narrative_and_opens_it(qtbot, vault):
    witness = save_case(vault, "Ajumma Song")
    wanted = _testimony(vault, witness, "We crossed the Tumen river at night near Musan.", "refoulement")
    _testimony(vault, witness, "The guards beat us in the holding centre.", "torture")
    page = _page(qtbot, vault)
    qtbot.keyClicks(page.text, "tumen")
    # Nothing runs while typing; the query starts after a short pause and answers on its own.
    qtbot.waitUntil(lambda: page.result_ids() == [wanted.id], timeout=5_000)
    assert page.count_label.text() == "Found: 1"
    assert page.model.index(0, 0).data() == "Testimony"
    assert "Ajumma Song" in page.model.index(0, 1).data()

    page.view.clicked.emit(page.model.index(0, 1))
    editor = page.host.current_editor()
    assert editor is not None and editor.record_id() == wanted.id
    assert editor.narrative.toPlainText().startswith("We crossed the Tumen river")


def test_search_in_korean_and_by_prefix(qtbot, vault):
    witness = save_case(vault, "새벽")
    wanted = _testimony(vault, witness, "두만강을 건너 중국으로 갔습니다.", "refoulement")
    page = _page(qtbot, vault)
    type_text(qtbot, page.text, "두만강")
    qtbot.waitUntil(lambda: page.result_ids() == [wanted.id], timeout=5_000)
    page.text.clear()
    qtbot.keyClicks(page.text, "Ajumma")  # nothing matches
    qtbot.waitUntil(lambda: page.result_ids() == [], timeout=5_000)


def test_filters_narrow_the_results(qtbot, vault):
    witness = save_case(vault, "Mr. Iris", situation="detained", province_of_origin="ryanggang")
    other = save_case(vault, "Mrs. Lotus", situation="in_transit")
    tortured = _testimony(vault, witness, "First account.", "torture", consent=False)
    returned = _testimony(vault, other, "Second account.", "refoulement")
    store = RecordStore(vault)
    aid = store.save(AidDistribution(date="2023-12-01", case_id=other.id, category="medicine",
                                     items=[AidItem("antibiotics", 1, "pack")], province="jilin"))
    page = _page(qtbot, vault)
    qtbot.waitUntil(lambda: len(page.result_ids()) == 5, timeout=5_000)  # everything, most recent first

    choose(page.filters.violation, "torture")
    qtbot.waitUntil(lambda: page.result_ids() == [tortured.id], timeout=5_000)
    choose(page.filters.violation, None)
    choose(page.filters.consent, "un_mechanisms")
    qtbot.waitUntil(lambda: page.result_ids() == [returned.id], timeout=5_000)
    choose(page.filters.consent, None)
    choose(page.filters.situation, "detained")
    qtbot.waitUntil(lambda: page.result_ids() == [witness.id], timeout=5_000)
    choose(page.filters.situation, None)
    choose(page.filters.province, "ryanggang")
    qtbot.waitUntil(lambda: page.result_ids() == [witness.id], timeout=5_000)
    choose(page.filters.province, "jilin")
    qtbot.waitUntil(lambda: page.result_ids() == [aid.id], timeout=5_000)
    choose(page.filters.province, None)
    choose(page.filters.category, "medicine")
    qtbot.waitUntil(lambda: page.result_ids() == [aid.id], timeout=5_000)
    choose(page.filters.category, None)

    for record_type in ("case", "testimony"):
        click(qtbot, page.filters.types[record_type])  # untick: aid only
    qtbot.waitUntil(lambda: page.result_ids() == [aid.id], timeout=5_000)
    click(qtbot, page.filters.types["testimony"])
    qtbot.keyClicks(page.filters.date_from.edit, "2024-01-01")
    qtbot.waitUntil(lambda: sorted(page.result_ids()) == sorted([tortured.id, returned.id]), timeout=5_000)


def test_editing_a_result_refreshes_and_signals(qtbot, vault):
    case = save_case(vault, "Auntie Marigold")
    aid = RecordStore(vault).save(AidDistribution(date="2024-02-02", case_id=case.id, category="food",
                                                  items=[AidItem("rice", 10, "kg")], place="Yanji"))
    page = _page(qtbot, vault)
    qtbot.keyClicks(page.text, "yanji")
    qtbot.waitUntil(lambda: page.result_ids() == [aid.id], timeout=5_000)
    page.view.clicked.emit(page.model.index(0, 1))
    editor = page.host.current_editor()
    assert isinstance(editor, AidEditor)
    editor.place.clear()
    qtbot.keyClicks(editor.place, "Longjing")
    assert page.has_unsaved_changes()
    with qtbot.waitSignal(page.changed):
        click(qtbot, editor.save_button)
    qtbot.waitUntil(lambda: page.result_ids() == [], timeout=5_000)  # no longer matches "yanji"
    assert not page.has_unsaved_changes()


def test_credibility_grades_filter_the_testimonies(qtbot, vault):
    witness = save_case(vault, "Mr. Iris")
    graded = _testimony(vault, witness, "First account.", "torture")
    graded.source_reliability, graded.information_credibility = "b", "c2"
    RecordStore(vault).save(graded)
    _testimony(vault, witness, "Second account.", "torture")
    page = _page(qtbot, vault)
    qtbot.waitUntil(lambda: len(page.result_ids()) == 3, timeout=5_000)
    choose(page.filters.reliability, "b")
    qtbot.waitUntil(lambda: page.result_ids() == [graded.id], timeout=5_000)
    choose(page.filters.reliability, None)
    choose(page.filters.credibility, "c3")
    qtbot.waitUntil(lambda: page.result_ids() == [], timeout=5_000)
    choose(page.filters.credibility, "c2")
    qtbot.waitUntil(lambda: page.result_ids() == [graded.id], timeout=5_000)


def test_the_words_for_a_violation_type_in_all_four_languages_find_it(qtbot, vault):
    """The labels of the taxonomy are searched in every language whatever the window's language (English here):
    none of these words is in the narratives."""
    witness = save_case(vault, "Ajumma Song")
    tortured = _testimony(vault, witness, "First account.", "torture")
    _testimony(vault, witness, "Second account.", "refoulement")
    page = _page(qtbot, vault)
    qtbot.waitUntil(lambda: len(page.result_ids()) == 3, timeout=5_000)
    for word in ("torture", "고문", "拷問", "酷刑"):
        page.text.clear()
        type_text(qtbot, page.text, word)
        qtbot.waitUntil(lambda: page.result_ids() == [tortured.id], timeout=5_000)
        assert page.count_label.text() == "Found: 1"
        assert page.filters.types["testimony"].text() == "1 testimony"
    page.text.clear()
    type_text(qtbot, page.text, "강제송환")  # the Korean label of refoulement
    qtbot.waitUntil(lambda: len(page.result_ids()) == 1 and page.result_ids() != [tortured.id], timeout=5_000)


def test_results_come_grouped_by_type_with_a_count_for_each(qtbot, vault):
    ajumma = save_case(vault, "Ajumma Song")
    store = RecordStore(vault)
    aids = [store.save(AidDistribution(date=f"2024-0{m}-01", case_id=ajumma.id, category="food",
                                       items=[AidItem("rice", 10, "kg")])) for m in (1, 2)]
    testimony = _testimony(vault, ajumma, "First account.", "torture")  # the newest record
    other = save_case(vault, "Mr. Iris")
    store.save(AidDistribution(date="2024-03-01", case_id=other.id, category="food", items=[AidItem("rice", 1, "kg")]))
    page = _page(qtbot, vault)
    qtbot.keyClicks(page.text, "ajumma")  # her alias finds her aid and her testimony too
    want = [ajumma.id, *(a.id for a in reversed(aids)), testimony.id]  # cases, aid, testimonies; newest first
    qtbot.waitUntil(lambda: page.result_ids() == want, timeout=5_000)
    assert [page.model.index(r, 0).data() for r in range(4)] == ["Case", "Aid", "Aid", "Testimony"]
    # Where each group begins, its type is in bold.
    bold = [bool(f and f.bold()) for f in (page.model.index(r, 0).data(Qt.ItemDataRole.FontRole) for r in range(4))]
    assert bold == [True, True, False, True]
    assert page.count_label.text() == "Found: 4"
    assert [box.text() for box in page.filters.types.values()] == ["1 case", "2 aid distributions", "1 testimony"]
    assert page.type_counts() == {"case": 1, "aid": 2, "testimony": 1}

    # Sorting by another column sorts inside each group; the groups stay in their order.
    date_column = next(i for i, c in enumerate(page.model.columns) if c.sort == "date")
    page.view.horizontalHeader().setSortIndicator(date_column, Qt.SortOrder.AscendingOrder)
    qtbot.waitUntil(lambda: page.result_ids() == [ajumma.id, aids[0].id, aids[1].id, testimony.id], timeout=5_000)

    # An unticked type keeps its count, so the box still says what ticking it would show.
    click(qtbot, page.filters.types["aid"])
    qtbot.waitUntil(lambda: page.result_ids() == [ajumma.id, testimony.id], timeout=5_000)
    assert page.count_label.text() == "Found: 2"
    assert page.filters.types["aid"].text() == "2 aid distributions"


def test_the_counts_speak_the_window_s_language(qtbot, vault):
    from intake_app import i18n

    ajumma = save_case(vault, "Ajumma Song")
    _testimony(vault, ajumma, "First account.", "torture")
    i18n.set_language("ko")
    page = _page(qtbot, vault)
    type_text(qtbot, page.text, "고문")
    qtbot.waitUntil(lambda: len(page.result_ids()) == 1, timeout=5_000)
    assert [box.text() for box in page.filters.types.values()] == ["사례 0건", "지원 0건", "증언 1건"]
