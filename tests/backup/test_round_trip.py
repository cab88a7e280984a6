"""Back up, verify and restore the demo office: every row comes back, nothing else changes."""

from __future__ import annotations

import sqlite3
import zipfile
from datetime import datetime
from pathlib import Path

import pytest

from lao_desktop.backup.make import back_up, backup_name
from lao_desktop.backup.manifest import DATABASE_NAME, ENCRYPTED_NAME, MANIFEST_NAME
from lao_desktop.backup.reading import read_manifest
from lao_desktop.backup.restore import restore_backup, verify_backup
from lao_desktop.db.database import Database, open_database, resolve_url
from lao_desktop.errors import BackupError, PermissionDeniedError
from lao_desktop.models.enums import Role
from lao_desktop.services import Services
from lao_desktop.services.audit import first_broken_entry
from lao_desktop.services.context import SYSTEM, Actor
from lao_desktop.services.query import ListQuery
from lao_desktop.services.settings import BACKUP_REMINDER_DAYS
from tests.backup.conftest import administrator, file_digest, table_rows


def test_backup_restore_into_a_new_file_gives_every_row_back(
    live: Database, live_services: Services, tmp_path: Path
) -> None:
    out = tmp_path / "stick"
    out.mkdir()
    written = back_up(live_services, out)
    live.dispose()
    before = table_rows(live.path)  # type: ignore[arg-type]

    target = tmp_path / "new-pc" / "lao-network.db"  # no database there yet
    fresh = Database(resolve_url(target))
    restored = restore_backup(written.path, fresh, SYSTEM, safety_folder=tmp_path / "safety")
    assert restored.safety_copy is None and not restored.upgraded
    after = table_rows(target)
    audit = after.pop("audit_log")
    expected_audit = before.pop("audit_log")
    # The settings row written by the backup itself (the last backup's time) came after it.
    before.pop("settings"), after.pop("settings")
    assert after == before
    # The restored trail is the backup's, plus one entry: who restored it, and from what.
    # (The live one has another instead: the backup noting its own time.)
    taken = written.manifest.audit_entries
    assert len(audit) == taken + 1
    assert sorted(audit)[:taken] == sorted(expected_audit)[:taken]
    check = open_database(target)
    with Services(check).ctx.reading() as session:
        assert first_broken_entry(session) is None
    check.dispose()
    restore_row = max(audit, key=lambda row: row[0])
    assert restore_row[4] == "restore" and written.path.name in restore_row[7]


def test_attachments_come_back_byte_identical(
    live: Database, live_services: Services, tmp_path: Path
) -> None:
    connection = sqlite3.connect(live.path)  # type: ignore[arg-type]
    scans = connection.execute("SELECT id, content FROM agreement_documents").fetchall()
    connection.close()
    assert scans, "the demo office has scanned agreements"
    written = back_up(live_services, tmp_path)
    assert read_manifest(written.path).attachments == len(scans)
    target = tmp_path / "restored.db"
    restore_backup(
        written.path, open_database(target, migrate=False), SYSTEM, safety_folder=tmp_path / "s"
    )
    connection = sqlite3.connect(target)
    back = dict(connection.execute("SELECT id, content FROM agreement_documents").fetchall())
    connection.close()
    assert back == dict(scans)


def test_restore_replaces_todays_changes_and_keeps_them_in_a_safety_copy(
    live: Database, live_services: Services, tmp_path: Path
) -> None:
    written = back_up(live_services, tmp_path)
    partner = live_services.partners.list(ListQuery(limit=1)).items[0]
    live_services.partners.delete(partner.id)
    live_services.settings.set(BACKUP_REMINDER_DAYS, "3")
    admin = administrator(live)
    restored = restore_backup(written.path, live, admin, safety_folder=tmp_path / "safety")

    again = Services(open_database(live.path))
    assert again.partners.get(partner.id).deleted_at is None
    assert again.settings.backup_reminder_days() == 7
    # The safety copy holds the data as it was just before the restore.
    assert restored.safety_copy is not None and restored.safety_copy.exists()
    kept = read_manifest(restored.safety_copy)
    assert kept.counts["settings"] == read_manifest(written.path).counts["settings"] + 2
    assert verify_backup(restored.safety_copy).backup_id == kept.backup_id
    again.ctx.db.dispose()


def test_the_archive_is_a_plain_zip_with_a_manifest(
    live_services: Services, tmp_path: Path
) -> None:
    written = back_up(live_services, tmp_path)
    with zipfile.ZipFile(written.path) as archive:
        assert sorted(archive.namelist()) == [DATABASE_NAME, MANIFEST_NAME]
        assert archive.getinfo(DATABASE_NAME).compress_type == zipfile.ZIP_STORED
        extracted = tmp_path / "inside.sqlite"
        extracted.write_bytes(archive.read(DATABASE_NAME))
    # Any SQLite tool opens the database inside an unencrypted backup.
    connection = sqlite3.connect(extracted)
    assert (
        connection.execute("SELECT count(*) FROM partners").fetchone()[0]
        == (written.manifest.counts["partners"])
    )
    connection.close()
    manifest = written.manifest
    assert manifest.office_name == "องค์การบริหารส่วนตำบลนาคูณใหญ่"
    assert manifest.audit_head is not None and len(manifest.audit_head) == 64
    assert manifest.database_sha256 == manifest.payload_sha256


def test_encrypted_backup_hides_the_data_and_opens_with_its_passphrase(
    live_services: Services, tmp_path: Path
) -> None:
    passphrase = "ข้าวเหนียวมะม่วง 2569"
    written = back_up(live_services, tmp_path, passphrase=passphrase)
    with zipfile.ZipFile(written.path) as archive:
        assert archive.namelist() == [ENCRYPTED_NAME, MANIFEST_NAME]
        content = archive.read(ENCRYPTED_NAME)
    assert b"SQLite format 3" not in content
    assert "นาคูณใหญ่".encode() not in content.replace(b"\x00", b"")
    assert verify_backup(written.path, passphrase=passphrase).records == written.manifest.records
    # The same words with the vowel and tone mark typed in the other order (NFD vs NFC).
    import unicodedata

    typed = unicodedata.normalize("NFD", passphrase)
    assert verify_backup(written.path, passphrase=typed).backup_id == written.manifest.backup_id


def test_clerks_and_executives_may_back_up_but_only_an_administrator_may_restore(
    live: Database, tmp_path: Path
) -> None:
    clerk = Actor(None, "clerk", Role.CLERK)
    written = back_up(Services(live, clerk), tmp_path)
    with pytest.raises(PermissionDeniedError):
        restore_backup(written.path, live, clerk, safety_folder=tmp_path / "s")
    executive = Actor(None, "executive", Role.EXECUTIVE)
    assert back_up(Services(live, executive), tmp_path).path.exists()
    with pytest.raises(PermissionDeniedError):
        restore_backup(written.path, live, executive, safety_folder=tmp_path / "s")


def test_the_program_itself_restores_only_where_nobody_can_log_in(
    live: Database, live_services: Services, tmp_path: Path
) -> None:
    """Moving to a new PC, nobody is logged in (SYSTEM): allowed on the new, empty database,
    never over data with accounts, which only its administrator replaces."""
    written = back_up(live_services, tmp_path)
    live.dispose()
    assert live.path is not None
    before = file_digest(live.path)
    for nobody in (SYSTEM, Actor(None, "admin", Role.ADMIN)):
        with pytest.raises(PermissionDeniedError, match="has user accounts"):
            restore_backup(written.path, live, nobody, safety_folder=tmp_path / "s")
    assert file_digest(live.path) == before and not (tmp_path / "s").exists()

    new_pc = tmp_path / "new-pc.db"
    empty = open_database(new_pc)  # as the first start opens it: migrated, nobody set up
    assert Services(empty).accounts.needs_setup()
    restore_backup(written.path, empty, SYSTEM, safety_folder=tmp_path / "s")
    restored = open_database(new_pc)
    try:
        assert not Services(restored).accounts.needs_setup()
        with pytest.raises(PermissionDeniedError):  # now it has accounts of its own
            restore_backup(written.path, restored, SYSTEM, safety_folder=tmp_path / "s")
        restore_backup(written.path, restored, administrator(restored), safety_folder=tmp_path)
    finally:
        restored.dispose()


def test_backup_notes_the_time_for_homes_reminder_but_automatic_copies_do_not(
    live_services: Services, tmp_path: Path
) -> None:
    assert live_services.settings.last_backup_at() is None
    back_up(live_services, tmp_path, record=False)
    assert live_services.settings.last_backup_at() is None
    written = back_up(live_services, tmp_path)
    noted = live_services.settings.last_backup_at()
    assert noted is not None and noted == written.manifest.created


def test_a_second_backup_in_the_same_minute_gets_its_own_name(
    live_services: Services, tmp_path: Path
) -> None:
    first = back_up(live_services, tmp_path)
    second = back_up(live_services, tmp_path)
    assert first.path != second.path and first.path.exists() and second.path.exists()
    assert verify_backup(first.path).backup_id == first.manifest.backup_id


def test_backup_names_carry_the_office_and_the_buddhist_era_date() -> None:
    when = datetime(2026, 11, 21, 9, 47)
    assert backup_name("อบต.นาคูณใหญ่", when) == "อบต.นาคูณใหญ่ 2569-11-21 09.47.laobackup"
    # Nothing Windows refuses in a file name, and no endless names.
    name = backup_name('a/b\\c:d*e?"f<g>h|' + "ก" * 500, when)
    assert not set('/\\:*?"<>|') & set(name) and len(name) < 100
    assert backup_name("  ", when).startswith("LAO 2569")


def test_backup_to_a_folder_that_does_not_exist_says_so(
    live_services: Services, tmp_path: Path
) -> None:
    with pytest.raises(BackupError, match="USB"):
        back_up(live_services, tmp_path / "E:" / "gone")
