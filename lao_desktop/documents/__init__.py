"""Official Thai documents and reports, drawn with ReportLab (no Qt here).

``make_pdf(kind, services, out, options, progress)`` makes one document; the kinds are listed
in ``documents.catalogue``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from lao_desktop.documents.make import make_pdf as make_pdf


def __getattr__(name: str) -> Any:
    # Imported on first use: the text engine's modules need not load the catalogue.
    if name == "make_pdf":
        from lao_desktop.documents.make import make_pdf

        return make_pdf
    raise AttributeError(name)
