"""The automatic daily copy in the user's data folder, made in the background once the main
window shows its data (``backup.local.automatic_backup``: at most one a day, the last ten kept).

It never interrupts the clerk: a failure is logged, and the backup page mentions it only when
no automatic copy could be made for ``QUIET_FOR`` (``problem``).
"""

from __future__ import annotations

import logging
import threading
import time
from datetime import datetime, timedelta
from typing import TYPE_CHECKING, Any

from lao_desktop.gui.backup_parts import when
from lao_desktop.gui.jobs import Job, Progress, run_job
from lao_desktop.gui.messages import error_text
from lao_desktop.i18n import _

if TYPE_CHECKING:
    from pathlib import Path

    from lao_desktop.services.registry import Services

log = logging.getLogger(__name__)

QUIET_FOR = timedelta(days=3)
# Held while a copy is made; a restore waits for it (it replaces the data being copied).
LOCK = threading.Lock()
_started: set[str] = set()  # databases whose copy was started in this session
_jobs: dict[str, Job] = {}  # running jobs, kept alive until they report
_failures: dict[str, str] = {}  # database → why its last automatic copy failed


def start(services: Services, target: str) -> Job | None:
    """Make today's automatic copy of ``target`` in the background, once per session."""
    if not target or target in _started:
        return None
    _started.add(target)

    def work(progress: Progress) -> Any:
        from lao_desktop.backup.local import automatic_backup

        with LOCK:
            return automatic_backup(services, target, progress)

    def done(written: Any) -> None:
        _jobs.pop(target, None)
        _failures.pop(target, None)
        if written is not None:
            log.info("automatic copy %s (%d bytes)", written.path, written.size)

    def failed(error: BaseException) -> None:
        _jobs.pop(target, None)
        _failures[target] = error_text(error)
        log.warning("no automatic copy of %s: %s", target, error)

    job = run_job(None, "", work, done, failed, show_progress=False)
    _jobs[target] = job
    return job


def running(target: str) -> bool:
    return target in _jobs


def problem(target: str, copies: list[Path], now: float | None = None) -> str | None:
    """What the backup page says when automatic copies fail and none of the last
    ``QUIET_FOR`` exists (``copies``: newest first); None while all is well."""
    failure = _failures.get(target)
    if failure is None:
        return None
    moment = time.time() if now is None else now
    newest = copies[0].stat().st_mtime if copies else None
    if newest is not None and moment - newest < QUIET_FOR.total_seconds():
        return None
    since = (
        _("No automatic copy could be made since {date}.").format(
            date=when(datetime.fromtimestamp(newest))
        )
        if newest is not None
        else _("No automatic copy could be made yet.")
    )
    return f"{since} {failure}"


def forget(target: str) -> None:
    """Forget this session's attempts for ``target`` (tests start afresh)."""
    _started.discard(target)
    _failures.pop(target, None)
