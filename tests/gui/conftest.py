"""GUI test helpers: the program's fonts and Qt texts installed once, Thai typing, and a
services-backed screen per test (offscreen, see tests/conftest.py)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget

from lao_desktop.db.database import Database, open_database
from lao_desktop.gui.app import make_application
from lao_desktop.gui.field_editors import ServiceFor
from lao_desktop.gui.sections import service_finder
from lao_desktop.services import Services
from tests.support.demo import demo_copy


@pytest.fixture(scope="session")
def qapp() -> Iterator[QApplication]:
    """The application as the program makes it: bundled font, Thai texts for Qt's own."""
    yield make_application()


@pytest.fixture
def demo_db(tmp_path: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Database]:
    """A copy of the small demo office of one's own."""
    database = open_database(demo_copy(tmp_path_factory, tmp_path / "demo.db"))
    yield database
    database.dispose()


@pytest.fixture
def demo(demo_db: Database) -> Services:
    return Services(demo_db)


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
