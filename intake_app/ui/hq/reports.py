"""HQ Reports: statistics, the UPR submission draft and case files, previewed here and written to a file.

Everything is computed by `intake_app.reports` off the GUI thread; the page only gathers the choices, shows
the preview (the same table and chart the files get) and asks before a file leaves the vault unencrypted.
"""

from __future__ import annotations

import threading
from pathlib import Path
from typing import Any

from PySide6.QtCore import QDate, QEvent, QObject, QRect, Qt, QTimer, Signal
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSizePolicy,
    QSpinBox,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QTreeWidget,
    QTreeWidgetItem,
    QWidget,
)

from intake_app.domain.taxonomy import THEMES, load_taxonomy
from intake_app.fileutil import write_new_file
from intake_app.i18n import N_, _, current_language
from intake_app.reports import chart_worker
from intake_app.reports.dataset import Period
from intake_app.reports.stats import AID_DIMENSIONS, TESTIMONY_DIMENSIONS, StatsQuery, StatsReport
from intake_app.ui import style, workers
from intake_app.ui.sync import prompts
from intake_app.ui.sync.common import ProgressRow, bold_title, note, vbox
from intake_app.vault.vault import Vault

TEMPLATES = (("stats", N_("Statistics table")), ("upr", N_("UPR submission draft (.docx)")),
             ("casefile", N_("Case file for a UN mechanism (.pdf)")))
STATS_FORMATS = (("csv", "CSV (*.csv)"), ("xlsx", "Excel (*.xlsx)"), ("json", "JSON (*.json)"))
_NONE = ""
VALUE_COLUMN_MAX = 140   # px: a long column name wraps rather than widen its column of numbers
LABEL_COLUMN_MAX = 320   # px, for a crossed table whose many columns need the room
STRETCH_COLUMNS = 4      # up to this many columns the names' column takes whatever width is left


class ReportsPage(QWidget):
    changed = Signal()  # reports change no record; here for the window's Page interface
    busy_changed = Signal(bool)  # a report reads the vault off the GUI thread: stay on this page meanwhile

    def __init__(self, vault: Vault, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.vault = vault
        self.task: workers.Task | None = None
        self.report: StatsReport | None = None
        self.last_written: Path | None = None
        layout = vbox(self)
        layout.addWidget(bold_title(_("Reports"), self))
        layout.addWidget(note(_("Numbers count each person once and hide small groups. Files you export are "
                                "not encrypted: keep them safe."), self))
        form = QFormLayout()
        self.template = QComboBox(self)
        for key, label in TEMPLATES:
            self.template.addItem(_(label), key)
        self.template.currentIndexChanged.connect(self._template_changed)
        form.addRow(_("Template"), self.template)
        period = QHBoxLayout()
        self.date_from, self.date_to = QDateEdit(self), QDateEdit(self)
        for edit, value in ((self.date_from, QDate(1990, 1, 1)), (self.date_to, QDate.currentDate())):
            edit.setDisplayFormat("yyyy-MM-dd")
            edit.setCalendarPopup(True)
            edit.setDate(value)
            period.addWidget(edit)
        form.addRow(_("Period"), period)
        self.rows_by, self.cols_by = QComboBox(self), QComboBox(self)
        self.cols_by.addItem(_("(nothing)"), _NONE)
        seen = set()
        for registry in (TESTIMONY_DIMENSIONS, AID_DIMENSIONS):
            for key, (title, _list) in registry.items():
                if key in seen:
                    continue
                seen.add(key)
                self.rows_by.addItem(_(title), key)
                self.cols_by.addItem(_(title), key)
        by = QHBoxLayout()
        by.addWidget(self.rows_by)
        by.addWidget(QLabel(_("and by"), self))
        by.addWidget(self.cols_by)
        form.addRow(_("Count by"), by)
        self.theme_filter = QComboBox(self)
        self.theme_filter.addItem(_("All themes"), _NONE)
        taxonomy = load_taxonomy()
        for theme in taxonomy.themes:
            self.theme_filter.addItem(taxonomy.label(THEMES, theme.key, current_language()), theme.key)
        form.addRow(_("Theme"), self.theme_filter)
        self.min_cell = QSpinBox(self)
        self.min_cell.setRange(3, 100)
        self.min_cell.setValue(5)
        form.addRow(_("Smallest group shown"), self.min_cell)
        layout.addLayout(form)
        buttons = QHBoxLayout()
        self.preview_button = QPushButton(_("Preview"), self)
        self.preview_button.clicked.connect(self.preview)
        self.export_button = QPushButton(_("Export…"), self)
        self.export_button.clicked.connect(self.choose_file)
        buttons.addWidget(self.preview_button)
        buttons.addWidget(self.export_button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        self.progress = ProgressRow(self)
        self.progress.cancel_clicked.connect(self.cancel)
        layout.addWidget(self.progress)
        self.outcome = note("", self)
        layout.addWidget(self.outcome)
        split = QSplitter(Qt.Orientation.Horizontal, self)
        self.table = QTableWidget(self)
        self.table.setWordWrap(True)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        # Header text wraps (the flag reaches the painter through the alignment) instead of being cut short.
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
                                   | Qt.AlignmentFlag(int(Qt.TextFlag.TextWordWrap)))
        header.setTextElideMode(Qt.TextElideMode.ElideNone)
        # After the columns change width (a list appears beside the table), the names wrap again: once the
        # header has laid out its stretched column, hence on a zero timer.
        self._refit = QTimer(self)
        self._refit.setSingleShot(True)
        self._refit.setInterval(0)
        self._refit.timeout.connect(self._fit_rows)
        header.sectionResized.connect(lambda *_args: self._refit.start())
        self.table.viewport().installEventFilter(self)
        self.chart_png: bytes | None = None
        self.chart = QLabel(self)
        self.chart.installEventFilter(self)  # the chart is scaled to the room it has
        self.chart.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignHCenter)
        self.chart.setMinimumWidth(240)
        # Its picture's size is no claim on the room: the splitter decides, the picture is scaled to fit.
        self.chart.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.testimonies = QTreeWidget(self)
        self.testimonies.setHeaderLabels([_("Testimony"), _("Interview date"), _("Show identity"), _("Opening")])
        self.testimonies.itemChanged.connect(self._identity_ticked)
        split.addWidget(self.table)
        split.addWidget(self.chart)
        split.addWidget(self.testimonies)
        for index, stretch in enumerate((3, 2, 3)):  # the table takes the most room; the chart keeps its own
            split.setStretchFactor(index, stretch)
        layout.addWidget(split, 1)
        self._template_changed()

    # -- choices ---------------------------------------------------------------------------------------------

    def template_key(self) -> str:
        return str(self.template.currentData())

    def period(self) -> Period:
        return Period.parse(self.date_from.date().toString("yyyy-MM-dd"), self.date_to.date().toString("yyyy-MM-dd"))

    def query(self) -> StatsQuery:
        from intake_app.reports.stats import parse_dimensions

        dims = [str(self.rows_by.currentData())]
        if self.cols_by.currentData():
            dims.append(str(self.cols_by.currentData()))
        filters = {}
        if self.theme_filter.currentData():
            filters["theme"] = frozenset({str(self.theme_filter.currentData())})
        return StatsQuery(self.period(), parse_dimensions(",".join(dims)), self.min_cell.value(), filters)

    def chosen_testimonies(self) -> tuple[list[str], set[str]]:
        chosen, identify = [], set()
        for i in range(self.testimonies.topLevelItemCount()):
            item = self.testimonies.topLevelItem(i)
            tid = str(item.data(0, Qt.ItemDataRole.UserRole))
            if item.checkState(0) == Qt.CheckState.Checked:
                chosen.append(tid)
                if item.checkState(2) == Qt.CheckState.Checked:
                    identify.add(tid)
        return chosen, identify

    def _template_changed(self) -> None:
        stats = self.template_key() == "stats"
        for widget in (self.rows_by, self.cols_by, self.theme_filter):
            widget.setEnabled(stats)
        self.testimonies.setVisible(not stats)
        self.testimonies.setColumnHidden(2, self.template_key() != "casefile")
        if not stats:
            self.load_testimonies()

    def load_testimonies(self) -> None:
        """The testimonies the coordinator may choose from: only those whose consent allows it."""
        from intake_app.reports.upr import excerpt_candidates

        self.testimonies.blockSignals(True)
        self.testimonies.clear()
        try:
            candidates = excerpt_candidates(self.vault, self.period())
        except Exception as exc:  # a bad period shows as a message, not a crash
            self.show_error(workers.error_message(exc))
            candidates = []
        un_only = self.template_key() == "casefile"
        for tid, when, _theme, opening in candidates:
            if un_only and not self._has_un_consent(tid):
                continue
            item = QTreeWidgetItem([tid[:8], when, "", opening[:120]])
            item.setData(0, Qt.ItemDataRole.UserRole, tid)
            item.setCheckState(0, Qt.CheckState.Unchecked)
            if un_only:
                item.setCheckState(2, Qt.CheckState.Unchecked)
            self.testimonies.addTopLevelItem(item)
        self.testimonies.blockSignals(False)

    def _has_un_consent(self, tid: str) -> bool:
        with self.vault.reading() as conn:
            return conn.execute("SELECT 1 FROM record_facets f JOIN records r ON r.rid = f.rid WHERE r.id = ?"
                                " AND f.facet = 'consent' AND f.value = 'un_mechanisms'", (tid,)).fetchone() is not None

    def _identity_ticked(self, item: QTreeWidgetItem, column: int) -> None:
        if column != 2 or item.checkState(2) != Qt.CheckState.Checked or item.data(2, Qt.ItemDataRole.UserRole):
            return
        self.testimonies.blockSignals(True)
        item.setCheckState(2, Qt.CheckState.Unchecked)
        self.testimonies.blockSignals(False)

        def confirmed() -> None:
            self.testimonies.blockSignals(True)
            item.setData(2, Qt.ItemDataRole.UserRole, True)
            item.setCheckState(2, Qt.CheckState.Checked)
            self.testimonies.blockSignals(False)

        prompts.confirm(self, _("Show identifying details?"),
                        _("The case file will show this witness's legal name, birth date, phone and address, "
                          "marked confidential. Do this only if the mechanism needs them and the person agreed."),
                        _("Show them"), confirmed)

    # -- preview ---------------------------------------------------------------------------------------------

    def preview(self) -> workers.Task | None:
        try:
            query = self.query()
        except Exception as exc:
            self.show_error(workers.error_message(exc))
            return None
        vault, lang = self.vault, current_language()
        chart_worker.warm_up()  # the chart helper starts while the vault is read

        def work(progress: workers.ProgressFn, cancel: threading.Event) -> tuple[StatsReport, bytes | None]:
            from intake_app.reports.charts import table_chart_png
            from intake_app.reports.stats import compute

            report = compute(vault, query, lang=lang, progress=progress, cancelled=cancel.is_set)
            chart = table_chart_png(report, report.tables[0]) if report.tables[0].row_keys else None
            return report, chart

        return self._run(work, self._previewed, _("Counting…"))

    def _previewed(self, result: tuple[StatsReport, bytes | None]) -> None:
        from intake_app.reports.tabular import table_rows

        report, chart = result
        self.report = report
        self._fill_table(table_rows(report, report.tables[0]), report.query.k)
        self.chart_png = chart
        self._show_chart()
        self.show_ok("\n".join(report.notes()[3:]))

    def _show_chart(self) -> None:
        if not self.chart_png:
            self.chart.clear()
            return
        pixmap = QPixmap()
        pixmap.loadFromData(self.chart_png, "PNG")
        width = max(160, self.chart.width() - 4)
        if pixmap.width() > width:
            pixmap = pixmap.scaledToWidth(width, Qt.TransformationMode.SmoothTransformation)
        self.chart.setPixmap(pixmap)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.Resize:
            if watched is self.chart:
                self._show_chart()
            elif watched is self.table.viewport():
                self._refit.start()
        return super().eventFilter(watched, event)

    def _fill_table(self, rows: list[list[Any]], k: int) -> None:
        """The published table. Long names (a UPR theme runs to 80 characters) wrap, in the cells and in the
        header, and each cell and header carries its full text as a tooltip."""
        table = self.table
        table.clear()
        table.setColumnCount(len(rows[0]))
        table.setRowCount(len(rows) - 1)
        for c, title in enumerate(rows[0]):
            item = QTableWidgetItem(str(title))
            item.setToolTip(str(title))
            table.setHorizontalHeaderItem(c, item)
        hidden_tips = {f"<{k}": _("Fewer than {k} people: hidden to protect them.").format(k=k),
                       "x": _("Hidden so that no small group can be worked out from the totals.")}
        for r, row in enumerate(rows[1:]):
            for c, value in enumerate(row):
                text = str(value)
                cell = QTableWidgetItem(text)
                cell.setFlags(cell.flags() & ~Qt.ItemFlag.ItemIsEditable)
                cell.setToolTip(text if c == 0 else hidden_tips.get(text, ""))
                if c:
                    cell.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                table.setItem(r, c, cell)
        header = table.horizontalHeader()
        table.resizeColumnsToContents()
        for c in range(1, table.columnCount()):
            table.setColumnWidth(c, min(table.columnWidth(c), VALUE_COLUMN_MAX))
        if table.columnCount() <= STRETCH_COLUMNS:
            header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)  # the names get the room left
        else:
            header.setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
            table.setColumnWidth(0, min(table.columnWidth(0), LABEL_COLUMN_MAX))
        self._fit_rows()

    def _fit_rows(self) -> None:
        """Rows and header as tall as their wrapped text at the columns' present widths."""
        table = self.table
        table.resizeRowsToContents()
        header = table.horizontalHeader()
        metrics = header.fontMetrics()
        tallest = metrics.height()
        for c in range(table.columnCount()):
            item = table.horizontalHeaderItem(c)
            if item is None:
                continue
            box = metrics.boundingRect(QRect(0, 0, max(20, header.sectionSize(c) - 12), 2000),
                                       int(Qt.TextFlag.TextWordWrap), item.text())
            tallest = max(tallest, box.height())
        header.setFixedHeight(tallest + 10)

    # -- export ----------------------------------------------------------------------------------------------

    def choose_file(self) -> None:
        key = self.template_key()
        if key == "stats":
            name_filter = ";;".join(f for _k, f in STATS_FORMATS)
            suggested = "statistics.xlsx"
        elif key == "upr":
            name_filter, suggested = "Word (*.docx)", "upr-draft.docx"
        else:
            name_filter, suggested = "PDF (*.pdf)", "case-file.pdf"
        path = prompts.save_file(self, _("Where should the report go?"), suggested, name_filter)
        if not path:
            return
        prompts.confirm(self, _("The file will not be encrypted"),
                        _("Anyone who gets {name} can read it. Keep it safe and delete it when it is no longer "
                          "needed.").format(name=Path(path).name),
                        _("Write the file"), lambda: self.export_to(Path(path)))

    def export_to(self, path: Path) -> workers.Task | None:
        key, vault, lang = self.template_key(), self.vault, current_language()
        try:
            if path.exists():
                raise FileExistsError
            query = self.query() if key == "stats" else None
            period = self.period()
        except FileExistsError:
            self.show_error(_("{name} already exists; choose a new name.").format(name=path.name))
            return None
        except Exception as exc:
            self.show_error(workers.error_message(exc))
            return None
        chosen, identify = self.chosen_testimonies()
        k = self.min_cell.value()

        def work(progress: workers.ProgressFn, cancel: threading.Event) -> Path:
            data = _build(key, vault, path, query, period, chosen, identify, lang, k, progress, cancel)
            write_new_file(path, data)
            return path

        return self._run(work, self._exported, _("Writing the report…"))

    def _exported(self, path: Path) -> None:
        self.last_written = path
        self.show_ok(_("Written to {path}.").format(path=path))

    # -- running ---------------------------------------------------------------------------------------------

    def _run(self, work: Any, on_done: Any, busy_text: str) -> workers.Task | None:
        if self.task is not None:
            return None
        self.outcome.setText(busy_text)
        self.outcome.setStyleSheet("")
        self.progress.start()
        self.preview_button.setEnabled(False)
        self.export_button.setEnabled(False)
        task = workers.start_task(work, "report")
        task.progress.connect(self.progress.set_progress)
        task.finished.connect(on_done)
        task.failed.connect(self.show_error)
        task.cancelled.connect(self._cancelled)
        task.done.connect(self._done)
        self.task = task
        self.busy_changed.emit(True)
        return task

    def cancel(self) -> None:
        if self.task is not None:
            self.progress.cancel_button.setEnabled(False)
            self.task.cancel()

    def _cancelled(self) -> None:
        self.outcome.setStyleSheet(style.colour_style(style.WARNING))
        self.outcome.setText(_("Cancelled; nothing was written."))

    def _done(self) -> None:
        self.task = None
        self.busy_changed.emit(False)
        self.progress.stop()
        self.preview_button.setEnabled(True)
        self.export_button.setEnabled(True)

    def show_error(self, message: str) -> None:
        self.outcome.setStyleSheet(style.colour_style(style.ERROR, bold=True))
        self.outcome.setText(message)

    def show_ok(self, message: str) -> None:
        self.outcome.setStyleSheet(style.colour_style(style.OK))
        self.outcome.setText(message)

    def has_unsaved_changes(self) -> bool:
        return False

    def discard_changes(self) -> None:
        if self.task is not None:
            self.task.cancel()


def _build(key: str, vault: Vault, path: Path, query: StatsQuery | None, period: Period, chosen: list[str],
           identify: set[str], lang: str, k: int, progress: workers.ProgressFn, cancel: threading.Event) -> bytes:
    """The bytes of the chosen report (worker thread; the core does the work and the checks)."""
    if key == "stats":
        from intake_app.reports.stats import compute
        from intake_app.reports.tabular import STATS_WRITERS

        assert query is not None  # noqa: S101 - set by export_to for this template
        fmt = path.suffix.lower().lstrip(".")
        writer = STATS_WRITERS.get(fmt, STATS_WRITERS["xlsx"])
        return writer(compute(vault, query, lang=lang, progress=progress, cancelled=cancel.is_set))
    if key == "upr":
        from intake_app.reports.upr import build_upr

        return build_upr(vault, period, excerpts=chosen, k=k, lang=lang, progress=progress,
                         cancelled=cancel.is_set).data
    from intake_app.reports.casefile import build_casefile

    return build_casefile(vault, chosen, identify=identify, lang=lang, progress=progress, cancelled=cancel.is_set)
