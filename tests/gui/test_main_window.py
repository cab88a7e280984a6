"""The main window on the demo office: every section opens and shows its data; the
keyboard shortcuts reach the list on screen."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QLineEdit,
    QTabWidget,
    QWidget,
)
from pytestqt.qtbot import QtBot

from lao_desktop.db.database import Database
from lao_desktop.gui.home_page import HomePage
from lao_desktop.gui.list_page import ListPage
from lao_desktop.gui.main_window import MainWindow
from lao_desktop.gui.record_dialog import RecordDialog
from lao_desktop.gui.sections import sections
from lao_desktop.services import Services

SECTION_KEYS = [s.key for s in sections()]


@pytest.fixture
def window(qtbot: QtBot, demo_db: Database) -> MainWindow:
    main = MainWindow()
    qtbot.addWidget(main)
    main.resize(1280, 800)
    main.show()
    qtbot.waitExposed(main)
    with qtbot.waitSignal(main.data_shown, timeout=10_000):
        main.attach(Services(demo_db))
    return main


def shows_data(page: QWidget) -> bool:
    """Some visible list holds rows, or (settings) some visible box holds text."""
    views = [v for v in page.findChildren(QAbstractItemView) if v.isVisible() and v.model()]
    if any(v.model().rowCount() > 0 for v in views):
        return True
    boxes = [e for e in page.findChildren(QLineEdit) if e.isVisible()]
    return not views and any(e.text() for e in boxes)


def test_the_first_section_shows_data_and_says_so(qtbot: QtBot, demo_db: Database) -> None:
    main = MainWindow()
    qtbot.addWidget(main)
    main.show()
    assert not main.ui.navigation.isEnabled(), "no section before the database is open"
    with qtbot.waitSignal(main.data_shown, timeout=10_000):
        main.attach(Services(demo_db))
    assert main.ui.navigation.currentRow() == 0
    page = main.current_page()
    assert page is main.page(SECTION_KEYS[0])
    qtbot.waitUntil(lambda: shows_data(page), timeout=10_000)


@pytest.mark.parametrize("key", SECTION_KEYS)
def test_every_section_opens_and_shows_its_data(qtbot: QtBot, window: MainWindow, key: str) -> None:
    row = SECTION_KEYS.index(key)
    window.ui.navigation.setCurrentRow(row)
    page = window.current_page()
    assert page is window.pages[key]
    assert page.isVisible()
    tabs = page if isinstance(page, QTabWidget) else None
    for index in range(tabs.count() if tabs is not None else 1):
        if tabs is not None:
            tabs.setCurrentIndex(index)
        shown = tabs.currentWidget() if tabs is not None else page
        qtbot.waitUntil(lambda shown=shown: shows_data(shown), timeout=10_000)
        for lists in shown.findChildren(ListPage) + (
            [shown] if isinstance(shown, ListPage) else []
        ):
            if lists.isVisible():
                assert lists.model.total > 0 and lists.ui.countLabel.text()


def open_list(qtbot: QtBot, window: MainWindow, key: str) -> ListPage:
    window.open_section(key)
    page = window.current_page()
    assert isinstance(page, ListPage)
    qtbot.waitUntil(lambda: page.model.rowCount() > 0, timeout=10_000)
    return page


def test_ctrl_f_goes_to_the_search_box_of_the_list_on_screen(
    qtbot: QtBot, window: MainWindow
) -> None:
    page = open_list(qtbot, window, "partners")
    window.activateWindow()
    qtbot.waitUntil(lambda: window.isActiveWindow(), timeout=3000)
    page.ui.table.setFocus()
    page.ui.search.setText("วัด")
    QTest.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert page.ui.search.hasFocus()
    assert page.ui.search.selectedText() == "วัด", "ready to type over the last search"


def test_ctrl_f_in_a_section_of_several_lists(qtbot: QtBot, window: MainWindow) -> None:
    window.open_section("meetings")
    tabs = window.current_page()
    assert isinstance(tabs, QTabWidget)
    tabs.setCurrentIndex(1)
    shown = tabs.currentWidget()
    assert isinstance(shown, ListPage)
    window.activateWindow()
    qtbot.waitUntil(lambda: window.isActiveWindow(), timeout=3000)
    QTest.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert shown.ui.search.hasFocus()


def test_ctrl_n_opens_the_add_form_of_the_list_on_screen(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    opened: list[QDialog] = []

    def inspect_and_close(dialog: QDialog) -> int:
        opened.append(dialog)
        return int(QDialog.DialogCode.Rejected)

    monkeypatch.setattr(QDialog, "exec", inspect_and_close)
    page = open_list(qtbot, window, "agreements")
    window.activateWindow()
    qtbot.waitUntil(lambda: window.isActiveWindow(), timeout=3000)
    rows = page.model.rowCount()
    QTest.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert len(opened) == 1
    dialog = opened[0]
    assert isinstance(dialog, RecordDialog)
    assert dialog.service is window.services.agreements  # type: ignore[union-attr]
    assert dialog.record is None
    assert page.model.rowCount() == rows, "closed without saving: nothing added"


def test_an_item_on_home_opens_its_record_in_its_list(qtbot: QtBot, window: MainWindow) -> None:
    home = window.page("home")
    assert isinstance(home, HomePage)
    overdue = home.ui.overdueList
    assert overdue.count() > 0, "the demo has overdue resolutions"
    home.ui.overdueList.itemDoubleClicked.emit(overdue.item(0))
    tabs = window.current_page()
    assert isinstance(tabs, QTabWidget)
    shown = tabs.currentWidget()
    assert isinstance(shown, ListPage) and shown.concept.service == "decisions"
    section, service, ident = overdue.item(0).data(Qt.ItemDataRole.UserRole)
    assert (section, service) == ("meetings", "decisions")
    assert shown.current() is not None and shown.current().id == ident
