"""ทำเนียบเครือข่าย: the partners by level, then sector, with their addresses and contacts.

A4 portrait report pages (running footer, "หน้า n/N"). After the title, a small table of
partners per level; then one heading per level and a table per sector: ลำดับ | ภาคีเครือข่าย
(name, short name, pillar) | ที่อยู่และการติดต่อ | ผู้ประสานงาน (each contact person with
position, phone, LINE, e-mail). The header row repeats on every page a table runs over.
"""

from __future__ import annotations

from collections.abc import Sequence

from reportlab.platypus import Flowable

from lao_desktop.documents.content.directory import (
    DirectoryContact,
    DirectoryContent,
    DirectoryPartner,
)
from lao_desktop.documents.kinds.report_blocks import (
    Cell,
    bold_cell,
    cell,
    lines_cell,
    render_report,
    report_table,
    section,
    title_block,
)
from lao_desktop.documents.make import LayoutSetup, Progress
from lao_desktop.documents.render import Progress as RenderProgress
from lao_desktop.documents.text import Span, Styles, ThaiParagraph, text_width

__all__ = [
    "HEADER",
    "WIDTHS",
    "build_pdf",
    "column_widths",
    "contact_lines",
    "partner_cells",
    "reach_lines",
    "story",
]

HEADER = ("ลำดับ", "ภาคีเครือข่าย", "ที่อยู่และการติดต่อ", "ผู้ประสานงาน")
WIDTHS = (1.3, 4.5, 4.9, 5.3)
ALIGN = ("center", "left", "left", "left")


def reach_lines(partner: DirectoryPartner) -> list[str]:
    lines = [partner.address] if partner.address else []
    if partner.phone:
        lines.append(f"โทร. {partner.phone}")
    if partner.email:
        lines.append(f"อีเมล {partner.email}")
    if partner.line_id:
        lines.append(f"LINE {partner.line_id}")
    if partner.website:
        lines.append(partner.website)
    return lines


def contact_lines(person: DirectoryContact) -> list[str]:
    details = [person.position] if person.position else []
    if person.phone:
        details.append(f"โทร. {person.phone}")
    if person.line_id:
        details.append(f"LINE {person.line_id}")
    if person.email:
        details.append(person.email)
    return details


def _contacts(styles: Styles, contacts: Sequence[DirectoryContact]) -> Cell:
    if not contacts:
        return cell(styles, "-")
    spans: list[Span] = []
    for i, person in enumerate(contacts):
        spans.append(Span(("\n" if i else "") + person.name, bold=True))
        details = contact_lines(person)
        if details:
            spans.append(Span("\n" + "\n".join(details)))
    return ThaiParagraph(spans, styles.table)


def partner_cells(styles: Styles, partner: DirectoryPartner) -> list[Cell]:
    """The four cells of one partner's row."""
    about = [f"({partner.short_name})"] if partner.short_name else []
    if partner.pillar:
        about.append(f"เสาหลัก: {partner.pillar}")
    reach = reach_lines(partner)
    return [
        cell(styles, partner.number, "center"),
        lines_cell(styles, partner.name, about),
        lines_cell(styles, reach[0], reach[1:], bold_first=False) if reach else cell(styles, "-"),
        _contacts(styles, partner.contacts),
    ]


def _summary(styles: Styles, content: DirectoryContent, width: float) -> Flowable:
    rows = [
        [cell(styles, level.level), cell(styles, level.count, "right")] for level in content.levels
    ]
    return report_table(
        styles,
        width * 0.6,
        ("ระดับ", "จำนวน"),
        rows,
        (3.0, 1.6),
        align=("left", "right"),
        totals=[("รวมทั้งสิ้น", content.total_text.removeprefix("รวม ").strip())],
    )


def column_widths(styles: Styles, width: float, content: DirectoryContent) -> list[float]:
    """WIDTHS in points, the number column wide enough for the last number (๒๐,๐๐๐)."""
    numbers = [p.number for lv in content.levels for s in lv.sectors for p in s.partners[-1:]]
    widest = max((text_width(n, styles.table) for n in numbers), default=0.0) + 2 * 3 + 2
    total = sum(WIDTHS)
    first = max(width * WIDTHS[0] / total, widest)
    rest = sum(WIDTHS[1:])
    return [first, *((width - first) * w / rest for w in WIDTHS[1:])]


def story(
    content: DirectoryContent, styles: Styles, width: float, progress: RenderProgress
) -> list[Flowable]:
    parts: list[Flowable] = title_block(styles, content.title, (content.as_of, content.total_text))
    if not content.levels:
        parts.append(bold_cell(styles, "- ยังไม่มีภาคีเครือข่าย -", "center"))
        return parts
    parts.extend(section(styles, "จำนวนภาคีเครือข่ายจำแนกตามระดับ"))
    parts.append(_summary(styles, content, width))
    widths = column_widths(styles, width, content)
    done = 0
    for level in content.levels:
        parts.extend(section(styles, f"{level.level} ({level.count})", size=18, room=7))
        for sector in level.sectors:
            parts.extend(section(styles, sector.sector))
            rows = [partner_cells(styles, p) for p in sector.partners]
            parts.append(report_table(styles, width, HEADER, rows, widths, align=ALIGN))
            done += len(sector.partners)
            progress(done, max(content.total, 1), level.level)
    return parts


def build_pdf(content: DirectoryContent, setup: LayoutSetup, progress: Progress | None) -> bytes:
    words = [p.address for lv in content.levels for s in lv.sectors for p in s.partners]
    return render_report(
        setup,
        progress,
        content.title,
        words,
        lambda styles, width, report: story(content, styles, width, report),
    )
