"""The logical copy through a SQLite file: PostgreSQL → file → PostgreSQL keeps every row, one
snapshot is read, a failed or killed import changes nothing, and SQLite works as a source too."""

from __future__ import annotations

import hashlib
import os
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select, text

from lao_desktop.backup import logical
from lao_desktop.backup.logical import export_to_sqlite, import_from_sqlite, tables
from lao_desktop.db.database import Database, open_database
from lao_desktop.db.migrate import head_revision
from lao_desktop.db.sqlite_settings import APPLICATION_ID
from lao_desktop.demo.builder import build_demo
from lao_desktop.errors import DatabaseError
from lao_desktop.i18n import _
from lao_desktop.models import AgreementDocument, AuditEntry, Network, Partner
from lao_desktop.services import Services
from lao_desktop.services.audit import first_broken_entry
from tests.conftest import _fresh_pg_database
from tests.factories import thai_partner
from tests.support.demo import demo_copy

Rows = dict[str, list[tuple[Any, ...]]]
ROOT = Path(__file__).resolve().parents[2]


class Cancelled(Exception):
    pass


def all_rows(db: Database) -> Rows:
    """Every table's rows as sorted tuples, and the schema revision."""
    with db.engine.connect() as connection:
        rows = {
            table.name: sorted((tuple(row) for row in connection.execute(select(table))), key=repr)
            for table in tables()
        }
        revision = connection.exec_driver_sql("SELECT version_num FROM alembic_version").all()
    rows["alembic_version"] = [tuple(row) for row in revision]
    return rows


def count(db: Database, model: Any) -> int:
    with db.read_session() as session:
        return int(session.scalar(select(func.count()).select_from(model)) or 0)


def raise_at_call(number: int) -> logical.Progress:
    calls: list[tuple[int, int]] = []

    def progress(done: int, total: int, what: str) -> None:
        calls.append((done, total))
        if len(calls) == number:
            raise Cancelled(calls)

    return progress


@pytest.fixture(scope="module")
def pg_demo(pg_server_url: str) -> Iterator[Database]:
    """The small demo office on PostgreSQL, built once for the module; read only."""
    database = open_database(_fresh_pg_database(pg_server_url))
    build_demo(database, size="small", seed=2569)
    yield database
    database.dispose()


@pytest.fixture
def few_partners(pg_db: Database) -> Database:
    """A PostgreSQL database with three partners (and three audit entries)."""
    for moo in (1, 2, 3):
        Services(pg_db).partners.create(thai_partner(name=f"กลุ่มหมู่ {moo}", moo=moo))
    return pg_db


@pytest.mark.postgres
def test_round_trip_through_a_sqlite_file_keeps_every_row(
    pg_demo: Database, pg_db: Database, tmp_path: Path
) -> None:
    original = all_rows(pg_demo)
    calls: list[tuple[int, int, str]] = []
    started = time.perf_counter()
    export_to_sqlite(pg_demo, tmp_path / "copy.db", lambda *call: calls.append(call))
    exported = time.perf_counter()
    import_from_sqlite(tmp_path / "copy.db", pg_db)
    imported = time.perf_counter()
    print(
        f"small demo on PostgreSQL: export {exported - started:.2f} s, "
        f"import {imported - exported:.2f} s"
    )

    assert all_rows(pg_db) == original
    copy = open_database(tmp_path / "copy.db", migrate=False)
    assert all_rows(copy) == original
    copy.dispose()
    assert original["alembic_version"] == [(head_revision(),)]
    total = sum(len(rows) for name, rows in original.items() if name != "alembic_version")
    assert [done for done, _total, _what in calls] == sorted({done for done, *_ in calls})
    assert (calls[0][0], calls[-1][:2]) == (0, (total, total))
    assert {what for *_, what in calls} == {_("Copying the records")}


@pytest.mark.postgres
def test_attachments_audit_chain_and_new_writes_survive_the_round_trip(
    pg_demo: Database, pg_db: Database, tmp_path: Path
) -> None:
    export_to_sqlite(pg_demo, tmp_path / "copy.db")
    import_from_sqlite(tmp_path / "copy.db", pg_db)

    def documents(db: Database) -> dict[Any, str]:
        with db.engine.connect() as connection:
            table = AgreementDocument.__table__
            result = connection.execute(select(table.c.id, table.c.content))
            return {ident: hashlib.sha256(content).hexdigest() for ident, content in result}

    assert documents(pg_db) == documents(pg_demo)
    assert len(documents(pg_db)) > 0
    with pg_db.read_session() as session:
        assert first_broken_entry(session) is None
        last_id = session.scalar(select(func.max(AuditEntry.id)))
    entries = count(pg_db, AuditEntry)
    assert entries > 100

    Services(pg_db).partners.create(thai_partner(name="ภาคีใหม่หลังกู้คืน"))
    with pg_db.read_session() as session:
        assert first_broken_entry(session) is None
        assert session.scalar(select(func.max(AuditEntry.id))) == (last_id or 0) + 1
    assert count(pg_db, AuditEntry) == entries + 1


@pytest.mark.postgres
def test_an_import_that_fails_midway_keeps_the_old_rows(
    pg_demo: Database, few_partners: Database, tmp_path: Path
) -> None:
    export_to_sqlite(pg_demo, tmp_path / "copy.db")
    before = all_rows(few_partners)

    with pytest.raises(Cancelled) as failure:
        import_from_sqlite(tmp_path / "copy.db", few_partners, raise_at_call(3))

    calls = failure.value.args[0]
    assert 0 < calls[-1][0] < calls[-1][1]  # rows had been copied when it failed
    assert all_rows(few_partners) == before


@pytest.mark.postgres
def test_an_import_cancelled_at_its_last_moment_leaves_the_sequences_usable(
    db: Database, few_partners: Database, tmp_path: Path
) -> None:
    """The backup has fewer audit entries than the server: a sequence moved back outside the
    transaction would make the next audit entry collide with an old one."""
    Services(db).partners.create(thai_partner())
    export_to_sqlite(db, tmp_path / "one.db")
    before = all_rows(few_partners)

    def cancel_at_the_end(done: int, total: int, what: str) -> None:
        if done == total:
            raise Cancelled

    with pytest.raises(Cancelled):
        import_from_sqlite(tmp_path / "one.db", few_partners, cancel_at_the_end)

    assert all_rows(few_partners) == before
    Services(few_partners).partners.create(thai_partner(name="ภาคีหลังยกเลิก"))
    assert count(few_partners, AuditEntry) == len(before["audit_log"]) + 1


@pytest.mark.postgres
def test_a_killed_import_keeps_the_old_rows(
    pg_demo: Database, few_partners: Database, tmp_path: Path
) -> None:
    export_to_sqlite(pg_demo, tmp_path / "copy.db")
    before = all_rows(few_partners)
    marker = tmp_path / "copying"
    child = subprocess.Popen(
        [sys.executable, "-c", _KILLED_IMPORT, str(tmp_path / "copy.db"), str(marker)],
        env={**os.environ, "LAO_TEST_TARGET": few_partners.url.render_as_string(False)},
        cwd=ROOT,
    )
    try:
        deadline = time.monotonic() + 60
        while not marker.exists() and child.poll() is None and time.monotonic() < deadline:
            time.sleep(0.05)
        assert marker.exists(), "the import did not reach its third chunk"
        child.send_signal(signal.SIGKILL)
    finally:
        child.kill()
        child.wait()

    assert all_rows(few_partners) == before
    Services(few_partners).partners.create(thai_partner(name="ภาคีหลังถูกปิด"))


_KILLED_IMPORT = """
import os, sys, time
from pathlib import Path
from lao_desktop.backup.logical import import_from_sqlite
from lao_desktop.db.database import open_database

def progress(done, total, what, calls=[]):
    calls.append(done)
    if len(calls) == 3:  # rows copied, not committed: wait here to be killed
        Path(sys.argv[2]).touch()
        time.sleep(120)

import_from_sqlite(Path(sys.argv[1]), open_database(os.environ["LAO_TEST_TARGET"]), progress)
"""


@pytest.mark.postgres
def test_export_reads_one_snapshot_while_others_write(
    few_partners: Database, tmp_path: Path
) -> None:
    before = all_rows(few_partners)

    def write_meanwhile(done: int, total: int, what: str) -> None:
        if done == 0:  # another computer saves a partner while the copy runs
            Services(few_partners).partners.create(thai_partner(name="ภาคีระหว่างสำรอง"))

    export_to_sqlite(few_partners, tmp_path / "copy.db", write_meanwhile)

    copy = open_database(tmp_path / "copy.db", migrate=False)
    assert all_rows(copy) == before
    copy.dispose()
    assert count(few_partners, Partner) == len(before["partners"]) + 1


@pytest.mark.postgres
def test_an_import_gives_up_when_another_computer_holds_the_tables(
    db: Database, few_partners: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    export_to_sqlite(db, tmp_path / "empty.db")
    before = all_rows(few_partners)
    monkeypatch.setattr(logical, "LOCK_WAIT_SECONDS", 1)
    with few_partners.engine.connect() as other, other.begin():
        other.execute(select(func.count()).select_from(Partner))  # an open list on another PC
        with pytest.raises(DatabaseError) as refused:
            import_from_sqlite(tmp_path / "empty.db", few_partners)
    assert getattr(refused.value.__cause__, "orig", None).sqlstate == "55P03"  # lock_timeout
    assert all_rows(few_partners) == before


@pytest.mark.postgres
def test_an_import_refuses_a_backup_of_another_schema(
    db: Database, few_partners: Database, tmp_path: Path
) -> None:
    export_to_sqlite(db, tmp_path / "copy.db")
    copy = open_database(tmp_path / "copy.db", migrate=False)
    with copy.engine.begin() as connection:
        connection.execute(text("UPDATE alembic_version SET version_num = '0000_elsewhere'"))
    copy.dispose()
    before = all_rows(few_partners)

    with pytest.raises(DatabaseError, match="0000_elsewhere"):
        import_from_sqlite(tmp_path / "copy.db", few_partners)
    assert all_rows(few_partners) == before


@pytest.mark.postgres
def test_networks_in_a_loop_of_parents_are_copied(
    db: Database, pg_db: Database, tmp_path: Path
) -> None:
    """Merged data may hold parents in a loop; no insert order works, the copy still must."""
    services = Services(db)
    made = [
        services.networks.create(
            {
                "name": f"เครือข่าย {n}",
                "level": "subdistrict",
                "pillar": "people",
                "form": "partner_network",
                "province_code": "48",
            }
        )
        for n in range(3)
    ]
    with db.engine.begin() as connection:  # 0 → 1 → 2 → 0, written past the services' checks
        for child, parent in ((0, 1), (1, 2), (2, 0)):
            connection.execute(
                Network.__table__.update()
                .where(Network.__table__.c.id == made[child].id)
                .values(parent_id=made[parent].id)
            )
    export_to_sqlite(db, tmp_path / "loop.db")
    import_from_sqlite(tmp_path / "loop.db", pg_db)

    assert all_rows(pg_db) == all_rows(db)
    assert all(parent is not None for *_, parent in _parents(pg_db))


def _parents(db: Database) -> list[tuple[Any, Any]]:
    with db.engine.connect() as connection:
        table = Network.__table__
        return [tuple(row) for row in connection.execute(select(table.c.id, table.c.parent_id))]


def test_export_from_a_sqlite_database_gives_equal_rows(
    tmp_path: Path, tmp_path_factory: pytest.TempPathFactory
) -> None:
    source = open_database(demo_copy(tmp_path_factory))
    try:
        (tmp_path / "out").mkdir()
        export_to_sqlite(source, tmp_path / "out" / "copy.db")
        copy = open_database(tmp_path / "out" / "copy.db", migrate=False)
        assert all_rows(copy) == all_rows(source)
        assert sum(len(rows) for rows in all_rows(copy).values()) > 2000
        with copy.engine.connect() as connection:
            assert connection.exec_driver_sql("PRAGMA application_id").scalar() == APPLICATION_ID
        copy.dispose()
    finally:
        source.dispose()
    assert [p.name for p in (tmp_path / "out").iterdir()] == ["copy.db"]  # no -wal left


def test_export_refuses_a_database_at_another_schema(db: Database, tmp_path: Path) -> None:
    with db.engine.begin() as connection:
        connection.execute(text("UPDATE alembic_version SET version_num = '9999_future'"))
    with pytest.raises(DatabaseError, match="9999_future"):
        export_to_sqlite(db, tmp_path / "newer.db")

    unmigrated = open_database(tmp_path / "unmigrated.db", migrate=False)
    with pytest.raises(DatabaseError, match=head_revision()):
        export_to_sqlite(unmigrated, tmp_path / "older.db")
    unmigrated.dispose()
    assert not (tmp_path / "newer.db").exists()
    assert not (tmp_path / "older.db").exists()


def test_export_never_overwrites_a_file(db: Database, tmp_path: Path) -> None:
    target = tmp_path / "existing.db"
    target.write_bytes(b"an earlier backup")
    with pytest.raises(FileExistsError):
        export_to_sqlite(db, target)
    assert target.read_bytes() == b"an earlier backup"


def test_a_cancelled_export_leaves_no_file(db: Database, tmp_path: Path) -> None:
    Services(db).partners.create(thai_partner())
    (tmp_path / "out").mkdir()
    with pytest.raises(Cancelled):
        export_to_sqlite(db, tmp_path / "out" / "cancelled.db", raise_at_call(2))
    assert list((tmp_path / "out").iterdir()) == []
