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
import os
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import BinaryIO

__all__ = ["atomic_file", "write_atomically"]


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
