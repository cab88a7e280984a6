"""Backup test fixtures: a demo office to back up, and a way to read every row of a file."""

from __future__ import annotations

import hashlib
import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest

from lao_desktop.db.database import Database, open_database
from lao_desktop.models.enums import Role
from lao_desktop.services import Actor, Services
from tests.support.demo import demo_copy
from tests.support.roles import DemoOffice


@pytest.fixture(autouse=True)
def _english(english: None) -> None:
    """These tests match English messages (tests/cli checks the Thai ones)."""


@pytest.fixture
def live(tmp_path: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Database]:
    """A copy of the demo office, the database the tests back up and restore into."""
    database = open_database(demo_copy(tmp_path_factory, tmp_path / "live.db"))
    yield database
    database.dispose()


@pytest.fixture
def live_services(live: Database) -> Services:
    return Services(live)


def administrator(db: Database) -> Actor:
    """The demo office's administrator, who restores over it: the program itself may not
    replace data that has accounts (``restore_backup``)."""
    return DemoOffice(db).actor(Role.ADMIN)


def table_rows(path: Path) -> dict[str, list[tuple[object, ...]]]:
    """Every row of every table of the SQLite file ``path``, sorted."""
    connection = sqlite3.connect(path)
    try:
        tables = [
            row[0]
            for row in connection.execute(
                "SELECT name FROM sqlite_master WHERE type='table' AND name NOT LIKE 'sqlite_%'"
            )
        ]
        return {
            table: sorted(connection.execute(f'SELECT * FROM "{table}"').fetchall(), key=repr)
            for table in tables
        }
    finally:
        connection.close()


def file_digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()
