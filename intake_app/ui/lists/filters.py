"""The search box and filters above a list, as fit each record type."""

from __future__ import annotations

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import QHBoxLayout, QLineEdit, QVBoxLayout, QWidget

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
        row = QHBoxLayout()
        self.combos: dict[str, TaxonomyCombo] = {}
        for facet, lists in _FILTERS[record_type]:
            combo = TaxonomyCombo(lists[0], empty_text=NoFilter.of(record_type, facet).text(), parent=self)
            if len(lists) > 1:
                combo.set_lists(lists)
            combo.setSizeAdjustPolicy(TaxonomyCombo.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(10)
            combo.currentIndexChanged.connect(self.changed)
            self.combos[facet] = combo
            row.addWidget(combo, 1)
        layout.addLayout(row)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SEARCH_DELAY_MS)
        self._timer.timeout.connect(self.changed)
        self.search.textChanged.connect(self._timer.start)

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
