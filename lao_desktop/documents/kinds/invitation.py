"""The meeting invitation: a หนังสือภายนอก with two enclosures on their own pages.

Page 1 is the letter (``letter.letter_story``). Then, without page numbers since each is
its own paper: the agenda (ระเบียบวาระการประชุม) headed with the meeting, its number, day,
time and place; and the list of those the letter is sent to (บัญชีรายชื่อผู้รับหนังสือ),
a table with the number, name and position, its header repeated on every page.
"""

from __future__ import annotations

from reportlab.platypus import Flowable, KeepTogether, Spacer

from lao_desktop.documents.blocks import thai_table
from lao_desktop.documents.content.letters import InvitationContent
from lao_desktop.documents.kinds.common import (
    attachment_pages,
    label_row,
    official_page,
    render,
    styles_for,
)
from lao_desktop.documents.kinds.letter import letter_story
from lao_desktop.documents.make import LayoutSetup, Progress
from lao_desktop.documents.text import Styles, ThaiParagraph, text_width

__all__ = ["build_pdf"]

AGENDA_TITLE = "ระเบียบวาระการประชุม"
ADDRESSEES_TITLE = "บัญชีรายชื่อผู้รับหนังสือ"
ENCLOSURE_MARK = "สิ่งที่ส่งมาด้วย"


def _enclosure_mark(styles: Styles, number: int) -> ThaiParagraph:
    """ "สิ่งที่ส่งมาด้วย ๑" at the top right: which enclosure this paper is."""
    return ThaiParagraph(f"{ENCLOSURE_MARK} {number}", styles.small.with_(align="right"))


def _meeting_head(content: InvitationContent, styles: Styles) -> list[Flowable]:
    title = styles.title
    lines = [
        content.meeting_title,
        content.meeting_number,
        " ".join(
            part
            for part in (content.held_on, f"เวลา {content.time}" if content.time else "")
            if part
        ),
    ]
    if content.place:
        lines.append(f"ณ {content.place}")
    return [ThaiParagraph(line, title) for line in lines if line]


def agenda_pages(content: InvitationContent, styles: Styles) -> list[Flowable]:
    heading = styles.heading
    head = [_enclosure_mark(styles, 1), ThaiParagraph(AGENDA_TITLE, heading)]
    head += _meeting_head(content, styles)
    head.append(ThaiParagraph("-" * 20, styles.plain.with_(align="center")))
    story: list[Flowable] = [KeepTogether(head), Spacer(1, styles.plain.leading * 0.5)]
    plain = styles.plain.with_(left_indent=0, space_after=styles.plain.leading * 0.35)
    tab = max((text_width(line.number, styles.body_bold) for line in content.agenda), default=0)
    bold = styles.body_bold
    for line in content.agenda:
        story.append(label_row(line.number, line.title, bold, plain, label_width=tab + 14))
        story.append(Spacer(1, styles.plain.leading * 0.25))
    return story


def addressee_pages(content: InvitationContent, styles: Styles, width: float) -> list[Flowable]:
    head: list[Flowable] = [
        _enclosure_mark(styles, 2),
        ThaiParagraph(ADDRESSEES_TITLE, styles.heading),
        *_meeting_head(content, styles)[:2],
        Spacer(1, styles.plain.leading * 0.5),
    ]
    rows = [
        [f"{n}.", person.name, person.position]
        for n, person in enumerate(content.addressees, start=1)
    ]
    table = thai_table(
        styles,
        width,
        ["ลำดับที่", "ชื่อ – สกุล", "ตำแหน่ง"],
        rows,
        [1.6, 6.0, 8.4],
        align=["center", "left", "left"],
    )
    return [*head, table]


def invitation_story(content: InvitationContent, styles: Styles, width: float) -> list[Flowable]:
    story = letter_story(content.letter, styles, width)
    if content.agenda:
        story += attachment_pages() + agenda_pages(content, styles)
    if content.addressees:
        story += attachment_pages() + addressee_pages(content, styles, width)
    return story


def build_pdf(content: InvitationContent, setup: LayoutSetup, progress: Progress | None) -> bytes:
    names = [content.letter.signatory.name, content.place, *(p.name for p in content.addressees)]
    styles = styles_for(setup, names)
    page = official_page(setup, styles, "letter")
    return render(invitation_story(content, styles, page.frame_width), setup, page, progress)
