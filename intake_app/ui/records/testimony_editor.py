"""A testimony: the interview, the witness's consents, the narrative and the incidents it describes."""

from __future__ import annotations

from datetime import date
from typing import ClassVar

from PySide6.QtGui import QFont
from PySide6.QtWidgets import QFormLayout, QLineEdit, QPlainTextEdit, QScrollArea, QVBoxLayout, QWidget

from intake_app.domain.models import Record, Testimony
from intake_app.i18n import _
from intake_app.ui.records.base import RecordEditor
from intake_app.ui.records.case_picker import CasePicker
from intake_app.ui.records.consents import ConsentChecklist
from intake_app.ui.records.incidents import IncidentsPanel
from intake_app.ui.records.widgets import DateField, TaxonomyCombo


class TestimonyEditor(RecordEditor):
    RECORD_TYPE: ClassVar[str] = "testimony"
    CASE_FIELD: ClassVar[str | None] = "witness_case_id"

    def _build(self) -> None:
        page = QWidget()
        form = QFormLayout(page)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.witness = CasePicker(self.cases, page)
        form.addRow(_("Witness"), self.witness)
        self.interview_date = DateField(parent=page)
        form.addRow(_("Interview date"), self.interview_date)
        self.interviewer = QLineEdit(page)
        self.interviewer.setPlaceholderText(_("Who conducted the interview"))
        form.addRow(_("Interviewer"), self.interviewer)
        self.language = TaxonomyCombo("interview_languages", parent=page)
        form.addRow(_("Language"), self.language)
        self.interpreter = QLineEdit(page)
        self.interpreter.setPlaceholderText(_("Leave empty if there was none"))
        form.addRow(_("Interpreter"), self.interpreter)
        self.source_type = TaxonomyCombo("source_types", parent=page)
        self.source_type.setToolTip(_("How the witness knows what they tell: lived it, saw it, heard it from "
                                      "someone, or saw documents."))
        form.addRow(_("How the witness knows"), self.source_type)
        # Two separate judgements (OHCHR monitoring manual; the A-F / 1-6 grading): how reliable the person
        # is, and how credible this account is.
        self.source_reliability = TaxonomyCombo("source_reliability", empty_text=_("Not assessed"), parent=page)
        self.source_reliability.setToolTip(_("How reliable is this source, judged from what you know of them "
                                             "(not from this account)?"))
        form.addRow(_("Source reliability"), self.source_reliability)
        self.information_credibility = TaxonomyCombo("information_credibility", empty_text=_("Not assessed"),
                                                     parent=page)
        self.information_credibility.setToolTip(_("How credible is this account itself: confirmed elsewhere, "
                                                  "consistent, plausible?"))
        form.addRow(_("Information credibility"), self.information_credibility)
        self.notes = QPlainTextEdit(page)
        self.notes.setTabChangesFocus(True)
        self.notes.setMinimumHeight(80)
        form.addRow(_("Notes"), self.notes)
        self.tabs.addTab(_scrolled(page), _("Interview"))

        self.consents = ConsentChecklist(self.interview_date.value)
        self.tabs.addTab(_scrolled(self.consents), _("Consent"))

        narrative_page = QWidget()
        narrative_layout = QVBoxLayout(narrative_page)
        self.narrative = QPlainTextEdit(narrative_page)
        self.narrative.setPlaceholderText(_("The witness's account, in their words."))
        self.narrative.setAccessibleName(_("Narrative"))
        font = QFont(self.narrative.font())
        font.setPointSizeF(font.pointSizeF() * 1.1)
        self.narrative.setFont(font)
        narrative_layout.addWidget(self.narrative)
        self.tabs.addTab(narrative_page, _("Narrative"))

        self.incidents = IncidentsPanel(self.cases)
        self.tabs.addTab(self.incidents, _("Incidents"))
        self.watch(self.witness, self.interview_date, self.interviewer, self.language, self.interpreter,
                   self.source_type, self.source_reliability, self.information_credibility, self.notes,
                   self.consents, self.narrative, self.incidents)

    # -- record <-> form ------------------------------------------------------------------------------------

    def _blank(self) -> Record:
        return Testimony(interview_date=date.today().isoformat())

    def _title_for(self, record: Record, is_new: bool) -> str:
        assert isinstance(record, Testimony)  # noqa: S101 - this editor only holds testimonies
        if is_new:
            return _("New testimony")
        return _("Testimony of {witness}, {date}").format(witness=self.cases.name(record.witness_case_id),
                                                          date=record.interview_date)

    def _fill(self, record: Record) -> None:
        assert isinstance(record, Testimony)  # noqa: S101
        self.witness.set_case_id(record.witness_case_id or None)
        self.interview_date.set_value(record.interview_date)
        self.interviewer.setText(record.interviewer)
        self.language.set_key(record.language)
        self.interpreter.setText(record.interpreter or "")
        self.source_type.set_key(record.source_type)
        self.source_reliability.set_key(record.source_reliability)
        self.information_credibility.set_key(record.information_credibility)
        self.notes.setPlainText(record.notes)
        self.consents.set_consents(record.consents)
        self.narrative.setPlainText(record.narrative)
        self.incidents.set_incidents(record.incidents)
        self.tabs.setCurrentIndex(0)

    def _collect(self) -> Record:
        base = self._record if isinstance(self._record, Testimony) else Testimony()
        return Testimony(
            id=base.id, version=base.version, parent=base.parent, created_at=base.created_at,
            updated_at=base.updated_at, origin_device=base.origin_device,
            witness_case_id=self.witness.case_id() or "", interview_date=self.interview_date.value() or "",
            interviewer=self.interviewer.text().strip(), language=self.language.key() or "other",
            interpreter=self.interpreter.text().strip() or None, source_type=self.source_type.key() or "direct",
            narrative=self.narrative.toPlainText(), consents=self.consents.consents(),
            incidents=self.incidents.incidents(), notes=self.notes.toPlainText(),
            source_reliability=self.source_reliability.key(),
            information_credibility=self.information_credibility.key(),
        )

    def _form_problems(self) -> list[tuple[str, str]]:
        problems: list[tuple[str, str]] = []
        if not self.witness.case_id():
            problems.append(("witness_case_id", _("Witness: choose the case of the person interviewed.")))
        if not self.interview_date.value() or not self.interview_date.is_valid():
            problems.append(("interview_date", _("Interview date: enter the day of the interview (YYYY-MM-DD).")))
        if not self.interviewer.text().strip():
            problems.append(("interviewer", _("Interviewer: enter who conducted the interview.")))
        problems.extend(("consents", p) for p in self.consents.problems())
        for i, incident in enumerate(self.incidents.incidents()):
            if not incident.violation_types:
                problems.append((f"incidents/{i}/violation_types",
                                 _("Incident {n}: choose at least one violation type.").format(n=i + 1)))
        return problems

    def _field_labels(self) -> dict[str, str]:
        return {"witness_case_id": _("Witness"), "interview_date": _("Interview date"),
                "interviewer": _("Interviewer"), "language": _("Language"), "interpreter": _("Interpreter"),
                "source_type": _("How the witness knows"), "source_reliability": _("Source reliability"),
                "information_credibility": _("Information credibility"), "narrative": _("Narrative"),
                "consents": _("Consent"),
                "incidents": _("Incident"), "violation_types": _("Violation types"), "date": _("When"),
                "place": _("Place"), "perpetrator": _("Perpetrator"), "victim_relation": _("Victim"),
                "description": _("What happened"), "notes": _("Notes")}


def _scrolled(widget: QWidget) -> QScrollArea:
    scroll = QScrollArea()
    scroll.setWidgetResizable(True)
    scroll.setWidget(widget)
    return scroll
