"""What a chosen file really is, from its first bytes: emblem images and TrueType fonts.

No image or font library is bundled with the services, and the name of a file says little
(a clerk may rename a Word document to "ตรา.png"), so the headers are read here. Each check
returns a translated problem, or None when the file is fine.
"""

from __future__ import annotations

import struct
import zlib
from dataclasses import dataclass

from lao_desktop.i18n import _

PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"
EMBLEM_MAX_BYTES = 5 * 1024 * 1024
EMBLEM_MIN_PIXELS = 64  # smaller prints as a blur at 3 cm high
EMBLEM_MAX_PIXELS = 8000
FONT_MAX_BYTES = 50 * 1024 * 1024
# Tables a TrueType font needs to be drawn (ReportLab refuses a font without them).
FONT_TABLES = frozenset({b"cmap", b"glyf", b"head", b"hhea", b"hmtx", b"loca", b"maxp", b"name"})
_HEAD_MAGIC = 0x5F0F3CF5
# JPEG start-of-frame markers (they carry the size); C4, C8 and CC are other segments.
_JPEG_FRAMES = frozenset(range(0xC0, 0xD0)) - {0xC4, 0xC8, 0xCC}


@dataclass(frozen=True)
class Image:
    kind: str  # "png" or "jpeg"
    width: int
    height: int


def image_info(data: bytes) -> Image | None:
    """The kind and size of a PNG or JPEG image; None for anything else or a damaged file."""
    if data.startswith(PNG_SIGNATURE):
        return _png(data)
    if data.startswith(b"\xff\xd8\xff"):
        return _jpeg(data)
    return None


def _png(data: bytes) -> Image | None:
    header = data[8:33]
    if len(header) < 25 or header[4:8] != b"IHDR":
        return None
    length, _tag, width, height = struct.unpack(">I4sII", header[:16])
    (crc,) = struct.unpack(">I", header[21:25])
    if length != 13 or zlib.crc32(header[4:21]) != crc or b"IEND" not in data[-12:]:
        return None  # damaged or cut short (a copy that stopped half-way)
    return Image("png", width, height)


def _jpeg(data: bytes) -> Image | None:
    at = 2
    while at + 9 < len(data):
        if data[at] != 0xFF:
            return None
        marker = data[at + 1]
        if marker == 0xFF:  # fill byte
            at += 1
            continue
        (length,) = struct.unpack(">H", data[at + 2 : at + 4])
        if marker in _JPEG_FRAMES:
            height, width = struct.unpack(">HH", data[at + 5 : at + 9])
            if b"\xff\xd9" not in data[-1024:]:
                return None  # cut short
            return Image("jpeg", width, height)
        if marker == 0xDA or length < 2:  # image data before any size: not a usable JPEG
            return None
        at += 2 + length
    return None


def emblem_problem(data: bytes) -> str | None:
    if len(data) > EMBLEM_MAX_BYTES:
        return _(
            "The emblem image is too large ({size:.1f} MB); choose one under 5 MB, for "
            "example the emblem scanned or resized to about 600 pixels high."
        ).format(size=len(data) / 1024 / 1024)
    image = image_info(data)
    if image is None:
        return _(
            "The emblem must be a PNG or JPEG image, and this file is not one (or it is "
            "damaged). Save the emblem as PNG or JPEG and choose it again."
        )
    if min(image.width, image.height) < EMBLEM_MIN_PIXELS:
        return _(
            "The emblem image is too small ({width}×{height} pixels) to print sharply; "
            "choose one at least {minimum} pixels high and wide."
        ).format(width=image.width, height=image.height, minimum=EMBLEM_MIN_PIXELS)
    if max(image.width, image.height) > EMBLEM_MAX_PIXELS:
        return _(
            "The emblem image is too large ({width}×{height} pixels); resize it to about "
            "600 pixels high and choose it again."
        ).format(width=image.width, height=image.height)
    return None


def truetype_problem(data: bytes) -> str | None:
    """Why ``data`` cannot serve as the document font; None for a usable TrueType font."""
    not_ttf = _(
        "This file is not a TrueType font (.ttf). Choose a .ttf file, for example "
        "TH Sarabun New, or use the bundled Sarabun."
    )
    if len(data) > FONT_MAX_BYTES:
        return not_ttf
    kind = data[:4]
    if kind == b"OTTO":
        return _(
            "This is an OpenType font with PostScript outlines (.otf), which documents cannot "
            "use. Choose the TrueType (.ttf) version of the font."
        )
    if kind == b"ttcf":
        return _(
            "This file is a collection of several fonts (.ttc). Choose a single TrueType "
            "font file (.ttf)."
        )
    if kind not in (b"\x00\x01\x00\x00", b"true") or len(data) < 12:
        return not_ttf
    (count,) = struct.unpack(">H", data[4:6])
    tables: dict[bytes, tuple[int, int]] = {}
    for index in range(count):
        start = 12 + 16 * index
        record = data[start : start + 16]
        if len(record) < 16:
            return not_ttf
        tag, _checksum, offset, length = struct.unpack(">4sIII", record)
        if offset + length > len(data):
            return not_ttf  # cut short
        tables[tag] = (offset, length)
    if not tables.keys() >= FONT_TABLES:
        return not_ttf
    head_at, head_length = tables[b"head"]
    if head_length < 16 or struct.unpack(">I", data[head_at + 12 : head_at + 16])[0] != _HEAD_MAGIC:
        return not_ttf
    return None
