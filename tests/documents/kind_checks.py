"""Checks shared by the tests of the document layouts: the content and the PDF of a kind on
the demo office (``content_of``, ``make_pdf``, ``layout_setup`` to call a layout directly),
what the three readers extract, glyphs inside the regulation's margins, lines that end
between words."""

from __future__ import annotations

import io
import itertools
import re
from collections.abc import Callable, Iterable
from datetime import date
from typing import Any

import pypdfium2 as pdfium
from pythainlp.corpus import thai_words
from pythainlp.tokenize import word_tokenize
from reportlab.lib.units import cm

from lao_desktop.documents.catalogue import gather, kind_named
from lao_desktop.documents.content.base import OfficeInfo
from lao_desktop.documents.content.options import FreeText, ReportOptions
from lao_desktop.documents.make import LayoutSetup, render_pdf
from lao_desktop.documents.page import (
    BOTTOM_MARGIN,
    EMBLEM_TOP,
    LEFT_MARGIN,
    RIGHT_MARGIN,
    TOP_MARGIN,
)
from lao_desktop.services import Services

Extract = Callable[[bytes], dict[str, list[str]]]
Boxes = Callable[[bytes], list[list[dict[str, Any]]]]

DAY = date(2026, 11, 21)  # ๒๑ พฤศจิกายน ๒๕๖๙
DICTIONARY = thai_words()
PAGE_NUMBER_TOP = 0.8 * cm  # "- n -" has its baseline 1.5 cm below the top edge
THAI_LETTER = re.compile("[\u0e01-\u0e4e]")
MACHINE_TEXT = re.compile(r"\S+@\S+|\S*(?:://|www\.)\S*")
NOTHING_MISSING: dict[str, list[str]] = {"pdfium": [], "pypdf": [], "poppler": []}

LONG_LETTER = FreeText(
    subject=(
        "ขอความอนุเคราะห์ใช้สถานที่จัดการประชุมเชิงปฏิบัติการเครือข่ายความร่วมมือพัฒนา"
        "ตำบลนาคูณใหญ่ ประจำปีงบประมาณ พ.ศ. 2570"
    ),
    to="ผู้อำนวยการโรงเรียนนาคูณใหญ่พัฒนศึกษา",
    body=(
        "ด้วยองค์การบริหารส่วนตำบลนาคูณใหญ่ ร่วมกับภาคีเครือข่ายความร่วมมือพัฒนาตำบลนาคูณใหญ่ "
        "กำหนดจัดการประชุมเชิงปฏิบัติการเพื่อทบทวนแผนพัฒนาท้องถิ่นและแผนปฏิบัติการของเครือข่าย "
        "ในวันที่ 5 ธันวาคม 2569 เวลา 09.00 – 16.00 น. โดยมีผู้เข้าร่วมประชุมจากหน่วยงานภาครัฐ "
        "ภาคเอกชน และภาคประชาชน ประมาณ 120 คน",
        "ในการนี้ องค์การบริหารส่วนตำบลนาคูณใหญ่ พิจารณาแล้วเห็นว่าหอประชุมของโรงเรียน"
        "นาคูณใหญ่พัฒนศึกษามีความเหมาะสม จึงขอความอนุเคราะห์ใช้หอประชุมดังกล่าว "
        "พร้อมเครื่องขยายเสียง ตั้งแต่เวลา 08.00 – 17.00 น.",
        "จึงเรียนมาเพื่อโปรดพิจารณาให้ความอนุเคราะห์ และขอขอบคุณมา ณ โอกาสนี้",
    ),
    reference="หนังสือโรงเรียนนาคูณใหญ่พัฒนศึกษา ที่ ศธ 04010/123 ลงวันที่ 1 พฤศจิกายน 2569",
    enclosures=("กำหนดการประชุม จำนวน 1 ชุด", "แผนผังการจัดสถานที่ จำนวน 1 แผ่น"),
)


def content_of(services: Services, kind: str, *, today: date = DAY, **options: Any) -> Any:
    """The content dataclass of ``kind`` (``options``: those of ``ReportOptions``)."""
    return gather(kind_named(kind), services, ReportOptions(today=today, **options))


def make_pdf(services: Services, kind: str, *, today: date = DAY, **options: Any) -> bytes:
    return render_pdf(kind, services, ReportOptions(today=today, **options))


def layout_setup(kind: str, office: OfficeInfo, today: date = DAY) -> LayoutSetup:
    """What ``kinds.<kind>.build_pdf`` needs besides the content: the bundled font."""
    return LayoutSetup(kind, kind, office, None, office.thai_digits, today)


def page_count(pdf: bytes) -> int:
    document = pdfium.PdfDocument(pdf)
    try:
        return len(document)
    finally:
        document.close()


def page_sizes(pdf: bytes) -> list[tuple[int, int]]:
    """Each page's width and height in points, rounded (A4 portrait: 595 × 842)."""
    document = pdfium.PdfDocument(pdf)
    try:
        sizes = (document[i].get_size() for i in range(len(document)))
        return [(round(w), round(h)) for w, h in sizes]
    finally:
        document.close()


def squeeze(text: str) -> str:
    """Without any whitespace: the readers differ in where they put spaces and line ends."""
    return re.sub(r"\s+", "", text)


def missing_texts(pdf: bytes, extract: Extract, expected: Iterable[str]) -> dict[str, list[str]]:
    """Per reader, the expected texts it does not find (empty lists when all are there)."""
    found = {}
    for reader, pages in extract(pdf).items():
        whole = squeeze("".join(pages))
        found[reader] = [text for text in expected if squeeze(text) not in whole]
    return found


def outside_margins(pdf: bytes, boxes: Boxes) -> list[str]:
    """Glyphs outside the text area. Allowed above it: the emblem placeholder (page 1, from
    1.5 cm) and the page number "- n -" (later pages)."""
    import pdfplumber

    problems = []
    with pdfplumber.open(io.BytesIO(pdf)) as document:
        sizes = [(float(p.width), float(p.height)) for p in document.pages]
    for number, (chars, (width, height)) in enumerate(zip(boxes(pdf), sizes, strict=True), 1):
        above = []
        for char in chars:
            where = f"page {number} {char['text']!r} at {char['x0']:.1f},{char['top']:.1f}"
            if char["x0"] < LEFT_MARGIN - 1 or char["x1"] > width - RIGHT_MARGIN + 1:
                problems.append(where + " beside the text")
            highest = EMBLEM_TOP if number == 1 else PAGE_NUMBER_TOP
            if char["bottom"] > height - BOTTOM_MARGIN + 1 or char["top"] < highest - 1:
                problems.append(where + " in the top or bottom margin")
            if char["top"] < TOP_MARGIN - 1:
                above.append(char["text"])
        if number > 1 and squeeze("".join(above)) not in ("", f"-{thai(number)}-", f"-{number}-"):
            problems.append(f"page {number}: {''.join(above)!r} above the text")
    return problems


def thai(number: int) -> str:
    return str(number).translate(str.maketrans("0123456789", "๐๑๒๓๔๕๖๗๘๙"))


def lines_of(pdf: bytes) -> list[list[str]]:
    """Each page's lines as pdfium reads them."""
    document = pdfium.PdfDocument(pdf)
    try:
        pages = [document[i].get_textpage().get_text_range() for i in range(len(document))]
    finally:
        document.close()
    return [[ln.strip() for ln in page.splitlines() if ln.strip()] for page in pages]


def breaks_inside_words(pdf: bytes) -> list[str]:
    """Line ends that fall inside a Thai word (by PyThaiNLP's own dictionary)."""
    return [problem for page in lines_of(pdf) for problem in breaks_in_lines(page)]


def breaks_in_lines(lines: list[str]) -> list[str]:
    """A line end is inside a word when PyThaiNLP reads a word across it and the pieces on
    either side are not words of its dictionary ("นายก|องค์การ" is fine, "ประชุ|ม" is not)."""
    problems = []
    for first, second in itertools.pairwise(lines):
        tail, head = first.split()[-1], second.split()[0]
        if not (THAI_LETTER.search(tail[-1]) and THAI_LETTER.search(head[0])):
            continue
        bounds, at = set(), 0
        for token in word_tokenize(tail + head, keep_whitespace=False):
            at += len(token)
            bounds.add(at)
        if len(tail) in bounds:
            continue
        before = word_tokenize(tail, keep_whitespace=False)[-1]
        after = word_tokenize(head, keep_whitespace=False)[0]
        if not (before in DICTIONARY and after in DICTIONARY):
            problems.append(f"{tail}|{head}")
    return problems


def names_split(pdf: bytes, names: Iterable[str]) -> list[str]:
    """Names printed across two lines (each line read on its own misses them)."""
    pages = lines_of(pdf)
    joined = squeeze("".join(line for page in pages for line in page))
    per_line = [squeeze(line) for page in pages for line in page]
    return [
        name
        for name in names
        if joined.count(squeeze(name)) != sum(line.count(squeeze(name)) for line in per_line)
    ]


def latin_digits(pdf: bytes, extract: Extract) -> list[str]:
    """Arabic digits outside e-mail and web addresses (the demo office prints Thai digits)."""
    text = "\n".join(extract(pdf)["pdfium"])
    return re.findall(r"\S*[0-9]\S*", MACHINE_TEXT.sub("", text))


def same_page(pdf: bytes, *texts: str) -> bool:
    """All the texts on one page (a signature with the text it closes)."""
    return any(all(squeeze(t) in squeeze(" ".join(page)) for t in texts) for page in lines_of(pdf))


def break_offsets(text: str, lines: list[str]) -> list[int] | None:
    """Where ``text`` was broken inside a run without spaces: offsets into ``text`` (a
    break at a space is between words by definition); None when it is not printed."""
    pattern = "".join(r"[ \n]+" if c == " " else re.escape(c) + "(\n)?" for c in text)
    found = re.search(pattern, "\n".join(lines))
    if found is None:
        return None
    offsets, group = [], 0
    for i, c in enumerate(text):
        if c != " ":
            group += 1
            if found.group(group):
                offsets.append(i + 1)
    return offsets


def word_bounds(text: str) -> set[int]:
    """The offsets between PyThaiNLP's words in ``text`` (its start and end included)."""
    bounds, at = {0, len(text)}, 0
    for word in word_tokenize(text, engine="newmm", keep_whitespace=True):
        at += len(word)
        bounds.add(at)
    return bounds
