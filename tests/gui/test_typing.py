"""Thai typed key by key reaches the text boxes intact (tone marks, sara am, digits)."""

from __future__ import annotations

from PySide6.QtWidgets import QLineEdit, QPlainTextEdit
from pytestqt.qtbot import QtBot

from tests.gui.conftest import type_text

WORDS = "ผู้ใหญ่บ้าน ที่ทำการ ๑๒๓ น้ำ"


def test_thai_reaches_a_line_edit(qtbot: QtBot) -> None:
    edit = QLineEdit()
    qtbot.addWidget(edit)
    type_text(edit, WORDS)
    assert edit.text() == WORDS


def test_thai_reaches_a_text_box_with_new_lines(qtbot: QtBot) -> None:
    box = QPlainTextEdit()
    qtbot.addWidget(box)
    type_text(box, "วิสัยทัศน์\nพันธกิจ")
    assert box.toPlainText() == "วิสัยทัศน์\nพันธกิจ"
