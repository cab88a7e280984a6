"""บันทึกข้อตกลงความร่วมมือ printed from the small demo office: in Thai, and in Thai and
English for the agreement with an international partner."""

from __future__ import annotations

import re
import uuid
from dataclasses import replace
from datetime import date

import pytest
from reportlab.lib.pagesizes import A4

from lao_desktop.documents.content.base import Person
from lao_desktop.documents.content.mou import MouContent
from lao_desktop.documents.kinds import mou as layout
from lao_desktop.documents.make import LayoutSetup
from lao_desktop.documents.page import BOTTOM_MARGIN, LEFT_MARGIN, RIGHT_MARGIN, TOP_MARGIN
from lao_desktop.services import Services
from lao_desktop.services.query import ListQuery
from tests.documents.kind_checks import (
    Boxes,
    Extract,
    break_offsets,
    layout_setup,
    make_pdf,
    squeeze,
    word_bounds,
)
from tests.documents.kind_checks import (
    content_of as kind_content,
)

TODAY = date.today()


def content_of(services: Services, agreement: uuid.UUID | None) -> MouContent:
    made: MouContent = kind_content(services, "mou", today=TODAY, record_id=agreement)
    return made


def pdf_of(services: Services, agreement: uuid.UUID | None) -> bytes:
    return make_pdf(services, "mou", today=TODAY, record_id=agreement)


@pytest.fixture(scope="module")
def bilingual_id(demo: Services) -> uuid.UUID:
    for agreement in demo.agreements.list(ListQuery(limit=1000)).items:
        if content_of(demo, agreement.id).bilingual:
            return agreement.id
    raise AssertionError("the demo has an agreement with an international partner")


def setup_for(content: MouContent) -> LayoutSetup:
    return layout_setup("mou", content.office, TODAY)


def expected_thai(content: MouContent) -> list[str]:
    texts = [content.title, "ระหว่าง", "กับ", content.reference, content.signed_on, content.term]
    texts += [*content.objectives, "วัตถุประสงค์", "ระยะเวลา", "ต่อหน้าพยาน"]
    for party in content.parties:
        texts += [party.name, party.number, party.address, *party.obligations]
        for person in party.signatories:
            texts += [f"({person.name})", person.position]
    for witness in content.witnesses:
        texts += [f"({witness.name})", witness.position, "พยาน"]
    return [t for t in texts if t]


def test_the_latest_agreement_in_thai(demo: Services, extracted: Extract) -> None:
    content = content_of(demo, None)
    assert not content.bilingual and content.witnesses and content.signed_on
    pdf = pdf_of(demo, None)
    for reader, pages in extracted(pdf).items():
        assert len(pages) == 2  # the seeded demo: text on one page, signatures on the next
        text = squeeze("".join(pages))
        missing = [t for t in expected_thai(content) if squeeze(t) not in text]
        assert not missing, (reader, missing)
        assert not re.search(r"[0-9A-Za-z]", text.replace("อสม.", "")), reader  # Thai, ๐-๙


def test_every_agreement_prints_every_party_and_signatory(
    demo: Services, extracted: Extract
) -> None:
    agreements = demo.agreements.list(ListQuery(limit=1000)).items
    assert len(agreements) >= 5
    for agreement in agreements:
        content = content_of(demo, agreement.id)
        text = squeeze("".join(extracted(pdf_of(demo, agreement.id))["pdfium"]))
        for party in content.parties:
            assert squeeze(party.name) in text, (agreement.name, party.name)
            for person in party.signatories:
                assert squeeze(f"({person.name})") in text, (agreement.name, person.name)
        for witness in content.witnesses:
            assert squeeze(f"({witness.name})") in text


def test_the_bilingual_agreement_carries_both_languages(
    demo: Services, bilingual_id: uuid.UUID, extracted: Extract
) -> None:
    content = content_of(demo, bilingual_id)
    assert content.title_en and content.objectives_en and content.term_en
    english = [content.title_en, *content.objectives_en, content.term_en, content.signed_on_en]
    english += ["between", "Article 1 Objectives", "Witness", "Party 1", "Party 2"]
    for party in content.parties:
        english += [*party.obligations_en, *([party.name_en] if party.name_en else [])]
    assert re.search(r"\d{4}", content.term_en)  # C.E. years in Arabic digits
    pdf = pdf_of(demo, bilingual_id)
    for reader, pages in extracted(pdf).items():
        text = squeeze("".join(pages))
        missing = [t for t in [*expected_thai(content), *english] if squeeze(t) not in text]
        assert not missing, (reader, missing)
        assert squeeze("ข้อ ๑ วัตถุประสงค์") in text, reader  # Thai digits on the Thai side


def test_no_glyph_outside_the_margins(
    demo: Services,
    bilingual_id: uuid.UUID,
    char_boxes: Boxes,
) -> None:
    width, height = A4
    for pdf in (pdf_of(demo, None), pdf_of(demo, bilingual_id)):
        for number, chars in enumerate(char_boxes(pdf), start=1):
            for char in chars:
                where = (number, char["text"], round(char["x0"]), round(char["top"]))
                assert char["x0"] >= LEFT_MARGIN - 1, where
                assert char["x1"] <= width - RIGHT_MARGIN + 1, where
                assert char["bottom"] <= height - BOTTOM_MARGIN + 1, where
                if char["top"] < TOP_MARGIN - 1:  # the emblem's placeholder, "- n -"
                    assert char["text"] in "- ๐๑๒๓๔๕๖๗๘๙" or number == 1, where


LONG = (
    "เพื่อส่งเสริมความร่วมมือระหว่างองค์กรปกครองส่วนท้องถิ่นกับภาคีเครือข่ายในการพัฒนาคุณภาพชีวิต"
    "ของผู้สูงอายุและผู้พิการ การจัดการทรัพยากรธรรมชาติและสิ่งแวดล้อม การป้องกันและบรรเทาสาธารณภัย "
    "ตลอดจนการแลกเปลี่ยนเรียนรู้ประสบการณ์การบริหารจัดการท้องถิ่นอย่างต่อเนื่องและยั่งยืน"
)


def test_long_paragraphs_break_between_words(
    demo: Services, bilingual_id: uuid.UUID, extracted: Extract
) -> None:
    content = content_of(demo, bilingual_id)
    long = replace(content, objectives=(LONG, *content.objectives))
    pages = extracted(layout.build_pdf(long, setup_for(long), None))["pdfium"]
    lines = [line.strip() for page in pages for line in page.splitlines() if line.strip()]
    broken = 0
    for text in [LONG, content.term, *content.objectives]:
        offsets = break_offsets(text, lines)
        assert offsets is not None, text
        assert all(o in word_bounds(text) for o in offsets), (text, offsets)
        broken += len(offsets)
    assert broken >= 2


def test_the_closing_clause_stays_with_the_first_signatures(
    demo: Services, extracted: Extract
) -> None:
    """Many parties and witnesses: the blocks run over pages two to a row, the closing
    clause never apart from the first row, and nobody is left out."""
    content = content_of(demo, None)
    party = content.parties[-1]
    more = tuple(
        replace(party, number=f"ฝ่ายที่ {n}", signatories=(Person(f"นายทดสอบ ลำดับ{n}", "ประธาน"),))
        for n in range(3, 9)
    )
    witnesses = tuple(Person(f"นางพยาน ลำดับ{n}", "ปลัด") for n in range(1, 6))
    big = replace(content, parties=(*content.parties, *more), witnesses=witnesses)
    pages = [squeeze(p) for p in extracted(layout.build_pdf(big, setup_for(big), None))["pdfium"]]
    assert len(pages) >= 2
    closing = next(p for p in pages if "มีข้อความถูกต้องตรงกัน" in p)
    first = content.parties[0].signatories[0].name
    assert squeeze(f"({first})") in closing
    text = "".join(pages)
    assert "ทุกฝ่าย" in text and "ทั้งสองฝ่าย" not in text
    for n in range(3, 9):
        assert f"(นายทดสอบลำดับ{n})" in text.translate(str.maketrans("๐๑๒๓๔๕๖๗๘๙", "0123456789"))
    assert text.count("พยาน") >= len(witnesses)
