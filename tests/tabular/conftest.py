"""Writing the spreadsheets an office would bring, and reading back what the program wrote."""

from __future__ import annotations

import csv
import io
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from openpyxl import Workbook, load_workbook

from lao_desktop.services import Services
from lao_desktop.tabular.importer import Importer
from lao_desktop.tabular.kinds import kind_named
from lao_desktop.tabular.report import ImportReport

PARTNER_HEADERS = ["ชื่อภาคี", "ภาคส่วน", "เสาหลัก", "ระดับ", "จังหวัด", "อำเภอ", "ตำบล", "หมู่ที่"]
GOOD_PARTNER = [
    "กลุ่มแม่บ้านบ้านนาคูณ",
    "ภาคประชาชน",
    "ภาคประชาชน",
    "หมู่บ้าน",
    "นครพนม",
    "นาหว้า",
    "นาคูณใหญ่",
    3,
]


def write_csv(
    path: Path, rows: Sequence[Sequence[Any]], encoding: str = "utf-8-sig", delimiter: str = ","
) -> Path:
    text = io.StringIO()
    csv.writer(text, delimiter=delimiter).writerows(rows)
    path.write_bytes(text.getvalue().encode(encoding))
    return path


def write_xlsx(path: Path, sheets: dict[str, Sequence[Sequence[Any]]]) -> Path:
    book = Workbook()
    book.remove(book.active)
    for title, rows in sheets.items():
        sheet = book.create_sheet(title)
        for row in rows:
            sheet.append(list(row))
    book.save(path)
    return path


def read_xlsx(path: Path, sheet: str | None = None) -> list[list[Any]]:
    book = load_workbook(path, read_only=True)
    ws = book[sheet] if sheet else book.worksheets[0]
    rows = [list(r) for r in ws.iter_rows(values_only=True)]
    book.close()
    return rows


def run_import(
    services: Services, path: Path, kind: str | None = "partners", **options: Any
) -> ImportReport:
    apply = options.pop("apply", True)
    return Importer(services).run(path, kind_named(kind) if kind else None, apply=apply, **options)
