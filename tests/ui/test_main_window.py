"""The main window's shell: navigation by mouse and keyboard, the status bar, a title without content."""

from __future__ import annotations

import pytest

from intake_app.domain.models import Case
from intake_app.i18n import translate_for
from intake_app.ui.main.pages import PAGES
from intake_app.ui.main.window import MainWindow, format_export_time, unsent_text
from intake_app.vault.records import RecordStore
from intake_app.vault.status import LAST_EXPORT_AT
from tests.ui.shell_support import english_ui


@pytest.fixture(autouse=True)
def _english():
    with english_ui():
        yield


def _window(qtbot, vault) -> MainWindow:
    window = MainWindow(vault)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


def test_status_bar_counts_unsent_changes(qtbot, vault):
    window = _window(qtbot, vault)
    assert window.unsent_label.text() == translate_for("en", "No unsent changes")
    assert window.export_label.text() == "Last export: never"

    RecordStore(vault).save(Case(alias="A"))
    page = window.page(0)
    if hasattr(page, "changed"):
        page.changed.emit()  # what a page does after a save
    else:
        window.refresh_status()
    assert window.unsent_label.text() == "1 unsent change"

    RecordStore(vault).save(Case(alias="B"))
    window.refresh_status()
    assert window.unsent_label.text() == "2 unsent changes"
    vault.set_meta(LAST_EXPORT_AT, "2024-05-01T12:30:00Z")
    window.refresh_status()
    assert window.export_label.text() == "Last export: " + format_export_time("2024-05-01T12:30:00Z")
    assert format_export_time("2024-05-01T12:30:00Z").startswith("2024-05-0")


def test_navigation_by_list_and_keyboard(qtbot, vault):
    window = _window(qtbot, vault)
    assert [window.nav.item(i).text() for i in range(window.nav.count())] == [p.title for p in PAGES]
    assert window.current_index() == 0
    window.nav.setCurrentRow(3)
    assert window.current_index() == 3
    for index, action in enumerate(window.page_actions):
        assert action.shortcut().toString() == f"Ctrl+{index + 1}"
        action.trigger()
        assert window.current_index() == index
        assert window.page(index) is not None


def test_title_names_no_record(qtbot, vault):
    RecordStore(vault).save(Case(alias="Secret Alias"))
    window = _window(qtbot, vault)
    for index in range(len(PAGES)):
        window.show_page(index)
        assert window.windowTitle() == "Field Intake"


def test_unsent_text_wording():
    assert unsent_text(0) == "No unsent changes"
    assert unsent_text(1) == "1 unsent change"
    assert unsent_text(12) == "12 unsent changes"


@pytest.mark.parametrize("role", ["field", "hq"])
def test_every_page_builds_and_offers_the_page_interface(qtbot, request, role):
    """A page whose module fails to import, or that raises while built, fails here (the window itself
    would show the "could not be opened" page for it and carry on)."""
    from intake_app.ui.main.page import Page
    from intake_app.ui.main.pages import HQ_PAGES, FailedPage, make_page
    from intake_app.ui.workers import wait_for_tasks

    vault = request.getfixturevalue(role)
    specs = HQ_PAGES if role == "hq" else PAGES
    window = _window(qtbot, vault)
    assert [s.key for s in window.specs] == [s.key for s in specs]
    for spec in specs:
        built = spec.factory(vault, None)  # directly: an exception here names the broken page
        qtbot.addWidget(built)
        assert isinstance(built, Page), spec.key
        assert not isinstance(make_page(spec, vault, window.stack), FailedPage), spec.key
    for index in range(len(specs)):
        window.show_page(index)
        assert not isinstance(window.page(index), FailedPage)
    assert not window.has_unsaved_changes()
    window.discard_changes()
    wait_for_tasks()


def test_a_page_that_raises_while_built_leaves_the_others_working(qtbot, vault, monkeypatch):
    import dataclasses

    from intake_app.ui.main import window as window_module
    from intake_app.ui.main.pages import FailedPage

    def broken(_vault, _parent):
        raise RuntimeError("cannot build")

    specs = (*PAGES[:1], dataclasses.replace(PAGES[1], factory=broken), *PAGES[2:])
    monkeypatch.setattr(window_module, "pages_for", lambda _role: specs)
    window = _window(qtbot, vault)
    window.show_page(1)
    assert isinstance(window.page(1), FailedPage) and window.current_index() == 1
    window.show_page(2)
    assert not isinstance(window.page(0), FailedPage) and not isinstance(window.page(2), FailedPage)
    assert not window.has_unsaved_changes()
    window.discard_changes()
