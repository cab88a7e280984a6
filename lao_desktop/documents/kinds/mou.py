"""บันทึกข้อตกลงความร่วมมือ (MOU/MOA): the office's emblem; the title and the parties
(ระหว่าง … กับ …) centred; who the parties are and who signs for them; ข้อ ๑ objectives,
ข้อ ๒ what each party undertakes, ข้อ ๓ the term; the closing clause (copies, signed before
witnesses); a signature block for every signatory of every party and for each witness, two
to a row.

When the content is bilingual (a party works at the international level) every part is
followed by its English text in italics, with Arabic digits; the headings carry both.
The English wording is the document's own text, like the Thai, not a translation of the
program's interface.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Final

from reportlab.lib.units import cm
from reportlab.platypus import Flowable, KeepTogether, Spacer, Table, TableStyle

from lao_desktop.documents.blocks import DottedLine
from lao_desktop.documents.content.base import Person
from lao_desktop.documents.content.mou import MouContent, MouParty
from lao_desktop.documents.kinds.common import official_page, render, styles_for
from lao_desktop.documents.make import LayoutSetup, Progress
from lao_desktop.documents.text import (
    BODY_INDENT,
    Styles,
    TextStyle,
    ThaiParagraph,
    localize_digits,
)

__all__ = ["build_pdf", "mou_story"]

BETWEEN: Final = ("ระหว่าง", "between")
AND: Final = ("กับ", "and")
ARTICLES: Final = (
    ("วัตถุประสงค์", "Objectives"),
    ("หน้าที่และความรับผิดชอบของแต่ละฝ่าย", "Obligations of the Parties"),
    ("ระยะเวลา", "Term"),
)
WITNESS: Final = ("พยาน", "Witness")
DEFAULT_TERM: Final = (
    "มีผลใช้บังคับตั้งแต่วันที่ลงนามเป็นต้นไป",
    "This memorandum takes effect on the date it is signed.",
)
SIGN_LINE: Final = 5.5 * cm


def _english(style: TextStyle) -> TextStyle:
    """The English side: italic, Arabic digits."""
    return style.with_(italic=True, thai_digits=False)


class _Writer:
    """Builds the story: Thai first, then the English text when the content is bilingual."""

    def __init__(self, content: MouContent, styles: Styles, width: float) -> None:
        self.content = content
        self.styles = styles
        self.width = width
        self.bilingual = content.bilingual
        self.story: list[Flowable] = []

    def add(self, thai: str, english: str = "", style: TextStyle | None = None) -> None:
        style = style or self.styles.body
        if thai:
            self.story.append(ThaiParagraph(thai, style))
        if self.bilingual and english:  # right under its Thai text
            self.story.append(ThaiParagraph(english, _english(style).with_(space_before=0)))

    def heading(self, number: int, thai: str, english: str) -> None:
        style = self.styles.body_bold.with_(space_before=8, keep_with_next=True)
        text = f"ข้อ {number} {thai}"
        if self.bilingual:  # Thai digits on the Thai side only
            text = f"{localize_digits(text, style.thai_digits)} / Article {number} {english}"
            style = style.with_(thai_digits=False)
        self.story.append(ThaiParagraph(text, style))

    # -- parts ---------------------------------------------------------------------------

    def title_block(self) -> None:
        content, styles = self.content, self.styles
        centred = styles.plain.with_(align="center")
        heading = styles.heading
        if not content.title.startswith("บันทึก") and not content.title.startswith("ข้อตกลง"):
            self.story.append(ThaiParagraph(content.document_title, heading))
        self.add(content.title, "", heading)
        english_title = content.title_en or content.document_title_en
        self.add("", english_title, styles.title)
        for n, party in enumerate(content.parties):
            words = BETWEEN if n == 0 else AND
            joined = f"{words[0]} / {words[1]}" if self.bilingual else words[0]
            self.story.append(ThaiParagraph(joined, centred.with_(space_before=2)))
            self.story.append(ThaiParagraph(party.name, styles.title))
            if self.bilingual and party.name_en:
                self.story.append(ThaiParagraph(party.name_en, _english(styles.title)))
        if content.reference:
            self.story.append(ThaiParagraph(content.reference, centred.with_(space_before=4)))
        self.story.append(Spacer(1, 10))

    def preamble(self) -> None:
        content = self.content
        made = f"เมื่อวันที่ {content.signed_on} " if content.signed_on else ""
        made_en = f" on {content.signed_on_en}" if content.signed_on_en else ""
        name_en = content.document_title_en or "Memorandum"
        self.add(
            f"{content.document_title}ฉบับนี้ทำขึ้น{made}ระหว่าง",
            f"This {name_en} is made{made_en} between:",
        )
        last = len(content.parties)
        for n, party in enumerate(content.parties, start=1):
            self.add(_party_thai(content, party), _party_english(party, n, last))
        everyone = "ทั้งสองฝ่าย" if last == 2 else "ทุกฝ่าย"
        self.add(
            f"{everyone}ได้ตกลงร่วมมือกัน โดยมีรายละเอียด ดังต่อไปนี้",
            "The Parties have agreed as follows:",
        )

    def objectives(self) -> None:
        self.heading(1, *ARTICLES[0])
        self.add_items(self.content.objectives, self.content.objectives_en)

    def add_items(self, thai: Sequence[str], english: Sequence[str]) -> None:
        style = self.styles.body
        for text in thai:
            self.story.append(ThaiParagraph(text, style))
        if self.bilingual:
            for text in english:
                self.story.append(ThaiParagraph(text, _english(style)))

    def obligations(self) -> None:
        self.heading(2, *ARTICLES[1])
        label = self.styles.plain.with_(left_indent=BODY_INDENT / 2, keep_with_next=True)
        item = self.styles.plain.with_(left_indent=BODY_INDENT)
        for n, party in enumerate(self.content.parties, start=1):
            thai = f"2.{n} {party.name} ({party.number}) มีหน้าที่ ดังนี้"
            self.story.append(ThaiParagraph(thai, label))
            self.story.extend(ThaiParagraph(t, item) for t in _numbered(party.obligations))
            if self.bilingual and party.obligations_en:
                english = f"2.{n} {party.name_en or party.name} (Party {n}) shall:"
                self.story.append(ThaiParagraph(english, _english(label)))
                self.story.extend(
                    ThaiParagraph(t, _english(item)) for t in _numbered(party.obligations_en)
                )
            if not party.obligations and not party.obligations_en:
                self.story.append(ThaiParagraph("-", item))

    def term(self) -> None:
        content = self.content
        self.heading(3, *ARTICLES[2])
        thai = content.term or f"{content.document_title}นี้{DEFAULT_TERM[0]}"
        english = content.term_en or ("" if content.term else DEFAULT_TERM[1])
        self.add(thai, english)

    def closing(self) -> list[Flowable]:
        content = self.content
        copies = len(content.parties)
        everyone = "ทั้งสองฝ่าย" if copies == 2 else "ทุกฝ่าย"
        witnessed = "ต่อหน้าพยาน" if content.witnesses else ""
        start = len(self.story)
        self.add(
            f"{content.document_title}นี้ทำขึ้นเป็น {copies} ฉบับ มีข้อความถูกต้องตรงกัน "
            f"{everyone}ได้อ่านและเข้าใจข้อความโดยละเอียดแล้ว "
            f"จึงได้ลงลายมือชื่อไว้เป็นสำคัญ{witnessed} และต่างยึดถือไว้ฝ่ายละหนึ่งฉบับ",
            f"This memorandum is made in {copies} copies of identical wording. The Parties, "
            "having read and understood it fully, have signed it"
            f"{' in the presence of witnesses' if content.witnesses else ''}, "
            "and each Party keeps one copy.",
            self.styles.body.with_(space_before=8),
        )
        closing = self.story[start:]
        del self.story[start:]
        return closing


def _party_thai(content: MouContent, party: MouParty) -> str:
    address = party.address
    located = ""
    if address:
        located = f" ตั้งอยู่เลขที่ {address}" if address[0].isdigit() else f" ตั้งอยู่ที่ {address}"
    signers = " และ".join(
        f"{p.name}{f' ตำแหน่ง{p.position}' if p.position else ''}" for p in party.signatories
    )
    by = f" โดย{signers}" if signers else ""
    return f"{party.name}{located}{by} ซึ่งต่อไปใน{content.document_title}นี้เรียกว่า “{party.number}”"


def _party_english(party: MouParty, number: int, count: int) -> str:
    signers = " and ".join(
        f"{p.name}{f', {p.position}' if p.position else ''}" for p in party.signatories
    )
    by = f", represented by {signers}" if signers else ""
    end = "." if number == count else "; and" if number == count - 1 else ";"
    return f"{party.name_en or party.name}{by}, hereinafter referred to as “Party {number}”{end}"


def _numbered(items: Sequence[str]) -> list[str]:
    """Several obligations as (1) (2) …, unless the text numbers them already."""
    if len(items) < 2 or any(t[:1].isdigit() or t.startswith("(") for t in items):
        return list(items)
    return [f"({n}) {t}" for n, t in enumerate(items, start=1)]


def _signature_cell(
    styles: Styles, person: Person, lines: Sequence[str], english: Sequence[str]
) -> list[Flowable]:
    centred = styles.plain.with_(align="center")
    cell: list[Flowable] = [Spacer(1, centred.leading * 2), DottedLine(SIGN_LINE)]
    cell.append(ThaiParagraph(f"({person.name})" if person.name else "(" + "." * 36 + ")", centred))
    cell.extend(ThaiParagraph(line, centred) for line in lines if line)
    cell.extend(ThaiParagraph(line, _english(centred)) for line in english if line)
    return cell


def _signature_cells(content: MouContent, styles: Styles) -> list[list[Flowable]]:
    cells = []
    for party in content.parties:
        for person in party.signatories or (Person(""),):
            lines = [person.position]
            if party.name not in person.position:
                lines.append(party.name)
            english = [party.name_en] if content.bilingual and party.name_en else []
            cells.append(_signature_cell(styles, person, lines, english))
    for person in content.witnesses:
        label = f"{WITNESS[0]} / {WITNESS[1]}" if content.bilingual else WITNESS[0]
        cells.append(_signature_cell(styles, person, [person.position, label], []))
    return cells


def _signature_rows(cells: list[list[Flowable]], width: float) -> list[Table]:
    """Two blocks to a row; each row is one table, so rows never split across pages."""
    rows = []
    for i in range(0, len(cells), 2):
        pair: list[list[Flowable] | str] = [*cells[i : i + 2]]
        if len(pair) == 1:
            pair.append("")
        style = TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("ALIGN", (0, 0), (-1, -1), "CENTER"),
                ("LEFTPADDING", (0, 0), (-1, -1), 4),
                ("RIGHTPADDING", (0, 0), (-1, -1), 4),
                ("TOPPADDING", (0, 0), (-1, -1), 0),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
            ]
        )
        rows.append(Table([pair], colWidths=[width / 2, width / 2], style=style))
    return rows


def mou_story(content: MouContent, styles: Styles, width: float) -> list[Flowable]:
    """The flowables of the agreement (also used by tests)."""
    writer = _Writer(content, styles, width)
    writer.title_block()
    writer.preamble()
    writer.objectives()
    writer.obligations()
    writer.term()
    closing = writer.closing()
    rows = _signature_rows(_signature_cells(content, styles), width)
    story = writer.story
    story.append(KeepTogether([*closing, Spacer(1, 6), *rows[:1]]))
    story.extend(rows[1:])
    return story


def _people(content: MouContent) -> list[str]:
    signers = [p.name for party in content.parties for p in party.signatories]
    return [*signers, *(w.name for w in content.witnesses)]


def build_pdf(content: MouContent, setup: LayoutSetup, progress: Progress | None) -> bytes:
    styles = styles_for(setup, _people(content))
    page = official_page(setup, styles, "letter")
    story = mou_story(content, styles, page.frame_width)
    return render(story, setup, page, progress, subject=content.title)
