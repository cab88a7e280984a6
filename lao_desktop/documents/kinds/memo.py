"""บันทึกข้อความ: the internal memo, laid out as the correspondence regulation shows it.

The emblem (1.5 cm) at the left shares its line with the title "บันทึกข้อความ" (29 pt
bold); then ส่วนราชการ, ที่ and วันที่, เรื่อง: labels 20 pt bold on dotted leaders (a long
subject wraps, each line on its leader); เรียน; the body with its first lines indented
2.5 cm, the numbered points (a meeting's resolutions with who is responsible and by when);
the signature in the right half. A report to the executive ends with room for the
executive's opinion and instructions (ความเห็น/ข้อสั่งการ) and their signature.
"""

from __future__ import annotations

from reportlab.platypus import Flowable, KeepTogether, Spacer

from lao_desktop.documents.blocks import DottedLine, memo_header, signature_block
from lao_desktop.documents.content.base import Person
from lao_desktop.documents.content.memo import MemoContent
from lao_desktop.documents.kinds.common import (
    keep_with_signature,
    label_row,
    official_page,
    render,
    styles_for,
)
from lao_desktop.documents.make import LayoutSetup, Progress
from lao_desktop.documents.page import EMBLEM_HEIGHT, EMBLEM_TOP
from lao_desktop.documents.text import BODY_INDENT, Styles, ThaiParagraph
from lao_desktop.documents.text import text_width as width_of

__all__ = ["build_pdf", "memo_story"]

TO = "เรียน"
INSTRUCTIONS = "ความเห็น/ข้อสั่งการ"
RESPONSIBLE = "ผู้รับผิดชอบ"
DATE_TO_FILL = "วันที่ ........../........................../.........."
NAME_TO_FILL = "." * 50
_EMBLEM_CLEARANCE = 4.0  # between the memo emblem's bottom and the first field


def memo_head(content: MemoContent, styles: Styles) -> list[Flowable]:
    title, *fields = memo_header(
        styles,
        office=content.department,
        number=content.number,
        date_text=content.date,
        subject=content.subject,
    )
    gap = Spacer(1, styles.plain.leading * 0.4)
    to = label_row(TO, content.to, styles.plain, styles.plain)
    return [title, _below_emblem(styles), *fields, gap, to, gap]


def _below_emblem(styles: Styles) -> Spacer:
    """The title shares its line with the emblem; the fields start below the emblem."""
    emblem_bottom = EMBLEM_TOP + EMBLEM_HEIGHT["memo"]
    title_bottom = EMBLEM_TOP + styles.memo_title.leading  # the frame starts at EMBLEM_TOP
    return Spacer(1, max(emblem_bottom - title_bottom, 0.0) + _EMBLEM_CLEARANCE)


def _signed_name(person: Person) -> str:
    return person.name or NAME_TO_FILL


def _items(content: MemoContent, styles: Styles) -> list[Flowable]:
    body = styles.body.with_(space_after=styles.body.leading * 0.15)
    story: list[Flowable] = []
    for item in content.items:
        point = ThaiParagraph(f"{item.number} {item.text}", body)
        indent = BODY_INDENT + width_of(f"{item.number} ", styles.plain)
        detail_style = styles.plain.with_(left_indent=indent, space_after=0)
        details = [ThaiParagraph(line, detail_style) for line in item.details]
        story.append(KeepTogether([point, *details, Spacer(1, styles.plain.leading * 0.2)]))
    return story


def instructions_box(executive: Person, styles: Styles) -> Flowable:
    """ความเห็น/ข้อสั่งการ of the executive: lines to write on and their signature."""
    leading = styles.plain.leading
    lines: list[Flowable] = [
        ThaiParagraph(INSTRUCTIONS, styles.body_bold),
        Spacer(1, leading * 0.4),
    ]
    for _ in range(3):
        lines += [DottedLine(height=leading * 0.9)]
    signature = signature_block(
        styles, _signed_name(executive), [executive.position, DATE_TO_FILL], sign_lines=2
    )
    return KeepTogether([Spacer(1, leading), *lines, Spacer(1, leading * 0.3), signature])


def memo_story(content: MemoContent, styles: Styles) -> list[Flowable]:
    body = styles.body.with_(space_after=styles.body.leading * 0.25)
    story = memo_head(content, styles)
    story += [ThaiParagraph(text, body) for text in content.paragraphs]
    story += _items(content, styles)
    closing = [ThaiParagraph(text, body) for text in content.closing_paragraphs]
    if not closing and story:  # the last paragraph of the body goes with the signature
        closing = [story.pop()]
    signature = signature_block(
        styles, _signed_name(content.signatory), [content.signatory.position], sign_lines=3
    )
    story.append(keep_with_signature([*closing, Spacer(1, styles.plain.leading * 0.5)], signature))
    if content.instructions_from is not None:
        story.append(instructions_box(content.instructions_from, styles))
    return story


def _responsible(content: MemoContent) -> list[str]:
    """The partners named as responsible: names the line breaker keeps whole."""
    names: list[str] = []
    for item in content.items:
        for line in item.details:
            if line.startswith(RESPONSIBLE):
                names += line.removeprefix(RESPONSIBLE).split(",")
    return names


def build_pdf(content: MemoContent, setup: LayoutSetup, progress: Progress | None) -> bytes:
    styles = styles_for(setup, [content.signatory.name, content.to, *_responsible(content)])
    page = official_page(setup, styles, "memo")
    return render(memo_story(content, styles), setup, page, progress)
