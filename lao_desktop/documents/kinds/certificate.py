"""เกียรติบัตร and หนังสือขอบคุณ for a partner, in one PDF.

Page 1 is the certificate: A4 landscape inside a double border, everything centred on the
paper — the office's emblem, the office, "ขอมอบเกียรติบัตรฉบับนี้ไว้เพื่อแสดงว่า", the partner
in large type, why, what it contributed, the wish, "ให้ไว้ ณ วันที่ …" and the executive's
signature. The type is made smaller only when the text would not fit on the one page.

Then the thank-you letter, a หนังสือภายนอก to the partner on A4 portrait pages, laid out by
the letter kind (``kinds.letter.letter_story``); its page numbers count from the letter's
own first page.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Final

from reportlab.lib.colors import Color
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.units import cm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    NextPageTemplate,
    PageBreak,
    PageTemplate,
    Spacer,
)

from lao_desktop.documents.content.certificate import CertificateContent
from lao_desktop.documents.kinds.common import official_page, render, styles_for
from lao_desktop.documents.kinds.letter import letter_story
from lao_desktop.documents.make import LayoutSetup, Progress
from lao_desktop.documents.page import (
    EMBLEM_HEIGHT,
    EMBLEM_TOP,
    LEFT_MARGIN,
    PAGE_NUMBER_BASELINE,
    PageSetup,
    bare_frame,
    draw_emblem,
    page_number_text,
)
from lao_desktop.documents.text import Styles, TextStyle, ThaiParagraph, draw_text

__all__ = ["CERTIFICATE_MARGIN", "build_pdf", "certificate_story"]

CERTIFICATE_TEMPLATE: Final = "certificate"
LETTER_TEMPLATE: Final = "first"  # the official page 1 of ``official_page``
LETTER_LATER: Final = "later"
CERTIFICATE_SIZE: Final = (float(landscape(A4)[0]), float(landscape(A4)[1]))
# The certificate's text stays this far from every edge (centred on the paper).
CERTIFICATE_MARGIN: Final = (3.0 * cm, 1.8 * cm)  # left and right, top and bottom
CERTIFICATE_WIDTH: Final = CERTIFICATE_SIZE[0] - 2 * CERTIFICATE_MARGIN[0]
BORDER_INSETS: Final = (0.9 * cm, 1.15 * cm)  # outer and inner rule, from the paper's edge
BORDER_COLOUR: Final = Color(0.55, 0.42, 0.13)  # dark gold
GIVEN_ON: Final = "ให้ไว้ ณ วันที่"
# Official (TH Sarabun) sizes of the certificate's lines at full scale.
SIZES: Final = {"office": 24, "intro": 18, "recipient": 34, "text": 18}
SCALES: Final = (1.0, 0.92, 0.85, 0.78, 0.7)  # only for a very long name or reason
LIST_SIZES: Final = (16, 15, 14, 13)  # the contributions
NARROW: Final = 1.5 * cm  # paragraphs narrower than the frame, for balanced lines
MORE: Final = "และอื่น ๆ อีก {} รายการ"


class _Emblem(Flowable):  # type: ignore[misc]  # ReportLab is untyped
    """The office's emblem (or its labelled placeholder) centred in the flowable's width."""

    def __init__(self, page: PageSetup) -> None:
        super().__init__()
        self.page = page
        self.height = float(EMBLEM_HEIGHT["letter"])

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        self.width = availWidth
        return availWidth, self.height

    def draw(self) -> None:
        # draw_emblem places it for the page setup given (centred on its frame, at its top):
        # move the origin so that this place is the centre of this flowable's box.
        page_h = self.page.pagesize[1]
        centre = LEFT_MARGIN + self.page.frame_width / 2
        bottom = page_h - EMBLEM_TOP - EMBLEM_HEIGHT["letter"]
        self.canv.saveState()
        self.canv.translate(self.width / 2 - centre, -bottom)
        draw_emblem(self.canv, self.page, "letter")
        self.canv.restoreState()


def _certificate_frame() -> Frame:
    width, height = CERTIFICATE_SIZE
    side, top = CERTIFICATE_MARGIN
    return bare_frame(CERTIFICATE_TEMPLATE, side, top, width - 2 * side, height - 2 * top)


def _draw_border(canv: Canvas, doc: BaseDocTemplate) -> None:
    width, height = CERTIFICATE_SIZE
    canv.saveState()
    canv.setStrokeColor(BORDER_COLOUR)
    for inset, line in zip(BORDER_INSETS, (2.2, 0.7), strict=True):
        canv.setLineWidth(line)
        canv.rect(inset, inset, width - 2 * inset, height - 2 * inset, stroke=1, fill=0)
    canv.restoreState()


@dataclass(frozen=True)
class _CertificateThenLetter(PageSetup):
    """The landscape certificate page, then the official letter's portrait pages."""

    letter: PageSetup | None = None

    def templates(self) -> list[PageTemplate]:
        assert self.letter is not None
        certificate = PageTemplate(
            id=CERTIFICATE_TEMPLATE,
            frames=[_certificate_frame()],
            onPage=_draw_border,
            pagesize=CERTIFICATE_SIZE,
        )
        letter = self.letter.templates()
        for template in letter:
            if template.id == LETTER_LATER:
                template.onPage = self._letter_page_number
        return [certificate, *letter]

    def _letter_page_number(self, canv: Canvas, doc: BaseDocTemplate) -> None:
        """ "- ๒ -" on the letter's second page: the certificate is not counted."""
        assert self.letter is not None
        style = self.styles.plain.with_(align="center")
        x = LEFT_MARGIN + self.letter.frame_width / 2
        y = self.letter.pagesize[1] - PAGE_NUMBER_BASELINE
        draw_text(canv, x, y, page_number_text(canv.getPageNumber() - 1), style)


def _style(styles: Styles, size: float, bold: bool = False, narrow: float = 0.0) -> TextStyle:
    return styles.plain.with_(
        size=size, bold=bold, align="center", left_indent=narrow, right_indent=narrow
    )


def _lines_at(text: str, style: TextStyle, width: float) -> int:
    return round(ThaiParagraph(text, style).wrap(width, 10_000)[1] / style.leading)


def _balanced(text: str, style: TextStyle, width: float = CERTIFICATE_WIDTH) -> ThaiParagraph:
    """Centred text of several lines made as narrow as it can be without one more line,
    so that its lines are about as long as each other (no lone word on the last one)."""
    lines = _lines_at(text, style, width)
    if lines <= 1:
        return ThaiParagraph(text, style)
    base, low, high = style.left_indent, 0.0, width / 2 - style.left_indent - 2 * cm
    for _ in range(6):  # to about 1.5 mm
        middle = (low + high) / 2
        narrower = style.with_(left_indent=base + middle, right_indent=base + middle)
        if _lines_at(text, narrower, width) == lines:
            low = middle
        else:
            high = middle
    return ThaiParagraph(text, style.with_(left_indent=base + low, right_indent=base + low))


def _lines(content: CertificateContent, styles: Styles, scale: float) -> list[list[Flowable]]:
    """The certificate's groups of lines (spaced apart on the page) at ``scale``, with an
    empty group where the contributions go."""
    text = _style(styles, SIZES["text"] * scale, narrow=NARROW)
    plain = _style(styles, SIZES["text"] * scale)
    signer = content.signatory
    signature: list[Flowable] = [Spacer(1, plain.leading * 1.6)]
    signature.append(ThaiParagraph(f"({signer.name})", plain))
    if signer.position:
        signature.append(ThaiParagraph(signer.position, plain))
    return [
        [
            ThaiParagraph(content.granted_by, _style(styles, SIZES["office"] * scale, True)),
            ThaiParagraph(content.intro, _style(styles, SIZES["intro"] * scale)),
        ],
        [_balanced(content.recipient, _style(styles, SIZES["recipient"] * scale, True))],
        [_balanced(content.reason, text)],
        [],  # the contributions
        [_balanced(content.wish, text)],
        [ThaiParagraph(f"{GIVEN_ON} {content.given_on}", plain)],
        signature,
    ]


def _contributions(
    lines: Sequence[str], styles: Styles, width: float, room: float
) -> list[Flowable]:
    """As many of the contributions as fit in ``room``, in the largest list size that holds
    them all (or the smallest one); the rest are counted on a last line. The letter that
    follows gives them all."""
    best: list[Flowable] = []
    for size in LIST_SIZES:
        style = _style(styles, size, narrow=NARROW)
        shown = [_balanced(line, style, width) for line in lines]
        heights = [_height([p], width) for p in shown]
        if sum(heights) <= room:
            return list(shown)
        count, used = 0, style.leading  # keep a line for "และอื่น ๆ อีก n รายการ"
        while count < len(shown) and used + heights[count] <= room:
            used += heights[count]
            count += 1
        best = [*shown[:count], ThaiParagraph(MORE.format(len(lines) - count), style)]
    return best if len(best) > 1 else []


def _height(flowables: Sequence[Flowable], width: float) -> float:
    total = 0.0
    for flowable in flowables:
        total += flowable.wrap(width, 10_000)[1]
        total += flowable.getSpaceBefore() + flowable.getSpaceAfter()
    return total


def certificate_story(
    content: CertificateContent, styles: Styles, page: PageSetup
) -> list[Flowable]:
    """The certificate page's flowables: full size type unless the main text does not fit,
    the contributions in what room is left, spaced evenly."""
    top = CERTIFICATE_MARGIN[1]
    width = CERTIFICATE_WIDTH
    room = CERTIFICATE_SIZE[1] - 2 * top
    emblem = _Emblem(page)
    gap = 0.35 * cm
    for scale in SCALES:
        groups = _lines(content, styles, scale)
        used = emblem.height + sum(_height(g, width) for g in groups) + gap * len(groups)
        if used <= room:
            break
    if content.contributions:
        groups[3] = _contributions(content.contributions, styles, width, room - used)
        used += _height(groups[3], width)
    groups = [g for g in groups if g]
    spare = max(room - used, 0.0)
    # Half the spare room between the groups, the rest above and below the whole.
    between = gap + spare * 0.5 / len(groups)
    story: list[Flowable] = [Spacer(1, spare * 0.25), emblem]
    for group in groups:
        story.append(Spacer(1, between))
        story.extend(group)
    return story


def build_pdf(content: CertificateContent, setup: LayoutSetup, progress: Progress | None) -> bytes:
    letter = content.thank_you
    styles = styles_for(setup, [content.recipient, content.signatory.name, letter.to])
    letter_page = official_page(setup, styles, "letter")
    pages = _CertificateThenLetter(
        styles=styles,
        emblem="letter",
        emblem_png=setup.office.emblem_png,
        landscape=True,
        page_numbers=True,
        letter=letter_page,
    )
    story = certificate_story(content, styles, letter_page)
    story += [NextPageTemplate(LETTER_TEMPLATE), PageBreak()]
    story += letter_story(letter, styles, letter_page.frame_width)
    return render(story, setup, pages, progress, subject=content.recipient)
