"""The filters of the search page: record types (each with how many records of it match), a date range
and the taxonomy facets."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QCheckBox, QGridLayout, QHBoxLayout, QLabel, QWidget

from intake_app.domain.taxonomy import VIOLATION_TYPES
from intake_app.i18n import P_, _
from intake_app.ui.lists.columns import type_name
from intake_app.ui.lists.filters import whole_text_width
from intake_app.ui.records.widgets import DateField, TaxonomyCombo

RECORD_TYPES = ("case", "aid", "testimony")


def type_count_text(record_type: str, n: int) -> str:
    """"3 cases", "1 aid distribution", "2,500 testimonies" in the current language."""
    forms = {"case": P_("{n} case", "{n} cases", n), "aid": P_("{n} aid distribution", "{n} aid distributions", n),
             "testimony": P_("{n} testimony", "{n} testimonies", n)}
    return forms[record_type].format(n=f"{n:,}")


class SearchFilters(QWidget):
    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        types_row = QHBoxLayout()
        self.types: dict[str, QCheckBox] = {}
        for record_type in RECORD_TYPES:
            box = QCheckBox(type_name(record_type), self)
            box.setChecked(True)
            box.toggled.connect(self.changed)
            self.types[record_type] = box
            types_row.addWidget(box)
        types_row.addStretch(1)
        grid.addWidget(QLabel(_("Show"), self), 0, 0)
        grid.addLayout(types_row, 0, 1, 1, 3)

        grid.addWidget(QLabel(_("From"), self), 1, 0)
        self.date_from = DateField(parent=self)
        self.date_from.changed.connect(self._date_changed)
        grid.addWidget(self.date_from, 1, 1)
        grid.addWidget(QLabel(_("To"), self), 1, 2)
        self.date_to = DateField(parent=self)
        self.date_to.changed.connect(self._date_changed)
        grid.addWidget(self.date_to, 1, 3)

        self.category = TaxonomyCombo("aid_categories", empty_text=_("All aid categories"), parent=self)
        self.violation = TaxonomyCombo(VIOLATION_TYPES, empty_text=_("All violation types"), parent=self)
        self.province = TaxonomyCombo("dprk_provinces", empty_text=_("All provinces"), parent=self)
        self.province.set_lists(("dprk_provinces", "china_provinces"))
        self.situation = TaxonomyCombo("situations", empty_text=_("All situations"), parent=self)
        self.consent = TaxonomyCombo("consent_scopes", empty_text=_("Any consent in force"), parent=self)
        self.reliability = TaxonomyCombo("source_reliability", empty_text=_("Any source reliability"), parent=self)
        self.credibility = TaxonomyCombo("information_credibility", empty_text=_("Any information credibility"),
                                         parent=self)
        combos = [self.violation, self.situation, self.province, self.category, self.consent, self.reliability,
                  self.credibility]
        facets = QGridLayout()
        for i, combo in enumerate(combos):
            combo.setSizeAdjustPolicy(TaxonomyCombo.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(12)
            combo.setMinimumWidth(whole_text_width(combo))  # its "Any …" text whole, in every language
            combo.currentIndexChanged.connect(self.changed)
            # The last one alone on its row takes the whole row: "Any information credibility" fits then.
            span = 3 - i % 3 if i == len(combos) - 1 else 1
            facets.addWidget(combo, i // 3, i % 3, 1, span)
        grid.addLayout(facets, 2, 0, 1, 4)
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(3, 1)

    def show_counts(self, counts: dict[str, int]) -> None:
        """Name each type with how many records of it match the words and filters.

        The count does not depend on the box being ticked, so an unticked type still says what it holds."""
        for record_type, box in self.types.items():
            box.setText(type_count_text(record_type, counts.get(record_type, 0)))

    def _date_changed(self) -> None:
        # Half-typed dates do not search; a whole one (or an empty field) does.
        if self.date_from.is_valid() and self.date_to.is_valid():
            self.changed.emit()

    def record_types(self) -> tuple[str, ...]:
        chosen = tuple(t for t, box in self.types.items() if box.isChecked())
        return chosen or RECORD_TYPES

    def date_range(self) -> tuple[str | None, str | None]:
        date_from = self.date_from.value() if self.date_from.is_valid() else None
        date_to = self.date_to.value() if self.date_to.is_valid() else None
        return date_from, date_to

    def facets(self) -> dict[str, str]:
        pairs = {"aid_category": self.category.key(), "violation": self.violation.key(),
                 "province": self.province.key(), "situation": self.situation.key(),
                 "consent": self.consent.key(), "source_reliability": self.reliability.key(),
                 "information_credibility": self.credibility.key()}
        return {facet: key for facet, key in pairs.items() if key}

    def is_active(self) -> bool:
        date_from, date_to = self.date_range()
        return bool(self.facets() or date_from or date_to or len(self.record_types()) < len(RECORD_TYPES))
