"""Every connection to the embedded database gets the durable, safe settings."""

from __future__ import annotations

import multiprocessing
from pathlib import Path

from sqlalchemy import text

from lao_desktop.db.database import Database, open_database


def test_every_connection_is_durable_and_safe(db: Database) -> None:
    for _ in range(3):  # several pooled connections, each configured on connect
        with db.engine.connect() as connection:
            pragma = connection.exec_driver_sql
            assert pragma("PRAGMA journal_mode").scalar() == "wal"
            assert pragma("PRAGMA synchronous").scalar() == 2  # FULL
            assert pragma("PRAGMA foreign_keys").scalar() == 1
            assert pragma("PRAGMA busy_timeout").scalar() == 5000
            assert pragma("PRAGMA secure_delete").scalar() == 1


def test_foreign_keys_are_enforced(db: Database) -> None:
    import sqlalchemy.exc

    with db.write_session() as session:
        try:
            session.execute(
                text(
                    "INSERT INTO contact_persons (id, partner_id, title, first_name, last_name,"
                    " sort_key, search_text, is_primary, notes, created_at, updated_at, version)"
                    " VALUES ('a', 'no-such-partner', '', 'x', '', 'x', '', 0, '', '', '', 1)"
                )
            )
            session.flush()
        except sqlalchemy.exc.IntegrityError:
            session.rollback()
            return
    raise AssertionError("a contact of a missing partner was accepted")


def _increment(path: str, rounds: int) -> None:
    db = open_database(path, migrate=False)
    for _ in range(rounds):
        with db.write_session() as session:
            value = session.execute(text("SELECT value FROM settings WHERE key='n'")).scalar_one()
            session.execute(
                text("UPDATE settings SET value = :v WHERE key='n'"), {"v": str(int(value) + 1)}
            )
    db.dispose()


def test_two_writing_processes_lose_nothing(tmp_path: Path) -> None:
    """Read-then-write from two processes at once: no 'database is locked', no lost update."""
    path = tmp_path / "shared.db"
    db = open_database(path)
    with db.write_session() as session:
        session.execute(
            text(
                "INSERT INTO settings (id, key, value, created_at, updated_at, version)"
                " VALUES ('n', 'n', '0', '', '', 1)"
            )
        )
    rounds = 300
    context = multiprocessing.get_context("spawn")
    workers = [context.Process(target=_increment, args=(str(path), rounds)) for _ in range(2)]
    for worker in workers:
        worker.start()
    for worker in workers:
        worker.join(120)
        assert worker.exitcode == 0
    with db.read_session() as session:
        final = session.execute(text("SELECT value FROM settings WHERE key='n'")).scalar_one()
    assert int(final) == 2 * rounds
    db.dispose()
