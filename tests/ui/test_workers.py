"""Worker tasks: results, progress and errors arrive on the GUI thread; cancel is a flag the function polls."""

from __future__ import annotations

import threading

from PySide6.QtCore import QThread

from intake_app.errors import IntakeError
from intake_app.ui import workers


def _on_gui_thread() -> bool:
    from PySide6.QtWidgets import QApplication

    return QThread.currentThread() is QApplication.instance().thread() and \
        threading.current_thread() is threading.main_thread()


def test_result_and_progress_on_the_gui_thread(qtbot):
    seen_in_worker: list[str] = []
    progress: list[tuple[int, int, bool]] = []

    def work(report, cancel):
        seen_in_worker.append(threading.current_thread().name)
        for i in range(1, 4):
            report(i, 3)
        return 42

    task = workers.start_task(work, "sum")
    task.progress.connect(lambda done, total: progress.append((done, total, _on_gui_thread())))
    with qtbot.waitSignal(task.finished, timeout=5_000) as blocker:
        pass
    assert blocker.args == [42]
    assert seen_in_worker and seen_in_worker[0] != threading.main_thread().name
    assert progress == [(1, 3, True), (2, 3, True), (3, 3, True)]
    assert workers.running_tasks() == 0


def test_failure_gives_a_translated_message_and_the_exception(qtbot):
    def work(_report, _cancel):
        raise IntakeError("a message for the user")

    task = workers.start_task(work)
    errors: list[object] = []
    task.error.connect(errors.append)
    with qtbot.waitSignal(task.failed, timeout=5_000) as blocker:
        pass
    assert blocker.args == ["a message for the user"]
    assert isinstance(errors[0], IntakeError)


def test_unexpected_errors_do_not_show_their_text(qtbot):
    task = workers.run_call(lambda: {}["secret record text"])
    with qtbot.waitSignal(task.failed, timeout=5_000) as blocker:
        pass
    assert "secret" not in blocker.args[0]


def test_cancel(qtbot):
    started = threading.Event()

    def work(_report, cancel):
        started.set()
        cancel.wait(5)
        if cancel.is_set():
            raise IntakeError("Cancelled.")
        return "not cancelled"

    task = workers.start_task(work)
    assert started.wait(5)
    with qtbot.waitSignal(task.cancelled, timeout=5_000):
        task.cancel()
    assert not task.is_running


def test_starting_work_off_the_window_thread_shortens_the_interpreter_switch_interval(qtbot) -> None:
    import sys

    from intake_app.ui import workers

    sys.setswitchinterval(0.005)
    try:
        task = workers.start_task(lambda progress, cancel: 1)
        qtbot.waitUntil(lambda: not task.is_running)
        assert sys.getswitchinterval() == workers.SWITCH_INTERVAL_S
    finally:
        sys.setswitchinterval(0.005)
