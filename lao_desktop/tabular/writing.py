"""Writing tables as .xlsx (Thai headers, frozen header row, column widths) or .csv.

A file is written whole or not at all (``files.atomic_file``): a full or pulled-out USB stick
leaves the old file, or none, and a ``SpreadsheetError`` saying what to do.
"""

from __future__ import annotations

import contextlib
import csv
import io
import itertools
import unicodedata
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path
from typing import Any

from lao_desktop.files import atomic_file, save_problem
from lao_desktop.tabular.reading import SpreadsheetError
from lao_desktop.thai.dates import format_date

Cell = str | int | float | Decimal | None
Progress = Callable[[int, int, str], None]

# Excel's limits: 31 characters in a sheet name, 32,767 in a cell.
MAX_TITLE = 31
MAX_CELL = 32_767
# How wide a column may be made from its content, in characters.
MAX_WIDTH = 60
MONEY = "#,##0.00"


@dataclass
class Table:
    title: str  # the sheet's name
    headers: list[str]
    rows: Iterable[Sequence[Cell]]
    widths: list[int] = field(default_factory=list)  # characters; missing ones from content
    money: frozenset[int] = frozenset()  # columns shown with two decimals and separators
    total: int = 0  # rows expected, for progress; 0 if unknown


def cell(value: Any) -> Cell:
    """A stored value as a spreadsheet cell: dates as B.E. text (Excel has no B.E. date
    that every program shows alike), numbers as numbers, everything else as text."""
    if value is None:
        return None
    if isinstance(value, datetime):
        return f"{format_date(value.date(), 'short')} {value:%H:%M}"
    if isinstance(value, date):
        return format_date(value, "short")
    if isinstance(value, bool):
        return "ใช่" if value else "ไม่ใช่"
    if isinstance(value, int | float | Decimal):
        return value
    return str(value)


def display_width(text: str) -> int:
    """Columns a text takes: Thai vowels and tone marks above or below take none."""
    return sum(1 for c in text if not unicodedata.combining(c) and unicodedata.category(c) != "Mn")


def save(path: Path, tables: Sequence[Table], progress: Progress | None = None) -> None:
    """Write ``tables`` to ``path``: every table as a sheet of an .xlsx, or the first (and
    only) one as a .csv, by the file's suffix. ``progress(done, total, sheet title)`` counts
    rows over all the tables."""
    try:
        with atomic_file(path) as file:
            if path.suffix.casefold() == ".csv":
                if len(tables) != 1:
                    raise ValueError("a CSV file holds one table")
                _write_csv(file, tables[0], _Counter(tables, progress))
            else:
                _write_xlsx(file, tables, _Counter(tables, progress))
    except OSError as error:
        raise SpreadsheetError(save_problem(error, path)) from None


class _Counter:
    """Rows written over every table, reported every few hundred rows."""

    def __init__(self, tables: Sequence[Table], progress: Progress | None) -> None:
        self.total = sum(t.total for t in tables)
        self.done = 0
        self.progress = progress

    def row(self, title: str) -> None:
        self.done += 1
        if self.progress is not None and (self.done % 500 == 0 or self.done == self.total):
            self.progress(self.done, self.total, title)


def _write_csv(file: Any, table: Table, counter: _Counter) -> None:
    # UTF-8 with a BOM: Excel then reads Thai correctly on a double-click.
    text = io.TextIOWrapper(file, encoding="utf-8-sig", newline="", write_through=True)
    writer = csv.writer(text)
    writer.writerow(table.headers)
    for row in table.rows:
        writer.writerow([_csv_text(v) for v in row])
        counter.row(table.title)
    text.flush()
    text.detach()


def _csv_text(value: Cell) -> str:
    if value is None:
        return ""
    if isinstance(value, Decimal | float):
        return f"{value:f}" if isinstance(value, Decimal) else repr(value)
    text = str(value)
    # A cell starting like a formula would run as one when the CSV is opened in Excel.
    return "'" + text if text[:1] in ("=", "+", "@") else text


def _write_xlsx(file: Any, tables: Sequence[Table], counter: _Counter) -> None:
    from openpyxl import Workbook

    book = Workbook(write_only=True)
    used: set[str] = set()
    try:
        _fill_sheets(book, tables, counter, used)
    except BaseException:
        _discard(book)
        raise
    book.save(file)


def _discard(book: Any) -> None:
    """Close the sheets' temporary files of a workbook that will not be saved (Cancel):
    left open, they would be written to after their files are gone."""
    for sheet in book.worksheets:
        writer = getattr(sheet, "_writer", None)
        if writer is None:
            continue
        with contextlib.suppress(Exception):
            sheet.close()
        with contextlib.suppress(Exception):
            writer.cleanup()


def _fill_sheets(book: Any, tables: Sequence[Table], counter: _Counter, used: set[str]) -> None:
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.styles import Alignment, Font, PatternFill
    from openpyxl.utils import get_column_letter

    bold, band = Font(bold=True), PatternFill("solid", fgColor="DDE6F0")
    wrap = Alignment(vertical="top", wrap_text=True)
    for table in tables:
        sheet = book.create_sheet(_sheet_title(table.title, used))
        rows = iter(table.rows)
        first = [list(r) for _, r in zip(range(200), rows, strict=False)]
        widths = _widths(table, first)
        for index, width in enumerate(widths, start=1):
            sheet.column_dimensions[get_column_letter(index)].width = width
        sheet.freeze_panes = "A2"
        header = []
        for title in table.headers:
            c = WriteOnlyCell(sheet, value=title)
            c.font, c.fill, c.alignment = bold, band, wrap
            header.append(c)
        sheet.append(header)
        for row in itertools.chain(first, rows):
            sheet.append([_xlsx_cell(sheet, v, i in table.money) for i, v in enumerate(row)])
            counter.row(table.title)


def _xlsx_cell(sheet: Any, value: Cell, money: bool) -> Any:
    from openpyxl.cell import WriteOnlyCell

    if isinstance(value, str):
        c = WriteOnlyCell(sheet, value=value[:MAX_CELL])
        c.data_type = "s"  # openpyxl would take "=…" for a formula
        return c
    # Excel keeps numbers as doubles: a Decimal would be converted on saving anyway.
    c = WriteOnlyCell(sheet, value=float(value) if isinstance(value, Decimal) else value)
    if money:
        c.number_format = MONEY
    return c


def _sheet_title(title: str, used: set[str]) -> str:
    clean = "".join("-" if ch in "[]:*?/\\" else ch for ch in title).strip("'") or "Sheet"
    clean = clean[:MAX_TITLE]
    candidate, n = clean, 2
    while candidate.casefold() in used:
        suffix = f" ({n})"
        candidate, n = clean[: MAX_TITLE - len(suffix)] + suffix, n + 1
    used.add(candidate.casefold())
    return candidate


def _widths(table: Table, sample: list[list[Cell]]) -> list[float]:
    widths: list[float] = []
    for index, header in enumerate(table.headers):
        if index < len(table.widths) and table.widths[index] > 0:
            widths.append(table.widths[index] + 2)
            continue
        longest = max(
            [display_width(header) * 0.8]
            + [display_width(_csv_text(row[index])) for row in sample if index < len(row)]
        )
        widths.append(min(MAX_WIDTH, max(8, longest + 2)))
    return widths
