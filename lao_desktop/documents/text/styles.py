"""Text styles of official documents, with sizes in TH Sarabun points.

``Styles.for_family(font_family(path), thai_digits=...)`` gives the named styles every
document kind uses (``styles.body``, ``styles.heading``…); ``style.with_(align="center")``
makes a variant. Sizes follow the correspondence regulation's TH Sarabun sizes (body 16,
memo title 29, memo labels 20) and are printed at the size that matches them in the chosen
font (``FontFamily.size``).
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from typing import Any, Final, Literal

from reportlab.lib.colors import Color, black
from reportlab.lib.units import cm

from lao_desktop.documents.text.fonts import FontFamily, bundled_family

__all__ = ["BODY_INDENT", "Align", "Styles", "TextStyle"]

Align = Literal["left", "center", "right"]
# First line of a body paragraph (the regulation: 2.5 cm from the left margin).
BODY_INDENT: Final = 2.5 * cm


@dataclass(frozen=True)
class TextStyle:
    """How a paragraph or a single line is printed."""

    family: FontFamily = field(default_factory=bundled_family)
    size: float = 16  # official (TH Sarabun) points
    bold: bool = False
    italic: bool = False
    align: Align = "left"
    first_indent: float = 0.0  # points, first line only
    left_indent: float = 0.0
    right_indent: float = 0.0
    space_before: float = 0.0
    space_after: float = 0.0
    line_spacing: float = 1.0  # times single spacing
    color: Color = black
    thai_digits: bool = False  # print 0-9 as ๐-๙ (office setting)
    keep_with_next: bool = False

    @property
    def font(self) -> str:
        return self.family.face(self.bold, self.italic)

    @property
    def font_size(self) -> float:
        """The printed size in points."""
        return self.family.size(self.size)

    @property
    def leading(self) -> float:
        return self.family.leading(self.size) * self.line_spacing

    @property
    def ascent(self) -> float:
        """Baseline distance below the top of a line box."""
        return self.leading - self.descent

    @property
    def descent(self) -> float:
        return self.family.leading(self.size) * self.family.descent_share

    def with_(self, **changes: Any) -> TextStyle:
        """A variant: ``styles.body.with_(align="center", bold=True)``."""
        return replace(self, **changes)


@dataclass(frozen=True)
class Styles:
    """The named styles of one document (one font family, one digits setting)."""

    body: TextStyle  # 16, first line indented 2.5 cm
    plain: TextStyle  # 16, no indent (headers, lists)
    body_bold: TextStyle
    heading: TextStyle  # 20 bold, centred
    memo_title: TextStyle  # 29 bold, centred
    memo_label: TextStyle  # 20 bold
    small: TextStyle  # 14
    table: TextStyle  # 14, table cells
    table_header: TextStyle  # 14 bold, centred
    title: TextStyle  # 16 bold, centred (document titles such as คำสั่ง…)

    @classmethod
    def for_family(cls, family: FontFamily | None = None, *, thai_digits: bool = False) -> Styles:
        base = TextStyle(family=family or bundled_family(), thai_digits=thai_digits)
        plain = base
        return cls(
            body=plain.with_(first_indent=BODY_INDENT),
            plain=plain,
            body_bold=plain.with_(bold=True),
            heading=plain.with_(size=20, bold=True, align="center"),
            memo_title=plain.with_(size=29, bold=True, align="center"),
            memo_label=plain.with_(size=20, bold=True),
            small=plain.with_(size=14),
            table=plain.with_(size=14),
            table_header=plain.with_(size=14, bold=True, align="center"),
            title=plain.with_(bold=True, align="center"),
        )

    @property
    def family(self) -> FontFamily:
        return self.body.family

    @property
    def thai_digits(self) -> bool:
        return self.body.thai_digits
