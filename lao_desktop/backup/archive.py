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
import uuid
import zipfile
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import datetime
from pathlib import Path
from typing import IO

from lao_desktop.backup import crypto
from lao_desktop.backup.drives import size_text
from lao_desktop.backup.inspect import SQLITE_MAGIC, DatabaseFacts
from lao_desktop.backup.manifest import (
    DATABASE_NAME,
    ENCRYPTED_NAME,
    EXTENSION,
    MANIFEST_NAME,
    Encryption,
    Manifest,
)
from lao_desktop.errors import BackupError
from lao_desktop.i18n import _

Progress = Callable[[int, int, str], None]
CHUNK = 1 << 20
_SEAL = b"lao-desktop-backup sha256:"  # the ZIP comment: this, then the file's checksum
_DIGEST = 64
_FULL = {errno.ENOSPC, errno.EFBIG, getattr(errno, "EDQUOT", errno.ENOSPC)}


def _quiet(done: int, total: int, what: str) -> None:
    """The progress report of work nobody watches."""


def write_error(error: OSError, folder: Path, needed: int) -> BackupError:
    """What a clerk is told when writing to ``folder`` failed."""
    if error.errno in _FULL:
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


def computer_disk_full(where: Path, size: int) -> BackupError:
    """The local disk (not the stick) has no room for a working copy of the data."""
    return BackupError(
        _(
            "The disk of this computer is full: {size} of room is needed in {where} for a copy "
            "of the data. Free some space on it and try again."
        ).format(size=size_text(size), where=where)
    )


def _free(folder: Path) -> int:
    try:
        return shutil.disk_usage(folder).free
    except OSError:
        return 0


def _drop_cache(file: IO[bytes]) -> None:
    """Forget the file's cached pages so that reading it back reads the device itself."""
    if hasattr(os, "posix_fadvise"):
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
    progress: Progress = _quiet,
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
    weights = _Weights(progress, 2 * size)
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
        archive.comment = _SEAL + b"0" * _DIGEST
    return manifest


class _Weights:
    """One progress bar over several passes: each pass reports from its own offset."""

    def __init__(self, progress: Progress, total: int) -> None:
        self.progress, self.total = progress, total

    def part(self, start: int, what: str | None = None) -> Progress:
        def report(done: int, _total: int, said: str) -> None:
            self.progress(start + done, self.total, what or said)

        return report


class _Sealing:
    """The archive's way to the file: its bytes are hashed as they pass, all but the last
    ``_DIGEST`` (the placeholder in the ZIP comment that ``seal`` fills with that hash, so
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
        if len(data) >= _DIGEST:
            self.hash.update(self.held)
            self.hash.update(memoryview(data)[:-_DIGEST])
            self.held = bytes(data[-_DIGEST:])
        else:
            joined = self.held + bytes(data)
            self.hash.update(joined[:-_DIGEST])
            self.held = joined[-_DIGEST:]
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
        assert self.held == b"0" * _DIGEST, "the archive must end with the placeholder"
        self.raw.seek(self.position - _DIGEST)
        self.raw.write(self.hash.hexdigest().encode("ascii"))


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


def check_whole_file(path: Path, progress: Progress = _quiet) -> None:
    """Compare the file with the checksum at its end; BackupError if they differ."""
    with path.open("rb") as file:
        end = file.seek(0, os.SEEK_END)
        if end < len(_SEAL) + _DIGEST:
            raise _damaged(path)
        file.seek(end - _DIGEST - len(_SEAL))
        seal = file.read(len(_SEAL) + _DIGEST)
        file.seek(0)
        digest = _digest(file, end - _DIGEST, progress, _("Checking the backup"))
    if seal[: len(_SEAL)] != _SEAL or seal[len(_SEAL) :] != digest.encode("ascii"):
        raise _damaged(path)


# -- reading ---------------------------------------------------------------------------------


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
    progress: Progress = _quiet,
) -> None:
    """Check the whole file against its checksum, then write its database (decrypted, and
    checked against its own checksums) to the new file ``target``."""
    key = b""
    if manifest.encryption is not None:
        key = crypto.open_data_key(manifest.encryption, manifest.backup_id, passphrase, recovery)
    size = path.stat().st_size
    weights = _Weights(progress, size + manifest.payload_size)
    try:
        check_whole_file(path, weights.part(0))
        with target.open("xb") as file:
            _extract(path, manifest, file, key, weights.part(size))
    except OSError as error:
        if error.errno in _FULL:
            raise computer_disk_full(target.parent, manifest.database_size) from error
        raise BackupError(
            _("Cannot read {path} ({reason}).").format(path=path, reason=error.strerror or error)
        ) from error


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
