"""เกียรติบัตร (a landscape page, centred) and the thank-you letter after it, printed for
the demo partner that gave most recently."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date
from typing import Any

import pytest
from reportlab.lib.pagesizes import A4, landscape

from lao_desktop.documents.content.certificate import CertificateContent
from lao_desktop.documents.kinds import certificate as layout
from lao_desktop.documents.make import LayoutSetup
from lao_desktop.documents.page import BOTTOM_MARGIN, LEFT_MARGIN, RIGHT_MARGIN, TOP_MARGIN
from lao_desktop.documents.text import font_family
from lao_desktop.services import Services
from lao_desktop.thai.digits import to_thai_digits
from tests.documents.kind_checks import (
    Boxes,
    Extract,
    content_of,
    layout_setup,
    make_pdf,
    page_sizes,
    squeeze,
)

TODAY = date.today()


@pytest.fixture(scope="module")
def content(demo: Services) -> CertificateContent:
    made: CertificateContent = content_of(demo, "certificate", today=TODAY)
    return made


@pytest.fixture(scope="module")
def pdf(demo: Services) -> bytes:
    return make_pdf(demo, "certificate", today=TODAY)


def setup_for(content: CertificateContent) -> LayoutSetup:
    return layout_setup("certificate", content.office, TODAY)


def test_a_landscape_certificate_then_the_portrait_letter(pdf: bytes) -> None:
    sizes = page_sizes(pdf)
    assert sizes[0] == (842, 595)
    assert 2 <= len(sizes) <= 3 and all(size == (595, 842) for size in sizes[1:])


def test_the_certificate_says_who_is_thanked_by_whom_and_when(
    pdf: bytes, content: CertificateContent, extracted: Extract
) -> None:
    expected = [
        content.granted_by,
        content.intro,
        content.recipient,
        content.reason,
        *content.contributions,
        content.wish,
        f"ให้ไว้ ณ วันที่ {content.given_on}",
        f"({content.signatory.name})",
        content.signatory.position,
    ]
    assert content.contributions and "บาท" in content.contributions[0]
    assert re.fullmatch(r"[๐-๙]{1,2} \S+ พ\.ศ\. ๒[๔-๖][๐-๙]{2}", content.given_on)
    for reader, pages in extracted(pdf).items():
        first = squeeze(pages[0])
        missing = [e for e in expected if squeeze(e) not in first]
        assert not missing, (reader, missing)
        assert "ขอแสดงความนับถือ" not in first, reader
        assert not re.search(r"[0-9]", first), reader  # the office prints Thai digits


def test_the_thank_you_letter_follows(
    pdf: bytes, content: CertificateContent, extracted: Extract
) -> None:
    letter = content.thank_you
    expected = [
        f"ที่ {letter.number}",
        letter.date,
        f"เรื่อง {letter.subject}",
        f"เรียน {letter.to}",
        *letter.paragraphs,
        "ขอแสดงความนับถือ",
        f"({letter.signatory.name})",
        letter.signatory.position,
        *letter.contact_lines,
    ]
    for reader, pages in extracted(pdf).items():
        rest = squeeze("".join(pages[1:]))
        missing = [e for e in expected if squeeze(e) not in rest]
        assert not missing, (reader, missing)


def test_the_certificate_is_centred_on_the_paper_inside_its_margins(
    pdf: bytes, char_boxes: Boxes
) -> None:
    width, height = landscape(A4)
    side, top = layout.CERTIFICATE_MARGIN
    chars = char_boxes(pdf)[0]
    lines: dict[int, list[dict[str, Any]]] = {}
    for char in chars:
        assert side - 1 <= char["x0"] and char["x1"] <= width - side + 1, char["text"]
        assert top - 1 <= char["top"] and char["bottom"] <= height - top + 1, char["text"]
        lines.setdefault(round(char["bottom"]), []).append(char)
    assert len(lines) >= 10
    for line in lines.values():
        left = min(c["x0"] for c in line)
        right = max(c["x1"] for c in line)
        assert abs((left + right) / 2 - width / 2) < 3, "".join(c["text"] for c in line)


def test_the_letter_pages_keep_the_official_margins(pdf: bytes, char_boxes: Boxes) -> None:
    width, height = A4
    for number, chars in enumerate(char_boxes(pdf)[1:], start=2):
        for char in chars:
            where = (number, char["text"], round(char["x0"]), round(char["top"]))
            assert char["x0"] >= LEFT_MARGIN - 1 and char["x1"] <= width - RIGHT_MARGIN + 1, where
            assert char["bottom"] <= height - BOTTOM_MARGIN + 1, where
            if char["top"] < TOP_MARGIN - 1:
                assert number == 2 or char["text"] in "- ๐๑๒๓๔๕๖๗๘๙", where


def test_many_contributions_fit_on_the_one_page_the_rest_counted(
    content: CertificateContent, extracted: Extract, char_boxes: Boxes
) -> None:
    """The name keeps its full size; the contributions that do not fit are counted on a
    last line ("และอื่น ๆ อีก n รายการ")."""
    lines = tuple(
        f"ร่วมดำเนินงานตามโครงการพัฒนาคุณภาพชีวิตและส่งเสริมอาชีพชุมชน ระยะที่ {n}" for n in range(1, 16)
    )
    many = replace(content, contributions=lines)
    pdf = layout.build_pdf(many, setup_for(many), None)
    sizes = page_sizes(pdf)
    assert sizes[0] == (842, 595) and sizes[1] == (595, 842)  # still one certificate page
    first = squeeze(extracted(pdf)["pdfium"][0])
    shown = first.count(squeeze(lines[0].rsplit(" ", 1)[0]))
    assert 2 <= shown < len(lines)
    rest = to_thai_digits(str(len(lines) - shown))
    assert f"และอื่นๆอีก{rest}รายการ" in first
    assert squeeze(f"({content.signatory.name})") in first
    family = font_family(None)
    big = [c for c in char_boxes(pdf)[0] if c["size"] > family.size(30)]
    assert "".join(c["text"] for c in big) == squeeze(content.recipient)


def test_the_letter_numbers_its_own_pages(content: CertificateContent, extracted: Extract) -> None:
    """A long letter: its second page is "- ๒ -" although it is the PDF's third."""
    paragraphs = content.thank_you.paragraphs * 8
    long = replace(content, thank_you=replace(content.thank_you, paragraphs=paragraphs))
    pages = extracted(layout.build_pdf(long, setup_for(long), None))["pdfium"]
    assert len(pages) >= 3
    assert squeeze(pages[2]).startswith("-๒-")
    assert "-๓-" not in squeeze(pages[2])[:5]
