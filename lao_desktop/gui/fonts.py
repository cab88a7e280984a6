"""The bundled Thai font, registered at start so Thai renders on a PC without Thai fonts."""

from __future__ import annotations

from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QApplication

from lao_desktop.paths import resource_path

FAMILY = "Sarabun"
FILES = ("Sarabun-Regular.ttf", "Sarabun-Bold.ttf", "Sarabun-Italic.ttf", "Sarabun-BoldItalic.ttf")
DEFAULT_POINT_SIZE = 11


def register_fonts() -> list[str]:
    """Add the bundled faces to Qt; the families that were added."""
    families: set[str] = set()
    for name in FILES:
        font_id = QFontDatabase.addApplicationFont(str(resource_path("fonts", name)))
        if font_id >= 0:
            families.update(QFontDatabase.applicationFontFamilies(font_id))
    return sorted(families)


def apply_font(app: QApplication, point_size: int = DEFAULT_POINT_SIZE) -> None:
    font = QFont(FAMILY, point_size)
    font.setStyleStrategy(QFont.StyleStrategy.PreferAntialias)
    app.setFont(font)
