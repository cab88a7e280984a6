"""รายงานการประชุม printed from the small demo office: what the three PDF readers extract,
where the characters are, and where the long paragraphs break."""

from __future__ import annotations

import itertools
import re
from dataclasses import replace
from datetime import date

import pytest
from reportlab.lib.pagesizes import A4

from lao_desktop.documents.content.minutes import MinutesContent, Resolution
from lao_desktop.documents.kinds import minutes as layout
from lao_desktop.documents.make import LayoutSetup
from lao_desktop.documents.page import BOTTOM_MARGIN, LEFT_MARGIN, RIGHT_MARGIN, TOP_MARGIN
from lao_desktop.services import Services
from lao_desktop.thai.digits import to_thai_digits
from tests.documents.conftest import page_lines
from tests.documents.kind_checks import (
    Boxes,
    Extract,
    break_offsets,
    content_of,
    layout_setup,
    make_pdf,
    page_sizes,
    squeeze,
    word_bounds,
)

TODAY = date.today()


@pytest.fixture(scope="module")
def content(demo: Services) -> MinutesContent:
    made: MinutesContent = content_of(demo, "minutes", today=TODAY)
    return made


@pytest.fixture(scope="module")
def pdf(demo: Services) -> bytes:
    return make_pdf(demo, "minutes", today=TODAY)


def setup_for(content: MinutesContent) -> LayoutSetup:
    return layout_setup("minutes", content.office, TODAY)


def printed_pieces(text: str, lines: list[str]) -> list[str]:
    """The parts of ``text`` between its line ends and spaces, as printed."""
    offsets = break_offsets(text, lines)
    assert offsets is not None, text
    cuts = [0, *offsets, len(text)]
    return [w for a, b in itertools.pairwise(cuts) for w in text[a:b].split() if w]


def test_the_pdf_opens_with_its_pages(pdf: bytes) -> None:
    sizes = page_sizes(pdf)
    assert 2 <= len(sizes) <= 5
    assert sizes[0] == (595, 842)  # A4 portrait


def test_all_readers_extract_what_the_meeting_holds(
    pdf: bytes, content: MinutesContent, extracted: Extract
) -> None:
    expected = [
        content.title,
        content.number,
        f"เมื่อ{content.held_on}",
        f"ณ {content.place}",
        "ผู้มาประชุม",
        "เริ่มประชุมเวลา",
        content.opened_at,
        "เลิกประชุมเวลา",
        content.closed_at,
        "มติที่ประชุม",
        "ที่ประชุมรับทราบ",
        content.opening,
        content.minute_taker.name,
        "ผู้จดรายงานการประชุม",
        content.checker.name,
        "ผู้ตรวจรายงานการประชุม",
    ]
    for person in [*content.present, *content.absent, *content.invited]:
        expected += [person.name, person.position, person.note]
    if content.absent:
        expected.append("ผู้ไม่มาประชุม")
    for item in content.items:
        expected += [item.number, item.title, *item.details]
        for resolution in item.resolutions:
            expected += [resolution.number, resolution.text, resolution.votes, resolution.due]
            expected += resolution.responsible
    assert content.follow_up and content.absent  # the demo meeting has them all
    cells = [x for line in content.follow_up for x in (line.text, line.status, line.progress)]
    texts = extracted(pdf)
    lines = [line for page in texts["pdfium"] for line in page_lines(page)]
    for reader, pages in texts.items():
        text = squeeze("".join(pages))
        missing = [e for e in [*expected, *cells] if e and squeeze(e) not in text]
        if reader == "poppler":
            # pdftotext reads a table's neighbouring cells line by line, interleaved: each
            # printed line of a cell must be there, not the cell as one string.
            missing = [e for e in expected if e and squeeze(e) not in text]
            missing += [p for cell in cells for p in printed_pieces(cell, lines) if p not in text]
        assert not missing, (reader, missing)


def test_dates_and_times_are_buddhist_era_in_thai_digits(
    pdf: bytes, content: MinutesContent, extracted: Extract
) -> None:
    assert re.search(r"[๐-๙]{1,2} \S+ ๒[๔-๖][๐-๙]{2}$", content.held_on)
    for reader, pages in extracted(pdf).items():
        text = "".join(pages)
        assert not re.search(r"[0-9]", text), reader  # the demo office prints Thai digits
        assert squeeze(pages[1]).startswith("-๒-"), reader  # the official page number, page 2


def test_no_glyph_outside_the_margins(pdf: bytes, char_boxes: Boxes) -> None:
    width, height = A4
    for number, chars in enumerate(char_boxes(pdf), start=1):
        assert chars
        for char in chars:
            where = (number, char["text"], round(char["x0"]), round(char["top"]))
            assert char["x0"] >= LEFT_MARGIN - 1, where
            assert char["x1"] <= width - RIGHT_MARGIN + 1, where
            assert char["bottom"] <= height - BOTTOM_MARGIN + 1, where
            if char["top"] < TOP_MARGIN - 1:  # only the "- n -" line in the top margin
                assert number > 1 and char["text"] in "- ๐๑๒๓๔๕๖๗๘๙", where


def test_long_paragraphs_break_between_words(
    pdf: bytes, content: MinutesContent, extracted: Extract
) -> None:
    lines = [line for page in extracted(pdf)["pdfium"] for line in page_lines(page)]
    texts = [content.opening] + [r.text for i in content.items for r in i.resolutions]
    texts += [line.text for line in content.follow_up]
    broken = 0
    for text in texts:
        offsets = break_offsets(text, lines)
        assert offsets is not None, text
        bounds = word_bounds(text)
        assert all(o in bounds for o in offsets), (text, offsets)
        broken += len(offsets)
    assert broken >= 3  # the check saw real line ends


def test_a_meeting_without_recorded_results_leaves_lines_to_write_on(
    demo: Services, content: MinutesContent, extracted: Extract
) -> None:
    """No one absent, no follow-up, no resolution, nobody named: the sections are left out
    and the blanks are printed to fill in by hand, nothing is invented."""
    bare = replace(
        content,
        absent=(),
        follow_up=(),
        items=tuple(replace(i, resolutions=(), noted="") for i in content.items),
        minute_taker=replace(content.minute_taker, name=""),
    )
    pdf = layout.build_pdf(bare, setup_for(bare), None)
    text = squeeze("".join(extracted(pdf)["pdfium"]))
    assert "ผู้ไม่มาประชุม" not in text and "ที่ประชุมรับทราบ" not in text
    assert text.count("มติที่ประชุม") == len(content.items)
    assert "- ไม่มี -".replace(" ", "") in text  # under เรื่องสืบเนื่อง
    assert "(" + "." * 40 + ")ผู้จดรายงานการประชุม" in text
    assert f"({squeeze(content.checker.name)})ผู้ตรวจรายงานการประชุม" in text


def test_a_resolution_is_kept_on_one_page_with_its_details(
    demo: Services, content: MinutesContent, extracted: Extract
) -> None:
    text = "ให้ทุกหมู่บ้านสำรวจข้อมูลและส่งให้ที่ประชุมภายในวันที่กำหนด " * 2
    many = tuple(
        Resolution(f"มติที่ {n}", text, "เห็นชอบ 15 เสียง", (f"ภาคีที่ {n}",), f"กำหนด {n}")
        for n in range(1, 30)
    )
    items = tuple(replace(i, resolutions=many) if i.resolutions else i for i in content.items)
    long = replace(content, items=items)
    pages = extracted(layout.build_pdf(long, setup_for(long), None))["pdfium"]
    assert len(pages) >= 4
    for n in range(1, 30):
        thai = to_thai_digits(str(n))
        page = next(p for p in pages if re.search(rf"มติที่ {thai}\s", p))
        assert re.search(rf"ภาคีที่ {thai}(\s|$)", page) and re.search(rf"กำหนด {thai}(\s|$)", page), n
