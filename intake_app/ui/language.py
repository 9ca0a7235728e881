"""Switch the whole UI language at once: our catalogue, Qt's own texts, and the CJK font order."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication, QComboBox, QWidget

from intake_app.i18n import SUPPORTED_LANGUAGES, current_language, set_language
from intake_app.ui.i18n_qt import install_qt_translations
from intake_app.ui.style import apply_style


def apply_language(code: str | None) -> str:
    """Make `code` the UI language everywhere; returns the normalised code. Widgets built before the
    call keep their texts: screens either re-label themselves (`retranslate`) or are rebuilt."""
    set_language(code)
    lang = current_language()
    install_qt_translations(lang)
    app = QApplication.instance()
    if isinstance(app, QApplication):
        apply_style(app, lang)
    return lang


class LanguageCombo(QComboBox):
    """The supported languages, each in its own name, so anyone finds theirs whatever the UI shows."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        for code, name in SUPPORTED_LANGUAGES.items():
            self.addItem(name, code)
        self.set_code(current_language())

    def code(self) -> str:
        return str(self.currentData())

    def set_code(self, code: str) -> None:
        index = self.findData(code)
        if index >= 0:
            self.setCurrentIndex(index)
