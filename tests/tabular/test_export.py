"""Exports as a spreadsheet program shows them, and back: the whole database round trip."""

from __future__ import annotations

import csv
import subprocess
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from openpyxl import load_workbook

from lao_desktop.db.database import open_database
from lao_desktop.services import Services
from lao_desktop.services.query import MAX_PAGE, ListQuery
from lao_desktop.tabular.exporter import export_all, export_kind, save_template
from lao_desktop.tabular.kinds import IMPORTABLE, KINDS, kind_named
from lao_desktop.tabular.reading import SpreadsheetError
from tests.support.demo import demo_copy
from tests.tabular.conftest import read_xlsx, run_import


@pytest.fixture(scope="module")
def demo_services(tmp_path_factory: pytest.TempPathFactory) -> Services:
    return Services(open_database(demo_copy(tmp_path_factory)))


def test_an_exchange_list_has_thai_headers_be_dates_and_real_numbers(
    demo_services: Services, tmp_path: Path
) -> None:
    path = tmp_path / "x.xlsx"
    count = export_kind(demo_services, kind_named("exchanges"), path)
    book = load_workbook(path)
    sheet = book["การแลกเปลี่ยนทรัพยากร"]
    assert sheet.freeze_panes == "A2"
    headers = [c.value for c in sheet[1]]
    assert headers[:3] == ["วันที่แลกเปลี่ยน *", "ผู้ให้", "ผู้รับ"]
    assert sheet.max_row == count + 1
    first = demo_services.exchanges.list(ListQuery(limit=1)).items[0]
    row = [c.value for c in sheet[2]]
    be = f"{first.exchange_date.day:02d}/{first.exchange_date.month:02d}/"
    assert row[0] == be + str(first.exchange_date.year + 543)
    value = row[headers.index("มูลค่า (บาท)")]
    assert value is None or isinstance(value, float | int)
    assert sheet.cell(2, headers.index("มูลค่า (บาท)") + 1).number_format == "#,##0.00"
    assert sheet.column_dimensions["A"].width >= 10


def test_csv_is_utf8_with_bom_and_formulas_stay_text(services: Services, tmp_path: Path) -> None:
    services.partners.create(
        {"name": '=HYPERLINK("x")', "sector": "state", "pillar": "people", "level": "village"}
    )
    path = tmp_path / "p.csv"
    export_kind(services, kind_named("partners"), path)
    data = path.read_bytes()
    assert data.startswith(b"\xef\xbb\xbf")
    rows = list(csv.reader(data.decode("utf-8-sig").splitlines()))
    assert rows[0][0] == "ชื่อภาคี *"
    assert rows[1][0] == '\'=HYPERLINK("x")'
    xlsx = tmp_path / "p.xlsx"
    export_kind(services, kind_named("partners"), xlsx)
    cell = load_workbook(xlsx)["ภาคี"]["A2"]
    assert cell.data_type == "s" and cell.value == '=HYPERLINK("x")'


def test_export_records_who_took_the_data(services: Services, tmp_path: Path) -> None:
    export_kind(services, kind_named("contacts"), tmp_path / "c.xlsx")
    entry = services.audit_trail.list().items[0]
    assert entry.action == "spreadsheet_export" and "c.xlsx" in entry.summary


@pytest.mark.usefixtures("english")
def test_a_folder_that_is_gone_is_a_message(services: Services, tmp_path: Path) -> None:
    with pytest.raises(SpreadsheetError, match="does not exist"):
        export_kind(services, kind_named("partners"), tmp_path / "gone" / "p.xlsx")


def test_templates_have_thai_headers_and_an_example_that_imports(
    services: Services, tmp_path: Path
) -> None:
    for kind in IMPORTABLE:
        path = tmp_path / f"{kind.name}.xlsx"
        save_template(kind, path)
        rows = read_xlsx(path)
        assert rows[0][0] and all("รหัสระบบ" not in str(h) for h in rows[0])
        assert len(rows) == (2 if kind.example else 1)
        headers = set(rows[0])
        for header in kind.example:  # every example fills a column of the template
            assert any(str(h).startswith(_thai(header)) for h in headers), header
    report = run_import(services, tmp_path / "partners.xlsx")
    assert report.problems == [] and report.total("added") == 1
    [contact] = services.contacts.list().items
    assert (contact.first_name, contact.last_name, contact.is_primary) == ("สมศรี", "ใจดี", True)


def _thai(msgid: str) -> str:
    from lao_desktop.i18n import translate

    return translate(msgid, "th")


def _records(services: Services) -> dict[str, dict[Any, tuple[Any, ...]]]:
    """Every live record of every importable kind by id, with its exported values."""
    found = {}
    for kind in IMPORTABLE:
        service = kind.service_of(services)
        fields = [f for f in service.schema.fields if f != "national_id"]
        items = service.list(ListQuery(limit=MAX_PAGE)).items
        found[kind.name] = {r.id: tuple(getattr(r, f) for f in fields) for r in items}
    return found


def test_whole_database_round_trip_into_an_empty_database(
    demo_services: Services, tmp_path: Path
) -> None:
    path = tmp_path / "all.xlsx"
    total = export_all(demo_services, path)
    sheets = load_workbook(path, read_only=True).sheetnames
    assert len(sheets) == len(KINDS) and sheets[0] == "ภาคี"
    empty = Services(open_database(tmp_path / "new.db"))
    report = run_import(empty, path, None)
    assert report.problems == [] and report.applied
    assert total >= report.total("added") > 1000
    assert _records(empty) == _records(demo_services)
    again = run_import(empty, path, None)
    assert again.total("unchanged") == report.total("added")
    assert again.total("added") == again.total("updated") == 0


def test_a_corrected_file_updates_instead_of_adding(services: Services, tmp_path: Path) -> None:
    services.partners.create(
        {
            "name": "วัดศรีสว่าง",
            "sector": "religious",
            "pillar": "people",
            "level": "village",
            "province_code": "48",
            "phone": "0812345678",
        }
    )
    path = tmp_path / "p.xlsx"
    export_kind(services, kind_named("partners"), path)
    book = load_workbook(path)
    sheet = book["ภาคี"]
    headers = [c.value for c in sheet[1]]
    sheet.cell(2, headers.index("โทรศัพท์") + 1).value = "0899999999"
    sheet.delete_cols(headers.index("รหัสระบบ") + 1)  # matched by name and place instead
    book.save(path)
    report = run_import(services, path)
    assert (report.total("added"), report.total("updated")) == (0, 1)
    [partner] = services.partners.list().items
    assert partner.phone == "0899999999"


def test_libreoffice_reads_the_exported_workbook(demo_services: Services, tmp_path: Path) -> None:
    path = tmp_path / "x.xlsx"
    export_kind(demo_services, kind_named("exchanges"), path)
    out = tmp_path / "out"
    subprocess.run(
        [
            "soffice",
            f"-env:UserInstallation=file://{tmp_path / 'profile'}",
            "--headless",
            "--convert-to",
            "csv:Text - txt - csv (StarCalc):44,34,76",
            "--outdir",
            str(out),
            str(path),
        ],
        check=True,
        capture_output=True,
        timeout=180,
    )
    rows = list(csv.reader((out / "x.csv").read_text(encoding="utf-8").splitlines()))
    mine = read_xlsx(path)
    assert rows[0] == [str(h) for h in mine[0]]
    assert len(rows) == len(mine)
    value = mine[0].index("มูลค่า (บาท)")
    for theirs, ours in zip(rows[1:], mine[1:], strict=True):
        assert theirs[0] == ours[0]  # the B.E. date as written
        if ours[value] is not None:
            assert Decimal(theirs[value].replace(",", "")) == Decimal(str(ours[value]))


def test_a_cancelled_workbook_leaves_nothing_behind(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import gc
    import sys

    from lao_desktop.tabular.writing import Table, save

    raised: list[object] = []
    monkeypatch.setattr(sys, "unraisablehook", raised.append)

    class Stop(Exception):
        pass

    def progress(done: int, _total: int, _title: str) -> None:
        if done >= 500:
            raise Stop

    rows = ([i, "ภาคี"] for i in range(2000))
    with pytest.raises(Stop):
        save(tmp_path / "x.xlsx", [Table("ภาคี", ["n", "ชื่อ"], rows, total=2000)], progress)
    gc.collect()
    assert raised == []  # no half-written sheet written to after its file closed
    assert list(tmp_path.iterdir()) == []
