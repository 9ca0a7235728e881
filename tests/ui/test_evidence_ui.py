"""The evidence screens: credibility and the reason prompt in the testimony editor; duplicates and events on
HQ Review."""

from __future__ import annotations

import pytest

from intake_app.domain import models
from intake_app.domain.models import Incident, IncidentDate, IncidentPlace
from intake_app.hq import events, identity
from intake_app.ui.hq.review import ReviewPage
from intake_app.ui.lists.page import RecordListPage
from intake_app.vault.records import RecordStore
from intake_app.vault.vault import Role, Vault
from tests.conftest import PASSPHRASE
from tests.core.helpers import make_case, make_testimony
from tests.ui.records_support import choose, click, records_ui, save_case  # noqa: F401 - fixture

pytestmark = pytest.mark.usefixtures("records_ui")


def test_testimony_editor_grades_source_and_information_and_keeps_the_reason(qtbot, vault):
    witness = save_case(vault, "Mr. Iris")
    testimony = make_testimony(RecordStore(vault), witness.id)
    page = RecordListPage(vault, "testimony")
    qtbot.addWidget(page)
    page.resize(1300, 850)
    page.show()
    qtbot.waitExposed(page)
    assert page.open_record(testimony.id)
    editor = page.host.current_editor()
    assert editor is not None and editor.record_id() == testimony.id
    assert editor.reason_edit.isVisible()
    choose(editor.source_reliability, "b")
    choose(editor.information_credibility, "c2")
    choose(editor.source_type, "documents")
    qtbot.keyClicks(editor.reason_edit, "second interview corrected the date")
    editor.refresh_state()
    click(qtbot, editor.save_button)
    assert not editor.problems.problems, editor.problems.problems
    saved = RecordStore(vault).get(testimony.id)
    assert isinstance(saved, models.Testimony)
    assert (saved.source_reliability, saved.information_credibility, saved.source_type) == ("b", "c2", "documents")
    assert saved.reason == "second interview corrected the date"
    assert editor.reason_edit.text() == ""  # the reason belongs to that version only
    # A later save without a reason carries none.
    editor.notes.setPlainText("more")
    editor.refresh_state()
    click(qtbot, editor.save_button)
    assert RecordStore(vault).get(testimony.id).reason is None


@pytest.fixture
def hq(tmp_path):
    vault, _r = Vault.create(tmp_path / "hq", PASSPHRASE, Role.HQ)
    yield vault
    from intake_app.ui.workers import wait_for_tasks

    wait_for_tasks()
    vault.close()


def test_review_shows_duplicates_and_events_and_decides_them(qtbot, hq):
    store = RecordStore(hq)
    a = make_case(store, "Plum", sex="female", birth_year=1990, province_of_origin="ryanggang")
    b = make_case(store, "Aunt K", sex="female", birth_year=1990, province_of_origin="ryanggang")
    # "close" candidates need different workers: give b another origin, as an import would.
    with hq.transaction() as conn:
        conn.execute("UPDATE records SET origin_device = ? WHERE id = ?",
                     ("22222222-2222-4222-8222-222222222222", b.id))
    incident = Incident(["torture"], date=IncidentDate("2010-03", "month"),
                        place=IncidentPlace("dprk_province", province="ryanggang"))
    ta = make_testimony(store, a.id, incidents=[incident])
    tb = make_testimony(store, b.id, incidents=[Incident(["torture"], date=IncidentDate("2010", "year"),
                                                         place=IncidentPlace("dprk_province", province="ryanggang"))])
    page = ReviewPage(hq)
    qtbot.addWidget(page)
    page.resize(1300, 1000)
    page.show()
    qtbot.waitExposed(page)
    panel = page.evidence
    qtbot.waitUntil(lambda: not panel.is_busy() and panel.duplicates.table.rowCount() == 1, timeout=10_000)
    assert "Plum" in panel.duplicates.table.item(0, 0).text() + panel.duplicates.table.item(0, 1).text()
    qtbot.waitUntil(lambda: panel.events.suggestions.rowCount() == 1, timeout=10_000)

    panel.tabs.setCurrentIndex(1)
    panel.events.suggestions.selectRow(0)
    click(qtbot, panel.events.link_button)
    qtbot.waitUntil(lambda: not panel.is_busy() and panel.events.events.rowCount() == 1, timeout=10_000)
    assert panel.events.events.item(0, 3).text() == "yes"  # two witnesses: corroborated
    assert a.code in panel.events.events.item(0, 2).text() and b.code in panel.events.events.item(0, 2).text()
    with hq.reading() as conn:
        assert set(events.event_map(conn)) == {ta.incidents[0].id, tb.incidents[0].id}

    panel.tabs.setCurrentIndex(0)
    panel.duplicates.table.selectRow(0)
    qtbot.keyClicks(panel.duplicates.reason, "same birthmark")
    click(qtbot, panel.duplicates.confirm_button)
    qtbot.waitUntil(lambda: not panel.is_busy() and panel.duplicates.confirmed.rowCount() == 1, timeout=10_000)
    assert panel.duplicates.table.rowCount() == 0
    with hq.reading() as conn:
        assert len(set(identity.person_map(conn).values())) == 1
    qtbot.waitUntil(lambda: not panel.is_busy() and panel.events.events.item(0, 3).text() == "no", timeout=10_000)

    panel.duplicates.confirmed.selectRow(0)
    click(qtbot, panel.duplicates.undo_button)
    qtbot.waitUntil(lambda: not panel.is_busy() and panel.duplicates.confirmed.rowCount() == 0, timeout=10_000)
    with hq.reading() as conn:
        assert identity.person_map(conn) == {}
