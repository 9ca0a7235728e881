"""The main window across pages and locks: Ctrl+N on every list page right after switching to it, the
window's size, page and split kept (in memory) across lock and unlock, and a panic that leaves nothing
named on screen."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import QApplication

from intake_app.ui.main.view import VIEW_ENV, WindowView
from intake_app.ui.main.window import MainWindow
from tests.ui.shell_support import app_controller, english_ui, unlock_through_dialog


@pytest.fixture(autouse=True)
def _english():
    with english_ui():
        yield


def _window(qtbot, vault) -> MainWindow:
    window = MainWindow(vault)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitActive(window)
    return window


def _click_nav(qtbot, window: MainWindow, row: int) -> None:
    rect = window.nav.visualItemRect(window.nav.item(row))
    qtbot.mouseClick(window.nav.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


@pytest.mark.parametrize("role", ["field", "hq"])
def test_ctrl_n_makes_a_new_record_right_after_switching_to_any_list_page(qtbot, request, role):
    vault = request.getfixturevalue(role)
    window = _window(qtbot, vault)
    list_pages = 0
    for index in range(len(window.specs)):
        for by_keyboard in (False, True):
            if by_keyboard:
                window.page_actions[index].trigger()
            else:
                _click_nav(qtbot, window, index)
                window.nav.setFocus()  # where a click leaves the focus: on the navigation, not in the page
                qtbot.waitUntil(window.nav.hasFocus)
            assert window.current_index() == index
            page = window.page(index)
            if not callable(getattr(page, "new_record", None)):
                assert not window.new_action.isEnabled()
                continue
            page.host.discard_changes()
            assert page.host.current_editor() is None
            focused = QApplication.focusWidget() or window
            qtbot.keyClick(focused, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
            editor = page.host.current_editor()
            assert editor is not None and editor.is_new(), (window.specs[index].key, by_keyboard)
            list_pages += by_keyboard
    assert list_pages == 3  # cases, aid and testimonies
    window.discard_changes()


def test_window_size_page_and_split_come_back_after_unlock(qtbot, isolated_data_dir):
    with app_controller(qtbot, isolated_data_dir, unlocked=True) as controller:
        window = controller.main_window
        assert window.size() == QSize(1100, 720)
        window.resize(780, 700)  # within the offscreen screen (800x800): Qt keeps a restored window on screen
        assert window.show_page_key("aid")
        page = window.page(window.current_index())
        page.splitter.setSizes([400, 200])
        split = page.splitter.sizes()
        controller.lock()
        assert controller.last_view is not None and controller.last_view.page_key == "aid"
        unlock_through_dialog(qtbot, controller)
        again = controller.main_window
        assert again is not window
        assert again.current_page_key() == "aid"
        assert again.size() == QSize(780, 700)
        assert again.page(again.current_index()).splitter.sizes() == split


def test_the_view_is_kept_in_memory_not_in_the_settings_file(qtbot, isolated_data_dir):
    from intake_app import paths

    with app_controller(qtbot, isolated_data_dir, unlocked=True) as controller:
        settings_file = paths.settings_path(isolated_data_dir)
        before = settings_file.stat().st_mtime_ns if settings_file.exists() else None
        controller.main_window.show_page_key("testimonies")
        controller.lock()
        after = settings_file.stat().st_mtime_ns if settings_file.exists() else None
        assert before == after
        on_disk = b"".join(p.read_bytes() for p in isolated_data_dir.rglob("*") if p.is_file())
        assert b"testimonies" not in on_disk


def test_the_view_travels_to_the_fresh_process_in_its_environment(monkeypatch):
    from intake_app.ui import app as app_module

    started: list[dict[str, str]] = []

    class FakePopen:
        def __init__(self, _cmd, *, env, **_kwargs):
            started.append(env)
            self.pid = 4242

    monkeypatch.setattr(app_module.subprocess, "Popen", FakePopen)
    view = WindowView(b"\x01\x02geometry", "hq-review", {"cases": {"split": [600, 400]}})
    app_module.start_fresh_process(minimised=False, view=view)
    assert WindowView.from_text(started[0][VIEW_ENV]) == view
    app_module.start_fresh_process(minimised=True, view=None)
    assert VIEW_ENV not in started[1]


@pytest.mark.parametrize("text", ["", "not json", '{"geometry": "!!", "page": "x", "pages": {}}',
                                  '{"geometry": "", "page": 3, "pages": {}}', '[1, 2]', "x" * 20_000])
def test_a_view_text_that_is_not_ours_is_ignored(text):
    assert WindowView.from_text(text) is None


def test_panic_leaves_only_a_minimised_window_with_a_neutral_title(qtbot, isolated_data_dir):
    with app_controller(qtbot, isolated_data_dir, unlocked=True) as controller:
        window = controller.main_window
        window.show_page_key("testimonies")
        qtbot.keyClick(window.nav, Qt.Key.Key_F12)
        dialog = controller.unlock_dialog
        assert dialog is not None and dialog.isMinimized()
        visible = [w for w in QApplication.topLevelWidgets() if w.isVisible()]
        assert visible == [dialog]
        assert "Field Intake" not in dialog.windowTitle() and dialog.windowTitle() == "Untitled"
        assert controller.last_view is None  # nothing of the panicked window is kept
        unlock_through_dialog(qtbot, controller)
        assert controller.main_window.current_page_key() == controller.main_window.specs[0].key
        assert controller.main_window.windowTitle() == "Field Intake"


def test_a_plain_lock_shows_the_unlock_window_under_its_name(qtbot, isolated_data_dir):
    with app_controller(qtbot, isolated_data_dir, unlocked=True) as controller:
        controller.lock()
        assert controller.unlock_dialog.windowTitle() == "Field Intake"
        assert not controller.unlock_dialog.isMinimized()


def test_panic_while_locked_also_takes_the_name_off_the_screen(qtbot, isolated_data_dir):
    with app_controller(qtbot, isolated_data_dir, with_vault=True) as controller:
        controller.start()
        dialog = controller.unlock_dialog
        qtbot.keyClick(dialog.passphrase, Qt.Key.Key_F12)
        assert dialog.isMinimized() and dialog.windowTitle() == "Untitled"


