"""หนังสือภายนอก: the official letter, laid out as the correspondence regulation shows it.

Page 1 under the emblem (3 cm, centred): "ที่ …" at the left and the office with its
address at the right; the date from the middle of the line; เรื่อง; เรียน; อ้างถึง and
สิ่งที่ส่งมาด้วย when there are any; the body, each paragraph's first line indented 2.5 cm;
"ขอแสดงความนับถือ", room to sign, "(full name)" and the position in the right half; at the
foot the issuing unit with its phone and e-mail. ``letter_story`` is shared with the meeting
invitation, which is this letter with enclosures.
"""

from __future__ import annotations

from collections.abc import Sequence

from reportlab.platypus import Flowable, KeepTogether, Spacer

from lao_desktop.documents.blocks import number_and_office, right_half, signature_block
from lao_desktop.documents.content.letters import LetterContent
from lao_desktop.documents.kinds.common import (
    keep_with_signature,
    label_row,
    official_page,
    render,
    styles_for,
)
from lao_desktop.documents.make import LayoutSetup, Progress
from lao_desktop.documents.text import Styles, ThaiParagraph, text_width

__all__ = ["build_pdf", "letter_story"]

REFERENCE = "อ้างถึง"
ENCLOSURES = "สิ่งที่ส่งมาด้วย"
SUBJECT = "เรื่อง"
TO = "เรียน"
_NUMBER = "ที่"


def _enclosure_lines(enclosures: Sequence[str]) -> list[str]:
    """Numbered when more than one (digits are localised when drawn)."""
    if len(enclosures) <= 1:
        return list(enclosures)
    return [f"{n}. {text}" for n, text in enumerate(enclosures, start=1)]


def letter_head(content: LetterContent, styles: Styles, width: float) -> list[Flowable]:
    """ที่ / office and address, date, เรื่อง, เรียน, อ้างถึง, สิ่งที่ส่งมาด้วย."""
    plain = styles.plain
    office = content.office
    gap = plain.leading * 0.5
    parts: list[Flowable] = [
        number_and_office(
            styles, width, f"{_NUMBER} {content.number}", [office.name, *office.address_lines]
        ),
        Spacer(1, gap * 0.5),
        right_half(content.date, plain, width),
        Spacer(1, gap),
        label_row(SUBJECT, content.subject, plain, plain),
        Spacer(1, gap * 0.5),
        label_row(TO, content.to, plain, plain),
    ]
    labels = [REFERENCE] if content.reference else []
    labels += [ENCLOSURES] if content.enclosures else []
    if labels:
        # Labels of one block share a tab: values start at the same place.
        tab = max(text_width(label, plain) for label in labels) + 8
        if content.reference:
            reference = label_row(REFERENCE, content.reference, plain, plain, label_width=tab)
            parts += [Spacer(1, gap * 0.5), reference]
        if content.enclosures:
            lines = _enclosure_lines(content.enclosures)
            parts.append(Spacer(1, gap * 0.5))
            parts.append(label_row(ENCLOSURES, lines[0], plain, plain, label_width=tab))
            parts += [label_row("", line, plain, plain, label_width=tab) for line in lines[1:]]
    parts.append(Spacer(1, gap))
    return parts


def letter_story(content: LetterContent, styles: Styles, width: float) -> list[Flowable]:
    """The whole letter: head, body, closing and signature, the issuing unit."""
    body = styles.body.with_(space_after=styles.body.leading * 0.25)
    story = letter_head(content, styles, width)
    paragraphs = [ThaiParagraph(text, body) for text in content.paragraphs]
    signature = signature_block(
        styles,
        content.signatory.name,
        [content.signatory.position],
        closing=content.closing,
        sign_lines=3,
    )
    story += paragraphs[:-1]
    story.append(keep_with_signature([*paragraphs[-1:], Spacer(1, body.leading * 0.5)], signature))
    footer = [ThaiParagraph(content.issuing_unit, styles.plain)]
    footer += [ThaiParagraph(line, styles.plain) for line in content.contact_lines]
    story += [Spacer(1, styles.plain.leading * 1.5), KeepTogether(footer)]
    return story


def build_pdf(content: LetterContent, setup: LayoutSetup, progress: Progress | None) -> bytes:
    styles = styles_for(setup, [content.signatory.name, content.to])
    page = official_page(setup, styles, "letter")
    return render(letter_story(content, styles, page.frame_width), setup, page, progress)
