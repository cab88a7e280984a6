"""The หนังสือภายนอก layouts (free letter, meeting invitation) and the บันทึกข้อความ, made
from the small demo office and read back by three PDF readers."""

from __future__ import annotations

import time
from dataclasses import replace
from typing import Any

import pytest

from lao_desktop.documents.catalogue import kind_named
from lao_desktop.documents.content.options import ReportOptions
from lao_desktop.documents.page import RIGHT_MARGIN
from lao_desktop.services import Services
from tests.documents.conftest import Extracted
from tests.documents.kind_checks import (
    DAY,
    LONG_LETTER,
    NOTHING_MISSING,
    Boxes,
    Extract,
    breaks_in_lines,
    breaks_inside_words,
    content_of,
    latin_digits,
    lines_of,
    make_pdf,
    missing_texts,
    names_split,
    outside_margins,
    page_count,
    same_page,
    squeeze,
)

_ = Extracted  # the fixtures' types


@pytest.fixture(scope="module")
def letter_pdf(demo: Services) -> bytes:
    return make_pdf(demo, "letter", text=LONG_LETTER)


@pytest.fixture(scope="module")
def invitation_pdf(demo: Services) -> bytes:
    return make_pdf(demo, "invitation")


@pytest.fixture(scope="module")
def memo_pdf(demo: Services) -> bytes:
    return make_pdf(demo, "memo")


def test_the_word_break_check_sees_a_word_cut_in_half() -> None:
    assert breaks_in_lines(["ขอเชิญเข้าร่วมการประชุ", "มคณะกรรมการ"]) == [
        "ขอเชิญเข้าร่วมการประชุ|มคณะกรรมการ"
    ]
    assert breaks_in_lines(["ขอเชิญเข้าร่วมการประชุม", "คณะกรรมการ"]) == []


# -- the letter ----------------------------------------------------------------------------


def test_letter_prints_every_part_of_the_regulation(
    demo: Services, letter_pdf: bytes, extracted: Extract
) -> None:
    assert page_count(letter_pdf) == 1
    office = demo.office.current()
    assert office is not None
    expected = [
        "ที่ นพ ๗๗๖๐๑/",
        "องค์การบริหารส่วนตำบลนาคูณใหญ่",
        "๙๙ หมู่ที่ ๑ บ้านนาคูณใหญ่",
        "๒๑ พฤศจิกายน ๒๕๖๙",
        "เรื่อง",
        "ขอความอนุเคราะห์ใช้สถานที่จัดการประชุมเชิงปฏิบัติการ",
        "เรียน",
        "ผู้อำนวยการโรงเรียนนาคูณใหญ่พัฒนศึกษา",
        "อ้างถึง",
        "ที่ ศธ ๐๔๐๑๐/๑๒๓ ลงวันที่ ๑ พฤศจิกายน ๒๕๖๙",
        "สิ่งที่ส่งมาด้วย",
        "๑. กำหนดการประชุม จำนวน ๑ ชุด",
        "๒. แผนผังการจัดสถานที่ จำนวน ๑ แผ่น",
        "ในวันที่ ๕ ธันวาคม ๒๕๖๙ เวลา ๐๙.๐๐ – ๑๖.๐๐ น.",
        "ขอแสดงความนับถือ",
        f"({office.executive_name})",
        "นายกองค์การบริหารส่วนตำบลนาคูณใหญ่",
        "โทร. ๐๔๒-๕๙๐-๑๒๓",
        "ไปรษณีย์อิเล็กทรอนิกส์ saraban@nakhunyai.example.go.th",
    ]
    assert missing_texts(letter_pdf, extracted, expected) == NOTHING_MISSING


def test_letter_stays_inside_the_margins_and_breaks_between_words(
    letter_pdf: bytes, char_boxes: Boxes
) -> None:
    assert outside_margins(letter_pdf, char_boxes) == []
    assert breaks_inside_words(letter_pdf) == []
    assert names_split(letter_pdf, ["นาคูณใหญ่", "นายอภิชาติ"]) == []


def test_letter_prints_thai_digits_as_the_office_chose(
    letter_pdf: bytes, extracted: Extract
) -> None:
    assert latin_digits(letter_pdf, extracted) == []


def test_letter_signature_stays_with_its_closing(demo: Services, letter_pdf: bytes) -> None:
    office = demo.office.current()
    assert office is not None
    name = office.executive_name or ""
    assert same_page(letter_pdf, "จึงเรียนมาเพื่อโปรดพิจารณา", "ขอแสดงความนับถือ", name)


def test_a_long_letter_continues_on_numbered_pages(demo: Services, extracted: Extract) -> None:
    body = tuple(LONG_LETTER.body[:2]) * 6 + LONG_LETTER.body[2:]
    pdf = make_pdf(demo, "letter", text=replace(LONG_LETTER, body=body))
    pages = extracted(pdf)["pdfium"]
    assert 2 <= len(pages) <= 4
    assert "- ๒ -" in pages[1] and "- ๑ -" not in pages[0]
    assert same_page(pdf, "จึงเรียนมาเพื่อโปรดพิจารณา", "ขอแสดงความนับถือ")


def test_a_one_page_letter_is_quick(demo: Services) -> None:
    make_pdf(demo, "letter", text=LONG_LETTER)  # warm
    start = time.perf_counter()
    make_pdf(demo, "letter", text=LONG_LETTER)
    assert time.perf_counter() - start < 0.5  # 100 ms is the aim; slack for busy machines


# -- the invitation ------------------------------------------------------------------------


def test_invitation_has_the_letter_the_agenda_and_the_addressees(
    demo: Services, invitation_pdf: bytes, extracted: Extract
) -> None:
    meeting = content_of(demo, "invitation")
    letter = meeting.letter
    expected = [
        "ขอเชิญประชุม",
        letter.subject,
        meeting.held_on,
        meeting.place,
        "ขอแสดงความนับถือ",
        "ระเบียบวาระการประชุม",
        "บัญชีรายชื่อผู้รับหนังสือ",
        *(f"{a.number} {a.title}" for a in meeting.agenda),
        *(p.name for p in meeting.addressees),
    ]
    assert missing_texts(invitation_pdf, extracted, expected) == NOTHING_MISSING
    pages = extracted(invitation_pdf)["pdfium"]
    assert len(pages) >= 3
    # The enclosures are their own papers: marked, without "- n -".
    assert "สิ่งที่ส่งมาด้วย ๑" in pages[1] and "ระเบียบวาระการประชุม" in pages[1]
    assert "บัญชีรายชื่อผู้รับหนังสือ" in pages[-1]
    assert not any("- ๒ -" in page or "- ๓ -" in page for page in pages[1:])


def test_invitation_stays_inside_the_margins(
    invitation_pdf: bytes, char_boxes: Boxes, extracted: Extract
) -> None:
    assert outside_margins(invitation_pdf, char_boxes) == []
    assert breaks_inside_words(invitation_pdf) == []
    assert latin_digits(invitation_pdf, extracted) == []


# -- the memo ------------------------------------------------------------------------------


def test_memo_reports_the_meetings_resolutions(
    demo: Services, memo_pdf: bytes, extracted: Extract
) -> None:
    memo = content_of(demo, "memo", record_id=_memo_meeting(demo))
    expected = [
        "บันทึกข้อความ",
        "ส่วนราชการ",
        memo.department,
        "วันที่",
        "๒๑ พฤศจิกายน ๒๕๖๙",
        memo.subject,
        "เรียน",
        *(f"{i.number} {i.text}" for i in memo.items),
        *(d for i in memo.items for d in i.details),
        "จึงเรียนมาเพื่อโปรดทราบ และพิจารณาสั่งการ",
        f"({memo.signatory.name})",
        "ความเห็น/ข้อสั่งการ",
        "นายอภิชาติ บุญชัย",
    ]
    assert memo.items
    assert missing_texts(memo_pdf, extracted, expected) == NOTHING_MISSING
    assert page_count(memo_pdf) == 2  # the seeded demo: the report, then the executive's box


def _memo_meeting(demo: Services) -> Any:
    from lao_desktop.documents.catalogue import resolve_record

    return resolve_record(kind_named("memo"), demo, ReportOptions(today=DAY))


def test_memo_stays_inside_the_margins_and_signs_with_its_closing(
    memo_pdf: bytes, char_boxes: Boxes, extracted: Extract
) -> None:
    assert outside_margins(memo_pdf, char_boxes) == []
    assert breaks_inside_words(memo_pdf) == []
    assert latin_digits(memo_pdf, extracted) == []
    assert same_page(memo_pdf, "จึงเรียนมาเพื่อโปรดทราบ", "ผู้จดรายงานการประชุม")


def test_memo_long_subject_wraps_inside_the_margin(
    demo: Services, memo_pdf: bytes, char_boxes: Boxes
) -> None:
    """The subject of the demo memo is wider than the line: it takes two lines, each
    ending inside the right margin."""
    subject = content_of(demo, "memo", record_id=_memo_meeting(demo)).subject
    lines = lines_of(memo_pdf)[0]
    first = next(i for i, line in enumerate(lines) if line.startswith("เรื่อง"))
    printed = squeeze(lines[first].removeprefix("เรื่อง"))
    assert printed != squeeze(subject) and squeeze(subject).startswith(printed)
    assert squeeze(printed + lines[first + 1]) == squeeze(subject)
    right = 595.28 - RIGHT_MARGIN
    assert max(c["x1"] for c in char_boxes(memo_pdf)[0]) <= right + 1


def test_free_memo_prints_the_given_text(demo: Services, extracted: Extract) -> None:
    pdf = make_pdf(demo, "memo", text=LONG_LETTER)
    assert (
        missing_texts(pdf, extracted, ["บันทึกข้อความ", "ในการนี้", "พร้อมเครื่องขยายเสียง"])["pdfium"] == []
    )
    text = "".join(extracted(pdf)["pdfium"])
    assert "ความเห็น/ข้อสั่งการ" not in text  # only a report to the executive asks for it
