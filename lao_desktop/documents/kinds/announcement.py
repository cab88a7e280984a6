"""ประกาศ: publishing a network's vision, mission, goals, strategy and members.

Under the emblem (3 cm, centred): "ประกาศ<office>" and "เรื่อง …" centred and bold, a short
rule; the preamble (first line indented 2.5 cm); the numbered parts วิสัยทัศน์, พันธกิจ,
เป้าประสงค์, ยุทธศาสตร์ (a part with nothing recorded is left out) and the coordinator; the
member partners as a table (number, partner, role, sector) whose header repeats on every
page; "จึงประกาศให้ทราบโดยทั่วกัน"; "ประกาศ ณ วันที่ <day> <month> พ.ศ. <year>" from the
signature's tab and the executive's signature, kept on one page with the closing.
"""

from __future__ import annotations

from collections.abc import Sequence

from reportlab.platypus import Flowable, KeepTogether, Spacer

from lao_desktop.documents.blocks import signature_block, thai_table
from lao_desktop.documents.content.announcement import AnnouncementContent
from lao_desktop.documents.kinds.common import (
    dated_line,
    keep_with_signature,
    official_heading,
    official_page,
    render,
    styles_for,
)
from lao_desktop.documents.make import LayoutSetup, Progress
from lao_desktop.documents.text import BODY_INDENT, Styles, ThaiParagraph

__all__ = ["announcement_story", "build_pdf"]

GIVEN_ON = "ประกาศ ณ วันที่"
PARTS = ("วิสัยทัศน์", "พันธกิจ", "เป้าประสงค์", "ยุทธศาสตร์")
COORDINATOR = "ผู้ประสานงานเครือข่าย"
MEMBERS = "ภาคีสมาชิกของเครือข่าย"
MEMBERS_HEADER = ("ลำดับที่", "ภาคีสมาชิก", "บทบาทในเครือข่าย", "ภาคส่วน")


def _part(number: int, title: str, lines: Sequence[str], styles: Styles) -> Flowable:
    """ "๑. วิสัยทัศน์" at the body tab, its lines under it from the next tab."""
    heading = ThaiParagraph(
        f"{number}. {title}",
        styles.body_bold.with_(first_indent=BODY_INDENT, space_before=styles.plain.leading * 0.2),
    )
    text = styles.plain.with_(left_indent=BODY_INDENT, first_indent=BODY_INDENT * 0.4)
    return KeepTogether([heading, *(ThaiParagraph(line, text) for line in lines)])


def members_table(content: AnnouncementContent, styles: Styles, width: float) -> Flowable:
    rows = [[m.number, m.name, m.role or "-", m.sector] for m in content.members]
    return thai_table(
        styles,
        width,
        MEMBERS_HEADER,
        rows,
        [1.5, 7.0, 4.2, 3.3],
        align=["center", "left", "left", "left"],
    )


def announcement_story(
    content: AnnouncementContent, styles: Styles, width: float
) -> list[Flowable]:
    body = styles.body.with_(space_after=styles.body.leading * 0.25)
    story = official_heading(styles, content.heading, None, content.subject)
    story += [ThaiParagraph(text, body) for text in content.preamble]
    parts = zip(
        PARTS, (content.vision, content.mission, content.goals, content.strategy), strict=True
    )
    number = 0
    for title, lines in parts:
        if lines:
            number += 1
            story.append(_part(number, title, lines, styles))
    if content.coordinator:
        number += 1
        story.append(_part(number, COORDINATOR, [content.coordinator], styles))
    if content.members:
        number += 1
        count = f"จำนวน {len(content.members)} ภาคี"
        story.append(_part(number, f"{MEMBERS} {count}", [], styles))
        story += [Spacer(1, styles.plain.leading * 0.25), members_table(content, styles, width)]
    story.append(Spacer(1, styles.plain.leading * 0.5))
    closing = ThaiParagraph(content.closing, body)
    given_on = dated_line(f"{GIVEN_ON} {content.given_on}", styles)
    signature = signature_block(
        styles, content.signatory.name, [content.signatory.position], sign_lines=3
    )
    story.append(keep_with_signature([closing, given_on], signature))
    return story


def build_pdf(content: AnnouncementContent, setup: LayoutSetup, progress: Progress | None) -> bytes:
    names = [content.network_name, content.coordinator, *(m.name for m in content.members)]
    styles = styles_for(setup, names)
    page = official_page(setup, styles, "letter")
    return render(announcement_story(content, styles, page.frame_width), setup, page, progress)
