"""Temporary folders for whole copies of the data (a snapshot, a database taken out of a
backup), and the removal of those a killed program left behind: each is as large as the
database, and one taken out of an encrypted backup holds its data in clear."""

from __future__ import annotations

import contextlib
import os
import shutil
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

STALE = 24 * 3600  # left this long, a folder is abandoned whoever made it


def _alive(pid: int) -> bool:
    if os.name == "nt":  # os.kill would end the process there: rely on age alone
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:
        return True
    return True


def _abandoned(folder: Path, prefix: str) -> bool:
    pid_text = folder.name[len(prefix) :].split("-", 1)[0]
    if pid_text.isdigit() and int(pid_text) != os.getpid() and not _alive(int(pid_text)):
        return True
    try:
        return time.time() - folder.stat().st_mtime > STALE
    except OSError:
        return False


def sweep(base: Path, prefix: str) -> None:
    """Remove the folders ``prefix…`` in ``base`` whose program is gone."""
    with contextlib.suppress(OSError):
        for folder in base.glob(prefix + "*"):
            if folder.is_dir() and _abandoned(folder, prefix):
                shutil.rmtree(folder, ignore_errors=True)


@contextlib.contextmanager
def work_folder(prefix: str, base: Path | None = None) -> Iterator[Path]:
    """A new folder in ``base`` (the system's temporary folder by default), removed when the
    block ends; its name carries this process's id so that a later run can tell it was
    abandoned."""
    base = base or Path(tempfile.gettempdir())
    sweep(base, prefix)
    with tempfile.TemporaryDirectory(prefix=f"{prefix}{os.getpid()}-", dir=base) as folder:
        yield Path(folder)
