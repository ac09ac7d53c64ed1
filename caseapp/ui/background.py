"""Run slow service calls (unlock KDF, demo data, exports, list loads) off the GUI thread.

``start(fn, ...)`` runs ``fn(job)`` on Qt's global thread pool; ``job.report(done, total)`` and ``job.cancelled``
let long loops show progress and stop early. Results and errors come back as signals on the GUI thread.
"""

from __future__ import annotations

import itertools
import threading
import traceback
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, QTimer, Signal


_serials = itertools.count(1)


def next_serial() -> int:
    """A number later than every job's made so far (for a result that did not come from a job: it is the newest)."""
    return next(_serials)


class Job(QObject):
    """Handle of one background call; lives on the GUI thread, its signals are queued across threads.

    ``serial`` numbers the jobs in the order they were made: jobs run side by side and finish in any order, so a
    view fed by several of them keeps the result of the latest-made one (see ``TodayView.show_deadlines``)."""

    progressed = Signal(int, int)
    succeeded = Signal(object)
    failed = Signal(object)  # the exception
    done = Signal()  # after succeeded/failed, whichever happened

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._cancel = threading.Event()
        self.running = True
        self.serial = next_serial()

    def report(self, done: int, total: int) -> None:
        self.progressed.emit(done, total)

    def cancel(self) -> None:
        self._cancel.set()

    @property
    def cancelled(self) -> bool:
        return self._cancel.is_set()

    def should_cancel(self) -> bool:
        """For service APIs that take a ``cancelled()`` callback."""
        return self._cancel.is_set()


class _Runner(QRunnable):
    def __init__(self, job: Job, fn: Callable[[Job], Any]) -> None:
        super().__init__()
        self.job, self.fn = job, fn
        self.setAutoDelete(True)

    def run(self) -> None:
        try:
            try:
                result = self.fn(self.job)
            except BaseException as exc:  # noqa: BLE001 - delivered to the GUI thread, which decides how to show it
                exc.__traceback_text__ = traceback.format_exc()  # type: ignore[attr-defined]
                self.job.failed.emit(exc)
            else:
                self.job.succeeded.emit(result)
            self.job.done.emit()
        except RuntimeError:
            pass  # the window that asked was closed meanwhile (its Job was deleted): nobody is left to tell


_live: set[Job] = set()  # keeps parentless jobs alive until they report back


def start(fn: Callable[[Job], Any], *, on_success: Callable[[Any], None] | None = None,
          on_error: Callable[[BaseException], None] | None = None,
          on_progress: Callable[[int, int], None] | None = None, parent: QObject | None = None) -> Job:
    job = Job(parent)
    if on_success is not None:
        job.succeeded.connect(on_success)
    if on_error is not None:
        job.failed.connect(on_error)
    if on_progress is not None:
        job.progressed.connect(on_progress)

    def finished() -> None:
        job.running = False
        _live.discard(job)

    job.done.connect(finished)
    _live.add(job)
    # Started from the event loop, not right here: the caller can still connect to the job's signals first.
    runner = _Runner(job, fn)
    QTimer.singleShot(0, job, lambda: QThreadPool.globalInstance().start(runner))
    return job
