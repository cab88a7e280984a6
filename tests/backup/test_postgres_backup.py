"""Server mode: a PostgreSQL database backs up into the same file form, verifies, and restores
into another server database or onto a single PC's SQLite file."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from lao_desktop.backup.make import back_up
from lao_desktop.backup.restore import restore_backup, verify_backup
from lao_desktop.db.database import Database, open_database, resolve_url
from lao_desktop.services import Services
from lao_desktop.services.context import SYSTEM
from tests.conftest import _fresh_pg_database

pytestmark = pytest.mark.postgres


def test_a_server_backup_restores_onto_another_server_and_onto_a_pc(
    pg_server_url: str, tmp_path: Path
) -> None:
    server = open_database(_fresh_pg_database(pg_server_url))
    services = Services(server)
    services.office.save({"name": "เทศบาลตำบลทดสอบ", "office_type": "subdistrict_municipality"})
    written = back_up(services, tmp_path, passphrase="รหัสผ่านของเซิร์ฟเวอร์")
    assert written.manifest.source == "postgresql"
    assert verify_backup(written.path, passphrase="รหัสผ่านของเซิร์ฟเวอร์").office_name == (
        "เทศบาลตำบลทดสอบ"
    )

    other = open_database(_fresh_pg_database(pg_server_url))
    restored = restore_backup(
        written.path,
        other,
        SYSTEM,
        safety_folder=tmp_path / "safety",
        passphrase="รหัสผ่านของเซิร์ฟเวอร์",
    )
    assert restored.safety_copy is not None  # the other server's data, kept first
    again = Services(open_database(other.url.render_as_string(hide_password=False)))
    office = again.office.current()
    assert office is not None and office.name == "เทศบาลตำบลทดสอบ"
    assert again.settings.last_backup_at() is None  # noted after the snapshot was taken

    pc = tmp_path / "pc.db"
    restore_backup(
        written.path,
        Database(resolve_url(pc)),
        SYSTEM,
        safety_folder=tmp_path / "safety",
        passphrase="รหัสผ่านของเซิร์ฟเวอร์",
    )
    connection = sqlite3.connect(pc)
    assert connection.execute("SELECT name FROM office").fetchone()[0] == "เทศบาลตำบลทดสอบ"
    connection.close()
    for db in (server, other, again.ctx.db):
        db.dispose()
