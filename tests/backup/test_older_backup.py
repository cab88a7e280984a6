"""A backup made by the previous version of the program (schema 0001, before approvals)
restores: it is brought up to date before it goes live, every row comes back, the audit
trail still verifies, and the restored office works (its records approvable)."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from alembic import command

from lao_desktop.backup.make import back_up
from lao_desktop.backup.restore import restore_backup, verify_backup
from lao_desktop.db.database import Database, open_database, resolve_url
from lao_desktop.db.migrate import alembic_config, head_revision, status
from lao_desktop.models.enums import Role
from lao_desktop.models.user import User
from lao_desktop.services import Actor, ListQuery, Services
from lao_desktop.services.audit import first_broken_entry
from lao_desktop.services.context import SYSTEM
from tests.backup.conftest import table_rows
from tests.conftest import _fresh_pg_database


def _backup_at_0001(
    live: Database, folder: Path
) -> tuple[Path, dict[str, list[tuple[object, ...]]]]:
    """The demo office backed up as the program of schema 0001 would have: the database
    taken back to 0001 first. Returns the backup and the rows it holds."""
    with live.engine.begin() as connection:
        command.downgrade(alembic_config(connection), "0001")
    live.dispose()
    assert live.path is not None
    old = open_database(live.path, migrate=False)
    assert status(old).current == "0001"
    written = back_up(Services(old), folder, record=False)
    old.dispose()
    assert written.manifest.schema_revision == "0001"
    return written.path, table_rows(live.path)


def _approval_columns(path: Path) -> set[str]:
    connection = sqlite3.connect(path)
    try:
        return {row[1] for row in connection.execute("PRAGMA table_info(agreements)")} & {
            "approved_at",
            "approved_by",
        }
    finally:
        connection.close()


def test_a_backup_of_schema_0001_restores_upgraded(live: Database, tmp_path: Path) -> None:
    stick = tmp_path / "stick"
    stick.mkdir()
    backup, rows = _backup_at_0001(live, stick)
    assert verify_backup(backup).schema_revision == "0001"

    target = tmp_path / "new-pc" / "lao-network.db"
    restored = restore_backup(backup, Database(resolve_url(target)), SYSTEM, safety_folder=tmp_path)
    assert restored.upgraded
    assert _approval_columns(target) == {"approved_at", "approved_by"}
    after = table_rows(target)
    assert len(after.pop("audit_log")) == len(rows.pop("audit_log")) + 1  # + who restored
    for table in ("agreements", "joint_plans"):  # the same records, two empty columns more
        upgraded = after.pop(table)
        assert all(row[-2:] == (None, None) for row in upgraded)
        assert sorted((row[:-2] for row in upgraded), key=repr) == rows.pop(table)
    assert after.pop("alembic_version") == [(head_revision(),)]
    rows.pop("alembic_version")
    assert after == rows

    db = open_database(target)
    try:
        assert status(db).up_to_date
        with db.read_session() as session:
            assert first_broken_entry(session) is None
            executive = session.query(User).filter_by(username="executive").one()
        services = Services(db, Actor(executive.id, executive.username, Role.EXECUTIVE))
        agreements = services.agreements.list(ListQuery(filters={"approved": False})).items
        assert agreements and services.agreements.count(ListQuery(filters={"approved": True})) == 0
        assert services.agreements.approve(agreements[0].id).approved
    finally:
        db.dispose()


@pytest.mark.postgres
def test_a_backup_of_schema_0001_restores_onto_a_server(
    live: Database, tmp_path: Path, pg_server_url: str
) -> None:
    backup, rows = _backup_at_0001(live, tmp_path)
    server = open_database(_fresh_pg_database(pg_server_url))
    restored = restore_backup(backup, server, SYSTEM, safety_folder=tmp_path / "safety")
    assert restored.upgraded
    again = open_database(server.url.render_as_string(hide_password=False))
    try:
        assert status(again).up_to_date
        services = Services(again)
        in_trash = services.agreements.count(ListQuery(trash=True))
        assert services.agreements.count() + in_trash == len(rows["agreements"])
        assert services.plans.count_by("approved") == {False: services.plans.count()}
        with again.read_session() as session:
            assert first_broken_entry(session) is None
    finally:
        again.dispose()
