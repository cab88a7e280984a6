"""A backup taken while the program keeps writing: another connection (a thread with its own
engine, as a second window or the scheduled command line would be) adds numbered partners
through the services, one transaction each, before, during and after the backup.

The backup verifies, and restored it holds partners 1..k with no gap — a consistent prefix of
the writer's commits, taken between the backup's start and end — with integrity_check ok; the
live database keeps every commit. A backup that fails while the writer writes changes nothing
but the writer's own rows.
"""

from __future__ import annotations

import errno
import re
import sqlite3
import threading
import time
from pathlib import Path

import pytest

from lao_desktop.backup.make import back_up
from lao_desktop.backup.restore import restore_backup, verify_backup
from lao_desktop.db.database import Database, open_database, resolve_url
from lao_desktop.errors import BackupError
from lao_desktop.services import Services
from lao_desktop.services.context import SYSTEM
from tests.backup.faults_support import FailingDevice, big_demo_copy, integrity, records
from tests.factories import thai_partner

MARK = "กลุ่มที่เขียนระหว่างสำรอง"
BEFORE, AFTER = 10, 10  # commits before the backup starts, and after it ends


class Writer(threading.Thread):
    """Commits partners named MARK 00001, 00002, … until stopped."""

    def __init__(self, path: Path) -> None:
        super().__init__(daemon=True)
        self.db = open_database(path)
        self.committed = 0
        self.commit_times: list[float] = []
        self.error: BaseException | None = None
        self.halt = threading.Event()

    def run(self) -> None:
        services = Services(self.db)
        try:
            while not self.halt.is_set():
                services.partners.create(thai_partner(name=f"{MARK} {self.committed + 1:05d}"))
                self.committed += 1
                self.commit_times.append(time.perf_counter())
        except BaseException as error:  # reported by the test
            self.error = error
        finally:
            self.db.dispose()

    def wait_for(self, commits: int) -> None:
        deadline = time.monotonic() + 60
        while self.committed < commits and self.is_alive() and time.monotonic() < deadline:
            time.sleep(0.005)
        assert self.committed >= commits, f"the writer stopped: {self.error!r}"

    def stop(self) -> None:
        self.halt.set()
        self.join(timeout=60)
        assert self.error is None, repr(self.error)


def _marks(path: Path) -> list[int]:
    connection = sqlite3.connect(path)
    try:
        names = connection.execute("SELECT name FROM partners WHERE name LIKE ?", (f"{MARK} %",))
        return sorted(int(re.sub(r"\D", "", name)) for (name,) in names)
    finally:
        connection.close()


@pytest.fixture
def live_path(tmp_path: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    # 29 MB with two large scans: the backup lasts long enough for commits to land during it.
    return big_demo_copy(tmp_path_factory, tmp_path / "live.db")


def test_a_backup_while_the_program_writes_holds_a_prefix_of_its_commits(
    live_path: Path, tmp_path: Path
) -> None:
    stick = tmp_path / "stick"
    stick.mkdir()
    db = open_database(live_path)
    writer = Writer(live_path)
    writer.start()
    try:
        writer.wait_for(BEFORE)
        started, committed_at_start = time.perf_counter(), writer.committed
        written = back_up(Services(db), stick)
        ended, committed_at_end = time.perf_counter(), writer.committed
        writer.wait_for(committed_at_end + AFTER)
    finally:
        writer.stop()
        db.dispose()
    during = [t for t in writer.commit_times if started < t < ended]
    assert during, "no commit landed while the backup ran: the test proved nothing"

    verify_backup(written.path)
    target = tmp_path / "restored" / "lao-network.db"
    restore_backup(
        written.path, Database(resolve_url(target)), SYSTEM, safety_folder=tmp_path / "safety"
    )
    assert integrity(target) == ["ok"]
    taken = _marks(target)
    assert taken == list(range(1, len(taken) + 1)), "a gap: not a consistent snapshot"
    assert committed_at_start <= len(taken) <= committed_at_end
    print(f"{len(during)} commits during the backup; it holds {len(taken)} of {writer.committed}")

    assert integrity(live_path) == ["ok"]
    assert _marks(live_path) == list(range(1, writer.committed + 1)), "a commit was lost"


def test_a_backup_failing_while_the_program_writes_changes_only_the_writers_rows(
    live_path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    stick = tmp_path / "stick"
    stick.mkdir()
    before = records(live_path)
    device = FailingDevice(stick, errno.EIO, monkeypatch)
    device.fail_after(live_path.stat().st_size // 2)  # halfway through writing
    db = open_database(live_path)
    writer = Writer(live_path)
    writer.start()
    try:
        writer.wait_for(BEFORE)
        with pytest.raises(BackupError):
            back_up(Services(db), stick)
        writer.wait_for(writer.committed + AFTER)
    finally:
        writer.stop()
        db.dispose()

    after = records(live_path)
    assert integrity(live_path) == ["ok"]
    assert _marks(live_path) == list(range(1, writer.committed + 1))
    for table, rows in before.items():
        if table == "partners":
            assert set(rows) <= set(after[table])
            assert len(after[table]) == len(rows) + writer.committed
        elif table == "audit_log":  # the writer's entries come after the earlier ones
            assert after[table][: len(rows)] == rows
            assert len(after[table]) == len(rows) + writer.committed
        else:
            assert after[table] == rows, f"{table} changed"
