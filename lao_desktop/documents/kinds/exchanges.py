"""ทะเบียนการแลกเปลี่ยนทรัพยากร: the ledger of a fiscal year and its summaries.

A4 landscape report pages. The ledger (every exchange by date; cancelled ones listed in grey
and counted in no total) with its total row and the total in words; then the summaries by
kind and by month with totals, a line chart of the value by month, and the summary by
partner (given, received, both), largest first.
"""

from __future__ import annotations

from reportlab.lib import colors
from reportlab.platypus import Flowable

from lao_desktop.documents.content.annual import Point, Series
from lao_desktop.documents.content.exchanges import ExchangesContent, LedgerRow, SummaryRow
from lao_desktop.documents.kinds.charts import BarChart, ColumnChart
from lao_desktop.documents.kinds.report_blocks import (
    Cell,
    cell,
    note,
    render_report,
    report_table,
    section,
    side_by_side,
    title_block,
)
from lao_desktop.documents.make import LayoutSetup, Progress
from lao_desktop.documents.render import Progress as RenderProgress
from lao_desktop.documents.text import Styles, ThaiParagraph

__all__ = ["LEDGER_HEADER", "build_pdf", "story"]

LEDGER_HEADER = (
    "ที่",
    "วันที่",
    "ผู้ให้",
    "ผู้รับ",
    "ประเภท",
    "รายการ",
    "จำนวน",
    "มูลค่า (บาท)",
    "สถานะ",
)
# In cm on the 24.7 cm landscape frame: a party column holds the office's name on one line
# (it is one word to the line breaker), the value column 12,345,678.00 in bold.
_LEDGER_WIDTHS = (1.25, 2.35, 4.95, 4.95, 1.8, 3.3, 1.45, 2.75, 1.95)
_LEDGER_ALIGN = ("center", "left", "left", "left", "left", "left", "right", "right", "left")
_CANCELLED = colors.Color(0.45, 0.45, 0.45)


def _ledger_row(styles: Styles, row: LedgerRow) -> list[Cell]:
    style = styles.table if row.counted else styles.table.with_(color=_CANCELLED)
    texts = (
        row.number,
        row.date,
        row.giver,
        row.receiver,
        row.kind,
        row.description,
        row.quantity,
        row.value,
        row.status if row.counted else f"{row.status} (ไม่นับรวม)",
    )
    return [
        ThaiParagraph(text, style.with_(align=_LEDGER_ALIGN[i])) for i, text in enumerate(texts)
    ]


def _summary(
    styles: Styles,
    width: float,
    first: str,
    rows: tuple[SummaryRow, ...],
    content: ExchangesContent,
) -> Flowable:
    body = [
        [cell(styles, r.label), cell(styles, r.count, "right"), cell(styles, r.value, "right")]
        for r in rows
    ]
    return report_table(
        styles,
        width,
        (first, "จำนวน (รายการ)", "มูลค่า (บาท)"),
        body,
        (4.0, 2.0, 2.6),
        align=("left", "right", "right"),
        totals=[("รวม", content.count, content.total)],
    )


def _kind_series(content: ExchangesContent) -> Series:
    points = tuple(Point(r.label, float(r.value_baht), r.value) for r in content.by_kind)
    return Series("มูลค่าการแลกเปลี่ยนทรัพยากรตามประเภท", "บาท", points)


def _month_series(content: ExchangesContent) -> Series:
    points = tuple(Point(r.label, float(r.value_baht), r.value) for r in content.by_month)
    return Series("มูลค่าการแลกเปลี่ยนทรัพยากรรายเดือน", "บาท", points)


def story(
    content: ExchangesContent, styles: Styles, width: float, progress: RenderProgress
) -> list[Flowable]:
    parts: list[Flowable] = title_block(styles, content.title, (content.period, content.as_of))
    progress(0, 4, content.title)
    parts.extend(section(styles, "1. ทะเบียนการแลกเปลี่ยนทรัพยากร"))
    if content.rows:
        rows = [_ledger_row(styles, r) for r in content.rows]
        total = ("", "", "รวมทั้งสิ้น", "", "", f"{content.count} รายการ", "", content.total, "")
        parts.append(
            report_table(
                styles,
                width,
                LEDGER_HEADER,
                rows,
                _LEDGER_WIDTHS,
                align=_LEDGER_ALIGN,
                totals=[total],
            )
        )
        parts.append(note(styles, f"มูลค่ารวมทั้งสิ้น {content.total} บาท {content.total_words}"))
    else:
        parts.append(note(styles, "- ไม่มีการแลกเปลี่ยนทรัพยากรในปีงบประมาณนี้ -"))
    progress(1, 4, content.title)
    parts.extend(section(styles, "2. สรุปการแลกเปลี่ยนทรัพยากรจำแนกตามประเภท"))
    table = _summary(styles, width * 0.45, "ประเภท", content.by_kind, content)
    parts.append(side_by_side(table, BarChart(_kind_series(content), styles, width), width, 0.45))
    parts.extend(section(styles, "3. สรุปการแลกเปลี่ยนทรัพยากรจำแนกตามเดือน", room=14))
    table = _summary(styles, width * 0.45, "เดือน", content.by_month, content)
    chart = ColumnChart(_month_series(content), styles, width * 0.52, line=True, values=False)
    parts.append(side_by_side(table, chart, width, 0.45))
    progress(2, 4, content.title)
    parts.extend(section(styles, "4. สรุปการแลกเปลี่ยนทรัพยากรจำแนกตามภาคีเครือข่าย"))
    partners = [
        [
            cell(styles, f"{n}"),
            cell(styles, r.name),
            cell(styles, r.given, "right"),
            cell(styles, r.received, "right"),
            cell(styles, r.total, "right"),
        ]
        for n, r in enumerate(content.by_partner, start=1)
    ]
    if partners:
        parts.append(
            report_table(
                styles,
                width,
                ("ลำดับ", "ภาคีเครือข่าย", "ให้ (บาท)", "รับ (บาท)", "รวม (บาท)"),
                partners,
                (1.1, 9.0, 3.0, 3.0, 3.0),
                align=("center", "left", "right", "right", "right"),
            )
        )
    else:
        parts.append(note(styles, "- ไม่มี -"))
    progress(3, 4, content.title)
    return parts


def build_pdf(content: ExchangesContent, setup: LayoutSetup, progress: Progress | None) -> bytes:
    words = {n for r in content.rows for n in (r.giver, r.receiver)}
    return render_report(
        setup,
        progress,
        content.title,
        words,
        lambda styles, width, report: story(content, styles, width, report),
        landscape=True,
    )
