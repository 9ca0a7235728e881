"""The icons of the navigation and the main actions: Tabler's outline set (MIT, `resources/icons/ui/LICENSE`).

Only the SVGs the app uses are shipped, in `resources/icons/ui/`. Their strokes are drawn in
`currentColor`, which Qt would paint black whatever the theme; so each icon is coloured here from the
palette (text colour, and the highlighted-text colour for a selected navigation row) and rendered
in memory through Qt's SVG image plugin at a few sizes. Nothing is written anywhere.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QSize
from PySide6.QtGui import QColor, QGuiApplication, QIcon, QImageReader, QPalette, QPixmap

from intake_app.resources import resource_path

log = logging.getLogger(__name__)

# Our name for an icon -> the Tabler file it is drawn from.
ICON_FILES: dict[str, str] = {
    "home": "home",
    "cases": "users",
    "aid": "package",
    "testimonies": "message",
    "search": "search",
    "sync": "refresh",
    "inbox": "inbox",
    "devices": "devices",
    "review": "git-compare",
    "reports": "chart-bar",
    "keys": "key",
    "new": "plus",
    "save": "device-floppy",
    "lock": "lock",
    "settings": "settings",
    "export": "file-export",
    "import": "file-import",
    "spreadsheet": "table-import",
}

# The navigation's pages (PageSpec.key) -> their icon. A page added to `ui/main/pages.py` adds its row here
# (tests/ui/test_icons.py checks that every page of both roles has one).
PAGE_ICONS: dict[str, str] = {
    "home": "home",
    "cases": "cases",
    "aid": "aid",
    "testimonies": "testimonies",
    "search": "search",
    "sync": "sync",
    "hq-inbox": "inbox",
    "hq-devices": "devices",
    "hq-review": "review",
    "hq-reports": "reports",
    "hq-keys": "keys",
}

_SIZES = (16, 20, 24, 32, 48)
_cache: dict[tuple[str, str, str, str], QIcon] = {}


def icon_path(name: str) -> str:
    return str(resource_path("icons", "ui", f"{ICON_FILES[name]}.svg"))


def render(name: str, colour: QColor, size: int) -> QPixmap:
    """One icon as a pixmap of `size` pixels, its strokes in `colour`; a null pixmap if it cannot be read."""
    with open(icon_path(name), encoding="utf-8") as handle:
        svg = handle.read().replace("currentColor", colour.name())
    data = QByteArray(svg.encode("utf-8"))
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    reader = QImageReader(buffer, QByteArray(b"svg"))
    reader.setScaledSize(QSize(size, size))
    image = reader.read()
    if image.isNull():
        log.warning("icon %s could not be rendered (%s)", name, reader.errorString())
        return QPixmap()
    return QPixmap.fromImage(image)


def icon(name: str, palette: QPalette | None = None) -> QIcon:
    """The icon `name` (a key of ICON_FILES) in the colours of `palette` (the application's by default)."""
    if palette is None:
        palette = QGuiApplication.palette()
    normal = palette.color(QPalette.ColorGroup.Active, QPalette.ColorRole.WindowText)
    selected = palette.color(QPalette.ColorGroup.Active, QPalette.ColorRole.HighlightedText)
    disabled = palette.color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.WindowText)
    key = (name, normal.name(), selected.name(), disabled.name())
    found = _cache.get(key)
    if found is not None:
        return found
    result = QIcon()
    for size in _SIZES:
        result.addPixmap(render(name, normal, size), QIcon.Mode.Normal)
        result.addPixmap(render(name, normal, size), QIcon.Mode.Active)
        result.addPixmap(render(name, selected, size), QIcon.Mode.Selected)
        result.addPixmap(render(name, disabled, size), QIcon.Mode.Disabled)
    _cache[key] = result
    return result


def page_icon(page_key: str) -> QIcon:
    """The navigation icon of a page; an empty icon for a page that has none (yet)."""
    name = PAGE_ICONS.get(page_key)
    return icon(name) if name else QIcon()
