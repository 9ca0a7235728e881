"""Choose violation types from the taxonomy, searching in the UI language (or English, a HURIDOCS
code, a treaty article); each type shows the treaty articles it engages."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QLabel, QLineEdit, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from intake_app.domain.taxonomy import THEMES, VIOLATION_TYPES, load_taxonomy
from intake_app.i18n import _, current_language
from intake_app.ui import style
from intake_app.ui.records.widgets import taxonomy_label

KEY_ROLE = Qt.ItemDataRole.UserRole + 1


class ViolationPicker(QWidget):
    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._chosen: list[str] = []
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.search = QLineEdit(self)
        self.search.setPlaceholderText(_("Search: a word, a treaty article (ICCPR 7) or a code"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self._filter)
        layout.addWidget(self.search)
        self.list = QListWidget(self)
        self.list.setAccessibleName(_("Violation types"))
        self.list.setMinimumHeight(150)
        self.list.setWordWrap(True)
        self.list.setAlternatingRowColors(True)
        tax = load_taxonomy()
        lang = current_language()
        for v in tax.search_violations("", lang):
            articles = tax.articles_text(v.key)
            text = taxonomy_label(VIOLATION_TYPES, v.key)
            if articles:
                text += "\n    " + articles
            item = QListWidgetItem(text)
            item.setData(KEY_ROLE, v.key)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            theme = tax.label(THEMES, v.theme, lang)
            tip = _("Theme: {theme}").format(theme=theme)
            if v.huridocs:
                tip += "\n" + _("HURIDOCS code: {code}").format(code=v.huridocs)
            item.setToolTip(tip)
            self.list.addItem(item)
        self.list.itemChanged.connect(self._item_changed)
        layout.addWidget(self.list, 1)
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        self.summary.setStyleSheet(style.colour_style(style.MUTED))
        layout.addWidget(self.summary)
        self._update_summary()

    def chosen_keys(self) -> list[str]:
        return list(self._chosen)

    def set_keys(self, keys: list[str]) -> None:
        self._chosen = list(keys)
        self.list.blockSignals(True)
        for row in range(self.list.count()):
            item = self.list.item(row)
            item.setCheckState(Qt.CheckState.Checked if item.data(KEY_ROLE) in self._chosen
                               else Qt.CheckState.Unchecked)
        self.list.blockSignals(False)
        self.search.clear()
        self._update_summary()

    def visible_keys(self) -> list[str]:
        return [str(self.list.item(r).data(KEY_ROLE)) for r in range(self.list.count())
                if not self.list.item(r).isHidden()]

    def item_for(self, key: str) -> QListWidgetItem | None:
        for row in range(self.list.count()):
            if self.list.item(row).data(KEY_ROLE) == key:
                return self.list.item(row)
        return None

    def _filter(self, text: str) -> None:
        wanted = {v.key for v in load_taxonomy().search_violations(text, current_language())}
        for row in range(self.list.count()):
            item = self.list.item(row)
            item.setHidden(item.data(KEY_ROLE) not in wanted)

    def _item_changed(self, item: QListWidgetItem) -> None:
        key = str(item.data(KEY_ROLE))
        checked = item.checkState() == Qt.CheckState.Checked
        if checked and key not in self._chosen:
            self._chosen.append(key)
        elif not checked and key in self._chosen:
            self._chosen.remove(key)
        else:
            return
        self._update_summary()
        self.changed.emit()

    def _update_summary(self) -> None:
        if not self._chosen:
            self.summary.setText(_("No violation type chosen yet."))
            return
        names = ", ".join(taxonomy_label(VIOLATION_TYPES, k) for k in self._chosen)
        self.summary.setText(_("Chosen: {names}").format(names=names))
