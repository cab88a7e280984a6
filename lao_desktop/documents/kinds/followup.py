"""รายงานการติดตามผลการดำเนินงานตามมติที่ประชุม: resolutions not yet done.

A4 landscape report pages: the title block, how many resolutions are open and how many are
overdue, then one row per resolution (overdue ones first, most overdue first): the meeting
and its date, มติที่ n with its text, the partners responsible, the due date with the days
overdue, the status and the latest follow-up report. Overdue rows are on a grey band with
the days in bold.
"""

from __future__ import annotations

from reportlab.platypus import Flowable

from lao_desktop.documents.content.followup import FollowUpContent, FollowUpRow
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
from lao_desktop.documents.text import Span, Styles, ThaiParagraph

__all__ = ["HEADER", "build_pdf", "story"]

HEADER = (
    "ที่",
    "การประชุม",
    "มติที่ประชุม",
    "ผู้รับผิดชอบ",
    "กำหนดแล้วเสร็จ",
    "สถานะ",
    "ความคืบหน้าล่าสุด",
)
# cm on the 24.7 cm landscape frame; the meeting column holds the office's name whole.
_WIDTHS = (1.0, 4.9, 5.65, 3.8, 3.35, 2.1, 3.9)
_ALIGN = ("center", "left", "left", "left", "left", "left", "left")


def _due(styles: Styles, row: FollowUpRow) -> Cell:
    if not row.due:
        return cell(styles, "ไม่กำหนด")
    if not row.overdue_text:
        return cell(styles, row.due)
    return ThaiParagraph([Span(row.due), Span("\n" + row.overdue_text, bold=True)], styles.table)


def _row(styles: Styles, row: FollowUpRow) -> list[Cell]:
    return [
        cell(styles, row.number, "center"),
        lines_cell(styles, row.meeting, [row.meeting_date], bold_first=False),
        ThaiParagraph([Span(row.resolution, bold=True), Span(" " + row.text)], styles.table),
        cell(styles, "\n".join(row.responsible) or "-"),
        _due(styles, row),
        cell(styles, row.status),
        cell(styles, row.latest or "-"),
    ]


def story(
    content: FollowUpContent, styles: Styles, width: float, progress: RenderProgress
) -> list[Flowable]:
    parts: list[Flowable] = title_block(styles, content.title, (content.as_of,))
    progress(0, 2, content.title)
    parts.append(
        note(
            styles,
            f"มติที่ประชุมที่ยังไม่แล้วเสร็จ {content.open_count} เรื่อง "
            f"เกินกำหนดแล้ว {content.overdue_count} เรื่อง (แถวพื้นสีเทา)",
        )
    )
    parts.extend(section(styles, "รายการมติที่ต้องติดตาม"))
    if not content.rows:
        parts.append(note(styles, "- ไม่มีมติที่ค้างดำเนินการ -"))
        return parts
    rows = [_row(styles, r) for r in content.rows]
    marked = [i for i, r in enumerate(content.rows) if r.overdue_days]
    parts.append(report_table(styles, width, HEADER, rows, _WIDTHS, align=_ALIGN, marked=marked))
    progress(1, 2, content.title)
    return parts


def build_pdf(content: FollowUpContent, setup: LayoutSetup, progress: Progress | None) -> bytes:
    words = [n for r in content.rows for n in (r.meeting, *r.responsible)]
    return render_report(
        setup,
        progress,
        content.title,
        words,
        lambda styles, width, report: story(content, styles, width, report),
        landscape=True,
    )
