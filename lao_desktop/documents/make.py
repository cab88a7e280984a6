"""Making a document: ``make_pdf(kind, services, out, options, progress)``.

The content of the kind is gathered from the services (``documents.content``), then its
layout module ``lao_desktop.documents.kinds.<kind>`` turns it into PDF bytes. A layout
module provides one function::

    def build_pdf(content, setup: LayoutSetup, progress: Progress | None) -> bytes

``content`` is the kind's content dataclass (see the catalogue), ``setup`` what every
layout needs besides it (the font chosen in settings, Thai digits, the office, the title
for the PDF's metadata, the print date). ``progress(done, total, what)`` may raise to
cancel; a layout passes it on to the renderer.

The file is written to a temporary file in the same folder and renamed, so a failure or a
cancel never leaves a half-written PDF behind.
"""

from __future__ import annotations

import importlib
import os
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any, Protocol

from lao_desktop.documents.catalogue import Kind, gather, kind_named
from lao_desktop.documents.content.base import OfficeInfo, office_info
from lao_desktop.documents.content.options import ReportOptions
from lao_desktop.files import write_atomically
from lao_desktop.services.registry import Services

Progress = Callable[[int, int, str], None]


@dataclass(frozen=True)
class LayoutSetup:
    kind: str
    title: str  # the PDF's title (metadata): the kind's description
    office: OfficeInfo  # name, address, executive, emblem_png (None: print the placeholder)
    font: Path | None  # the office's own TrueType file, None for the bundled Sarabun
    thai_digits: bool
    today: date


class Layout(Protocol):
    def build_pdf(self, content: Any, setup: LayoutSetup, progress: Progress | None) -> bytes: ...


def layout_of(kind: Kind) -> Layout:
    module: Layout = importlib.import_module(kind.layout_module)
    return module


def render_pdf(
    kind_name: str,
    services: Services,
    options: ReportOptions,
    progress: Progress | None = None,
) -> bytes:
    """The PDF of one document, as bytes (print preview, tests)."""
    kind = kind_named(kind_name)
    content = gather(kind, services, options)  # bad input is told before anything else
    layout = layout_of(kind)
    office = office_info(services)
    setup = LayoutSetup(
        kind=kind.name,
        title=kind.label(),
        office=office,
        font=services.settings.document_font(),
        thai_digits=office.thai_digits,
        today=options.day,
    )
    return layout.build_pdf(content, setup, progress)


def make_pdf(
    kind: str,
    services: Services,
    out: str | os.PathLike[str],
    options: ReportOptions | None = None,
    progress: Progress | None = None,
) -> Path:
    """Make the document ``kind`` and write it to ``out``; returns the path written."""
    target = Path(out)
    data = render_pdf(kind, services, options or ReportOptions(), progress)
    write_atomically(target, data)
    return target
