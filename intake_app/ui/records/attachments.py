"""Photos, scans and recordings of a record: add from files, view images from memory, remove.

Nothing here writes to disk: a file is read (and its metadata stripped) in a worker thread straight
into the vault, and an image is decoded from the vault's bytes into memory and scaled there. There are
no thumbnails, caches or temporary files. A picture is shown only when the user asks (it may show a
face or a document), and is dropped when the record is left.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QImage, QPixmap, QResizeEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QProgressBar,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from intake_app.domain.models import Attachment
from intake_app.errors import IntakeError
from intake_app.i18n import P_, _
from intake_app.sync.profile import originals_wanted
from intake_app.ui import style, workers
from intake_app.ui.records import dialogs
from intake_app.vault.attachment_import import AttachmentImportReport, import_files
from intake_app.vault.attachments import AttachmentStore
from intake_app.vault.vault import Vault

log = logging.getLogger(__name__)

ID_ROLE = Qt.ItemDataRole.UserRole + 1
# Large enough for a sharp view on a laptop screen; the decoded full-size picture is not kept.
PREVIEW_MAX = 1600
_SHOWABLE = ("image/jpeg", "image/png", "image/gif", "image/bmp", "image/webp")


def decode_preview(data: bytes, max_side: int = PREVIEW_MAX) -> QImage:
    """An image decoded from memory and scaled down in memory (QImage works off the GUI thread)."""
    image = QImage.fromData(data)
    if image.isNull():
        return image
    if max(image.width(), image.height()) > max_side:
        image = image.scaled(QSize(max_side, max_side), Qt.AspectRatioMode.KeepAspectRatio,
                             Qt.TransformationMode.SmoothTransformation)
    return image


def human_size(size: int) -> str:
    if size < 1024:
        return _("{n} bytes").format(n=size)
    if size < 1024 * 1024:
        return _("{n} KB").format(n=round(size / 1024))
    return _("{n} MB").format(n=f"{size / (1024 * 1024):.1f}")


class AttachmentsPanel(QWidget):
    """The attachments of one record."""

    count_changed = Signal(int)

    def __init__(self, vault: Vault, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = AttachmentStore(vault)
        self.owner_id: str | None = None
        self._task: workers.Task | None = None
        self._view_task: workers.Task | None = None
        self._image: QImage | None = None

        layout = QVBoxLayout(self)
        self.hint = QLabel(_("Save the record first, then add its photos, scans and recordings here."), self)
        self.hint.setWordWrap(True)
        self.hint.setStyleSheet(style.colour_style(style.MUTED))
        layout.addWidget(self.hint)
        self.list = QListWidget(self)
        self.list.setAccessibleName(_("Attachments"))
        self.list.setMaximumHeight(160)
        self.list.currentItemChanged.connect(self._selection_changed)
        self.list.itemActivated.connect(lambda _item: self.view_selected())
        layout.addWidget(self.list)

        options = QHBoxLayout()
        self.keep_metadata = QCheckBox(_("Keep metadata (place, time, camera)"), self)
        self.keep_metadata.setToolTip(_("Photos usually record where and when they were taken. "
                                        "Leave this off unless that information is needed."))
        options.addWidget(self.keep_metadata)
        self.identifying = QCheckBox(_("Identifies a person (face, document)"), self)
        self.identifying.setChecked(True)
        options.addWidget(self.identifying)
        options.addStretch(1)
        layout.addLayout(options)

        buttons = QHBoxLayout()
        self.add_button = QPushButton(_("Add files…"), self)
        self.add_button.clicked.connect(self.add_files)
        buttons.addWidget(self.add_button)
        self.view_button = QPushButton(_("View"), self)
        self.view_button.clicked.connect(self.view_selected)
        buttons.addWidget(self.view_button)
        self.hide_button = QPushButton(_("Hide picture"), self)
        self.hide_button.clicked.connect(self.clear_preview)
        buttons.addWidget(self.hide_button)
        self.remove_button = QPushButton(_("Remove…"), self)
        self.remove_button.clicked.connect(self.remove_selected)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        layout.addLayout(buttons)

        progress_row = QHBoxLayout()
        self.progress = QProgressBar(self)
        progress_row.addWidget(self.progress, 1)
        self.cancel_button = QPushButton(_("Cancel"), self)
        self.cancel_button.clicked.connect(self._cancel_import)
        progress_row.addWidget(self.cancel_button)
        layout.addLayout(progress_row)
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        layout.addWidget(self.message)

        self.preview = QLabel(self)
        self.preview.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.preview.setMinimumSize(120, 120)
        self.preview.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Ignored)
        self.preview.setAccessibleName(_("Picture"))
        layout.addWidget(self.preview, 1)
        self._set_busy(False)
        self.set_owner(None)

    # -- owner ----------------------------------------------------------------------------------------------

    def set_owner(self, owner_id: str | None) -> None:
        self.owner_id = owner_id
        self.clear_preview()
        self.message.clear()
        self.hint.setVisible(owner_id is None)
        self.refresh()

    def refresh(self) -> None:
        self.list.clear()
        items = self.store.for_owner(self.owner_id) if self.owner_id else []
        for att in items:
            text = _("{name} — {size}").format(name=att.filename, size=human_size(att.size))
            if att.kind == "original":
                text += " — " + _("unaltered original")
            if att.identifying:
                text += " — " + _("identifying")
            item = QListWidgetItem(text)
            item.setData(ID_ROLE, att.id)
            item.setData(ID_ROLE + 1, att.sha256)
            item.setData(ID_ROLE + 2, att.media_type)
            self.list.addItem(item)
        self._update_buttons()
        self.count_changed.emit(len(items))

    def attachments(self) -> list[Attachment]:
        return self.store.for_owner(self.owner_id) if self.owner_id else []

    # -- add ------------------------------------------------------------------------------------------------

    def add_files(self) -> None:
        if self.owner_id is None or self._task is not None:
            return
        paths = dialogs.choose_files(self)
        if paths:
            self.start_import(paths)

    def start_import(self, paths: list[str]) -> None:
        owner, store = self.owner_id, self.store
        if owner is None:
            return
        keep, ident = self.keep_metadata.isChecked(), self.identifying.isChecked()
        self.message.clear()
        self._set_busy(True)

        def work(progress: Callable[[int, int], None], cancel: threading.Event) -> AttachmentImportReport:
            return import_files(store, owner, paths, keep_metadata=keep, identifying=ident,
                                keep_original=originals_wanted(store.vault), progress=progress,
                                cancelled=cancel.is_set)

        self._task = workers.start_task(work, name="attachment import")
        self._task.progress.connect(self._progress)
        self._task.finished.connect(self._imported)
        self._task.failed.connect(self._import_failed)
        self._task.cancelled.connect(self._import_cancelled)

    def is_busy(self) -> bool:
        return self._task is not None or self._view_task is not None

    def _progress(self, done: int, total: int) -> None:
        self.progress.setRange(0, 1000)
        self.progress.setValue(int(1000 * done / total) if total else 0)

    def _imported(self, report: AttachmentImportReport) -> None:
        self._task = None
        self._set_busy(False)
        lines = [P_("{n} file attached.", "{n} files attached.", report.added).format(n=report.added)] \
            if report.added else []
        lines += [result.message for result in report.results]
        self.message.setStyleSheet(style.colour_style(style.WARNING if report.warnings else style.MUTED))
        self.message.setText("\n".join(lines))
        self.refresh()

    def _import_failed(self, message: str) -> None:
        self._task = None
        self._set_busy(False)
        self.message.setStyleSheet(style.colour_style(style.ERROR))
        self.message.setText(message)
        self.refresh()

    def _import_cancelled(self) -> None:
        self._task = None
        self._set_busy(False)
        self.message.setText(_("Cancelled."))
        self.refresh()

    def _cancel_import(self) -> None:
        if self._task is not None:
            self._task.cancel()

    # -- view -----------------------------------------------------------------------------------------------

    def view_selected(self) -> None:
        item = self.list.currentItem()
        if item is None or self._view_task is not None:
            return
        media = str(item.data(ID_ROLE + 2))
        if media not in _SHOWABLE:
            self.clear_preview()
            self.preview.setText(_("This kind of file cannot be shown here."))
            return
        sha, store = str(item.data(ID_ROLE + 1)), self.store
        self._view_task = workers.start_task(lambda _p, _c: decode_preview(store.read_bytes(sha)),
                                             name="attachment view")
        self._view_task.finished.connect(self._show_image)
        self._view_task.failed.connect(self._view_failed)

    def _show_image(self, image: QImage) -> None:
        self._view_task = None
        if image.isNull():
            self.preview.setText(_("The picture cannot be shown: the file is damaged or of an unknown kind."))
            return
        self._image = image
        self._scale_preview()
        self._update_buttons()

    def _view_failed(self, message: str) -> None:
        self._view_task = None
        self.preview.setText(message)

    def clear_preview(self) -> None:
        self._image = None
        self.preview.clear()
        self._update_buttons()

    def _scale_preview(self) -> None:
        if self._image is None:
            return
        size = self.preview.size()
        pixmap = QPixmap.fromImage(self._image)
        if pixmap.width() > size.width() or pixmap.height() > size.height():
            pixmap = pixmap.scaled(size, Qt.AspectRatioMode.KeepAspectRatio,
                                   Qt.TransformationMode.SmoothTransformation)
        self.preview.setPixmap(pixmap)

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt override
        super().resizeEvent(event)
        self._scale_preview()

    # -- remove ---------------------------------------------------------------------------------------------

    def remove_selected(self) -> None:
        item = self.list.currentItem()
        if item is None:
            return
        if not dialogs.confirm(self, _("Remove attachment"),
                               _("Remove this attachment? Its content is deleted from this computer."),
                               _("Remove")):
            return
        try:
            self.store.remove(str(item.data(ID_ROLE)))
        except IntakeError as exc:
            self.message.setText(exc.message)
        self.clear_preview()
        self.refresh()

    # -- state ----------------------------------------------------------------------------------------------

    def _selection_changed(self) -> None:
        # A picture stays only while its row is the chosen one.
        self.clear_preview()

    def _set_busy(self, busy: bool) -> None:
        self.progress.setVisible(busy)
        self.cancel_button.setVisible(busy)
        if busy:
            self.progress.setRange(0, 0)
        self._update_buttons()

    def _update_buttons(self) -> None:
        has_owner = self.owner_id is not None
        selected = self.list.currentItem() is not None
        busy = getattr(self, "_task", None) is not None
        self.add_button.setEnabled(has_owner and not busy)
        self.view_button.setEnabled(selected)
        self.remove_button.setEnabled(selected and not busy)
        self.hide_button.setEnabled(self._image is not None)
        self.keep_metadata.setEnabled(has_owner)
        self.identifying.setEnabled(has_owner)
