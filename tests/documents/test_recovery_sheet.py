"""The printed recovery key: one A4 page whose key reads back exactly, in equal cells."""

from __future__ import annotations

import io
import shutil
import subprocess
import time
from collections.abc import Callable, Iterator
from datetime import UTC, datetime
from itertools import pairwise
from pathlib import Path
from typing import Any

import pypdfium2 as pdfium
import pytest
from reportlab.lib.pagesizes import A4
from reportlab.pdfbase import pdfmetrics

from lao_desktop.backup.crypto import RecoveryKey
from lao_desktop.documents import recovery_sheet as sheet
from lao_desktop.documents.page import LEFT_MARGIN, RIGHT_MARGIN
from lao_desktop.documents.text import font_family
from tests.documents.conftest import Extracted, page_lines

OFFICE = "องค์การบริหารส่วนตำบลนาคูณใหญ่"
CREATED = datetime(2026, 11, 21, 14, 5)
# Every base32 character, the widest (W, M) and narrowest (I, J) among them.
ALL_CHARACTERS = "ABCDE-FGHIJ-KLMNO-PQRST-UVWXY-Z2345-67WMI-JWMWM-IIIII-WWWWW-MJ7Z2"
READERS = ("pdfium", "pypdf", "poppler")
Boxes = Callable[[bytes], list[list[dict[str, Any]]]]


def _pdf(key_text: str, key_id: str = "1A2B3C4D", **kwargs: Any) -> bytes:
    office = kwargs.pop("office", OFFICE)
    created = kwargs.pop("created", CREATED)
    return sheet.recovery_sheet_pdf(office, key_text, key_id, created, **kwargs)


def _key_lines(key_text: str) -> list[str]:
    return [" ".join(groups) for groups in sheet.key_lines(key_text)]


@pytest.fixture(scope="module")
def key() -> RecoveryKey:
    return RecoveryKey.generate()


@pytest.fixture(scope="module")
def pdf(key: RecoveryKey) -> bytes:
    return _pdf(key.text(), key.key_id)


def test_key_lines_are_four_four_and_three_groups() -> None:
    lines = sheet.key_lines(ALL_CHARACTERS)
    assert [len(line) for line in lines] == [4, 4, 3]
    assert "-".join(group for line in lines for group in line) == ALL_CHARACTERS


@pytest.mark.parametrize("reader", READERS)
def test_key_groups_read_back_exactly(
    reader: str, key: RecoveryKey, pdf: bytes, extracted: Callable[[bytes], Extracted]
) -> None:
    pages = extracted(pdf)[reader]
    assert len(pages) == 1
    lines = page_lines(pages[0])
    expected = _key_lines(key.text())
    start = lines.index(expected[0])
    assert lines[start : start + 3] == expected
    # What a clerk copies from the PDF opens the backups: the same key comes back.
    assert RecoveryKey.parse(" ".join(lines[start : start + 3])).private == key.private


@pytest.mark.parametrize("reader", READERS)
def test_every_key_character_reads_back(
    reader: str, extracted: Callable[[bytes], Extracted]
) -> None:
    lines = page_lines(extracted(_pdf(ALL_CHARACTERS))[reader][0])
    expected = _key_lines(ALL_CHARACTERS)
    start = lines.index(expected[0])
    assert lines[start : start + 3] == expected


@pytest.mark.parametrize("reader", READERS)
def test_office_key_id_and_buddhist_era_date(
    reader: str, pdf: bytes, key: RecoveryKey, extracted: Callable[[bytes], Extracted]
) -> None:
    lines = page_lines(extracted(pdf)[reader][0])
    assert lines[0] == sheet.TITLE
    assert lines[1] == OFFICE
    assert "สร้างเมื่อวันที่ 21 พฤศจิกายน 2569 เวลา 14:05 น." in lines
    assert f"รหัสกุญแจ {key.key_id}" in lines
    text = "\n".join(lines)
    for words in ("ตู้นิรภัย", "LINE", "ใช้กุญแจกู้คืนแทน", "หน้าจอกู้คืนข้อมูล"):
        assert words in text
    for label in ("ผู้รับผิดชอบเก็บรักษา", "ลงชื่อ", "วันที่"):
        assert label in text


def test_thai_digits_in_the_date_but_never_in_the_key(
    extracted: Callable[[bytes], Extracted],
) -> None:
    # A key id of digits only would be the one turned into Thai digits by mistake.
    pdf = _pdf(ALL_CHARACTERS, "12345678", thai_digits=True)
    for reader in READERS:
        lines = page_lines(extracted(pdf)[reader][0])
        assert "สร้างเมื่อวันที่ ๒๑ พฤศจิกายน ๒๕๖๙ เวลา ๑๔:๐๕ น." in lines, reader
        assert "รหัสกุญแจ 12345678" in lines, reader
        start = lines.index(_key_lines(ALL_CHARACTERS)[0])
        assert lines[start : start + 3] == _key_lines(ALL_CHARACTERS), reader
        # The hint names the keyboard's digits, as they are printed in the key.
        assert any("2 ถึง 7" in line for line in lines), reader


@pytest.fixture
def bangkok_time(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    monkeypatch.setenv("TZ", "Asia/Bangkok")
    time.tzset()
    yield
    monkeypatch.undo()
    time.tzset()


def test_an_aware_time_is_printed_in_local_time(
    bangkok_time: None, extracted: Callable[[bytes], Extracted]
) -> None:
    created = datetime(2026, 11, 21, 7, 5, tzinfo=UTC)  # 14:05 in Bangkok
    lines = page_lines(extracted(_pdf(ALL_CHARACTERS, created=created))["pdfium"][0])
    assert "สร้างเมื่อวันที่ 21 พฤศจิกายน 2569 เวลา 14:05 น." in lines


def test_one_a4_page_even_for_a_long_office_name() -> None:
    long_name = "องค์การบริหารส่วนตำบลนาคูณใหญ่ อำเภอนาแก จังหวัดนครพนม " * 3
    for office in (OFFICE, long_name.strip()):
        document = pdfium.PdfDocument(_pdf(ALL_CHARACTERS, office=office))
        try:
            assert len(document) == 1
            width, height = document[0].get_size()
        finally:
            document.close()
        assert width == pytest.approx(A4[0], abs=0.5)
        assert height == pytest.approx(A4[1], abs=0.5)


def _key_chars(pdf: bytes, char_boxes: Boxes) -> list[list[dict[str, Any]]]:
    """The key's characters (the only ones at the key's size), line by line, without the
    spaces between groups."""
    chars = [
        c
        for c in char_boxes(pdf)[0]
        if c["size"] == pytest.approx(sheet.KEY_SIZE) and c["text"] != " "
    ]
    lines: dict[float, list[dict[str, Any]]] = {}
    for char in chars:
        lines.setdefault(round(char["top"], 1), []).append(char)
    return [sorted(line, key=lambda c: c["x0"]) for _, line in sorted(lines.items())]


def _centre(char: dict[str, Any]) -> float:
    font = font_family().bold
    glyph: float = pdfmetrics.stringWidth(char["text"], font, sheet.KEY_SIZE)
    return float(char["x0"]) + glyph / 2


def test_characters_sit_in_equal_cells_that_line_up(char_boxes: Boxes) -> None:
    lines = _key_chars(_pdf(ALL_CHARACTERS), char_boxes)
    assert ["".join(c["text"] for c in line) for line in lines] == [
        line.replace(" ", "") for line in _key_lines(ALL_CHARACTERS)
    ]
    columns = [[_centre(c) for c in line] for line in lines]
    for centres in columns:
        for n in range(0, len(centres), sheet.GROUP_SIZE):
            group = centres[n : n + sheet.GROUP_SIZE]
            steps = [b - a for a, b in pairwise(group)]
            assert steps == pytest.approx([sheet.CELL] * 4, abs=0.05)
        gaps = [centres[n] - centres[n - 1] for n in range(sheet.GROUP_SIZE, len(centres), 5)]
        assert gaps == pytest.approx([sheet.CELL + sheet.GROUP_GAP] * len(gaps), abs=0.05)
    # Like a typewriter: every line's n-th character is in the same column.
    for line in columns[1:]:
        assert line == pytest.approx(columns[0][: len(line)], abs=0.05)


def test_the_widest_characters_do_not_touch_and_stay_inside_the_margins(
    char_boxes: Boxes,
) -> None:
    font = font_family().bold
    page_width = A4[0]
    for line in _key_chars(_pdf("-".join(["WMWMW"] * 11)), char_boxes):
        extents = []
        for char in line:
            glyph = pdfmetrics.stringWidth(char["text"], font, sheet.KEY_SIZE)
            extents.append((char["x0"], char["x0"] + glyph))
        for (_, right), (left, _) in pairwise(extents):
            assert left - right > 0.5
        assert extents[0][0] > LEFT_MARGIN + 10
        assert extents[-1][1] < page_width - RIGHT_MARGIN - 10


@pytest.mark.parametrize(
    ("key_text", "key_id"),
    [
        ("ABCDE-FGHIJ", "1A2B3C4D"),  # too few groups
        (ALL_CHARACTERS.lower(), "1A2B3C4D"),
        (ALL_CHARACTERS.replace("A", "0", 1), "1A2B3C4D"),  # not base32
        (ALL_CHARACTERS.replace("-", " "), "1A2B3C4D"),
        (ALL_CHARACTERS + "-ABCDE", "1A2B3C4D"),
        (ALL_CHARACTERS, "1A2B3C4"),
        (ALL_CHARACTERS, "1A2B3C4G"),
    ],
)
def test_a_malformed_key_or_id_is_refused(key_text: str, key_id: str) -> None:
    with pytest.raises(ValueError):
        _pdf(key_text, key_id)


def test_renders_to_an_a4_image_with_the_key_inked(
    pdf: bytes, tmp_path: Path, char_boxes: Boxes
) -> None:
    """What the printer gets: pdftoppm draws the page at A4's size (80 dpi), and the key's
    lines are solid black glyphs, not boxes or blanks."""
    assert shutil.which("pdftoppm"), "pdftoppm is missing: apt-get install poppler-utils"
    (tmp_path / "sheet.pdf").write_bytes(pdf)
    subprocess.run(
        ["pdftoppm", "-r", "80", "-png", "-singlefile", "sheet.pdf", "sheet"],
        cwd=tmp_path,
        check=True,
    )
    from PIL import Image

    scale = 80 / 72
    with Image.open(io.BytesIO((tmp_path / "sheet.png").read_bytes())) as image:
        width, height = image.size
        assert abs(width - A4[0] * scale) < 1
        assert abs(height - A4[1] * scale) < 1
        grey = image.convert("L")
        for line in _key_chars(pdf, char_boxes):
            box = (line[0]["x0"], line[0]["top"], line[-1]["x1"], line[0]["bottom"])
            band = grey.crop(tuple(round(v * scale) for v in box))
            dark = sum(band.histogram()[:100])  # pixels darker than 100 of 255
            assert dark > 0.08 * band.width * band.height
