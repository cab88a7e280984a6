"""The parts the reports share: long tables cut a page at a time, totals kept with the last
row, chart ticks, charts whose labels are shaped Thai text."""

from __future__ import annotations

from collections import Counter

import pytest
from reportlab.lib.units import cm

from lao_desktop.documents.content.annual import Point, Series
from lao_desktop.documents.kinds.charts import BarChart, ColumnChart, nice_ticks
from lao_desktop.documents.kinds.report_blocks import place_words, report_table
from lao_desktop.documents.page import PageSetup
from lao_desktop.documents.render import PdfInfo, render_pdf
from lao_desktop.documents.text import Styles, ThaiParagraph
from tests.documents.kind_checks import Boxes, Extract, lines_of, missing_texts, squeeze

HEADER = ("ที่", "ภาคีเครือข่าย", "มูลค่า (บาท)")


def _render(story: list[object], styles: Styles) -> bytes:
    setup = PageSetup(styles=styles, emblem="none", page_numbers=False)
    return render_pdf(story, setup, PdfInfo(title="ทดสอบ"))


@pytest.mark.parametrize("count", [12, 61, 400])
def test_a_long_table_prints_each_row_once_with_its_header_on_each_page(count: int) -> None:
    styles = Styles.for_family()
    width = PageSetup().frame_width
    rows = [
        [f"R{n}X", "กลุ่มวิสาหกิจชุมชนทอผ้าไหม" + ("บ้านนาคูณใหญ่" * (n % 3)), f"{n}.00"]
        for n in range(1, count + 1)
    ]
    story = [
        ThaiParagraph("ตารางทดสอบ", styles.heading),
        report_table(
            styles,
            width,
            HEADER,
            rows,
            (1, 5, 2),
            align=("left", "left", "right"),
            totals=[("", "รวมทั้งสิ้น", "999.00")],
        ),
        ThaiParagraph("จบตาราง", styles.plain),
    ]
    pages = lines_of(_render(story, styles))
    text = [squeeze("".join(lines)) for lines in pages]
    numbers = Counter(int(n) for page in text for n in _row_numbers(page))
    assert sorted(numbers) == list(range(1, count + 1)) and set(numbers.values()) == {1}
    header = squeeze("".join(HEADER))
    assert [page.count(header) for page in text] == [1] * len(pages)
    last_page = text[-1]
    # The totals never stand alone: the last row is printed with them.
    assert "รวมทั้งสิ้น" in last_page and f"R{count}X" in last_page
    assert last_page.index("รวมทั้งสิ้น") < last_page.index("จบตาราง")
    if count > 100:
        assert len(pages) >= 5


def _row_numbers(page: str) -> list[str]:
    import re

    return re.findall(r"R(\d+)X", page)


def test_nice_ticks_are_round_and_cover_the_top() -> None:
    assert nice_ticks(0) == [0.0, 1.0]
    assert nice_ticks(7) == [0.0, 2.0, 4.0, 6.0, 8.0]
    assert nice_ticks(119_231) == [0.0, 50_000.0, 100_000.0, 150_000.0]
    ticks = nice_ticks(12_087_603)
    assert ticks[-1] >= 12_087_603 and ticks[1] == 5_000_000


def test_place_names_of_addresses_are_kept_whole() -> None:
    found = place_words(["๙๙ หมู่ที่ ๑ บ้านนาคูณ ตำบลนาคูณใหญ่ อำเภอนาหว้า จังหวัดนครพนม"])
    assert {"นาคูณ", "นาคูณใหญ่", "นาหว้า", "นครพนม"} <= set(found)


def test_charts_label_bars_and_months_in_thai(extracted: Extract, char_boxes: Boxes) -> None:
    styles = Styles.for_family(thai_digits=True)
    width = PageSetup().frame_width
    bars = Series(
        "ภาคีเครือข่ายจำแนกตามเสาหลัก",
        "ภาคี",
        (
            Point("ท้องถิ่น", 17, "๑๗"),
            Point("ท้องที่ (กำนัน ผู้ใหญ่บ้าน)", 41, "๔๑"),
            Point("ภาคประชาชนและประชาสังคม", 62, "๖๒"),
        ),
    )
    months = Series(
        "มูลค่าการแลกเปลี่ยนทรัพยากรรายเดือน",
        "บาท",
        (
            Point("ต.ค. ๒๕๖๙", 52_826, "๕๒,๘๒๖.๐๐"),
            Point("พ.ย. ๒๕๖๙", 106_434, "๑๐๖,๔๓๔.๐๐"),
            Point("ธ.ค. ๒๕๖๙", 0, "๐.๐๐"),
            Point("ม.ค. ๒๕๗๐", 9_476, "๙,๔๗๖.๐๐"),
        ),
    )
    story = [BarChart(bars, styles, width), ColumnChart(months, styles, width * 0.8)]
    pdf = _render(story, styles)
    expected = [bars.title, months.title, "ท้องที่ (กำนัน ผู้ใหญ่บ้าน)", "ภาคประชาชนและประชาสังคม"]
    expected += ["๖๒ ภาคี", "๑๗ ภาคี", "ต.ค.", "ม.ค.", "๒๕๗๐", "๑๐๐,๐๐๐"]
    assert missing_texts(pdf, extracted, expected) == {"pdfium": [], "pypdf": [], "poppler": []}
    text = squeeze("".join(extracted(pdf)["pdfium"]))
    assert "๐.๐๐" not in text  # an empty month has no value printed over it
    assert text.count("๒๕๖๙") == 1  # the year under its first month only
    chars = char_boxes(pdf)[0]
    page_right = PageSetup().pagesize[0] - 2 * cm
    assert all(3 * cm - 1 <= c["x0"] and c["x1"] <= page_right + 1 for c in chars)
