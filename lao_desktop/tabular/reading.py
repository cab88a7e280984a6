"""Reading a spreadsheet file into rows of cell values, whatever wrote it.

CSV comes as UTF-8 (with or without the BOM Excel adds), UTF-16 ("Unicode text") or the
Windows Thai code page 874 that older Excel writes; commas, semicolons or tabs. Excel files are
read with openpyxl in read-only mode (values, not formulas). Every problem is a
``SpreadsheetError`` saying in the interface language what is wrong and what to do.
"""

from __future__ import annotations

import csv
import io
import zipfile
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from lao_desktop.errors import DomainError
from lao_desktop.i18n import _

# A list of an office's records is a few MB at most; a bigger file is something else.
MAX_BYTES = 100 * 1024 * 1024
# How many rows from the top may be a title above the headers.
HEADER_SEARCH_ROWS = 10


class SpreadsheetError(DomainError):
    """The file cannot be read as a spreadsheet; the message says why and what to do."""


@dataclass(frozen=True)
class Sheet:
    name: str  # the sheet's name in a workbook; the file's name for a CSV
    rows: list[tuple[int, tuple[Any, ...]]]  # (row number as the spreadsheet shows it, cells)


def read_sheets(path: Path) -> list[Sheet]:
    """Every sheet of an .xlsx file, or the one table of a .csv/.txt file."""
    try:
        size = path.stat().st_size
    except FileNotFoundError:
        raise SpreadsheetError(
            _("The file {name} was not found; choose it again.").format(name=path.name)
        ) from None
    except OSError as error:
        raise SpreadsheetError(_unreadable(path, error)) from None
    if size > MAX_BYTES:
        raise SpreadsheetError(
            _("The file {name} is larger than {mb} MB; split it into smaller files.").format(
                name=path.name, mb=MAX_BYTES // (1024 * 1024)
            )
        )
    suffix = path.suffix.casefold()
    if suffix in (".xlsx", ".xlsm"):
        return _read_workbook(path)
    if suffix in (".csv", ".txt", ".tsv"):
        return [Sheet(path.stem, list(_numbered(_read_csv(path))))]
    if suffix in (".xls", ".ods"):
        raise SpreadsheetError(
            _(
                "The file {name} is in an older format; open it in Excel or LibreOffice and "
                "save it as “Excel Workbook (.xlsx)” or “CSV UTF-8”, then import that."
            ).format(name=path.name)
        )
    raise SpreadsheetError(
        _("The file {name} is not a spreadsheet; choose an .xlsx or .csv file.").format(
            name=path.name
        )
    )


def _unreadable(path: Path, error: OSError) -> str:
    return _(
        "The file {name} cannot be read ({reason}); check that the USB stick is still in and "
        "the file is not open in another program."
    ).format(name=path.name, reason=error.strerror or error)


def _numbered(rows: Iterator[Sequence[Any]]) -> Iterator[tuple[int, tuple[Any, ...]]]:
    """Rows with their spreadsheet numbers (1 = the first), empty rows left out."""
    for number, row in enumerate(rows, start=1):
        cells = tuple(row)
        if any(c is not None and (not isinstance(c, str) or c.strip()) for c in cells):
            yield number, cells


# -- Excel ------------------------------------------------------------------------------------


def _read_workbook(path: Path) -> list[Sheet]:
    from openpyxl import load_workbook  # a quarter of a second: only when a file is read

    try:
        book = load_workbook(path, read_only=True, data_only=True)
    except (zipfile.BadZipFile, KeyError, ValueError, TypeError) as error:
        raise SpreadsheetError(
            _(
                "The file {name} is not a readable Excel workbook (it may be damaged or only "
                "named .xlsx); open it in Excel and save it again as .xlsx."
            ).format(name=path.name)
        ) from error
    except OSError as error:
        raise SpreadsheetError(_unreadable(path, error)) from None
    try:
        return [
            Sheet(ws.title, list(_numbered(ws.iter_rows(values_only=True))))
            for ws in book.worksheets
        ]
    except (zipfile.BadZipFile, KeyError, ValueError, TypeError, EOFError) as error:
        raise SpreadsheetError(
            _("The file {name} is damaged; open it in Excel and save it again as .xlsx.").format(
                name=path.name
            )
        ) from error
    except OSError as error:
        raise SpreadsheetError(_unreadable(path, error)) from None
    finally:
        book.close()


# -- CSV --------------------------------------------------------------------------------------


def _read_csv(path: Path) -> Iterator[list[str]]:
    try:
        data = path.read_bytes()
    except OSError as error:
        raise SpreadsheetError(_unreadable(path, error)) from None
    text = _decode(data, path.name)
    sample = text[:16384]
    try:
        dialect: Any = csv.Sniffer().sniff(sample, delimiters=",;\t")
    except csv.Error:
        dialect = csv.excel_tab if "\t" in sample and "," not in sample else csv.excel
    try:
        return iter(list(csv.reader(io.StringIO(text, newline=""), dialect)))
    except csv.Error as error:
        raise SpreadsheetError(
            _("The file {name} is not a valid CSV file ({reason}).").format(
                name=path.name, reason=error
            )
        ) from None


def _decode(data: bytes, name: str) -> str:
    """The text of a CSV file: UTF-8 (BOM or not), UTF-16 with its BOM, or Windows Thai."""
    try:
        if data.startswith((b"\xff\xfe", b"\xfe\xff")):
            return data.decode("utf-16")
    except UnicodeDecodeError:
        raise _not_text(name) from None
    if b"\x00" in data[:4096]:
        raise SpreadsheetError(
            _(
                "The file {name} is not a text file; if it came from Excel, save it again as "
                "“CSV UTF-8”."
            ).format(name=name)
        )
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        pass
    try:
        return data.decode("cp874")  # Windows Thai (TIS-620 plus a few signs)
    except UnicodeDecodeError:
        raise _not_text(name) from None


def _not_text(name: str) -> SpreadsheetError:
    return SpreadsheetError(
        _(
            "The file {name} is neither UTF-8 nor Windows Thai text; open it in Excel and "
            "save it again as “CSV UTF-8”."
        ).format(name=name)
    )
