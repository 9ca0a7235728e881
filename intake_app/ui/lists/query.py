"""Run a list's query (its first page and its count) off the GUI thread; the newest request wins.

A full-text count over 100,000 records can take long enough to be felt while typing, so it runs on
the thread pool; results of a query the user has already replaced are dropped.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QObject, Signal

from intake_app.ui import workers
from intake_app.vault.records import RecordRow


@dataclass(frozen=True)
class QueryResult:
    generation: int
    first_page: list[RecordRow]
    total: int


class QueryRunner(QObject):
    ready = Signal(object)     # QueryResult, on the GUI thread
    failed = Signal(str)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.generation = 0
        self._task: workers.Task | None = None

    def run(self, first_page: Callable[[], list[RecordRow]], total: Callable[[], int]) -> int:
        """Start a query; returns its generation (the one `ready` will carry if it is still current)."""
        self.generation += 1
        generation = self.generation
        if self._task is not None:
            self._task.cancel()

        def work(_progress: Callable[[int, int], None], cancel: threading.Event) -> QueryResult | None:
            if cancel.is_set():
                return None
            rows = first_page()
            if cancel.is_set():
                return None
            return QueryResult(generation, rows, total())

        self._task = workers.start_task(work, name="list query")
        self._task.finished.connect(self._finished)
        self._task.failed.connect(self._failed)
        return generation

    def busy(self) -> bool:
        return self._task is not None and self._task.is_running

    def _finished(self, result: QueryResult | None) -> None:
        if result is not None and result.generation == self.generation:
            self._task = None
            self.ready.emit(result)

    def _failed(self, message: str) -> None:
        self._task = None
        self.failed.emit(message)
