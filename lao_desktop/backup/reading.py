"""Reading a backup file: its layout and manifest, the checksum of the whole file, and the
database inside (decrypted, against its own checksums). Nothing here writes to the live data.
"""

from __future__ import annotations

import errno
import hashlib
import os
import zipfile
from collections.abc import Callable
from pathlib import Path
from typing import IO

from lao_desktop.backup import crypto
from lao_desktop.backup.drives import size_text
from lao_desktop.backup.inspect import SQLITE_MAGIC
from lao_desktop.backup.manifest import EXTENSION, MANIFEST_NAME, Manifest
from lao_desktop.errors import BackupError
from lao_desktop.i18n import _

Progress = Callable[[int, int, str], None]
CHUNK = 1 << 20
SEAL = b"lao-desktop-backup sha256:"  # the ZIP comment: this, then the file's checksum
DIGEST = 64
FULL = {errno.ENOSPC, errno.EFBIG, getattr(errno, "EDQUOT", errno.ENOSPC)}


def quiet(done: int, total: int, what: str) -> None:
    """The progress report of work nobody watches."""


def computer_disk_full(where: Path, size: int) -> BackupError:
    """The local disk (not the stick) has no room for a working copy of the data."""
    return BackupError(
        _(
            "The disk of this computer is full: {size} of room is needed in {where} for a copy "
            "of the data. Free some space on it and try again."
        ).format(size=size_text(size), where=where)
    )


class Weights:
    """One progress bar over several passes: each pass reports from its own offset."""

    def __init__(self, progress: Progress, total: int) -> None:
        self.progress, self.total = progress, total

    def part(self, start: int, what: str | None = None) -> Progress:
        def report(done: int, _total: int, said: str) -> None:
            self.progress(start + done, self.total, what or said)

        return report


def _digest(file: IO[bytes], length: int, progress: Progress, what: str) -> str:
    hasher = hashlib.sha256()
    done = 0
    while done < length:
        chunk = file.read(min(CHUNK, length - done))
        if not chunk:
            break
        hasher.update(chunk)
        done += len(chunk)
        progress(done, length, what)
    return hasher.hexdigest()


def check_whole_file(path: Path, progress: Progress = quiet) -> None:
    """Compare the file with the checksum at its end; BackupError if they differ."""
    with path.open("rb") as file:
        end = file.seek(0, os.SEEK_END)
        if end < len(SEAL) + DIGEST:
            raise _damaged(path)
        file.seek(end - DIGEST - len(SEAL))
        seal = file.read(len(SEAL) + DIGEST)
        file.seek(0)
        digest = _digest(file, end - DIGEST, progress, _("Checking the backup"))
    if seal[: len(SEAL)] != SEAL or seal[len(SEAL) :] != digest.encode("ascii"):
        raise _damaged(path)


def _not_a_backup(path: Path) -> BackupError:
    try:
        with path.open("rb") as file:
            head = file.read(16)
        size = path.stat().st_size
    except OSError as error:
        return BackupError(
            _("Cannot read {path} ({reason}).").format(path=path, reason=error.strerror)
        )
    if size == 0:
        return BackupError(
            _("{path} is empty (0 bytes): it is not a usable backup. Use another backup.").format(
                path=path
            )
        )
    if head == SQLITE_MAGIC:
        return BackupError(
            _(
                "{path} is a database file, not a backup file of this program. Choose a "
                "file ending in {ext}."
            ).format(path=path, ext=EXTENSION)
        )
    if head.startswith(b"PK\x03\x04"):
        return BackupError(
            _(
                "{path} is incomplete or damaged: it was probably cut off while being copied. "
                "Use another backup."
            ).format(path=path)
        )
    return BackupError(_("{path} is not a backup file of LAO Network Desktop.").format(path=path))


def _escapes(name: str) -> bool:
    parts = name.replace("\\", "/").split("/")
    return name.startswith(("/", "\\")) or ":" in name or ".." in parts or len(parts) > 1


def read_manifest(path: Path) -> Manifest:
    """The manifest of the backup at ``path``, after checking the archive's layout."""
    try:
        with zipfile.ZipFile(path) as archive:
            names = archive.namelist()
            if any(_escapes(n) for n in names):
                raise BackupError(
                    _(
                        "{path} contains file paths that lead outside its folder; it was not "
                        "made by this program and is refused."
                    ).format(path=path)
                )
            if MANIFEST_NAME not in names:
                raise BackupError(
                    _("{path} is not a backup file of LAO Network Desktop.").format(path=path)
                )
            manifest = Manifest.from_json(archive.read(MANIFEST_NAME))
            if sorted(names) != sorted([MANIFEST_NAME, manifest.payload_name]):
                raise BackupError(
                    _("{path} holds files a backup does not have; it is refused.").format(path=path)
                )
            # Entries are stored as written: any other size or method is a damaged directory.
            for info in archive.infolist():
                if info.compress_type != zipfile.ZIP_STORED or info.compress_size != info.file_size:
                    raise _damaged(path)
            if archive.getinfo(manifest.payload_name).file_size != manifest.payload_size:
                raise _damaged(path)
    except (zipfile.BadZipFile, EOFError, KeyError) as error:
        raise _not_a_backup(path) from error
    except OSError as error:
        raise BackupError(
            _("Cannot read {path} ({reason}).").format(path=path, reason=error.strerror)
        ) from error
    return manifest


def _damaged(path: Path) -> BackupError:
    return BackupError(
        _("{path} is damaged: its content does not match its checksum. Use another backup.").format(
            path=path
        )
    )


def _extract(
    path: Path, manifest: Manifest, out: IO[bytes], key: bytes, progress: Progress
) -> None:
    """Copy the database entry into ``out``, decrypting it, and compare its checksums."""
    plain_hash = hashlib.sha256()
    decrypt = crypto.decryptor(key, manifest.backup_id) if manifest.encryption else None
    stored_hash = hashlib.sha256() if decrypt else plain_hash  # the same bytes: hash them once
    what = _("Taking the data out of the backup")
    done = 0
    try:
        with zipfile.ZipFile(path) as archive, archive.open(manifest.payload_name) as entry:
            while chunk := entry.read(CHUNK):
                plain = chunk
                if decrypt:
                    stored_hash.update(chunk)
                    plain = decrypt.update(chunk)
                plain_hash.update(plain)
                out.write(plain)
                done += len(chunk)
                progress(done, manifest.payload_size, what)
            if decrypt is not None:
                tail = decrypt.finalize()
                plain_hash.update(tail)
                out.write(tail)
    except (zipfile.BadZipFile, EOFError, crypto.InvalidTag) as error:
        raise _damaged(path) from error
    if (stored_hash.hexdigest(), plain_hash.hexdigest()) != (
        manifest.payload_sha256,
        manifest.database_sha256,
    ):
        raise _damaged(path)


def extract_database(
    path: Path,
    manifest: Manifest,
    target: Path,
    *,
    passphrase: str | None = None,
    recovery: crypto.RecoveryKey | None = None,
    progress: Progress = quiet,
) -> None:
    """Check the whole file against its checksum, then write its database (decrypted, and
    checked against its own checksums) to the new file ``target``."""
    key = b""
    if manifest.encryption is not None:
        key = crypto.open_data_key(manifest.encryption, manifest.backup_id, passphrase, recovery)
    size = path.stat().st_size
    weights = Weights(progress, size + manifest.payload_size)
    try:
        check_whole_file(path, weights.part(0))
        with target.open("xb") as file:
            _extract(path, manifest, file, key, weights.part(size))
    except OSError as error:
        if error.errno in FULL:
            raise computer_disk_full(target.parent, manifest.database_size) from error
        raise BackupError(
            _("Cannot read {path} ({reason}).").format(path=path, reason=error.strerror or error)
        ) from error
