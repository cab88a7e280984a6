"""Draw the program's icon into resources/icons/ (run again after changing the drawing).

    python tools/make_icon.py

The icon is drawn with Qt, so it needs no design program: a cooperation network (partners
joined to the office in the middle) on the deep blue of Thai official forms. It writes a PNG
for the window and Linux, and an .ico with the sizes Windows asks for (through Pillow, which
ReportLab already brings).
"""

from __future__ import annotations

import io
import math
import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PIL import Image
from PySide6.QtCore import QBuffer, QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QGuiApplication, QImage, QPainter, QPen

ROOT = Path(__file__).resolve().parent.parent
ICONS = ROOT / "resources" / "icons"
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)
BLUE, LIGHT_BLUE = QColor("#12357a"), QColor("#2a5db0")
GOLD, WHITE = QColor("#f2b705"), QColor("#ffffff")


def draw(size: int) -> QImage:
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.scale(size / 256, size / 256)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QBrush(BLUE))
    painter.drawRoundedRect(QRectF(8, 8, 240, 240), 44, 44)
    painter.setBrush(QBrush(LIGHT_BLUE))
    painter.drawEllipse(QPointF(128, 128), 92, 92)

    centre = QPointF(128, 128)
    # Six partners around the office; small icons keep fewer, larger dots.
    count = 6 if size >= 32 else 4
    ring = [
        QPointF(128 + 78 * math.cos(a), 128 + 78 * math.sin(a))
        for a in (math.tau * i / count - math.pi / 2 for i in range(count))
    ]
    line = QPen(WHITE, 10 if size >= 32 else 16)
    line.setCapStyle(Qt.PenCapStyle.RoundCap)
    painter.setPen(line)
    for index, point in enumerate(ring):
        painter.drawLine(centre, point)
        painter.drawLine(point, ring[(index + 1) % count])
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QBrush(WHITE))
    for point in ring:
        painter.drawEllipse(point, 20 if size >= 32 else 28, 20 if size >= 32 else 28)
    painter.setBrush(QBrush(GOLD))
    painter.drawEllipse(centre, 34, 34)
    painter.end()
    return image


def as_pil(image: QImage) -> Image.Image:
    buffer = QBuffer()
    buffer.open(QBuffer.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    return Image.open(io.BytesIO(bytes(buffer.data().data())))


def main() -> int:
    QGuiApplication(sys.argv[:1])
    ICONS.mkdir(parents=True, exist_ok=True)
    draw(256).save(str(ICONS / "lao-desktop.png"))
    frames = [as_pil(draw(size)) for size in ICO_SIZES]
    # Pillow writes the largest frame scaled to each size unless given the frames themselves.
    frames[-1].save(
        ICONS / "lao-desktop.ico",
        format="ICO",
        sizes=[(s, s) for s in ICO_SIZES],
        append_images=frames[:-1],
    )
    print(f"written: {ICONS / 'lao-desktop.png'}, {ICONS / 'lao-desktop.ico'}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
