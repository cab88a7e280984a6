"""The throwaway PostgreSQL server of tests/support/postgres.py."""

from __future__ import annotations

import socket
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text

from . import postgres
from .postgres import ENV_URL, postgres_url_for_tests, start_cluster

# Code-point order would put ข before the words written with a leading vowel (เ, ไ); Thai
# order looks through the leading vowel to the consonant: ก words first, then ข.
THAI_WORDS = ["ขา", "ไก่", "กา", "เก"]
THAI_ORDER = ["กา", "เก", "ไก่", "ขา"]


@pytest.mark.postgres
def test_cluster_stores_thai_text_and_sorts_with_icu(tmp_path: Path) -> None:
    cluster = start_cluster(tmp_path)
    try:
        assert cluster.url == f"postgresql+psycopg://lao_test@127.0.0.1:{cluster.port}/lao_test"
        engine = create_engine(cluster.url)
        with engine.begin() as conn:
            conn.execute(text("CREATE TABLE words (id serial PRIMARY KEY, word text NOT NULL)"))
            conn.execute(
                text("INSERT INTO words (word) VALUES (:w)"), [{"w": w} for w in THAI_WORDS]
            )
        with engine.connect() as conn:
            stored = conn.execute(text("SELECT word FROM words ORDER BY id")).scalars().all()
            icu = conn.execute(text('SELECT word FROM words ORDER BY word COLLATE "und-x-icu"'))
            code_points = conn.execute(text('SELECT word FROM words ORDER BY word COLLATE "C"'))
            settings = conn.execute(
                text(
                    "SELECT current_setting('server_encoding'), current_setting('listen_addresses')"
                )
            ).one()
            assert stored == THAI_WORDS
            assert icu.scalars().all() == THAI_ORDER
            assert code_points.scalars().all() == sorted(THAI_WORDS)
            assert tuple(settings) == ("UTF8", "127.0.0.1")
        engine.dispose()
    finally:
        cluster.stop()
    cluster.stop()  # a second stop does nothing
    assert not cluster.data_dir.exists()
    with pytest.raises(OSError), socket.create_connection(("127.0.0.1", cluster.port), 2):
        pass


def test_url_from_the_environment_starts_nothing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(ENV_URL, "postgresql+psycopg://ci@db.example:5432/lao_test")
    url, stop = postgres_url_for_tests(tmp_path)
    stop()
    assert url == "postgresql+psycopg://ci@db.example:5432/lao_test"
    assert list(tmp_path.iterdir()) == []


def test_missing_server_says_how_to_install_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(postgres, "DEBIAN_SERVERS", tmp_path / "none")
    monkeypatch.setenv("PATH", str(tmp_path))
    with pytest.raises(RuntimeError, match="apt-get install postgresql"):
        start_cluster(tmp_path)
