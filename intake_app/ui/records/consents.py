"""The consent checklist of a testimony: for each of the five scopes, whether consent was given, when
and how, and whether (when, how) it was withdrawn.

A scope left untouched records nothing; a date without "given" records a refusal. Earlier entries
for the same scope (a history of consent) are kept as they are; the form edits the latest one.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QCheckBox, QGridLayout, QGroupBox, QLabel, QVBoxLayout, QWidget

from intake_app.domain.models import Consent
from intake_app.i18n import _
from intake_app.ui.records.widgets import DateField, TaxonomyCombo, taxonomy_keys, taxonomy_label


class ConsentRow(QGroupBox):
    """One scope: given, date, method; withdrawn on, withdrawal method."""

    changed = Signal()

    def __init__(self, scope: str, default_date: Callable[[], str | None], parent: QWidget | None = None) -> None:
        super().__init__(taxonomy_label("consent_scopes", scope), parent)
        self.scope = scope
        self._default_date = default_date
        self._kept_notes = ""
        grid = QGridLayout(self)
        self.given = QCheckBox(_("Consent given"), self)
        grid.addWidget(self.given, 0, 0)
        grid.addWidget(QLabel(_("Date"), self), 0, 1)
        self.date = DateField(parent=self)
        grid.addWidget(self.date, 0, 2)
        grid.addWidget(QLabel(_("Method"), self), 0, 3)
        self.method = TaxonomyCombo("consent_methods", parent=self)
        grid.addWidget(self.method, 0, 4)
        grid.addWidget(QLabel(_("Withdrawn on"), self), 1, 1)
        self.withdrawn = DateField(parent=self)
        grid.addWidget(self.withdrawn, 1, 2)
        grid.addWidget(QLabel(_("Method"), self), 1, 3)
        self.withdrawal_method = TaxonomyCombo("consent_methods", empty_text="—", parent=self)
        grid.addWidget(self.withdrawal_method, 1, 4)
        for combo in (self.method, self.withdrawal_method):
            combo.setSizeAdjustPolicy(TaxonomyCombo.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(8)
        grid.setColumnStretch(4, 1)
        self.given.toggled.connect(self._given_toggled)
        for signal in (self.given.toggled, self.date.changed, self.method.currentIndexChanged,
                       self.withdrawn.changed, self.withdrawal_method.currentIndexChanged):
            signal.connect(self.changed)

    def _given_toggled(self, on: bool) -> None:
        # Consent is nearly always given at the interview: offer that day, the user can change it.
        if on and not self.date.value():
            self.date.set_value(self._default_date() or date.today().isoformat())

    def is_used(self) -> bool:
        return self.given.isChecked() or bool(self.date.value()) or bool(self.withdrawn.value())

    def consent(self) -> Consent:
        return Consent(scope=self.scope, given=self.given.isChecked(), date=self.date.value() or "",
                       method=self.method.key() or "other", withdrawn_on=self.withdrawn.value(),
                       withdrawal_method=self.withdrawal_method.key(), notes=self._kept_notes)

    def set_consent(self, consent: Consent | None) -> None:
        self.given.blockSignals(True)
        self.given.setChecked(bool(consent and consent.given))
        self.given.blockSignals(False)
        self.date.set_value(consent.date if consent else None)
        self.method.set_key(consent.method if consent else "oral")
        self.withdrawn.set_value(consent.withdrawn_on if consent else None)
        self.withdrawal_method.set_key(consent.withdrawal_method if consent else None)
        self._kept_notes = consent.notes if consent else ""

    def problems(self) -> list[str]:
        name = taxonomy_label("consent_scopes", self.scope)
        out = []
        if not self.is_used():
            return out
        if not self.date.value() or not self.date.is_valid():
            out.append(_("Consent “{scope}”: enter the date it was given or refused (YYYY-MM-DD).")
                       .format(scope=name))
        if not self.withdrawn.is_valid():
            out.append(_("Consent “{scope}”: the withdrawal date is not a date.").format(scope=name))
        elif self.withdrawn.value() and not self.given.isChecked():
            out.append(_("Consent “{scope}”: only consent that was given can be withdrawn.").format(scope=name))
        elif self.withdrawn.value() and self.date.value() and self.withdrawn.value() < (self.date.value() or ""):
            out.append(_("Consent “{scope}”: withdrawn before it was given.").format(scope=name))
        return out


class ConsentChecklist(QWidget):
    changed = Signal()

    def __init__(self, default_date: Callable[[], str | None], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        intro = QLabel(_("Record each consent exactly as the witness gave it. Nothing is shared beyond "
                         "what is consented to here."), self)
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.rows: dict[str, ConsentRow] = {}
        for scope in taxonomy_keys("consent_scopes"):
            row = ConsentRow(scope, default_date, self)
            row.changed.connect(self.changed)
            self.rows[scope] = row
            layout.addWidget(row)
        layout.addStretch(1)
        self._history: list[Consent] = []

    def consents(self) -> list[Consent]:
        shown = [row.consent() for row in self.rows.values() if row.is_used()]
        return [*self._history, *shown]

    def set_consents(self, consents: list[Consent]) -> None:
        latest: dict[str, Consent] = {}
        self._history = []
        for consent in consents:
            if consent.scope in latest or consent.scope not in self.rows:
                # An earlier entry for the scope (or one this version does not know): kept unchanged.
                previous = latest.pop(consent.scope, None) if consent.scope in self.rows else consent
                if previous is not None:
                    self._history.append(previous)
            if consent.scope in self.rows:
                latest[consent.scope] = consent
        for scope, row in self.rows.items():
            row.set_consent(latest.get(scope))

    def problems(self) -> list[str]:
        return [p for row in self.rows.values() for p in row.problems()]
