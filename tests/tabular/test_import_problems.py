"""Every bad input the issue names is reported with its row, column and a Thai (or English)
explanation, and leaves the database exactly as it was."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path
from typing import Any

import pytest

from lao_desktop.services import Services
from lao_desktop.services.query import ListQuery
from tests.support.roles import fingerprint
from tests.tabular.conftest import GOOD_PARTNER, PARTNER_HEADERS, run_import, write_csv, write_xlsx


def partner(changes: dict[str, Any]) -> list[Any]:
    """The good row with some cells changed (by header: Thai is not safe in keyword names,
    Python changes ำ into two characters there)."""
    row = list(GOOD_PARTNER)
    row[0] = "กลุ่มที่สอง"  # another partner than GOOD_PARTNER's
    for header, value in changes.items():
        row[PARTNER_HEADERS.index(header)] = value
    return row


def only_problem(report: Any) -> tuple[int, str, str]:
    assert len(report.problems) == 1, report.problems
    p = report.problems[0]
    return p.row, p.column, p.message


@pytest.mark.usefixtures("english")
@pytest.mark.parametrize(
    ("row", "column", "words"),
    [
        (partner({"จังหวัด": "นครพนมม"}), "จังหวัด", "there is no province “นครพนมม”"),
        (partner({"ตำบล": "บางรัก"}), "ตำบล", "no subdistrict “บางรัก”"),
        (partner({"ชื่อภาคี": ""}), "ชื่อภาคี", "this is required"),
        (partner({"ระดับ": "ดาวอังคาร"}), "ระดับ", "is not one of the choices"),
        (partner({"หมู่ที่": "สาม"}), "หมู่ที่", "is not a whole number"),
        (partner({"หมู่ที่": "3 หมู่"}), "หมู่ที่", "is not a whole number"),
        (partner({"ชื่อภาคี": "ก" * 5000}), "ชื่อภาคี", "5000 characters long"),
        (partner({"ชื่อภาคี": "#N/A"}), "ชื่อภาคี", "Excel error #N/A"),
    ],
)
def test_a_bad_cell_is_named_and_nothing_is_saved(
    services: Services, tmp_path: Path, row: list[Any], column: str, words: str
) -> None:
    services.partners.create(
        {"name": "ภาคีเดิม", "sector": "state", "pillar": "people", "level": "village"}
    )
    before = fingerprint(services.ctx.db)
    path = write_xlsx(tmp_path / "p.xlsx", {"ภาคี": [PARTNER_HEADERS, GOOD_PARTNER, row]})
    report = run_import(services, path)
    assert not report.applied
    number, header, message = only_problem(report)
    assert (number, header) == (3, column)
    assert words in message
    assert fingerprint(services.ctx.db) == before


def test_the_problem_is_explained_in_thai(services: Services, tmp_path: Path) -> None:
    path = write_csv(tmp_path / "p.csv", [PARTNER_HEADERS, partner({"จังหวัด": "นครพนมม"})])
    _row, _column, message = only_problem(run_import(services, path, apply=False))
    assert message == "ไม่พบจังหวัด “นครพนมม” กรุณาตรวจการสะกด เช่น นครพนม"


EXCHANGE_HEADERS = ["วันที่", "ผู้ให้", "ประเภททรัพยากร", "สถานะ", "รายละเอียด", "จำนวน", "หน่วย"]


@pytest.mark.usefixtures("english")
@pytest.mark.parametrize(
    ("cells", "column", "words"),
    [
        (["31/02/2569"], "วันที่", "does not exist"),
        (["2026-13-01"], "วันที่", "no month 13"),
        (["21/11/3000"], "วันที่", "outside"),
        (["เมื่อวาน"], "วันที่", "Cannot read the date"),
        (["21/11/2569", "ไม่มีภาคีนี้"], "ผู้ให้", "was not found"),
        (
            ["21/11/2569", "", "กำลังคน", "ส่งมอบแล้ว", "อาสาสมัคร", "12 คน", "คน"],
            "จำนวน",
            "is not a number",
        ),
    ],
)
def test_bad_exchanges_are_named(
    services: Services, tmp_path: Path, cells: list[str], column: str, words: str
) -> None:
    services.partners.create(
        {"name": "วัดศรีสว่าง", "sector": "religious", "pillar": "people", "level": "village"}
    )
    row = cells + ["วัดศรีสว่าง", "กำลังคน", "ส่งมอบแล้ว", "อาสาสมัคร", "12", "คน"][len(cells) - 1 :]
    row = row[: len(EXCHANGE_HEADERS)]
    before = fingerprint(services.ctx.db)
    path = write_xlsx(tmp_path / "x.xlsx", {"แลกเปลี่ยน": [EXCHANGE_HEADERS, row]})
    number, header, message = only_problem(run_import(services, path, "exchanges"))
    assert (number, header) == (2, column), message
    assert words in message
    assert fingerprint(services.ctx.db) == before


def test_be_and_ce_years_and_thai_excel_dates_give_the_same_day(
    services: Services, tmp_path: Path
) -> None:
    services.partners.create(
        {"name": "วัดศรีสว่าง", "sector": "religious", "pillar": "people", "level": "village"}
    )
    typed = [
        "21/11/2569",
        "21/11/2026",
        "21 พ.ย. 2569",
        "2026-11-21",
        datetime(2026, 11, 21),
        datetime(2569, 11, 21),
    ]  # the last: B.E. typed in Excel
    rows = [[d, "วัดศรีสว่าง", "กำลังคน", "ส่งมอบแล้ว", f"งานที่ {i}", "", ""] for i, d in enumerate(typed)]
    path = write_xlsx(tmp_path / "x.xlsx", {"แลกเปลี่ยน": [EXCHANGE_HEADERS, *rows]})
    report = run_import(services, path, "exchanges")
    assert report.problems == [] and report.total("added") == len(typed)
    dates = {x.exchange_date for x in services.exchanges.list(ListQuery(limit=50)).items}
    assert dates == {date(2026, 11, 21)}


@pytest.mark.usefixtures("english")
def test_a_wrong_id_check_digit_is_named_without_the_number(
    services: Services, tmp_path: Path
) -> None:
    services.partners.create(
        {"name": "วัดศรีสว่าง", "sector": "religious", "pillar": "people", "level": "village"}
    )
    headers = ["ภาคี", "ชื่อ", "นามสกุล", "เลขประจำตัวประชาชน"]
    path = write_csv(
        tmp_path / "c.csv", [headers, ["วัดศรีสว่าง", "สมชาย", "ใจดี", "1-1017-00207-53-5"]]
    )
    number, header, message = only_problem(run_import(services, path, "contacts"))
    assert (number, header) == (2, "เลขประจำตัวประชาชน")
    assert "check digit" in message and "1101700207535" not in message


@pytest.mark.usefixtures("english")
def test_duplicates_in_the_file_and_against_the_database(
    services: Services, tmp_path: Path
) -> None:
    other = services.partners.create(
        {"name": "กลุ่มอื่น", "sector": "community", "pillar": "people", "level": "village"}
    )
    rows = [
        [*PARTNER_HEADERS, "รหัสระบบ"],
        [*GOOD_PARTNER, ""],
        [*GOOD_PARTNER, ""],  # the same partner again
        [*GOOD_PARTNER, str(other.id)],  # another partner renamed onto it
    ]
    path = write_xlsx(tmp_path / "p.xlsx", {"ภาคี": rows})
    report = run_import(services, path)
    problems = {p.row: p.message for p in report.problems}
    assert set(problems) == {3, 4}
    assert "same record as row 2" in problems[3]
    assert "already exists at this location" in problems[4]
    assert services.partners.count() == 1


def test_good_rows_only_when_asked(services: Services, tmp_path: Path) -> None:
    rows = [
        PARTNER_HEADERS,
        GOOD_PARTNER,
        partner({"จังหวัด": "ไม่มี", "ชื่อภาคี": "กลุ่มสอง"}),
        partner({"ชื่อภาคี": "กลุ่มสาม"}),
    ]
    path = write_xlsx(tmp_path / "p.xlsx", {"ภาคี": rows})
    refused = run_import(services, path)
    assert not refused.applied and services.partners.count() == 0
    report = run_import(services, path, skip_bad=True)
    assert report.applied and report.bad_rows == 1 and report.total("added") == 2
    names = {p.name for p in services.partners.list().items}
    assert names == {"กลุ่มแม่บ้านบ้านนาคูณ", "กลุ่มสาม"}


def test_pasted_junk_emoji_and_loose_headers(services: Services, tmp_path: Path) -> None:
    headers = ["Level", "  partner   NAME ", "Sector", "Pillar", "Province", "หมายเหตุส่วนตัว"]
    row = ["village", "\u200bกลุ่ม\u00a0ทอผ้า 🧵  ", "community", "people", "48", "ไม่ต้องนำเข้า"]
    path = write_csv(tmp_path / "p.csv", [headers, row], "utf-8")
    report = run_import(services, path)
    assert report.problems == []
    assert report.results[0].ignored_columns == ["หมายเหตุส่วนตัว"]
    [saved] = services.partners.list().items
    assert saved.name == "กลุ่ม ทอผ้า 🧵" and saved.province_code == "48"


def test_a_cancelled_import_saves_nothing(services: Services, tmp_path: Path) -> None:
    rows = [PARTNER_HEADERS] + [partner({"ชื่อภาคี": f"กลุ่มที่ {i}"}) for i in range(300)]
    path = write_xlsx(tmp_path / "p.xlsx", {"ภาคี": rows})
    before = fingerprint(services.ctx.db)

    class Stop(Exception):
        pass

    def progress(done: int, total: int, _what: str) -> None:
        assert total == 300
        if done >= 150:
            raise Stop

    with pytest.raises(Stop):
        run_import(services, path, progress=progress)
    assert fingerprint(services.ctx.db) == before
