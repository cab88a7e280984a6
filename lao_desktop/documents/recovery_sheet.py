"""The printed recovery key of the office's backups: one A4 page for the office safe.

    pdf = recovery_sheet_pdf(office.name, key.text(), key.key_id, datetime.now())

The page: the title and the office, when the key was made (B.E.) and its short id, the key
itself in a box — 11 groups of 5 characters on three lines, each character centred in a cell
of the same width so that the columns line up like a typewriter's — then what the key is
for, how to keep it, where to type it and what to do when it is lost, and lines for the
person who keeps it to sign.

The program keeps only the public half of the key, so this sheet is its only copy. The key's
characters are drawn one per cell with character spacing (``Tc``) rather than moved with
positioning, so PDF readers see each group as one word and copy it back exactly.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import datetime
from itertools import pairwise
from typing import Final

from reportlab.lib.colors import Color
from reportlab.lib.units import cm
from reportlab.pdfbase import pdfmetrics
from reportlab.platypus import Flowable, KeepTogether, Spacer

from lao_desktop.documents.blocks import bare_table, fill_in_line
from lao_desktop.documents.page import PageSetup
from lao_desktop.documents.render import PdfInfo, render_pdf
from lao_desktop.documents.text import (
    Span,
    Styles,
    TextStyle,
    ThaiParagraph,
    add_words,
    font_family,
)
from lao_desktop.thai.dates import format_date

__all__ = ["GROUPS_PER_LINE", "TITLE", "key_lines", "recovery_sheet_pdf"]

TITLE: Final = "กุญแจกู้คืนข้อมูลสำรอง"
CREATED: Final = "สร้างเมื่อวันที่ {date} เวลา {time} น."
KEY_ID_LABEL: Final = "รหัสกุญแจ "
KEY_LABEL: Final = "กุญแจกู้คืน (11 ชุด ชุดละ 5 ตัว)"
KEY_HINT: Final = "มีเฉพาะตัวอักษรภาษาอังกฤษ A ถึง Z และตัวเลข 2 ถึง 7 เท่านั้น (ไม่มีเลข 0 1 8 และ 9)"
# The restore screen's button: kept whole, with its quotes, by the line breaker.
BUTTON: Final = "ใช้กุญแจกู้คืนแทน"
# (heading, text) of the instructions.
INSTRUCTIONS: Final = (
    (
        "ใช้ทำอะไร",
        "เมื่อลืมรหัสผ่านของข้อมูลสำรอง กุญแจนี้เปิดข้อมูลสำรองที่เข้ารหัสไว้ได้ทุกชุด"
        "ที่ทำขึ้นในช่วงที่กุญแจนี้เป็นกุญแจของสำนักงาน "
        "โปรแกรมไม่ได้เก็บกุญแจนี้ไว้ แผ่นนี้จึงเป็นสำเนาเดียว",
    ),
    (
        "การเก็บรักษา",
        "เก็บแผ่นนี้ไว้ในตู้นิรภัยของสำนักงาน ห้ามถ่ายรูป ห้ามถ่ายสำเนา "
        "และห้ามส่งทาง LINE หรืออีเมล ผู้ใดถือกุญแจนี้ก็อ่านข้อมูลสำรองทั้งหมดได้",
    ),
    (
        "วิธีใช้",
        f'ในโปรแกรม เปิดหน้าจอกู้คืนข้อมูล เลือกไฟล์ข้อมูลสำรอง แล้วกด "{BUTTON}" '
        "จากนั้นพิมพ์ตัวอักษรทั้ง 11 ชุดตามแผ่นนี้ จะเว้นวรรคหรือใส่ขีดระหว่างชุดหรือไม่ก็ได้",
    ),
    (
        "หากแผ่นนี้สูญหาย",
        "ให้สร้างกุญแจกู้คืนใหม่ในโปรแกรม พิมพ์เก็บไว้ และทำข้อมูลสำรองใหม่ทันที "
        "ข้อมูลสำรองชุดเก่ายังต้องใช้กุญแจแผ่นเดิมหรือรหัสผ่านเดิมจึงจะเปิดได้",
    ),
)
KEEPER: Final = "ผู้รับผิดชอบเก็บรักษา"
POSITION: Final = "ตำแหน่ง"
SIGNED: Final = "ลงชื่อ"
SIGNED_ON: Final = "วันที่"
CUSTODY: Final = "บันทึกการเก็บรักษา"
SIGN_ROOM: Final = 0.9 * cm  # above the signature line

GROUP_SIZE: Final = 5
GROUP_COUNT: Final = 11
GROUPS_PER_LINE: Final = 4  # 4 + 4 + 3
_GROUP: Final = f"[A-Z2-7]{{{GROUP_SIZE}}}"  # base32: A-Z and 2-7
_KEY_PATTERN: Final = re.compile(f"{_GROUP}(?:-{_GROUP}){{{GROUP_COUNT - 1}}}")
_KEY_ID_PATTERN: Final = re.compile(r"[0-9A-F]{8}")

# The key: printed points (not official sizes: the key is not body text).
KEY_SIZE: Final = 18.5
CELL: Final = 17.0  # width of one character's cell; Sarabun Bold's widest (W) is 0.87 em
GROUP_GAP: Final = 26.0  # between groups, besides the cells
KEY_LINE: Final = 34.0  # from one line of groups to the next
BOX_PAD: Final = (0.6 * cm, 0.45 * cm)  # inside the box: sides, top and bottom
BOX_LINE: Final = 1.6
BOX_FILL: Final = Color(0.97, 0.97, 0.97)


def key_lines(key_text: str) -> list[list[str]]:
    """The key's groups as printed, line by line: 4, 4 and 3 groups."""
    groups = key_text.split("-")
    return [groups[i : i + GROUPS_PER_LINE] for i in range(0, len(groups), GROUPS_PER_LINE)]


class _KeyBox(Flowable):  # type: ignore[misc]  # ReportLab is untyped
    """The key in a framed box: a label, the groups in equal cells, a hint on the letters."""

    def __init__(self, key_text: str, label: TextStyle, hint: TextStyle) -> None:
        super().__init__()
        self.lines = key_lines(key_text)
        self.label = ThaiParagraph(KEY_LABEL, label)
        self.hint = ThaiParagraph(KEY_HINT, hint)
        self.font = label.family.face(bold=True)
        self._label_h = self._hint_h = 0.0

    def _keys_width(self) -> float:
        return GROUPS_PER_LINE * GROUP_SIZE * CELL + (GROUPS_PER_LINE - 1) * GROUP_GAP

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        self.width = availWidth
        inner = availWidth - 2 * BOX_PAD[0]
        self._label_h = self.label.wrap(inner, availHeight)[1]
        self._hint_h = self.hint.wrap(inner, availHeight)[1]
        keys = KEY_LINE * len(self.lines)
        self.height = 2 * BOX_PAD[1] + self._label_h + keys + self._hint_h
        return self.width, self.height

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:
        return []  # the key is never cut

    def draw(self) -> None:
        canv = self.canv
        canv.saveState()
        canv.setLineWidth(BOX_LINE)
        canv.setFillColor(BOX_FILL)
        canv.roundRect(0, 0, self.width, self.height, 6, stroke=1, fill=1)
        canv.restoreState()
        top = self.height - BOX_PAD[1]
        self.label.drawOn(canv, BOX_PAD[0], top - self._label_h)
        left = (self.width - self._keys_width()) / 2
        baseline = top - self._label_h - KEY_LINE * 0.72
        for groups in self.lines:
            self._draw_groups(left, baseline, groups)
            baseline -= KEY_LINE
        self.hint.drawOn(canv, BOX_PAD[0], BOX_PAD[1])

    def _draw_groups(self, left: float, baseline: float, groups: Sequence[str]) -> None:
        """One line of groups, each character centred in its cell, a space between groups.

        Every glyph but the line's last is given a code whose declared advance reaches the
        next glyph's place, so the line is one run without gaps: readers keep a group as
        one word and the groups on one line (positioning or character spacing between
        glyphs is read as spaces)."""
        font = pdfmetrics.getFont(self.font)
        space = pdfmetrics.stringWidth(" ", self.font, KEY_SIZE)
        placed: list[tuple[str, float]] = []  # character, where its glyph starts
        for n, group in enumerate(groups):
            start = left + n * (GROUP_SIZE * CELL + GROUP_GAP)
            for i, ch in enumerate(group):
                x = start + i * CELL + (CELL - pdfmetrics.stringWidth(ch, self.font, KEY_SIZE)) / 2
                if n and not i:
                    # A space of its natural width just before the group: the gap is given
                    # to the glyph before it, as a wide gap would start a column in poppler.
                    placed.append((" ", x - space))
                placed.append((ch, x))
        codes = []
        for (ch, x), (_, next_x) in pairwise(placed):
            gid = font.face.charToGlyph[ord(ch)]
            codes.append(chr(font.code_for(gid, ch, (next_x - x) * 1000 / KEY_SIZE)))
        text = self.canv.beginText()
        text.setFont(self.font, KEY_SIZE)
        text.setTextOrigin(placed[0][1], baseline)
        text.textOut("".join(codes) + placed[-1][0])
        self.canv.drawText(text)


def _local(created: datetime) -> datetime:
    """The clock time of the office: an aware timestamp is shown in local time."""
    return created.astimezone() if created.tzinfo is not None else created


def _head(styles: Styles, office_name: str, key_id: str, created: datetime) -> list[Flowable]:
    title = styles.plain.with_(size=26, bold=True, align="center")
    office = styles.plain.with_(size=20, bold=True, align="center")
    centred = styles.plain.with_(align="center")
    keyboard = centred.with_(thai_digits=False)
    when = _local(created)
    created_text = CREATED.format(date=format_date(when.date(), "full"), time=f"{when:%H:%M}")
    return [
        ThaiParagraph(TITLE, title),
        ThaiParagraph(office_name, office.with_(space_after=6)),
        ThaiParagraph(created_text, centred),
        # The id is read against the program's: its digits stay as typed on a keyboard.
        ThaiParagraph([Span(KEY_ID_LABEL), Span(key_id, bold=True)], keyboard),
    ]


def _instructions(styles: Styles, width: float) -> Flowable:
    """Each heading in bold at the left, its text beside it."""
    label_w = 3.6 * cm
    body = styles.plain.with_(space_after=8)
    rows = [
        [ThaiParagraph(heading, styles.body_bold), ThaiParagraph(text, body)]
        for heading, text in INSTRUCTIONS
    ]
    return bare_table(rows, [label_w, width - label_w])


def _custody(styles: Styles, width: float) -> Flowable:
    half = width / 2
    gap = 0.4 * cm
    rows = [
        [fill_in_line(styles, KEEPER), fill_in_line(styles, POSITION)],
        [Spacer(1, SIGN_ROOM), Spacer(1, SIGN_ROOM)],
        [fill_in_line(styles, SIGNED), fill_in_line(styles, SIGNED_ON)],
    ]
    table = bare_table(rows, [half + gap, half - gap], right_padding=gap)
    heading = ThaiParagraph(CUSTODY, styles.body_bold.with_(space_after=10))
    return KeepTogether([heading, table])


def _check(key_text: str, key_id: str) -> None:
    if not _KEY_PATTERN.fullmatch(key_text):
        raise ValueError("key_text must be 11 groups of 5 base32 characters joined by '-'")
    if not _KEY_ID_PATTERN.fullmatch(key_id):
        raise ValueError("key_id must be 8 upper-case hexadecimal digits")


def recovery_sheet_pdf(
    office_name: str,
    key_text: str,
    key_id: str,
    created: datetime,
    *,
    thai_digits: bool = False,
) -> bytes:
    """The recovery-key sheet as a one-page A4 PDF.

    ``key_text`` is ``RecoveryKey.text()`` ("ABCDE-FGHIJ-…", 11 groups), ``key_id`` its
    8-character id; ``thai_digits`` prints the date in Thai digits (the key and its id keep
    theirs, as they are typed on a keyboard).
    """
    _check(key_text, key_id)
    add_words([*office_name.split(), f'"{BUTTON}"'])
    styles = Styles.for_family(font_family(), thai_digits=thai_digits)
    setup = PageSetup(styles=styles, emblem="none", page_numbers=False)
    width = setup.frame_width
    # The hint names the digits of the key: they stay as typed on a keyboard.
    hint = styles.small.with_(thai_digits=False)
    story: list[Flowable] = [
        *_head(styles, office_name, key_id, created),
        Spacer(1, 0.7 * cm),
        _KeyBox(key_text, styles.body_bold, hint),
        Spacer(1, 0.9 * cm),
        _instructions(styles, width),
        Spacer(1, 1.4 * cm),
        _custody(styles, width),
    ]
    info = PdfInfo(title=TITLE, author=office_name, subject=KEY_ID_LABEL + key_id)
    return render_pdf(story, setup, info)
