"""Files as offices have them: encodings, separators, a title above the headers, old and
damaged files."""

from __future__ import annotations

from pathlib import Path

import pytest

from lao_desktop.tabular.reading import SpreadsheetError, read_sheets
from tests.tabular.conftest import GOOD_PARTNER, PARTNER_HEADERS, write_csv, write_xlsx

ROWS = [PARTNER_HEADERS, GOOD_PARTNER]


@pytest.mark.parametrize(
    ("encoding", "delimiter"),
    [
        ("utf-8-sig", ","),  # Excel's "CSV UTF-8"
        ("utf-8", ","),
        ("cp874", ","),  # older Excel on a Thai Windows: "CSV (Comma delimited)"
        ("utf-16", "\t"),  # Excel's "Unicode Text"
        ("utf-8", ";"),  # Excel where the comma is the decimal sign
    ],
)
def test_csv_in_every_encoding_reads_the_same_thai(
    tmp_path: Path, encoding: str, delimiter: str
) -> None:
    path = write_csv(tmp_path / "p.csv", ROWS, encoding, delimiter)
    [sheet] = read_sheets(path)
    assert sheet.rows[0][1][0] == "ชื่อภาคี"
    assert sheet.rows[1] == (2, tuple(str(v) for v in GOOD_PARTNER))


def test_empty_rows_are_skipped_and_rows_keep_their_numbers(tmp_path: Path) -> None:
    path = write_xlsx(
        tmp_path / "p.xlsx", {"ภาคี": [["ทะเบียนภาคี อบต.นาคูณใหญ่"], [], PARTNER_HEADERS, GOOD_PARTNER]}
    )
    [sheet] = read_sheets(path)
    assert [n for n, _cells in sheet.rows] == [1, 3, 4]


@pytest.mark.usefixtures("english")
@pytest.mark.parametrize(
    ("name", "content", "words"),
    [
        ("old.xls", b"\xd0\xcf\x11\xe0" + b"\0" * 100, "older format"),
        ("fake.xlsx", b"this is not a zip file", "not a readable Excel workbook"),
        ("binary.csv", b"\x00\x01\x02\x03" * 50, "not a text file"),
        ("bad.csv", b"\x81\xdb\xfc\xfe", "neither UTF-8 nor Windows Thai"),
        ("broken16.csv", b"\xff\xfe\x41", "neither UTF-8 nor Windows Thai"),
        ("photo.jpg", b"\xff\xd8\xff", "not a spreadsheet"),
    ],
)
def test_files_that_are_not_readable_spreadsheets_say_what_to_do(
    tmp_path: Path, name: str, content: bytes, words: str
) -> None:
    path = tmp_path / name
    path.write_bytes(content)
    with pytest.raises(SpreadsheetError) as raised:
        read_sheets(path)
    assert words in str(raised.value)
    assert name in str(raised.value)


@pytest.mark.usefixtures("english")
def test_a_truncated_workbook_is_reported_as_damaged(tmp_path: Path) -> None:
    whole = write_xlsx(tmp_path / "whole.xlsx", {"ภาคี": [PARTNER_HEADERS, GOOD_PARTNER] * 50})
    cut = tmp_path / "cut.xlsx"
    cut.write_bytes(whole.read_bytes()[: whole.stat().st_size // 2])
    with pytest.raises(SpreadsheetError, match=r"cut\.xlsx"):
        read_sheets(cut)


@pytest.mark.usefixtures("english")
def test_a_missing_file_is_named(tmp_path: Path) -> None:
    with pytest.raises(SpreadsheetError, match=r"gone\.xlsx was not found"):
        read_sheets(tmp_path / "gone.xlsx")
