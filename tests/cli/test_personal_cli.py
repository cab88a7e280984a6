"""``lao-desktop person export|erase``: administrators only, the contact by id or by a name
only one person has, checked before anything is read, audited, nothing personal printed."""

from __future__ import annotations

import json
import uuid
from collections.abc import Iterator
from pathlib import Path

import pypdfium2 as pdfium
import pytest
from sqlalchemy import select

from lao_desktop.cli import main
from lao_desktop.db.database import open_database
from lao_desktop.models import AuditEntry, ContactPerson
from lao_desktop.services import Services
from tests.support.demo import demo_copy
from tests.support.personal import FIRST, FULL_NAME, LAST, NATIONAL_ID, PERSONAL_VALUES, build_world


@pytest.fixture
def demo_db(tmp_path: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    return demo_copy(tmp_path_factory, tmp_path / "demo.db")


@pytest.fixture
def contact(demo_db: Path) -> Iterator[uuid.UUID]:
    database = open_database(demo_db)
    yield build_world(Services(database)).contact_id
    database.dispose()


def person(
    capsys: pytest.CaptureFixture[str], db: Path, *args: str, user: str = "admin"
) -> tuple[int, str, str]:
    code = main(["--user", user, "person", *args, "--db", str(db)])
    out, err = capsys.readouterr()
    for value in PERSONAL_VALUES:  # never on the screen, whatever the command
        assert value not in out + err, value
    return code, out, err


def _actions(db: Path) -> list[tuple[str, str]]:
    database = open_database(db)
    try:
        with database.read_session() as session:
            stmt = select(AuditEntry.action, AuditEntry.username).order_by(AuditEntry.id)
            rows = [(a, u) for a, u in session.execute(stmt) if a in ("export", "erase", "view")]
    finally:
        database.dispose()
    return rows


def _stored(db: Path, contact_id: uuid.UUID) -> tuple[str, str | None]:
    database = open_database(db)
    try:
        with database.read_session() as session:
            stmt = select(ContactPerson.first_name, ContactPerson.national_id).where(
                ContactPerson.id == contact_id
            )
            first, national_id = session.execute(stmt).one()
    finally:
        database.dispose()
    return first, national_id


def test_export_by_id_to_json(
    capsys: pytest.CaptureFixture[str], demo_db: Path, contact: uuid.UUID, tmp_path: Path
) -> None:
    out = tmp_path / "person.json"
    code, stdout, err = person(capsys, demo_db, "export", str(contact), "--out", str(out))
    assert code == 0, err
    assert str(out) in stdout
    data = json.loads(out.read_text(encoding="utf-8"))
    assert data["person"]["national_id"] == NATIONAL_ID
    assert data["person"]["first_name"] == FIRST
    assert {r["table"] for r in data["records"]} >= {"committee_members", "agreement_signatories"}
    assert _actions(demo_db) == [("export", "admin")]


def test_export_by_name_to_pdf(
    capsys: pytest.CaptureFixture[str], demo_db: Path, contact: uuid.UUID, tmp_path: Path
) -> None:
    out = tmp_path / "person.pdf"
    code, _stdout, err = person(capsys, demo_db, "export", FULL_NAME, "--out", str(out))
    assert code == 0, err
    document = pdfium.PdfDocument(out.read_bytes())
    try:
        text = "".join(document[i].get_textpage().get_text_range() for i in range(len(document)))
    finally:
        document.close()
    assert "รายงานข้อมูลส่วนบุคคลของเจ้าของข้อมูล" in text and LAST in text
    assert _actions(demo_db) == [("export", "admin")]


@pytest.mark.parametrize("user", ["clerk", "executive"])
def test_only_an_administrator(
    capsys: pytest.CaptureFixture[str],
    demo_db: Path,
    contact: uuid.UUID,
    tmp_path: Path,
    user: str,
) -> None:
    out = tmp_path / "person.json"
    code, _out, err = person(capsys, demo_db, "export", str(contact), "--out", str(out), user=user)
    assert code == 2 and user in err and not out.exists()
    code, _out, err = person(
        capsys, demo_db, "erase", str(contact), "--reason", "คำขอ", "--yes", user=user
    )
    assert code == 2 and user in err
    assert _actions(demo_db) == []
    assert _stored(demo_db, contact) == (FIRST, NATIONAL_ID)


def test_a_wrong_file_is_told_before_anything_is_read(
    capsys: pytest.CaptureFixture[str],
    demo_db: Path,
    contact: uuid.UUID,
    tmp_path: Path,
    english: None,
) -> None:
    code, _out, err = person(
        capsys, demo_db, "export", str(contact), "--out", str(tmp_path / "a.docx")
    )
    assert code == 2 and ".json" in err and ".pdf" in err
    missing = tmp_path / "no" / "such" / "a.json"
    code, _out, err = person(capsys, demo_db, "export", str(contact), "--out", str(missing))
    assert code == 2 and "does not exist" in err
    assert _actions(demo_db) == []


def test_unknown_and_ambiguous_names(
    capsys: pytest.CaptureFixture[str],
    demo_db: Path,
    contact: uuid.UUID,
    tmp_path: Path,
    english: None,
) -> None:
    out = str(tmp_path / "p.json")
    code, _out, err = person(capsys, demo_db, "export", "นายไม่มี ในระบบ", "--out", out)
    assert code == 2 and "No contact person" in err
    database = open_database(demo_db)
    services = Services(database)
    partner = services.contacts.get(contact).partner_id
    twin = services.contacts.create(
        {"partner_id": partner, "title": "นาย", "first_name": FIRST, "last_name": LAST}
    )
    database.dispose()
    code, _out, err = person(capsys, demo_db, "export", f"{FIRST} {LAST}", "--out", out)
    assert code == 2 and "2 contact persons" in err
    assert str(contact) in err and str(twin.id) in err
    assert _actions(demo_db) == []


def test_erase_with_yes_then_again(
    capsys: pytest.CaptureFixture[str], demo_db: Path, contact: uuid.UUID, english: None
) -> None:
    reason = "Request of 1 March 2026, no. 45/2569"
    code, out, err = person(capsys, demo_db, "erase", str(contact), "--reason", reason, "--yes")
    assert code == 0, err
    assert "National ID number" in out and "Agreement signature" in out
    assert "Kept as recorded" in out and "Erased" in out
    first, national_id = _stored(demo_db, contact)
    assert first.startswith("บุคคลที่ถูกลบข้อมูล") and national_id is None
    assert _actions(demo_db) == [("erase", "admin")] * 5
    code, out, _err = person(capsys, demo_db, "erase", str(contact), "--reason", reason, "--yes")
    assert code == 0 and "Nothing left to erase" in out
    assert len(_actions(demo_db)) == 5


def test_erase_asks_and_a_script_without_yes_erases_nothing(
    capsys: pytest.CaptureFixture[str],
    demo_db: Path,
    contact: uuid.UUID,
    english: None,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    code, _out, err = person(capsys, demo_db, "erase", FULL_NAME, "--reason", "คำขอ")
    assert code == 1 and "--yes" in err
    assert _stored(demo_db, contact) == (FIRST, NATIONAL_ID)
    monkeypatch.setattr("sys.stdin.isatty", lambda: True)
    monkeypatch.setattr("builtins.input", lambda _prompt: "no")
    code, _out, _err = person(capsys, demo_db, "erase", FULL_NAME, "--reason", "คำขอ")
    assert code == 1 and _stored(demo_db, contact) == (FIRST, NATIONAL_ID)
    monkeypatch.setattr("builtins.input", lambda _prompt: "YES")
    code, _out, _err = person(capsys, demo_db, "erase", FULL_NAME, "--reason", "คำขอ")
    assert code == 0 and _stored(demo_db, contact)[1] is None
