"""Shaping with HarfBuzz, so tone marks and vowels sit where a Thai reader expects them.

``shape(font_name, text)`` returns a ReportLab ``ShapedStr``: one character code per glyph
plus HarfBuzz's positions, which ReportLab's text objects draw as they are. The codes are
chosen so that the PDF text layer reads back exactly ``text``:

- a glyph that is the font's own glyph for the character keeps that character's code;
- an alternate glyph (a lowered tone mark, ฐ without its tail, a ligature) gets a private code
  whose ToUnicode entry is the character(s) of its HarfBuzz cluster (see ``ThaiFont``);
- HarfBuzz splits ำ into nikhahit + sara aa and moves the nikhahit before the tone mark, so
  copying gives "น + ํ + ้ + า". The pair is drawn with the font's own ำ glyph instead, in the
  canonical order (base, tone, ำ); where the font joins nikhahit and tone into one glyph,
  that glyph stands for the tone and the sara aa glyph for ำ.

Results are cached per (font, text): documents repeat the same words, and shaping is the main
cost of a Thai PDF. Shapes are size independent (units of 1/1000 em).
"""

from __future__ import annotations

import re
import threading
from functools import lru_cache
from typing import Any, Final

import uharfbuzz as hb
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import ShapeData, ShapedStr

from lao_desktop.documents.text.fonts import ThaiFont

__all__ = ["shape", "shaped_width"]

_SARA_AM: Final = "\u0e33"
_NIKHAHIT: Final = 0x0E4D
_SARA_AA: Final = 0x0E32
_CACHE_SIZE: Final = 200_000
# Vertical mark offsets up to this (1/1000 em; Sarabun uses -46..+12 to tuck a tone mark
# against an upper vowel, under 0.2 mm at body size) are dropped: ReportLab draws them with a
# text rise, and pdfium then reads the lone mark as a line of its own ("ปั้\nน").
_MAX_DROPPED_RISE: Final = 60
_MAX_STACK_SNAP: Final = 60
_hb_lock = threading.Lock()
_SPACES: Final = re.compile(r"(\s+)")


class _Glyph:
    __slots__ = ("gid", "x_advance", "x_offset", "y_advance", "y_offset")

    def __init__(self, gid: int, x_advance: int, y_advance: int, x_offset: int, y_offset: int):
        self.gid = gid
        self.x_advance = x_advance
        self.y_advance = y_advance
        self.x_offset = x_offset
        self.y_offset = y_offset


@lru_cache(maxsize=32)
def _hb_font(font_name: str) -> Any:
    font = pdfmetrics.getFont(font_name)
    return hb.Font(hb.Face(hb.Blob(font.face._ttf_data)))


def _thai_font(font_name: str) -> ThaiFont:
    font = pdfmetrics.getFont(font_name)
    if not isinstance(font, ThaiFont):
        raise TypeError(f"{font_name!r} is not a font registered by documents.text.fonts")
    return font


def _vertical(y_offset: float) -> float:
    return 0.0 if abs(y_offset) <= _MAX_DROPPED_RISE else y_offset


def _compose_sara_am(font: ThaiFont, glyphs: list[_Glyph]) -> list[_Glyph]:
    """Nikhahit + sara aa (decomposed ำ) → the font's ำ glyph, placed where sara aa was."""
    char_to_glyph = font.face.charToGlyph
    am = char_to_glyph.get(ord(_SARA_AM))
    nikhahit = char_to_glyph.get(_NIKHAHIT)
    aa = char_to_glyph.get(_SARA_AA)
    if am is None or nikhahit is None or aa is None:
        return glyphs
    gids = [g.gid for g in glyphs]
    if nikhahit not in gids or aa not in gids:
        return glyphs
    hmetrics = font.face.hmetrics
    out = []
    for glyph in glyphs:
        if glyph.gid == nikhahit:
            continue
        if glyph.gid == aa:
            extra = hmetrics[am][0] - hmetrics[aa][0]
            glyph = _Glyph(
                am, glyph.x_advance + extra, glyph.y_advance, glyph.x_offset, glyph.y_offset
            )
        out.append(glyph)
    return out


def _texts_for(cluster_text: str, count: int) -> list[str]:
    """Give each of ``count`` glyphs a non-empty piece of the cluster's text, in order."""
    if count <= 0:
        return []
    if count >= len(cluster_text):
        # More glyphs than characters (a font without ำ): the extra glyphs repeat nothing
        # useful, so they read as the cluster's last character only once more.
        pieces = list(cluster_text)
        return pieces + [cluster_text[-1]] * (count - len(pieces))
    return [*cluster_text[: count - 1], cluster_text[count - 1 :]]


def _clusters(text: str, infos: Any, positions: Any) -> list[tuple[str, int, list[_Glyph]]]:
    """Consecutive glyphs of one HarfBuzz cluster with the text they came from."""
    groups: list[tuple[int, list[_Glyph]]] = []
    for info, pos in zip(infos, positions, strict=True):
        glyph = _Glyph(info.codepoint, pos.x_advance, pos.y_advance, pos.x_offset, pos.y_offset)
        if groups and groups[-1][0] == info.cluster:
            groups[-1][1].append(glyph)
        else:
            groups.append((info.cluster, [glyph]))
    starts = [*sorted({start for start, _ in groups}), len(text)]
    end_of = {start: starts[i + 1] for i, start in enumerate(starts[:-1])}
    return [(text[start : end_of[start]], start, glyphs) for start, glyphs in groups]


@lru_cache(maxsize=_CACHE_SIZE)
def shape(font_name: str, text: str) -> ShapedStr:
    """``text`` shaped in a font registered by ``fonts.font_family`` (cached).

    Shaped word by word (split at spaces), so that lines made of the same words in other
    combinations reuse the cache; nothing in Thai or Latin shaping crosses a space.
    """
    chunks = [chunk for chunk in _SPACES.split(text) if chunk]
    if len(chunks) == 1:
        return _shape_chunk(font_name, text)
    result = ShapedStr("", shapeData=[])
    for chunk in chunks:
        result = result + _shape_chunk(font_name, chunk)
    return result


@lru_cache(maxsize=_CACHE_SIZE)
def _shape_chunk(font_name: str, text: str) -> ShapedStr:
    font = _thai_font(font_name)
    if not text:
        return ShapedStr("", shapeData=[])
    buf = hb.Buffer()
    buf.add_str(text)
    buf.guess_segment_properties()
    buf.cluster_level = hb.BufferClusterLevel.MONOTONE_CHARACTERS
    with _hb_lock:  # one hb_font shared by threads: shaping itself is reentrant, be safe
        hb.shape(_hb_font(font_name), buf)
    face = font.face
    scale = face._pdfScale
    placed: list[tuple[int, _Glyph, str]] = []
    for cluster_text, start, glyphs in _clusters(text, buf.glyph_infos, buf.glyph_positions):
        if len(glyphs) > len(cluster_text) and _SARA_AM in cluster_text:
            glyphs = _compose_sara_am(font, glyphs)
        pieces = _texts_for(cluster_text, len(glyphs))
        placed.extend((start, g, p) for g, p in zip(glyphs, pieces, strict=True))
    offsets = _stack_offsets(
        [(g.x_advance, _mark_offset(g.x_advance, scale(g.x_offset))) for _, g, _ in placed]
    )
    widths = _declared_widths(
        [(scale(g.x_advance), o) for (_, g, _), o in zip(placed, offsets, strict=True)]
    )
    codes: list[str] = []
    data: list[ShapeData] = []
    for (start, glyph, piece), width, offset in zip(placed, widths, offsets, strict=True):
        natural = face._pdfScale(face.hmetrics[glyph.gid][0])
        code = font.code_for(glyph.gid, piece, None if width == natural else width)
        codes.append(chr(code))
        data.append(
            ShapeData(
                start,
                scale(glyph.x_advance),
                scale(glyph.y_advance),
                offset,
                _vertical(scale(glyph.y_offset)),
                width,
            )
        )
    return ShapedStr("".join(codes), shapeData=data)


def _mark_offset(advance: float, offset: float) -> float:
    """A mark's shift to the right is dropped (at most 0.04 em, in Sarabun Bold).

    Readers join a mark to its base only when no move comes between them the wrong way:
    a move right after a mark reads as a space (pypdf, pdfium), a move left after one
    splits the word (poppler), and a mark drawn right of its base's end is sorted after
    the next letter (poppler: "ขา่ย"). A shift to the left is kept.
    """
    return min(offset, 0.0) if not advance else offset


def _stack_offsets(glyphs: list[tuple[int, float]]) -> list[float]:
    """A mark stacked on another and shifted left of it (≤ 0.06 em: the tone over ื, ึ)
    is aligned with it: poppler sorts stacked marks by position and read "ชื่อ" as
    "ช่ือ". Checked by eye: the tone then sits centred over the vowel, as in most fonts."""
    offsets: list[float] = []
    for i, (advance, offset) in enumerate(glyphs):
        if not advance and i and not glyphs[i - 1][0]:
            previous = offsets[-1]
            if previous - _MAX_STACK_SNAP <= offset < previous:
                offset = previous
        offsets.append(offset)
    return offsets


def _declared_widths(advances: list[tuple[float, float]]) -> list[float]:
    """The width each glyph declares in the PDF (1/1000 em): ``advance - offset``.

    Drawn at its offset, a glyph then leaves the PDF pen exactly where the next glyph's
    pen is: the only moves in the text are the left shifts before marks.
    """
    return [round(advance - offset, 1) for advance, offset in advances]


@lru_cache(maxsize=_CACHE_SIZE)
def _width_1000(font_name: str, text: str) -> float:
    return float(sum(d.x_advance for d in shape(font_name, text).__shapeData__))


def shaped_width(font_name: str, text: str, size: float) -> float:
    """Width in points of ``text`` as it will be drawn (after shaping) at ``size``."""
    if not text:
        return 0.0
    return _width_1000(font_name, text) * size / 1000
