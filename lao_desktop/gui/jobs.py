"""The one way to run work off the UI thread.

``run_job(parent, title, work, done)`` calls ``work(progress)`` on a pool thread, where
``progress(done, total, what)`` reports and raises ``Cancelled`` once the clerk pressed
Cancel; ``done(result)`` then runs on the UI thread. Workers never touch widgets: they only
emit signals, which Qt delivers on the UI thread.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, QTimer, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

from lao_desktop.i18n import _

log = logging.getLogger(__name__)

Progress = Callable[[int, int, str], None]


# Every job run_job started, until its end has been delivered on the UI thread.
_RUNNING: set[Job] = set()


class Cancelled(Exception):
    """The clerk pressed Cancel; the work stops at its next progress report."""


class _Signals(QObject):
    progressed = Signal(int, int, str)
    finished = Signal(object)
    failed = Signal(object)


class Job(QRunnable):
    def __init__(self, work: Callable[[Progress], Any]) -> None:
        super().__init__()
        # Freed from the UI thread by run_job, not by the pool's thread when ``work``
        # returns: that would delete the signals' QObject there while the UI thread may
        # still be delivering them (a crash seen in about 1 run in 5).
        self.setAutoDelete(False)
        self.work = work
        self.signals = _Signals()
        self.cancelled = False

    def _progress(self, done: int, total: int, what: str) -> None:
        if self.cancelled:
            raise Cancelled
        self.signals.progressed.emit(done, total, what)

    def run(self) -> None:
        try:
            result = self.work(self._progress)
        except BaseException as error:  # delivered to the UI thread, never lost
            log.debug("job ended with %r", error)
            self._deliver(self.signals.failed, error)
        else:
            self._deliver(self.signals.finished, result)

    @staticmethod
    def _deliver(signal: Any, value: object) -> None:
        try:
            signal.emit(value)
        except RuntimeError:  # the program closed while the job ran: nobody is waiting
            log.debug("job finished after the program closed")


def run_job(
    parent: QWidget | None,
    title: str,
    work: Callable[[Progress], Any],
    done: Callable[[Any], None],
    failed: Callable[[BaseException], None] | None = None,
    *,
    show_progress: bool = True,
) -> Job:
    """Start ``work``; a progress dialog with Cancel shows while it runs."""
    job = Job(work)
    dialog: QProgressDialog | None = None
    if show_progress:
        dialog = QProgressDialog(title, _("Cancel"), 0, 0, parent)
        dialog.setWindowTitle(title)
        dialog.setMinimumDuration(300)
        dialog.canceled.connect(lambda: setattr(job, "cancelled", True))

        def progressed(current: int, total: int, what: str) -> None:
            assert dialog is not None
            dialog.setMaximum(max(total, 0))
            dialog.setValue(current)
            if what:
                dialog.setLabelText(what)

        job.signals.progressed.connect(progressed)

    def close() -> None:
        if dialog is not None:
            dialog.reset()
            dialog.deleteLater()

    def release() -> None:
        # After this delivery has returned, never inside it.
        QTimer.singleShot(0, lambda: _RUNNING.discard(job))

    def finished(result: Any) -> None:
        release()
        close()
        done(result)

    def on_failure(error: BaseException) -> None:
        release()
        close()
        if isinstance(error, Cancelled):
            return
        if failed is not None:
            failed(error)
        else:
            from lao_desktop.gui.messages import show_error

            show_error(parent, error)

    job.signals.finished.connect(finished)
    job.signals.failed.connect(on_failure)
    _RUNNING.add(job)
    QThreadPool.globalInstance().start(job)
    return job
