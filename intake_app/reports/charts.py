"""Charts drawn in the core with matplotlib's Agg backend into PNG bytes (no Qt, no window, no file).

matplotlib keeps a font list in its cache folder. So that nothing of ours is left on disk, the first use
points MPLCONFIGDIR at a private temporary folder (mode 0700), lets matplotlib build its font list there,
and deletes the folder at once; the list then lives in memory for the rest of the process. Where
MPLCONFIGDIR is already set (a packaged build), that choice is respected. The folder only ever holds
matplotlib's list of system fonts, never record content.
"""

from __future__ import annotations

import io
import os
import shutil
import tempfile
import threading
import unicodedata
from typing import Any

from intake_app.i18n import _
from intake_app.reports.stats import StatsReport, StatsTable

LABEL_CHARS = 34
_lock = threading.Lock()
_ready = False
# Latin first, then a CJK face: matplotlib falls back glyph by glyph (Noto CJK from fonts-noto-cjk).
FONT_FAMILY = ["DejaVu Sans", "Noto Sans CJK JP", "Noto Sans CJK KR", "Noto Sans CJK SC"]


def _matplotlib() -> Any:
    global _ready
    with _lock:
        if not _ready:
            private = None
            if "MPLCONFIGDIR" not in os.environ:
                private = tempfile.mkdtemp(prefix="fi-mpl-")
                os.environ["MPLCONFIGDIR"] = private
            try:
                import matplotlib

                matplotlib.use("Agg", force=True)
                from matplotlib import font_manager

                font_manager.fontManager.get_default_size()  # builds the font list now, in the folder
                matplotlib.rcParams["font.family"] = FONT_FAMILY
                matplotlib.rcParams["svg.fonttype"] = "none"
                matplotlib.rcParams["path.simplify"] = True
            finally:
                if private is not None:
                    shutil.rmtree(private, ignore_errors=True)
            _ready = True
        import matplotlib

        return matplotlib


def bar_chart_png(labels: list[str], values: list[float | None], title: str, hidden_text: str,
                  *, width: float = 6.4, height: float = 3.6) -> bytes:
    """Horizontal bars; a hidden value (None) gets no bar, only the text saying it is hidden."""
    _matplotlib()
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.figure import Figure

    figure = Figure(figsize=(width, height), dpi=96)
    FigureCanvasAgg(figure)
    axes = figure.add_subplot(1, 1, 1)
    positions = list(range(len(labels)))
    shown = [v if v is not None else 0 for v in values]
    axes.barh(positions, shown, color="#3b6ea5")
    top = max([v for v in shown if v] or [1])
    for y, value in zip(positions, values, strict=True):
        text = hidden_text if value is None else f"{value:g}"
        axes.text((value or 0) + top * 0.01, y, text, va="center", fontsize=8)
    # Long names (a UPR theme can run to 80 characters) are cut so the bars keep most of the width.
    labels = [_cut(label, LABEL_CHARS) for label in labels]
    axes.set_yticks(positions, labels, fontsize=8)
    axes.invert_yaxis()
    axes.set_xlim(0, top * 1.15)
    axes.set_title(title, fontsize=10)
    axes.spines[["top", "right"]].set_visible(False)
    # A fixed left margin sized to the longest label: tight_layout would lay the figure out twice.
    longest = max((display_width(label) for label in labels), default=4)
    figure.subplots_adjust(left=min(0.55, 0.04 + 0.0115 * longest * 6.4 / width), right=0.97, top=0.86, bottom=0.1)
    out = io.BytesIO()
    figure.savefig(out, format="png")
    return out.getvalue()


def display_width(text: str) -> int:
    """Width in Latin letters: a Korean, Japanese or Chinese character takes about two."""
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


def _cut(label: str, width: int) -> str:
    if display_width(label) <= width:
        return label
    out, used = [], 0
    for ch in label:
        used += display_width(ch)
        if used > width - 1:
            break
        out.append(ch)
    return "".join(out).rstrip() + "…"


def table_chart_png(report: StatsReport, table: StatsTable, *, rows: list[int] | None = None) -> bytes:
    """A one-dimension table as bars (the first column of a wider one), hidden cells marked, not drawn."""
    k = report.query.k
    picks = rows if rows is not None else list(range(len(table.row_keys)))
    labels = [report.label(table.row_dim, table.row_keys[r]) for r in picks]
    values = [table.published((r, 0)) for r in picks]
    from intake_app.reports.chart_worker import ChartSpec, draw_all
    from intake_app.reports.stats import table_title

    # Through the helper process: the window's process then never starts matplotlib (its import holds the GIL
    # long enough for the window to stall).
    return draw_all([ChartSpec(labels, values, table_title(table), _("hidden (<{k})").format(k=k))])[0]
