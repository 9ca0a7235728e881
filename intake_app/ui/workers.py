"""Run core functions off the GUI thread, with progress, cancel and results delivered on the GUI thread.

A core function stays free of Qt: it takes a plain `progress(done, total)` callback and polls a
`threading.Event` (core functions usually want `cancelled=cancel.is_set`). `start_task` runs it on
Qt's global thread pool and returns a `Task` whose signals fire on the GUI thread:

    task = start_task(lambda progress, cancel: export(vault, progress=progress, cancelled=cancel.is_set))
    task.progress.connect(bar.set_progress)      # (done, total)
    task.finished.connect(self._on_exported)     # (result)
    task.failed.connect(self._show_error)        # (translated message)
    task.cancel()                                # sets the flag the function polls

Why the extra hop: a signal emitted from the worker thread and connected to a plain Python callable
may run that callable in the worker thread. Here the worker only emits private signals, connected to
slots of an object that lives in the GUI thread (queued connections), and those slots emit the public
signals; so every public handler runs on the GUI thread, whatever it is.

Connect handlers that touch widgets as bound methods of those widgets: when the widget is deleted
(e.g. the window is destroyed by a lock) Qt drops the connection instead of calling a dead object.
"""

from __future__ import annotations

import contextlib
import logging
import sys
import threading
import warnings
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot

from intake_app.errors import IntakeError
from intake_app.i18n import _

log = logging.getLogger(__name__)

ProgressFn = Callable[[int, int], None]
TaskFn = Callable[[ProgressFn, threading.Event], Any]

# Tasks in flight, kept alive here until they report: the caller may drop its reference (a window
# that is being destroyed), and a QObject collected while a queued signal is pending would crash.
_running: set[Task] = set()


# While a worker computes in Python, the window's thread waits for the GIL each time it wakes: by default up
# to 5 ms per turn, and with a worker and its read-ahead thread both asking, several turns in a row. At 1 ms
# the longest stall of a 100,000-testimony report preview fell from about 85 ms to about 55 ms (measured
# with tests/ui/heartbeat.py); the work itself takes no measurably longer.
SWITCH_INTERVAL_S = 0.001


def _keep_window_first() -> None:
    if sys.getswitchinterval() > SWITCH_INTERVAL_S:
        sys.setswitchinterval(SWITCH_INTERVAL_S)


def error_message(exc: BaseException) -> str:
    """A message fit to show: the translated text of our own errors, a generic one for anything else
    (whose text may be English, technical, or even hold record content, so it only goes to the log)."""
    if isinstance(exc, IntakeError):
        return exc.message
    return _("Something went wrong. The details are in the log file; no record content is in it.")


class Task(QObject):
    """One run of a function on the thread pool. Public signals are delivered on the GUI thread."""

    progress = Signal(int, int)
    finished = Signal(object)
    failed = Signal(str)
    # The exception itself, for callers that need more than the message (e.g. a throttle's wait).
    error = Signal(object)
    cancelled = Signal()
    # Emitted last, whatever the outcome: handy to hide a busy indicator in one place.
    done = Signal()

    # Emitted from the worker thread only; see the module docstring.
    _w_progress = Signal(int, int)
    _w_result = Signal(object)
    _w_error = Signal(object)

    def __init__(self, fn: TaskFn, name: str = "task") -> None:
        super().__init__()
        self.name = name
        self.cancel_event = threading.Event()
        self._fn: TaskFn | None = fn
        self._w_progress.connect(self._on_progress)
        self._w_result.connect(self._on_result)
        self._w_error.connect(self._on_error)
        self.is_running = False

    # -- control (GUI thread) ------------------------------------------------------------------------------

    def cancel(self) -> None:
        """Ask the function to stop; it stops at its next poll of the flag."""
        self.cancel_event.set()

    def start(self, pool: QThreadPool | None = None) -> Task:
        _keep_window_first()
        self.is_running = True
        _running.add(self)
        (pool or QThreadPool.globalInstance()).start(_Runner(self))
        return self

    # -- worker thread -------------------------------------------------------------------------------------

    def run_in_worker(self) -> None:
        fn = self._fn
        if fn is None:
            return
        try:
            result = fn(self._report_progress, self.cancel_event)
        except BaseException as exc:  # every failure must reach the GUI
            self._w_error.emit(exc)
            return
        self._w_result.emit(result)

    def _report_progress(self, done: int, total: int) -> None:
        self._w_progress.emit(int(done), int(total))

    # -- GUI thread ----------------------------------------------------------------------------------------

    @Slot(int, int)
    def _on_progress(self, done: int, total: int) -> None:
        self.progress.emit(done, total)

    @Slot(object)
    def _on_result(self, result: object) -> None:
        self._finish()
        self.finished.emit(result)
        self.done.emit()
        self._release()

    @Slot(object)
    def _on_error(self, exc: BaseException) -> None:
        self._finish()
        if self.cancel_event.is_set():
            log.info("%s cancelled", self.name)
            self.cancelled.emit()
        else:
            if not isinstance(exc, IntakeError):
                # Type only: the text of an unexpected error might quote record content.
                log.error("%s failed with %s", self.name, type(exc).__name__)
            self.error.emit(exc)
            self.failed.emit(error_message(exc))
        self.done.emit()
        self._release()

    def _finish(self) -> None:
        self.is_running = False
        self._fn = None  # the worker is done with it; it may hold the vault and record data
        _running.discard(self)

    def _release(self) -> None:
        """Drop every handler after the last signal. Qt holds connections on the C++ side, out of the
        garbage collector's sight: a handler that refers back to the task's owner would keep both
        (and through them a locked vault and its rows) alive after the window is gone."""
        for signal in (self.progress, self.finished, self.failed, self.error, self.cancelled, self.done):
            with warnings.catch_warnings(), contextlib.suppress(RuntimeError, TypeError):
                warnings.simplefilter("ignore", RuntimeWarning)  # "nothing to disconnect"
                signal.disconnect()


class _Runner(QRunnable):
    def __init__(self, task: Task) -> None:
        super().__init__()
        self._task = task

    def run(self) -> None:
        self._task.run_in_worker()


def start_task(fn: TaskFn, name: str = "task", pool: QThreadPool | None = None) -> Task:
    """Run `fn(progress, cancel)` on the thread pool; connect to the returned task's signals at once
    (they cannot fire before control returns to the event loop)."""
    return Task(fn, name).start(pool)


def run_call(fn: Callable[[], Any], name: str = "task") -> Task:
    """Run a plain function with no progress or cancel (e.g. an Argon2id unlock) on the pool."""
    return start_task(lambda _progress, _cancel: fn(), name)


def running_tasks() -> int:
    """How many tasks have not reported yet (tests wait for zero before tearing down)."""
    return len(_running)


def wait_for_tasks(timeout_ms: int = 10_000) -> bool:
    """Block until the pool is idle; only for shutdown and tests, never from a widget."""
    return QThreadPool.globalInstance().waitForDone(timeout_ms)
