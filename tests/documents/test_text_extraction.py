"""The PDF text layer reads back exactly the Thai that was printed, in three readers."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from reportlab.platypus import Flowable

from lao_desktop.documents.page import PageSetup
from lao_desktop.documents.render import PdfInfo, render_pdf
from lao_desktop.documents.text import Span, Styles, ThaiParagraph, draw_text, font_family
from tests.documents.conftest import Extracted, page_lines

# Stacked marks, alternates (lowered/narrow tone marks, ฐ/ญ without tails), ำ with and
# without a tone mark, ligatures (ฤๅ), Thai digits, Latin with digits.
_HARD_TEXT = (
    "ชื่อ เพื่อ ตื้อ รั้ว ข้อ ผู้ ที่ ปั้น ทั้ง สิ้น ญี่ปุ่น กำ น้ำ ธรรม ฐูป ค่ำ ซ้ำ ต่ำ ล้ำ ร่ำ ฤๅษี ฦๅ ปู่ ป่า ฝั่ง "
    "ฟ้า ญาติ ฎีกา ฏ ศักดิ์ สิทธิ์ เกียรติ กิ๊ก ก๋วยเตี๋ยว อั๋น ทำ ขำ กรุงเทพฯ ฯลฯ ๆ ๑๒๓ "
    "12,500.00 e-mail: saraban@example.go.th ปั๊ม ตั๋ว ขึ้น ฝ้าย ฟื้นฟู ปิ่นโต ฬา ฮึ่ม"
)
HARD_WORDS = tuple(_HARD_TEXT.split())

LONG_PARAGRAPH = (
    "ด้วยองค์การบริหารส่วนตำบลนาคูณใหญ่ได้จัดให้มีการประชุมคณะกรรมการเครือข่ายความร่วมมือ"
    "ด้านการพัฒนาคุณภาพชีวิตผู้สูงอายุประจำปีงบประมาณ พ.ศ. 2569 เพื่อพิจารณาแผนงานและโครงการ"
    "ที่จะดำเนินการร่วมกันกับภาคีเครือข่ายทั้งภาครัฐ ภาคเอกชน และภาคประชาชน ซึ่งได้ร่วมกัน"
    "ปั้นแผนพัฒนาทั้งสิ้นสามด้าน ได้แก่ ด้านน้ำดื่มสะอาด ด้านการทำเกษตรกรรมปลอดภัย และด้าน"
    "การดูแลผู้ป่วยติดเตียงในชุมชน ทั้งนี้ผู้เข้าร่วมประชุมทุกท่านเห็นชอบในหลักการและมอบหมาย"
    "ให้ฝ่ายเลขานุการจัดทำรายละเอียดต่าง ๆ เสนอในการประชุมครั้งต่อไป"
)


def _render(story: list[Flowable], thai_digits: bool = False) -> bytes:
    styles = Styles.for_family(font_family(), thai_digits=thai_digits)
    setup = PageSetup(styles=styles, emblem="none", page_numbers=False)
    return render_pdf(story, setup, PdfInfo(title="test"))


def _expected_lines(paragraphs: list[ThaiParagraph]) -> list[str]:
    return [
        "".join(p.text for p in line.pieces).strip()
        for paragraph in paragraphs
        for line in paragraph.lines
    ]


def _all_lines(result: Extracted, reader: str) -> list[str]:
    return [line for page in result[reader] for line in page_lines(page)]


@pytest.mark.parametrize("reader", ["pdfium", "pypdf", "poppler"])
def test_hard_words_read_back_exactly(reader: str, extracted: Callable[[bytes], Extracted]) -> None:
    styles = Styles.for_family(font_family())
    story: list[Flowable] = [ThaiParagraph(word, styles.plain) for word in HARD_WORDS]
    story += [ThaiParagraph(word, styles.body_bold) for word in HARD_WORDS]
    lines = _all_lines(extracted(_render(story)), reader)
    assert lines == list(HARD_WORDS) * 2


@pytest.mark.parametrize("reader", ["pdfium", "pypdf", "poppler"])
def test_long_paragraphs_read_back_line_by_line(
    reader: str, extracted: Callable[[bytes], Extracted]
) -> None:
    styles = Styles.for_family(font_family())
    paragraphs = [ThaiParagraph(LONG_PARAGRAPH, styles.body) for _ in range(8)]
    pdf = _render(list(paragraphs))
    expected = _expected_lines(paragraphs)
    assert len(expected) > 30  # more than one page
    got = _all_lines(extracted(pdf), reader)
    assert got == expected
    joined = "".join(got)
    assert not any("\ue000" <= ch <= "\uf8ff" or ch >= "\U000f0000" for ch in joined)
    assert "\u0e4d" not in joined  # ำ never comes back split into nikhahit + sara aa


def test_bold_spans_and_thai_digits_read_back(extracted: Callable[[bytes], Extracted]) -> None:
    styles = Styles.for_family(font_family(), thai_digits=True)
    text = [Span("เรียน "), Span("นายสมชาย ใจดี", bold=True), Span(" โทร 0 4251 9999")]
    paragraph = ThaiParagraph(text, styles.plain)
    pdf = render_pdf(
        [paragraph, ThaiParagraph("อีเมล saraban9@example.go.th", styles.plain)],
        PageSetup(styles=styles, emblem="none"),
        PdfInfo(title="test"),
    )
    for reader, pages in extracted(pdf).items():
        assert page_lines(pages[0]) == [
            "เรียน นายสมชาย ใจดี โทร ๐ ๔๒๕๑ ๙๙๙๙",
            "อีเมล saraban9@example.go.th",
        ], reader


def test_single_lines_on_the_canvas_read_back(extracted: Callable[[bytes], Extracted]) -> None:
    from io import BytesIO

    from reportlab.pdfgen.canvas import Canvas

    styles = Styles.for_family(font_family())
    buffer = BytesIO()
    canvas = Canvas(buffer)
    for i, word in enumerate(HARD_WORDS[:20]):
        draw_text(canvas, 300, 800 - i * 36, word, styles.heading)
    canvas.save()
    for reader, pages in extracted(buffer.getvalue()).items():
        assert page_lines(pages[0]) == list(HARD_WORDS[:20]), reader
