"""GUI test helpers: the program's fonts and Qt texts installed once, Thai typing, and a
services-backed screen per test (offscreen, see tests/conftest.py)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget

from lao_desktop.gui.app import make_application
from lao_desktop.gui.field_editors import ServiceFor
from lao_desktop.gui.sections import service_finder
from lao_desktop.services import Services


@pytest.fixture(scope="session")
def qapp() -> Iterator[QApplication]:
    """The application as the program makes it: bundled font, Thai texts for Qt's own."""
    yield make_application()


@pytest.fixture
def service_for(services: Services) -> ServiceFor:
    return service_finder(services)


def type_text(widget: QWidget, text: str) -> None:
    """Type ``text`` key by key. ``qtbot.keyClicks`` aborts the process on Thai letters
    (a Qt testlib assertion), so each character is sent as a key event of its own."""
    for char in text:
        if char == "\n":
            QTest.keyClick(widget, Qt.Key.Key_Return)
            continue
        QTest.sendKeyEvent(
            QTest.KeyAction.Click, widget, Qt.Key.Key_unknown, char, Qt.KeyboardModifier.NoModifier
        )
