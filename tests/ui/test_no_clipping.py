"""No clipped text in any of the four languages at the default window size: every page of both roles
(with a record open in each list page's editor), and the unlock window of the demo."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication

from intake_app.ui import style
from intake_app.ui.language import apply_language
from intake_app.ui.main.window import MainWindow
from intake_app.ui.workers import wait_for_tasks
from tests.ui.clipping import clipped, clipped_in_every_tab

LANGUAGES = ("en", "ko", "ja", "zh_CN")


@pytest.fixture
def language(request):
    apply_language(request.param)
    try:
        yield request.param
    finally:
        wait_for_tasks()
        apply_language("en")


def _settle(qtbot) -> None:
    QApplication.processEvents()
    qtbot.wait(1)  # layouts and deferred events
    QApplication.processEvents()


def _nav_problems(window: MainWindow) -> list[str]:
    problems = []
    for row in range(window.nav.count()):
        item = window.nav.item(row)
        rect = window.nav.visualItemRect(item)
        needed = window.nav.fontMetrics().horizontalAdvance(item.text()) + window.nav.iconSize().width() + 24
        if needed > rect.width():
            problems.append(f"navigation item {item.text()!r}: needs {needed}px, has {rect.width()}")
    return problems


@pytest.mark.parametrize("language", LANGUAGES, indirect=True)
@pytest.mark.parametrize("role", ["field", "hq"])
def test_no_clipped_text_on_any_page(qtbot, request, role, language):
    from intake_app.demo import populate

    vault = request.getfixturevalue(role)
    if role == "field":
        populate(vault, 4)  # records with real values: the lists' columns and the editors' fields filled
    window = MainWindow(vault)
    qtbot.addWidget(window)
    window.resize(*style.DEFAULT_WINDOW_SIZE)
    window.show()
    qtbot.waitExposed(window)
    problems = _nav_problems(window) + [f"toolbar/status: {p}" for p in clipped(window.statusBar())]
    for index, spec in enumerate(window.specs):
        window.show_page(index)
        _settle(qtbot)
        page = window.page(index)
        problems += [f"{spec.key}: {p}" for p in clipped_in_every_tab(page, lambda: _settle(qtbot))]
        view = getattr(page, "view", None)
        if callable(getattr(page, "new_record", None)) and view is not None:
            model = view.model()
            if model is not None and model.rowCount() > 0:
                page.open_record(model.row_id(0))  # an existing record: its values in the fields
            else:
                page.new_record()
            _settle(qtbot)
            problems += [f"{spec.key} (editor): {p}" for p in clipped_in_every_tab(page, lambda: _settle(qtbot))]
    window.discard_changes()
    wait_for_tasks()
    assert not problems, f"{len(problems)} clipped texts in {language}:\n" + "\n".join(problems)


@pytest.mark.parametrize("language", LANGUAGES, indirect=True)
def test_no_clipped_text_in_the_demo_unlock_window(qtbot, isolated_data_dir, language):
    from intake_app.demo import DEMO_PASSPHRASE
    from intake_app.ui.unlock.dialog import UnlockDialog
    from tests.ui.shell_support import make_closed_vault

    make_closed_vault(isolated_data_dir)
    dialog = UnlockDialog(isolated_data_dir, demo_passphrase=DEMO_PASSPHRASE)
    qtbot.addWidget(dialog)
    dialog.show()  # at the size it gives itself, as the app shows it
    qtbot.waitExposed(dialog)
    _settle(qtbot)
    problems = clipped(dialog)
    assert not problems, "\n".join(problems)
