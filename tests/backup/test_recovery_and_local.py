"""The printed recovery key opens encrypted backups; automatic local copies rotate safely."""

from __future__ import annotations

import os
import time
from pathlib import Path

import pytest

from lao_desktop.backup.crypto import RecoveryKey, passphrase_problem
from lao_desktop.backup.local import automatic_backup, backups_folder, backups_in, is_due, rotate
from lao_desktop.backup.make import back_up
from lao_desktop.backup.recovery import current_key_id, new_recovery_key
from lao_desktop.backup.restore import verify_backup
from lao_desktop.backup.workdir import STALE, sweep
from lao_desktop.errors import PermissionDeniedError, ValidationError, WrongPassphraseError
from lao_desktop.models.enums import Role
from lao_desktop.services import Services
from lao_desktop.services.context import Actor
from lao_desktop.services.settings import BACKUP_RECOVERY_KEY, BACKUP_REMINDER_DAYS

PASSPHRASE = "ลืมง่ายมากเลย"


def test_the_recovery_key_opens_a_backup_whose_passphrase_is_forgotten(
    live_services: Services, tmp_path: Path
) -> None:
    assert current_key_id(live_services) is None
    key = new_recovery_key(live_services)
    assert current_key_id(live_services) == key.key_id
    written = back_up(live_services, tmp_path, passphrase=PASSPHRASE)
    assert written.manifest.encryption is not None
    assert written.manifest.encryption.recovery_key_id == key.key_id
    # Typed back from paper: lower case, spaces instead of dashes, O for 0 and I for 1 mixed up.
    typed = key.text().lower().replace("-", " ")
    opened = verify_backup(written.path, recovery=RecoveryKey.parse(typed))
    assert opened.backup_id == written.manifest.backup_id
    # The database keeps only the public half: the printed text is nowhere in it.
    assert live_services.settings.get(BACKUP_RECOVERY_KEY) == key.public
    db_path = live_services.ctx.db.path
    assert db_path is not None
    stored = b"".join(
        f.read_bytes() for f in db_path.parent.glob(db_path.name + "*") if f.is_file()
    )
    assert key.public.encode() in stored
    assert key.private not in stored and key.text().encode() not in stored


def test_a_new_recovery_key_does_not_open_backups_made_for_the_old_one(
    live_services: Services, tmp_path: Path
) -> None:
    old = new_recovery_key(live_services)
    written = back_up(live_services, tmp_path, passphrase=PASSPHRASE)
    new = new_recovery_key(live_services)
    with pytest.raises(WrongPassphraseError, match=old.key_id):
        verify_backup(written.path, recovery=new)
    assert verify_backup(written.path, recovery=old).records == written.manifest.records


def test_a_mistyped_recovery_key_is_caught_by_its_checksum() -> None:
    text = RecoveryKey.generate().text()
    assert len(text.split("-")) == 11 and all(len(g) == 5 for g in text.split("-"))
    wrong = ("B" if text[0] != "B" else "C") + text[1:]
    with pytest.raises(WrongPassphraseError, match="printed sheet"):
        RecoveryKey.parse(wrong)
    with pytest.raises(WrongPassphraseError):
        RecoveryKey.parse(text[:-5])
    with pytest.raises(WrongPassphraseError):
        RecoveryKey.parse("กขค😀")


def test_without_a_recovery_key_only_the_passphrase_opens_it(
    live_services: Services, tmp_path: Path
) -> None:
    written = back_up(live_services, tmp_path, passphrase=PASSPHRASE)
    with pytest.raises(WrongPassphraseError, match="only its passphrase"):
        verify_backup(written.path, recovery=RecoveryKey.generate())


def test_only_an_administrator_sets_the_recovery_key(live_services: Services) -> None:
    clerk = Services(live_services.ctx.db, Actor(None, "clerk", Role.CLERK))
    with pytest.raises(PermissionDeniedError):
        new_recovery_key(clerk)
    with pytest.raises(ValidationError, match="recovery key"):
        live_services.settings.set(BACKUP_RECOVERY_KEY, "not a key")


def test_short_passphrases_are_refused() -> None:
    assert passphrase_problem("1234567") is not None
    assert passphrase_problem("       x") is not None
    assert passphrase_problem("ขอบคุณครับ") is None


def test_reminder_days_are_checked(live_services: Services) -> None:
    assert live_services.settings.backup_reminder_days() == 7
    live_services.settings.set(BACKUP_REMINDER_DAYS, " 14 ")
    assert live_services.settings.backup_reminder_days() == 14
    for bad in ("0", "366", "สิบ", "7.5", ""):
        with pytest.raises(ValidationError, match="days"):
            live_services.settings.set(BACKUP_REMINDER_DAYS, bad)


def test_automatic_copies_are_made_at_most_daily(live_services: Services) -> None:
    target = str(live_services.ctx.db.path)
    first = automatic_backup(live_services, target)
    assert first is not None and first.path.parent == backups_folder(target)
    assert automatic_backup(live_services, target) is None  # made less than a day ago
    day_old = time.time() - 25 * 3600
    os.utime(first.path, (day_old, day_old))
    assert is_due(backups_folder(target))
    assert automatic_backup(live_services, target) is not None
    # Automatic copies are not the office's USB backup: Home keeps reminding.
    assert live_services.settings.last_backup_at() is None


def test_rotation_keeps_the_newest_and_clears_stale_temporary_files(tmp_path: Path) -> None:
    now = time.time()
    for age in range(12):
        path = tmp_path / f"copy {age:02d}.laobackup"
        path.write_bytes(b"x")
        os.utime(path, (now - age * 86400, now - age * 86400))
    stale = tmp_path / ".abc.laobackup-part"
    stale.write_bytes(b"half")
    os.utime(stale, (now - 2 * 86400, now - 2 * 86400))
    fresh = tmp_path / ".def.laobackup-part"  # a backup being written right now
    fresh.write_bytes(b"half")
    other = tmp_path / "notes.txt"
    other.write_text("not ours")
    deleted = rotate(tmp_path, keep=3)
    names = [p.name for p in backups_in(tmp_path)]
    assert names == ["copy 00.laobackup", "copy 01.laobackup", "copy 02.laobackup"]
    assert len(deleted) == 9
    assert not stale.exists() and fresh.exists() and other.exists()
    rotate(tmp_path, keep=0)  # never the newest one
    assert [p.name for p in backups_in(tmp_path)] == ["copy 00.laobackup"]


def test_work_folders_of_a_program_still_running_are_kept_unless_a_day_old(
    tmp_path: Path,
) -> None:
    running = tmp_path / "lao-backup-1-abc"  # process 1 is always running
    running.mkdir()
    (running / "snapshot.sqlite").write_bytes(b"data")
    gone = tmp_path / f"lao-backup-{2**22 + 7}-def"  # above Linux's highest process id
    gone.mkdir()
    other = tmp_path / "lao-restore-1-ghi"
    other.mkdir()
    sweep(tmp_path, "lao-backup-")
    assert running.exists() and not gone.exists() and other.exists()
    old = time.time() - 2 * STALE
    os.utime(running, (old, old))
    sweep(tmp_path, "lao-backup-")
    assert not running.exists() and other.exists()
