"""Alembic, configured in code: the migrations live inside the package and run on start."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Connection

from lao_desktop.db.database import Database
from lao_desktop.db.sqlite_settings import APPLICATION_ID
from lao_desktop.errors import DatabaseError
from lao_desktop.i18n import _

MIGRATIONS = Path(__file__).resolve().parent / "migrations"


def alembic_config(connection: Connection | None = None) -> Config:
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    config.attributes["connection"] = connection
    return config


def head_revision() -> str:
    head = ScriptDirectory.from_config(alembic_config()).get_current_head()
    assert head is not None, "the package has no migrations"
    return head


def current_revision(connection: Connection) -> str | None:
    return MigrationContext.configure(connection).get_current_revision()


@dataclass(frozen=True)
class MigrationStatus:
    current: str | None
    head: str

    @property
    def up_to_date(self) -> bool:
        return self.current == self.head


def status(db: Database) -> MigrationStatus:
    with db.engine.connect() as connection:
        return MigrationStatus(current_revision(connection), head_revision())


def is_known_revision(revision: str) -> bool:
    scripts = ScriptDirectory.from_config(alembic_config())
    return revision in {script.revision for script in scripts.walk_revisions()}


def _refuse_newer(current: str | None) -> None:
    if current is not None and not is_known_revision(current):
        raise DatabaseError(
            _(
                "This database was made by a newer version of the program (schema {rev}). "
                "Install the newer version to open it."
            ).format(rev=current)
        )


def upgrade(db: Database) -> None:
    """Create or bring the schema up to date; refuse a database from a newer program."""
    with db.engine.begin() as connection:
        current = current_revision(connection)
        if current == head_revision():
            return  # the common start: nothing to run, so skip Alembic's environment
        _refuse_newer(current)
        command.upgrade(alembic_config(connection), "head")
        if db.is_sqlite:
            connection.exec_driver_sql(f"PRAGMA application_id={APPLICATION_ID}")
