"""Making a document from the program: the preview window (print, save as PDF), with the
document made off the UI thread.

The worker reads through a ``Services`` of its own on the same database and user: a service
context holds the session of a write in progress, and that belongs to the UI thread.
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING, Any

from PySide6.QtWidgets import QWidget

from lao_desktop.documents.catalogue import KINDS, Kind, kind_named
from lao_desktop.documents.content.options import ReportOptions
from lao_desktop.documents.content.records import MODEL_OF
from lao_desktop.gui.jobs import Progress
from lao_desktop.services.registry import Services
from lao_desktop.thai.dates import be_year

if TYPE_CHECKING:  # pypdfium2 loads with the first preview, not with the lists
    from lao_desktop.gui.print_preview import PrintPreviewDialog


def kinds_about(model: type[Any]) -> list[Kind]:
    """The documents printed from one record of ``model`` (a meeting: invitation, memo,
    minutes …), in the catalogue's order."""
    return [k for k in KINDS if k.about is not None and MODEL_OF[k.about] is model]


def file_name(kind: Kind, options: ReportOptions) -> str:
    """What the saved PDF is called by default: the kind and the date, e.g. "minutes
    2569-11-21" (the B.E. date sorts like the ISO one)."""
    day: date = options.day
    stamp = f"{be_year(day)}-{day.month:02d}-{day.day:02d}"
    year = f" {options.year}" if kind.takes_year and options.year else ""
    return f"{kind.name}{year} {stamp}"


def preview(
    parent: QWidget | None, services: Services, kind_name: str, options: ReportOptions
) -> PrintPreviewDialog:
    """Make the document and show it; the dialog tells the clerk when it cannot be made."""
    from lao_desktop.gui.print_preview import PrintPreviewDialog

    kind = kind_named(kind_name)
    db, actor = services.ctx.db, services.ctx.actor

    def make(progress: Progress) -> bytes:
        from lao_desktop.documents.make import render_pdf

        return render_pdf(kind.name, Services(db, actor), options, progress)

    return PrintPreviewDialog(parent, kind.title_text(), make, file_name(kind, options))
