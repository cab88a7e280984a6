"""Spreadsheet speed: a 10,000-row workbook in, and the whole database out. Not part of the
test run.

    .venv/bin/python tests/benchmarks/import_bench.py [--rows 10000] [--large PATH]

Writes a partner workbook of ROWS rows with real places (and one with each partner's main
contact), imports each into a new database, then re-imports it (every row unchanged), and
prints seconds and rows per second against the target of 10 s for 10,000 rows. With
``--large``, also exports the whole of that database (e.g. the large demo of run.py).
"""

from __future__ import annotations

import argparse
import random
import sys
import tempfile
import time
from pathlib import Path

from openpyxl import Workbook

from lao_desktop.db.database import open_database
from lao_desktop.services import Services
from lao_desktop.tabular.exporter import export_all
from lao_desktop.tabular.importer import Importer
from lao_desktop.tabular.kinds import kind_named
from lao_desktop.thai import geo

HEADERS = ["ชื่อภาคี", "ภาคส่วน", "เสาหลัก", "ระดับ", "จังหวัด", "อำเภอ", "ตำบล", "หมู่ที่", "โทรศัพท์"]
CONTACT = ["ผู้ติดต่อ: ชื่อ", "ผู้ติดต่อ: นามสกุล"]
TARGET_S = 10.0


def workbook(path: Path, rows: int, contacts: bool) -> Path:
    rng = random.Random(2569)
    book = Workbook(write_only=True)
    sheet = book.create_sheet("ภาคี")
    sheet.append(HEADERS + (CONTACT if contacts else []))
    provinces = geo.provinces()
    for i in range(rows):
        province = rng.choice(provinces)
        district = rng.choice(geo.districts(province.code))
        subdistricts = geo.subdistricts(district.code)
        place = rng.choice(subdistricts).name_th if subdistricts else ""
        row = [
            f"กลุ่มทดสอบที่ {i}",
            "ภาคประชาชน",
            "ภาคประชาชน",
            "หมู่บ้าน",
            province.name_th,
            district.name_th,
            place,
            rng.randint(1, 20),
            f"08{rng.randint(10**7, 10**8 - 1)}",
        ]
        sheet.append(row + ([f"สมชาย{i}", "ใจดี"] if contacts else []))
    book.save(path)
    return path


def timed_import(db: Path, path: Path) -> tuple[float, int, int]:
    services = Services(open_database(db))
    started = time.perf_counter()
    report = Importer(services).run(path, kind_named("partners"), apply=True)
    seconds = time.perf_counter() - started
    assert report.applied and not report.problems, report.problems[:3]
    services.ctx.db.dispose()
    return seconds, report.total("added"), report.total("unchanged")


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rows", type=int, default=10_000)
    parser.add_argument("--large", type=Path, help="a database to export whole")
    args = parser.parse_args()
    folder = Path(tempfile.mkdtemp(prefix="lao-import-bench-"))
    print(f"{'what':<58} {'seconds':>8} {'rows/s':>8}  target")
    for contacts in (False, True):
        label = "partners with their main contact" if contacts else "partners"
        path = workbook(folder / f"partners-{contacts}.xlsx", args.rows, contacts)
        db = folder / f"import-{contacts}.db"
        seconds, added, _ = timed_import(db, path)
        print(
            f"{f'import {added:,} {label} into a new database':<58} {seconds:8.1f} "
            f"{added / seconds:8.0f}  {TARGET_S:.0f} s"
        )
        seconds, _, unchanged = timed_import(db, path)
        print(
            f"{f'the same file again ({unchanged:,} unchanged)':<58} {seconds:8.1f} "
            f"{unchanged / seconds:8.0f}"
        )
    if args.large:
        services = Services(open_database(args.large))
        started = time.perf_counter()
        count = export_all(services, folder / "all.xlsx")
        seconds = time.perf_counter() - started
        size = (folder / "all.xlsx").stat().st_size / 1e6
        print(
            f"{f'export the whole database ({count:,} records, {size:.0f} MB)':<58} "
            f"{seconds:8.1f} {count / seconds:8.0f}"
        )
    print(f"files in {folder}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
