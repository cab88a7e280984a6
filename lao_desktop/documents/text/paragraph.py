"""Thai paragraphs and single lines for ReportLab, shaped and broken between words.

- ``ThaiParagraph(text, style)``: a Flowable for story, frames and Table cells. ``text`` is a
  string (newlines kept) or a sequence of ``Span`` for bold/italic runs. Lines are broken in
  ``wrap()`` at the width actually given (cached per width), so a table cell breaks at its
  column width minus padding; long paragraphs split across pages.
- ``draw_text(canvas, x, y, text, style)``: one shaped line on a canvas (headers, page
  numbers, certificates); ``style.align`` says whether ``x`` is the left end, centre or right.
- ``text_width(text, style)``: the printed width of one line.

Digits are printed as Thai digits when ``style.thai_digits`` is on, except inside words that
hold Latin letters (e-mail addresses, web addresses).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable

from lao_desktop.documents.text.breaking import Line, break_lines, graphemes, words
from lao_desktop.documents.text.emit import draw_run
from lao_desktop.documents.text.shaping import shaped_width
from lao_desktop.documents.text.styles import TextStyle
from lao_desktop.thai.digits import to_thai_digits

__all__ = ["Span", "ThaiParagraph", "draw_text", "localize_digits", "text_width"]

_LATIN_WORD = re.compile(r"\S*[A-Za-z@]\S*|\S+")


@dataclass(frozen=True)
class Span:
    """A run of a paragraph with its own weight: ``Span("นายสมชาย", bold=True)``."""

    text: str
    bold: bool = False
    italic: bool = False


def localize_digits(text: str, thai_digits: bool) -> str:
    """0-9 → ๐-๙ when asked, leaving e-mail and web addresses as they are."""
    if not thai_digits or not any(c.isdigit() for c in text):
        return text
    return _LATIN_WORD.sub(
        lambda m: m.group(0) if re.search(r"[A-Za-z@]", m.group(0)) else to_thai_digits(m.group(0)),
        text,
    )


def _measure(font: str, text: str, size: float) -> float:
    return shaped_width(font, text, size)


def text_width(text: str, style: TextStyle) -> float:
    return _measure(style.font, localize_digits(text, style.thai_digits), style.font_size)


def _draw_pieces(canv: Canvas, x: float, y: float, line: Line, color: Any) -> None:
    draw_run(canv, x, y, ((p.text, p.font, p.size) for p in line.pieces), color)


@lru_cache(maxsize=50_000)
def _broken(spans: tuple[tuple[str, str, float], ...], width: float, first: float) -> list[Line]:
    """Line breaking is pure: table cells repeat the same text at the same width."""
    return break_lines(spans, width, _measure, first)


def draw_text(canv: Canvas, x: float, y: float, text: str, style: TextStyle) -> float:
    """Draw one line with its baseline at ``y``; returns its width. No wrapping."""
    text = localize_digits(text, style.thai_digits)
    size = style.font_size
    width = _measure(style.font, text, size)
    if style.align == "center":
        x -= width / 2
    elif style.align == "right":
        x -= width
    lines = break_lines([(text, style.font, size)], float("inf"), _measure)
    for i, line in enumerate(lines):
        _draw_pieces(canv, x, y - i * style.leading, line, style.color)
    return width


class ThaiParagraph(Flowable):  # type: ignore[misc]  # ReportLab is untyped
    """Thai text as a Flowable: shaped, broken between words, left-aligned by default."""

    def __init__(
        self,
        text: str | Sequence[Span],
        style: TextStyle,
        *,
        _lines: list[Line] | None = None,
        _first: bool = True,
        _last: bool = True,
    ) -> None:
        super().__init__()
        spans = [Span(text)] if isinstance(text, str) else list(text)
        self.style = style
        self.spans = [
            (
                localize_digits(s.text, style.thai_digits),
                style.family.face(s.bold or style.bold, s.italic or style.italic),
                style.font_size,
            )
            for s in spans
            if s.text
        ]
        self._fixed = _lines
        self._first = _first
        self._last = _last
        self._by_width: dict[float, list[Line]] = {}
        self.lines: list[Line] = _lines or []
        self.keepWithNext = style.keep_with_next

    # -- layout --------------------------------------------------------------------------

    def plain_text(self) -> str:
        return "".join(text for text, _, _ in self.spans)

    def _lines_for(self, width: float) -> list[Line]:
        if self._fixed is not None:
            return self._fixed
        key = round(width, 2)
        lines = self._by_width.get(key)
        if lines is None:
            style = self.style
            inner = width - style.left_indent - style.right_indent
            first = inner - style.first_indent if self._first else inner
            lines = _broken(tuple(self.spans), max(inner, 1.0), max(first, 1.0))
            self._by_width[key] = lines
        return lines

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        self.width = availWidth
        self.lines = self._lines_for(availWidth)
        self.height = len(self.lines) * self.style.leading
        return availWidth, self.height

    def minWidth(self) -> float:
        """The widest word: a table column narrower than this would cut words."""
        style = self.style
        widest = 0.0
        for text, font, size in self.spans:
            for word in words(text):
                if not word.isspace():
                    w = _measure(font, word, size)
                    widest = max(
                        widest,
                        w if w < 200 else max(_measure(font, g, size) for g in graphemes(word)),
                    )
        return widest + style.left_indent + style.right_indent + style.first_indent

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:
        lines = self._lines_for(availWidth)
        fit = int((availHeight + 1e-6) // self.style.leading)
        if fit <= 0 or len(lines) <= 1:
            return []
        if fit >= len(lines):
            return [self]
        head = ThaiParagraph([], self.style, _lines=lines[:fit], _first=self._first, _last=False)
        tail = ThaiParagraph([], self.style, _lines=lines[fit:], _first=False, _last=self._last)
        head.spans = tail.spans = self.spans
        return [head, tail]

    def getSpaceBefore(self) -> float:
        return self.style.space_before if self._first else 0.0

    def getSpaceAfter(self) -> float:
        return self.style.space_after if self._last else 0.0

    # -- drawing -------------------------------------------------------------------------

    def draw(self) -> None:
        style = self.style
        canv = self.canv
        y = self.height - style.ascent
        inner = self.width - style.left_indent - style.right_indent
        for i, line in enumerate(self.lines):
            x = style.left_indent
            if i == 0 and self._first:
                x += style.first_indent
            room = inner - (x - style.left_indent)
            if style.align == "center":
                x += (room - line.width) / 2
            elif style.align == "right":
                x += room - line.width
            _draw_pieces(canv, x, y, line, style.color)
            y -= style.leading

    def __repr__(self) -> str:
        return f"ThaiParagraph({self.plain_text()[:40]!r})"
