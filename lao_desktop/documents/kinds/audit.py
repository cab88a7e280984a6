"""รายงานร่องรอยการตรวจสอบการใช้งานระบบ: the audit report.

A4 landscape report pages: the title block, the filters used, one row per entry (newest
first): its number in the trail, the time, the user, the action, the kind of record, and
the summary with the changes (field: old → new) under it. At the end, the count and the
check of the whole trail at printing time: whether its chain verified and its latest hash,
in bold on a grey band, to keep with the printed copy and compare later.
"""

from __future__ import annotations

from reportlab.lib import colors
from reportlab.lib.units import cm
from reportlab.platypus import Flowable, KeepTogether, Table, TableStyle

from lao_desktop.documents.content.audit import AuditContent, AuditRow
from lao_desktop.documents.kinds.report_blocks import (
    Cell,
    cell,
    note,
    render_report,
    report_table,
    section,
    title_block,
)
from lao_desktop.documents.make import LayoutSetup, Progress
from lao_desktop.documents.render import Progress as RenderProgress
from lao_desktop.documents.text import Span, Styles, ThaiParagraph

__all__ = ["HEADER", "build_pdf", "story"]

HEADER = ("ลำดับที่", "วัน เวลา", "ผู้ใช้", "การดำเนินการ", "ประเภทข้อมูล", "รายละเอียด")
# cm on the 24.7 cm landscape frame
_WIDTHS = (1.7, 3.7, 2.4, 2.9, 2.9, 11.1)
_ALIGN = ("center", "left", "left", "left", "left", "left")
_BAND = colors.Color(0.89, 0.89, 0.89)


def _details(styles: Styles, row: AuditRow) -> Cell:
    if not row.changes:
        return cell(styles, row.summary or "-")
    lines = [f"• {line}" for line in row.changes]
    return ThaiParagraph(
        [Span(row.summary or "-", bold=True), Span("\n" + "\n".join(lines))], styles.table
    )


def _row(styles: Styles, row: AuditRow) -> list[Cell]:
    return [
        cell(styles, row.number, "center"),
        cell(styles, row.time),
        cell(styles, row.user),
        cell(styles, row.action),
        cell(styles, row.record),
        _details(styles, row),
    ]


def _check_block(content: AuditContent, styles: Styles, width: float) -> Flowable:
    """The chain's check and the latest hash, on a band that stays on one page."""
    plain = styles.plain
    result = "ถูกต้องครบถ้วน" if content.verified else "พบความผิดปกติ"
    lines = [
        ThaiParagraph(
            [Span("ผลการตรวจสอบห่วงโซ่ของบันทึก: ", bold=True), Span(result, bold=True)], plain
        ),
        ThaiParagraph(content.verification, plain),
        ThaiParagraph(
            f"จำนวนรายการในบันทึกทั้งหมด {content.trail_entries} รายการ "
            f"รายการล่าสุดคือ{content.head_entry}",
            plain,
        ),
        ThaiParagraph("ค่าแฮชล่าสุดของบันทึกทั้งหมด (SHA-256):", plain.with_(bold=True)),
        # Arabic digits whatever the office prints: the hash is compared character by character.
        ThaiParagraph(content.head_hash, plain.with_(bold=True, thai_digits=False)),
        ThaiParagraph(
            "เก็บรายงานฉบับนี้ไว้เพื่อเทียบภายหลังด้วยคำสั่ง “lao-desktop audit verify --head "
            "ค่าแฮช” หากไม่พบค่านี้ในบันทึก แสดงว่ามีการตัดหรือแก้ไขรายการหลังเวลาที่พิมพ์รายงานนี้",
            plain,
        ),
    ]
    table = Table([[line] for line in lines], colWidths=[width])
    table.setStyle(
        TableStyle(
            [
                ("BACKGROUND", (0, 0), (-1, -1), _BAND),
                ("BOX", (0, 0), (-1, -1), 0.8, colors.black),
                ("LEFTPADDING", (0, 0), (-1, -1), 0.3 * cm),
                ("TOPPADDING", (0, 0), (-1, -1), 1),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 1),
            ]
        )
    )
    return KeepTogether([table])


def story(
    content: AuditContent, styles: Styles, width: float, progress: RenderProgress
) -> list[Flowable]:
    parts: list[Flowable] = title_block(styles, content.title, (content.as_of,))
    progress(0, 2, content.title)
    parts.extend(section(styles, "เงื่อนไขการเลือกรายการ"))
    parts.extend(note(styles, line, indent=0.5 * cm) for line in content.filters)
    parts.extend(section(styles, f"รายการบันทึก (ใหม่ไปเก่า) จำนวน {content.count} รายการ"))
    if content.truncated:
        parts.append(note(styles, content.truncated))
    if content.rows:
        rows = [_row(styles, r) for r in content.rows]
        parts.append(report_table(styles, width, HEADER, rows, _WIDTHS, align=_ALIGN))
    else:
        parts.append(note(styles, "- ไม่มีรายการที่ตรงกับเงื่อนไข -"))
    progress(1, 2, content.title)
    parts.extend(section(styles, "การตรวจสอบความครบถ้วนของบันทึก ณ เวลาที่พิมพ์", room=7))
    parts.append(_check_block(content, styles, width))
    return parts


def build_pdf(content: AuditContent, setup: LayoutSetup, progress: Progress | None) -> bytes:
    return render_report(
        setup,
        progress,
        content.title,
        [],
        lambda styles, width, report: story(content, styles, width, report),
        landscape=True,
    )
