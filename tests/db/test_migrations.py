"""The migrations build exactly the models, on SQLite and on PostgreSQL."""

from __future__ import annotations

from pathlib import Path

import pytest
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import inspect, text

from lao_desktop.db.database import Database, open_database
from lao_desktop.db.migrate import alembic_config, head_revision, status, upgrade
from lao_desktop.db.sqlite_settings import APPLICATION_ID
from lao_desktop.errors import DatabaseError
from lao_desktop.models import Base


def test_fresh_migration_equals_the_models(any_db: Database) -> None:
    with any_db.engine.connect() as connection:
        diff = compare_metadata(MigrationContext.configure(connection), Base.metadata)
    assert diff == []


def test_every_model_table_exists(any_db: Database) -> None:
    tables = set(inspect(any_db.engine).get_table_names())
    assert set(Base.metadata.tables) <= tables
    assert status(any_db).up_to_date


def test_upgrade_again_changes_nothing(any_db: Database) -> None:
    upgrade(any_db)
    upgrade(any_db)
    assert status(any_db).current == head_revision()


def test_downgrade_to_nothing_and_back(any_db: Database) -> None:
    with any_db.engine.begin() as connection:
        command.downgrade(alembic_config(connection), "base")
    assert "partners" not in inspect(any_db.engine).get_table_names()
    upgrade(any_db)
    assert "partners" in inspect(any_db.engine).get_table_names()


def test_database_of_a_newer_program_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "newer.db"
    db = open_database(path)
    with db.engine.begin() as connection:
        connection.execute(text("UPDATE alembic_version SET version_num = '9999_future'"))
    db.dispose()
    with pytest.raises(DatabaseError, match="9999_future"):
        open_database(path)


def test_sqlite_file_is_marked_as_ours(db: Database) -> None:
    with db.engine.connect() as connection:
        assert connection.exec_driver_sql("PRAGMA application_id").scalar() == APPLICATION_ID


def test_damaged_file_gives_a_clear_message(tmp_path: Path) -> None:
    path = tmp_path / "damaged.db"
    path.write_bytes(b"this is a letter, not a database" * 100)
    with pytest.raises(DatabaseError, match="สำรอง"):  # points to restoring a backup
        open_database(path)
    assert path.read_bytes().startswith(b"this is a letter")  # left as it was
