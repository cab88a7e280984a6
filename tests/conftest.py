"""Shared fixtures: a fresh migrated database per test, and services acting on it.

``any_db`` runs a test on SQLite and on the PostgreSQL server that tests/support/postgres.py
starts (or the one named by LAO_TEST_PG_URL). Each PostgreSQL test gets its own schema-free
database, created from scratch.
"""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url

from lao_desktop import i18n
from lao_desktop.db.database import Database, open_database
from lao_desktop.services import Services


@pytest.fixture(autouse=True)
def _isolated_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Never touch the real user data folder; Thai interface as on a clerk's PC."""
    monkeypatch.setenv("LAO_DESKTOP_HOME", str(tmp_path / "home"))
    monkeypatch.delenv("LAO_DESKTOP_DB", raising=False)
    i18n.set_language("th")


@pytest.fixture
def english() -> Iterator[None]:
    """Messages in English, for tests that match their words (the Thai ones are checked in
    tests of their own); Thai again afterwards."""
    i18n.set_language("en")
    yield
    i18n.set_language("th")


@pytest.fixture
def db(tmp_path: Path) -> Iterator[Database]:
    database = open_database(tmp_path / "test.db")
    yield database
    database.dispose()


@pytest.fixture
def services(db: Database) -> Services:
    return Services(db)


@pytest.fixture(scope="session")
def pg_server_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    from tests.support.postgres import postgres_url_for_tests

    url, stop = postgres_url_for_tests(tmp_path_factory.mktemp("pg"))
    yield url
    stop()


def _fresh_pg_database(server_url: str) -> str:
    name = f"lao_{uuid.uuid4().hex[:12]}"
    admin = create_engine(server_url, isolation_level="AUTOCOMMIT")
    with admin.connect() as connection:
        connection.execute(text(f"CREATE DATABASE \"{name}\" ENCODING 'UTF8' TEMPLATE template0"))
    admin.dispose()
    return make_url(server_url).set(database=name).render_as_string(hide_password=False)


@pytest.fixture
def pg_db(pg_server_url: str) -> Iterator[Database]:
    database = open_database(_fresh_pg_database(pg_server_url))
    yield database
    database.dispose()


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def any_db(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Database]:
    if request.param == "sqlite":
        database = open_database(tmp_path / "test.db")
    else:
        database = open_database(_fresh_pg_database(request.getfixturevalue("pg_server_url")))
    yield database
    database.dispose()


@pytest.fixture
def any_services(any_db: Database) -> Services:
    return Services(any_db)


os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
