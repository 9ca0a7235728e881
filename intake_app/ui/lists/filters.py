"""The search box and filters above a list, as fit each record type.

The filters sit side by side when the list is wide enough for each to show its whole text ("All
provinces of origin"), and two or one to a row when it is not: a filter whose text is cut off does not
say what it filters.
"""

from __future__ import annotations

from PySide6.QtCore import QSize, QTimer, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QComboBox, QGridLayout, QLineEdit, QStyle, QStyleOptionComboBox, QVBoxLayout, QWidget

from intake_app.domain.taxonomy import VIOLATION_TYPES
from intake_app.i18n import N_, _
from intake_app.outcomes import Outcome
from intake_app.ui.records.widgets import TaxonomyCombo

SEARCH_DELAY_MS = 250

# The facets each list filters on (names as in vault.search), with the taxonomy lists they offer.
_FILTERS: dict[str, list[tuple[str, tuple[str, ...]]]] = {
    "case": [("situation", ("situations",)), ("province", ("dprk_provinces",)),
             ("vulnerability", ("vulnerabilities",))],
    "aid": [("aid_category", ("aid_categories",)), ("province", ("china_provinces",))],
    "testimony": [("violation", (VIOLATION_TYPES,)), ("consent", ("consent_scopes",)),
                  ("province", ("dprk_provinces", "china_provinces"))],
}


class NoFilter(Outcome):
    """What a filter shows while it filters nothing; the key is "record type.facet"."""

    CASE_SITUATION = "case.situation", N_("All situations")
    CASE_PROVINCE = "case.province", N_("All provinces of origin")
    CASE_VULNERABILITY = "case.vulnerability", N_("Any vulnerability")
    AID_CATEGORY = "aid.aid_category", N_("All categories")
    AID_PROVINCE = "aid.province", N_("All provinces")
    TESTIMONY_VIOLATION = "testimony.violation", N_("All violation types")
    TESTIMONY_CONSENT = "testimony.consent", N_("Any consent in force")
    TESTIMONY_PROVINCE = "testimony.province", N_("All provinces")

    @classmethod
    def of(cls, record_type: str, facet: str) -> NoFilter:
        return cls(f"{record_type}.{facet}")


class FilterBar(QWidget):
    """Emits `changed` after the user stops typing for a moment, or at once when a filter changes."""

    changed = Signal()

    def __init__(self, record_type: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.search = QLineEdit(self)
        self.search.setPlaceholderText(_("Search the words of these records"))
        self.search.setClearButtonEnabled(True)
        self.search.setAccessibleName(_("Search"))
        layout.addWidget(self.search)
        self.grid = QGridLayout()
        self.grid.setContentsMargins(0, 0, 0, 0)
        self.combos: dict[str, TaxonomyCombo] = {}
        for facet, lists in _FILTERS[record_type]:
            combo = TaxonomyCombo(lists[0], empty_text=NoFilter.of(record_type, facet).text(), parent=self)
            if len(lists) > 1:
                combo.set_lists(lists)
            combo.setSizeAdjustPolicy(TaxonomyCombo.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(6)
            # Never narrower than its "All …" text: a list squeezed by the editor beside it keeps its filters
            # readable (one to a row, see _arrange).
            combo.setMinimumWidth(whole_text_width(combo))
            combo.currentIndexChanged.connect(self.changed)
            combo.currentIndexChanged.connect(lambda _i: self._arrange(self.width()))
            self.combos[facet] = combo
        self._per_row = 0
        self._arrange(10_000)
        layout.addLayout(self.grid)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SEARCH_DELAY_MS)
        self._timer.timeout.connect(self.changed)
        self.search.textChanged.connect(self._timer.start)

    def filters_per_row(self) -> int:
        return self._per_row

    def _arrange(self, width: int) -> None:
        """As many filters to a row as fit with their whole current text, at least one."""
        combos = list(self.combos.values())
        if not combos:
            return
        spacing = max(0, self.grid.horizontalSpacing())
        wanted = max(whole_text_width(c) for c in combos)
        per_row = max(1, min(len(combos), (width + spacing) // (wanted + spacing)))
        if per_row == self._per_row:
            return
        self._per_row = per_row
        for combo in combos:
            self.grid.removeWidget(combo)
        for column in range(len(combos)):
            self.grid.setColumnStretch(column, 1 if column < per_row else 0)
        for index, combo in enumerate(combos):
            self.grid.addWidget(combo, index // per_row, index % per_row)

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt override
        super().resizeEvent(event)
        self._arrange(event.size().width())

    def text(self) -> str:
        return self.search.text().strip()

    def facets(self) -> dict[str, str]:
        return {facet: key for facet, combo in self.combos.items() if (key := combo.key())}

    def is_active(self) -> bool:
        return bool(self.text() or self.facets())

    def flush(self) -> None:
        """Apply typed text now (Enter), without waiting for the pause."""
        if self._timer.isActive():
            self._timer.stop()
            self.changed.emit()


def whole_text_width(combo: QComboBox) -> int:
    """The width `combo` needs to show its current text whole: the text, plus what the style adds around
    an edit field (frame, margins, the arrow)."""
    option = QStyleOptionComboBox()
    combo.initStyleOption(option)
    text = combo.fontMetrics().horizontalAdvance(combo.currentText())
    size = combo.style().sizeFromContents(QStyle.ContentsType.CT_ComboBox, option,
                                          QSize(text, combo.fontMetrics().height()), combo)
    return size.width() + 4
