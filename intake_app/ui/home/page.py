"""The Home page, first in the navigation of both roles: the next step, what needs attention, the checklist,
counts and the last exchange with the other side.

Every fact comes from `hq.overview.home_overview` (no rule lives here); the page only lays it out and
turns each step or warning into a button that opens the page where it is done (`open_page`, relayed by the
main window). It reads the vault again each time it is shown, so whatever another page changed (an
export, an import, a receipt, a saved record) is there when the user comes back.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from intake_app.hq.overview import (
    Alert,
    Attention,
    HomeOverview,
    NextStep,
    Step,
    home_overview,
    step_text,
    warning_text,
)
from intake_app.i18n import P_, _
from intake_app.ui import style
from intake_app.ui.lists.columns import local_time
from intake_app.ui.sync.common import bold_title, note, section
from intake_app.vault.vault import Role, Vault, VaultLockedError

log = logging.getLogger(__name__)

BACKUP = "backup"  # not a page: the Back up dialog
DONE_MARK = "\u2713"     # check mark
TODO_MARK = "\u25cb"     # white circle

# Where each step and warning is dealt with: a page key of `ui/main/pages.py`, or BACKUP.
STEP_TARGETS: dict[Step, str] = {
    Step.IMPORT_PROFILE: "sync", Step.ENROL: "sync", Step.RECORD: "cases", Step.EXPORT: "sync",
    Step.IMPORT_RECEIPT: "sync", Step.CREATE_KEYS: "hq-keys", Step.BACK_UP_KEYS: "hq-keys",
    Step.BACK_UP_VAULT: BACKUP, Step.PUBLISH_PROFILE: "hq-keys", Step.APPROVE_DEVICES: "hq-devices",
    Step.IMPORT_BUNDLES: "hq-inbox",
}
ALERT_TARGETS: dict[Attention, str] = {
    Attention.UNSENT_CHANGES: "sync", Attention.NO_BACKUP: BACKUP, Attention.OLD_BACKUP: BACKUP,
    Attention.KEYS_NOT_BACKED_UP: "hq-keys", Attention.PROFILE_OUTDATED: "hq-keys",
    Attention.PENDING_DEVICES: "hq-devices", Attention.QUARANTINED: "hq-devices",
    Attention.OPEN_CONFLICTS: "hq-review",
}


def when(stamp: str | None) -> str:
    return local_time(stamp) if stamp else _("never")


def count_lines(overview: HomeOverview) -> list[str]:
    c = overview.counts
    lines = [P_("{n} case", "{n} cases", c["case"]).format(n=f"{c['case']:,}"),
             P_("{n} aid distribution", "{n} aid distributions", c["aid"]).format(n=f"{c['aid']:,}"),
             P_("{n} testimony", "{n} testimonies", c["testimony"]).format(n=f"{c['testimony']:,}")]
    if overview.role == Role.HQ:
        lines += [P_("{n} approved device", "{n} approved devices", c["devices"]).format(n=c["devices"]),
                  P_("{n} open conflict", "{n} open conflicts", c["conflicts"]).format(n=c["conflicts"])]
    return lines


def time_lines(overview: HomeOverview) -> list[tuple[str, str]]:
    if overview.role == Role.HQ:
        rows = [(_("Last bundle imported:"), when(overview.last_import_at))]
    else:
        rows = [(_("Last bundle sent:"), when(overview.last_export_at)),
                (_("Last receipt imported:"), when(overview.last_receipt_at))]
    return [*rows, (_("Last verified backup:"), when(overview.last_backup_at))]


class HomePage(QScrollArea):
    """Signals: `open_page(str)` (a page key, or "backup"), `changed` after a backup made from here."""

    changed = Signal()
    busy_changed = Signal(bool)  # part of the page interface; never busy
    open_page = Signal(str)

    def __init__(self, vault: Vault, titles: dict[str, str], parent: QWidget | None = None) -> None:
        """`titles`: each page key's title (translated), for the buttons that open them."""
        super().__init__(parent)
        self.vault = vault
        self.titles = titles
        self.overview: HomeOverview | None = None
        self.setWidgetResizable(True)
        self.setFrameShape(QScrollArea.Shape.NoFrame)
        inner = QWidget(self)
        self.layout_ = QVBoxLayout(inner)
        self.layout_.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.layout_.setSpacing(style.MARGIN)
        self.layout_.addWidget(bold_title(_("Home"), inner))
        self.intro = note(_("What to do next, and what needs attention. Each button opens the page where it is "
                            "done."), inner, style.MUTED)
        self.layout_.addWidget(self.intro)

        self.next_box = QFrame(inner)
        self.next_box.setObjectName("homeNextStep")
        self.next_box.setFrameShape(QFrame.Shape.StyledPanel)
        next_layout = QHBoxLayout(self.next_box)
        self.next_label = QLabel(self.next_box)
        self.next_label.setWordWrap(True)
        self.next_label.setStyleSheet(style.colour_style(style.ACCENT, bold=True))
        self.next_button = QPushButton(self.next_box)
        self.next_button.setDefault(True)
        self.next_button.clicked.connect(lambda: self._go_step(self._next))
        next_layout.addWidget(self.next_label, 1)
        next_layout.addWidget(self.next_button)
        self.layout_.addWidget(self.next_box)
        self._next: NextStep | None = None

        # What needs attention, then the counts, then the checklist (once set up, it is mostly ticked).
        self.attention_box, self.attention_layout = section(_("Needs attention"), inner)
        self.layout_.addWidget(self.attention_box)
        self.facts_box, facts = section(_("In this vault"), inner)
        self.counts_label = QLabel(self.facts_box)
        self.counts_label.setWordWrap(True)
        facts.addWidget(self.counts_label)
        self.times = QGridLayout()
        facts.addLayout(self.times)
        self.layout_.addWidget(self.facts_box)
        self.steps_box, self.steps_layout = section(_("Getting started"), inner)
        self.layout_.addWidget(self.steps_box)
        self.setWidget(inner)
        self._rows: list[QWidget] = []
        self.alert_buttons: dict[Attention, QPushButton] = {}
        self.step_buttons: dict[Step, QPushButton] = {}
        self.refresh()

    # -- interface used by the main window ---------------------------------------------------------------

    def has_unsaved_changes(self) -> bool:
        return False

    def discard_changes(self) -> None:
        return None

    def refresh(self) -> None:
        if not self.vault.is_open:
            return
        try:
            overview = home_overview(self.vault)
        except VaultLockedError:
            return
        self.overview = overview
        self._show(overview)

    # -- showing -----------------------------------------------------------------------------------------

    def _show(self, overview: HomeOverview) -> None:
        for row in self._rows:
            row.hide()
            row.deleteLater()
        self._rows = []
        self.alert_buttons = {}
        self.step_buttons = {}

        self._next = overview.next_step
        if self._next is None:
            self.next_label.setText(_("Everything is set up. Keep recording, and send bundles regularly.")
                                    if overview.role != Role.HQ else
                                    _("Everything is set up. Import bundles as they arrive and keep backing up."))
            self.next_button.hide()
        else:
            self.next_label.setText(_("Next step: {step}").format(step=step_text(self._next.step)))
            self.next_button.setText(self._button_text(STEP_TARGETS[self._next.step]))
            self.next_button.show()

        self.attention_box.setVisible(bool(overview.warnings))
        for alert in overview.warnings:
            self._add_alert(alert)
        for step in overview.steps:
            self._add_step(step)
        self.steps_box.setTitle(_("Getting started") if self._next is not None else _("Checklist"))

        self.counts_label.setText(" · ".join(count_lines(overview)))
        while self.times.count():
            item = self.times.takeAt(0)
            if item is not None and item.widget() is not None:
                item.widget().deleteLater()  # type: ignore[union-attr]
        for row, (label, value) in enumerate(time_lines(overview)):
            self.times.addWidget(QLabel(label, self.facts_box), row, 0)
            self.times.addWidget(QLabel(value, self.facts_box), row, 1)
        self.times.setColumnStretch(1, 1)

    def _add_alert(self, alert: Alert) -> None:
        row = QWidget(self.attention_box)
        line = QHBoxLayout(row)
        line.setContentsMargins(0, 0, 0, 0)
        text = QLabel(warning_text(alert), row)
        text.setWordWrap(True)
        text.setStyleSheet(style.colour_style(style.WARNING, bold=True))
        target = ALERT_TARGETS[alert.key]
        button = QPushButton(self._button_text(target), row)
        button.clicked.connect(lambda _checked=False, t=target: self._go(t))
        line.addWidget(text, 1)
        line.addWidget(button)
        self.attention_layout.addWidget(row)
        self.alert_buttons[alert.key] = button
        self._rows.append(row)

    def _add_step(self, step: NextStep) -> None:
        row = QWidget(self.steps_box)
        line = QHBoxLayout(row)
        line.setContentsMargins(0, 0, 0, 0)
        mark = QLabel(DONE_MARK if step.done else TODO_MARK, row)
        mark.setStyleSheet(style.colour_style(style.OK if step.done else style.MUTED, bold=True))
        mark.setAccessibleName(_("done") if step.done else _("to do"))
        text = QLabel(step_text(step.step), row)
        text.setWordWrap(True)
        is_next = self._next is not None and step.step is self._next.step
        if step.done:
            text.setStyleSheet(style.colour_style(style.MUTED))
        elif is_next:
            text.setStyleSheet(style.colour_style(style.ACCENT, bold=True))
        target = STEP_TARGETS[step.step]
        button = QPushButton(self._button_text(target), row)
        button.clicked.connect(lambda _checked=False, t=target: self._go(t))
        line.addWidget(mark)
        line.addWidget(text, 1)
        line.addWidget(button)
        self.steps_layout.addWidget(row)
        self.step_buttons[step.step] = button
        self._rows.append(row)

    def _button_text(self, target: str) -> str:
        if target == BACKUP:
            return _("Back up…")
        page = self.titles.get(target, target).replace("&", "&&")  # "Profile & keys": no shortcut underline
        return _("Go to {page}").format(page=page)

    # -- going there -------------------------------------------------------------------------------------

    def _go_step(self, step: NextStep | None) -> None:
        if step is not None:
            self._go(STEP_TARGETS[step.step])

    def _go(self, target: str) -> None:
        if target == BACKUP:
            self.open_backup()
        else:
            self.open_page.emit(target)

    def open_backup(self) -> QWidget:
        from intake_app.ui.backup.dialog import BackupDialog

        dialog = BackupDialog(self.vault, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.finished.connect(self._backup_closed)
        dialog.open()
        return dialog

    def _backup_closed(self, _result: int) -> None:
        if self.vault.is_open:
            self.refresh()
            self.changed.emit()  # the status bar's backup reminder

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt override
        super().showEvent(event)
        if not event.spontaneous():
            self.refresh()
