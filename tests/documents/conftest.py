"""Shared fixtures for document tests: what three PDF readers extract, and where characters are.

- ``extracted(pdf) -> dict[str, list[str]]``: per extractor ("pdfium", "pypdf", "poppler"),
  one string per page. pdfium is what Chrome and most viewers use, poppler is pdftotext.
- ``page_lines(text) -> list[str]``: a page's text as non-empty lines without surrounding
  spaces (the readers differ only in line ends).
- ``char_boxes(pdf) -> list[list[dict]]``: pdfplumber's character boxes per page.
- ``demo``: Services on a copy of the small demo office, shared (read only) by the tests of
  one module; ``demo_copy(tmp_path_factory)`` for a copy of one's own to change.
"""

from __future__ import annotations

import io
import shutil
import subprocess
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from lao_desktop.db.database import open_database
from lao_desktop.services import Services
from tests.support.demo import demo_copy

Extracted = dict[str, list[str]]


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Services]:
    """Read only: the tests of one module share one copy."""
    database = open_database(demo_copy(tmp_path_factory))
    yield Services(database)
    database.dispose()


def _pdfium(pdf: bytes) -> list[str]:
    import pypdfium2 as pdfium

    document = pdfium.PdfDocument(pdf)
    try:
        return [document[i].get_textpage().get_text_range() for i in range(len(document))]
    finally:
        document.close()


def _pypdf(pdf: bytes) -> list[str]:
    from pypdf import PdfReader

    return [page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages]


def _poppler(pdf: bytes, folder: Path) -> list[str]:
    path = folder / "extract.pdf"
    path.write_bytes(pdf)
    out = subprocess.run(
        ["pdftotext", "-enc", "UTF-8", str(path), "-"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    pages = out.split("\f")
    return pages[:-1] if pages and not pages[-1].strip() else pages


def page_lines(text: str) -> list[str]:
    return [line.strip() for line in text.replace("\r\n", "\n").split("\n") if line.strip()]


@pytest.fixture
def extracted(tmp_path: Path) -> Callable[[bytes], Extracted]:
    # Not a skip: a missing extractor must not pass the text-layer checks silently.
    assert shutil.which("pdftotext"), "pdftotext is missing: apt-get install poppler-utils"

    def extract(pdf: bytes) -> Extracted:
        return {"pdfium": _pdfium(pdf), "pypdf": _pypdf(pdf), "poppler": _poppler(pdf, tmp_path)}

    return extract


@pytest.fixture
def char_boxes() -> Callable[[bytes], list[list[dict[str, Any]]]]:
    def boxes(pdf: bytes) -> list[list[dict[str, Any]]]:
        import pdfplumber

        with pdfplumber.open(io.BytesIO(pdf)) as document:
            return [list(page.chars) for page in document.pages]

    return boxes
