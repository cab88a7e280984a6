"""Writing a backup file so that no fault can cost an earlier one, and reading it back.

The protocol that kept a usable backup through 60/60 faults (RELIABILITY.md): write to a new
temporary file on the target while hashing, fsync, read back from the device and compare,
rename to a name that does not exist yet, fsync the folder. An existing file is never
overwritten or opened for writing.
"""

from __future__ import annotations

import contextlib
import errno
import hashlib
import os
import shutil
import sys
import uuid
import zipfile
from dataclasses import dataclass, replace
from datetime import datetime
from pathlib import Path
from typing import IO

from lao_desktop.backup import crypto
from lao_desktop.backup.drives import size_text
from lao_desktop.backup.inspect import DatabaseFacts
from lao_desktop.backup.manifest import (
    DATABASE_NAME,
    ENCRYPTED_NAME,
    MANIFEST_NAME,
    Encryption,
    Manifest,
)
from lao_desktop.backup.reading import (
    CHUNK,
    DIGEST,
    FULL,
    SEAL,
    Progress,
    Weights,
    check_whole_file,
    quiet,
    read_manifest,
)
from lao_desktop.errors import BackupError
from lao_desktop.i18n import _


def write_error(error: OSError, folder: Path, needed: int) -> BackupError:
    """What a clerk is told when writing to ``folder`` failed."""
    if error.errno in FULL:
        free = _free(folder)
        return BackupError(
            _(
                "The drive {where} is full: the backup needs {need} and {free} is free. Delete "
                "files you no longer need from it, or use another drive. Earlier backups on it "
                "are intact."
            ).format(where=folder, need=size_text(needed), free=size_text(free))
        )
    return BackupError(
        _(
            "Cannot write the backup to {where} ({reason}). Is the USB stick still plugged in "
            "and not write-protected? Earlier backups on it are intact; plug it in again and "
            "back up once more."
        ).format(where=folder, reason=error.strerror or error)
    )


def _free(folder: Path) -> int:
    try:
        return shutil.disk_usage(folder).free
    except OSError:
        return 0


def _drop_cache(file: IO[bytes]) -> None:
    """Forget the file's cached pages so that reading it back reads the device itself."""
    if sys.platform.startswith("linux"):  # the call exists there (not on Windows or macOS)
        with contextlib.suppress(OSError):
            os.posix_fadvise(file.fileno(), 0, 0, os.POSIX_FADV_DONTNEED)


def _sync_folder(folder: Path) -> None:
    if os.name == "nt":
        return  # Windows cannot open a folder for fsync; NTFS and FAT commit renames anyway
    handle = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(handle)
    finally:
        os.close(handle)


def _publish(temporary: Path, final: Path) -> Path:
    """Give the finished file its name without ever replacing a file of that name."""
    for n in range(1, 1000):
        name = final if n == 1 else final.with_name(f"{final.stem} ({n}){final.suffix}")
        if name.exists():
            continue
        if os.name == "nt":
            try:
                os.rename(temporary, name)  # refuses an existing name
            except FileExistsError:
                continue
            return name
        try:
            os.link(temporary, name)  # refuses an existing name
        except FileExistsError:
            continue
        except OSError:  # no hard links (FAT sticks): the name was free a moment ago
            os.rename(temporary, name)
            return name
        os.unlink(temporary)
        return name
    raise BackupError(_("Too many backups with the same name in {where}.").format(where=final))


@dataclass(frozen=True)
class Written:
    path: Path
    size: int
    manifest: Manifest


def write_backup(
    database: Path,
    base: Manifest,
    folder: Path,
    name: str,
    *,
    passphrase: str | None = None,
    recovery_public: str | None = None,
    progress: Progress = quiet,
) -> Written:
    """Write ``database`` with its manifest (``base`` completed with the hashes) as a new file
    ``name`` in ``folder``; read it back before giving it its name."""
    size = database.stat().st_size
    if _free(folder) < size + CHUNK:
        raise write_error(OSError(errno.ENOSPC, "full"), folder, size + CHUNK)
    encryption, data_key = (None, b"")
    if passphrase is not None:
        encryption, data_key = crypto.new_encryption(passphrase, base.backup_id, recovery_public)
    temporary = folder / f".{uuid.uuid4().hex[:12]}.laobackup-part"
    weights = Weights(progress, 2 * size)
    try:
        with temporary.open("xb") as raw:
            sealing = _Sealing(raw)
            manifest = _write_zip(sealing, database, base, encryption, data_key, weights.part(0))
            sealing.seal()
            raw.flush()
            os.fsync(raw.fileno())
            _drop_cache(raw)
        if _read_back(temporary) != manifest:
            raise BackupError(_("The backup read back differs from what was written."))
        check_whole_file(temporary, weights.part(size, _("Reading the backup back")))
        final = _publish(temporary, folder / name)
        _sync_folder(folder)
    except OSError as error:
        raise write_error(error, folder, size) from error
    finally:
        with contextlib.suppress(OSError):
            temporary.unlink()
    return Written(final, final.stat().st_size, manifest)


def _read_back(temporary: Path) -> Manifest:
    """The manifest of the file just written; a device error while reading it is a write
    error (the stick was pulled out), not a message naming the temporary file."""
    try:
        return read_manifest(temporary)
    except BackupError as error:
        cause: BaseException | None = error
        while cause is not None:  # zipfile turns an OSError into BadZipFile
            if isinstance(cause, OSError):
                raise cause from error
            cause = cause.__cause__ or cause.__context__
        raise


def _write_zip(
    sealing: _Sealing,
    database: Path,
    base: Manifest,
    encryption: Encryption | None,
    data_key: bytes,
    progress: Progress,
) -> Manifest:
    plain_hash = hashlib.sha256()
    cipher = crypto.encryptor(data_key, base.backup_id) if encryption else None
    stored_hash = hashlib.sha256() if cipher else plain_hash  # the same bytes: hash them once
    stored_size = 0
    payload = ENCRYPTED_NAME if encryption else DATABASE_NAME
    stamp = base.created.timetuple()[:6]
    what = _("Writing the backup")
    with zipfile.ZipFile(sealing, "w", zipfile.ZIP_STORED, allowZip64=True) as archive:
        with archive.open(zipfile.ZipInfo(payload, stamp), "w", force_zip64=True) as entry:
            with database.open("rb") as source:
                done = 0
                while chunk := source.read(CHUNK):
                    plain_hash.update(chunk)
                    out = chunk
                    if cipher:
                        out = cipher.update(chunk)
                        stored_hash.update(out)
                    entry.write(out)
                    stored_size += len(out)
                    done += len(chunk)
                    progress(done, 0, what)
            if cipher:
                tail = cipher.finalize()
                stored_hash.update(tail)
                entry.write(tail)
                stored_size += len(tail)
        manifest = replace(
            base,
            database_size=done,
            database_sha256=plain_hash.hexdigest(),
            payload_name=payload,
            payload_size=stored_size,
            payload_sha256=stored_hash.hexdigest(),
            encryption=encryption,
        )
        archive.writestr(zipfile.ZipInfo(MANIFEST_NAME, stamp), manifest.to_json())
        archive.comment = SEAL + b"0" * DIGEST
    return manifest


class _Sealing:
    """The archive's way to the file: its bytes are hashed as they pass, all but the last
    ``DIGEST`` (the placeholder in the ZIP comment that ``seal`` fills with that hash, so
    that a flipped byte anywhere, even in the ZIP's own bookkeeping, is caught). It cannot
    seek, so zipfile writes every byte once, front to back (sizes after each entry)."""

    def __init__(self, raw: IO[bytes]) -> None:
        self.raw = raw
        self.hash = hashlib.sha256()
        self.held = b""
        self.position = 0

    def write(self, data: bytes, /) -> int:
        self.raw.write(data)
        self.position += len(data)
        if len(data) >= DIGEST:
            self.hash.update(self.held)
            self.hash.update(memoryview(data)[:-DIGEST])
            self.held = bytes(data[-DIGEST:])
        else:
            joined = self.held + bytes(data)
            self.hash.update(joined[:-DIGEST])
            self.held = joined[-DIGEST:]
        return len(data)

    def tell(self) -> int:
        return self.position

    def seek(self, *_args: object) -> int:
        raise OSError("written front to back")

    def flush(self) -> None:
        self.raw.flush()

    def close(self) -> None:
        """The file stays open: ``seal`` still writes to it, and its owner closes it."""

    def seal(self) -> None:
        """Write the hash of everything before the placeholder into it."""
        assert self.held == b"0" * DIGEST, "the archive must end with the placeholder"
        self.raw.seek(self.position - DIGEST)
        self.raw.write(self.hash.hexdigest().encode("ascii"))


def new_manifest(facts: DatabaseFacts, source: str, created: datetime) -> Manifest:
    """A manifest for ``facts``; the file's own checksums are filled in while writing."""
    from lao_desktop import __version__

    return Manifest(
        backup_id=uuid.uuid4().hex,
        created_at=created.isoformat(timespec="seconds"),
        program_version=__version__,
        schema_revision=facts.revision,
        source=source,
        office_name=facts.office_name,
        office_code=facts.office_code,
        counts=facts.counts,
        attachments=facts.attachments,
        attachment_bytes=facts.attachment_bytes,
        audit_entries=facts.audit_entries,
        audit_head=facts.audit_head,
        database_size=0,
        database_sha256="",
        payload_name="",
        payload_size=0,
        payload_sha256="",
    )
