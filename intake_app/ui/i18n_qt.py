"""Qt's own translations (standard buttons such as OK/Cancel, context menus of text fields).

Our strings go through `intake_app.i18n._()`, which reads the .ts catalogues itself; this module only
loads the `qtbase_<lang>.qm` files that PySide6 ships, so Qt's built-in texts follow the UI language.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from intake_app.i18n import DEFAULT_LANGUAGE, normalize_language

log = logging.getLogger(__name__)

# Installed translators, kept referenced (Qt does not own them) and removed on the next switch.
_installed: list[QTranslator] = []


def qt_translations_dir() -> str:
    return QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)


def install_qt_translations(lang: str) -> bool:
    """Switch Qt's built-in texts and the default locale (dates, numbers) to `lang`.

    Returns whether a Qt catalogue was loaded (English needs none). A missing catalogue is only
    logged: English buttons are better than no window.
    """
    app = QCoreApplication.instance()
    code = normalize_language(lang)
    QLocale.setDefault(QLocale(code))
    if app is None:
        return False
    for old in _installed:
        app.removeTranslator(old)
    _installed.clear()
    if code == DEFAULT_LANGUAGE:
        return False
    folder = qt_translations_dir()
    loaded = False
    for name in ("qtbase", "qt"):
        translator = QTranslator()
        if translator.load(f"{name}_{code}", folder):
            app.installTranslator(translator)
            _installed.append(translator)
            loaded = True
            break  # qtbase holds the widgets' texts; qt_<lang> is the older umbrella file
    if not loaded:
        log.warning("no Qt translation for %s in %s", code, folder)
    return loaded
