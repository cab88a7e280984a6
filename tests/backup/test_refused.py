"""Every kind of bad file is refused by verify and restore, with a clear message, and the live
database is not touched (no safety copy either: nothing started)."""

from __future__ import annotations

import json
import shutil
import sqlite3
import zipfile
from collections.abc import Callable
from dataclasses import replace
from datetime import datetime
from pathlib import Path

import pytest

from lao_desktop.backup.archive import new_manifest, write_backup
from lao_desktop.backup.crypto import RecoveryKey
from lao_desktop.backup.inspect import examine
from lao_desktop.backup.make import back_up
from lao_desktop.backup.manifest import DATABASE_NAME, MANIFEST_NAME, Manifest
from lao_desktop.backup.restore import restore_backup, verify_backup
from lao_desktop.backup.snapshot import take_snapshot
from lao_desktop.db.database import Database
from lao_desktop.errors import BackupError, WrongPassphraseError
from lao_desktop.services import Services
from tests.backup.conftest import administrator, file_digest


@pytest.fixture
def good(live_services: Services, tmp_path: Path) -> Path:
    stick = tmp_path / "stick"
    stick.mkdir()
    return back_up(live_services, stick).path


def _refused(path: Path, live: Database, tmp_path: Path, match: str, **secrets: object) -> None:
    """``path`` fails verify and restore with a message matching ``match``; the live database
    file is byte for byte as it was and no safety copy was made."""
    admin = administrator(live)
    live.dispose()
    assert live.path is not None
    before = file_digest(live.path)
    with pytest.raises(BackupError, match=match):
        verify_backup(path, **secrets)  # type: ignore[arg-type]
    safety = tmp_path / "safety"
    with pytest.raises(BackupError, match=match):
        restore_backup(path, live, admin, safety_folder=safety, **secrets)  # type: ignore[arg-type]
    assert file_digest(live.path) == before
    assert not safety.exists() or not any(safety.iterdir())


def _cut(good: Path, keep: Callable[[int], int], tmp_path: Path) -> Path:
    data = good.read_bytes()
    bad = tmp_path / "cut.laobackup"
    bad.write_bytes(data[: keep(len(data))])
    return bad


@pytest.mark.parametrize(
    "keep",
    [lambda n: n // 10, lambda n: n // 2, lambda n: n - 1000, lambda n: n - 1, lambda n: 30],
    ids=["10%", "half", "all-but-1000", "all-but-1", "30-bytes"],
)
def test_a_truncated_backup_is_refused(
    good: Path, live: Database, tmp_path: Path, keep: Callable[[int], int]
) -> None:
    _refused(_cut(good, keep, tmp_path), live, tmp_path, "incomplete|damaged|not a backup")


def _flipped(good: Path, where: Callable[[bytes], int], tmp_path: Path) -> Path:
    data = bytearray(good.read_bytes())
    data[where(bytes(data))] ^= 0x20
    bad = tmp_path / "flipped.laobackup"
    bad.write_bytes(bytes(data))
    return bad


@pytest.mark.parametrize(
    "where",
    [
        lambda d: len(d) // 3,  # inside the database pages
        lambda d: d.index(b"SQLite format 3") + 40,  # the database's header
        lambda d: d.rindex(b'"office_name"') + 20,  # the manifest (office name)
        lambda d: d.rindex(b'"partners"') + 13,  # the manifest (a record count)
        lambda d: d.rindex(b"PK\x01\x02") + 20,  # the central directory
        lambda d: 12,  # the first entry's local header
    ],
    ids=["pages", "db-header", "manifest-office", "manifest-count", "directory", "local-header"],
)
def test_a_flipped_byte_anywhere_is_refused(
    good: Path, live: Database, tmp_path: Path, where: Callable[[bytes], int]
) -> None:
    _refused(_flipped(good, where, tmp_path), live, tmp_path, "damaged|not a backup|incomplete")


def test_an_empty_file_is_refused(live: Database, tmp_path: Path) -> None:
    empty = tmp_path / "empty.laobackup"
    empty.touch()
    _refused(empty, live, tmp_path, "empty")


@pytest.mark.parametrize(
    "content",
    [b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n", "สวัสดี,ชื่อ\n".encode(), bytes(range(256)) * 40],
    ids=["pdf", "csv", "random"],
)
def test_a_file_that_is_not_a_backup_is_refused(
    live: Database, tmp_path: Path, content: bytes
) -> None:
    other = tmp_path / "other.laobackup"
    other.write_bytes(content)
    _refused(other, live, tmp_path, "not a backup")


def test_the_live_database_file_itself_is_refused_as_a_backup(
    live: Database, tmp_path: Path
) -> None:
    live.dispose()
    assert live.path is not None
    copy = tmp_path / "copy.db"
    shutil.copyfile(live.path, copy)
    _refused(copy, live, tmp_path, "database file, not a backup")


def test_another_zip_is_refused(live: Database, tmp_path: Path) -> None:
    other = tmp_path / "photos.laobackup"
    with zipfile.ZipFile(other, "w") as archive:
        archive.writestr("รูปประชุม.jpg", b"\xff\xd8\xff" + b"0" * 100)
    _refused(other, live, tmp_path, "not a backup")


@pytest.mark.parametrize("name", ["../lao-network.db", "/etc/passwd", "..\\..\\x.db", "C:x.db"])
def test_an_archive_with_paths_escaping_its_folder_is_refused(
    good: Path, live: Database, tmp_path: Path, name: str
) -> None:
    bad = tmp_path / "escape.laobackup"
    with zipfile.ZipFile(good) as source, zipfile.ZipFile(bad, "w") as archive:
        for info in source.infolist():
            archive.writestr(info, source.read(info))
        archive.writestr(name, b"payload")
    _refused(bad, live, tmp_path, "outside its folder")


def test_an_extra_file_in_the_archive_is_refused(
    good: Path, live: Database, tmp_path: Path
) -> None:
    bad = tmp_path / "extra.laobackup"
    with zipfile.ZipFile(good) as source, zipfile.ZipFile(bad, "w") as archive:
        for info in source.infolist():
            archive.writestr(info, source.read(info))
        archive.writestr("readme.txt", b"hello")
    _refused(bad, live, tmp_path, "holds files a backup does not have")


def _crafted(
    live: Database,
    tmp_path: Path,
    spoil: Callable[[Path], None],
    manifest: Callable[[Manifest], Manifest] = lambda m: m,
) -> Path:
    """A self-consistent archive (checksums right) around a database spoilt by ``spoil``:
    only the checks of the database itself can catch it."""
    snapshot = tmp_path / "snapshot.sqlite"
    take_snapshot(live, snapshot, lambda d, t, w: None)
    facts = examine(snapshot, full=True)
    base = manifest(new_manifest(facts, "sqlite", datetime.now().astimezone()))
    spoil(snapshot)
    folder = tmp_path / "crafted"
    folder.mkdir()
    return write_backup(snapshot, base, folder, "crafted.laobackup").path


def _sql(statement: str) -> Callable[[Path], None]:
    def run(path: Path) -> None:
        connection = sqlite3.connect(path)
        connection.execute(statement)
        connection.commit()
        connection.close()

    return run


def test_another_programs_sqlite_file_inside_is_refused(live: Database, tmp_path: Path) -> None:
    bad = _crafted(live, tmp_path, _sql("PRAGMA application_id=0"))
    _refused(bad, live, tmp_path, "another program")


def _zero_a_page(path: Path) -> None:
    """Overwrite a table page in the middle of the file, as a bad sector would."""
    connection = sqlite3.connect(path)
    page_size = connection.execute("PRAGMA page_size").fetchone()[0]
    root = connection.execute(
        "SELECT rootpage FROM sqlite_master WHERE name='ix_audit_log_at'"
    ).fetchone()[0]
    connection.close()
    with path.open("r+b") as file:
        file.seek((root - 1) * page_size)
        file.write(b"\x0d" + b"\x00" * (page_size - 1))


def test_a_database_that_fails_integrity_check_is_refused(live: Database, tmp_path: Path) -> None:
    _refused(_crafted(live, tmp_path, _zero_a_page), live, tmp_path, "damaged")


def test_a_backup_from_a_newer_schema_is_refused(live: Database, tmp_path: Path) -> None:
    bad = _crafted(live, tmp_path, _sql("UPDATE alembic_version SET version_num='9999'"))
    _refused(bad, live, tmp_path, "newer version")


def test_a_backup_of_a_newer_format_is_refused(good: Path, live: Database, tmp_path: Path) -> None:
    bad = tmp_path / "newer.laobackup"
    with zipfile.ZipFile(good) as source, zipfile.ZipFile(bad, "w") as archive:
        archive.writestr(DATABASE_NAME, source.read(DATABASE_NAME))
        raw = json.loads(source.read(MANIFEST_NAME))
        raw["format_version"] = 99
        archive.writestr(MANIFEST_NAME, json.dumps(raw))
    _refused(bad, live, tmp_path, "newer version")


@pytest.mark.parametrize(
    "change",
    [
        # The newest audit entries cut off, as someone hiding what they did would.
        lambda m: replace(m, audit_head="0" * 64),
        lambda m: replace(m, counts={**m.counts, "partners": m.counts["partners"] + 1}),
    ],
    ids=["audit-head", "partner-count"],
)
def test_a_backup_whose_contents_differ_from_its_description_is_refused(
    live: Database, tmp_path: Path, change: Callable[[Manifest], Manifest]
) -> None:
    bad = _crafted(live, tmp_path, lambda p: None, change)
    _refused(bad, live, tmp_path, "does not match its own description")


def test_a_wrong_passphrase_or_none_is_refused(
    live_services: Services, live: Database, tmp_path: Path
) -> None:
    written = back_up(live_services, tmp_path, passphrase="รหัสลับของสำนักงาน")
    _refused(written.path, live, tmp_path, "passphrase is wrong", passphrase="รหัสลับของสำนักงาม")
    _refused(written.path, live, tmp_path, "encrypted", passphrase=None)
    _refused(written.path, live, tmp_path, "recovery key", recovery=RecoveryKey.generate())


def test_a_wrong_passphrase_is_a_wrong_passphrase_error(
    live_services: Services, tmp_path: Path
) -> None:
    written = back_up(live_services, tmp_path, passphrase="รหัสลับของสำนักงาน")
    with pytest.raises(WrongPassphraseError):
        verify_backup(written.path, passphrase="Caps Lock on")
