"""HQ devices: each field laptop with its last bundle, sequence, gaps and whether its activity log stayed whole;
approve (from an enrollment file or a quarantined bundle, after comparing the key's fingerprint words), revoke,
write a receipt, and set the quarantine's limits."""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush, QColor, QShowEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from intake_app.errors import IntakeError
from intake_app.fileutil import read_bounded, write_new_file
from intake_app.hq import devices
from intake_app.hq.devices import DeviceInfo, DeviceStatus
from intake_app.hq.importer import ImportOutcome, import_quarantined
from intake_app.hq.quarantine import (
    QuarantineLimits,
    list_quarantined,
    quarantine_limits,
    quarantine_use,
    set_quarantine_limits,
)
from intake_app.i18n import P_, _
from intake_app.sync.device_names import DeviceNames, device_names
from intake_app.sync.limits import MIB
from intake_app.sync.receipts import create_receipt
from intake_app.ui import style, workers
from intake_app.ui.lists.columns import local_time
from intake_app.ui.sync import prompts
from intake_app.ui.sync.common import ProgressRow, bold_title, device_item, note, row_table
from intake_app.ui.widgets.empty_state import empty_overlay
from intake_app.vault.vault import Vault

log = logging.getLogger(__name__)

ID_ROLE = Qt.ItemDataRole.UserRole + 1


@dataclass(frozen=True)
class Approval:
    """What approving a device did: the lines to show, and the device (to offer its receipt)."""

    lines: list[str]
    device_id: str
    imported: int


def approve_and_import(vault: Vault, request: bytes | None, device_id: str | None) -> Approval:
    """Approve a device, then import the bundles of it that waited in quarantine; the messages to show."""
    result = devices.approve(vault, request, device_id)
    imports = import_quarantined(vault, result.device.device_id)
    names = device_names(vault)
    lines = [result.text(names)] + [r.text(names) for r in imports]
    return Approval(lines, result.device.device_id, sum(1 for r in imports if r.outcome is ImportOutcome.IMPORTED))


def save_receipt(parent: QWidget, vault: Vault, device_id: str) -> tuple[str, bool]:
    """Ask where to save the receipt of `device_id` and write it there: (the message to show, whether it is an
    error); ("", False) when the user cancelled."""
    # The name says nothing about the device: the file itself is encrypted to it.
    path = prompts.save_file(parent, _("Save receipt"), "receipt.bin")
    if not path:
        return "", False
    try:
        write_new_file(path, create_receipt(vault, device_id), 0o644)
    except IntakeError as exc:
        return exc.message, True
    return _("Receipt written to {name}. Give it to the field worker of device {device}: their laptop then knows "
             "which records arrived.").format(name=Path(path).name, device=device_names(vault).name(device_id)), False


class ReceiptOffer(QWidget):
    """"Write a receipt for <device>…" buttons, offered right after bundles of those devices were imported (the
    field laptop learns from the receipt what arrived). Signal `written(text, error)` with the outcome."""

    written = Signal(str, bool)

    def __init__(self, vault: Vault, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.vault = vault
        self.buttons: dict[str, QPushButton] = {}
        self._row = QHBoxLayout(self)
        self._row.setContentsMargins(0, 0, 0, 0)
        self._row.addStretch(1)
        self.setVisible(False)

    def offer(self, device_ids: list[str]) -> None:
        """One button per device (in this order, each once); none hides the row."""
        self.clear()
        names = device_names(self.vault)
        for device_id in dict.fromkeys(device_ids):
            button = QPushButton(_("Write a receipt for {device}…").format(device=names.name(device_id)), self)
            button.setToolTip(_("Device id: {id}").format(id=device_id))
            button.clicked.connect(lambda _checked=False, d=device_id: self.write(d))
            self._row.insertWidget(self._row.count() - 1, button)
            self.buttons[device_id] = button
        self.setVisible(bool(self.buttons))

    def clear(self) -> None:
        for button in self.buttons.values():
            self._row.removeWidget(button)
            button.deleteLater()
        self.buttons = {}
        self.setVisible(False)

    def write(self, device_id: str) -> None:
        text, error = save_receipt(self, self.vault, device_id)
        if text:
            self.written.emit(text, error)


class DevicesPage(QWidget):
    """Signals: `changed` after a device changed, `busy_changed(bool)` while quarantined bundles import."""

    changed = Signal()
    busy_changed = Signal(bool)

    def __init__(self, vault: Vault, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.vault = vault
        self.task: workers.Task | None = None
        self.devices: list[DeviceInfo] = []
        self.names = DeviceNames()
        layout = QVBoxLayout(self)
        layout.addWidget(bold_title(_("Field devices"), self))
        layout.addWidget(note(_("A device's bundles are imported only once it is approved. Approve it from the "
                                "enrollment request file its field worker gives you, after comparing the key "
                                "fingerprint with them. Revoke a device that was lost or seized."), self))
        self.table = row_table(self, [_("Device"), _("Status"), _("Key fingerprint"), _("Enrolled"),
                                      _("Last bundle"), _("Last sequence"), _("Gaps"), _("Waiting"),
                                      _("Activity log")], _("Field devices"))
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.empty = empty_overlay(self.table, _("No field devices yet"),
                                   _("When a field worker gives you their laptop's enrollment request file, choose "
                                     "\"Approve from enrollment file…\" and compare the fingerprint words with them. "
                                     "A laptop whose bundle arrives first is listed here as waiting."))
        layout.addWidget(self.table, 1)
        row = QHBoxLayout()
        self.approve_file_button = QPushButton(_("Approve from enrollment file…"), self)
        self.approve_file_button.clicked.connect(self.choose_request)
        self.approve_button = QPushButton(_("Approve selected device"), self)
        self.approve_button.clicked.connect(self.ask_approve_selected)
        self.revoke_button = QPushButton(_("Revoke selected device…"), self)
        self.revoke_button.clicked.connect(self.ask_revoke)
        self.receipt_button = QPushButton(_("Write receipt for selected device…"), self)
        self.receipt_button.clicked.connect(self.write_receipt)
        # Two rows of two: in one row the four buttons need more than the window's default width in some
        # languages, and the page would scroll sideways.
        second_row = QHBoxLayout()
        for target, buttons in ((row, (self.approve_file_button, self.approve_button)),
                                (second_row, (self.revoke_button, self.receipt_button))):
            for button in buttons:
                target.addWidget(button)
            target.addStretch(1)
            layout.addLayout(target)
        layout.addLayout(self._quarantine_row())
        self.progress = ProgressRow(self)
        self.progress.cancel_button.hide()  # approval and its quarantine import are short and all-or-nothing
        layout.addWidget(self.progress)
        self.message = note("", self)
        layout.addWidget(self.message)
        self.receipt_offer = ReceiptOffer(vault, self)
        self.receipt_offer.written.connect(lambda text, error: self._show(text, error=error))
        layout.addWidget(self.receipt_offer)
        self.refresh()

    # -- interface used by the main window ---------------------------------------------------------------

    def has_unsaved_changes(self) -> bool:
        return False

    def discard_changes(self) -> None:
        if self.task is not None:
            self.task.cancel()

    def refresh(self) -> None:
        if not self.vault.is_open or self.task is not None:
            return
        selected = self.selected_id()
        self.devices = devices.list_devices(self.vault)
        self.names = device_names(self.vault)
        waiting: dict[str, int] = {}
        for bundle in list_quarantined(self.vault):
            if bundle.status == "waiting":
                waiting[bundle.device_id] = waiting.get(bundle.device_id, 0) + 1
        self.table.setRowCount(len(self.devices))
        for index, d in enumerate(self.devices):
            status = d.status.text() + (" (" + _("key conflict") + ")" if d.key_conflict else "")
            if d.status is DeviceStatus.REVOKED and d.revoked_since:
                status += " " + _("since {date}").format(date=d.revoked_since)
            groups = d.key_fingerprint.split()
            fingerprint = " ".join(groups[:3]) + "\n" + " ".join(groups[3:])  # two short lines keep the table narrow
            cells = (self.names.name(d.device_id), status, fingerprint,
                     local_time(d.enrolled_at) if d.enrolled_at else "-",
                     local_time(d.last_bundle_at) if d.last_bundle_at else _("none yet"),
                     "-" if d.last_sequence is None else str(d.last_sequence), str(d.gaps),
                     str(waiting.get(d.device_id, 0)), _("cut or rewritten") if d.audit_broken else _("intact"))
            for column, text in enumerate(cells):
                item = device_item(d.device_id, self.names) if column == 0 else QTableWidgetItem(text)
                item.setData(ID_ROLE, d.device_id)
                if column == 1:
                    colour = {DeviceStatus.PENDING: style.WARNING, DeviceStatus.APPROVED: style.OK,
                              DeviceStatus.REVOKED: style.ERROR}[d.status]
                    item.setForeground(QBrush(QColor(colour)))
                if column == 8 and d.audit_broken:
                    item.setForeground(QBrush(QColor(style.ERROR)))
                    item.setToolTip(_("A bundle of this device announced an activity log shorter than, or different "
                                      "from, the one announced before: the laptop's history was cut or rewritten."))
                if column == 6 and d.gaps:
                    item.setForeground(QBrush(QColor(style.WARNING)))
                    item.setToolTip(_("Bundles of this device that never arrived (a lost stick?)."))
                self.table.setItem(index, column, item)
        self.table.resizeRowsToContents()
        self._refresh_quarantine()
        if selected is not None:
            self.select(selected)
        self._update_buttons()

    def select(self, device_id: str) -> None:
        for row, d in enumerate(self.devices):
            if d.device_id == device_id:
                self.table.selectRow(row)

    def selected_id(self) -> str | None:
        rows = self.table.selectionModel().selectedRows() if self.table.selectionModel() else []
        if not rows:
            return None
        item = self.table.item(rows[0].row(), 0)
        return str(item.data(ID_ROLE)) if item is not None else None

    def selected(self) -> DeviceInfo | None:
        device_id = self.selected_id()
        return next((d for d in self.devices if d.device_id == device_id), None)

    def _update_buttons(self) -> None:
        device = self.selected()
        idle = self.task is None
        self.approve_file_button.setEnabled(idle)
        self.approve_button.setEnabled(idle and device is not None and device.status is DeviceStatus.PENDING)
        self.revoke_button.setEnabled(idle and device is not None and device.status is not DeviceStatus.REVOKED)
        self.receipt_button.setEnabled(idle and device is not None and device.last_sequence is not None)

    # -- approve -----------------------------------------------------------------------------------------

    def choose_request(self) -> None:
        path = prompts.open_file(self, _("Choose the enrollment request file"))
        if path:
            self.approve_request_file(path)

    def approve_request_file(self, path: str) -> None:
        try:
            data = read_bounded(path, devices.MAX_REQUEST_SIZE)
            request = devices.read_request(data)
        except IntakeError as exc:
            self._show(exc.message, error=True)
            return
        name = request.label or self.names.name(request.device_id)
        prompts.compare_words(
            self, _("Approve device"),
            _("Compare these fingerprint words with the ones the field worker reads from their laptop, by phone or "
              "in person:\n\n{words}\n\n({fp})\n\nApprove device {device} only if every word is the same.").format(
                device=name, words=devices.key_fingerprint_words(request.signing_key),
                fp=devices.key_fingerprint(request.signing_key)),
            _("The words match: approve"), lambda: self._run(lambda v: approve_and_import(v, data, None)))

    def ask_approve_selected(self) -> None:
        device = self.selected()
        if device is None:
            return
        device_id = device.device_id
        prompts.compare_words(
            self, _("Approve device"),
            _("The bundle of device {device} presented a key with these fingerprint words:\n\n{words}\n\n({fp})\n\n"
              "Approve it only after its field worker read you the same words from their laptop, by phone or in "
              "person, never from a message that came with the bundle.").format(
                device=self.names.name(device_id), words=device.fingerprint_words, fp=device.key_fingerprint),
            _("The words match: approve"), lambda: self._run(lambda v: approve_and_import(v, None, device_id)))

    def _run(self, fn: Callable[[Vault], Approval]) -> workers.Task:
        vault = self.vault

        def work(_progress: workers.ProgressFn, _cancel: threading.Event) -> Approval:
            return fn(vault)

        self.receipt_offer.clear()
        self.progress.start()
        self.progress.bar.setRange(0, 0)  # busy: the quarantine import reports no steps
        task = workers.start_task(work, "approve device")
        task.finished.connect(self._approved)
        task.failed.connect(self._failed)
        task.done.connect(self._done)
        self.task = task
        self._update_buttons()
        self.busy_changed.emit(True)
        return task

    def _approved(self, approval: Approval) -> None:
        self._show("\n".join(approval.lines), error=False)
        self.receipt_offer.offer([approval.device_id] if approval.imported else [])
        self.changed.emit()

    def _failed(self, message: str) -> None:
        self._show(message, error=True)

    def _done(self) -> None:
        self.task = None
        self.progress.bar.setRange(0, 1000)
        self.progress.stop()
        self.busy_changed.emit(False)
        self.refresh()

    # -- revoke and receipt ------------------------------------------------------------------------------

    def ask_revoke(self) -> None:
        device = self.selected()
        if device is None:
            return
        device_id = device.device_id
        prompts.confirm(self, _("Revoke device"),
                        _("Revoke device {device}? No bundle of it will be imported again, and it cannot be approved "
                          "again (the field laptop would need a new vault). Do this when a laptop is lost or "
                          "seized.").format(device=self.names.name(device_id)),
                        _("Revoke"), lambda: self.revoke(device_id))

    def revoke(self, device_id: str) -> None:
        try:
            result = devices.revoke(self.vault, device_id)
        except IntakeError as exc:
            self._show(exc.message, error=True)
            return
        self._show(result.text(self.names), error=False)
        self.refresh()
        self.changed.emit()

    def write_receipt(self) -> None:
        device = self.selected()
        if device is not None:
            self.write_receipt_for(device.device_id)

    def write_receipt_for(self, device_id: str) -> None:
        text, error = save_receipt(self, self.vault, device_id)
        if text:
            self._show(text, error=error)

    # -- quarantine limits -------------------------------------------------------------------------------

    def _quarantine_row(self) -> QVBoxLayout:
        # The use line above its limits, wrapped: side by side they were wider than the window.
        block = QVBoxLayout()
        self.quarantine_label = QLabel(self)
        self.quarantine_label.setWordWrap(True)
        block.addWidget(self.quarantine_label)
        row = QHBoxLayout()
        block.addLayout(row)
        self.max_devices, self.max_bundles, self.max_mib = (QSpinBox(self), QSpinBox(self), QSpinBox(self))
        self._units = ((self.max_devices, lambda n: P_("device", "devices", n)),
                       (self.max_bundles, lambda n: P_("bundle", "bundles", n)))
        for box, top in ((self.max_devices, 1000), (self.max_bundles, 10_000), (self.max_mib, 4 * 1024 * 64)):
            box.setRange(0, top)
        self.max_mib.setSuffix(" " + _("MiB"))
        for box, what in ((self.max_devices, _("devices")), (self.max_bundles, _("bundles")), (self.max_mib, _("MiB"))):
            box.setAccessibleName(_("Quarantine limit: {what}").format(what=what))
            row.addWidget(box)
        for box, unit in self._units:  # "1 bundle", "20 bundles": the suffix follows the value
            box.valueChanged.connect(lambda n, box=box, unit=unit: box.setSuffix(" " + unit(n)))
            box.setSuffix(" " + unit(box.value()))
        self.limits_button = QPushButton(_("Save limits"), self)
        self.limits_button.clicked.connect(self.save_limits)
        row.addWidget(self.limits_button)
        row.addStretch(1)
        return block

    def _refresh_quarantine(self) -> None:
        limits, use = quarantine_limits(self.vault), quarantine_use(self.vault)
        self.quarantine_label.setText(_("Quarantine for unapproved devices: {devices}, {bundles}, {mib} MiB waiting. "
                                        "At most:").format(
            devices=P_("{n} device", "{n} devices", use.devices).format(n=use.devices),
            bundles=P_("{n} bundle", "{n} bundles", use.bundles).format(n=use.bundles), mib=-(-use.bytes // MIB)))
        self.max_devices.setValue(limits.devices)
        self.max_bundles.setValue(limits.bundles)
        self.max_mib.setValue(limits.bytes // MIB)

    def save_limits(self) -> None:
        try:
            set_quarantine_limits(self.vault, QuarantineLimits(self.max_devices.value(), self.max_bundles.value(),
                                                               self.max_mib.value() * MIB))
        except IntakeError as exc:
            self._show(exc.message, error=True)
            return
        self._show(_("Quarantine limits saved."), error=False)
        self._refresh_quarantine()

    def _show(self, text: str, *, error: bool) -> None:
        self.message.setText(self.names.relabel(text))  # core refusals name devices by id
        self.message.setStyleSheet(style.colour_style(style.ERROR if error else style.OK, bold=error))

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt override
        super().showEvent(event)
        if not event.spontaneous():
            self.refresh()
