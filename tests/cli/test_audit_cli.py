"""``lao-desktop audit verify | list | print`` as IT staff use them: exit 0 when the trail
verifies, 1 naming the first broken entry, 2 for bad input or a user who may not audit."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from lao_desktop import i18n
from lao_desktop.backup.make import back_up
from lao_desktop.cli import main
from lao_desktop.cli.login import PASSWORD_ENV_VAR
from lao_desktop.db.database import open_database
from lao_desktop.demo.builder import DEMO_PASSWORD
from lao_desktop.models.enums import Role
from lao_desktop.services import Actor, Services
from tests.support import audit_tamper
from tests.support.demo import demo_copy


@pytest.fixture
def live(tmp_path: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    return demo_copy(tmp_path_factory, tmp_path / "live.db")


def run(capsys: pytest.CaptureFixture[str], user: str, *args: str) -> tuple[int, str, str]:
    code = main(["--lang", "en", "--user", user, "audit", *args])
    out, err = capsys.readouterr()
    i18n.set_language("th")
    return code, out, err


@pytest.mark.parametrize("user", ["executive", "admin"])
def test_an_intact_trail_verifies_with_its_count_and_latest_hash(
    capsys: pytest.CaptureFixture[str], live: Path, user: str
) -> None:
    code, out, err = run(capsys, user, "verify", "--db", str(live))
    assert code == 0, err
    count = len(audit_tamper.ids(live))
    assert f"The audit trail verifies: {count:,} entries." in out
    assert f"Latest hash: {audit_tamper.head(live)}" in out


def test_a_clerk_may_not_audit(capsys: pytest.CaptureFixture[str], live: Path) -> None:
    for step in (["verify"], ["list"], ["print", "--out", str(live.parent / "x.pdf")]):
        code, out, err = run(capsys, "clerk", *step, "--db", str(live))
        assert code == 2 and "clerk is not allowed" in err and not out
    assert not (live.parent / "x.pdf").exists()


def test_an_edited_entry_is_named_and_exits_1(
    capsys: pytest.CaptureFixture[str], live: Path
) -> None:
    audit_tamper.alter_summary(live, 40)
    code, out, _err = run(capsys, "executive", "verify", "--db", str(live))
    assert code == 1
    assert out.startswith("The audit trail is broken at entry 40 (")
    assert "its content was changed after it was written" in out
    assert "Entries that verify before it: 39." in out
    assert " น., " in out  # the time in B.E. with the user, action and record after it


@pytest.mark.parametrize(
    ("tamper", "first_broken"),
    [
        (lambda p: audit_tamper.delete_entry(p, 10), 11),
        (lambda p: audit_tamper.swap(p, 20, 21), 20),
        (lambda p: audit_tamper.insert_forged_after(p, 30), 32),
    ],
    ids=["deleted", "reordered", "inserted"],
)
def test_removed_reordered_or_inserted_entries_are_named(
    capsys: pytest.CaptureFixture[str], live: Path, tamper: object, first_broken: int
) -> None:
    tamper(live)  # type: ignore[operator]
    code, out, _err = run(capsys, "admin", "verify", "--db", str(live))
    assert code == 1
    assert f"broken at entry {first_broken} (" in out and "does not follow" in out


def test_newest_entries_cut_off_are_caught_with_head(
    capsys: pytest.CaptureFixture[str], live: Path
) -> None:
    saved = audit_tamper.head(live)
    audit_tamper.delete_newest(live, 3)
    code, _out, _err = run(capsys, "admin", "verify", "--db", str(live))
    assert code == 0  # without a saved hash the shorter chain looks whole
    code, out, _err = run(capsys, "admin", "verify", "--db", str(live), "--head", saved)
    assert code == 1
    assert f"The latest hash given ({saved[:16]}…) is not in the audit trail" in out
    assert "were removed, or the trail was rewritten" in out


def test_a_saved_head_still_in_the_chain_verifies(
    capsys: pytest.CaptureFixture[str], live: Path
) -> None:
    saved = audit_tamper.head(live)
    code, out, err = run(capsys, "admin", "verify", "--db", str(live), "--head", saved.upper())
    assert code == 0, err
    assert "The latest hash given is in the chain" in out


def test_the_head_of_a_backup_catches_a_cut_off_trail(
    capsys: pytest.CaptureFixture[str], live: Path, tmp_path: Path
) -> None:
    """An encrypted backup: its manifest (with the latest hash) is readable without the
    passphrase."""
    (tmp_path / "stick").mkdir()
    db = open_database(live)
    try:
        admin = Services(db, Actor(None, "admin", Role.ADMIN))
        written = back_up(admin, tmp_path / "stick", passphrase="ม้าลาย-ข้ามถนน-2569")
    finally:
        db.dispose()
    assert written.manifest.encryption is not None
    code, out, _err = run(
        capsys, "admin", "verify", "--db", str(live), "--backup", str(written.path)
    )
    assert code == 0 and str(written.manifest.audit_head) in out
    audit_tamper.delete_newest(live, 5)
    code, out, _err = run(
        capsys, "admin", "verify", "--db", str(live), "--backup", str(written.path)
    )
    assert code == 1 and "is not in the audit trail" in out


def test_bad_options_are_told(capsys: pytest.CaptureFixture[str], live: Path) -> None:
    cases = [
        (["verify", "--head", "abc"], "--head abc is not a latest hash"),
        (["list", "--kind", "spaceships"], "--kind spaceships: no such kind of record"),
        (["list", "--action", "explode"], "--action explode: no such action"),
        (["list", "--id", "12"], "--id 12 is not a record id"),
        (["list", "--from", "31/2/2569"], "--from 31/2/2569:"),
        (["list", "--from", "2/1/2569", "--to", "1/1/2569"], "--from is after --to"),
    ]
    for args, message in cases:
        code, _out, err = run(capsys, "admin", *args, "--db", str(live))
        assert code == 2 and message in err, (args, err)


def test_list_filters_and_prints_a_readable_table(
    capsys: pytest.CaptureFixture[str], live: Path
) -> None:
    code, out, err = run(
        capsys, "executive", "list", "--db", str(live), "--kind", "ภาคี", "--limit", "3"
    )
    assert code == 0, err
    lines = out.splitlines()
    assert lines[0].split() == ["No.", "Time", "User", "Action", "Record", "Summary"]
    assert len(lines) == 5 and all("Partner" in line and "Added" in line for line in lines[1:4])
    assert lines[-1].startswith("Entries 1–3 of ") and lines[-1].endswith(", newest first.")
    code, out, _err = run(
        capsys, "admin", "list", "--db", str(live), "--by", "executive", "--action", "Logged in"
    )
    assert code == 0 and "executive" in out.splitlines()[1] and "Logged in" in out


def test_list_shows_changes_under_an_entry(capsys: pytest.CaptureFixture[str], live: Path) -> None:
    code, out, _err = run(
        capsys, "admin", "list", "--db", str(live), "--action", "update", "--kind",
        "decisions", "--limit", "1", "--changes",
    )  # fmt: skip
    assert code == 0
    assert "Status: " in out and " → " in out


def test_print_writes_the_audit_report(capsys: pytest.CaptureFixture[str], live: Path) -> None:
    out_file = live.parent / "audit.pdf"
    code, out, err = run(
        capsys, "executive", "print", "--db", str(live), "--out", str(out_file),
        "--action", "update",
    )  # fmt: skip
    assert code == 0, err
    assert out.strip() == str(out_file) and out_file.read_bytes().startswith(b"%PDF-")


def test_building_the_parser_loads_no_database_layer() -> None:
    code = (
        "import sys; from lao_desktop.cli import build_parser; "
        "build_parser().parse_args(['audit', 'verify']); "
        "print('sqlalchemy' in sys.modules)"
    )
    env = {PASSWORD_ENV_VAR: DEMO_PASSWORD, "PATH": "/usr/bin:/bin"}
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, env=env
    )
    assert result.stdout.strip() == "False"
