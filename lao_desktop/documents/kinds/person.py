"""รายงานข้อมูลส่วนบุคคลของเจ้าของข้อมูล: a data subject's own data, on A4 portrait report pages.

The title block (office, the Act, "ข้อมูล ณ วันที่ …"), then three numbered parts: 1. the fields
held about the person (a two-column table: what, value), 2. the records of other registers
that hold them (kind, record, how found, what an erasure keeps), 3. the audit trail about
them (when, who, what was done); the notes on what is kept and why, and the line for the
official who prepared it.

``person_pdf(services, report, today)`` prints a report already gathered (the one written as
JSON too), without gathering (and auditing) it a second time.
"""

from __future__ import annotations

from datetime import date

from reportlab.platypus import Flowable, KeepTogether, Spacer

from lao_desktop.documents.content.base import office_info
from lao_desktop.documents.content.person import AuditRow, PersonContent, RecordRow, person_content
from lao_desktop.documents.kinds.report_blocks import (
    NOTHING,
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
from lao_desktop.documents.text import Styles, ThaiParagraph
from lao_desktop.i18n import _
from lao_desktop.services.personal_report import PersonReport
from lao_desktop.services.registry import Services

__all__ = ["build_pdf", "person_pdf", "story"]

_FIELD_WIDTHS = (5.0, 11.0)  # cm of the 16 cm portrait frame
_RECORD_HEADER = ("ที่", "ทะเบียน", "รายการ", "ที่มา", "เมื่อมีการลบข้อมูล")
_RECORD_WIDTHS = (1.0, 3.4, 6.3, 2.6, 2.7)
_AUDIT_HEADER = ("ที่", "วันเวลา", "ผู้ใช้", "การดำเนินการ", "รายละเอียด")
_AUDIT_WIDTHS = (1.0, 3.3, 2.2, 2.9, 6.6)


def _record(styles: Styles, row: RecordRow) -> list[Cell]:
    return [
        cell(styles, row.number, "center"),
        cell(styles, row.kind),
        cell(styles, row.summary),
        cell(styles, row.found_by),
        cell(styles, row.on_erasure),
    ]


def _audit(styles: Styles, row: AuditRow) -> list[Cell]:
    return [
        cell(styles, row.number, "center"),
        cell(styles, row.when),
        cell(styles, row.user),
        cell(styles, row.action),
        cell(styles, row.what),
    ]


def _scaled(widths: tuple[float, ...], width: float) -> list[float]:
    total = sum(widths)
    return [w / total * width for w in widths]


def story(
    content: PersonContent, styles: Styles, width: float, progress: RenderProgress
) -> list[Flowable]:
    parts: list[Flowable] = title_block(styles, content.title, content.lines)
    progress(0, 3, content.title)
    parts.append(note(styles, f"เจ้าของข้อมูล: {content.name}   ภาคีที่สังกัด: {content.partner}"))

    parts.extend(section(styles, "๑. ข้อมูลส่วนบุคคลที่หน่วยงานเก็บรักษา"))
    rows = [
        [cell(styles, label, bold=True), cell(styles, value)] for label, value in content.fields
    ]
    widths = _scaled(_FIELD_WIDTHS, width)
    parts.append(report_table(styles, width, ("รายการ", "ข้อมูล"), rows, widths))
    progress(1, 3, content.title)

    parts.extend(section(styles, "๒. รายการในทะเบียนอื่นที่มีข้อมูลของเจ้าของข้อมูล"))
    if content.records:
        records = [_record(styles, r) for r in content.records]
        widths = _scaled(_RECORD_WIDTHS, width)
        parts.append(report_table(styles, width, _RECORD_HEADER, records, widths))
    else:
        parts.append(note(styles, NOTHING))
    progress(2, 3, content.title)

    parts.extend(section(styles, "๓. ประวัติการบันทึก การเข้าถึง และการส่งออกข้อมูล"))
    if content.audit:
        lines = [_audit(styles, a) for a in content.audit]
        widths = _scaled(_AUDIT_WIDTHS, width)
        parts.append(report_table(styles, width, _AUDIT_HEADER, lines, widths))
    else:
        parts.append(note(styles, NOTHING))

    parts.extend(section(styles, "หมายเหตุ", room=6))
    parts.extend(ThaiParagraph(text, styles.body) for text in content.notes)
    signature = styles.plain.with_(align="center", left_indent=width * 0.45)
    parts.append(
        KeepTogether(
            [
                Spacer(1, styles.plain.leading * 1.5),
                ThaiParagraph("ลงชื่อ ........................................ ผู้จัดทำ", signature),
                ThaiParagraph(f"({content.made_by})", signature),
                ThaiParagraph("ตำแหน่ง ........................................", signature),
            ]
        )
    )
    return parts


def build_pdf(content: PersonContent, setup: LayoutSetup, progress: Progress | None) -> bytes:
    words = [content.name, content.partner, *(r.summary for r in content.records)]
    return render_report(
        setup,
        progress,
        content.title,
        words,
        lambda styles, width, report: story(content, styles, width, report),
    )


def person_pdf(
    services: Services, report: PersonReport, today: date, progress: Progress | None = None
) -> bytes:
    """The PDF of a report already gathered by ``export_person``."""
    office = office_info(services)
    setup = LayoutSetup(
        kind="person",
        title=_("Personal data of one person (a data subject request)"),
        office=office,
        font=services.settings.document_font(),
        thai_digits=office.thai_digits,
        today=today,
    )
    return build_pdf(person_content(report, office, today), setup, progress)
