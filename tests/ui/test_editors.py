"""The record editors, driven through their widgets: create, validate, guard, hide, delete."""

from __future__ import annotations

import os
import secrets
import tempfile
import time
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from intake_app.domain import models
from intake_app.domain.models import AidDistribution, Case
from intake_app.ui.lists.page import RecordListPage
from intake_app.ui.records import dialogs, testimony_editor
from intake_app.ui.records.aid_editor import AidEditor
from intake_app.ui.records.case_editor import CaseEditor
from intake_app.vault.records import RecordStore
from tests.ui.records_support import (
    choose,
    click,
    pick_case,
    records_ui,  # noqa: F401 - fixture, used by pytestmark
    replace_text,
    save_case,
    type_text,
)

pytestmark = pytest.mark.usefixtures("records_ui")


def _page(qtbot, vault, record_type: str) -> RecordListPage:
    page = RecordListPage(vault, record_type)
    qtbot.addWidget(page)
    page.resize(1300, 850)
    page.show()
    qtbot.waitExposed(page)
    return page


def _new(qtbot, page):
    click(qtbot, page.new_button)
    editor = page.host.current_editor()
    assert editor is not None and editor.is_new()
    return editor


def _save(qtbot, editor) -> None:
    editor.refresh_state()
    click(qtbot, editor.save_button)
    assert not editor.problems.problems, editor.problems.problems
    assert not editor.is_new()


# -- case ----------------------------------------------------------------------------------------------


def test_create_a_case_through_the_form(qtbot, vault):
    mother = save_case(vault, "Auntie Willow")
    page = _page(qtbot, vault, "case")
    editor = _new(qtbot, page)
    assert isinstance(editor, CaseEditor)
    code = editor.code.text()
    qtbot.keyClicks(editor.alias, "Little Rain")
    choose(editor.sex, "female")
    qtbot.keyClicks(editor.birth_year, "2012")
    choose(editor.province, "north_hamgyong")
    choose(editor.situation, "in_hiding_china")
    click(qtbot, editor.vulnerabilities["child"])
    click(qtbot, editor.vulnerabilities["unaccompanied_minor"])
    pick_case(qtbot, editor.household.picker, "Willow")
    choose(editor.household.relation, "parent")
    click(qtbot, editor.household.add_button)
    qtbot.keyClicks(editor.notes, "Needs winter clothes.")
    click(qtbot, editor.show_identifying)
    qtbot.keyClicks(editor.legal_name, "Kim Ha-na")
    qtbot.keyClicks(editor.birth_date.edit, "2012/3/4")
    _save(qtbot, editor)

    cases = [c for c in RecordStore(vault).list("case") if c.id != mother.id]
    assert len(cases) == 1
    case = cases[0]
    assert isinstance(case, Case)
    assert (case.code, case.alias, case.sex, case.birth_year) == (code, "Little Rain", "female", 2012)
    assert (case.province_of_origin, case.situation) == ("north_hamgyong", "in_hiding_china")
    assert case.vulnerabilities == ["child", "unaccompanied_minor"]
    assert [(h.case_id, h.relation) for h in case.household] == [(mother.id, "parent")]
    assert case.notes == "Needs winter clothes."
    assert (case.legal_name, case.birth_date) == ("Kim Ha-na", "2012-03-04")
    assert page.model.row_of(case.id) is not None
    assert editor.title.text() == f"Case {code}"


def test_invalid_case_is_refused_with_reasons_next_to_the_form(qtbot, vault):
    page = _page(qtbot, vault, "case")
    editor = _new(qtbot, page)
    click(qtbot, editor.save_button)  # empty alias
    assert any("Alias" in p for p in editor.problems.problems)
    assert editor.problems.isVisible()
    assert RecordStore(vault).count("case") == 0

    qtbot.keyClicks(editor.alias, "Mr. Iris")
    qtbot.keyClicks(editor.birth_year, "1700")
    editor.refresh_state()
    assert editor.problems.problems == ["Birth year: too small"]
    assert not editor.save_button.isEnabled()
    assert editor.save() is False
    replace_text(qtbot, editor.birth_year, "1970")
    editor.refresh_state()
    assert editor.problems.problems == []
    assert editor.save_button.isEnabled()
    _save(qtbot, editor)
    assert RecordStore(vault).count("case") == 1


def test_identifying_details_hidden_until_asked_and_after_leaving(qtbot, vault):
    first = save_case(vault, "Auntie Aster", legal_name="Park Soon-ja", phone="+86 139 0000 0000")
    second = save_case(vault, "Uncle Clover")
    page = _page(qtbot, vault, "case")
    assert page.open_record(first.id)
    editor = page.host.current_editor()
    assert isinstance(editor, CaseEditor)
    editor.show_details()  # a case opens on the person's page
    assert not editor.identifying_visible()
    assert not editor.legal_name.isVisible()
    click(qtbot, editor.show_identifying)
    assert editor.identifying_visible() and editor.legal_name.isVisible()
    assert editor.legal_name.text() == "Park Soon-ja"
    assert editor.show_identifying.text() == "Hide identifying details"

    assert page.open_record(second.id)
    assert not editor.identifying_visible()
    assert editor.show_identifying.text() == "Show identifying details"
    assert page.open_record(first.id)
    assert not editor.identifying_visible()
    click(qtbot, editor.show_identifying)
    page.hide()  # another page of the main window, or the lock screen
    page.show()
    assert not editor.identifying_visible()


def test_unsaved_changes_guard(qtbot, vault, monkeypatch):
    first = save_case(vault, "Grandma Hazel")
    second = save_case(vault, "Mrs. Lotus")
    page = _page(qtbot, vault, "case")
    assert page.open_record(first.id)
    editor = page.host.current_editor()
    assert editor is not None
    assert not page.has_unsaved_changes()
    qtbot.keyClicks(editor.alias, " (moved)")
    assert page.has_unsaved_changes()

    answers: list[dialogs.Unsaved] = []
    monkeypatch.setattr(dialogs, "ask_unsaved_changes", lambda _parent: answers.pop(0))

    answers.append(dialogs.Unsaved.CANCEL)
    row = page.model.row_of(second.id)
    assert row is not None
    page.view.activated.emit(page.model.index(row, 1))
    assert editor.record_id() == first.id and editor.alias.text() == "Grandma Hazel (moved)"
    assert page.model.row_id(page.view.currentIndex().row()) == first.id

    answers.append(dialogs.Unsaved.DISCARD)
    assert page.open_record(second.id)
    assert editor.record_id() == second.id
    assert RecordStore(vault).get(first.id).alias == "Grandma Hazel"

    qtbot.keyClicks(editor.alias, " Kim")
    answers.append(dialogs.Unsaved.SAVE)
    click(qtbot, page.new_button)
    assert editor.is_new()
    assert RecordStore(vault).get(second.id).alias == "Mrs. Lotus Kim"
    assert answers == []

    # Leaving an untouched record asks nothing; a lock discards without asking.
    assert page.open_record(first.id)
    qtbot.keyClicks(editor.alias, "!")
    page.discard_changes()
    assert not page.has_unsaved_changes()
    assert page.host.current_editor() is None
    assert RecordStore(vault).get(first.id).alias == "Grandma Hazel"


def test_delete_asks_and_leaves_a_tombstone(qtbot, vault, monkeypatch):
    case = save_case(vault, "Imo Yun")
    page = _page(qtbot, vault, "case")
    assert page.open_record(case.id)
    editor = page.host.current_editor()
    assert editor is not None
    monkeypatch.setattr(dialogs, "confirm", lambda *_a: False)
    click(qtbot, editor.delete_button)
    assert RecordStore(vault).get(case.id) is not None
    monkeypatch.setattr(dialogs, "confirm", lambda *_a: True)
    with qtbot.waitSignal(page.changed):
        click(qtbot, editor.delete_button)
    store = RecordStore(vault)
    assert store.get(case.id) is None
    tombstone = store.get(case.id, include_deleted=True)
    assert tombstone is not None and tombstone.deleted and tombstone.alias == ""
    assert page.model.row_of(case.id) is None
    assert page.host.current_editor() is None


# -- aid -----------------------------------------------------------------------------------------------


def test_create_an_aid_distribution_with_two_items(qtbot, vault):
    case = save_case(vault, "Ajumma Pak")
    page = _page(qtbot, vault, "aid")
    editor = _new(qtbot, page)
    assert isinstance(editor, AidEditor)
    replace_text(qtbot, editor.date.edit, "2024-03-14")
    pick_case(qtbot, editor.case, case.code)
    choose(editor.category, "food")
    click(qtbot, editor.items.add_button)
    qtbot.keyClicks(editor.items.name_edit(0), "rice")
    replace_text(qtbot, editor.items.quantity_edit(0), "10")
    choose(editor.items.unit_combo(0), "kg")
    click(qtbot, editor.items.add_button)
    qtbot.keyClicks(editor.items.name_edit(1), "soybean paste")
    replace_text(qtbot, editor.items.quantity_edit(1), "2,5")
    choose(editor.items.unit_combo(1), "pack")
    qtbot.keyClicks(editor.value, "180")
    choose(editor.currency, "CNY")
    choose(editor.province, "jilin")
    qtbot.keyClicks(editor.place, "Yanji")
    qtbot.keyClicks(editor.notes, "Before the cold sets in.")
    _save(qtbot, editor)

    [aid] = RecordStore(vault).list("aid")
    assert isinstance(aid, AidDistribution)
    assert (aid.date, aid.case_id, aid.category) == ("2024-03-14", case.id, "food")
    assert [(i.name, i.quantity, i.unit) for i in aid.items] == [("rice", 10, "kg"), ("soybean paste", 2.5, "pack")]
    assert (aid.value, aid.currency, aid.province, aid.place) == (180, "CNY", "jilin", "Yanji")
    row = page.model.row_of(aid.id)
    assert row is not None
    assert page.model.index(row, 1).data() == f"Ajumma Pak · {case.code}"
    assert page.model.index(row, 3).data() == "rice 10 kilogram (kg), soybean paste 2.5 pack"


def test_aid_needs_a_case_and_numbers(qtbot, vault):
    page = _page(qtbot, vault, "aid")
    editor = _new(qtbot, page)
    click(qtbot, editor.items.add_button)
    qtbot.keyClicks(editor.items.name_edit(0), "rice")
    replace_text(qtbot, editor.items.quantity_edit(0), "lots")
    editor.refresh_state()
    assert "Case: choose the person who received the aid." in editor.problems.problems
    assert "Items, row 1: the quantity is not a number." in editor.problems.problems
    assert editor.save() is False
    assert RecordStore(vault).count("aid") == 0


def test_aid_has_no_default_category_and_is_not_saved_without_one(qtbot, vault):
    case = save_case(vault, "Grandpa Oak")
    page = _page(qtbot, vault, "aid")
    editor = _new(qtbot, page)
    assert editor.category.key() is None
    assert editor.category.currentText() == "Choose a category"
    pick_case(qtbot, editor.case, case.code)
    click(qtbot, editor.items.add_button)
    qtbot.keyClicks(editor.items.name_edit(0), "blanket")
    editor.refresh_state()
    assert editor.problems.problems == ["Category: choose what kind of aid this was."]
    assert editor.save() is False
    assert RecordStore(vault).count("aid") == 0
    choose(editor.category, "shelter")
    _save(qtbot, editor)
    [aid] = RecordStore(vault).list("aid")
    assert aid.category == "shelter"


def test_quick_entry_also_needs_a_category(qtbot, vault):
    cases = [save_case(vault, name) for name in ("Father Lim", "Son Lim")]
    page = _page(qtbot, vault, "aid")
    editor = _new(qtbot, page)
    click(qtbot, editor.quick)
    editor.multi.set_case_ids([c.id for c in cases])
    click(qtbot, editor.items.add_button)
    qtbot.keyClicks(editor.items.name_edit(0), "rice")
    editor.refresh_state()
    assert "Category: choose what kind of aid this was." in editor.problems.problems
    assert editor.save() is False
    assert RecordStore(vault).count("aid") == 0


def test_the_category_message_is_translated(qtbot, vault):
    from intake_app.i18n import set_language

    set_language("ko")  # the records_ui fixture puts English back
    page = _page(qtbot, vault, "aid")
    editor = _new(qtbot, page)
    assert editor.category.currentText() == "분류를 선택하세요"
    qtbot.keyClicks(editor.notes, "x")
    editor.refresh_state()
    assert "분류: 어떤 지원이었는지 선택하세요." in editor.problems.problems


def test_quick_entry_gives_the_same_kit_to_several_cases(qtbot, vault):
    cases = [save_case(vault, name) for name in ("Mother Song", "Son Song", "Daughter Song")]
    page = _page(qtbot, vault, "aid")
    editor = _new(qtbot, page)
    click(qtbot, editor.quick)
    assert editor.multi.isVisible() and not editor.case.isVisible()
    for case in cases:
        qtbot.keyClicks(editor.multi.picker.edit, case.code)
        qtbot.waitUntil(lambda: bool(editor.multi.picker.matches()))
        qtbot.keyClick(editor.multi.picker.edit, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda c=case: c.id in editor.multi.case_ids() and not editor.multi.picker.edit.text())
    choose(editor.category, "clothing")
    click(qtbot, editor.items.add_button)
    qtbot.keyClicks(editor.items.name_edit(0), "winter coat")
    _save(qtbot, editor)
    assert "3" in editor.status.text()

    aid = RecordStore(vault).list("aid")
    assert sorted(a.case_id for a in aid) == sorted(c.id for c in cases)
    assert {a.category for a in aid} == {"clothing"}
    assert all([(i.name, i.quantity) for i in a.items] == [("winter coat", 1)] for a in aid)
    assert len({a.id for a in aid}) == 3
    assert page.model.rowCount() == 3


# -- testimony -----------------------------------------------------------------------------------------


def _check_violation(qtbot, picker, search: str, key: str) -> None:
    picker.search.clear()
    qtbot.keyClicks(picker.search, search)
    assert key in picker.visible_keys()
    item = picker.item_for(key)
    picker.list.setCurrentItem(item)
    qtbot.keyClick(picker.list, Qt.Key.Key_Space)
    assert key in picker.chosen_keys()


def _fill_testimony(qtbot, editor: testimony_editor.TestimonyEditor, witness: Case, narrative: str) -> None:
    pick_case(qtbot, editor.witness, witness.code)
    replace_text(qtbot, editor.interview_date.edit, "2024-05-02")
    qtbot.keyClicks(editor.interviewer, "Worker A")
    choose(editor.language, "ko")
    qtbot.keyClicks(editor.interpreter, "Helper B")
    choose(editor.source_type, "direct")

    store_row = editor.consents.rows["store"]
    click(qtbot, store_row.given)
    assert store_row.date.value() == "2024-05-02"  # the interview date is offered
    choose(store_row.method, "written")
    share = editor.consents.rows["share_hq"]
    click(qtbot, share.given)
    choose(share.method, "oral")
    qtbot.keyClicks(share.withdrawn.edit, "2024-06-01")
    choose(share.withdrawal_method, "oral")

    editor.tabs.setCurrentIndex(2)
    qtbot.keyClicks(editor.narrative, narrative)

    editor.tabs.setCurrentIndex(3)
    panel = editor.incidents
    click(qtbot, panel.add_button)
    inc = panel.editor
    _check_violation(qtbot, inc.violations, "torture", "torture")
    _check_violation(qtbot, inc.violations, "ICCPR 9", "arbitrary_detention")
    qtbot.keyClicks(inc.date.edit, "2009-03")
    qtbot.keyClick(inc.date.edit, Qt.Key.Key_Return)
    assert inc.precision.key() == "month"
    choose(inc.place_kind, "facility")
    choose(inc.facility, "jipkyulso")
    choose(inc.province, "north_hamgyong")
    qtbot.keyClicks(inc.place_name, "Onsong")
    choose(inc.perpetrator, "state_security")
    choose(inc.relation, "self")
    qtbot.keyClicks(inc.description, "Beaten during interrogation.")

    click(qtbot, panel.add_button)
    _check_violation(qtbot, inc.violations, "refoul", "refoulement")
    qtbot.keyClicks(inc.date.edit, "2008")
    qtbot.keyClick(inc.date.edit, Qt.Key.Key_Return)
    choose(inc.precision, "approximate")
    choose(inc.place_kind, "china_province")
    choose(inc.province, "jilin")
    choose(inc.perpetrator, "chinese_police")
    choose(inc.relation, "sibling")
    assert panel.list.count() == 2


def test_create_a_testimony_with_consents_and_two_incidents(qtbot, vault):
    witness = save_case(vault, "Mr. Iris")
    page = _page(qtbot, vault, "testimony")
    editor = _new(qtbot, page)
    assert isinstance(editor, testimony_editor.TestimonyEditor)
    _fill_testimony(qtbot, editor, witness, "They took us to the holding centre in Onsong.")
    _save(qtbot, editor)

    [testimony] = RecordStore(vault).list("testimony")
    assert isinstance(testimony, models.Testimony)
    assert (testimony.witness_case_id, testimony.interview_date) == (witness.id, "2024-05-02")
    assert (testimony.interviewer, testimony.language, testimony.interpreter) == ("Worker A", "ko", "Helper B")
    assert testimony.narrative == "They took us to the holding centre in Onsong."
    consents = {c.scope: c for c in testimony.consents}
    assert set(consents) == {"store", "share_hq"}
    assert (consents["store"].given, consents["store"].date, consents["store"].method) == (True, "2024-05-02",
                                                                                         "written")
    assert (consents["share_hq"].withdrawn_on, consents["share_hq"].withdrawal_method) == ("2024-06-01", "oral")
    assert testimony.consent_in_force("store") and not testimony.consent_in_force("share_hq")
    first, second = testimony.incidents
    assert first.violation_types == ["torture", "arbitrary_detention"]
    assert (first.date.value, first.date.precision) == ("2009-03", "month")
    assert (first.place.kind, first.place.facility_type, first.place.province, first.place.name) == (
        "facility", "jipkyulso", "north_hamgyong", "Onsong")
    assert (first.perpetrator, first.victim_relation) == ("state_security", "self")
    assert first.description == "Beaten during interrogation."
    assert second.violation_types == ["refoulement"]
    assert (second.date.value, second.date.precision) == ("2008", "approximate")
    assert (second.place.kind, second.place.province, second.place.facility_type) == ("china_province", "jilin",
                                                                                      None)
    assert (second.perpetrator, second.victim_relation) == ("chinese_police", "sibling")
    row = page.model.row_of(testimony.id)
    assert row is not None
    assert page.model.index(row, 2).data() == ("Torture, Arbitrary arrest and detention, "
                                               "Refoulement / forced repatriation")
    assert page.model.index(row, 3).data() == "Store the testimony"


def test_violation_search_in_the_ui_language_shows_articles(qtbot, vault):
    from intake_app import i18n

    i18n.set_language("ko")
    try:
        editor = testimony_editor.TestimonyEditor(vault)
        qtbot.addWidget(editor)
        editor.new_record()
        click(qtbot, editor.incidents.add_button)
        picker = editor.incidents.editor.violations
        type_text(qtbot, picker.search, "고문")
        assert "torture" in picker.visible_keys()
        assert len(picker.visible_keys()) < 10
        text = picker.item_for("torture").text()
        assert "고문" in text and "ICCPR 7" in text and "CRC 37" in text
    finally:
        i18n.set_language("en")


def test_incident_without_violation_type_is_refused(qtbot, vault):
    witness = save_case(vault, "Ajumma Mun")
    page = _page(qtbot, vault, "testimony")
    editor = _new(qtbot, page)
    pick_case(qtbot, editor.witness, witness.code)
    qtbot.keyClicks(editor.interviewer, "Worker A")
    click(qtbot, editor.incidents.add_button)
    editor.refresh_state()
    assert editor.problems.problems == ["Incident 1: choose at least one violation type."]
    assert editor.save() is False


# -- no plaintext on disk ------------------------------------------------------------------------------


def _files_changed_since(folder: Path, since: float) -> list[Path]:
    found = []
    for root, _dirs, files in os.walk(folder):
        for name in files:
            path = Path(root) / name
            try:
                if path.is_file() and not path.is_symlink() and path.stat().st_mtime >= since:
                    found.append(path)
            except OSError:
                continue
    return found


def test_a_narrative_canary_reaches_no_file(qtbot, vault, isolated_data_dir):
    started = time.time() - 1
    canary = "CANARY" + secrets.token_hex(8) + "파랑새"
    witness = save_case(vault, "Auntie Camellia")
    page = _page(qtbot, vault, "testimony")
    editor = _new(qtbot, page)
    pick_case(qtbot, editor.witness, witness.code)
    qtbot.keyClicks(editor.interviewer, "Worker A")
    editor.tabs.setCurrentIndex(2)
    type_text(qtbot, editor.narrative, f"She said {canary} twice.")
    _save(qtbot, editor)
    [saved] = RecordStore(vault).list("testimony")
    assert canary in saved.narrative
    page.discard_changes()
    page.close()
    vault.close()

    patterns = [canary.encode(enc) for enc in ("utf-8", "utf-16-le", "utf-16-be")]
    patterns.append(canary[:22].encode("ascii"))  # the ASCII part alone, in case the Korean was split off
    scanned = 0
    for folder in {isolated_data_dir, Path(tempfile.gettempdir())}:
        for path in _files_changed_since(folder, started):
            try:
                data = path.read_bytes()
            except OSError:
                continue
            scanned += 1
            assert not any(p in data for p in patterns), path
    assert scanned >= 2  # at least the vault and its key file were looked at


def test_schema_problems_are_phrased_with_the_form_labels_in_chinese(qtbot, vault):
    from intake_app import i18n

    i18n.set_language("zh_CN")
    try:
        page = _page(qtbot, vault, "case")
        editor = _new(qtbot, page)
        qtbot.keyClicks(editor.alias, "A")
        qtbot.keyClicks(editor.birth_year, "1700")
        editor.refresh_state()
        [problem] = editor.problems.problems
        assert problem.startswith("出生年份")  # the form's label, not the schema's "birth_year"
        assert "birth_year" not in problem
    finally:
        i18n.set_language("en")
