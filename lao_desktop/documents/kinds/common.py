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
  the office's digits; the office's name, its executive and ``extra_words`` (names of
  villages, networks, people) are added to the line breaker so they are never split.
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
"""

from __future__ import annotations

from collections.abc import Iterable

from lao_desktop.documents.make import LayoutSetup, Progress
from lao_desktop.documents.page import EmblemKind, Footer, PageSetup
from lao_desktop.documents.render import PdfInfo, StorySource, render_pdf
from lao_desktop.documents.text import Styles, add_words, font_family

__all__ = [
    "frame_width",
    "official_page",
    "pdf_info",
    "render",
    "report_page",
    "styles_for",
]


def _name_words(names: Iterable[str]) -> list[str]:
    """Names and their space-separated parts (the breaker keeps single words only)."""
    found: list[str] = []
    for name in names:
        if name:
            found.extend(part for part in name.split() if len(part) > 1)
    return found


def styles_for(setup: LayoutSetup, extra_words: Iterable[str] = ()) -> Styles:
    """The document's styles: the font chosen in settings, the office's digits."""
    office = setup.office
    add_words(_name_words([office.name, office.executive.name, *extra_words]))
    return Styles.for_family(font_family(setup.font), thai_digits=setup.thai_digits)


def official_page(setup: LayoutSetup, styles: Styles, emblem: EmblemKind = "letter") -> PageSetup:
    """Official A4 pages: emblem on page 1, "- ๒ -" from page 2."""
    return PageSetup(
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
