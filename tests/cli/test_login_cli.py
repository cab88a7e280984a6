"""The command line acts as a named user and obeys that user's role."""

from __future__ import annotations

from pathlib import Path

import pytest

from lao_desktop import i18n
from lao_desktop.cli import main
from lao_desktop.cli.login import PASSWORD_ENV_VAR
from lao_desktop.db.database import open_database
from lao_desktop.demo.builder import DEMO_PASSWORD
from lao_desktop.services import Services
from tests.support.demo import demo_copy


@pytest.fixture
def office(tmp_path: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    return demo_copy(tmp_path_factory, tmp_path / "office.db")


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(["--lang", "en", *args])
    out, err = capsys.readouterr()
    i18n.set_language("th")
    return code, out, err


def test_a_protected_office_needs_a_user(
    capsys: pytest.CaptureFixture[str], office: Path, tmp_path: Path
) -> None:
    code, out, err = run(capsys, "backup", "--db", str(office), "--to", str(tmp_path))
    assert code == 2 and "--user NAME" in err and out == ""
    assert not list(tmp_path.glob("*.laobackup"))


def test_a_wrong_password_is_refused(
    capsys: pytest.CaptureFixture[str],
    office: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv(PASSWORD_ENV_VAR, "not the password")
    code, _out, err = run(
        capsys, "--user", "clerk", "backup", "--db", str(office), "--to", str(tmp_path)
    )
    assert code == 2 and "user name or the password is wrong" in err


def test_the_password_file_comes_before_the_variable(
    capsys: pytest.CaptureFixture[str],
    office: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv(PASSWORD_ENV_VAR, "not the password")
    secret = tmp_path / "password.txt"
    secret.write_text(DEMO_PASSWORD + "\n", encoding="utf-8")
    code, out, err = run(
        capsys,
        *("--user", "clerk", "--password-file", str(secret)),
        *("backup", "--db", str(office), "--to", str(tmp_path)),
    )
    assert code == 0, err
    assert Path(out.strip()).exists()


def test_roles_are_obeyed(capsys: pytest.CaptureFixture[str], office: Path, tmp_path: Path) -> None:
    # The executive views, prints and backs up but does not change records; only the
    # administrator restores.
    code, _out, err = run(
        capsys, "--user", "executive", "backup", "--db", str(office), "--to", str(tmp_path)
    )
    assert code == 0, err
    code, out, _err = run(
        capsys, "--user", "clerk", "backup", "--db", str(office), "--to", str(tmp_path)
    )
    backup = out.strip()
    code, _out, err = run(
        capsys, "--user", "clerk", "restore", backup, "--db", str(office), "--yes"
    )
    assert code == 2 and "not allowed" in err
    code, _out, err = run(
        capsys, "--user", "admin", "restore", backup, "--db", str(office), "--yes"
    )
    assert code == 0, err
    pdf = tmp_path / "directory.pdf"
    code, _out, err = run(
        capsys, "--user", "executive", "report", "directory", "--db", str(office), "--out", str(pdf)
    )
    assert code == 0 and pdf.exists(), err


def test_an_office_not_yet_set_up_needs_no_user(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    new = tmp_path / "new.db"
    open_database(new).dispose()
    code, _out, err = run(capsys, "backup", "--db", str(new), "--to", str(tmp_path))
    assert code == 0, err


def test_the_demo_has_three_accounts_with_the_password_given(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    target = tmp_path / "demo.db"
    code, out, _err = run(capsys, "--db", str(target), "demo", "--demo-password", "รหัสสาธิต2569")
    assert code == 0 and "รหัสสาธิต2569" in out
    services = Services(open_database(target))
    for name in ("admin", "clerk", "executive"):
        assert services.accounts.log_in(name, "รหัสสาธิต2569").username == name
    services.ctx.db.dispose()
    code, _out, err = run(capsys, "--db", str(tmp_path / "x.db"), "demo", "--demo-password", "1")
    assert code == 2 and "at least 8" in err
