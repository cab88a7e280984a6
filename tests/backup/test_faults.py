"""A USB stick that fails while a backup is written: pulled out (ENODEV, ENOENT), a bad sector
(EIO) or full (ENOSPC), at a random point of the write and of the reading back, at fsync and at
naming; and while a backup on it is verified or restored. Each time: a BackupError that tells
the clerk what happened, the earlier backup on the stick intact, no temporary file left, and
the live database file byte-identical.

``LAO_TEST_FULL=1`` runs more fault points.
"""

from __future__ import annotations

import errno
import os
from pathlib import Path

import pytest

from lao_desktop.backup import archive, make
from lao_desktop.backup.local import backups_in
from lao_desktop.backup.make import back_up
from lao_desktop.backup.restore import restore_backup, verify_backup
from lao_desktop.db.database import Database
from lao_desktop.errors import BackupError
from lao_desktop.services import Services
from tests.backup.conftest import administrator
from tests.backup.faults_support import PART_GLOB, FailingDevice, records, sha256_file, spread

FULL_RUN = os.environ.get("LAO_TEST_FULL") == "1"
FAULT_POINTS = 40 if FULL_RUN else 10
PULLED_OUT = "USB stick"  # what the message says when the stick failed or went away
FULL = "is full"


class Stick:
    """The live database, a stick folder with one earlier backup, and what both hold."""

    def __init__(self, live: Database, folder: Path) -> None:
        self.live = live
        self.folder = folder
        folder.mkdir()
        self.earlier = back_up(Services(live), folder).path
        verify_backup(self.earlier)
        self.earlier_digest = sha256_file(self.earlier)
        self.device: FailingDevice | None = None
        self.take_stock()

    def take_stock(self) -> None:
        """Note what the live database holds now."""
        self.live.dispose()  # the last connection closed: the file alone holds the data
        assert self.live.path is not None
        self.live_digest = sha256_file(self.live.path)
        self.rows = records(self.live.path)

    def fails(self, *, says: str) -> str:
        """Back up, expecting it to fail and to say ``says``; then check nothing was lost."""
        with pytest.raises(BackupError) as failure:
            back_up(Services(self.live), self.folder)
        if self.device is not None:
            self.device.heal()
        self.assert_nothing_lost()
        message = str(failure.value)
        assert says in message, message
        assert ".laobackup-part" not in message, f"names the temporary file: {message}"
        return message

    def assert_nothing_lost(self) -> None:
        assert sha256_file(self.earlier) == self.earlier_digest
        assert backups_in(self.folder) == [self.earlier], "a file carries a backup's name"
        assert list(self.folder.glob(PART_GLOB)) == [], "the temporary file was left behind"
        self.live.dispose()
        assert self.live.path is not None
        assert sha256_file(self.live.path) == self.live_digest, "the live database changed"


@pytest.fixture
def stick(live: Database, tmp_path: Path) -> Stick:
    return Stick(live, tmp_path / "stick")


@pytest.mark.parametrize(
    ("code", "says"),
    [
        (errno.EIO, PULLED_OUT),
        (errno.ENODEV, PULLED_OUT),
        (errno.ENOENT, PULLED_OUT),
        (errno.ENOSPC, FULL),
    ],
    ids=["EIO", "ENODEV", "ENOENT", "ENOSPC"],
)
def test_a_stick_failing_at_any_byte_of_writing_or_reading_back_loses_nothing(
    stick: Stick, monkeypatch: pytest.MonkeyPatch, code: int, says: str
) -> None:
    device = stick.device = FailingDevice(stick.folder, code, monkeypatch)
    # One whole backup through the device: how many bytes a backup writes and reads there.
    back_up(Services(stick.live), stick.folder).path.unlink()
    stick.take_stock()  # that backup noted its time in the live database
    traffic = device.budget.passed
    assert traffic > 2 * stick.earlier.stat().st_size, "written, then read back"

    for point in spread(FAULT_POINTS, 0, traffic, f"fault {code}"):
        device.fail_after(int(point))
        stick.fails(says=says)
    verify_backup(stick.earlier)
    assert records(stick.live.path) == stick.rows  # type: ignore[arg-type]


@pytest.mark.parametrize(
    "code", [errno.EIO, errno.ENODEV, errno.ENOENT], ids=["EIO", "ENODEV", "ENOENT"]
)
def test_a_stick_pulled_out_before_the_backup_is_read_back_says_so(
    stick: Stick, monkeypatch: pytest.MonkeyPatch, code: int
) -> None:
    device = stick.device = FailingDevice(stick.folder, code, monkeypatch)
    device.pull_out_after_writing()
    stick.fails(says=PULLED_OUT)
    verify_backup(stick.earlier)


@pytest.mark.parametrize("code", [errno.EIO, errno.ENODEV], ids=["EIO", "ENODEV"])
def test_a_stick_failing_at_fsync_loses_nothing(
    stick: Stick, monkeypatch: pytest.MonkeyPatch, code: int
) -> None:
    def fsync(fd: int) -> None:
        raise OSError(code, os.strerror(code))

    monkeypatch.setattr(os, "fsync", fsync)
    stick.fails(says=PULLED_OUT)
    monkeypatch.undo()
    verify_backup(stick.earlier)


@pytest.mark.parametrize("code", [errno.EIO, errno.ENODEV], ids=["EIO", "ENODEV"])
def test_a_stick_pulled_out_while_the_backup_is_named_loses_nothing(
    stick: Stick, monkeypatch: pytest.MonkeyPatch, code: int
) -> None:
    def gone(*args: object, **kwargs: object) -> None:
        raise OSError(code, os.strerror(code))

    monkeypatch.setattr(os, "link", gone)
    monkeypatch.setattr(os, "rename", gone)
    stick.fails(says=PULLED_OUT)
    monkeypatch.undo()
    verify_backup(stick.earlier)


def test_a_backup_that_reads_back_different_is_not_kept(
    stick: Stick, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The stick returns other bytes than it was given (a fake-capacity stick does this).
    real_seal = archive._Sealing.seal

    def seal_then_corrupt(sealing: archive._Sealing) -> None:
        real_seal(sealing)
        sealing.raw.seek(100)
        sealing.raw.write(b"\xff")

    monkeypatch.setattr(archive._Sealing, "seal", seal_then_corrupt)
    with pytest.raises(BackupError):
        back_up(Services(stick.live), stick.folder)
    stick.assert_nothing_lost()


def test_on_a_stick_without_hard_links_a_backup_never_takes_an_earlier_ones_name(
    stick: Stick, monkeypatch: pytest.MonkeyPatch
) -> None:
    # FAT sticks have no hard links: the new file is renamed instead of linked.
    def no_links(*args: object, **kwargs: object) -> None:
        raise PermissionError(errno.EPERM, os.strerror(errno.EPERM))

    monkeypatch.setattr(os, "link", no_links)
    monkeypatch.setattr(make, "backup_name", lambda *args, **kwargs: stick.earlier.name)
    second = back_up(Services(stick.live), stick.folder).path
    third = back_up(Services(stick.live), stick.folder).path
    assert sha256_file(stick.earlier) == stick.earlier_digest
    assert [second.name, third.name] == [
        f"{stick.earlier.stem} (2).laobackup",
        f"{stick.earlier.stem} (3).laobackup",
    ]
    assert list(stick.folder.glob(PART_GLOB)) == []
    for path in (stick.earlier, second, third):
        verify_backup(path)


@pytest.mark.parametrize("code", [errno.EIO, errno.ENODEV], ids=["EIO", "ENODEV"])
def test_a_stick_failing_while_a_backup_is_verified_or_restored_says_so_and_changes_nothing(
    stick: Stick, monkeypatch: pytest.MonkeyPatch, tmp_path: Path, code: int
) -> None:
    device = stick.device = FailingDevice(stick.folder, code, monkeypatch)
    size = stick.earlier.stat().st_size
    admin = administrator(stick.live)
    # Read twice: the whole file against its seal, then the database taken out of it.
    for point in spread(FAULT_POINTS, 0, 2 * size, f"read {code}"):
        device.fail_after(int(point))
        with pytest.raises(BackupError, match="Cannot read"):
            verify_backup(stick.earlier)
        device.fail_after(int(point))
        with pytest.raises(BackupError, match="Cannot read"):
            restore_backup(stick.earlier, stick.live, admin, safety_folder=tmp_path / "safety")
        device.heal()
        stick.assert_nothing_lost()
    verify_backup(stick.earlier)
