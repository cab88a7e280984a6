"""Opening the database: the embedded SQLite file by default, or a PostgreSQL server.

Transactions on SQLite: the driver's own transaction handling is off and we emit BEGIN
ourselves, IMMEDIATE for writes. A plain BEGIN lets two writers deadlock on the upgrade
from read to write ("database is locked" even with a busy timeout, RELIABILITY.md).
"""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session, sessionmaker

from lao_desktop.db.sqlite_settings import SQLITE_PRAGMAS
from lao_desktop.errors import DatabaseError
from lao_desktop.i18n import _
from lao_desktop.paths import database_target
from lao_desktop.thai.collation import thai_collate

_BEGIN_OPTION = "lao_sqlite_begin"


def resolve_url(target: str | os.PathLike[str] | None = None) -> URL:
    """``--db`` value, else ``LAO_DESKTOP_DB``, else the file in the user's data folder.

    A value with ``://`` is a SQLAlchemy URL (``postgresql+psycopg://…``); anything else is
    a file path.
    """
    value = database_target(target)
    if "://" in value:
        url = make_url(value)
        if url.get_backend_name() == "postgresql" and url.drivername == "postgresql":
            url = url.set(drivername="postgresql+psycopg")
        return url
    return URL.create("sqlite", database=value)


def _configure_sqlite(engine: Engine) -> None:
    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: sqlite3.Connection, _record: Any) -> None:
        for pragma in SQLITE_PRAGMAS:
            dbapi_connection.execute(pragma)
        dbapi_connection.create_collation("thai", thai_collate)

    @event.listens_for(engine, "begin")
    def _on_begin(connection: Any) -> None:
        mode = connection.get_execution_options().get(_BEGIN_OPTION, "DEFERRED")
        connection.exec_driver_sql(f"BEGIN {mode}")


class Database:
    """One database: its engine and its sessions."""

    def __init__(self, url: URL) -> None:
        self.url = url
        self.is_sqlite = url.get_backend_name() == "sqlite"
        if self.is_sqlite:
            path = self.path
            if path is not None:
                path.parent.mkdir(parents=True, exist_ok=True)
            # hide_parameters: a database error's text would otherwise carry the values
            # (a person's phone or ID number) into messages and logs.
            self.engine = create_engine(
                url,
                connect_args={"isolation_level": None, "check_same_thread": False},
                hide_parameters=True,
            )
            _configure_sqlite(self.engine)
        else:
            self.engine = create_engine(url, pool_pre_ping=True, hide_parameters=True)
        self._sessions = sessionmaker(self.engine, expire_on_commit=False)

    @property
    def path(self) -> Path | None:
        """The file of a SQLite database, None for a server."""
        if not self.is_sqlite or not self.url.database or self.url.database == ":memory:":
            return None
        return Path(self.url.database)

    def describe(self) -> str:
        """Where the data is, for messages (never shows a password)."""
        if self.path is not None:
            return str(self.path)
        return self.url.render_as_string(hide_password=True)

    def read_session(self) -> Session:
        return self._sessions()

    @contextmanager
    def write_session(self) -> Iterator[Session]:
        """A session whose transaction takes the write lock at once; commits on success."""
        with self._sessions() as session:
            if self.is_sqlite:
                session.connection(execution_options={_BEGIN_OPTION: "IMMEDIATE"})
            try:
                yield session
                session.commit()
            except BaseException:
                session.rollback()
                raise

    def dispose(self) -> None:
        self.engine.dispose()


def open_database(
    target: str | os.PathLike[str] | None = None, *, migrate: bool = True
) -> Database:
    """Open (and by default create or upgrade) the database named by ``target``."""
    db = Database(resolve_url(target))
    if not migrate:
        return db
    from lao_desktop.db.migrate import upgrade

    try:
        upgrade(db)
    except SQLAlchemyError as error:
        db.dispose()
        raise DatabaseError(
            _(
                "Cannot open the database {where}: {reason}. If it is a file, it may be damaged "
                "or not a file of this program; restore it from a backup."
            ).format(where=db.describe(), reason=str(getattr(error, "orig", error)).strip())
        ) from error
    return db
