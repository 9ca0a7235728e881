"""Reading ahead in a thread, for work whose source is SQLite: SQLite releases the GIL while it reads and
decrypts pages, so the next rows are decrypted while this thread still works on the previous ones."""

from __future__ import annotations

import contextlib
import threading
from collections.abc import Iterable, Iterator
from queue import Full, Queue
from typing import TypeVar

T = TypeVar("T")


def prefetch(items: Iterable[T], depth: int = 8) -> Iterator[T]:
    """`items`, read ahead by a thread. At most `depth` items wait in memory. When the consumer stops early
    (an error, a cancel), the thread is stopped and joined before this generator returns: nothing keeps
    using the source (a vault connection) after its caller let go of it."""
    queue: Queue[tuple[T | None, bool, BaseException | None]] = Queue(maxsize=depth)
    stop = threading.Event()

    def produce() -> None:
        try:
            for item in items:
                while not stop.is_set():
                    with contextlib.suppress(Full):
                        queue.put((item, False, None), timeout=0.1)
                        break
                if stop.is_set():
                    return
            queue.put((None, True, None))
        except BaseException as exc:  # handed to the consumer, which re-raises it
            queue.put((None, True, exc))

    thread = threading.Thread(target=produce, name="intake-prefetch", daemon=True)
    thread.start()
    try:
        while True:
            item, ended, error = queue.get()
            if error is not None:
                raise error
            if ended:
                return
            yield item  # type: ignore[misc]
    finally:
        stop.set()
        thread.join()
