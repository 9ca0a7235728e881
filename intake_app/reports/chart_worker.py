"""Charts drawn in a helper process: the UPR draft's ten, and the Reports page's preview.

matplotlib's start (its import, the font list, the first Korean, Japanese or Chinese face) and its drawing
took about a third of a UPR draft over 100,000 testimonies, all of it holding the GIL; its import in the
window's process stalled the window for 200 ms. A helper process started when a report begins does that
start while this process reads the vault, and draws while this one lays the document out.

The helper gets only what a chart shows (names of taxonomy values, published counts) over a pipe, and is
reused by the next report. Should it fail to start or stop halfway, the charts are drawn here instead: the
result is the same, only slower.
"""

from __future__ import annotations

import contextlib
import logging
import threading
from dataclasses import dataclass
from multiprocessing.connection import Connection
from typing import Any

log = logging.getLogger(__name__)
ANSWER_WAIT = 60.0   # seconds for one chart, far beyond the tenth of a second one takes: a stuck helper


@dataclass(frozen=True)
class ChartSpec:
    """The arguments of `charts.bar_chart_png`."""

    labels: list[str]
    values: list[float | None]
    title: str
    hidden_text: str
    height: float = 3.6


def _draw(spec: ChartSpec) -> bytes:
    from intake_app.reports.charts import bar_chart_png

    return bar_chart_png(spec.labels, spec.values, spec.title, spec.hidden_text, height=spec.height)


def _serve(conn: Connection) -> None:
    """The helper: get matplotlib ready (a chart with CJK names loads those faces), then draw on request."""
    with contextlib.suppress(Exception):
        _draw(ChartSpec(["가", "あ", "中"], [1, None, 2], "x", "x", height=1.6))
    while True:
        try:
            spec = conn.recv()
        except (EOFError, OSError):
            return
        try:
            answer: tuple[bool, Any] = (True, _draw(spec))
        except Exception as exc:  # told to the other side, which draws that chart itself
            answer = (False, type(exc).__name__)
        try:
            conn.send(answer)
        except (BrokenPipeError, OSError):
            return


class _Helper:
    def __init__(self) -> None:
        from multiprocessing import Pipe

        from intake_app.sync.child import start_process

        self.conn, theirs = Pipe(duplex=True)
        self.process = start_process(_serve, (theirs,), "intake-charts")
        theirs.close()

    def alive(self) -> bool:
        return self.process.is_alive()

    def stop(self) -> None:
        with contextlib.suppress(OSError):
            self.conn.close()
        if self.process.is_alive():
            self.process.terminate()
        self.process.join(5)


_lock = threading.Lock()   # one document's charts at a time through the helper
_helper: _Helper | None = None


def warm_up() -> None:
    """Start the helper in the background (a no-op when it runs already): call it before the long reading."""
    threading.Thread(target=_ensure, name="intake-charts-start", daemon=True).start()


def _ensure() -> _Helper | None:
    global _helper
    with _lock:
        if _helper is None or not _helper.alive():
            try:
                _helper = _Helper()
            except Exception as exc:  # any failure to start means: draw here
                log.info("chart helper did not start (%s); charts are drawn in this process", type(exc).__name__)
                _helper = None
        return _helper


def draw_all(specs: list[ChartSpec]) -> list[bytes]:
    """The PNG of each spec, in order: drawn by the helper, or here for any it could not draw."""
    helper = _ensure()
    drawn: list[bytes | None] = [None] * len(specs)
    if helper is not None:
        with _lock:
            try:
                for spec in specs:  # all asked at once: the helper draws while the answers are read
                    helper.conn.send(spec)
                for n in range(len(specs)):
                    if not helper.conn.poll(ANSWER_WAIT):
                        raise TimeoutError
                    ok, value = helper.conn.recv()
                    drawn[n] = value if ok else None
            except (EOFError, OSError) as exc:  # TimeoutError is an OSError
                log.info("chart helper stopped (%s); the rest are drawn in this process", type(exc).__name__)
                helper.stop()
    return [png if png is not None else _draw(spec) for png, spec in zip(drawn, specs, strict=True)]


def stop() -> None:
    """End the helper (tests; the process's exit ends it anyway, being a daemon)."""
    global _helper
    with _lock:
        if _helper is not None:
            _helper.stop()
            _helper = None
