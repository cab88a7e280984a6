"""The command line, run as a clerk or a script would run it."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from sqlalchemy import text

from lao_desktop import __version__
from lao_desktop.cli import main
from lao_desktop.db.database import open_database


def run(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "lao_desktop", *args],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
        check=False,
    )


def test_version() -> None:
    result = run("--version")
    assert result.returncode == 0 and result.stdout.strip() == f"lao-desktop {__version__}"


def _window_opens_on(monkeypatch: pytest.MonkeyPatch) -> list[str | None]:
    """Replace the window by a record of the database it would open, and open that."""
    opened: list[str | None] = []

    def run(target: str | None, smoke_test: str | None = None, **_options: object) -> int:
        opened.append(target)
        open_database(target).dispose()
        return 0

    monkeypatch.setattr("lao_desktop.gui.app.run", run)
    return opened


def test_no_command_opens_the_window_on_the_data_folder_database(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    opened = _window_opens_on(monkeypatch)
    assert main([]) == 0
    assert opened == [None]
    assert (tmp_path / "home" / "lao-network.db").exists()


def test_database_from_the_environment(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    opened = _window_opens_on(monkeypatch)
    target = tmp_path / "office.db"
    monkeypatch.setenv("LAO_DESKTOP_DB", str(target))
    assert main([]) == 0
    assert target.exists()
    assert opened == [None]  # resolved from the environment by open_database


def test_check_a_good_database(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    target = tmp_path / "good.db"
    open_database(target).dispose()
    assert main(["--db", str(target), "check"]) == 0
    out = capsys.readouterr().out
    assert "✗" not in out and out.count("✓") >= 4


def test_check_reports_trouble_with_nonzero_exit(tmp_path: Path) -> None:
    missing = tmp_path / "missing.db"
    result = run("--db", str(missing), "check")
    assert result.returncode == 1 and not missing.exists()

    damaged = tmp_path / "damaged.db"
    damaged.write_bytes(b"\x00junk" * 1000)
    result = run("--db", str(damaged), "check")
    assert result.returncode == 1 and "✗" in result.stdout

    newer = tmp_path / "newer.db"
    open_database(newer).dispose()
    db = open_database(newer, migrate=False)
    with db.engine.begin() as connection:
        connection.execute(text("UPDATE alembic_version SET version_num='9999'"))
    db.dispose()
    result = run("--db", str(newer), "check")
    assert result.returncode == 1 and "9999" in result.stdout


def test_opening_a_damaged_file_says_so_in_thai(tmp_path: Path) -> None:
    damaged = tmp_path / "damaged.db"
    damaged.write_bytes(b"not a database" * 500)
    result = run("--db", str(damaged), "--smoke-test", str(tmp_path / "window.png"))
    assert result.returncode == 2
    assert "สำรอง" in result.stderr  # points to restoring from a backup
    assert "Traceback" not in result.stderr


def test_english_messages(tmp_path: Path) -> None:
    result = run("--lang", "en", "--db", str(tmp_path / "x.db"), "check")
    assert result.returncode == 1 and "No database file at" in result.stderr
