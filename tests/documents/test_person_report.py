"""The document ``person``: a data subject's own data as a Thai report (administrators only,
audited as "export"), read back by three PDF readers."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from sqlalchemy import func, select

from lao_desktop.db.database import open_database
from lao_desktop.documents.content.base import ContentError, office_info
from lao_desktop.documents.content.person import person_content
from lao_desktop.documents.kinds.person import person_pdf
from lao_desktop.errors import PermissionDeniedError
from lao_desktop.models import AuditEntry
from lao_desktop.services import Services
from lao_desktop.services.personal_report import PersonReport
from tests.documents.kind_checks import (
    DAY,
    NOTHING_MISSING,
    content_of,
    make_pdf,
    missing_texts,
    page_sizes,
    squeeze,
    thai,
)
from tests.support.demo import demo_copy
from tests.support.personal import (
    ADMIN,
    CLERK,
    EMAIL,
    EXECUTIVE,
    FULL_NAME,
    LINE_ID,
    NATIONAL_ID,
    World,
    as_role,
    build_world,
)

Extract = Callable[[bytes], dict[str, list[str]]]


@pytest.fixture
def office(tmp_path: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Services]:
    database = open_database(demo_copy(tmp_path_factory, tmp_path / "demo.db"))
    yield Services(database)
    database.dispose()


@pytest.fixture
def world(office: Services) -> World:
    return build_world(office)


def _exports(services: Services) -> int:
    with services.ctx.reading() as session:
        stmt = select(func.count()).where(AuditEntry.action == "export")
        return int(session.scalar(stmt) or 0)


def _card(number: str) -> str:
    card = f"{number[0]}-{number[1:5]}-{number[5:10]}-{number[10:12]}-{number[12]}"
    return "".join(thai(int(d)) if d.isdigit() else d for d in card)


def test_the_report_holds_everything_in_thai(
    office: Services, world: World, extracted: Extract, tmp_path: Path
) -> None:
    admin = as_role(office, ADMIN)
    pdf = make_pdf(admin, "person", record_id=world.contact_id)
    (tmp_path / "person.pdf").write_bytes(pdf)
    assert page_sizes(pdf)[0] == (595, 842)  # A4 portrait
    expected = [
        "รายงานข้อมูลส่วนบุคคลของเจ้าของข้อมูล",
        "ตามพระราชบัญญัติคุ้มครองข้อมูลส่วนบุคคล พ.ศ. ๒๕๖๒",
        "ข้อมูล ณ วันที่ ๒๑ พฤศจิกายน ๒๕๖๙",
        FULL_NAME,
        _card(NATIONAL_ID),  # the subject's own number, in full
        "๐๘๙-๗๖๕-๔๓๒๑",
        LINE_ID,  # machine text keeps Arabic digits
        EMAIL,
        "ผู้ลงนามในข้อตกลง",
        "ผู้ประสานงานเครือข่าย",
        "กรรมการหรือคณะทำงาน",
        "เก็บไว้ตามที่บันทึก",
        "ลบชื่อออก",
        "ประวัติการบันทึก การเข้าถึง และการส่งออกข้อมูล",
        "เพิ่มข้อมูล",
        "ผู้จัดทำ",
        "(admin)",
    ]
    assert missing_texts(pdf, extracted, expected) == NOTHING_MISSING
    text = squeeze("".join(extracted(pdf)["pdfium"]))
    assert NATIONAL_ID not in text  # printed as on the card, in the office's digits
    assert _exports(office) == 1


def test_a_report_gathered_once_prints_without_a_second_export(
    office: Services, world: World, extracted: Extract
) -> None:
    admin = as_role(office, ADMIN)
    report = admin.personal_data.export_person(world.contact_id)
    admin.personal_data.reveal_national_id(world.contact_id)  # not in the report: later
    pdf = person_pdf(admin, report, DAY)
    assert _exports(office) == 1
    pages = extracted(pdf)["poppler"]
    assert "ดูเลขประจำตัวประชาชน" not in "".join(pages)
    assert squeeze(FULL_NAME) in squeeze("".join(pages))


@pytest.mark.parametrize("actor", [CLERK, EXECUTIVE], ids=["clerk", "executive"])
def test_only_an_administrator_prints_it(office: Services, world: World, actor: object) -> None:
    acting = as_role(office, actor)  # type: ignore[arg-type]
    with pytest.raises(PermissionDeniedError):
        make_pdf(acting, "person", record_id=world.contact_id)
    assert _exports(office) == 0


def test_never_the_most_recent_person(office: Services, world: World) -> None:
    with pytest.raises(ContentError, match="--id"):
        content_of(as_role(office, ADMIN), "person")
    assert _exports(office) == 0


def test_an_erased_person_prints_what_is_left(office: Services, world: World) -> None:
    admin = as_role(office, ADMIN)
    admin.personal_data.erase_person(world.contact_id, "คำขอของเจ้าของข้อมูล")
    report = admin.personal_data.export_person(world.contact_id)
    content = person_pdf(admin, report, DAY)
    assert content.startswith(b"%PDF-")
    fields = dict(content_of_report(admin, report))
    assert fields["เลขประจำตัวประชาชน"] == "-" and fields["อีเมล"] == "-"


def content_of_report(services: Services, report: PersonReport) -> tuple[tuple[str, str], ...]:
    return person_content(report, office_info(services), DAY).fields
