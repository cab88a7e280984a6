"""``lao-desktop backup``, ``verify`` and ``restore`` as IT staff script them: the path on
standard output, a non-zero exit and a clear message on any failure."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from lao_desktop import i18n
from lao_desktop.cli import main
from tests.support.demo import demo_copy


@pytest.fixture
def live(tmp_path: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    return demo_copy(tmp_path_factory, tmp_path / "live.db")


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(["--lang", "en", "--user", "admin", *args])
    out, err = capsys.readouterr()
    i18n.set_language("th")
    return code, out, err


def _partners(path: Path) -> int:
    connection = sqlite3.connect(path)
    try:
        return int(connection.execute("SELECT count(*) FROM partners").fetchone()[0])
    finally:
        connection.close()


def test_a_scheduled_backup_prints_the_path_of_a_verified_file(live: Path, tmp_path: Path) -> None:
    stick = tmp_path / "ไดรฟ์ E"
    stick.mkdir()
    result = subprocess.run(
        [
            *(sys.executable, "-m", "lao_desktop", "--user", "admin"),
            *("backup", "--db", str(live), "--to", str(stick)),
        ],
        capture_output=True,
        text=True,
        env={**os.environ, "LAO_DESKTOP_HOME": str(tmp_path / "home")},
        stdin=subprocess.DEVNULL,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    path = Path(result.stdout.strip())
    assert path.parent == stick and path.name.endswith(".laobackup") and "2569" in path.name
    assert "verified" in result.stderr or "ตรวจ" in result.stderr


def test_backup_verify_restore(
    capsys: pytest.CaptureFixture[str], live: Path, tmp_path: Path
) -> None:
    code, out, _err = run(capsys, "backup", "--db", str(live), "--to", str(tmp_path))
    assert code == 0
    backup = Path(out.strip())
    code, out, _err = run(capsys, "verify", str(backup))
    assert code == 0 and "Verified" in out and "นาคูณใหญ่" in out

    # Without --yes and without a terminal to ask on, nothing happens.
    connection = sqlite3.connect(live)
    connection.execute("DELETE FROM contact_persons")
    connection.commit()
    connection.close()
    code, _out, err = run(capsys, "restore", str(backup), "--db", str(live))
    assert code == 1 and "--yes" in err and "Nothing was changed" in err
    assert sqlite3.connect(live).execute("SELECT count(*) FROM contact_persons").fetchone()[0] == 0

    code, out, err = run(capsys, "restore", str(backup), "--db", str(live), "--yes")
    assert code == 0 and "Restored" in out and "before" in err
    assert sqlite3.connect(live).execute("SELECT count(*) FROM contact_persons").fetchone()[0] > 0


def test_restore_onto_a_new_pc_creates_the_database(
    capsys: pytest.CaptureFixture[str], live: Path, tmp_path: Path
) -> None:
    code, out, _err = run(capsys, "backup", "--db", str(live), "--to", str(tmp_path))
    new = tmp_path / "new pc" / "data.db"
    code, _out, err = run(capsys, "restore", out.strip(), "--db", str(new), "--yes")
    assert code == 0, err
    assert _partners(new) == _partners(live)


def test_passphrase_files(capsys: pytest.CaptureFixture[str], live: Path, tmp_path: Path) -> None:
    secret = tmp_path / "secret.txt"
    secret.write_text("รหัสผ่านของ อบต. 2569\n", encoding="utf-8")
    code, out, err = run(
        capsys, "backup", "--db", str(live), "--to", str(tmp_path), "--passphrase-file", str(secret)
    )
    assert code == 0 and "no recovery key" in err
    backup = out.strip()
    code, _out, err = run(capsys, "verify", backup)
    assert code == 2 and "encrypted" in err
    wrong = tmp_path / "wrong.txt"
    wrong.write_text("รหัสผ่านของ อบต. 2568", encoding="utf-8")
    code, _out, err = run(capsys, "verify", backup, "--passphrase-file", str(wrong))
    assert code == 2 and "passphrase is wrong" in err
    code, out, _err = run(capsys, "verify", backup, "--passphrase-file", str(secret))
    assert code == 0 and "Encrypted" in out


@pytest.mark.parametrize(
    ("content", "message"), [("", "is empty"), ("short", "at least 8"), (None, "Cannot read")]
)
def test_bad_passphrase_files(
    capsys: pytest.CaptureFixture[str],
    live: Path,
    tmp_path: Path,
    content: str | None,
    message: str,
) -> None:
    secret = tmp_path / "secret.txt"
    if content is not None:
        secret.write_text(content, encoding="utf-8")
    code, out, err = run(
        capsys, "backup", "--db", str(live), "--to", str(tmp_path), "--passphrase-file", str(secret)
    )
    assert code == 2 and message in err and out == ""
    assert not list(tmp_path.glob("*.laobackup"))


def test_failures_exit_non_zero_with_the_reason(
    capsys: pytest.CaptureFixture[str], live: Path, tmp_path: Path
) -> None:
    code, out, err = run(capsys, "backup", "--db", str(live), "--to", str(tmp_path / "F:"))
    assert code == 2 and "does not exist" in err and out == ""
    code, _out, err = run(capsys, "verify", str(live))
    assert code == 2 and "not a backup file" in err
    code, _out, err = run(capsys, "restore", str(tmp_path / "none.laobackup"), "--db", str(live))
    assert code == 2 and "Cannot read" in err


def test_messages_are_thai_in_the_thai_interface(
    capsys: pytest.CaptureFixture[str], live: Path
) -> None:
    code = main(["verify", str(live)])
    err = capsys.readouterr().err
    assert code == 2 and "ไม่ใช่ไฟล์สำรองข้อมูล" in err


def test_a_recovery_key_opens_an_encrypted_backup_from_the_command_line(
    capsys: pytest.CaptureFixture[str], live: Path, tmp_path: Path
) -> None:
    sheet = tmp_path / "sheet.pdf"
    code, out, err = run(capsys, "--db", str(live), "recovery-key", "--out", str(sheet))
    assert code == 0 and "office safe" in err
    key_text = out.strip()
    assert sheet.read_bytes().startswith(b"%PDF") and len(key_text.split("-")) == 11
    secret = tmp_path / "secret.txt"
    secret.write_text("จำไม่ได้แล้วแน่ๆ", encoding="utf-8")
    code, out, err = run(
        capsys, "backup", "--db", str(live), "--to", str(tmp_path), "--passphrase-file", str(secret)
    )
    assert code == 0 and "no recovery key" not in err
    key_file = tmp_path / "key.txt"
    key_file.write_text(key_text.lower().replace("-", " "), encoding="utf-8")
    code, verified, _err = run(capsys, "verify", out.strip(), "--recovery-key-file", str(key_file))
    assert code == 0 and "Verified" in verified
