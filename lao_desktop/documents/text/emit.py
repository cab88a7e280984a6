"""PDF text operators for shaped runs, cached per document.

ReportLab's text object re-formats every string it draws; a directory repeats the same
names and places thousands of times, so the operators of each (font, size, text) are built
once per document and reused. Positions follow HarfBuzz: a glyph is moved by its x offset
inside the TJ array, and a glyph moved left declares a width that returns the pen to its
next position (see ``shaping.py``), so no gap is read as a space.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from reportlab.lib.rl_accel import fp_str
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfgen.canvas import Canvas

from lao_desktop.documents.text.shaping import shape, shaped_width

__all__ = ["draw_run"]

_CACHE_ATTR = "_lao_thai_ops"


def _ops(canv: Canvas, font_name: str, size: float, text: str) -> str:
    cache: dict[tuple[str, float, str], str] | None = getattr(canv, _CACHE_ATTR, None)
    if cache is None:
        cache = {}
        setattr(canv, _CACHE_ATTR, cache)
    key = (font_name, size, text)
    ops = cache.get(key)
    if ops is None:
        ops = cache[key] = _build_ops(canv, font_name, size, text)
    return ops


def _build_ops(canv: Canvas, font_name: str, size: float, text: str) -> str:
    font = pdfmetrics.getFont(font_name)
    doc = canv._doc
    escape = canv._escape
    shaped = shape(font_name, text)
    data = shaped.__shapeData__
    out: list[str] = []
    index = 0
    rise = 0.0
    pen = 0.0  # where HarfBuzz puts the next glyph, 1/1000 em from the run's start
    current = 0.0  # where the PDF text position is
    for subset, chunk in font.splitString(shaped, doc):
        out.append(f"{font.getSubsetInternalName(subset, doc)} {fp_str(size)} Tf")
        items: list[Any] = []
        for byte in chunk:
            d = data[index]
            index += 1
            glyph_rise = size * d.y_offset / 1000
            if glyph_rise != rise:  # rare: only large vertical offsets are kept
                _flush(items, out, escape)
                out.append(f"{fp_str(glyph_rise)} Ts")
                rise = glyph_rise
            target = pen + d.x_offset
            if abs(target - current) > 0.05:
                items.append(current - target)  # TJ numbers move left when positive
            items.append(bytes((byte,)))
            current = target + d.width
            pen += d.x_advance
        _flush(items, out, escape)
    if rise:
        out.append("0 Ts")
    return " ".join(out)


def _flush(items: list[Any], out: list[str], escape: Any) -> None:
    """Append one Tj/TJ for the collected glyph bytes and adjustments, then clear them."""
    if not items:
        return
    parts: list[str] = []
    run = bytearray()
    adjust = 0.0
    for item in items:
        if isinstance(item, bytes):
            if adjust:
                if run:
                    parts.append(f"({escape(bytes(run))})")
                    run.clear()
                parts.append(fp_str(adjust))
                adjust = 0.0
            run.extend(item)
        else:
            adjust += item
    if run:
        parts.append(f"({escape(bytes(run))})")
    if len(parts) == 1:
        out.append(f"{parts[0]} Tj")
    else:
        out.append(f"[{' '.join(parts)}] TJ")
    items.clear()


def draw_run(
    canv: Canvas, x: float, y: float, runs: Iterable[tuple[str, str, float]], color: Any
) -> float:
    """Draw (text, font, size) runs one after another from (x, y); returns the end x."""
    code = ["BT"]
    for text, font_name, size in runs:
        if not text:
            continue
        code.append(f"1 0 0 1 {fp_str(x)} {fp_str(y)} Tm {_ops(canv, font_name, size, text)}")
        x += shaped_width(font_name, text, size)
    code.append("ET")
    canv.setFillColor(color)
    canv._code.append(" ".join(code))
    return x
