"""Fonts for official documents: the bundled Sarabun family or the office's own TrueType file.

``font_family(path)`` registers the four faces with ReportLab once per process and returns a
``FontFamily``. Official sizes are TH Sarabun points (body 16, memo title 29, memo labels 20):
``family.size(16)`` gives the point size that prints this font as large as TH Sarabun 16 —
about 10.5 pt for the bundled Sarabun, whose outlines are 1.52 times larger for the same em.

The faces are ``ThaiFont`` objects: a ReportLab ``TTFont`` whose PDF text layer maps every
glyph back to the characters it was shaped from (see ``shaping.py``). Without that, shaped
Thai is extracted with private-use characters instead of tone marks.
"""

from __future__ import annotations

import hashlib
import struct
import threading
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any, Final

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import SUBSETN, TTFont

from lao_desktop.paths import resource_path

__all__ = ["SARABUN_SCALE", "FontFamily", "ThaiFont", "bundled_family", "font_family"]

# Sarabun's Thai glyphs are this much larger than TH Sarabun New's at the same point size.
SARABUN_SCALE: Final = 1.52
# Compared between fonts to find an office font's scale: common official wording.
_REFERENCE_TEXT: Final = "องค์การบริหารส่วนตำบล ขอแสดงความนับถือ ที่ประชุมมีมติเห็นชอบ 2569"
# Codes for glyphs that have no character of their own (alternates, ligatures, a glyph that
# stands for other characters than its own): plane 15 private use, far from any font's cmap.
_FIRST_PRIVATE: Final = 0xF0000
_FACES: Final = ("Regular", "Bold", "Italic", "BoldItalic")
_SIBLING_SUFFIXES: Final = {
    "Bold": (" Bold", "-Bold", "_Bold", "Bold", "-bold", " bold", "b"),
    "Italic": (" Italic", "-Italic", "_Italic", "Italic", "-italic", " italic", "i"),
    "BoldItalic": (
        " Bold Italic",
        " BoldItalic",
        "-BoldItalic",
        "_BoldItalic",
        "BoldItalic",
        "-bolditalic",
        "bi",
    ),
}


class ThaiFont(TTFont):  # type: ignore[misc]  # ReportLab is untyped
    """A TrueType face whose ToUnicode map gives each drawn glyph the text it stands for."""

    def __init__(self, name: str, filename: str) -> None:
        super().__init__(name, filename, asciiReadable=False)
        self._lock = threading.Lock()
        self._code_by_glyph_text: dict[tuple[int, str, float | None], int] = {}
        self._text_by_code: dict[int, str] = {}
        self._next_private = _FIRST_PRIVATE

    def code_for(self, gid: int, text: str, width: float | None = None) -> int:
        """The character code that draws glyph ``gid`` and is extracted as ``text``.

        ``width`` (1/1000 em) overrides the advance the PDF declares for the code; shaping
        uses it so a mark moved left needs no rightward jump after it, which extractors
        would read as a space.
        """
        face = self.face
        if width is None and len(text) == 1 and face.charToGlyph.get(ord(text)) == gid:
            return ord(text)
        key = (gid, text, width)
        code = self._code_by_glyph_text.get(key)
        if code is not None:
            return code
        with self._lock:
            code = self._code_by_glyph_text.get(key)
            if code is None:
                code = self._next_private
                while code in face.charToGlyph:
                    code += 1
                self._next_private = code + 1
                face.charToGlyph[code] = gid
                face.glyphToChar.setdefault(gid, []).append(code)
                natural = face._pdfScale(face.hmetrics[gid][0])
                face.charWidths[code] = natural if width is None else width
                self._text_by_code[code] = text
                self._code_by_glyph_text[key] = code
        return code

    def addObjects(self, doc: Any) -> None:
        """Write the font as ReportLab does, then replace each subset's ToUnicode map."""
        state = self.state.get(doc)
        subsets = [list(s) for s in state.subsets] if state is not None else []
        super().addObjects(doc)
        face = self.face
        for n, subset in enumerate(subsets):
            base = b"".join((SUBSETN(n), b"+", face.name, face.subfontNameX)).decode("pdfdoc")
            stream = doc.idToObject.get("toUnicodeCMap:" + base)
            if stream is not None:
                stream.content = _to_unicode_cmap(base, subset, self._text_by_code)


def _utf16_hex(text: str) -> str:
    return text.encode("utf-16-be").hex().upper()


def _to_unicode_cmap(name: str, subset: list[int], text_by_code: dict[int, str]) -> str:
    """A ToUnicode CMap for one subset: byte i → the text its glyph stands for."""
    entries = []
    for i, code in enumerate(subset):
        text = text_by_code.get(code) or chr(code)
        entries.append(f"<{i:02X}> <{_utf16_hex(text)}>")
    lines = [
        "/CIDInit /ProcSet findresource begin",
        "12 dict begin",
        "begincmap",
        f"/CIDSystemInfo << /Registry ({name}) /Ordering ({name}) /Supplement 0 >> def",
        f"/CMapName /{name} def",
        "/CMapType 2 def",
        "1 begincodespacerange",
        f"<00> <{len(subset) - 1:02X}>",
        "endcodespacerange",
    ]
    for start in range(0, len(entries), 100):  # at most 100 entries per block (PDF spec)
        chunk = entries[start : start + 100]
        lines.append(f"{len(chunk)} beginbfchar")
        lines.extend(chunk)
        lines.append("endbfchar")
    lines += ["endcmap", "CMapName currentdict /CMap defineresource pop", "end", "end"]
    return "\n".join(lines)


@dataclass(frozen=True)
class FontFamily:
    """Four registered faces and how to size them like TH Sarabun."""

    regular: str
    bold: str
    italic: str
    bold_italic: str
    size_factor: float  # printed points per official (TH Sarabun) point
    line_factor: float  # single line spacing per printed point (the font's own win metrics)
    descent_share: float  # part of a line below the baseline

    def face(self, bold: bool = False, italic: bool = False) -> str:
        if bold and italic:
            return self.bold_italic
        if bold:
            return self.bold
        return self.italic if italic else self.regular

    def size(self, official: float) -> float:
        """Printed size for an official size: ``size(16)`` ≈ 10.5 for Sarabun."""
        return official * self.size_factor

    def leading(self, official: float) -> float:
        """Single line spacing, in points, for text of an official size."""
        return self.size(official) * self.line_factor


def _win_metrics(font: ThaiFont) -> tuple[float, float]:
    """(usWinAscent + usWinDescent) / em — the line Word calls single spacing — and the
    share of that line below the baseline."""
    face = font.face
    try:
        ascent, descent = struct.unpack(">HH", face.get_table("OS/2")[74:78])
        upem = face.unitsPerEm
    except Exception:  # a font without OS/2: ReportLab's own ascent/descent (1/1000 em)
        ascent, descent, upem = face.ascent, -face.descent, 1000
    if ascent + descent <= 0:
        return 1.2, 0.25
    return (ascent + descent) / upem, descent / (ascent + descent)


def _register(name: str, path: Path) -> ThaiFont:
    try:
        font = pdfmetrics.getFont(name)
    except KeyError:
        font = None
    if isinstance(font, ThaiFont):
        return font
    font = ThaiFont(name, str(path))
    pdfmetrics.registerFont(font)
    return font


def _family_files(path: Path) -> dict[str, Path]:
    """The office font's own bold and italic files next to it, else the same file."""
    files = {"Regular": path}
    stem = path.stem
    for base in (stem, stem.removesuffix("-Regular").removesuffix(" Regular")):
        for face, suffixes in _SIBLING_SUFFIXES.items():
            if face in files:
                continue
            for suffix in suffixes:
                for ext in (path.suffix, ".ttf", ".TTF"):
                    candidate = path.with_name(base + suffix + ext)
                    if candidate != path and candidate.is_file():
                        files[face] = candidate
                        break
                if face in files:
                    break
    return {face: files.get(face, path) for face in _FACES}


def _width_per_point(name: str) -> float:
    return float(pdfmetrics.stringWidth(_REFERENCE_TEXT, name, 1.0))


@cache
def bundled_family() -> FontFamily:
    """Sarabun from ``resources/fonts`` (OFL)."""
    fonts = {
        face: _register(f"Sarabun-{face}", resource_path("fonts", f"Sarabun-{face}.ttf"))
        for face in _FACES
    }
    regular = fonts["Regular"]
    line_factor, descent_share = _win_metrics(regular)
    return FontFamily(
        regular=regular.fontName,
        bold=fonts["Bold"].fontName,
        italic=fonts["Italic"].fontName,
        bold_italic=fonts["BoldItalic"].fontName,
        size_factor=1 / SARABUN_SCALE,
        line_factor=line_factor,
        descent_share=descent_share,
    )


@cache
def _office_family(path: Path) -> FontFamily:
    digest = hashlib.sha1(str(path).encode()).hexdigest()[:8]
    fonts = {
        face: _register(f"Office{digest}-{face}", file)
        for face, file in _family_files(path).items()
    }
    regular = fonts["Regular"]
    sarabun = bundled_family()
    # Same line width as TH Sarabun: Sarabun at 1/1.52 of the official size is the yardstick.
    factor = _width_per_point(sarabun.regular) * sarabun.size_factor
    factor /= _width_per_point(regular.fontName)
    line_factor, descent_share = _win_metrics(regular)
    return FontFamily(
        regular=regular.fontName,
        bold=fonts["Bold"].fontName,
        italic=fonts["Italic"].fontName,
        bold_italic=fonts["BoldItalic"].fontName,
        size_factor=factor,
        line_factor=line_factor,
        descent_share=descent_share,
    )


def font_family(path: Path | None = None) -> FontFamily:
    """The bundled Sarabun (``None``) or the office's TrueType file, registered once."""
    if path is None:
        return bundled_family()
    return _office_family(Path(path).resolve())
