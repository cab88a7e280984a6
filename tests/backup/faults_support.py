"""Fault injection for the backup tests: what the live data holds, and files that fail.

- ``big_demo_copy``: the demo office with two large scans, so that a backup takes a while.
- ``records(path)`` / ``assert_records_kept``: every row of a database file, and the check that
  a backup (killed or failed) took none away and changed none.
- ``FailingDevice``: the files of a folder fail with an OSError after a number of bytes read or
  written, or once written, as a pulled USB stick or a bad sector does.

Processes to kill are in ``faults_processes.py``.
"""

from __future__ import annotations

import hashlib
import os
import random
import shutil
import sqlite3
import zipfile
from collections.abc import Callable
from pathlib import Path
from typing import IO, Any

import pytest

from lao_desktop.backup.inspect import connect
from lao_desktop.db.database import open_database
from lao_desktop.services import ListQuery, Services
from lao_desktop.services.settings import LAST_BACKUP_AT
from tests.support.demo import demo_copy

PART_GLOB = ".*.laobackup-part"
SCAN_BYTES = 12_000_000
_BIG_TEMPLATE: list[Path] = []


def big_demo_copy(factory: pytest.TempPathFactory, target: Path) -> Path:
    """The demo office with two 12 MB scanned agreements (29 MB in all), built once: a backup
    then spends long enough writing and reading back that random kills land there."""
    if not _BIG_TEMPLATE:
        path = demo_copy(factory, factory.mktemp("big-demo") / "demo.db")
        db = open_database(path)
        services = Services(db)
        noise = hashlib.shake_256(b"scanned agreement").digest(SCAN_BYTES)
        for n, agreement in enumerate(services.agreements.list(ListQuery()).items[:2]):
            pdf = b"%PDF-1.4\n" + bytes([n]) + noise + b"\n%%EOF\n"
            services.agreements.attach_scan(agreement.id, pdf, filename=f"signed-{n}.pdf")
        db.dispose()  # the last connection closed: the WAL is checkpointed into the file
        _BIG_TEMPLATE.append(path)
    shutil.copyfile(_BIG_TEMPLATE[0], target)
    return target


def sha256_file(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as file:  # not through a FailingDevice's Path.open
        while chunk := file.read(1 << 20):
            digest.update(chunk)
    return digest.hexdigest()


def integrity(path: Path) -> list[str]:
    """``integrity_check`` of the database file at ``path``, as plain SQLite opens it."""
    connection = connect(path)
    try:
        return [row[0] for row in connection.execute("PRAGMA integrity_check")]
    except sqlite3.DatabaseError as error:  # "file is not a database", "malformed"
        return [str(error)]
    finally:
        connection.close()


Rows = dict[str, list[str]]
# A login writes the user's login time (and so the row's version): the rest must stay.
_LOGIN_KEEPS = "id, username, display_name, position, role, password_hash, active, deleted_at"
NOTED = "settings: " + LAST_BACKUP_AT  # the row a finished backup writes, apart


def _digest(row: tuple[Any, ...]) -> str:
    digest = hashlib.sha256()
    for value in row:  # blobs hashed as they are: their repr() is 4 times larger and slow
        data = value if isinstance(value, bytes) else repr(value).encode()
        digest.update(b"%d%c" % (len(data), 98 if isinstance(value, bytes) else 114) + data)
    return digest.hexdigest()


def _tables(connection: sqlite3.Connection) -> list[str]:
    return [
        row[0]
        for row in connection.execute(
            "SELECT name FROM sqlite_master WHERE type='table' AND name NOT LIKE 'sqlite_%'"
        )
    ]


def records(path: Path) -> Rows:
    """Per table, the SHA-256 of each row: sorted, and in id order for the audit trail; the
    last backup's time apart from the other settings."""
    connection = sqlite3.connect(path)
    try:
        found: Rows = {}
        for table in _tables(connection):
            if table == "audit_log":
                found[table] = [
                    _digest(r) for r in connection.execute(f"SELECT * FROM {table} ORDER BY id")
                ]
                continue
            columns = _LOGIN_KEEPS if table == "users" else "*"
            found[table] = sorted(
                _digest(r) for r in connection.execute(f'SELECT {columns} FROM "{table}"')
            )
        noted = connection.execute("SELECT * FROM settings WHERE key = ?", (LAST_BACKUP_AT,))
        found[NOTED] = [_digest(row) for row in noted]
        found["settings"] = sorted(set(found["settings"]) - set(found[NOTED]))
        return found
    finally:
        connection.close()


def row_counts(path: Path) -> dict[str, int]:
    connection = sqlite3.connect(path)
    try:
        return {
            t: connection.execute(f'SELECT count(*) FROM "{t}"').fetchone()[0]
            for t in _tables(connection)
        }
    finally:
        connection.close()


def _audit_entities_after(path: Path, entries: int) -> list[str]:
    connection = sqlite3.connect(path)
    try:
        rows = connection.execute(
            "SELECT entity FROM audit_log ORDER BY id LIMIT -1 OFFSET ?", (entries,)
        )
        return [row[0] for row in rows]
    finally:
        connection.close()


def assert_records_kept(before: Rows, path: Path, *, may_note_backup: bool) -> Rows:
    """Every row of ``before`` is in the database at ``path``, unchanged, and nothing else is —
    except the login of the command's user (its time on the user's row, and its audit entry),
    and, when ``may_note_backup``, the time of the last backup and the audit entry of that
    change, which a finished backup writes."""
    after = records(path)
    assert after.keys() == before.keys(), "tables differ"
    for table, rows in before.items():
        if table == "audit_log":
            assert after[table][: len(rows)] == rows, "audit trail: earlier entries changed"
            added = _audit_entities_after(path, len(rows))
            allowed = [[], ["users"]]
            if may_note_backup:
                allowed.append(["users", "settings"])
            assert added in allowed, f"audit trail: entries added for {added}"
        elif table != NOTED or not may_note_backup:
            assert after[table] == rows, f"{table}: rows changed, lost or added"
    return after


# -- files that fail ------------------------------------------------------------------------


def spread(trials: int, start: float, end: float, seed: str) -> list[float]:
    """``trials`` moments between ``start`` and ``end``: one random moment in each equal
    slice, so that every part is hit (seeded: the same moments each time)."""
    rng = random.Random(seed)
    return [start + (end - start) * (n + rng.random()) / trials for n in range(trials)]


class DeviceGone(OSError):
    """The OSError a failing device raises (a subclass, to tell it from other errors)."""


class Budget:
    """Bytes that may still pass to or from a device before it fails, and bytes that did."""

    def __init__(self) -> None:
        self.left = 1 << 62
        self.passed = 0

    def spend(self, n: int, code: int) -> None:
        if self.left < n:
            self.left = 0
            raise DeviceGone(code, os.strerror(code))
        self.left -= n
        self.passed += n


class FailingFile:
    """An open binary file whose reads and writes fail with OSError(``code``) once the budget
    is spent, as on a USB stick pulled out or a bad sector."""

    def __init__(
        self, file: IO[bytes], budget: Budget, code: int, closed: Callable[[], None]
    ) -> None:
        self._file = file
        self._budget = budget
        self._code = code
        self._closed = closed

    def write(self, data: Any) -> int:
        self._budget.spend(len(data), self._code)
        return self._file.write(data)

    def read(self, n: int = -1) -> bytes:
        data = self._file.read(n)
        self._budget.spend(len(data), self._code)
        return data

    def __getattr__(self, name: str) -> Any:
        return getattr(self._file, name)

    def __enter__(self) -> FailingFile:
        return self

    def __exit__(self, *exc: object) -> None:
        self._file.close()
        self._closed()


class FailingDevice:
    """Every file of ``folder`` opened in binary mode (by ``Path.open`` or ``zipfile``) reads
    and writes through one budget: ``fail_after(n)`` makes the device fail after n bytes."""

    def __init__(self, folder: Path, code: int, monkeypatch: pytest.MonkeyPatch) -> None:
        self.folder = folder
        self.code = code
        self.budget = Budget()
        self.gone = False  # pulled out: nothing there can be opened
        self.leaves_after_writing = False
        real_open = Path.open
        device = self

        def opened(path: Path, mode: str = "r", *args: Any, **kwargs: Any) -> Any:
            if path.parent != device.folder or "b" not in mode:
                return real_open(path, mode, *args, **kwargs)
            if device.gone:
                raise DeviceGone(device.code, os.strerror(device.code), str(path))
            writing = "r" not in mode or "+" in mode

            def closed() -> None:
                device.gone = device.gone or (writing and device.leaves_after_writing)

            file = real_open(path, mode, *args, **kwargs)
            return FailingFile(file, device.budget, device.code, closed)

        class FailingZip(zipfile.ZipFile):
            def __init__(self, file: Any, mode: Any = "r", *args: Any, **kwargs: Any) -> None:
                ours = isinstance(file, str | os.PathLike) and Path(file).parent == device.folder
                if ours and mode == "r":
                    file = opened(Path(file), "rb")
                super().__init__(file, mode, *args, **kwargs)
                if ours and mode == "r":
                    self._filePassed = False  # close it as if it had opened it itself

        monkeypatch.setattr(Path, "open", opened)
        monkeypatch.setattr(zipfile, "ZipFile", FailingZip)

    def fail_after(self, n: int) -> None:
        self.budget.left, self.budget.passed = n, 0

    def pull_out_after_writing(self) -> None:
        """The stick goes away once the file written to it is closed, before it is read back."""
        self.leaves_after_writing = True

    def heal(self) -> None:
        self.budget.left = 1 << 62
        self.gone = self.leaves_after_writing = False
