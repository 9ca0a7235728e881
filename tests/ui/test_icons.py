"""The icons of the navigation and the main actions: shipped with their licence, each one loads, and every
page of both roles has one."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QColor

from intake_app.resources import resource_path
from intake_app.ui import icons
from intake_app.ui.main.pages import pages_for
from intake_app.vault.vault import Role


@pytest.mark.parametrize("name", sorted(icons.ICON_FILES))
def test_each_referenced_icon_exists_and_loads(qapp, name):
    assert resource_path("icons", "ui", f"{icons.ICON_FILES[name]}.svg").is_file()
    pixmap = icons.render(name, QColor("#000000"), 32)
    assert not pixmap.isNull() and pixmap.width() == 32
    image = pixmap.toImage()
    # Something is drawn in the asked colour (an SVG that failed to parse renders transparent).
    assert any(image.pixelColor(x, y).alpha() > 0 for x in range(32) for y in range(32))
    icon = icons.icon(name)
    assert not icon.isNull() and icon.availableSizes()


def test_the_icons_licence_is_shipped_beside_them():
    licence = resource_path("icons", "ui", "LICENSE").read_text(encoding="utf-8")
    assert "MIT License" in licence and "Paweł Kuna" in licence
    shipped = {p.stem for p in resource_path("icons", "ui").glob("*.svg")}
    assert shipped == set(icons.ICON_FILES.values())  # only the icons we use, and each one we use


def test_icons_take_the_colour_asked_for(qapp):
    image = icons.render("lock", QColor("#ff0000"), 48).toImage()
    drawn = [image.pixelColor(x, y) for x in range(48) for y in range(48) if image.pixelColor(x, y).alpha() == 255]
    assert drawn and all(c.red() == 255 and c.green() == 0 for c in drawn)


@pytest.mark.parametrize("role", [Role.FIELD, Role.HQ])
def test_every_page_has_an_icon(role):
    missing = [spec.key for spec in pages_for(role) if spec.key not in icons.PAGE_ICONS]
    assert not missing, f"pages without an icon in ui/icons.py PAGE_ICONS: {missing}"
    assert "home" in icons.PAGE_ICONS  # the home page's key


def test_navigation_and_toolbar_show_icons(qtbot, vault):
    from intake_app.ui.main.window import MainWindow

    window = MainWindow(vault)
    qtbot.addWidget(window)
    for row in range(window.nav.count()):
        assert not window.nav.item(row).icon().isNull()
    for action in (window.new_action, window.lock_action, window.settings_action, window.import_action,
                   window.export_action):
        assert action is not None and not action.icon().isNull()
