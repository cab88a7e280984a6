"""Writing a file whole or not at all.

    write_atomically(path, data)
    with atomic_file(path) as file:  # for content written piece by piece
        build(file)

The bytes go into a temporary file in the target's folder (same disk, so the rename cannot
copy), are flushed to the disk, and the temporary file is renamed over the target: a power
cut, a full disk or an error while writing leaves the old file or the new one, never half of
one, and no temporary file behind.
"""

from __future__ import annotations

import contextlib
import errno
import os
import re
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import BinaryIO

from lao_desktop.i18n import _

__all__ = ["atomic_file", "safe_file_name", "save_problem", "write_atomically"]


@contextlib.contextmanager
def atomic_file(target: Path) -> Iterator[BinaryIO]:
    """A file to write ``target``'s new content into; it replaces ``target`` when the block
    ends, and is removed if the block (or the writing to disk) raises."""
    handle, temporary = tempfile.mkstemp(
        prefix=f".~{target.stem}-", suffix=".part", dir=target.parent
    )
    try:
        with os.fdopen(handle, "wb") as file:
            yield file
            file.flush()
            os.fsync(file.fileno())
        os.replace(temporary, target)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(temporary)
        raise


def write_atomically(target: Path, data: bytes) -> None:
    """Write ``data`` to ``target`` through a temporary file in the same folder."""
    with atomic_file(target) as file:
        file.write(data)


_NOT_IN_FILE_NAMES = re.compile(r'[\\/:*?"<>|\x00-\x1f]+')  # what Windows refuses


def safe_file_name(name: str, suffix: str = ".pdf") -> str:
    """``name`` as a file name Windows accepts, ending in ``suffix``."""
    name = _NOT_IN_FILE_NAMES.sub("-", name).strip(" .") or "document"
    return name if name.lower().endswith(suffix) else name + suffix


def save_problem(error: OSError, path: Path) -> str:
    """Why ``path`` was not saved, and what to do, in the clerk's words."""
    if error.errno in (errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC), errno.EFBIG):
        return _(
            "The disk is full: {path} was not saved. Free some space or choose another "
            "drive, then save again."
        ).format(path=path)
    if isinstance(error, FileNotFoundError):
        return _("The folder {folder} does not exist. Choose another folder.").format(
            folder=path.parent
        )
    if isinstance(error, PermissionError) or error.errno == errno.EROFS:
        return _(
            "{path} could not be written: the folder may be protected, or the file is open "
            "in another program (close it first). Choose another folder or name, then save "
            "again."
        ).format(path=path)
    return _("{path} was not saved ({reason}). Choose another folder, then save again.").format(
        path=path, reason=error.strerror or error
    )
