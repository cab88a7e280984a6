"""คำสั่ง: the order appointing a committee, laid out as the correspondence regulation shows it.

Under the emblem (3 cm, centred): "คำสั่ง<office>", "ที่ n/พ.ศ.", "เรื่อง แต่งตั้ง…" centred
and bold, a short rule; the preamble (first line indented 2.5 cm); the members, one a row:
number, name with their own title, and their position in the committee at the right; the
committee's duties; its term; "สั่ง ณ วันที่ …" from the signature's tab and the executive's
signature, kept on one page with the last paragraph. An order without a recorded number or
date is printed with dotted blanks to fill in by hand.
"""

from __future__ import annotations

from reportlab.platypus import Flowable, Spacer, Table, TableStyle

from lao_desktop.documents.blocks import signature_block
from lao_desktop.documents.content.order import OrderContent, OrderMember
from lao_desktop.documents.kinds.common import (
    dated_line,
    keep_with_signature,
    official_heading,
    official_page,
    render,
    styles_for,
)
from lao_desktop.documents.make import LayoutSetup, Progress
from lao_desktop.documents.text import BODY_INDENT, Styles, ThaiParagraph, text_width

__all__ = ["build_pdf", "order_story"]

GIVEN_ON = "สั่ง ณ วันที่"
NUMBER_TO_FILL = "........../.........."
DATE_TO_FILL = "..........  เดือน ..............................  พ.ศ. .........."
DUTIES_INTRO = "ให้คณะกรรมการมีอำนาจหน้าที่ ดังนี้"
MEMBER_DUTIES = "หน้าที่"
_NUMBER_WIDTH = 0.9 * 28.35  # "๑๐." and a space
_POSITION_PAD = 10.0


def _member_rows(
    members: tuple[OrderMember, ...], styles: Styles, position_width: float
) -> list[list[Flowable | str]]:
    plain = styles.plain
    rows: list[list[Flowable | str]] = []
    for member in members:
        who = f"{member.name} {member.title}".strip()
        rows.append(
            [
                "",
                ThaiParagraph(member.number, plain),
                ThaiParagraph(who, plain.with_(right_indent=_POSITION_PAD)),
                ThaiParagraph(member.position, plain),
            ]
        )
        if member.duties:
            duties = ThaiParagraph(f"{MEMBER_DUTIES} {member.duties}", plain)
            rows.append(["", "", duties, ""])
    return rows


def members_table(content: OrderContent, styles: Styles, width: float) -> Table:
    """The members without a grid: number, name and title, position in the committee."""
    widest = max((text_width(m.position, styles.plain) for m in content.members), default=0)
    position_width = min(widest + 4, width * 0.3)
    name_width = width - BODY_INDENT - _NUMBER_WIDTH - position_width
    rows = _member_rows(content.members, styles, position_width)
    commands: list[tuple[object, ...]] = [
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 0),
        ("RIGHTPADDING", (0, 0), (-1, -1), 0),
        ("TOPPADDING", (0, 0), (-1, -1), 0),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 1),
    ]
    for index, row in enumerate(rows):
        if row[1] == "":  # a member's own duties: under the name, across the position
            commands.append(("SPAN", (2, index), (3, index)))
    return Table(
        rows,
        colWidths=[BODY_INDENT, _NUMBER_WIDTH, name_width, position_width],
        style=TableStyle(commands),
        hAlign="LEFT",
    )


def order_story(content: OrderContent, styles: Styles, width: float) -> list[Flowable]:
    body = styles.body.with_(space_after=styles.body.leading * 0.25)
    number = content.number if content.number_recorded else NUMBER_TO_FILL
    story = official_heading(styles, content.heading, number, content.subject)
    story += [ThaiParagraph(text, body) for text in content.preamble]
    if content.members:
        story += [members_table(content, styles, width), Spacer(1, styles.plain.leading * 0.4)]
    if content.duties:
        story.append(ThaiParagraph(DUTIES_INTRO, body.with_(keep_with_next=True)))
        story += [ThaiParagraph(line, body.with_(space_after=0)) for line in content.duties]
        story.append(Spacer(1, body.space_after))
    closing = [ThaiParagraph(text, body) for text in content.closing]
    given_on = dated_line(f"{GIVEN_ON} {content.given_on or DATE_TO_FILL}", styles)
    signature = signature_block(
        styles, content.signatory.name, [content.signatory.position], sign_lines=3
    )
    story.append(keep_with_signature([*closing, given_on], signature))
    return story


def build_pdf(content: OrderContent, setup: LayoutSetup, progress: Progress | None) -> bytes:
    names = [m.name for m in content.members] + [m.title for m in content.members]
    styles = styles_for(setup, names)
    page = official_page(setup, styles, "letter")
    return render(order_story(content, styles, page.frame_width), setup, page, progress)
