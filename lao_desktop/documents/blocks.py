"""Blocks shared by the official document kinds.

- ``signature_block(styles, name, position_lines)``: space to sign, "(full name)", position,
  centred in the right half of the frame.
- ``memo_header(styles, office=, number=, date_text=, subject=)``: the บันทึกข้อความ
  title and its bold labels with dotted leaders (a long subject wraps, each line on one).
- ``number_and_office(styles, width, number, office_lines)``: "ที่ …" at the left, the office
  and its address at the right (หนังสือภายนอก).
- ``bare_table(rows, widths, right_padding=0)``: rows of flowables without grid or padding.
- ``thai_table(styles, width, header, rows, col_widths)``: header repeated on each page,
  Thai paragraph cells, columns that add up to ``width``, sober grid.
- ``baht_with_words(amount, thai_digits)``: "1,000.00 บาท (หนึ่งพันบาทถ้วน)".
- ``DottedLine(width)``/``fill_in_line(styles, label, width)``: a dotted line to write on.
- ``right_half(text, style, width)``: a line starting at the middle of the frame (dates).
"""

from __future__ import annotations

from collections.abc import Sequence
from decimal import Decimal
from typing import Final

from reportlab.lib import colors
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, KeepTogether, Spacer, Table, TableStyle

from lao_desktop.documents.text.paragraph import Span, ThaiParagraph, draw_text, text_width
from lao_desktop.documents.text.styles import Styles, TextStyle
from lao_desktop.thai.baht import baht_text
from lao_desktop.thai.digits import format_baht

__all__ = [
    "MEMO_TITLE",
    "DottedLine",
    "baht_with_words",
    "bare_table",
    "fill_in_line",
    "memo_header",
    "number_and_office",
    "right_half",
    "signature_block",
    "thai_table",
]

MEMO_TITLE: Final = "บันทึกข้อความ"
_GRID: Final = colors.Color(0.35, 0.35, 0.35)
_HEADER_FILL: Final = colors.Color(0.90, 0.90, 0.90)
_ZEBRA_FILL: Final = colors.Color(0.965, 0.965, 0.965)
_CELL_PAD: Final = 3.0


def right_half(text: str | Sequence[Span], style: TextStyle, width: float) -> ThaiParagraph:
    """A paragraph that starts at the middle of the frame (the date of a letter)."""
    return ThaiParagraph(text, style.with_(left_indent=width / 2, first_indent=0))


def signature_block(
    styles: Styles,
    name: str,
    position_lines: Sequence[str] = (),
    *,
    closing: str | None = None,
    sign_lines: int = 3,
    width: float | None = None,
) -> Flowable:
    """Closing (e.g. "ขอแสดงความนับถือ"), room to sign, "(name)", position lines.

    Everything is centred on the right half of the frame and kept on one page.
    """
    centred = styles.plain.with_(align="center")
    parts: list[Flowable] = []
    if closing:
        parts.append(ThaiParagraph(closing, centred))
    parts.append(Spacer(1, styles.plain.leading * sign_lines))
    parts.append(ThaiParagraph(f"({name})", centred))
    parts.extend(ThaiParagraph(line, centred) for line in position_lines if line)
    return _RightHalf(parts, width)


class _RightHalf(Flowable):  # type: ignore[misc]  # ReportLab is untyped
    """Flowables stacked in the right half of whatever width the frame gives."""

    def __init__(self, parts: list[Flowable], width: float | None) -> None:
        super().__init__()
        self.parts = parts
        self.fixed_width = width
        self._sizes: list[tuple[float, float]] = []

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        total = self.fixed_width or availWidth
        half = total / 2
        self._sizes = [p.wrap(half, availHeight) for p in self.parts]
        self.width = total
        self.height = sum(
            h + p.getSpaceBefore() + p.getSpaceAfter()
            for p, (_, h) in zip(self.parts, self._sizes, strict=True)
        )
        return total, self.height

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:
        return []  # a signature is never cut across pages

    def draw(self) -> None:
        y = self.height
        x = self.width / 2
        for part, (_, h) in zip(self.parts, self._sizes, strict=True):
            y -= part.getSpaceBefore() + h
            part.drawOn(self.canv, x, y)
            y -= part.getSpaceAfter()


class DottedLine(Flowable):  # type: ignore[misc]
    """A dotted line to write on, ``width`` long (the frame's width when None)."""

    def __init__(self, width: float | None = None, height: float = 14.0) -> None:
        super().__init__()
        self.fixed_width = width
        self.height = height

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        self.width = min(self.fixed_width or availWidth, availWidth)
        return self.width, self.height

    def draw(self) -> None:
        _dots(self.canv, 0, self.width, 2)


def _dots(canv: Canvas, x0: float, x1: float, y: float) -> None:
    if x1 <= x0:
        return
    canv.saveState()
    canv.setLineWidth(0.6)
    canv.setDash(0.6, 1.8)
    canv.setLineCap(1)
    canv.line(x0, y, x1, y)
    canv.restoreState()


# A memo field: bold label, value, dotted leader from after the label to near the end.
_LABEL_GAP: Final = 4.0  # between a label and its dotted leader
_VALUE_GAP: Final = 8.0  # between a label and its value
_DOTS_END: Final = 6.0  # the leader stops this short of the field's end


class _LabelledLine(Flowable):  # type: ignore[misc]
    """One line of fields: bold label, value on a dotted leader to the field's end."""

    def __init__(
        self,
        fields: Sequence[tuple[str, str, float]],  # label, value, share of the width
        label_style: TextStyle,
        value_style: TextStyle,
    ) -> None:
        super().__init__()
        self.fields = fields
        self.label_style = label_style
        self.value_style = value_style

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        self.width = availWidth
        self.height = max(self.label_style.leading, self.value_style.leading)
        return self.width, self.height

    def draw(self) -> None:
        baseline = self.label_style.descent
        x = 0.0
        for label, value, share in self.fields:
            end = x + self.width * share
            label_w = draw_text(self.canv, x, baseline, label, self.label_style)
            start = x + label_w + _LABEL_GAP
            draw_text(
                self.canv, start + (_VALUE_GAP - _LABEL_GAP), baseline, value, self.value_style
            )
            _dots(self.canv, start, end - _DOTS_END, baseline - 2)
            x = end


class _WrappedField(Flowable):  # type: ignore[misc]  # ReportLab is untyped
    """A field over the whole width whose value may take several lines (a long เรื่อง),
    each line on its own dotted leader; the value never runs past the right margin."""

    def __init__(self, label: str, value: str, label_style: TextStyle, value_style: TextStyle):
        super().__init__()
        self.label = label
        self.label_style = label_style
        self.value_style = value_style.with_(left_indent=0, first_indent=0, space_after=0)
        self.value = ThaiParagraph(value, self.value_style)
        self._label_w = 0.0
        self._first_h = max(label_style.leading, value_style.leading)

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        self._label_w = text_width(self.label, self.label_style)
        inner = availWidth - self._label_w - _VALUE_GAP - _DOTS_END
        self.value.wrap(inner, availHeight)
        lines = max(len(self.value.lines), 1)
        self.width = availWidth
        self.height = self._first_h + (lines - 1) * self.value_style.leading
        return self.width, self.height

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:
        return []  # a header field is never cut across pages

    def draw(self) -> None:
        canv = self.canv
        baseline = self.height - self._first_h + self.label_style.descent
        draw_text(canv, 0, baseline, self.label, self.label_style)
        start = self._label_w + _LABEL_GAP
        value = self.value
        # The paragraph's first baseline sits ``ascent`` below its top.
        value.drawOn(
            canv, start + _VALUE_GAP - _LABEL_GAP, baseline - value.height + self.value_style.ascent
        )
        for i in range(max(len(value.lines), 1)):
            _dots(canv, start, self.width - _DOTS_END, baseline - i * self.value_style.leading - 2)


def memo_header(
    styles: Styles,
    *,
    office: str,
    number: str,
    date_text: str,
    subject: str,
) -> list[Flowable]:
    """บันทึกข้อความ: title 29 pt bold, then ส่วนราชการ / ที่ + วันที่ / เรื่อง (20 pt bold);
    a long subject wraps, each of its lines on a dotted leader."""
    label, value = styles.memo_label, styles.plain
    return [
        ThaiParagraph(MEMO_TITLE, styles.memo_title),
        _LabelledLine([("ส่วนราชการ", office, 1.0)], label, value),
        _LabelledLine([("ที่", number, 0.5), ("วันที่", date_text, 0.5)], label, value),
        _WrappedField("เรื่อง", subject, label, value),
    ]


def bare_table(
    rows: Sequence[Sequence[Flowable | list[Flowable]]],
    widths: Sequence[float],
    *,
    right_padding: float = 0.0,
) -> Table:
    """Rows of flowables without a grid or padding (aligned label/value pairs, lists of
    names), top-aligned, split between rows across pages."""
    style = TableStyle(
        [
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LEFTPADDING", (0, 0), (-1, -1), 0),
            ("RIGHTPADDING", (0, 0), (-1, -1), right_padding),
            ("TOPPADDING", (0, 0), (-1, -1), 0),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
        ]
    )
    return Table([list(row) for row in rows], colWidths=list(widths), style=style, hAlign="LEFT")


def number_and_office(
    styles: Styles, width: float, number: str, office_lines: Sequence[str]
) -> Flowable:
    """ "ที่ …" at the left margin; the office and its address from the right half."""
    left = ThaiParagraph(number, styles.plain)
    right = [ThaiParagraph(line, styles.plain) for line in office_lines if line]
    return KeepTogether([bare_table([[left, right]], [width * 0.55, width * 0.45])])


def thai_table(
    styles: Styles,
    width: float,
    header: Sequence[str],
    rows: Sequence[Sequence[str | Flowable]],
    col_widths: Sequence[float],
    *,
    align: Sequence[str] | None = None,
    zebra: bool = True,
    cell_style: TextStyle | None = None,
) -> Table:
    """A table of Thai text: ``col_widths`` are relative and scaled to ``width``.

    ``align`` per column ("left", "center", "right"); numbers are usually "right".
    """
    total = float(sum(col_widths))
    widths = [width * w / total for w in col_widths]
    body_style = cell_style or styles.table
    head_style = styles.table_header
    aligns = list(align or ["left"] * len(header))

    def cell(value: str | Flowable, column: int) -> Flowable:
        if isinstance(value, Flowable):
            return value
        return ThaiParagraph(str(value), body_style.with_(align=aligns[column]))

    data: list[list[Flowable]] = [[ThaiParagraph(h, head_style) for h in header]]
    data.extend([cell(v, i) for i, v in enumerate(row)] for row in rows)
    commands: list[tuple[object, ...]] = [
        ("GRID", (0, 0), (-1, -1), 0.5, _GRID),
        ("BACKGROUND", (0, 0), (-1, 0), _HEADER_FILL),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), _CELL_PAD),
        ("RIGHTPADDING", (0, 0), (-1, -1), _CELL_PAD),
        ("TOPPADDING", (0, 0), (-1, -1), 1),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 1),
    ]
    if zebra:
        commands.append(("ROWBACKGROUNDS", (0, 1), (-1, -1), [colors.white, _ZEBRA_FILL]))
    return Table(data, colWidths=widths, repeatRows=1, style=TableStyle(commands), hAlign="LEFT")


def baht_with_words(amount: Decimal | int, thai_digits: bool = False) -> str:
    """ "1,000.00 บาท (หนึ่งพันบาทถ้วน)"."""
    return f"{format_baht(amount, thai_digits)} ({baht_text(amount)})"


def fill_in_line(styles: Styles, label: str, share: float = 1.0) -> Flowable:
    """A label followed by a dotted line over ``share`` of the frame: "ลงชื่อ ……………"."""
    return _LabelledLine([(label, "", share)], styles.plain, styles.plain)
