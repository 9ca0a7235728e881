"""How long the Qt event loop stalls: the longest gap between ticks of a 10 ms timer."""

from __future__ import annotations

import time

from PySide6.QtCore import QTimer

HEARTBEAT_MS = 10


class Heartbeat:
    """Use as a context manager around the work; `longest` is the longest gap in seconds."""

    def __init__(self) -> None:
        self.timer = QTimer()
        self.timer.setInterval(HEARTBEAT_MS)
        self.timer.timeout.connect(self._tick)
        self.last = 0.0
        self.longest = 0.0

    def _tick(self) -> None:
        now = time.perf_counter()
        if self.last:
            self.longest = max(self.longest, now - self.last)
        self.last = now

    def __enter__(self) -> Heartbeat:
        self.last, self.longest = 0.0, 0.0
        self.timer.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.timer.stop()
