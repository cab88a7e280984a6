"""``lao-desktop import | export | template``: exit codes, the problem list, the database
unchanged on bad input, and who may do what."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest
from sqlalchemy import select

from lao_desktop.cli import main
from lao_desktop.cli import spreadsheet_options as options
from lao_desktop.db.database import open_database
from lao_desktop.models.base import Base
from lao_desktop.services import Services
from lao_desktop.tabular.kinds import EXPORT_ONLY, IMPORTABLE
from tests.support.demo import demo_copy
from tests.tabular.conftest import GOOD_PARTNER, PARTNER_HEADERS, read_xlsx, write_csv


@pytest.fixture
def demo_db(tmp_path: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    return demo_copy(tmp_path_factory, tmp_path / "demo.db")


def _fingerprint(path: Path) -> str:
    """Every row of the office's records; logging in (the trail, the last login) aside."""
    database = open_database(path)
    digest = hashlib.sha256()
    try:
        with database.engine.connect() as connection:
            for table in Base.metadata.sorted_tables:
                if table.name not in ("audit_log", "users"):
                    rows = connection.execute(select(table)).all()
                    digest.update(repr(sorted(repr(tuple(r)) for r in rows)).encode())
    finally:
        database.dispose()
    return digest.hexdigest()


def test_the_command_line_knows_every_kind() -> None:
    assert tuple(k.name for k in IMPORTABLE) == options.IMPORTABLE
    assert tuple(k.name for k in EXPORT_ONLY) == options.EXPORT_ONLY


def test_bad_file_exits_1_with_the_problems_and_changes_nothing(
    demo_db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    bad = list(GOOD_PARTNER)
    bad[0], bad[4] = "กลุ่มใหม่", "นครพนมม"
    path = write_csv(tmp_path / "p.csv", [PARTNER_HEADERS, GOOD_PARTNER, bad])
    before = _fingerprint(demo_db)
    args = ["--user", "clerk", "--db", str(demo_db), "import", str(path), "--kind", "partners"]
    assert main(args) == 1
    out = capsys.readouterr().out
    assert "p, แถวที่ 3 คอลัมน์ “จังหวัด”: ไม่พบจังหวัด “นครพนมม”" in out
    assert "ยังไม่ได้บันทึกข้อมูลใด ๆ" in out
    assert _fingerprint(demo_db) == before
    assert main([*args, "--dry-run"]) == 1
    assert _fingerprint(demo_db) == before
    assert main([*args, "--skip-bad"]) == 0
    database = open_database(demo_db)
    names = {p.name for p in Services(database).partners.search("กลุ่ม", limit=1000)}
    database.dispose()
    assert GOOD_PARTNER[0] in names and "กลุ่มใหม่" not in names


def test_good_file_dry_run_then_import_into_a_new_database(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = tmp_path / "new.db"
    path = write_csv(tmp_path / "p.csv", [PARTNER_HEADERS, GOOD_PARTNER])
    assert main(["--db", str(db), "import", str(path), "--kind", "partners", "--dry-run"]) == 0
    assert "เพิ่มใหม่ 1" in capsys.readouterr().out
    database = open_database(db)
    assert Services(database).partners.count() == 0
    database.dispose()
    assert main(["--db", str(db), "import", str(path), "--kind", "partners"]) == 0
    database = open_database(db)
    assert Services(database).partners.count() == 1
    database.dispose()


def test_an_executive_exports_but_does_not_import(
    demo_db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "x.xlsx"
    base = ["--user", "executive", "--db", str(demo_db)]
    assert main([*base, "export", "--kind", "exchanges", "--out", str(out)]) == 0
    assert len(read_xlsx(out)) > 100
    before = _fingerprint(demo_db)
    assert main([*base, "import", str(out), "--kind", "exchanges"]) == 2
    assert "executive" in capsys.readouterr().err
    assert _fingerprint(demo_db) == before


def test_template_and_whole_database(
    demo_db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    template = tmp_path / "t.xlsx"
    assert main(["template", "--kind", "committee_members", "--out", str(template)]) == 0
    assert read_xlsx(template)[0][:2] == ["คณะกรรมการ *", "ชื่อกรรมการ *"]
    assert (
        main(
            [
                "--db",
                str(demo_db),
                "--user",
                "admin",
                "export",
                "--kind",
                "all",
                "--out",
                str(tmp_path / "all.csv"),
            ]
        )
        == 2
    )
    assert ".xlsx" in capsys.readouterr().err
    assert (
        main(
            [
                "--db",
                str(tmp_path / "nothing.db"),
                "export",
                "--kind",
                "partners",
                "--out",
                str(tmp_path / "p.xlsx"),
            ]
        )
        == 2
    )
    assert not (tmp_path / "nothing.db").exists()
