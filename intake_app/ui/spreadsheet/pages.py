"""The wizard's first two pages: the file (with its encoding when it is not certain) and the mapping."""

from __future__ import annotations

import codecs
import logging
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
    QWizardPage,
)

from intake_app.domain.taxonomy import load_taxonomy
from intake_app.fileutil import write_new_file
from intake_app.i18n import _, current_language
from intake_app.spreadsheet.convert import list_label
from intake_app.spreadsheet.fields import IMPORT_TYPES, TYPE_LABELS
from intake_app.spreadsheet.mapping import Mapping, list_keys
from intake_app.spreadsheet.reading import EncodingUnsure, read_spreadsheet
from intake_app.spreadsheet.suggest import ValueChoice, build_mapping, column_choices, fields_for, value_choices
from intake_app.ui import style
from intake_app.ui.sync import prompts
from intake_app.ui.workers import Task, error_message, run_call

if TYPE_CHECKING:
    from intake_app.ui.spreadsheet.wizard import ImportWizard

log = logging.getLogger(__name__)

ENCODINGS: tuple[tuple[str, str], ...] = (("utf-8", "UTF-8"), ("cp949", "CP949 / EUC-KR"),
                                          ("cp932", "Shift_JIS"), ("gb18030", "GB18030"))
_SAMPLE_CHARS = 60


def _note(parent: QWidget, colour: str | None = None) -> QLabel:
    label = QLabel(parent)
    label.setWordWrap(True)
    if colour:
        label.setStyleSheet(style.colour_style(colour))
    return label


class FilePage(QWizardPage):
    """Choose the file (and, when asked, its encoding); Next reads it off the GUI thread."""

    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__(wizard)
        self._wizard = wizard
        self._task: Task | None = None
        self._loaded_for: tuple[str, str] | None = None
        self.setTitle(_("Choose the spreadsheet"))
        self.setSubTitle(_("A .csv or .xlsx file. It is read into memory only; nothing is written until the "
                           "last step."))
        self.path_edit = QLineEdit(self)
        self.path_edit.setReadOnly(True)
        self.choose_button = QPushButton(_("Choose…"), self)
        self.choose_button.clicked.connect(self.choose_file)
        row = QHBoxLayout()
        row.addWidget(self.path_edit, 1)
        row.addWidget(self.choose_button)
        self.encoding = QComboBox(self)
        self.encoding.addItem(_("Find out by itself"), "")
        for code, name in ENCODINGS:
            self.encoding.addItem(name, code)
        self.record_type = QComboBox(self)
        self.record_type.addItem(_("From the sheet names or a type column"), None)
        for rtype in IMPORT_TYPES:
            self.record_type.addItem(_(TYPE_LABELS[rtype]), rtype)
        self.mapping_button = QPushButton(_("Use a saved mapping…"), self)
        self.mapping_button.clicked.connect(self.load_mapping)
        self.mapping_note = _note(self, style.MUTED)
        self.status = _note(self)
        form = QFormLayout()
        form.addRow(_("File:"), row)
        form.addRow(_("Text encoding (CSV):"), self.encoding)
        form.addRow(_("Kind of records:"), self.record_type)
        form.addRow(self.mapping_button, self.mapping_note)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.status)
        layout.addStretch(1)
        self.path_edit.textChanged.connect(self.completeChanged)

    def is_busy(self) -> bool:
        return self._task is not None

    def choose_file(self) -> None:
        path = prompts.open_file(self, _("Choose the spreadsheet"), _("Spreadsheets") + " (*.csv *.xlsx)")
        if path:
            self.set_path(path)

    def set_path(self, path: str) -> None:
        self.path_edit.setText(path)
        self.encoding.setCurrentIndex(0)
        self.status.clear()

    def load_mapping(self) -> None:
        path = prompts.open_file(self, _("Use a saved mapping"), _("Mappings") + " (*.json)")
        if not path:
            return
        try:
            self._wizard.base_mapping = Mapping.loads(Path(path).read_text(encoding="utf-8-sig"))
        except (OSError, UnicodeDecodeError, ValueError) as exc:
            self.mapping_note.setText(error_message(exc))
            return
        self.mapping_note.setText(_("Mapping loaded: {name}").format(name=Path(path).name))

    def isComplete(self) -> bool:  # noqa: N802 - Qt override
        return bool(self.path_edit.text()) and self._task is None

    def validatePage(self) -> bool:  # noqa: N802 - Qt override
        key = (self.path_edit.text(), str(self.encoding.currentData() or ""))
        if self._loaded_for == key and self._wizard.sheet is not None:
            self._apply_type()
            return True
        if self._task is None:
            self._read(*key)
        return False

    def _read(self, path: str, encoding: str) -> None:
        self.status.setText(_("Reading the file…"))
        self._task = run_call(lambda: read_spreadsheet(Path(path), encoding=encoding or None), "read spreadsheet")
        self._task.finished.connect(lambda sheet: self._read_done(path, encoding, sheet))
        self._task.error.connect(lambda exc: self._read_failed(path, exc))
        self.completeChanged.emit()

    def _read_done(self, path: str, encoding: str, sheet: object) -> None:
        self._task = None
        self._wizard.path = Path(path)
        self._wizard.sheet = sheet  # type: ignore[assignment]
        self._loaded_for = (path, encoding)
        self.status.clear()
        self.completeChanged.emit()
        self._apply_type()
        self._wizard.next()

    def _read_failed(self, path: str, exc: object) -> None:
        self._task = None
        self.completeChanged.emit()
        if isinstance(exc, EncodingUnsure):
            self._ask_encoding(path, exc)
            return
        self.status.setStyleSheet(style.colour_style(style.ERROR))
        self.status.setText(error_message(exc) if isinstance(exc, BaseException) else "")

    def _ask_encoding(self, path: str, exc: EncodingUnsure) -> None:
        """Not certain: show the start of the file read each way, and let the user pick the one that reads."""
        try:
            with open(path, "rb") as fh:
                head = fh.read(4096)
        except OSError:
            head = b""
        self.encoding.clear()
        candidates = exc.candidates or [code for code, _name in ENCODINGS]
        for code in candidates:
            name = dict(ENCODINGS).get(code, code)
            text = codecs.decode(head, code, errors="replace").replace("\r", " ").replace("\n", " ")
            self.encoding.addItem(f"{name}: {text[:_SAMPLE_CHARS]}", code)
        self.status.setStyleSheet(style.colour_style(style.WARNING))
        self.status.setText(_("The text encoding of this file is not certain. Choose the line under "
                              "\u201cText encoding\u201d that reads correctly, then press Next."))

    def _apply_type(self) -> None:
        self._wizard.base_mapping.record_type = self.record_type.currentData() or self._wizard.base_mapping.record_type


class MappingPage(QWizardPage):
    """Each column's field and each list value's key, as suggested; the user confirms or changes them."""

    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__(wizard)
        self._wizard = wizard
        self.setTitle(_("Match the columns and values"))
        self.setSubTitle(_("Suggestions are filled in. Check each one marked \u201cplease check\u201d. "
                           "Columns marked \u201cidentifying\u201d name or locate a person."))
        self.columns = QTableWidget(0, 5, self)
        self.columns.setHorizontalHeaderLabels([_("Sheet"), _("Column"), _("Example"), _("Field"), _("Note")])
        self.columns.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.columns.verticalHeader().setVisible(False)
        self.values = QTableWidget(0, 4, self)
        self.values.setHorizontalHeaderLabels([_("List"), _("Text in the file"), _("Value"), _("Note")])
        self.values.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.values.verticalHeader().setVisible(False)
        self.refresh_values_button = QPushButton(_("Update the values"), self)
        self.refresh_values_button.clicked.connect(self.refresh_values)
        self.save_button = QPushButton(_("Save this mapping…"), self)
        self.save_button.clicked.connect(self.save_mapping)
        buttons = QHBoxLayout()
        buttons.addWidget(self.refresh_values_button)
        buttons.addStretch(1)
        buttons.addWidget(self.save_button)
        self.status = _note(self, style.MUTED)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(_("Columns"), self))
        layout.addWidget(self.columns, 3)
        layout.addWidget(QLabel(_("Values from lists"), self))
        layout.addWidget(self.values, 2)
        layout.addLayout(buttons)
        layout.addWidget(self.status)
        self._field_boxes: list[tuple[int, str, QComboBox]] = []
        self._value_boxes: list[QComboBox] = []
        self._value_choices: list[ValueChoice] = []

    def initializePage(self) -> None:  # noqa: N802 - Qt override
        sheet = self._wizard.sheet
        if sheet is None:
            return
        self._wizard.tables = column_choices(sheet, self._wizard.base_mapping)
        self.columns.setRowCount(0)
        self._field_boxes.clear()
        for t_index, choices in enumerate(self._wizard.tables):
            specs = fields_for(choices.record_type)
            for column in choices.columns:
                row = self.columns.rowCount()
                self.columns.insertRow(row)
                self.columns.setItem(row, 0, QTableWidgetItem(choices.table.name or "-"))
                self.columns.setItem(row, 1, QTableWidgetItem(column.header))
                by_key = {spec.key: spec for spec in specs}
                identifying = column.field in by_key and by_key[column.field or ""].identifying
                # Identifying details are shown only on request elsewhere; not as examples here either.
                shown = "\u25cf\u25cf\u25cf" if identifying and column.sample else column.sample
                self.columns.setItem(row, 2, QTableWidgetItem(shown))
                if column.is_type_column:
                    self.columns.setItem(row, 3, QTableWidgetItem(_("Record type")))
                    self.columns.setItem(row, 4, QTableWidgetItem(_("each row names its kind of record")))
                    continue
                box = QComboBox(self.columns)
                box.addItem(_("(ignore this column)"), None)
                for spec in specs:
                    label = _(spec.label) + (" \u26a0 " + _("identifying") if spec.identifying else "")
                    box.addItem(label, spec.key)
                found = box.findData(column.field) if column.field else 0
                box.setCurrentIndex(max(0, found))
                self.columns.setCellWidget(row, 3, box)
                self._field_boxes.append((t_index, column.header, box))
                note = (_("recognised") if column.exact and column.field else
                        _("suggested: please check") if column.field else
                        _("no match: choose a field or ignore it") if column.sample else _("empty"))
                self.columns.setItem(row, 4, QTableWidgetItem(note))
                box.currentIndexChanged.connect(lambda _i, r=row, b=box: self._column_changed(r, b))
                self._column_changed(row, box)
        self.refresh_values()

    def _column_changed(self, row: int, box: QComboBox) -> None:
        text = box.currentText()
        if "\u26a0" in text:
            self.columns.setItem(row, 4, QTableWidgetItem(_("identifying: names or locates a person")))

    def column_mapping(self) -> dict[tuple[int, str], str | None]:
        return {(t, header): box.currentData() for t, header, box in self._field_boxes}

    def refresh_values(self) -> None:
        provisional = build_mapping(self._wizard.base_mapping, self._wizard.tables, self.column_mapping(), [])
        for t_index, header, box in self._field_boxes:
            for column in self._wizard.tables[t_index].columns:
                if column.header == header:
                    column.field = box.currentData()
        self._value_choices = value_choices(self._wizard.tables, provisional)
        tax, lang = load_taxonomy(), current_language()
        self.values.setRowCount(0)
        self._value_boxes.clear()
        for choice in self._value_choices:
            row = self.values.rowCount()
            self.values.insertRow(row)
            self.values.setItem(row, 0, QTableWidgetItem(list_label(choice.list_name)))
            self.values.setItem(row, 1, QTableWidgetItem(choice.text))
            box = QComboBox(self.values)
            box.addItem(_("(not mapped)"), None)
            for key in sorted(list_keys(choice.list_name)):
                box.addItem(tax.label(choice.list_name, key, lang), key)
            box.setCurrentIndex(max(0, box.findData(choice.key)) if choice.key else 0)
            self.values.setCellWidget(row, 2, box)
            self._value_boxes.append(box)
            note = (_("recognised") if choice.exact else
                    _("suggested: please check") if choice.key else _("no match: choose a value"))
            item = QTableWidgetItem(note)
            if not choice.exact:
                item.setForeground(Qt.GlobalColor.darkYellow)
            self.values.setItem(row, 3, item)
        self.status.setText(_("{n} columns, {m} different values.").format(
            n=len(self._field_boxes), m=len(self._value_choices)))

    def confirmed_mapping(self) -> Mapping:
        for choice, box in zip(self._value_choices, self._value_boxes, strict=True):
            choice.key = box.currentData()
        return build_mapping(self._wizard.base_mapping, self._wizard.tables, self.column_mapping(),
                             self._value_choices)

    def validatePage(self) -> bool:  # noqa: N802 - Qt override
        self._wizard.mapping = self.confirmed_mapping()
        return True

    def save_mapping(self) -> None:
        path = prompts.save_file(self, _("Save this mapping"), "mapping.json", _("Mappings") + " (*.json)")
        if not path:
            return
        try:
            write_new_file(Path(path), self.confirmed_mapping().dumps().encode("utf-8"))
        except Exception as exc:
            self.status.setText(error_message(exc))
            return
        self.status.setText(_("The mapping was saved to {path}.").format(path=path))
