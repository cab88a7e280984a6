"""A logical copy of the database through a SQLite file: how a PostgreSQL server is backed up
and restored.

A backup always carries a SQLite database of this program's schema. A SQLite live database is
snapshotted with SQLite's backup API; the rows of a PostgreSQL server are copied here with
SQLAlchemy Core, table by table in chunks, so that 170,000 records and the scanned documents
stored in the database never sit in memory at once. The column types of the models carry every
value (UUIDs, exact decimals, dates, enums, bytes) across both ways unchanged.

- Export reads inside one snapshot (PostgreSQL: one REPEATABLE READ, READ ONLY transaction):
  writes committed meanwhile by other computers are not half in the copy.
- Import replaces every row inside one transaction: killed or failing at any point, the server
  keeps its old rows. TRUNCATE empties the tables because the audit trail's trigger refuses
  DELETE (and fires for row deletes only, not for TRUNCATE).
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import (
    Column,
    Connection,
    LargeBinary,
    Table,
    bindparam,
    func,
    insert,
    select,
    text,
    update,
)
from sqlalchemy.exc import SQLAlchemyError

from lao_desktop.db.database import Database, open_database
from lao_desktop.db.migrate import current_revision, head_revision, is_known_revision
from lao_desktop.errors import DatabaseError
from lao_desktop.i18n import _
from lao_desktop.models import Base

log = logging.getLogger(__name__)

Progress = Callable[[int, int, str], None]  # done, total, what; may raise to cancel

CHUNK_ROWS = 5000
# Scanned signed agreements are megabytes each: fewer of them at a time.
CHUNK_ROWS_WITH_FILES = 20
# How long an import waits for other computers' open transactions before it gives up.
LOCK_WAIT_SECONDS = 30
_LOCK_NOT_AVAILABLE = "55P03"  # PostgreSQL's SQLSTATE when lock_timeout expires


def tables() -> list[Table]:
    """Every table of the models, parents before children (the order of inserts)."""
    return list(Base.metadata.sorted_tables)


def export_to_sqlite(db: Database, target: Path, progress: Progress | None = None) -> None:
    """Copy every row of every table of `db` (any backend) into a NEW SQLite file `target` with
    this program's schema at the same Alembic revision as `db`, in one consistent snapshot
    (PostgreSQL: one REPEATABLE READ, READ ONLY transaction).

    Refuses (DatabaseError) a database not at this program's schema revision: the new file's
    schema is made by this program's migrations, so the server must be upgraded first. On any
    failure or cancellation the partly written `target` is removed.
    """
    target = Path(target)
    if target.exists():
        raise FileExistsError(target)
    try:
        with db.engine.connect() as source, source.begin():
            if not db.is_sqlite:
                # SET TRANSACTION comes first; the snapshot is taken at the next statement.
                source.exec_driver_sql("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY")
            revision = _require_head(source, db)
            counts = _count_rows(source)
            tracker = _Tracker(progress, counts, _("Copying the records"))
            _write_new_file(source, target, revision, tracker)
    except SQLAlchemyError as error:
        raise DatabaseError(
            _("Cannot read the database {where}: {reason}.").format(
                where=db.describe(), reason=_reason(error)
            )
        ) from error


def import_from_sqlite(source: Path, db: Database, progress: Progress | None = None) -> None:
    """Replace every row of every table of `db` (PostgreSQL) by the rows of the SQLite file
    `source` (same schema revision, already checked by the caller), in ONE transaction:
    killed or failing at any point, `db` keeps its old rows.

    Progress starts at 0 and ends at the total of rows; the last call comes just before the
    commit, so raising from any call cancels with nothing changed.
    """
    if db.is_sqlite:
        raise ValueError("a SQLite database is restored with SQLite's backup API")
    backup = open_database(source, migrate=False)
    try:
        with backup.engine.connect() as reader, reader.begin():
            revision = current_revision(reader)
            counts = _count_rows(reader)
            tracker = _Tracker(progress, counts, _("Restoring the records"))
            with db.engine.begin() as writer:
                writer.exec_driver_sql(f"SET LOCAL lock_timeout = '{LOCK_WAIT_SECONDS}s'")
                _require_same_revision(revision, current_revision(writer), db)
                _empty_tables(writer)
                _copy_rows(reader, writer, tracker)
                _restart_sequences(writer)
                tracker.finish()
    except SQLAlchemyError as error:
        raise _import_error(error, db) from error
    finally:
        backup.dispose()


@dataclass
class _Tracker:
    """Counts copied rows for the progress callback; reports 0 as soon as it is made."""

    progress: Progress | None
    counts: dict[str, int]
    what: str
    done: int = field(default=0, init=False)

    def __post_init__(self) -> None:
        self._report()

    @property
    def total(self) -> int:
        return sum(self.counts.values())

    def advance(self, rows: int) -> None:
        self.done += rows
        if self.done < self.total:  # the call at the total is finish()'s, once all is done
            self._report()

    def finish(self) -> None:
        self.done = self.total
        self._report()

    def _report(self) -> None:
        if self.progress is not None:
            self.progress(self.done, self.total, self.what)


def _write_new_file(source: Connection, target: Path, revision: str, tracker: _Tracker) -> None:
    copy = open_database(target)  # creates the file and runs this program's migrations
    try:
        with copy.engine.begin() as sink:
            made = current_revision(sink)
            if made != revision:  # cannot happen while _require_head passed; cheap to be sure
                raise RuntimeError(f"new file at schema {made}, source at {revision}")
            _copy_rows(source, sink, tracker)
            tracker.finish()
    except BaseException:
        copy.dispose()
        _remove_sqlite_file(target)
        raise
    copy.dispose()


def _remove_sqlite_file(path: Path) -> None:
    for leftover in (path, path.with_name(path.name + "-wal"), path.with_name(path.name + "-shm")):
        leftover.unlink(missing_ok=True)


def _require_head(connection: Connection, db: Database) -> str:
    current, head = current_revision(connection), head_revision()
    if current == head:
        return head
    if current is not None and not is_known_revision(current):
        raise DatabaseError(
            _(
                "The database {where} was made by a newer version of the program (schema "
                "{rev}). Back it up with that version."
            ).format(where=db.describe(), rev=current)
        )
    raise DatabaseError(
        _(
            "The database {where} has an older schema ({rev}) than this program ({head}). "
            "Open it once with this version of the program to upgrade the server, then back "
            "it up again."
        ).format(where=db.describe(), rev=current or "-", head=head)
    )


def _require_same_revision(backup: str | None, live: str | None, db: Database) -> None:
    if backup != live:
        raise DatabaseError(
            _(
                "The backup has schema {backup} but the database {where} has schema {live}; "
                "nothing was changed."
            ).format(backup=backup or "-", where=db.describe(), live=live or "-")
        )


def _count_rows(connection: Connection) -> dict[str, int]:
    return {
        table.name: int(connection.scalar(select(func.count()).select_from(table)) or 0)
        for table in tables()
    }


def _copy_rows(source: Connection, sink: Connection, tracker: _Tracker) -> None:
    for table in tables():
        copied = 0
        for chunk in _chunks(source, table):
            sink.execute(insert(table), chunk)
            copied += len(chunk)
            tracker.advance(len(chunk))
        _link_to_self(source, sink, table)
        expected = tracker.counts[table.name]
        if copied != expected:  # a snapshot does not change under us: a bug if it does
            raise RuntimeError(f"{table.name}: copied {copied} of {expected} rows")
        log.debug("copied %d rows of %s", copied, table.name)


def _self_references(table: Table) -> list[tuple[Column[Any], Column[Any]]]:
    """(referring column, referred column) of the foreign keys of `table` to itself."""
    return [(fk.parent, fk.column) for fk in table.foreign_keys if fk.column.table is table]


def _chunks(source: Connection, table: Table) -> Iterator[list[dict[str, Any]]]:
    """The rows of `table` as insert parameters, a chunk at a time (a server-side cursor on
    PostgreSQL). References of a table to itself are left empty: _link_to_self fills them."""
    size = CHUNK_ROWS
    if any(isinstance(column.type, LargeBinary) for column in table.columns):
        size = CHUNK_ROWS_WITH_FILES
    keys = [column.key for column in table.columns]
    later = [referring.key for referring, _referred in _self_references(table)]
    result = source.execution_options(yield_per=size).execute(select(*table.columns))
    for rows in result.partitions(size):
        chunk = [dict(zip(keys, row, strict=True)) for row in rows]
        for values in chunk:
            values.update(dict.fromkeys(later))
        yield chunk


def _link_to_self(source: Connection, sink: Connection, table: Table) -> None:
    """Set the references of a table to itself (a network inside a network) once all its rows
    are in. Foreign keys are checked at each insert, and no row order is always right: data
    merged from other offices may even hold a loop of parents."""
    # An UPDATE would stamp `updated_at` (its onupdate) unless given the stored value.
    kept = [column for column in table.columns if column.onupdate is not None]
    for referring, referred in _self_references(table):
        if not referred.primary_key:
            raise NotImplementedError(f"{table.name}: reference to a column not its key")
        changed = [referring, *kept]
        stmt = (
            update(table)
            .where(referred == bindparam("row_key"))
            .values({c.key: bindparam(f"new_{c.key}") for c in changed})
        )
        pairs = select(referred, *changed).where(referring.is_not(None))
        result = source.execution_options(yield_per=CHUNK_ROWS).execute(pairs)
        names = ["row_key", *(f"new_{c.key}" for c in changed)]
        for rows in result.partitions(CHUNK_ROWS):
            sink.execute(stmt, [dict(zip(names, row, strict=True)) for row in rows])


def _empty_tables(connection: Connection) -> None:
    """One TRUNCATE of every table: it takes every table's lock at once, and unlike DELETE it
    does not fire the audit trail's row trigger. alembic_version is left alone."""
    quote = connection.dialect.identifier_preparer.format_table
    connection.exec_driver_sql("TRUNCATE TABLE " + ", ".join(quote(t) for t in tables()))


def _restart_sequences(connection: Connection) -> None:
    """Every serial or identity column's sequence restarts after the largest value copied.

    ALTER SEQUENCE … RESTART is transactional (PostgreSQL 10+); setval() is not, and a rolled
    back import would leave the old rows with a sequence behind their ids.
    """
    quote = connection.dialect.identifier_preparer.format_table
    for table in tables():
        by_name = {column.name: column for column in table.columns}
        serials = connection.execute(
            text(
                "SELECT a.attname, pg_get_serial_sequence(:t, a.attname) FROM pg_attribute a "
                "WHERE a.attrelid = CAST(:t AS regclass) AND a.attnum > 0 AND NOT a.attisdropped"
            ),
            {"t": quote(table)},
        ).all()
        for column, sequence in serials:
            if sequence is None:
                continue
            largest = connection.scalar(select(func.max(by_name[column])))
            restart = int(largest or 0) + 1
            # `sequence` comes quoted from the catalogue; ALTER SEQUENCE takes no parameters.
            connection.exec_driver_sql(f"ALTER SEQUENCE {sequence} RESTART WITH {restart}")


def _reason(error: SQLAlchemyError) -> str:
    return str(getattr(error, "orig", None) or error).strip()


def _import_error(error: SQLAlchemyError, db: Database) -> DatabaseError:
    if getattr(getattr(error, "orig", None), "sqlstate", None) == _LOCK_NOT_AVAILABLE:
        return DatabaseError(
            _(
                "The database {where} is in use on another computer; nothing was changed. "
                "Close the program on the other computers, then restore again."
            ).format(where=db.describe())
        )
    return DatabaseError(
        _(
            "The backup could not be loaded into the database {where}: {reason}. Nothing was "
            "changed."
        ).format(where=db.describe(), reason=_reason(error))
    )
