"""Alembic, configured in code: the migrations live inside the package and run on start."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Connection, inspect

from lao_desktop.db.database import Database
from lao_desktop.db.sqlite_settings import APPLICATION_ID
from lao_desktop.errors import DatabaseError
from lao_desktop.i18n import _

if TYPE_CHECKING:  # Alembic itself is imported only when it has work to do
    from alembic.config import Config

MIGRATIONS = Path(__file__).resolve().parent / "migrations"


def alembic_config(connection: Connection | None = None) -> Config:
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    config.attributes["connection"] = connection
    return config


def head_revision() -> str:
    from alembic.script import ScriptDirectory

    head = ScriptDirectory.from_config(alembic_config()).get_current_head()
    assert head is not None, "the package has no migrations"
    return head


def current_revision(connection: Connection) -> str | None:
    from alembic.runtime.migration import MigrationContext

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
    from alembic.script import ScriptDirectory

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


def newest_numbered_revision() -> str | None:
    """The newest revision by file name (tools/new_migration.py numbers them 0001, 0002 …
    in one line), found without importing Alembic, which costs 130 ms at every start."""
    numbers = sorted(
        p.name[:4] for p in (MIGRATIONS / "versions").glob("[0-9][0-9][0-9][0-9]_*.py")
    )
    return numbers[-1] if numbers else None


def _stored_revision(connection: Connection) -> str | None:
    if not inspect(connection).has_table("alembic_version"):
        return None
    return connection.exec_driver_sql("SELECT version_num FROM alembic_version").scalar()


def upgrade(db: Database) -> None:
    """Create or bring the schema up to date; refuse a database from a newer program."""
    with db.engine.begin() as connection:
        newest = newest_numbered_revision()
        if newest is not None and _stored_revision(connection) == newest:
            return  # the common start: up to date, known without loading Alembic at all
        current = current_revision(connection)
        if current == head_revision():
            return  # the common start: nothing to run, so skip Alembic's environment
        _refuse_newer(current)
        from alembic import command

        command.upgrade(alembic_config(connection), "head")
        if db.is_sqlite:
            connection.exec_driver_sql(f"PRAGMA application_id={APPLICATION_ID}")
