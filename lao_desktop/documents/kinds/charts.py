"""Charts for the reports, with Thai labels drawn by the text engine.

ReportLab's own chart labels (``graphics.shapes.String``) are not shaped, so here the bars,
axes and lines are canvas primitives and every label goes through ``draw_text`` or a
``ThaiParagraph`` (shaped, with a text layer that reads back as the Thai printed).

- ``BarChart(series, styles, width)``: horizontal bars, one per point, its label at the left
  (wrapped between words when long) and its value with the unit at the bar's end. For
  categories: partners by level, sector, pillar; value by kind; resolutions by status.
- ``ColumnChart(series, styles, width, line=False)``: a value axis with round ticks and one
  column per point (months: "ต.ค." over "๒๕๖๘"); ``line=True`` joins the points with a line
  instead. Values are printed above each point (turned upright when the slot is narrow)
  unless ``values=False`` (a table next to the chart already gives them).

A chart is never split across pages.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from typing import Final

from reportlab.lib import colors
from reportlab.lib.units import cm
from reportlab.platypus import Flowable

from lao_desktop.documents.content.annual import Series
from lao_desktop.documents.text import Styles, TextStyle, ThaiParagraph, draw_text, text_width
from lao_desktop.thai.digits import format_number

__all__ = ["BarChart", "ColumnChart", "nice_ticks"]

_BAR_FILL: Final = colors.Color(0.38, 0.38, 0.38)
_AXIS: Final = colors.Color(0.2, 0.2, 0.2)
_GRID: Final = colors.Color(0.82, 0.82, 0.82)
_GAP: Final = 6.0


def nice_ticks(top: float, count: int = 4) -> list[float]:
    """Round tick values from 0 to at least ``top``: 0, 2,500, 5,000 … (steps 1, 2, 2.5, 5
    times a power of ten)."""
    if top <= 0:
        return [0.0, 1.0]
    rough = top / count
    power = 10 ** math.floor(math.log10(rough))
    step = next(f * power for f in (1, 2, 2.5, 5, 10) if f * power >= rough)
    if step >= 1:
        step = float(round(step))
    ticks = [0.0]
    while ticks[-1] < top - 1e-9:
        ticks.append(ticks[-1] + step)
    return ticks


def _tick_text(value: float) -> str:
    decimals = 0 if value == int(value) else 1
    return format_number(round(value, decimals), decimals)


class _Chart(Flowable):  # type: ignore[misc]  # ReportLab is untyped
    def __init__(self, series: Series, styles: Styles, width: float) -> None:
        super().__init__()
        self.series = series
        self.styles = styles
        self.fixed_width = width
        self.title_style: TextStyle = styles.table_header.with_(size=15)
        self.label_style: TextStyle = styles.table
        self.value_style: TextStyle = styles.small.with_(size=13)

    def _title(self, top: float) -> None:
        style = self.title_style
        draw_text(self.canv, self.width / 2, top - style.ascent, self.series.title, style)


class BarChart(_Chart):
    """Horizontal bars with Thai category labels."""

    def __init__(self, series: Series, styles: Styles, width: float) -> None:
        super().__init__(series, styles, width)
        self._labels: list[ThaiParagraph] = []
        self._rows: list[float] = []

    def _value_text(self, shown: str) -> str:
        return f"{shown} {self.series.unit}".strip()

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        self.width = min(self.fixed_width, availWidth)
        points = self.series.points
        widest = max((text_width(p.label, self.label_style) for p in points), default=0.0)
        self.label_w = min(widest + 2, self.width * 0.36)
        right = self.label_style.with_(align="right")
        self._labels = [ThaiParagraph(p.label, right) for p in points]
        bar_h = self.label_style.leading
        self._rows = [max(p.wrap(self.label_w, availHeight)[1], bar_h) + 3 for p in self._labels]
        self.height = self.title_style.leading + 4 + sum(self._rows) + 6
        return self.width, self.height

    def draw(self) -> None:
        canv = self.canv
        points = self.series.points
        self._title(self.height)
        values = [self._value_text(p.shown) for p in points]
        value_w = max((text_width(v, self.value_style) for v in values), default=0.0)
        x0 = self.label_w + _GAP
        span = max(self.width - x0 - value_w - _GAP, 1.0)
        top_value = max((p.value for p in points), default=0.0) or 1.0
        y = self.height - self.title_style.leading - 4
        canv.saveState()
        canv.setStrokeColor(_AXIS)
        canv.setLineWidth(0.6)
        canv.line(x0, y, x0, y - sum(self._rows))
        canv.restoreState()
        for point, label, row, value in zip(points, self._labels, self._rows, values, strict=True):
            label_h = label.height
            label.drawOn(canv, 0, y - (row - label_h) / 2 - label_h)
            bar_h = self.label_style.leading * 0.7
            middle = y - row / 2
            length = span * point.value / top_value
            if length > 0:
                canv.saveState()
                canv.setFillColor(_BAR_FILL)
                canv.rect(x0, middle - bar_h / 2, length, bar_h, stroke=0, fill=1)
                canv.restoreState()
            baseline = middle - self.value_style.font_size * 0.3
            draw_text(canv, x0 + length + 3, baseline, value, self.value_style)
            y -= row


class ColumnChart(_Chart):
    """A value axis and one column (or line point) per label; for months."""

    def __init__(
        self,
        series: Series,
        styles: Styles,
        width: float,
        *,
        line: bool = False,
        values: bool = True,
        plot_height: float = 5.5 * cm,
    ) -> None:
        super().__init__(series, styles, width)
        self.line = line
        self.values = values
        self.plot_height = plot_height
        self.axis_style: TextStyle = styles.small.with_(size=12, align="right")
        self.month_style: TextStyle = styles.small.with_(size=12, align="center")

    def _label_lines(self, label: str) -> Sequence[str]:
        """ "ต.ค. ๒๕๖๘" on two lines: the month, then the year."""
        return label.split(" ", 1) if " " in label else (label,)

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        self.width = min(self.fixed_width, availWidth)
        lines = max((len(self._label_lines(p.label)) for p in self.series.points), default=1)
        top = max((p.value for p in self.series.points), default=0.0)
        self.ticks = nice_ticks(top)
        upright = max(
            (text_width(p.shown, self.value_style) for p in self.series.points), default=0.0
        )
        # Values above the tallest point, upright at worst.
        self.value_room = upright + 4 if self.values else self.axis_style.leading * 1.2
        self.height = (
            self.title_style.leading
            + 4
            + self.value_room
            + self.plot_height
            + 4
            + lines * self.month_style.leading
        )
        return self.width, self.height

    def draw(self) -> None:
        canv = self.canv
        points = self.series.points
        self._title(self.height)
        tick_texts = [_tick_text(t) for t in self.ticks]
        axis_w = max(text_width(t, self.axis_style) for t in [*tick_texts, self.series.unit])
        x0 = axis_w + _GAP
        plot_w = self.width - x0
        bottom = self.height - self.title_style.leading - 4 - self.value_room - self.plot_height
        scale = self.plot_height / (self.ticks[-1] or 1.0)
        canv.saveState()
        canv.setLineWidth(0.4)
        for tick, text in zip(self.ticks, tick_texts, strict=True):
            y = bottom + tick * scale
            canv.setStrokeColor(_GRID if tick else _AXIS)
            canv.line(x0, y, self.width, y)
            draw_text(canv, x0 - 3, y - self.axis_style.font_size * 0.3, text, self.axis_style)
        canv.setStrokeColor(_AXIS)
        canv.line(x0, bottom, x0, bottom + self.plot_height)
        canv.restoreState()
        unit_y = bottom + self.plot_height + self.axis_style.font_size * 0.9
        draw_text(canv, x0 - 3, unit_y, self.series.unit, self.axis_style)
        slot = plot_w / max(len(points), 1)
        labels = [tuple(self._label_lines(p.label)) for p in points]
        tops: list[tuple[float, float]] = []
        for i, point in enumerate(points):
            middle = x0 + slot * (i + 0.5)
            height = point.value * scale
            tops.append((middle, bottom + height))
            if not self.line and height > 0:
                canv.saveState()
                canv.setFillColor(_BAR_FILL)
                canv.rect(middle - slot * 0.3, bottom, slot * 0.6, height, stroke=0, fill=1)
                canv.restoreState()
            label_y = bottom - 4 - self.month_style.ascent
            for n, text in enumerate(labels[i]):
                if n and i and labels[i - 1][n : n + 1] == (text,):
                    continue  # the year under its first month only: ต.ค. ๒๕๖๘ … ม.ค. ๒๕๖๙
                y = label_y - n * self.month_style.leading
                draw_text(canv, middle, y, text, self.month_style)
        if self.line:
            self._draw_line(tops)
        if self.values:
            for (middle, top), point in zip(tops, points, strict=True):
                if point.value:  # an empty month shows no "0.00": the axis says it
                    self._draw_value(middle, top + 3, point.shown, slot)

    def _draw_line(self, tops: list[tuple[float, float]]) -> None:
        canv = self.canv
        canv.saveState()
        canv.setStrokeColor(_BAR_FILL)
        canv.setFillColor(_BAR_FILL)
        canv.setLineWidth(1.4)
        if len(tops) > 1:
            path = canv.beginPath()
            path.moveTo(*tops[0])
            for point in tops[1:]:
                path.lineTo(*point)
            canv.drawPath(path, stroke=1, fill=0)
        for x, y in tops:
            canv.circle(x, y, 2.2, stroke=0, fill=1)
        canv.restoreState()

    def _draw_value(self, x: float, y: float, text: str, slot: float) -> None:
        style = self.value_style
        width = text_width(text, style)
        if width <= slot * 0.95:
            draw_text(self.canv, x, y + 1, text, style.with_(align="center"))
            return
        self.canv.saveState()  # too wide for the slot: printed upright, reading upwards
        self.canv.translate(x + style.font_size * 0.35, y)
        self.canv.rotate(90)
        draw_text(self.canv, 0, 0, text, style.with_(align="left"))
        self.canv.restoreState()
