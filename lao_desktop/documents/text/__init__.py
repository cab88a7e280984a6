"""The Thai text engine: fonts, shaping with a correct text layer, line breaking, paragraphs.

Public API (import from here):

- ``font_family(path=None) -> FontFamily``: bundled Sarabun or the office's TTF, registered once.
- ``Styles.for_family(family, thai_digits=...)``: body, plain, body_bold, heading, memo_title,
  memo_label, small, table, table_header, title; ``TextStyle.with_(...)`` for variants.
- ``ThaiParagraph(text | [Span, ...], style)``: Flowable, also inside Table cells.
- ``draw_text(canvas, x, y, text, style)``, ``text_width(text, style)``: single lines.
- ``add_words([...])``: the office's names kept whole by the line breaker.
- ``localize_digits(text, thai_digits)``: 0-9 → ๐-๙ outside e-mail/web addresses.
"""

from lao_desktop.documents.text.breaking import add_words
from lao_desktop.documents.text.fonts import FontFamily, font_family
from lao_desktop.documents.text.paragraph import (
    Span,
    ThaiParagraph,
    draw_text,
    localize_digits,
    text_width,
)
from lao_desktop.documents.text.styles import BODY_INDENT, Styles, TextStyle

__all__ = [
    "BODY_INDENT",
    "FontFamily",
    "Span",
    "Styles",
    "TextStyle",
    "ThaiParagraph",
    "add_words",
    "draw_text",
    "font_family",
    "localize_digits",
    "text_width",
]
