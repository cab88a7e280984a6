"""Automatic copies in the user's data folder: at most one a day, the newest ``KEEP`` kept.

They guard against a clerk's mistake or a damaged file on a PC that still works; only a copy on
a USB stick kept away from the PC guards against losing the PC, so they do not count as the
office's backup on Home.
"""

from __future__ import annotations

import contextlib
import time
from datetime import timedelta
from pathlib import Path

from lao_desktop.backup.archive import Written
from lao_desktop.backup.make import back_up
from lao_desktop.backup.manifest import EXTENSION
from lao_desktop.backup.reading import Progress, quiet
from lao_desktop.i18n import _
from lao_desktop.paths import data_dir, database_key
from lao_desktop.services.registry import Services

KEEP = 10
EVERY = timedelta(days=1)
_STALE_PART = 24 * 3600  # a temporary file this old was left by a killed program


def backups_folder(target: str) -> Path:
    """Where the automatic copies of the database ``target`` go (one folder per database)."""
    return data_dir() / "backups" / database_key(target)[:16]


def safety_folder(target: str) -> Path:
    """Where the copy of the live data taken before each restore goes."""
    return backups_folder(target) / "before-restore"


def backups_in(folder: Path) -> list[Path]:
    """The backup files in ``folder``, newest first."""
    if not folder.is_dir():
        return []
    files = [p for p in folder.iterdir() if p.suffix == EXTENSION and p.is_file()]
    return sorted(files, key=lambda p: p.stat().st_mtime, reverse=True)


def is_due(folder: Path, now: float | None = None) -> bool:
    newest = backups_in(folder)
    if not newest:
        return True
    moment = time.time() if now is None else now
    return moment - newest[0].stat().st_mtime >= EVERY.total_seconds()


def rotate(folder: Path, keep: int = KEEP) -> list[Path]:
    """Delete all but the newest ``keep`` backups (never the newest one) and temporary files
    left by a killed program; the deleted paths."""
    deleted = []
    for old in backups_in(folder)[max(keep, 1) :]:
        with contextlib.suppress(OSError):
            old.unlink()
            deleted.append(old)
    for part in folder.glob(".*.laobackup-part"):
        with contextlib.suppress(OSError):
            if time.time() - part.stat().st_mtime > _STALE_PART:
                part.unlink()
    return deleted


def automatic_backup(
    services: Services, target: str, progress: Progress = quiet, *, force: bool = False
) -> Written | None:
    """Today's automatic copy if none was made in the last day (or ``force``); else None."""
    folder = backups_folder(target)
    if not force and not is_due(folder):
        return None
    folder.mkdir(parents=True, exist_ok=True)
    written = back_up(services, folder, progress=progress, kind=_("automatic"), record=False)
    rotate(folder)
    return written
