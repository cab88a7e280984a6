"""รายงานผลการดำเนินงานเครือข่ายความร่วมมือ ประจำปีงบประมาณ: the annual network report.

The evidence an office shows for the LPA assessment, ITA and the KPI award. A4 portrait
report pages: the title block; 1. the year in figures; 2. partners by level, sector and
pillar (bar charts); 3. resource exchange value by month (columns) and by kind (bars);
4. meetings held and their resolutions by status; 5–9. networks, committees, agreements
signed in the year, joint plans and activities as tables; then the executive certifies
the report (signature block in the right half).
"""

from __future__ import annotations

from collections.abc import Sequence

from reportlab.platypus import Flowable, KeepTogether, Spacer

from lao_desktop.documents.blocks import signature_block
from lao_desktop.documents.content.annual import AnnualContent, Table
from lao_desktop.documents.kinds.charts import BarChart, ColumnChart
from lao_desktop.documents.kinds.report_blocks import (
    NOTHING,
    cell,
    note,
    render_report,
    report_table,
    section,
    title_block,
)
from lao_desktop.documents.make import LayoutSetup, Progress
from lao_desktop.documents.render import Progress as RenderProgress
from lao_desktop.documents.text import Styles, ThaiParagraph

__all__ = ["CERTIFY", "build_pdf", "story"]

CERTIFY = "ขอรับรองว่าข้อมูลในรายงานนี้ถูกต้องตามความเป็นจริง"
# Relative width and alignment of the columns of the content's tables, by header.
_COLUMNS: dict[str, tuple[float, str]] = {
    "ลำดับ": (1.1, "center"),
    "ชื่อเครือข่าย": (6.0, "left"),
    "ระดับ": (2.0, "left"),
    "เสาหลัก": (4.2, "left"),
    "สมาชิก": (1.5, "right"),
    "คณะกรรมการ": (7.0, "left"),
    "คำสั่งแต่งตั้ง": (4.6, "left"),
    "กรรมการ": (1.6, "right"),
    "วันที่": (2.3, "left"),
    "ครั้งที่": (1.6, "center"),
    "การประชุม": (8.0, "left"),
    "มติ": (1.1, "right"),
    "ข้อตกลง": (7.0, "left"),
    "ลงนาม": (2.3, "left"),
    "สิ้นสุด": (2.3, "left"),
    "สถานะ": (2.8, "left"),
    "แผนงาน/โครงการ": (8.0, "left"),
    "งบประมาณ (บาท)": (3.0, "right"),
    "กิจกรรม": (6.6, "left"),
    "ประเภท": (3.0, "left"),
    "ผู้เข้าร่วม": (1.8, "right"),
}
_DEFAULT_COLUMN = (3.0, "left")


def _table(styles: Styles, width: float, table: Table) -> Flowable:
    if not table.rows:
        return note(styles, NOTHING, indent=styles.plain.font_size)
    columns = [_COLUMNS.get(h, _DEFAULT_COLUMN) for h in table.headers]
    align = [a for _, a in columns]
    rows = [
        [cell(styles, text, align[i]) for i, text in enumerate(line.cells)] for line in table.rows
    ]
    widths = [w for w, _ in columns]
    return report_table(styles, width, table.headers, rows, widths, align=align)


def _highlights(styles: Styles, width: float, content: AnnualContent) -> Flowable:
    rows = [
        [cell(styles, what), cell(styles, count, "right")] for what, count in content.highlights
    ]
    return report_table(
        styles, width * 0.7, ("รายการ", "จำนวน"), rows, (5.0, 2.0), align=("left", "right")
    )


def _numbered_tables(styles: Styles, width: float, content: AnnualContent) -> list[Flowable]:
    parts: list[Flowable] = []
    tables: Sequence[Table] = (
        content.networks,
        content.committees,
        content.agreements,
        content.plans,
        content.activities,
    )
    for number, table in enumerate(tables, start=5):
        parts.extend(section(styles, f"{number}. {table.title}"))
        parts.append(_table(styles, width, table))
    return parts


def story(
    content: AnnualContent,
    styles: Styles,
    width: float,
    executive: tuple[str, str],
    progress: RenderProgress,
) -> list[Flowable]:
    parts: list[Flowable] = title_block(styles, content.title, (content.period, content.as_of))
    progress(0, 4, content.title)
    parts.extend(section(styles, "1. ผลการดำเนินงานโดยสรุป"))
    parts.append(_highlights(styles, width, content))

    parts.extend(section(styles, "2. ภาคีเครือข่าย", room=8))
    for series in (
        content.partners_by_level,
        content.partners_by_sector,
        content.partners_by_pillar,
    ):
        parts.append(BarChart(series, styles, width))
        parts.append(Spacer(1, styles.plain.leading * 0.5))
    progress(1, 4, content.title)

    parts.extend(section(styles, "3. การแลกเปลี่ยนทรัพยากร", room=14))
    parts.append(ColumnChart(content.exchange_by_month, styles, width))
    parts.append(Spacer(1, styles.plain.leading * 0.5))
    parts.append(BarChart(content.exchange_by_kind, styles, width))

    parts.extend(section(styles, f"4. {content.meetings.title}และมติที่ประชุม"))
    parts.append(_table(styles, width, content.meetings))
    parts.append(Spacer(1, styles.plain.leading * 0.5))
    parts.append(BarChart(content.resolutions, styles, width))
    progress(2, 4, content.title)

    parts.extend(_numbered_tables(styles, width, content))
    progress(3, 4, content.title)

    name, position = executive
    if name:
        parts.append(Spacer(1, styles.plain.leading))
        certify = ThaiParagraph(CERTIFY, styles.body.with_(space_after=styles.plain.leading))
        parts.append(KeepTogether([certify, signature_block(styles, name, [position])]))
    return parts


def build_pdf(content: AnnualContent, setup: LayoutSetup, progress: Progress | None) -> bytes:
    words = [
        c for t in (content.networks, content.committees) for line in t.rows for c in line.cells
    ]
    executive = (setup.office.executive.name, setup.office.executive.position)
    return render_report(
        setup,
        progress,
        content.title,
        words,
        lambda styles, width, report: story(content, styles, width, executive, report),
    )
