"""The incidents of a testimony: a list, and an editor for the chosen one.

Each incident says what happened (violation types from the taxonomy), when (to the precision the
witness remembers), where, by whom, and to whom (the witness or a relative).
"""

from __future__ import annotations

import copy

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from intake_app.domain.models import Incident, IncidentDate, IncidentPlace
from intake_app.domain.taxonomy import VIOLATION_TYPES
from intake_app.i18n import _
from intake_app.ui import style
from intake_app.ui.records.case_picker import CasePicker
from intake_app.ui.records.cases import CaseDirectory
from intake_app.ui.records.violation_picker import ViolationPicker
from intake_app.ui.records.widgets import DateField, TaxonomyCombo, normalise_date_text, taxonomy_label

_PROVINCE_LISTS = {"dprk_province": ("dprk_provinces",), "china_province": ("china_provinces",)}


def incident_summary(incident: Incident, number: int) -> str:
    kinds = ", ".join(taxonomy_label(VIOLATION_TYPES, k) for k in incident.violation_types)
    when = incident.date.value if incident.date else ""
    text = _("Incident {n}").format(n=number) + ": " + (kinds or _("no violation type yet"))
    return text + (f" ({when})" if when else "")


class IncidentEditor(QWidget):
    """Edits one incident in place; `changed` fires on every edit."""

    changed = Signal()

    def __init__(self, cases: CaseDirectory, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._incident: Incident | None = None
        self._loading = False
        form = QFormLayout(self)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.violations = ViolationPicker(self)
        form.addRow(_("Violation types"), self.violations)
        date_row = QWidget(self)
        date_layout = QHBoxLayout(date_row)
        date_layout.setContentsMargins(0, 0, 0, 0)
        self.date = DateField(partial=True, parent=date_row)
        self.date.edit.editingFinished.connect(self._guess_precision)
        date_layout.addWidget(self.date, 1)
        self.precision = TaxonomyCombo("date_precisions", parent=date_row)
        self.precision.setAccessibleName(_("Precision of the date"))
        date_layout.addWidget(self.precision)
        form.addRow(_("When"), date_row)
        self.place_kind = TaxonomyCombo("place_kinds", empty_text=_("Not recorded"), parent=self)
        self.place_kind.currentIndexChanged.connect(self._kind_changed)
        form.addRow(_("Place"), self.place_kind)
        self.province = TaxonomyCombo("dprk_provinces", empty_text=_("Province not recorded"), parent=self)
        form.addRow(_("Province"), self.province)
        self.facility = TaxonomyCombo("facility_types", empty_text="—", parent=self)
        form.addRow(_("Facility type"), self.facility)
        self.place_name = QLineEdit(self)
        self.place_name.setPlaceholderText(_("Name of the place or facility, if known"))
        form.addRow(_("Place name"), self.place_name)
        self.perpetrator = TaxonomyCombo("perpetrators", empty_text=_("Not recorded"), parent=self)
        form.addRow(_("Perpetrator"), self.perpetrator)
        self.relation = TaxonomyCombo("relations", parent=self)
        form.addRow(_("Victim"), self.relation)
        self.victim_case = CasePicker(cases, self)
        self.victim_case.edit.setPlaceholderText(_("The victim's own case, if there is one"))
        form.addRow(_("Victim's case"), self.victim_case)
        self.description = QPlainTextEdit(self)
        self.description.setTabChangesFocus(True)
        self.description.setMinimumHeight(90)
        form.addRow(_("What happened"), self.description)
        for signal in (self.violations.changed, self.date.changed, self.precision.currentIndexChanged,
                       self.place_kind.currentIndexChanged, self.province.currentIndexChanged,
                       self.facility.currentIndexChanged, self.place_name.textChanged,
                       self.perpetrator.currentIndexChanged, self.relation.currentIndexChanged,
                       self.victim_case.case_changed, self.description.textChanged):
            signal.connect(self._edited)
        self.set_incident(None)

    def incident(self) -> Incident | None:
        return self._incident

    def set_incident(self, incident: Incident | None) -> None:
        self._loading = True
        self._incident = None
        shown = incident or Incident(violation_types=[])
        self.violations.set_keys(shown.violation_types)
        self.date.set_value(shown.date.value if shown.date else None)
        self.precision.set_key(shown.date.precision if shown.date else "day")
        place = shown.place
        self.place_kind.set_key(place.kind if place else None)
        self._kind_changed()
        self.province.set_key(place.province if place else None)
        self.facility.set_key(place.facility_type if place else None)
        self.place_name.setText(place.name if place else "")
        self.perpetrator.set_key(shown.perpetrator)
        self.relation.set_key(shown.victim_relation)
        self.victim_case.set_case_id(shown.victim_case_id)
        self.description.setPlainText(shown.description)
        self._incident = incident
        self._loading = False
        self.setEnabled(incident is not None)

    def _kind_changed(self) -> None:
        kind = self.place_kind.key()
        self.province.set_lists(_PROVINCE_LISTS.get(kind or "", ("dprk_provinces", "china_provinces")))
        self.province.setEnabled(kind is not None)
        self.facility.setEnabled(kind == "facility")
        self.place_name.setEnabled(kind is not None)

    def _guess_precision(self) -> None:
        # Typing "2009" means a year; "2009-03" a month. An "approximate" choice is the user's to keep.
        value = normalise_date_text(self.date.edit.text(), partial=True)
        if value and self.precision.key() != "approximate":
            self.precision.set_key({1: "year", 2: "month"}.get(value.count("-") + 1, "day"))

    def _edited(self) -> None:
        if self._loading or self._incident is None:
            return
        inc = self._incident
        inc.violation_types = self.violations.chosen_keys()
        value = self.date.value()
        inc.date = IncidentDate(value=value, precision=self.precision.key() or "day") if value else None
        kind = self.place_kind.key()
        inc.place = IncidentPlace(
            kind=kind, province=self.province.key(),
            facility_type=self.facility.key() if kind == "facility" else None,
            name=self.place_name.text().strip()) if kind else None
        inc.perpetrator = self.perpetrator.key()
        inc.victim_relation = self.relation.key() or "self"
        inc.victim_case_id = self.victim_case.case_id()
        inc.description = self.description.toPlainText()
        self.changed.emit()


class IncidentsPanel(QWidget):
    changed = Signal()

    def __init__(self, cases: CaseDirectory, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._incidents: list[Incident] = []
        layout = QVBoxLayout(self)
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        top = QWidget(splitter)
        top_layout = QVBoxLayout(top)
        top_layout.setContentsMargins(0, 0, 0, 0)
        self.list = QListWidget(top)
        self.list.setAccessibleName(_("Incidents"))
        self.list.currentRowChanged.connect(self._row_changed)
        top_layout.addWidget(self.list)
        buttons = QHBoxLayout()
        self.add_button = QPushButton(_("Add incident"), top)
        self.add_button.clicked.connect(self.add_incident)
        buttons.addWidget(self.add_button)
        self.remove_button = QPushButton(_("Remove incident"), top)
        self.remove_button.clicked.connect(self.remove_current)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        top_layout.addLayout(buttons)
        self.editor = IncidentEditor(cases)
        self.editor.changed.connect(self._edited)
        scroll = QScrollArea(splitter)
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.editor)
        splitter.addWidget(top)
        splitter.addWidget(scroll)
        splitter.setStretchFactor(1, 3)
        splitter.setSizes([120, 480])
        layout.addWidget(splitter)
        self.empty_hint = QLabel(_("No incident yet. Add one for each event the witness describes."), self)
        self.empty_hint.setStyleSheet(style.colour_style(style.MUTED))
        layout.addWidget(self.empty_hint)
        self._update()

    def incidents(self) -> list[Incident]:
        return copy.deepcopy(self._incidents)

    def set_incidents(self, incidents: list[Incident]) -> None:
        self._incidents = copy.deepcopy(incidents)
        self.list.blockSignals(True)
        self.list.clear()
        for i, inc in enumerate(self._incidents):
            self.list.addItem(incident_summary(inc, i + 1))
        self.list.blockSignals(False)
        self.list.setCurrentRow(0 if self._incidents else -1)
        self.editor.set_incident(self._incidents[0] if self._incidents else None)
        self._update()

    def add_incident(self) -> None:
        self._incidents.append(Incident(violation_types=[]))
        self.list.addItem(incident_summary(self._incidents[-1], len(self._incidents)))
        self.list.setCurrentRow(len(self._incidents) - 1)
        self.editor.violations.search.setFocus()
        self._update()
        self.changed.emit()

    def remove_current(self) -> None:
        row = self.list.currentRow()
        if row < 0:
            return
        del self._incidents[row]
        self.set_incidents(self._incidents)
        self.changed.emit()

    def _row_changed(self, row: int) -> None:
        self.editor.set_incident(self._incidents[row] if 0 <= row < len(self._incidents) else None)
        self._update()

    def _edited(self) -> None:
        row = self.list.currentRow()
        if 0 <= row < len(self._incidents):
            self.list.item(row).setText(incident_summary(self._incidents[row], row + 1))
        self.changed.emit()

    def _update(self) -> None:
        self.remove_button.setEnabled(self.list.currentRow() >= 0)
        self.empty_hint.setVisible(not self._incidents)
