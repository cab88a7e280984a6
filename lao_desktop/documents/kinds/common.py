"""What every layout module shares: styles, page setups and rendering from a ``LayoutSetup``.

A layout module (``kinds/<name>.py``) is then short::

    from lao_desktop.documents.kinds.common import official_page, render, styles_for

    def build_pdf(content, setup: LayoutSetup, progress: Progress | None) -> bytes:
        styles = styles_for(setup)                   # font from settings, Thai digits
        page = official_page(setup, styles, "letter")  # emblem kind: "letter" | "memo"
        story = [ThaiParagraph(..., styles.body), ...]
        return render(story, setup, page, progress)

Public API:

- ``styles_for(setup, extra_words=()) -> Styles``: the named styles in the chosen font with
  the office's digits; the office's name and address, its executive and ``extra_words``
  (names of villages, networks, people) are added to the line breaker so they are never
  split (also without their prefix: "ตำบลนาคูณใหญ่" keeps "นาคูณใหญ่" whole).
- ``official_page(setup, styles, emblem="letter") -> PageSetup``: A4 portrait with the
  regulation's margins, the office's emblem (placeholder until set) on page 1 and
  "- ๒ -" page numbers from page 2. ``emblem``: "letter" (3 cm, centred: letters, orders,
  announcements, certificates, MOUs), "memo" (1.5 cm at the left: บันทึกข้อความ) or "none"
  (minutes: no emblem, page numbers kept).
- ``report_page(setup, styles, landscape=False) -> PageSetup``: a report: no emblem, no
  "- n -" numbers, a running footer (office, printed-on date in B.E., "หน้า n/N").
- ``pdf_info(setup, subject="") -> PdfInfo``: title = the kind's description, author = office.
- ``render(story, setup, page_setup, progress=None, subject="") -> bytes``: the PDF.
  ``story`` is a list of flowables or ``story(progress)``; ``progress`` may raise to cancel.
- ``frame_width(page_setup)``: the text width (what table columns add up to).

Pieces of the official formats (หนังสือภายนอก, คำสั่ง, ประกาศ…) several kinds print:

- ``attachment_pages() -> list[Flowable]``: start the enclosures (สิ่งที่ส่งมาด้วย) on a new
  page that carries no "- n -" number (``official_page`` pages only).
- ``label_row(label, value, label_style, value_style, gap=…)``: "เรื่อง  …" with the value's
  wrapped lines aligned after the label (a borderless two-column table).
- ``official_heading(styles, heading, number, subject)``: the centred head of an order or
  announcement ("คำสั่ง…", "ที่ …", "เรื่อง …") and its short rule.
- ``dated_line(text, styles)``: "สั่ง ณ วันที่ …" / "ประกาศ ณ วันที่ …", from the signature's tab.
- ``keep_with_signature(last, signature)``: the signature never alone at a page's top.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Final

from reportlab.platypus import (
    Flowable,
    KeepTogether,
    NextPageTemplate,
    PageBreak,
    PageTemplate,
    Spacer,
    Table,
)

from lao_desktop.documents.blocks import bare_table
from lao_desktop.documents.make import LayoutSetup, Progress
from lao_desktop.documents.page import (
    TOP_MARGIN,
    EmblemKind,
    Footer,
    PageSetup,
)
from lao_desktop.documents.render import PdfInfo, StorySource, render_pdf
from lao_desktop.documents.text import (
    BODY_INDENT,
    Span,
    Styles,
    TextStyle,
    ThaiParagraph,
    add_words,
    font_family,
    text_width,
)

__all__ = [
    "ATTACHMENT_TEMPLATE",
    "SIGNATURE_TAB",
    "OfficialPages",
    "attachment_pages",
    "dated_line",
    "frame_width",
    "keep_with_signature",
    "label_row",
    "official_heading",
    "official_page",
    "pdf_info",
    "render",
    "report_page",
    "styles_for",
]


# Stripped from names so that the place or person itself is kept whole too:
# "ตำบลนาคูณใหญ่" → "นาคูณใหญ่" (longest prefixes first). Not นาย/นาง: "นายก…" is a title.
_NAME_PREFIXES: Final = (
    "องค์การบริหารส่วนจังหวัด",
    "องค์การบริหารส่วนตำบล",
    "เทศบาลตำบล",
    "เทศบาลเมือง",
    "เทศบาลนคร",
    "โรงพยาบาลส่งเสริมสุขภาพตำบล",
    "โรงพยาบาล",
    "โรงเรียน",
    "นางสาว",
    "จังหวัด",
    "อำเภอ",
    "ตำบล",
    "หมู่บ้าน",
    "บ้าน",
    "แขวง",
    "เขต",
)


# A place's own name follows these inside a longer name: "…หมู่บ้านบ้านนาคูณน้อย".
_PLACE_MARKERS: Final = ("บ้าน", "ตำบล", "อำเภอ", "จังหวัด")


# Longer names (อาสาสมัครสาธารณสุขประจำหมู่บ้านบ้าน…) may break between their own words.
_WHOLE_NAME_MAX: Final = 22


def _name_words(names: Iterable[str]) -> list[str]:
    """Names, their space-separated parts, those parts without a prefix such as ตำบล, and
    the place a name ends with (the line breaker keeps single words only)."""
    found: list[str] = []
    for name in names:
        for part in (name or "").split():
            if len(part) <= _WHOLE_NAME_MAX:
                found.append(part)
            for prefix in _NAME_PREFIXES:
                rest = part.removeprefix(prefix)
                if rest != part and 2 < len(rest) <= _WHOLE_NAME_MAX:
                    found.append(rest)
                    break
            for marker in _PLACE_MARKERS:
                place = part.rpartition(marker)[2]
                if place != part and 2 < len(place) <= _WHOLE_NAME_MAX:
                    found.append(place)
    return [word for word in found if len(word) > 1]


def styles_for(setup: LayoutSetup, extra_words: Iterable[str] = ()) -> Styles:
    """The document's styles: the font chosen in settings, the office's digits."""
    office = setup.office
    words = _name_words([*office.address_lines, office.executive.name, *extra_words])
    add_words([*office.name.split(), *words])
    return Styles.for_family(font_family(setup.font), thai_digits=setup.thai_digits)


ATTACHMENT_TEMPLATE: Final = "attachment"
# Where "สั่ง ณ วันที่" and "ประกาศ ณ วันที่" start: two body tabs from the left margin.
SIGNATURE_TAB: Final = 2 * BODY_INDENT
_HEADING_RULE: Final = "-" * 20


@dataclass(frozen=True)
class OfficialPages(PageSetup):
    """Official pages plus an "attachment" template: enclosures, no page number."""

    def templates(self) -> list[PageTemplate]:
        frame = self.body_frame(ATTACHMENT_TEMPLATE, TOP_MARGIN)
        attachment = PageTemplate(id=ATTACHMENT_TEMPLATE, frames=[frame], pagesize=self.pagesize)
        return [*super().templates(), attachment]


def official_page(setup: LayoutSetup, styles: Styles, emblem: EmblemKind = "letter") -> PageSetup:
    """Official A4 pages: emblem on page 1, "- ๒ -" from page 2."""
    return OfficialPages(
        styles=styles,
        emblem=emblem,
        emblem_png=setup.office.emblem_png,
        landscape=False,
        page_numbers=True,
    )


def report_page(setup: LayoutSetup, styles: Styles, landscape: bool = False) -> PageSetup:
    """Report pages: no emblem, the running footer with "หน้า n/N"."""
    return PageSetup(
        styles=styles,
        emblem="none",
        emblem_png=None,
        landscape=landscape,
        page_numbers=False,
        footer=Footer(office=setup.office.name, printed_on=setup.today),
    )


def frame_width(page_setup: PageSetup) -> float:
    return page_setup.frame_width


def pdf_info(setup: LayoutSetup, subject: str = "") -> PdfInfo:
    return PdfInfo(title=setup.title, author=setup.office.name, subject=subject)


def render(
    story: StorySource,
    setup: LayoutSetup,
    page_setup: PageSetup,
    progress: Progress | None = None,
    subject: str = "",
) -> bytes:
    """The PDF as bytes; ``progress`` is passed on to the renderer (it may cancel)."""
    return render_pdf(story, page_setup, pdf_info(setup, subject), progress=progress)


# -- pieces of the official formats ------------------------------------------------------


def attachment_pages() -> list[Flowable]:
    """What follows starts a new page without "- n -" (an enclosure is its own paper)."""
    return [NextPageTemplate(ATTACHMENT_TEMPLATE), PageBreak()]


class _LabelRow(Flowable):  # type: ignore[misc]  # ReportLab is untyped
    """A label and its value; the value's lines all start after the label."""

    def __init__(self, label: ThaiParagraph, value: ThaiParagraph, label_width: float) -> None:
        super().__init__()
        self.label = label
        self.value = value
        self.label_width = label_width
        self._table: Table | None = None

    def _make(self, width: float) -> Table:
        return bare_table([[self.label, self.value]], [self.label_width, width - self.label_width])

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        self._table = self._make(availWidth)
        self.width, self.height = self._table.wrap(availWidth, availHeight)
        return self.width, self.height

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:
        table = self._make(availWidth)
        parts: list[Flowable] = table.split(availWidth, availHeight)
        return parts

    def draw(self) -> None:
        assert self._table is not None
        self._table.drawOn(self.canv, 0, 0)


def label_row(
    label: str,
    value: str | Sequence[Span],
    label_style: TextStyle,
    value_style: TextStyle,
    *,
    gap: float = 8.0,
    label_width: float | None = None,
    space_after: float = 0.0,
) -> Flowable:
    """ "เรื่อง  …": the label, then the value wrapped in the rest of the line."""
    width = label_width if label_width is not None else text_width(label, label_style) + gap
    row = _LabelRow(
        ThaiParagraph(label, label_style.with_(first_indent=0, left_indent=0)),
        ThaiParagraph(value, value_style.with_(first_indent=0, left_indent=0)),
        width,
    )
    if not space_after:
        return row
    return KeepTogether([row, Spacer(1, space_after)])


def official_heading(
    styles: Styles, heading: str, number: str | None, subject: str
) -> list[Flowable]:
    """คำสั่ง/ประกาศ<office>, ที่ …, เรื่อง …, centred, then a short rule."""
    title = styles.title
    parts: list[Flowable] = [ThaiParagraph(heading, title)]
    if number is not None:
        parts.append(ThaiParagraph(f"ที่ {number}", title))
    parts.append(ThaiParagraph(f"เรื่อง {subject}", title))
    parts.append(ThaiParagraph(_HEADING_RULE, styles.plain.with_(align="center")))
    return [KeepTogether(parts), Spacer(1, styles.plain.leading * 0.25)]


def dated_line(text: str, styles: Styles) -> ThaiParagraph:
    """ "สั่ง ณ วันที่ …" starting at the signature's tab, a blank line above it."""
    return ThaiParagraph(
        text,
        styles.plain.with_(left_indent=SIGNATURE_TAB, space_before=styles.plain.leading * 0.5),
    )


def keep_with_signature(last: Sequence[Flowable], signature: Flowable) -> Flowable:
    """The last paragraph(s) and the signature on one page (never a signature alone)."""
    return KeepTogether([*last, signature])
