"""The Qt half of `intake-app --self-test` (intake_app/selftest.py runs it in a spawned child process).

It lives under ui/ because it imports PySide6, which nothing outside ui/ may do. It proves what a frozen
build most often gets wrong: the platform plugin (xcb, wayland or offscreen) and the system libraries it
needs, the image and icon plugins (the app icon is an SVG), Qt's own translations, and fonts for the
Korean, Japanese and Chinese interface.
"""

from __future__ import annotations

import sys

from PySide6.QtCore import QCoreApplication, QSize, qVersion
from PySide6.QtGui import QFontDatabase, QIcon
from PySide6.QtWidgets import QApplication, QLabel

from intake_app.resources import resource_path
from intake_app.ui import qt_fixes
from intake_app.ui.i18n_qt import install_qt_translations


class QtCheckError(Exception):
    pass


def check_qt() -> str:
    """Start Qt with the platform plugin the environment selects, show a window, load icon and catalogue."""
    qt_fixes.install()
    existing = QCoreApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(sys.argv[:1])
    platform_name = app.platformName()
    window = QLabel("Field Intake self-test")
    window.setWindowTitle("Field Intake self-test")
    window.resize(320, 80)
    window.show()
    app.processEvents()
    if not window.isVisible():
        raise QtCheckError(f"a window could not be shown on the {platform_name} platform")
    icon_path = resource_path("icons", "field-intake.svg")
    if not icon_path.is_file():
        raise QtCheckError(f"the app icon is missing: {icon_path}")
    pixmap = QIcon(str(icon_path)).pixmap(QSize(64, 64))
    if pixmap.isNull():
        raise QtCheckError("the SVG app icon does not render (Qt's svg plugins or QtSvg are missing)")
    for lang in ("ko", "ja", "zh_CN"):
        if not install_qt_translations(lang):
            raise QtCheckError(f"Qt's own catalogue for {lang} (qtbase_{lang}.qm) did not load")
    install_qt_translations("en")
    # Without a CJK font the language picker itself shows empty boxes: a Korean worker could not even find
    # their language. The Linux package depends on one; Windows and macOS ship them.
    scripts = {"Korean": QFontDatabase.WritingSystem.Korean, "Japanese": QFontDatabase.WritingSystem.Japanese,
               "Chinese": QFontDatabase.WritingSystem.SimplifiedChinese}
    missing = [name for name, system in scripts.items() if not QFontDatabase.families(system)]
    if missing:
        raise QtCheckError(f"no font for {', '.join(missing)} (on Debian: apt install fonts-noto-cjk)")
    families = len(QFontDatabase.families())
    window.close()
    app.processEvents()
    return (f"Qt {qVersion()}, platform plugin {platform_name}, window shown, SVG icon rendered, "
            f"qtbase_ko, _ja and _zh_CN loaded, {families} font families with Korean, Japanese and Chinese")
