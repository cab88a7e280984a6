"""Benchmark of the document engine (not part of the test run).

    python tests/benchmarks/documents_bench.py

Prints: the first letter (cold: fonts, dictionary, shaping), a one-page letter warm
(target ≤ 100 ms) and a 100-page table of Thai names and addresses, cold caches for the
table's words and warm (target ≤ 3 s).
"""

from __future__ import annotations

import random
import statistics
import time

import pypdfium2 as pdfium
from reportlab.platypus import Flowable, Spacer

from lao_desktop.documents.blocks import number_and_office, signature_block, thai_table
from lao_desktop.documents.page import Footer, PageSetup
from lao_desktop.documents.render import PdfInfo, render_pdf
from lao_desktop.documents.text import Styles, ThaiParagraph, add_words, font_family

BODY = (
    "ด้วยองค์การบริหารส่วนตำบลนาคูณใหญ่ได้จัดให้มีการประชุมคณะกรรมการเครือข่ายความร่วมมือ"
    "ด้านการพัฒนาคุณภาพชีวิตผู้สูงอายุ ประจำปีงบประมาณ พ.ศ. 2569 ในวันที่ 21 พฤศจิกายน 2569 "
    "เวลา 09.30 น. ณ ห้องประชุมองค์การบริหารส่วนตำบลนาคูณใหญ่ จึงขอเชิญท่านเข้าร่วมประชุม"
    "ตามวัน เวลา และสถานที่ดังกล่าว"
)
FIRST = ["สมชาย", "สมหญิง", "ประเสริฐ", "วิไลวรรณ", "ณัฐพล", "กิตติศักดิ์", "อรุณี", "บุญมี"]
LAST = ["ใจดี", "ศรีสุข", "แก้วมณี", "บุญยืน", "ทองคำ", "พรหมมา", "สุวรรณศรี", "ปัญญาดี"]
ORGS = [
    "กลุ่มผู้สูงอายุบ้านหนองบัว",
    "วิสาหกิจชุมชนทอผ้าไหมบ้านนาคูณ",
    "โรงพยาบาลส่งเสริมสุขภาพตำบลนาคูณใหญ่",
    "โรงเรียนบ้านโคกสี",
    "อาสาสมัครสาธารณสุขประจำหมู่บ้าน",
    "สถานีตำรวจภูธรนาหว้า",
]


def letter(styles: Styles, setup: PageSetup) -> list[Flowable]:
    width = setup.frame_width
    return [
        number_and_office(
            styles,
            width,
            "ที่ นพ 77601/123",
            ["องค์การบริหารส่วนตำบลนาคูณใหญ่", "อำเภอนาหว้า จังหวัดนครพนม 48180"],
        ),
        ThaiParagraph("21 พฤศจิกายน 2569", styles.plain.with_(left_indent=width / 2)),
        ThaiParagraph("เรื่อง  ขอเชิญประชุมคณะกรรมการเครือข่าย", styles.plain),
        ThaiParagraph("เรียน  ผู้อำนวยการโรงเรียนบ้านโคกสี", styles.plain),
        Spacer(1, 6),
        ThaiParagraph(BODY, styles.body),
        ThaiParagraph("จึงเรียนมาเพื่อโปรดพิจารณาเข้าร่วมประชุมตามวัน เวลา และสถานที่ดังกล่าว", styles.body),
        signature_block(
            styles, "นายสมชาย ใจดี", ["นายกองค์การบริหารส่วนตำบลนาคูณใหญ่"], closing="ขอแสดงความนับถือ"
        ),
    ]


def directory_rows(count: int, seed: int) -> list[list[str]]:
    rnd = random.Random(seed)
    return [
        [
            str(i + 1),
            rnd.choice(ORGS),
            f"นาย{rnd.choice(FIRST)} {rnd.choice(LAST)}",
            f"{rnd.randint(1, 200)} หมู่ที่ {rnd.randint(1, 15)} ตำบลนาคูณใหญ่ อำเภอนาหว้า จังหวัดนครพนม",
            f"08{rnd.randint(10_000_000, 99_999_999)}",
        ]
        for i in range(count)
    ]


def directory(styles: Styles, setup: PageSetup, rows: list[list[str]]) -> list[Flowable]:
    header = ["ลำดับ", "หน่วยงาน", "ผู้ประสานงาน", "ที่อยู่", "โทรศัพท์"]
    return [
        ThaiParagraph("ทำเนียบเครือข่าย", styles.heading),
        thai_table(
            styles,
            setup.frame_width,
            header,
            rows,
            [0.6, 3, 2.4, 4, 1.6],
            align=["center", "left", "left", "left", "center"],
        ),
    ]


def main() -> None:
    add_words(["นาคูณใหญ่"])
    styles = Styles.for_family(font_family(), thai_digits=True)
    setup = PageSetup(styles=styles, emblem="letter")
    info = PdfInfo(title="หนังสือเชิญประชุม", author="อบต.นาคูณใหญ่")

    start = time.perf_counter()
    render_pdf(letter(styles, setup), setup, info)
    print(f"letter, first in the process: {1000 * (time.perf_counter() - start):.0f} ms")
    times = []
    for _ in range(10):
        start = time.perf_counter()
        render_pdf(letter(styles, setup), setup, info)
        times.append(time.perf_counter() - start)
    print(f"letter, warm (median of 10): {1000 * statistics.median(times):.0f} ms (target 100)")

    report = PageSetup(styles=styles, emblem="none", footer=Footer("อบต.นาคูณใหญ่"))
    rows = directory_rows(1800, seed=1)
    for label in ("new words", "warm"):
        start = time.perf_counter()
        pdf = render_pdf(directory(styles, report, rows), report, info)
        elapsed = time.perf_counter() - start
        pages = len(pdfium.PdfDocument(pdf))
        print(f"directory {pages} pages, {label}: {elapsed:.2f} s (target 3 s for 100 pages)")


if __name__ == "__main__":
    main()
