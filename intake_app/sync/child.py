"""age encryption and decryption in a child process, with the plaintext on a pipe.

pyrage holds Python's GIL for a whole encrypt or decrypt call, which would freeze the GUI for the length
of a bundle; a child process also keeps the parsing of a hostile file away from the process that holds
the vault. So the GUI (and the CLI, which shares the code) runs age in a child process (from a fork
server, or spawned):

- secrets (HQ identities) and parameters go over a control pipe, never on the command line or in the
  environment, where other users or crash reports could see them;
- plaintext flows over an OS pipe in 1 MiB writes, never through a file; the child writes it with a C
  buffered writer, so pyrage makes no Python call per 8 KiB chunk;
- the encrypt child reports progress (bytes written) on the control pipe; the decrypting side sees it
  as the plaintext arrives;
- cancelling, or refusing a bundle halfway, terminates the child.

With `isolated=False` the same worker runs in a thread of this process instead (tests, and callers that
know no GUI is waiting): same pipes, same code.
"""

from __future__ import annotations

import contextlib
import hashlib
import multiprocessing
import os
import stat
import sys
import threading
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from multiprocessing.connection import Connection, wait
from pathlib import Path
from queue import Queue
from typing import Any

from intake_app.errors import IntakeError
from intake_app.i18n import _
from intake_app.sync import age_stream
from intake_app.sync.limits import DEFAULT_LIMITS, Limits

CHUNK = 1 << 20
PROGRESS_EVERY = 4 * CHUNK
_F_SETPIPE_SZ = 1031  # Linux: a 1 MiB pipe lets a whole chunk through without a context switch per 64 KiB


def _start_context() -> Any:
    """A fork server where the system has one: it is a fresh interpreter that imported only this module, and
    forks a worker in milliseconds instead of starting Python each time. Elsewhere (Windows): spawn. Both
    start from a clean image: a worker never inherits the vault, its keys or the GUI."""
    if "forkserver" in multiprocessing.get_all_start_methods():
        context = multiprocessing.get_context("forkserver")
        context.set_forkserver_preload([__name__])
        return context
    return multiprocessing.get_context("spawn")


_SPAWN = multiprocessing.get_context("spawn")
_CONTEXT = _start_context()


def prepare() -> None:
    """Start the fork server now, in the background, so that the first worker of this process does not wait
    for a fresh interpreter to import this module (a few tenths of a second): an export calls this before it
    reads its records out of the vault, which takes about as long. Harmless to call again."""
    if _CONTEXT.get_start_method() != "forkserver":
        return
    from multiprocessing import forkserver

    def start() -> None:
        with contextlib.suppress(Exception):  # the worker's own start reports any failure
            forkserver.ensure_running()

    threading.Thread(target=start, name="intake-forkserver", daemon=True).start()

Progress = Callable[[int, int], None]
Pull = Callable[[], bytes]


class ChildFailed(IntakeError):
    """The helper process stopped without an answer (killed, crashed, out of memory)."""


class PlaintextTooLarge(Exception):
    """More plaintext than the limit allows came out of the decryption."""


def _widen_pipe(fd: int) -> None:
    with contextlib.suppress(OSError, ValueError):
        import fcntl

        fcntl.fcntl(fd, _F_SETPIPE_SZ, CHUNK)


# -- the worker side (runs in the child, or in a thread) --------------------------------------------------


class _PullReader:
    """Ciphertext asked from the parent chunk by chunk (a quarantined bundle kept inside the vault)."""

    def __init__(self, ctl: Connection) -> None:
        self._ctl = ctl
        self._buf = memoryview(b"")
        self._eof = False

    def read(self, size: int = -1) -> bytes:
        if not self._buf and not self._eof:
            self._ctl.send(("more",))
            data = self._ctl.recv_bytes()
            self._eof = not data
            self._buf = memoryview(data)
        size = len(self._buf) if size < 0 else size
        out = bytes(self._buf[:size])
        self._buf = self._buf[size:]
        return out


def _decrypt_worker(ctl: Connection, plain: Connection) -> None:
    request: dict[str, Any] = ctl.recv()
    limits: Limits = request["limits"]
    try:
        with os.fdopen(plain.fileno(), "wb", buffering=CHUNK, closefd=False) as out:
            if request["path"] is not None:
                with open(request["path"], "rb", buffering=CHUNK) as source:
                    info = os.fstat(source.fileno())
                    if not stat.S_ISREG(info.st_mode) or info.st_size > limits.max_bundle_bytes:
                        outcome = age_stream.AgeOutcome.NOT_AGE
                    else:
                        outcome = age_stream.decrypt(source, out, request["identities"], limits)
            else:
                outcome = age_stream.decrypt(_PullReader(ctl), out, request["identities"], limits)
        plain.close()  # end of plaintext: the parent sees EOF, then reads the outcome
        ctl.send(("done", outcome.name))
    except (BrokenPipeError, EOFError, ConnectionResetError):
        return  # the parent stopped listening (refused the bundle, or was killed): nothing to tell
    except Exception as exc:  # report the kind only: a message could quote content
        with contextlib.suppress(OSError):
            ctl.send(("error", type(exc).__name__))
    finally:
        with contextlib.suppress(OSError):
            plain.close()


SEGMENT = 16 * CHUNK
READ_BACK = 8 * CHUNK


class _ReadBack:
    """Reads the new file back from the medium while the rest is still being encrypted, a synced segment at a
    time: `allow(offset)` after the bytes before `offset` were synced and dropped from the page cache, so each
    read is answered by the medium, not by memory. `result()` is the SHA-256 and size of what came back."""

    def __init__(self, path: Path) -> None:
        self._fd = os.open(path, os.O_RDONLY | getattr(os, "O_CLOEXEC", 0))
        self._digest = hashlib.sha256()
        self._done = self._allowed = 0
        self._ended = False
        self._ready = threading.Condition()
        self._error: BaseException | None = None
        self._thread = threading.Thread(target=self._run, name="intake-read-back", daemon=True)
        self._thread.start()

    def allow(self, offset: int, *, last: bool = False) -> None:
        with self._ready:
            self._allowed, self._ended = offset, last
            self._ready.notify()

    def _run(self) -> None:
        try:
            while True:
                with self._ready:
                    while self._done >= self._allowed and not self._ended:
                        self._ready.wait()
                    limit, ended = self._allowed, self._ended
                while self._done < limit:
                    chunk = self._read(min(READ_BACK, limit - self._done), self._done)
                    if not chunk:  # shorter than what was written: the result says so
                        return
                    self._digest.update(chunk)
                    self._done += len(chunk)
                if ended:
                    return
        except BaseException as exc:  # handed to `result`
            self._error = exc

    def _read(self, size: int, offset: int) -> bytes:
        return os.pread(self._fd, size, offset)

    def result(self) -> tuple[str, int]:
        self.allow(self._allowed, last=True)
        self._thread.join()
        os.close(self._fd)
        if self._error is not None:
            raise self._error
        return self._digest.hexdigest(), self._done

    def abandon(self) -> None:
        self.allow(0, last=True)
        self._thread.join()
        with contextlib.suppress(OSError):
            os.close(self._fd)


def _drop_cached(fd: int, start: int, length: int) -> None:
    """Forget the (synced, so clean) pages of this range, so reading them back asks the medium."""
    if hasattr(os, "posix_fadvise"):
        with contextlib.suppress(OSError):
            os.posix_fadvise(fd, start, length, os.POSIX_FADV_DONTNEED)


class _HashingWriter:
    """Writes the ciphertext, hashing it; every SEGMENT bytes syncs them and lets the read-back follow.

    pyrage hands over 64 KiB at a time while it holds the GIL; writing, hashing and syncing each piece in
    that call kept the encryption waiting for the medium. Here pieces are gathered into PIECE bytes and a
    thread writes, hashes and syncs them (system calls and hashing without the GIL) while pyrage encrypts
    the next: an encrypting child went from 0.82 s to 0.67 s for 200 MB. At most QUEUED pieces wait."""

    PIECE = 4 * CHUNK
    QUEUED = 4

    def __init__(self, raw: Any, ctl: Connection, read_back: _ReadBack) -> None:
        self._ctl = ctl
        self._fd = raw.fileno()
        self._read_back = read_back
        self.digest = hashlib.sha256()
        self.size = 0          # handed over so far
        self._reported = 0
        self._synced = 0
        self._written = 0
        self._pending = bytearray()
        self._queue: Queue[bytes | None] = Queue(maxsize=self.QUEUED)
        self._error: BaseException | None = None
        self._thread = threading.Thread(target=self._run, name="intake-write", daemon=True)
        self._thread.start()

    def write(self, data: bytes) -> int:
        if self._error is not None:
            raise self._error  # the medium failed: stop encrypting
        self._pending += data
        self.size += len(data)
        if len(self._pending) >= self.PIECE:
            self._queue.put(bytes(self._pending))
            self._pending.clear()
        if self.size - self._reported >= PROGRESS_EVERY:
            self._reported = self.size
            self._ctl.send(("progress", self.size))
        return len(data)

    def _run(self) -> None:
        try:
            while (piece := self._queue.get()) is not None:
                view = memoryview(piece)
                while view:
                    written = os.write(self._fd, view)
                    view = view[written:]
                self.digest.update(piece)
                self._written += len(piece)
                if self._written - self._synced >= SEGMENT:
                    self._sync(last=False)
            self._sync(last=True)
        except BaseException as exc:  # handed to the encrypting thread at its next write, or to `finish`
            self._error = exc
            while self._queue.get() is not None:  # let the encrypting thread finish its puts
                pass

    def _sync(self, *, last: bool) -> None:
        (os.fsync if last else os.fdatasync)(self._fd)
        _drop_cached(self._fd, self._synced, self._written - self._synced)
        self._synced = self._written
        self._read_back.allow(self._written, last=last)

    def finish(self) -> None:
        """Write what is left, sync the whole file and end the thread; raises what the medium refused."""
        if self._pending:
            self._queue.put(bytes(self._pending))
            self._pending.clear()
        self._queue.put(None)
        self._thread.join()
        if self._error is not None:
            raise self._error

    def abandon(self) -> None:
        with contextlib.suppress(Exception):
            self._queue.put(None, timeout=5)
        self._thread.join(5)

    def flush(self) -> None:
        pass  # `finish` writes everything


def _encrypt_worker(ctl: Connection, plain: Connection) -> None:
    """Encrypt the plaintext pipe into the new file, then report its hash and size both as written and as
    read back from the medium (the parent compares them)."""
    request: dict[str, Any] = ctl.recv()
    if multiprocessing.parent_process() is not None:
        # A child of our own, with two threads: the writing thread asks for the GIL between its system calls;
        # pyrage, which holds it, lets go only in our callbacks, and by default after 5 ms.
        sys.setswitchinterval(0.0002)
    dest = Path(request["dest"])
    read_back: _ReadBack | None = None
    try:
        fd = os.open(dest, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_CLOEXEC", 0), 0o600)
        with os.fdopen(fd, "wb", buffering=0) as raw, \
                os.fdopen(plain.fileno(), "rb", buffering=CHUNK, closefd=False) as source:
            read_back = _ReadBack(dest)
            writer = _HashingWriter(raw, ctl, read_back)
            try:
                age_stream.encrypt(source, writer, request["recipients"])
            except BaseException:
                writer.abandon()
                raise
            writer.finish()
        back_sha256, back_size = read_back.result()
        read_back = None
        ctl.send(("written", writer.digest.hexdigest(), writer.size, back_sha256, back_size))
        answer = ctl.recv()
    except (BrokenPipeError, EOFError, ConnectionResetError):
        answer = None
    except Exception as exc:
        answer = None
        with contextlib.suppress(OSError):
            ctl.send(("error", type(exc).__name__))
    finally:
        if read_back is not None:
            read_back.abandon()
        with contextlib.suppress(OSError):
            plain.close()
    if answer != ("keep",):  # cancelled, failed, or the parent died before renaming: leave nothing behind
        with contextlib.suppress(OSError):
            dest.unlink()


# -- the parent side ----------------------------------------------------------------------------------------


def start_process(target: Callable[..., None], args: tuple[Any, ...], name: str) -> Any:
    """A started daemon child running `target(*args)`, from the fork server where there is one."""
    try:
        process = _CONTEXT.Process(target=target, args=args, daemon=True, name=name)
        process.start()
    except (ChildProcessError, OSError):
        # A plain fork() of a process that started the fork server cannot reach it (a CPython
        # limitation): start this worker from scratch instead.
        process = _SPAWN.Process(target=target, args=args, daemon=True, name=name)
        process.start()
    return process


class _Worker:
    """A child process (or a thread) running one worker, with its control and plaintext pipes."""

    def __init__(self, target: Callable[[Connection, Connection], None], *, to_worker: bool,
                 isolated: bool) -> None:
        self.ctl, worker_ctl = multiprocessing.Pipe(duplex=True)
        read_end, write_end = multiprocessing.Pipe(duplex=False)
        ours, theirs = (write_end, read_end) if to_worker else (read_end, write_end)
        _widen_pipe(write_end.fileno())
        self.plain = ours
        self.isolated = isolated
        self._process: Any
        if isolated:
            self._process = start_process(target, (worker_ctl, theirs), "intake-age")
            worker_ctl.close()  # our copies: the child's close must be what ends the stream
            theirs.close()
        else:
            self._process = threading.Thread(target=target, args=(worker_ctl, theirs), daemon=True,
                                             name="intake-age")
            self._process.start()

    def stop(self) -> None:
        """End the worker whatever it is doing, and release the pipes."""
        for conn in (self.plain, self.ctl):
            with contextlib.suppress(OSError):
                conn.close()
        if self.isolated:
            if self._process.is_alive():
                self._process.terminate()
            self._process.join(5)
            if self._process.is_alive():  # pragma: no cover - SIGTERM is not ignored by our child
                self._process.kill()
                self._process.join()
        else:
            self._process.join(5)  # closed pipes end the thread's blocking read or write

    def answer(self) -> tuple[Any, ...]:
        try:
            message: tuple[Any, ...] = self.ctl.recv()
        except (EOFError, OSError) as exc:
            raise ChildFailed(_("The encryption helper stopped unexpectedly; nothing was changed.")) from exc
        return message


class PlainStream:
    """The decrypted bytes of a bundle, read like a file; `finish()` says whether they were all genuine."""

    def __init__(self, worker: _Worker, pull: Pull | None, max_bytes: int) -> None:
        self._worker = worker
        self._pull = pull
        self._fd = worker.plain.fileno()
        self._chunk = b""
        self._pos = 0
        self._eof = False
        self._answer: tuple[Any, ...] | None = None
        self.max_bytes = max_bytes
        self.received = 0

    def _serve(self) -> None:
        """Answer the worker's control messages (ciphertext requests) until plaintext is readable."""
        while True:
            ready = wait([self._worker.ctl, self._worker.plain])
            if self._worker.plain in ready:
                return
            try:
                message = self._worker.ctl.recv()
            except (EOFError, OSError):
                return  # the worker is gone; the plaintext pipe shows EOF next
            if message == ("more",) and self._pull is not None:
                self._worker.ctl.send_bytes(self._pull())
            else:
                self._answer = message

    def _fill(self) -> None:
        if self._pull is not None:
            self._serve()
        data = os.read(self._fd, CHUNK)
        if not data:
            self._eof = True
        self.received += len(data)
        if self.received > self.max_bytes:
            raise PlaintextTooLarge
        self._chunk, self._pos = data, 0

    def read(self, size: int) -> bytes:
        """Up to `size` bytes (fewer only at the end of the plaintext)."""
        if self._pos >= len(self._chunk):
            if self._eof:
                return b""
            self._fill()
        whole = self._pos == 0 and size >= len(self._chunk)  # no copy for a whole chunk
        out = self._chunk if whole else self._chunk[self._pos:self._pos + size]
        self._pos += len(out)
        return out

    def read_exact(self, size: int) -> bytes:
        parts, got = [], 0
        while got < size:
            part = self.read(size - got)
            if not part:
                break
            parts.append(part)
            got += len(part)
        return parts[0] if len(parts) == 1 else b"".join(parts)

    def verdict_if_ended(self, drain: int = 4 * CHUNK) -> age_stream.AgeOutcome | None:
        """After the reader gave up: the worker's verdict if the plaintext ends within `drain` more bytes
        (a decryption failure ends it early, and is then the real reason), else None."""
        limit = self.received + drain
        try:
            while not self._eof and self.received < limit:
                self._pos = len(self._chunk)
                self._fill()
            return self.finish() if self._eof else None
        except (ChildFailed, PlaintextTooLarge, OSError):
            return None

    def finish(self) -> age_stream.AgeOutcome:
        """After the end of the plaintext: the worker's verdict. Only OK means every byte was genuine."""
        while not self._eof:
            self._pos = len(self._chunk)
            self._fill()
        answer = self._answer or self._worker.answer()
        if answer[0] != "done":
            raise ChildFailed(_("The decryption helper failed ({kind}); nothing was changed.").format(
                kind=answer[1] if len(answer) > 1 else "?"))
        return age_stream.AgeOutcome[answer[1]]


@contextlib.contextmanager
def decrypting(identities: list[str], *, path: Path | None = None, pull: Pull | None = None,
               limits: Limits = DEFAULT_LIMITS, max_bytes: int | None = None,
               isolated: bool = True) -> Iterator[PlainStream]:
    """Decrypt a bundle from `path` (read by the worker) or from `pull()` (ciphertext chunks we hand over,
    b"" at the end). The worker is stopped when the block ends, whatever happened."""
    if (path is None) == (pull is None):
        raise ValueError("give either a path or a pull function")
    worker = _Worker(_decrypt_worker, to_worker=False, isolated=isolated)
    try:
        worker.ctl.send({"identities": list(identities), "path": None if path is None else str(path),
                         "limits": limits})
        yield PlainStream(worker, pull, limits.max_bundle_bytes if max_bytes is None else max_bytes)
    finally:
        worker.stop()


@dataclass(frozen=True)
class Written:
    """The new file as the worker wrote it, and as the medium gave it back after it was synced."""

    sha256: str
    size: int
    read_back_sha256: str = ""
    read_back_size: int = -1


class EncryptJob:
    """Feed plaintext with `write`, then `finish()`; `keep()` once the file is checked and renamed."""

    def __init__(self, worker: _Worker, progress: Progress | None, total: int) -> None:
        self._worker = worker
        self._fd = worker.plain.fileno()
        self._progress = progress
        self._total = total
        self._kept = False

    def _drain(self, block: bool = False) -> tuple[Any, ...] | None:
        while block or self._worker.ctl.poll():
            message = self._worker.answer()
            if message[0] == "progress":
                if self._progress is not None:
                    self._progress(int(message[1]), self._total)
                continue
            return message
        return None

    def write(self, data: bytes) -> None:
        view = memoryview(data)
        try:
            while view:
                view = view[os.write(self._fd, view):]
        except BrokenPipeError as exc:
            raise self._failure() from exc
        message = self._drain()
        if message is not None:
            raise self._failure(message)

    def _failure(self, message: tuple[Any, ...] | None = None) -> IntakeError:
        if message is None:
            with contextlib.suppress(IntakeError):
                message = self._drain(block=True)
        kind = message[1] if message and len(message) > 1 else "?"
        return age_stream.EncryptFailed(_("Encryption failed ({kind}); no bundle was written.").format(kind=kind))

    def finish(self) -> Written:
        self._worker.plain.close()  # end of plaintext
        message = self._drain(block=True)
        if message is None or message[0] != "written":
            raise self._failure(message)
        return Written(sha256=str(message[1]), size=int(message[2]), read_back_sha256=str(message[3]),
                       read_back_size=int(message[4]))

    def keep(self) -> None:
        self._kept = True
        with contextlib.suppress(OSError):
            self._worker.ctl.send(("keep",))


@contextlib.contextmanager
def encrypting(recipients: list[str], dest: Path, *, progress: Progress | None = None, total: int = 0,
               isolated: bool = True) -> Iterator[EncryptJob]:
    """Encrypt what is written to the job into the new file `dest` (created exclusively, mode 0600). Unless
    `keep()` was called, `dest` is removed when the block ends."""
    age_stream.parse_recipients(recipients)  # a bad key fails here, before a child is started
    worker = _Worker(_encrypt_worker, to_worker=True, isolated=isolated)
    job = EncryptJob(worker, progress, total)
    try:
        worker.ctl.send({"recipients": list(recipients), "dest": str(dest)})
        yield job
    finally:
        if not job._kept:
            with contextlib.suppress(OSError):
                worker.ctl.send(("discard",))
        worker.stop()
        if not job._kept:
            with contextlib.suppress(OSError):
                dest.unlink()
