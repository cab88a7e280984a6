"""Official page templates: A4 with the regulation's margins, emblem, page numbers, footer.

``PageSetup`` says what a document's pages look like; ``render.py`` turns it into a ReportLab
document template. Margins: left 3 cm, right 2 cm, top 2.5 cm, bottom 2 cm (the
correspondence regulation). The first page carries the emblem ("ตราครุฑ"):

- ``emblem="letter"``: 3 cm high, centred, 1.5 cm from the top edge (letters, orders,
  announcements, certificates); the text starts below it;
- ``emblem="memo"``: 1.5 cm high at the left margin, 1.5 cm from the top edge; the text
  starts beside it, so the memo title shares its line;
- ``emblem="none"``: reports.

Until the office stores its emblem image a clearly labelled placeholder is printed. From
page 2 the page number is printed at the top centre the official way: "- ๒ -" (Thai digits
when the office uses them). Reports may add a running footer: the office, the date printed
(B.E.) and "หน้า n/N".
"""

from __future__ import annotations

import io
from dataclasses import dataclass, field
from datetime import date
from typing import Final, Literal

from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.units import cm
from reportlab.lib.utils import ImageReader
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Frame, PageTemplate

from lao_desktop.documents.text.paragraph import draw_text, text_width
from lao_desktop.documents.text.styles import Styles, TextStyle
from lao_desktop.thai.dates import format_date

__all__ = [
    "BOTTOM_MARGIN",
    "EMBLEM_PLACEHOLDER_TEXT",
    "LEFT_MARGIN",
    "RIGHT_MARGIN",
    "TOP_MARGIN",
    "EmblemKind",
    "Footer",
    "PageSetup",
    "bare_frame",
    "draw_emblem",
    "page_number_text",
]

LEFT_MARGIN: Final = 3 * cm
RIGHT_MARGIN: Final = 2 * cm
TOP_MARGIN: Final = 2.5 * cm
BOTTOM_MARGIN: Final = 2 * cm
EMBLEM_TOP: Final = 1.5 * cm  # from the top edge of the paper
EMBLEM_HEIGHT: Final = {"letter": 3 * cm, "memo": 1.5 * cm}
EMBLEM_GAP: Final = 0.3 * cm  # between the emblem and the first line of text
EMBLEM_PLACEHOLDER_TEXT: Final = ("ตราครุฑ /", "ตราสัญลักษณ์")
PAGE_NUMBER_BASELINE: Final = 1.5 * cm  # below the top edge
FOOTER_BASELINE: Final = 1.0 * cm  # above the bottom edge

EmblemKind = Literal["letter", "memo", "none"]


def bare_frame(ident: str, x: float, y: float, width: float, height: float) -> Frame:
    """A frame without padding: its text fills exactly the area given."""
    return Frame(
        x,
        y,
        width,
        height,
        leftPadding=0,
        rightPadding=0,
        topPadding=0,
        bottomPadding=0,
        id=ident,
    )


@dataclass(frozen=True)
class Footer:
    """Running footer for reports: office, printed-on date, "หน้า n/N"."""

    office: str
    printed_on: date = field(default_factory=date.today)


@dataclass(frozen=True)
class PageSetup:
    """What the pages of one document look like."""

    styles: Styles = field(default_factory=Styles.for_family)
    emblem: EmblemKind = "letter"
    emblem_png: bytes | None = None  # the office's image; None prints the placeholder
    landscape: bool = False
    page_numbers: bool = True  # "- 2 -" at the top centre from page 2
    footer: Footer | None = None

    @property
    def thai_digits(self) -> bool:
        return self.styles.thai_digits

    @property
    def pagesize(self) -> tuple[float, float]:
        size = landscape(A4) if self.landscape else A4
        return float(size[0]), float(size[1])

    @property
    def frame_width(self) -> float:
        """Width of the text: what table columns must add up to."""
        return float(self.pagesize[0] - LEFT_MARGIN - RIGHT_MARGIN)

    def first_frame_top(self) -> float:
        """Distance from the top edge to the first line of page 1."""
        if self.emblem == "letter":
            return float(EMBLEM_TOP + EMBLEM_HEIGHT["letter"] + EMBLEM_GAP)
        if self.emblem == "memo":
            return float(EMBLEM_TOP)
        return float(TOP_MARGIN)

    def body_frame(self, ident: str, top: float) -> Frame:
        """The text area between the margins, starting ``top`` below the paper's top."""
        height = self.pagesize[1] - top - BOTTOM_MARGIN
        return bare_frame(ident, LEFT_MARGIN, BOTTOM_MARGIN, self.frame_width, height)

    def templates(self) -> list[PageTemplate]:
        first = PageTemplate(
            id="first",
            frames=[self.body_frame("first", self.first_frame_top())],
            onPage=self._on_first_page,
            autoNextPageTemplate="later",
            pagesize=self.pagesize,
        )
        later = PageTemplate(
            id="later",
            frames=[self.body_frame("later", TOP_MARGIN)],
            onPage=self._on_later_page,
            pagesize=self.pagesize,
        )
        return [first, later]

    # -- drawing -------------------------------------------------------------------------

    def _on_first_page(self, canv: Canvas, doc: BaseDocTemplate) -> None:
        if self.emblem != "none":
            draw_emblem(canv, self, self.emblem)

    def _on_later_page(self, canv: Canvas, doc: BaseDocTemplate) -> None:
        if self.page_numbers:
            height = self.pagesize[1]
            style = self.styles.plain.with_(align="center")
            draw_text(
                canv,
                LEFT_MARGIN + self.frame_width / 2,
                height - PAGE_NUMBER_BASELINE,
                page_number_text(canv.getPageNumber()),
                style,
            )

    def draw_footer(self, canv: Canvas, page: int, total: int) -> None:
        """Called for every page once the number of pages is known."""
        if self.footer is None:
            return
        style: TextStyle = self.styles.small
        y = FOOTER_BASELINE
        right = LEFT_MARGIN + self.frame_width
        canv.saveState()
        canv.setLineWidth(0.4)
        canv.line(LEFT_MARGIN, y + style.leading * 0.75, right, y + style.leading * 0.75)
        canv.restoreState()
        draw_text(canv, LEFT_MARGIN, y, self.footer.office, style)
        printed = "พิมพ์เมื่อ " + format_date(self.footer.printed_on, "full")
        draw_text(canv, LEFT_MARGIN + self.frame_width / 2, y, printed, style.with_(align="center"))
        draw_text(canv, right, y, f"หน้า {page}/{total}", style.with_(align="right"))


def page_number_text(page: int) -> str:
    """The official page number: "- 2 -" (digits localised when drawn)."""
    return f"- {page} -"


def _emblem_box(setup: PageSetup, kind: EmblemKind) -> tuple[float, float, float, float]:
    """x, y (bottom left), width, height of the emblem on the page."""
    page_h = setup.pagesize[1]
    height = EMBLEM_HEIGHT["memo" if kind == "memo" else "letter"]
    width = height * 0.9
    top = page_h - EMBLEM_TOP
    x = LEFT_MARGIN if kind == "memo" else LEFT_MARGIN + (setup.frame_width - width) / 2
    return x, top - height, width, height


def draw_emblem(canv: Canvas, setup: PageSetup, kind: EmblemKind) -> None:
    """The office's emblem image, or a labelled placeholder frame."""
    x, y, width, height = _emblem_box(setup, kind)
    if setup.emblem_png:
        image = ImageReader(io.BytesIO(setup.emblem_png))
        img_w, img_h = image.getSize()
        draw_w = height * img_w / img_h if img_h else width
        if kind != "memo":
            x = LEFT_MARGIN + (setup.frame_width - draw_w) / 2
        canv.drawImage(image, x, y, draw_w, height, mask="auto")
        return
    _draw_placeholder(canv, x, y, width, height, setup.styles)


def _draw_placeholder(
    canv: Canvas, x: float, y: float, width: float, height: float, styles: Styles
) -> None:
    canv.saveState()
    canv.setLineWidth(0.5)
    canv.setDash(2, 2)
    canv.setStrokeGray(0.45)
    canv.rect(x, y, width, height, stroke=1, fill=0)
    canv.restoreState()
    style = styles.small.with_(align="center", size=12 if height > 2 * cm else 8)
    widest = max(text_width(line, style) for line in EMBLEM_PLACEHOLDER_TEXT)
    if widest > width * 0.92:  # shrink to fit the frame
        style = style.with_(size=style.size * width * 0.92 / widest)
    lines = len(EMBLEM_PLACEHOLDER_TEXT)
    first = y + height / 2 + (lines - 1) * style.leading / 2 - style.font_size * 0.3
    for i, line in enumerate(EMBLEM_PLACEHOLDER_TEXT):
        draw_text(canv, x + width / 2, first - i * style.leading, line, style)
