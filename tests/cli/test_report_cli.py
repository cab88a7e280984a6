"""``lao-desktop report``: the list of kinds, every way to get it wrong (with its exit code
and message), and the PDF of each kind once its layout exists."""

from __future__ import annotations

import importlib.machinery
import os
import sys
import types
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from lao_desktop import i18n
from lao_desktop.cli import main
from lao_desktop.db.database import open_database
from lao_desktop.documents.catalogue import KINDS
from lao_desktop.services import Services
from lao_desktop.services.query import ListQuery
from tests.support.demo import demo_copy


@pytest.fixture(scope="module")
def demo_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return demo_copy(tmp_path_factory)


def report(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(["--user", "admin", "report", *args])
    out, err = capsys.readouterr()
    return code, out, err


def test_list_prints_each_kind_name_first(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _err = report(capsys, "--list")
    lines = out.splitlines()
    assert code == 0
    assert [line.split()[0] for line in lines] == [kind.name for kind in KINDS]
    assert all(len(line.split(maxsplit=1)) == 2 for line in lines)


def test_list_in_english(capsys: pytest.CaptureFixture[str]) -> None:
    code = main(["--lang", "en", "report", "--list"])
    out = capsys.readouterr().out
    assert code == 0 and "Minutes of a meeting" in out
    i18n.set_language("th")


def test_no_kind(capsys: pytest.CaptureFixture[str]) -> None:
    code, _out, err = report(capsys)
    assert code != 0 and "--list" in err


def test_unknown_kind(capsys: pytest.CaptureFixture[str], demo_db: Path, tmp_path: Path) -> None:
    code, _out, err = report(
        capsys, "memos", "--db", str(demo_db), "--out", str(tmp_path / "a.pdf")
    )
    assert code != 0
    assert "memos" in err and "minutes" in err  # names the kinds there are


def test_id_that_is_no_id(
    capsys: pytest.CaptureFixture[str], demo_db: Path, tmp_path: Path
) -> None:
    out = str(tmp_path / "a.pdf")
    code, _out, err = report(capsys, "minutes", "--db", str(demo_db), "--out", out, "--id", "12")
    assert code != 0 and "12" in err
    assert not Path(out).exists()


def test_id_not_found_or_of_another_type(
    capsys: pytest.CaptureFixture[str], demo_db: Path, tmp_path: Path
) -> None:
    out = str(tmp_path / "a.pdf")
    missing = "00000000-0000-0000-0000-000000000007"
    code, _out, err = report(capsys, "minutes", "--db", str(demo_db), "--out", out, "--id", missing)
    assert code != 0 and missing in err and "การประชุม" in err
    database = open_database(demo_db)
    partner = Services(database).partners.list(ListQuery(limit=1)).items[0]
    database.dispose()
    code, _out, err = report(
        capsys, "minutes", "--db", str(demo_db), "--out", out, "--id", str(partner.id)
    )
    assert code != 0 and "ภาคี" in err and "การประชุม" in err


def test_a_christian_era_year(
    capsys: pytest.CaptureFixture[str], demo_db: Path, tmp_path: Path
) -> None:
    out = str(tmp_path / "a.pdf")
    code, _out, err = report(
        capsys, "exchanges", "--db", str(demo_db), "--out", out, "--year", "2026"
    )
    assert code != 0 and "2569" in err
    code, _out, err = report(
        capsys, "exchanges", "--db", str(demo_db), "--out", out, "--year", "ปีนี้"
    )
    assert code != 0 and "ปีนี้" in err


def test_letter_body_file_missing_or_not_utf8(
    capsys: pytest.CaptureFixture[str], demo_db: Path, tmp_path: Path
) -> None:
    out = str(tmp_path / "a.pdf")
    letter = ["letter", "--db", str(demo_db), "--out", out, "--subject", "ทดสอบ", "--to", "ท่าน"]
    code, _out, err = report(capsys, *letter, "--body-file", str(tmp_path / "none.txt"))
    assert code != 0 and "none.txt" in err
    cp874 = tmp_path / "body.txt"
    cp874.write_bytes("ด้วยองค์การบริหารส่วนตำบล".encode("cp874"))
    code, _out, err = report(capsys, *letter, "--body-file", str(cp874))
    assert code != 0 and "UTF-8" in err
    code, _out, err = report(capsys, "letter", "--db", str(demo_db), "--out", out)
    assert code != 0 and "--subject" in err


def test_output_folder_missing_or_read_only(
    capsys: pytest.CaptureFixture[str],
    demo_db: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    code, _out, err = report(
        capsys, "directory", "--db", str(demo_db), "--out", str(tmp_path / "no" / "a.pdf")
    )
    assert code != 0 and str(tmp_path / "no") in err
    code, _out, err = report(capsys, "directory", "--db", str(demo_db))
    assert code != 0 and "--out" in err
    locked = tmp_path / "locked"
    locked.mkdir()
    # Tests may run as root, who may write anywhere: the folder's answer is given here.
    real_access = os.access
    monkeypatch.setattr(
        "lao_desktop.cli.report.os.access",
        lambda path, mode: False if Path(path) == locked else real_access(path, mode),
    )
    code, _out, err = report(
        capsys, "directory", "--db", str(demo_db), "--out", str(locked / "a.pdf")
    )
    assert code != 0 and str(locked) in err
    code, _out, err = report(capsys, "directory", "--db", str(demo_db), "--out", str(tmp_path))
    assert code != 0 and str(tmp_path) in err  # a folder given as the file


def test_empty_database(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    target = tmp_path / "empty.db"
    database = open_database(target)
    Services(database).office.save({"name": "องค์การบริหารส่วนตำบลทดสอบ", "office_type": "sao"})
    database.dispose()
    code, _out, err = report(
        capsys, "minutes", "--db", str(target), "--out", str(tmp_path / "m.pdf")
    )
    assert code != 0 and "การประชุม" in err
    code, _out, err = report(
        capsys, "minutes", "--db", str(tmp_path / "nothing.db"), "--out", str(tmp_path / "m.pdf")
    )
    assert code != 0 and "nothing.db" in err
    assert not (tmp_path / "nothing.db").exists()  # a report never creates a database


@pytest.fixture
def body_file(tmp_path: Path) -> Iterator[Path]:
    path = tmp_path / "body.txt"
    path.write_text("ด้วยองค์การบริหารส่วนตำบลนาคูณใหญ่ขอเชิญ\n\nจึงเรียนมาเพื่อโปรดทราบ\n", encoding="utf-8")
    yield path


def _a_contact(path: Path) -> Any:
    database = open_database(path)
    try:
        return Services(database).contacts.list(ListQuery(limit=1)).items[0].id
    finally:
        database.dispose()


@pytest.mark.parametrize("kind", [kind.name for kind in KINDS])
def test_each_kind_makes_a_pdf(
    capsys: pytest.CaptureFixture[str], demo_db: Path, tmp_path: Path, body_file: Path, kind: str
) -> None:
    assert next(k for k in KINDS if k.name == kind).has_layout(), "documents/kinds/<kind>.py"
    out = tmp_path / f"{kind}.pdf"
    extra = {
        "letter": ["--subject", "ทดสอบ", "--to", "ท่าน", "--body-file", str(body_file)],
        "person": ["--id", str(_a_contact(demo_db))],  # never "the most recent" person
    }
    code, stdout, err = report(
        capsys, kind, "--db", str(demo_db), "--out", str(out), *extra.get(kind, [])
    )
    assert code == 0, err
    assert out.read_bytes().startswith(b"%PDF-") and str(out) in stdout
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".~")]  # no temporary left


def test_a_layout_module_completes_a_kind(
    capsys: pytest.CaptureFixture[str],
    demo_db: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """What the catalogue hands a layout, and the file written from what it returns."""
    seen: list[tuple[Any, Any]] = []

    def build_pdf(content: Any, setup: Any, progress: Any) -> bytes:
        seen.append((content, setup))
        if progress is not None:
            progress(1, 1, "page")
        return b"%PDF-1.4 test"

    name = "lao_desktop.documents.kinds.followup"
    module = types.ModuleType(name)
    module.__spec__ = importlib.machinery.ModuleSpec(name, None)
    module.build_pdf = build_pdf  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, name, module)
    out = tmp_path / "followup.pdf"
    code, _out, err = report(capsys, "followup", "--db", str(demo_db), "--out", str(out))
    assert code == 0, err
    assert out.read_bytes() == b"%PDF-1.4 test"
    content, setup = seen[0]
    assert content.rows and setup.kind == "followup" and setup.thai_digits
    assert setup.office.name.startswith("องค์การบริหารส่วนตำบล") and setup.font is None
