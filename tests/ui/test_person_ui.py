"""The person page: a case opens on what the person received and told, their household both ways, new aid
for them with the case already chosen, linked records opened with a way back; a purged case leaves the list."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from intake_app.demo import populate
from intake_app.domain.models import HouseholdLink
from intake_app.hq import identity
from intake_app.hq.importer import import_bundle
from intake_app.sync.export import export_bundle
from intake_app.sync.receipts import purge_delivered
from intake_app.ui.lists.page import RecordListPage
from intake_app.ui.records import testimony_editor
from intake_app.ui.records.aid_editor import AidEditor
from intake_app.ui.records.case_editor import CaseEditor
from intake_app.ui.records.host import missing_text
from intake_app.ui.records.widgets import taxonomy_label
from intake_app.ui.workers import running_tasks, wait_for_tasks
from intake_app.vault.person import person_summary
from intake_app.vault.records import RecordStore
from tests.core.bundle_helpers import deliver
from tests.core.helpers import make_aid, make_case
from tests.ui.records_support import click, save_case
from tests.ui.shell_support import english_ui
from tests.ui.sync_support import main_window, page, patch_prompts, wait_idle


@pytest.fixture(autouse=True)
def _english(qtbot):
    with english_ui():
        yield
    qtbot.waitUntil(lambda: running_tasks() == 0, timeout=10_000)  # before the vault closes
    wait_for_tasks()


def _cases_page(qtbot, vault) -> RecordListPage:
    cases = RecordListPage(vault, "case")
    qtbot.addWidget(cases)
    cases.resize(1300, 850)
    cases.show()
    qtbot.waitExposed(cases)
    return cases


def _open_person(cases: RecordListPage, case_id: str) -> CaseEditor:
    assert cases.open_record(case_id)
    editor = cases.host.current_editor()
    assert isinstance(editor, CaseEditor)
    assert editor.tabs.currentWidget() is editor.person  # a case opens on its person page
    return editor


def _activate(qtbot, table, row: int) -> None:
    """Double-click the row, as a worker opening it."""
    rect = table.visualRect(table.model().index(row, 0))
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def test_the_person_page_shows_aid_and_testimonies_of_a_demo_person(qtbot, vault):
    populate(vault, 60)
    store = RecordStore(vault)
    person = max((c for c in store.list("case", limit=100)),
                 key=lambda c: (len(person_summary(vault, c.id).testimonies), len(person_summary(vault, c.id).aid)))
    summary = person_summary(vault, person.id)
    assert summary.testimonies and summary.aid
    editor = _open_person(_cases_page(qtbot, vault), person.id)
    view = editor.person
    assert person.alias in view.facts.text() and person.code in view.facts.text()
    aid_rows = view.rows(view.aid_list)
    assert len(aid_rows) == len(summary.aid)
    assert [r[0] for r in aid_rows] == [a.date for a in summary.aid]
    totals = view.rows(view.aid.table)
    assert sum(int(r[1]) for r in totals) == len(summary.aid)
    n = len(summary.aid)
    assert view.aid.note.text() == (f"{n} distribution recorded." if n == 1 else f"{n} distributions recorded.")
    testimony_rows = view.rows(view.testimonies.table)
    assert [r[0] for r in testimony_rows] == [t.interview_date for t in summary.testimonies]
    assert all(r[1] for r in testimony_rows)  # the violation types told, in words
    assert view.history.table.rowCount() >= 1 and view.rows(view.history.table)[0][1].startswith("Created")

    _activate(qtbot, view.testimonies.table, 0)  # each linked record opens, with a way back
    testimony_form = editor.parent().current_editor()
    assert isinstance(testimony_form, testimony_editor.TestimonyEditor)
    assert testimony_form.record_id() == summary.testimonies[0].id
    assert testimony_form.back_button.isVisible()
    assert testimony_form.back_button.text() == f"‹ Back to {person.alias} · {person.code}"
    click(qtbot, testimony_form.back_button)
    assert editor.parent().current_editor() is editor and editor.record_id() == person.id
    assert editor.tabs.currentWidget() is editor.person


def test_the_household_shows_both_ways_with_words_that_say_who_is_whose(qtbot, vault):
    mother = save_case(vault, "Auntie Magnolia", sex="female")
    child = save_case(vault, "Little Pine", sex="male", household=[HouseholdLink(mother.id, "parent")])
    brother = save_case(vault, "Uncle Reed", sex="male")
    child.household.append(HouseholdLink(brother.id, "other_relative"))
    RecordStore(vault).save(child)
    cases = _cases_page(qtbot, vault)

    view = _open_person(cases, child.id).person
    assert view.rows(view.household.table) == [
        [f"Auntie Magnolia · {mother.code}", "mother of Little Pine", "on this case"],
        [f"Uncle Reed · {brother.code}", "relative of Little Pine", "on this case"]]
    editor = _open_person(cases, mother.id)
    view = editor.person
    # Written on Little Pine's case only, and seen from Auntie Magnolia's side too.
    assert view.rows(view.household.table) == [[f"Little Pine · {child.code}", "son of Auntie Magnolia",
                                                "on their case"]]
    assert view.household.note.text() == "1 household member."

    _activate(qtbot, view.household.table, 0)  # the member's own page
    assert editor.record_id() == child.id and editor.back_button.isVisible()
    assert cases.view.selectionModel().currentIndex().row() == cases.model.row_of(child.id)
    click(qtbot, editor.back_button)
    assert editor.record_id() == mother.id and not editor.back_button.isVisible()


def test_new_aid_from_the_person_page_has_the_case_and_saving_it_updates_the_page(qtbot, vault):
    person = save_case(vault, "Magpie", sex="female")
    store = RecordStore(vault)
    make_aid(store, person.id, date="2026-01-10")
    cases = _cases_page(qtbot, vault)
    editor = _open_person(cases, person.id)
    assert editor.person.aid_list.rowCount() == 1

    click(qtbot, editor.person.new_aid_button)
    aid_editor = cases.host.current_editor()
    assert isinstance(aid_editor, AidEditor) and aid_editor.is_new()
    assert aid_editor.case.case_id() == person.id  # the person is already chosen
    assert aid_editor.case.edit.text() == f"Magpie · {person.code}"
    assert aid_editor.back_button.isVisible()
    aid_editor.date.set_value("2026-02-20")
    aid_editor.category.setCurrentIndex(aid_editor.category.findData("medicine"))
    aid_editor.refresh_state()
    click(qtbot, aid_editor.save_button)

    # Saved, and back on the person's page, which shows it.
    assert store.count("aid") == 2
    assert cases.host.current_editor() is editor and editor.tabs.currentWidget() is editor.person
    view = editor.person
    assert [r[0] for r in view.rows(view.aid_list)] == ["2026-02-20", "2026-01-10"]
    assert sorted(r[0] for r in view.rows(view.aid.table)) == sorted(
        taxonomy_label("aid_categories", key) for key in ("food", "medicine"))
    assert view.aid.note.text() == "2 distributions recorded."
    assert view.message.isVisible() and "Saved" in view.message.text()
    assert view.aid_list.currentRow() == 0  # the new one is selected

    click(qtbot, view.new_testimony_button)
    testimony_form = cases.host.current_editor()
    assert isinstance(testimony_form, testimony_editor.TestimonyEditor)
    assert testimony_form.witness.case_id() == person.id


def test_a_new_case_has_no_person_page_until_saved(qtbot, vault):
    cases = _cases_page(qtbot, vault)
    click(qtbot, cases.new_button)
    editor = cases.host.current_editor()
    assert isinstance(editor, CaseEditor)
    assert not editor.tabs.isTabEnabled(editor.tabs.indexOf(editor.person))
    assert editor.tabs.currentWidget() is not editor.person


def test_a_purged_case_is_gone_from_the_list_at_once(qtbot, monkeypatch, tmp_path, purging_pair):
    patch_prompts(monkeypatch)
    hq, field = purging_pair
    out = tmp_path / "stick"
    out.mkdir()
    store = RecordStore(field)
    delivered = make_case(store, "Delivered")
    kept = make_case(store, "Kept")
    deliver(field, hq, out)
    make_aid(store, kept.id)  # changed after the export: stays on the laptop
    window = main_window(qtbot, field)
    cases = page(window, "cases")
    assert cases.count_label.text() == "Records: 2"
    assert cases.open_record(delivered.id)

    sync = page(window, "sync")
    click(qtbot, sync.receipts.purge_button)
    dialog = sync.receipts.purge_dialog
    assert dialog is not None and dialog.listed_ids() == [delivered.id]
    click(qtbot, dialog.delete_button)
    wait_idle(qtbot, sync.receipts)
    assert store.get(delivered.id) is None

    cases = page(window, "cases")
    assert cases.count_label.text() == "Records: 1"
    assert cases.model.row_of(delivered.id) is None and cases.model.row_of(kept.id) is not None
    # The case that was open says it is gone, instead of showing what the vault no longer holds.
    assert cases.host.current_editor() is None
    assert cases.host.placeholder.text() == missing_text()


def test_clicking_a_stale_row_says_the_record_is_gone_and_updates_the_list(qtbot, tmp_path, purging_pair):
    hq, field = purging_pair
    out = tmp_path / "stick"
    out.mkdir()
    store = RecordStore(field)
    gone = make_case(store, "Delivered")
    deliver(field, hq, out)
    kept = make_case(store, "Kept")
    cases = _cases_page(qtbot, field)
    assert cases.count_label.text() == "Records: 2"
    assert purge_delivered(field).records == 1  # behind the list's back (another window, the CLI)
    row = cases.model.row_of(gone.id)
    assert row is not None
    qtbot.mouseClick(cases.view.viewport(), Qt.MouseButton.LeftButton,
                     pos=cases.view.visualRect(cases.model.index(row, 1)).center())
    assert cases.host.placeholder.isVisible() and cases.host.placeholder.text() == missing_text()
    assert cases.model.row_of(gone.id) is None and cases.model.row_of(kept.id) is not None
    assert cases.count_label.text() == "Records: 1"


def test_at_headquarters_the_history_names_the_device_and_bundle(qtbot, tmp_path, pair):
    hq, field = pair
    out = tmp_path / "stick"
    out.mkdir()
    store = RecordStore(field)
    case = make_case(store, "Magpie")
    twin = make_case(store, "Kkachi")
    make_aid(store, case.id)
    imported = import_bundle(hq, export_bundle(field, out).path)
    identity.confirm(hq, case.id, twin.id)
    cases = _cases_page(qtbot, hq)
    view = _open_person(cases, case.id).person
    assert len(view.rows(view.aid_list)) == 1
    history = view.rows(view.history.table)
    assert len(history) == 1
    assert history[0][1] == "Created (shown now)"
    assert field.info.device_id[:8] in view.history.table.item(0, 2).toolTip()  # the device that made it
    assert history[0][3].startswith(imported.bundle_id[:8])  # and the bundle it came in
    assert not view.history.table.isColumnHidden(3)
    assert f"the same person as: Kkachi · {twin.code}" in view.facts.text()


def test_deleting_a_record_opened_from_the_person_page_returns_to_it(qtbot, vault, monkeypatch):
    from intake_app.ui.records import dialogs

    monkeypatch.setattr(dialogs, "confirm", lambda *_a: True)
    person = save_case(vault, "Magpie")
    aid = make_aid(RecordStore(vault), person.id)
    cases = _cases_page(qtbot, vault)
    editor = _open_person(cases, person.id)
    _activate(qtbot, editor.person.aid_list, 0)
    aid_editor = cases.host.current_editor()
    assert isinstance(aid_editor, AidEditor) and aid_editor.record_id() == aid.id
    click(qtbot, aid_editor.delete_button)
    assert cases.host.current_editor() is editor and editor.person.aid_list.rowCount() == 0
    assert editor.person.aid.note.text() == "No aid recorded for this person yet."
