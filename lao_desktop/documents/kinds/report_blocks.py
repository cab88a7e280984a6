"""Parts the five network reports share (directory, exchanges, agreements, follow-up, annual).

- ``title_block(styles, title, lines)``: the report's title (20 pt bold, centred) and the
  lines under it (office, fiscal year, "ข้อมูล ณ วันที่ …"), centred.
- ``section(styles, text)``: a bold section heading kept with what follows it.
- ``place_words(texts)``: local place names to keep whole when breaking lines.
- ``note(styles, text)``: a plain line (a sentence under a table, "- ไม่มี -").
- ``report_table(styles, width, header, rows, widths, align=, totals=)``: ``thai_table`` with
  its header repeated on every page, plus bold totals rows on a grey band at the end.
- ``side_by_side(left, right, width)``: a table and its chart next to each other.
- ``bold_cell`` / ``cell`` / ``lines_cell``: table cells when a column needs more than a string.

All text goes through the engine (ThaiParagraph); numbers are right-aligned by the caller's
``align``.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import Final, TypeAlias

from reportlab.lib import colors
from reportlab.lib.units import cm
from reportlab.platypus import CondPageBreak, Flowable, Spacer, Table, TableStyle

from lao_desktop.documents.blocks import thai_table
from lao_desktop.documents.kinds.common import render, report_page, styles_for
from lao_desktop.documents.make import LayoutSetup, Progress
from lao_desktop.documents.render import Progress as RenderProgress
from lao_desktop.documents.text import Span, Styles, TextStyle, ThaiParagraph

__all__ = [
    "NOTHING",
    "bold_cell",
    "cell",
    "lines_cell",
    "note",
    "place_words",
    "report_table",
    "section",
    "side_by_side",
    "title_block",
]

NOTHING: Final = "- ไม่มี -"
_TOTAL_FILL: Final = colors.Color(0.82, 0.82, 0.82)
_MARK_FILL: Final = colors.Color(0.89, 0.89, 0.89)

Cell: TypeAlias = str | Flowable
_Row = tuple[Sequence[Cell], bool]  # a body row's cells, and whether it is marked
_WINDOW: Final = 60  # a table longer than this is handed to ReportLab a page at a time
_PLACE: Final = re.compile(r"(?:ตำบล|อำเภอ|จังหวัด|แขวง|เขต|บ้าน)([\u0e01-\u0e4e]+)")


def title_block(styles: Styles, title: str, lines: Sequence[str]) -> list[Flowable]:
    """Report title and the centred lines under it, then a little space."""
    centred = styles.plain.with_(align="center")
    parts: list[Flowable] = [ThaiParagraph(title, styles.heading.with_(space_after=2))]
    parts.extend(ThaiParagraph(line, centred) for line in lines if line)
    parts.append(Spacer(1, styles.plain.leading * 0.6))
    return parts


def section(styles: Styles, text: str, *, size: float = 16, room: float = 4.0) -> list[Flowable]:
    """A bold heading, on a new page unless ``room`` lines fit under it: a heading is never
    left alone at the bottom of a page. (keepWithNext would move a whole long table to the
    next page, leaving the rest of this one empty.)"""
    leading = styles.plain.leading
    style = styles.body_bold.with_(size=size, space_before=leading * 0.5, space_after=2)
    heading = ThaiParagraph(text, style)
    return [CondPageBreak(style.leading + leading * (room + 0.5)), heading]


def place_words(texts: Iterable[str]) -> list[str]:
    """Place names in addresses (ตำบลนาคูณใหญ่ → นาคูณใหญ่), for ``styles_for``: the word
    list does not know local names and would break them (นาคูณ|ใหญ่)."""
    found: set[str] = set()
    for text in texts:
        found.update(m.group(1) for m in _PLACE.finditer(text) if 1 < len(m.group(1)) <= 12)
    return sorted(found)


def note(styles: Styles, text: str, *, indent: float = 0.0) -> ThaiParagraph:
    return ThaiParagraph(text, styles.plain.with_(left_indent=indent, space_before=2))


def cell(styles: Styles, text: str, align: str = "left", *, bold: bool = False) -> ThaiParagraph:
    style: TextStyle = styles.table.with_(align=align, bold=bold)
    return ThaiParagraph(text, style)


def bold_cell(styles: Styles, text: str, align: str = "left") -> ThaiParagraph:
    return cell(styles, text, align, bold=True)


def lines_cell(styles: Styles, first: str, rest: Sequence[str], *, bold_first: bool = True) -> Cell:
    """A cell of several lines: the first in bold (a name), the others plain (details)."""
    shown = [line for line in rest if line]
    if not shown:
        return ThaiParagraph(first, styles.table.with_(bold=bold_first))
    spans = [Span(first, bold=bold_first), Span("\n" + "\n".join(shown))]
    return ThaiParagraph(spans, styles.table)


def side_by_side(left: Flowable, right: Flowable, width: float, share: float = 0.5) -> Table:
    """Two flowables next to each other (a summary table and its chart), tops aligned."""
    gap = 0.6 * cm
    left_w = (width - gap) * share
    table = Table(
        [[left, "", right]],
        colWidths=[left_w, gap, width - gap - left_w],
        style=TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                ("TOPPADDING", (0, 0), (-1, -1), 0),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
            ]
        ),
        hAlign="LEFT",
    )
    return table


def report_table(
    styles: Styles,
    width: float,
    header: Sequence[str],
    rows: Sequence[Sequence[Cell]],
    widths: Sequence[float],
    *,
    align: Sequence[str] | None = None,
    totals: Sequence[Sequence[str]] = (),
    marked: Sequence[int] = (),
) -> Flowable:
    """A report table: header repeated on each page; ``totals`` rows appended in bold on a
    grey band, never alone at the top of a page; ``marked`` body rows (0-based) on a darker
    band (overdue, expiring soon). Long tables are handed to ReportLab a page at a time."""
    aligns = list(align or ["left"] * len(header))
    spec = _TableSpec(styles, width, tuple(header), tuple(widths), tuple(aligns))
    total_cells: list[list[Cell]] = [
        [bold_cell(styles, text, aligns[i]) for i, text in enumerate(t)] for t in totals
    ]
    flagged = [(row, False) for row in rows]
    for i in marked:
        flagged[i] = (rows[i], True)
    if len(flagged) <= _WINDOW:
        return spec.table(flagged, total_cells)
    return _PagedTable(spec, flagged, total_cells, _WINDOW // 2)


@dataclass(frozen=True)
class _TableSpec:
    styles: Styles
    width: float
    header: tuple[str, ...]
    widths: tuple[float, ...]
    align: tuple[str, ...]

    def table(self, rows: Sequence[_Row], totals: list[list[Cell]]) -> Table:
        body: list[Sequence[Cell]] = [cells for cells, _ in rows]
        body.extend(totals)
        styles, align = self.styles, list(self.align)
        table = thai_table(styles, self.width, self.header, body, self.widths, align=align)
        commands: list[tuple[object, ...]] = [
            ("BACKGROUND", (0, n), (-1, n), _MARK_FILL)
            for n, (_, mark) in enumerate(rows, start=1)
            if mark
        ]
        if totals:
            first = len(rows) + 1
            commands.append(("BACKGROUND", (0, first), (-1, -1), _TOTAL_FILL))
            commands.append(("LINEABOVE", (0, first), (-1, first), 1.0, colors.black))
            commands.append(("NOSPLIT", (0, max(first - 1, 1)), (-1, -1)))
        if commands:
            table.setStyle(TableStyle(commands))
        return table


class _PagedTable(Flowable):  # type: ignore[misc]  # ReportLab is untyped
    """A long table given to ReportLab a window of rows at a time.

    ReportLab's Table re-measures all remaining rows at every page break (and NOSPLIT
    makes it scan them again), so a ledger of thousands of rows cost seconds per hundred
    pages. Here each page is cut from a small table of the next rows, a little more than
    a page (the window doubles until it overflows the space: a window that fitted whole
    would put the next one's header in the middle of the page); the rest waits.
    """

    def __init__(
        self, spec: _TableSpec, rows: Sequence[_Row], totals: list[list[Cell]], size: int
    ) -> None:
        super().__init__()
        self.spec = spec
        self.rows = rows
        self.totals = totals
        self.size = size
        self._table: Table | None = None

    @property
    def last(self) -> bool:
        return len(self.rows) <= self.size

    def _window(self) -> Table:
        if self._table is None:
            rows = self.rows[: self.size]
            self._table = self.spec.table(rows, self.totals if self.last else [])
        return self._table

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        while True:
            width, height = self._window().wrap(availWidth, availHeight)
            if self.last or height > availHeight:
                break
            self.size *= 2
            self._table = None
        self.width, self.height = width, height
        return width, height

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:
        self.wrap(availWidth, availHeight)
        parts: list[Flowable] = self._window().split(availWidth, availHeight)
        if self.last or not parts:
            return parts
        used = parts[0]._nrows - 1  # the first row of every piece is the header
        if used <= 0:
            return []
        rest = _PagedTable(self.spec, self.rows[used:], self.totals, max(used + used // 2, 8))
        return [parts[0], rest]

    def draw(self) -> None:
        self._window().drawOn(self.canv, 0, 0)


ReportStory = Callable[[Styles, float, RenderProgress], list[Flowable]]


def render_report(
    setup: LayoutSetup,
    progress: Progress | None,
    title: str,
    words: Iterable[str],
    story: ReportStory,
    *,
    landscape: bool = False,
) -> bytes:
    """Every report's last step: styles that keep the office's and the place names in
    ``words`` whole, report pages (running footer, no emblem), then the PDF; ``story(styles,
    frame width, progress)`` makes the flowables."""
    styles = styles_for(setup, place_words([setup.office.address, *words]))
    page = report_page(setup, styles, landscape=landscape)

    def prepare(report: RenderProgress) -> list[Flowable]:
        return story(styles, page.frame_width, report)

    return render(prepare, setup, page, progress, subject=title)
