"""Background saving: one writer object on a QThread of its own, requests numbered.

The window's thread submits a job and gets a request id; the writer runs jobs in the order they
were submitted and reports each outcome with its id, on the window's thread (``finished``). A
caller that must have an outcome now (closing, exporting) waits for that id, for a bounded time:
the window never hangs on a stalled disk; what is not yet written stays pending and is said.

The thread runs while there is something to write and is told to end when the last outcome is
back (the window's thread does not wait for it to end, unless it waited for that outcome: a
thread is not always given a core at once on a busy machine); a writer that is dropped (a
closed window, a test's document) waits for it, so it never takes a running thread with it.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from functools import partial
from typing import Any

from PySide6.QtCore import QObject, QThread, Signal, Slot

Job = Callable[[], Any]

END_WAIT_MS = 10_000
"""A writer dropped with a save still running waits this long for it (then Qt gives up)."""


class Failed:
    """The outcome of a job that raised: the exception, to be reported on the window's thread."""

    def __init__(self, error: BaseException) -> None:
        self.error = error


class _Worker(QObject):
    """Lives on the writer thread: runs each job, keeps its outcome, says it is done."""

    done = Signal(int)  # request id

    def __init__(self, outcomes: dict[int, Any], lock: threading.Condition, name: str) -> None:
        super().__init__()
        self._outcomes, self._lock, self._name = outcomes, lock, name

    @Slot(int, object)
    def run(self, request: int, job: Job) -> None:
        threading.current_thread().name = self._name  # in logs and tracebacks
        try:
            outcome: Any = job()
        except Exception as exc:  # reported by id on the window's thread
            outcome = Failed(exc)
        with self._lock:
            self._outcomes[request] = outcome
            self._lock.notify_all()
        self.done.emit(request)


def _end(thread: QThread, *_destroyed: object) -> None:
    thread.quit()
    thread.wait(END_WAIT_MS)


class Writer(QObject):
    """``submit(job)`` → request id; ``finished(id, outcome)`` on the window's thread."""

    finished = Signal(int, object)  # request id, the job's return value or a Failed
    _submit = Signal(int, object)

    def __init__(self, parent: QObject | None = None, name: str = "dirdesk-save") -> None:
        super().__init__(parent)
        self._outcomes: dict[int, Any] = {}
        self._lock = threading.Condition()
        self._next = 0
        self._outstanding: set[int] = set()  # submitted, their outcome not yet handed over
        self._thread = QThread(self)
        self._thread.setObjectName(name)
        self._quitting = False  # told to end: wait for that before it runs again
        self.destroyed.connect(partial(_end, self._thread))  # (not self: it is being destroyed)
        self._worker = _Worker(self._outcomes, self._lock, name)
        self._worker.moveToThread(self._thread)
        self._submit.connect(self._worker.run)  # queued: across threads
        self._worker.done.connect(self._done)  # queued back to this (the window's) thread

    def submit(self, job: Job) -> int:
        if self._quitting:  # ending (idle): let it, then start it again
            self._thread.wait()
            self._quitting = False
        if not self._thread.isRunning():
            self._thread.start()
        self._next += 1
        self._outstanding.add(self._next)
        self._submit.emit(self._next, job)
        return self._next

    def wait(self, request: int, timeout_s: float) -> tuple[bool, Any]:
        """(True, outcome) once ``request`` has run, or (False, None) after ``timeout_s``.
        The outcome is taken: ``finished`` is not emitted for it afterwards. With it the last,
        the thread ends now (the window may close and the application end right after)."""
        with self._lock:
            if not self._lock.wait_for(lambda: request in self._outcomes, timeout_s):
                return False, None
            outcome = self._outcomes.pop(request)
        self._handed_over(request, ended=True)
        return True, outcome

    def _handed_over(self, request: int, ended: bool) -> None:
        self._outstanding.discard(request)
        if not self._outstanding:  # nothing more to write: the thread ends (it is idle now)
            self._thread.quit()
            self._quitting = True
            if ended:
                self._thread.wait()

    def _done(self, request: int) -> None:
        if request not in self._outstanding:
            return  # taken by wait()
        self._handed_over(request, ended=False)
        with self._lock:
            if request not in self._outcomes:
                return  # taken by wait()
            outcome = self._outcomes.pop(request)
        self.finished.emit(request, outcome)

    @property
    def busy(self) -> bool:
        return bool(self._outstanding)

    def stop(self) -> None:
        """Finish what was submitted, then end the thread."""
        self._thread.quit()
        self._thread.wait()
        self._outstanding.clear()
        self._quitting = False
