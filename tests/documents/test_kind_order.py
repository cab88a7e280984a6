"""The คำสั่ง (committee appointment) and ประกาศ (a network's vision and members) layouts,
made from the small demo office and read back by three PDF readers."""

from __future__ import annotations

import io
from dataclasses import replace

import pytest

from lao_desktop.documents.content.base import office_info
from lao_desktop.documents.kinds import announcement as announcement_layout
from lao_desktop.documents.kinds import order as order_layout
from lao_desktop.documents.make import LayoutSetup
from lao_desktop.services import Services
from tests.documents.kind_checks import (
    NOTHING_MISSING,
    Boxes,
    Extract,
    breaks_inside_words,
    content_of,
    latin_digits,
    layout_setup,
    make_pdf,
    missing_texts,
    names_split,
    outside_margins,
    page_count,
    same_page,
    squeeze,
)


def setup_for(services: Services, kind: str) -> LayoutSetup:
    return layout_setup(kind, office_info(services))


@pytest.fixture(scope="module")
def order_pdf(demo: Services) -> bytes:
    return make_pdf(demo, "order")


@pytest.fixture(scope="module")
def announcement_pdf(demo: Services) -> bytes:
    return make_pdf(demo, "announcement")


# -- the order -----------------------------------------------------------------------------


def test_order_lists_the_members_with_their_positions(
    demo: Services, order_pdf: bytes, extracted: Extract
) -> None:
    order = content_of(demo, "order")
    assert order.members and order.number_recorded
    expected = [
        order.heading,
        f"ที่ {order.number}",
        f"เรื่อง {order.subject}",
        *order.preamble,
        *(f"{m.number} {m.name}" for m in order.members),
        *(m.position for m in order.members),
        "ให้คณะกรรมการมีอำนาจหน้าที่ ดังนี้",
        *order.duties,
        *order.closing,
        f"สั่ง ณ วันที่ {order.given_on}",
        f"({order.signatory.name})",
        order.signatory.position,
    ]
    assert missing_texts(order_pdf, extracted, expected) == NOTHING_MISSING
    assert page_count(order_pdf) == 2  # the seeded demo: the signature goes with the last lines


def test_each_member_has_their_position_on_their_own_row(demo: Services, order_pdf: bytes) -> None:
    """Number, name and title at the left, the position in the committee at the right of
    the same row (pdfplumber joins a row's cells by their height on the page)."""
    import pdfplumber

    order = content_of(demo, "order")
    with pdfplumber.open(io.BytesIO(order_pdf)) as document:
        rows = [squeeze(r["text"]) for p in document.pages for r in p.extract_text_lines()]
    for member in order.members:
        start = squeeze(f"{member.number} {member.name}")
        row = next(r for r in rows if r.startswith(start))
        assert row.endswith(squeeze(member.position)), row


def test_order_layout_is_inside_the_margins_and_signed_with_its_date(
    order_pdf: bytes, char_boxes: Boxes, extracted: Extract
) -> None:
    assert outside_margins(order_pdf, char_boxes) == []
    assert breaks_inside_words(order_pdf) == []
    assert latin_digits(order_pdf, extracted) == []
    assert names_split(order_pdf, ["องค์การบริหารส่วนตำบลนาคูณใหญ่", "นาคูณใหญ่"]) == []
    assert same_page(order_pdf, "สั่ง ณ วันที่", "นายอภิชาติ บุญชัย", "ทั้งนี้")


def test_an_order_without_its_number_leaves_blanks_to_fill(
    demo: Services, extracted: Extract
) -> None:
    order = replace(content_of(demo, "order"), number="", number_recorded=False, given_on="")
    pdf = order_layout.build_pdf(order, setup_for(demo, "order"), None)
    text = squeeze("".join(extracted(pdf)["pdfium"]))
    assert "ที่........../.........." in text
    assert "สั่งณวันที่..........เดือน" in text
    assert "พ.ศ..........." in text


def test_order_reports_its_progress_and_can_be_cancelled(demo: Services) -> None:
    order = content_of(demo, "order")
    calls: list[tuple[int, int, str]] = []
    order_layout.build_pdf(order, setup_for(demo, "order"), lambda *a: calls.append(a))
    assert calls and calls[-1][0] <= calls[-1][1]

    class Stop(Exception):
        pass

    def cancel(done: int, total: int, what: str) -> None:
        raise Stop

    with pytest.raises(Stop):
        order_layout.build_pdf(order, setup_for(demo, "order"), cancel)


# -- the announcement ----------------------------------------------------------------------


def test_announcement_publishes_the_network_and_its_members(
    demo: Services, announcement_pdf: bytes, extracted: Extract
) -> None:
    notice = content_of(demo, "announcement")
    assert notice.members and notice.vision
    expected = [
        notice.heading,
        f"เรื่อง {notice.subject}",
        *notice.preamble,
        "วิสัยทัศน์",
        *notice.vision,
        *notice.mission,
        *notice.goals,
        notice.coordinator,
        "ลำดับที่",
        "ภาคีสมาชิก",
        *(m.name for m in notice.members),
        *(m.sector for m in notice.members),
        notice.closing,
        "ประกาศ ณ วันที่ ๒๑ พฤศจิกายน พ.ศ. ๒๕๖๙",
        f"({notice.signatory.name})",
    ]
    assert missing_texts(announcement_pdf, extracted, expected) == NOTHING_MISSING
    assert page_count(announcement_pdf) == 2  # the seeded demo


def test_announcement_layout_is_inside_the_margins_and_signed_with_its_date(
    announcement_pdf: bytes, char_boxes: Boxes, extracted: Extract
) -> None:
    assert outside_margins(announcement_pdf, char_boxes) == []
    assert breaks_inside_words(announcement_pdf) == []
    assert latin_digits(announcement_pdf, extracted) == []
    assert same_page(announcement_pdf, "จึงประกาศให้ทราบโดยทั่วกัน", "ประกาศ ณ วันที่", "บุญชัย")


def test_an_announcement_leaves_out_the_parts_not_recorded(
    demo: Services, extracted: Extract
) -> None:
    notice = replace(content_of(demo, "announcement"), mission=(), strategy=(), coordinator="")
    pdf = announcement_layout.build_pdf(notice, setup_for(demo, "announcement"), None)
    text = "".join(extracted(pdf)["pdfium"])
    assert "พันธกิจ\r\n" not in text and "ยุทธศาสตร์" not in text
    assert "๑. วิสัยทัศน์" in text and "๒. เป้าประสงค์" in text
    assert "๓. ภาคีสมาชิกของเครือข่าย" in text
