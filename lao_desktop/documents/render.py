"""Build a PDF from flowables on official pages, to bytes or atomically to a file.

    pdf = render_pdf(story, PageSetup(styles=styles, emblem="letter"), PdfInfo(title=...))
    render_pdf_to(path, story, setup, info, progress=progress)

``story`` is a list of flowables, or a function ``story(progress)`` that prepares them (long
reports report their preparation too). ``progress(done, total, what)`` follows the program's
convention (``gui/jobs.py``): it is called during preparation and per page, and raising from
it (``Cancelled``) stops the build. ``render_pdf_to`` writes a temporary file in the target
folder and renames it, so a failure or a cancel never leaves a half-written PDF.
"""

from __future__ import annotations

import io
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, BinaryIO, Final

from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Flowable

from lao_desktop.documents.page import PageSetup
from lao_desktop.files import atomic_file
from lao_desktop.i18n import _

__all__ = ["CREATOR", "PdfInfo", "Progress", "StorySource", "render_pdf", "render_pdf_to"]

CREATOR: Final = "LAO Network Desktop"
Progress = Callable[[int, int, str], None]
StorySource = Sequence[Flowable] | Callable[[Progress], Sequence[Flowable]]


@dataclass(frozen=True)
class PdfInfo:
    """The PDF's document properties."""

    title: str
    author: str = ""  # the office
    subject: str = ""
    keywords: str = ""


def _no_progress(done: int, total: int, what: str) -> None:
    return None


class _Doc(BaseDocTemplate):  # type: ignore[misc]  # ReportLab is untyped
    def __init__(self, target: Any, setup: PageSetup, info: PdfInfo) -> None:
        super().__init__(
            target,
            pagesize=setup.pagesize,
            leftMargin=0,
            rightMargin=0,
            topMargin=0,
            bottomMargin=0,
            title=info.title,
            author=info.author,
            subject=info.subject,
            keywords=info.keywords,
            creator=CREATOR,
            producer=CREATOR,
            lang="th-TH",
            initialFontName=setup.styles.family.regular,
        )
        self.addPageTemplates(setup.templates())


def _canvas_maker(setup: PageSetup) -> type[Canvas]:
    """A canvas that draws the running footer once the page count is known."""

    class _Canvas(Canvas):  # type: ignore[misc]
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            self._pages: list[dict[str, Any]] = []

        def showPage(self) -> None:
            self._pages.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            total = len(self._pages)
            for number, state in enumerate(self._pages, 1):
                self.__dict__.update(state)
                setup.draw_footer(self, number, total)
                super().showPage()
            super().save()

    maker: type[Canvas] = Canvas if setup.footer is None else _Canvas
    return maker


def _build(
    target: str | BinaryIO, story: StorySource, setup: PageSetup, info: PdfInfo, progress: Progress
) -> None:
    flowables = list(story(progress) if callable(story) else story)
    doc = _Doc(target, setup, info)
    state = {"total": len(flowables), "done": 0, "page": 1}

    def on_progress(kind: str, value: int) -> None:
        if kind == "SIZE_EST":
            state["total"] = value
        elif kind == "PAGE":
            state["page"] = value + 1
        elif kind == "PROGRESS":
            state["done"] = value
        else:
            return
        progress(state["done"], state["total"], _("Page {number}").format(number=state["page"]))

    doc.setProgressCallBack(on_progress)
    doc.build(flowables, canvasmaker=_canvas_maker(setup))


def render_pdf(
    story: StorySource, setup: PageSetup, info: PdfInfo, *, progress: Progress | None = None
) -> bytes:
    """The PDF as bytes."""
    buffer = io.BytesIO()
    _build(buffer, story, setup, info, progress or _no_progress)
    return buffer.getvalue()


def render_pdf_to(
    path: Path | str,
    story: StorySource,
    setup: PageSetup,
    info: PdfInfo,
    *,
    progress: Progress | None = None,
) -> Path:
    """Write the PDF to ``path`` atomically; returns the path."""
    target = Path(path)
    with atomic_file(target) as file:
        _build(file, story, setup, info, progress or _no_progress)
    return target
