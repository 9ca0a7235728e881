"""Small input widgets the record editors share: taxonomy choices, dates that may be empty, problems."""

from __future__ import annotations

import re
from datetime import date

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtWidgets import (
    QCalendarWidget,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMenu,
    QToolButton,
    QWidget,
    QWidgetAction,
)

from intake_app.domain.taxonomy import VIOLATION_TYPES, load_taxonomy
from intake_app.i18n import _, current_language
from intake_app.ui import style


def taxonomy_label(list_name: str, key: str | None) -> str:
    """The label of a taxonomy key in the UI language ("" for no key)."""
    if not key:
        return ""
    return load_taxonomy().label(list_name, key, current_language())


def taxonomy_keys(list_name: str) -> list[str]:
    """The keys of a list in the order the taxonomy gives them."""
    tax = load_taxonomy()
    if list_name == VIOLATION_TYPES:
        return [v.key for v in tax.violation_types]
    return [t.key for t in tax.terms(list_name)]


class TaxonomyCombo(QComboBox):
    """A choice among the entries of a taxonomy list, labelled in the UI language, valued by key.

    With `empty_text`, the first entry stands for "no value" (key None).
    """

    def __init__(self, list_name: str, *, empty_text: str | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._empty_text = empty_text
        self.list_name = list_name
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.set_list(list_name)

    def set_list(self, list_name: str) -> None:
        """Offer another list (e.g. DPRK or China provinces); keeps the key when the new list has it."""
        self.set_lists((list_name,))

    def set_lists(self, list_names: tuple[str, ...]) -> None:
        """Offer the entries of several lists one after the other, with a separator between them."""
        before = self.key()
        self.list_name = list_names[0]
        self.blockSignals(True)
        self.clear()
        if self._empty_text is not None:
            self.addItem(self._empty_text, None)
        offered: set[str] = set()
        for i, name in enumerate(list_names):
            if i:
                self.insertSeparator(self.count())
            for key in taxonomy_keys(name):
                if key not in offered:
                    offered.add(key)
                    self.addItem(taxonomy_label(name, key), key)
        self.set_key(before if before in offered else None)
        self.blockSignals(False)

    def key(self) -> str | None:
        value = self.currentData()
        return str(value) if value is not None else None

    def set_key(self, key: str | None) -> None:
        index = self.findData(key) if key is not None else (0 if self._empty_text is not None else -1)
        if index < 0 and key is not None:
            # A value this version does not know (newer taxonomy, or data from elsewhere): show it as it
            # is rather than silently replacing it by another value on the next save.
            self.addItem(key, key)
            index = self.count() - 1
        self.setCurrentIndex(max(index, 0))


_SEPARATORS = re.compile(r"[./年月\s]+")


def normalise_date_text(text: str, *, partial: bool = False) -> str | None:
    """ISO form of a date typed as 2024-03-14, 2024/3/14, 2024.03.14 or 2024年3月14日 (None if not one).

    With `partial`, a year or a year and month alone is accepted too (2009, 2009-03).
    """
    cleaned = _SEPARATORS.sub("-", text.strip().replace("日", "")).strip("-")
    parts = cleaned.split("-")
    if not all(p.isdigit() for p in parts) or len(parts[0]) != 4:
        return None
    try:
        if len(parts) == 3:
            return date(int(parts[0]), int(parts[1]), int(parts[2])).isoformat()
        if partial and len(parts) == 2 and 1 <= int(parts[1]) <= 12:
            return f"{int(parts[0]):04d}-{int(parts[1]):02d}"
        if partial and len(parts) == 1:
            return f"{int(parts[0]):04d}"
    except ValueError:
        return None
    return None


class DateField(QWidget):
    """A date typed as text (any common separator) or picked on a calendar; it may stay empty.

    `value()` is the ISO date, None when empty, or the text as typed when it is not a date (so the
    schema check reports it next to the form instead of the input being silently dropped).
    """

    changed = Signal()

    def __init__(self, *, partial: bool = False, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._partial = partial
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        self.edit = QLineEdit(self)
        self.edit.setPlaceholderText(_("YYYY-MM-DD") if not partial else _("YYYY, YYYY-MM or YYYY-MM-DD"))
        self.edit.setClearButtonEnabled(True)
        self.edit.textChanged.connect(self.changed)
        self.edit.editingFinished.connect(self._tidy)
        layout.addWidget(self.edit, 1)
        self.button = QToolButton(self)
        self.button.setText("▾")
        self.button.setToolTip(_("Pick a date on a calendar"))
        self.button.setAccessibleName(_("Pick a date on a calendar"))
        self.button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.button.setStyleSheet("QToolButton::menu-indicator { image: none; width: 0px; }")
        menu = QMenu(self.button)
        self._calendar = QCalendarWidget(menu)
        self._calendar.setGridVisible(True)
        action = QWidgetAction(menu)
        action.setDefaultWidget(self._calendar)
        menu.addAction(action)
        menu.aboutToShow.connect(self._sync_calendar)
        self._calendar.clicked.connect(self._picked)
        self._calendar.activated.connect(self._picked)
        self.button.setMenu(menu)
        layout.addWidget(self.button)
        self.setFocusProxy(self.edit)
        # Room for a date and the clear button; a date spread over a whole form row reads badly.
        metrics = self.edit.fontMetrics()
        wide = max(metrics.horizontalAdvance(self.edit.placeholderText()), metrics.horizontalAdvance("0000-00-00") * 2)
        self.setMaximumWidth(wide + 70)
        self.edit.setMinimumWidth(metrics.horizontalAdvance("0000-00-00") + 40)

    def value(self) -> str | None:
        text = self.edit.text().strip()
        if not text:
            return None
        return normalise_date_text(text, partial=self._partial) or text

    def is_valid(self) -> bool:
        text = self.edit.text().strip()
        return not text or normalise_date_text(text, partial=self._partial) is not None

    def set_value(self, value: str | None) -> None:
        self.edit.setText(value or "")

    def set_today(self) -> None:
        self.edit.setText(date.today().isoformat())

    def _tidy(self) -> None:
        normal = normalise_date_text(self.edit.text(), partial=self._partial)
        if normal and normal != self.edit.text():
            self.edit.setText(normal)

    def _sync_calendar(self) -> None:
        value = normalise_date_text(self.edit.text())
        self._calendar.setSelectedDate(QDate.fromString(value, Qt.DateFormat.ISODate) if value
                                       else QDate.currentDate())

    def _picked(self, day: QDate) -> None:
        self.edit.setText(day.toString(Qt.DateFormat.ISODate))
        menu = self.button.menu()
        if menu is not None:
            menu.hide()


class ProblemsView(QLabel):
    """What stops the record from being saved, in plain words next to the form; hidden when nothing."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setStyleSheet(style.colour_style(style.ERROR))
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByKeyboard
                                     | Qt.TextInteractionFlag.TextSelectableByMouse)
        self.setAccessibleName(_("Problems to fix before saving"))
        self.problems: list[str] = []
        self.hide()

    def set_problems(self, problems: list[str]) -> None:
        self.problems = list(problems)
        self.setText("\n".join("• " + p for p in self.problems))
        self.setVisible(bool(self.problems))

    def set_message(self, message: str) -> None:
        """One message that is not a form problem (e.g. the vault refused the save)."""
        self.set_problems([message] if message else [])


def parse_number(text: str) -> float | None:
    """A number typed with either decimal mark and optional thousands separators; None if not one."""
    cleaned = text.strip().replace(" ", "").replace("\u00a0", "")
    if not cleaned:
        return None
    if "," in cleaned and "." not in cleaned and cleaned.count(",") == 1 and len(cleaned.split(",")[1]) != 3:
        cleaned = cleaned.replace(",", ".")  # 2,5 (decimal comma)
    cleaned = cleaned.replace(",", "")
    try:
        value = float(cleaned)
    except ValueError:
        return None
    return value if value == value and value not in (float("inf"), float("-inf")) else None
