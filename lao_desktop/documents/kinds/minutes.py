"""รายงานการประชุม in the correspondence regulation's format.

Centred title (รายงานการประชุม…, ครั้งที่, เมื่อ…, ณ…) and a short rule; ผู้มาประชุม,
ผู้ไม่มาประชุม, ผู้เข้าร่วมประชุม as borderless numbered lists with positions; เริ่มประชุมเวลา
and the opening; each ระเบียบวาระ with its details and มติที่ประชุม (the follow-up of earlier
resolutions as a table under เรื่องสืบเนื่อง); เลิกประชุมเวลา; the minute-taker and the checker
sign in the right half. No emblem (minutes are not written on ครุฑ paper); "- ๒ -" from page 2.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Final

from reportlab.lib.units import cm
from reportlab.platypus import Flowable, KeepTogether, Spacer, TableStyle

from lao_desktop.documents.blocks import DottedLine, bare_table, signature_block, thai_table
from lao_desktop.documents.content.base import Person
from lao_desktop.documents.content.minutes import (
    Attendee,
    FollowUpLine,
    MinutesContent,
    MinutesItem,
    Resolution,
)
from lao_desktop.documents.kinds.common import official_page, render, styles_for
from lao_desktop.documents.make import LayoutSetup, Progress
from lao_desktop.documents.text import (
    BODY_INDENT,
    Span,
    Styles,
    TextStyle,
    ThaiParagraph,
    text_width,
)
from lao_desktop.models.enums import AgendaKind

__all__ = ["build_pdf", "minutes_story"]

PRESENT: Final = "ผู้มาประชุม"
ABSENT: Final = "ผู้ไม่มาประชุม"
INVITED: Final = "ผู้เข้าร่วมประชุม"
OPENED: Final = "เริ่มประชุมเวลา"
CLOSED: Final = "เลิกประชุมเวลา"
RESOLVED: Final = "มติที่ประชุม"
NOTED: Final = "ที่ประชุมรับทราบ"
NONE: Final = "- ไม่มี -"
VOTES: Final = "คะแนนเสียง"
RESPONSIBLE: Final = "ผู้รับผิดชอบ"
DUE: Final = "กำหนดแล้วเสร็จ"
FOLLOW_UP_HEADER: Final = ("การประชุม / มติ", "เรื่อง", "ผู้รับผิดชอบ", "ผลการดำเนินงาน")
UNNAMED_DOTS: Final = "." * 40  # a name to write by hand
LIST_INDENT: Final = 1.0 * cm  # the attendance lists, under their heading
_LIST_GAP: Final = 4.0  # between the columns of the lists (no grid)


class _Rule(Flowable):  # type: ignore[misc]  # ReportLab is untyped
    """A short centred line under the title block."""

    def __init__(self, length: float, gap: float) -> None:
        super().__init__()
        self.length = length
        self.gap = gap

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        self.width = availWidth
        self.height = self.gap * 2
        return availWidth, self.height

    def draw(self) -> None:
        left = (self.width - self.length) / 2
        self.canv.saveState()
        self.canv.setLineWidth(0.6)
        self.canv.line(left, self.gap, left + self.length, self.gap)
        self.canv.restoreState()


def _attendance(
    styles: Styles, width: float, heading: str, people: Sequence[Attendee]
) -> list[Flowable]:
    if not people:
        return []
    plain = styles.plain
    with_notes = any(p.note for p in people)
    inner = width - LIST_INDENT
    # number | name | position [| note]: the name column fits a full Thai name at 16 pt.
    shares = (1.1 * cm, 5.6 * cm) if inner > 10 * cm else (inner * 0.1, inner * 0.4)
    rest = inner - sum(shares)
    widths = [LIST_INDENT, *shares, *((rest * 0.45, rest * 0.55) if with_notes else (rest,))]
    rows = []
    for person in people:
        row: list[Flowable] = [
            Spacer(1, 1),
            ThaiParagraph(person.number, plain),
            ThaiParagraph(person.name, plain),
            ThaiParagraph(person.position, plain),
        ]
        if with_notes:
            row.append(ThaiParagraph(person.note, plain))
        rows.append(row)
    title = ThaiParagraph(heading, styles.body_bold.with_(space_before=6, keep_with_next=True))
    return [title, bare_table(rows, widths, right_padding=_LIST_GAP)]


def _labelled(label: str, value: str, style: TextStyle) -> ThaiParagraph:
    """A bold label then its value: "มติที่ประชุม  ที่ประชุมรับทราบ"."""
    spans = [Span(label, bold=True)]
    if value:
        spans.append(Span(f"  {value}"))
    return ThaiParagraph(spans, style)


def _resolution(styles: Styles, resolution: Resolution) -> list[Flowable]:
    """มติที่ n and its text, then the votes, who is responsible and the due date, each on
    a line of its own under the indent (a date or a count is never broken from its unit)."""
    parts: list[Flowable] = [
        ThaiParagraph(
            [Span(resolution.number, bold=True), Span(f"  {resolution.text}")],
            styles.body.with_(space_before=4),
        )
    ]
    details = []
    if resolution.votes:
        details.append(f"{VOTES}: {resolution.votes}")
    if resolution.responsible:
        details.append(f"{RESPONSIBLE}: {' '.join(resolution.responsible)}")
    if resolution.due:
        details.append(f"{DUE}: {resolution.due}")
    style = styles.plain.with_(left_indent=BODY_INDENT)
    parts.extend(ThaiParagraph(line, style) for line in details)
    return parts


def _bracketed(meeting: str) -> list[str]:
    """ "ครั้งที่ ๑/๒๕๖๙ (๒๔ มิ.ย. ๒๕๖๙)": the date in brackets on a line of its own."""
    _, bracket, rest = meeting.partition(" (")
    return [f"({rest}"] if bracket else []


def _follow_up_table(styles: Styles, width: float, lines: Sequence[FollowUpLine]) -> Flowable:
    rows = [
        [
            "\n".join([*line.meeting.split(" (", 1)[:1], *_bracketed(line.meeting), line.number]),
            line.text,
            "\n".join(line.responsible),
            "\n".join(filter(None, (line.status, line.progress))),
        ]
        for line in lines
    ]
    return thai_table(styles, width, FOLLOW_UP_HEADER, rows, (3.0, 5.8, 3.4, 4.2), zebra=False)


def _item(
    styles: Styles, width: float, item: MinutesItem, follow_up: Sequence[FollowUpLine]
) -> list[Flowable]:
    heading = f"{item.number}  {item.title}" if item.number else item.title
    story: list[Flowable] = [
        ThaiParagraph(heading, styles.body_bold.with_(space_before=8, keep_with_next=True))
    ]
    story.extend(ThaiParagraph(text, styles.body) for text in item.details)
    noted = item.noted
    if item.kind is AgendaKind.FOLLOW_UP:
        if follow_up:
            story.append(_follow_up_table(styles, width, follow_up))
            noted = noted or NOTED  # a report on earlier resolutions is taken note of
        elif not item.details:
            story.append(ThaiParagraph(NONE, styles.body))
    if item.resolutions:
        story.append(ThaiParagraph(RESOLVED, styles.body_bold.with_(keep_with_next=True)))
        for resolution in item.resolutions:
            story.append(KeepTogether(_resolution(styles, resolution)))
    elif noted:
        story.append(_labelled(RESOLVED, noted, styles.body))
    else:  # nothing recorded: a line for the secretary to write the resolution on
        story.append(_to_fill_in(styles, RESOLVED, width))
    return story


def _to_fill_in(styles: Styles, label: str, width: float) -> Flowable:
    """ "มติที่ประชุม ……………" indented like a body paragraph, with a dotted line to write on."""
    label_width = text_width(label, styles.body_bold) + 8
    cells = [[Spacer(1, 1), ThaiParagraph(label, styles.body_bold), DottedLine()]]
    table = bare_table(
        cells,
        [BODY_INDENT, label_width, width - BODY_INDENT - label_width],
        right_padding=_LIST_GAP,
    )
    table.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "BOTTOM")]))
    return table


def _signature(styles: Styles, person: Person) -> Flowable:
    # Nobody named: a dotted line in the brackets, to fill in by hand.
    return signature_block(styles, person.name or UNNAMED_DOTS, [person.position], sign_lines=2)


def minutes_story(content: MinutesContent, styles: Styles, width: float) -> list[Flowable]:
    """The flowables of the minutes (also used by tests and other layouts)."""
    title = styles.title
    story: list[Flowable] = [
        ThaiParagraph(content.title, title.with_(size=18)),
        ThaiParagraph(content.number, title),
        ThaiParagraph(f"เมื่อ{content.held_on}", title),
    ]
    if content.place:
        story.append(ThaiParagraph(f"ณ {content.place}", title))
    story.append(_Rule(4 * cm, 6))
    story += _attendance(styles, width, PRESENT, content.present)
    story += _attendance(styles, width, ABSENT, content.absent)
    story += _attendance(styles, width, INVITED, content.invited)
    story.append(_labelled(OPENED, content.opened_at, styles.plain.with_(space_before=8)))
    if content.opening:
        story.append(ThaiParagraph(content.opening, styles.body))
    for item in content.items:
        story += _item(styles, width, item, content.follow_up)
    closing: list[Flowable] = [
        _labelled(CLOSED, content.closed_at, styles.plain.with_(space_before=10, space_after=4)),
        _signature(styles, content.minute_taker),
        Spacer(1, 6),
        _signature(styles, content.checker),
    ]
    story.append(KeepTogether(closing))
    return story


def _people(content: MinutesContent) -> list[str]:
    people = [*content.present, *content.absent, *content.invited]
    return [p.name for p in people] + [content.minute_taker.name, content.checker.name]


def build_pdf(content: MinutesContent, setup: LayoutSetup, progress: Progress | None) -> bytes:
    styles = styles_for(setup, _people(content))
    page = official_page(setup, styles, "none")
    story = minutes_story(content, styles, page.frame_width)
    return render(story, setup, page, progress, subject=content.title)
