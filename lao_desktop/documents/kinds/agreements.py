"""ทะเบียนบันทึกข้อตกลงความร่วมมือ: every agreement with its parties, dates and expiry.

A4 landscape report pages: the title block, a count per status (and how many in force
expire within 90 days), then the register, agreements in force that expire soonest first.
Rows in force that expire within 90 days, or are past their end date, are on a grey band
with the days in bold, so they show on a black-and-white print.
"""

from __future__ import annotations

from reportlab.platypus import Flowable

from lao_desktop.documents.content.agreements import EXPIRING_DAYS, AgreementRow, AgreementsContent
from lao_desktop.documents.kinds.report_blocks import (
    Cell,
    cell,
    lines_cell,
    note,
    render_report,
    report_table,
    section,
    title_block,
)
from lao_desktop.documents.make import LayoutSetup, Progress
from lao_desktop.documents.render import Progress as RenderProgress
from lao_desktop.documents.text import Styles
from lao_desktop.thai.digits import to_arabic_digits

__all__ = ["HEADER", "build_pdf", "story"]

HEADER = (
    "ที่",
    "เลขที่",
    "ชื่อข้อตกลง",
    "คู่ภาคี",
    "ลงนาม",
    "มีผล",
    "สิ้นสุด",
    "สถานะ",
    "ระยะเวลาคงเหลือ",
)
_WIDTHS = (1.0, 1.9, 4.8, 4.9, 2.4, 2.4, 2.4, 2.0, 2.9)
_ALIGN = ("center", "center", "left", "left", "left", "left", "left", "left", "right")


def _needs_attention(row: AgreementRow) -> bool:
    return row.expiring_soon or (
        row.days_left is not None and row.days_left < 0 and bool(row.days_text)
    )


def _row(styles: Styles, row: AgreementRow) -> list[Cell]:
    parties = "\n".join(p for p in row.parties if p) or "-"
    return [
        cell(styles, row.number, "center"),
        cell(styles, row.reference or "-", "center"),
        lines_cell(styles, row.title, [f"({row.kind})"] if row.kind else []),
        cell(styles, parties),
        cell(styles, row.signed or "-"),
        cell(styles, row.effective or "-"),
        cell(styles, row.expires or "ไม่กำหนด"),
        cell(styles, row.status),
        cell(styles, row.days_text or "-", "right", bold=_needs_attention(row)),
    ]


def story(
    content: AgreementsContent, styles: Styles, width: float, progress: RenderProgress
) -> list[Flowable]:
    parts: list[Flowable] = title_block(styles, content.title, (content.as_of,))
    progress(0, 2, content.title)
    parts.extend(section(styles, "สรุปจำนวนข้อตกลงจำแนกตามสถานะ"))
    total = sum(int(to_arabic_digits(count).replace(",", "")) for _, count in content.counts)
    counts = [
        [cell(styles, status), cell(styles, count, "right")] for status, count in content.counts
    ]
    parts.append(
        report_table(
            styles,
            width * 0.4,
            ("สถานะ", "จำนวน (ฉบับ)"),
            counts,
            (3.0, 1.6),
            align=("left", "right"),
            totals=[("รวม", f"{total}")],
        )
    )
    expiring = (
        f"ข้อตกลงที่มีผลใช้บังคับและจะสิ้นสุดภายใน {EXPIRING_DAYS} วัน จำนวน {content.expiring_count} ฉบับ"
    )
    parts.append(note(styles, expiring))
    parts.append(note(styles, "แถวพื้นสีเทา คือ ข้อตกลงที่ใกล้สิ้นสุดหรือเลยวันสิ้นสุดแล้ว"))
    parts.extend(section(styles, "ทะเบียนข้อตกลง"))
    if not content.rows:
        parts.append(note(styles, "- ยังไม่มีข้อตกลง -"))
        return parts
    rows = [_row(styles, r) for r in content.rows]
    marked = [i for i, r in enumerate(content.rows) if _needs_attention(r)]
    parts.append(report_table(styles, width, HEADER, rows, _WIDTHS, align=_ALIGN, marked=marked))
    progress(1, 2, content.title)
    return parts


def build_pdf(content: AgreementsContent, setup: LayoutSetup, progress: Progress | None) -> bytes:
    words = [n for r in content.rows for n in r.parties]
    return render_report(
        setup,
        progress,
        content.title,
        words,
        lambda styles, width, report: story(content, styles, width, report),
        landscape=True,
    )
