"""In the Thai interface, no English words on screen: every section page of the main window
and the add form of every concept and sub-record are walked widget by widget.

A failure lists each untranslated text and where it was seen: those msgids need Thai in
resources/locale/th/LC_MESSAGES/lao_desktop.po.
"""

from __future__ import annotations

import html
import re
from collections.abc import Iterator

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QMainWindow,
    QMenu,
    QPlainTextEdit,
    QSpinBox,
    QTabWidget,
    QTextEdit,
    QWidget,
)
from pytestqt.qtbot import QtBot

from lao_desktop.db.database import Database
from lao_desktop.gui.field_editors import DateEditor
from lao_desktop.gui.main_window import MainWindow
from lao_desktop.gui.record_dialog import RecordDialog
from lao_desktop.gui.sections import service_finder
from lao_desktop.gui.trash_dialog import TrashDialog
from lao_desktop.i18n import _
from lao_desktop.services import Services
from tests.gui.test_list_pages import CONCEPTS

# What may stay in Latin letters in a Thai interface: names of things that are written so in
# Thai too, key names, addresses. Everything else in English is a msgid without Thai.
ALLOWED = re.compile(
    r"LINE\s*ID|E-?mail|MOU|MOA|https?://\S+|www\.\S+|\S+@\S+\.\S+|\S*[/\\]\S*"
    r"|\b(?:Ctrl|Shift|Alt|Enter|Esc|Tab|F\d{1,2})\b|\bPDF\b|\bExcel\b|\bCSV\b|\bUSB\b"
    r"|\b(?:PNG|JPEG|TrueType|KB|MB|GB|TB)\b|\bSarabun\b"
    r"|ไทย \(Thai\)|English \(อังกฤษ\)|^English$"  # a language named in its own words
    r"|[\u0e00-\u0e7f] \((?-i:[a-z0-9._-]+)\)$",  # a person's name and their user name (login)
    re.IGNORECASE,
)
ENGLISH = re.compile(r"[A-Za-z]{2,}|(?:[A-Za-z]\.){2,}")  # a word, or B.E. / C.E.
TAG = re.compile(r"<[^>]+>")


def is_english(text: str) -> bool:
    plain = html.unescape(TAG.sub(" ", text)).replace("&", "")
    return bool(ENGLISH.search(ALLOWED.sub(" ", plain)))


def texts_of(widget: QWidget) -> Iterator[tuple[str, str]]:
    """(what, text) for every text a person can see on ``widget`` itself."""
    kind = type(widget).__name__
    if widget.isWindow() and widget.windowTitle():
        yield f"{kind} title", widget.windowTitle()
    if widget.toolTip():
        yield f"{kind} tooltip", widget.toolTip()
    if isinstance(widget, QLabel):
        yield kind, widget.text()
    if isinstance(widget, QAbstractButton):
        yield kind, widget.text()
    if isinstance(widget, QGroupBox):
        yield kind, widget.title()
    if isinstance(widget, QLineEdit | QPlainTextEdit | QTextEdit):
        yield f"{kind} placeholder", widget.placeholderText()
    if isinstance(widget, QComboBox):
        yield f"{kind} placeholder", widget.placeholderText()
        for index in range(widget.count()):
            yield f"{kind} item", widget.itemText(index)
    if isinstance(widget, QSpinBox):
        yield f"{kind} prefix", widget.prefix()
        yield f"{kind} suffix", widget.suffix()
    if isinstance(widget, QAbstractSpinBox):
        yield f"{kind} special", widget.specialValueText()
    if isinstance(widget, QTabWidget):
        for index in range(widget.count()):
            yield f"{kind} tab", widget.tabText(index)
            yield f"{kind} tab tooltip", widget.tabToolTip(index)
    if isinstance(widget, QListWidget):
        for index in range(widget.count()):
            yield f"{kind} item", widget.item(index).text()
    elif isinstance(widget, QAbstractItemView) and widget.model() is not None:
        model = widget.model()
        for column in range(model.columnCount()):
            title = model.headerData(column, Qt.Orientation.Horizontal)
            if isinstance(title, str):
                yield f"{kind} header", title
    if isinstance(widget, QMainWindow):
        for menu in widget.menuBar().findChildren(QMenu):
            yield "menu", menu.title()
            for action in menu.actions():
                yield "menu item", action.text()
                yield (
                    "menu item tooltip",
                    action.toolTip() if action.toolTip() != action.text().replace("&", "") else "",
                )


def english_texts(root: QWidget, where: str, found: dict[str, str]) -> None:
    """Add to ``found`` each English text under ``root`` (text → where it was first seen)."""
    for widget in [root, *root.findChildren(QWidget)]:
        for what, text in texts_of(widget):
            if text and is_english(text) and text not in found:
                name = widget.objectName()
                found[text] = f"{where}: {what}" + (f" ({name})" if name else "")


def report(found: dict[str, str]) -> str:
    lines = [f"  {text!r}  — {where}" for text, where in sorted(found.items())]
    return f"{len(found)} visible texts are not in Thai:\n" + "\n".join(lines)


def test_the_checker_itself() -> None:
    assert is_english("Partner name")
    assert is_english("B.E. ")
    assert is_english("ชื่อภาคี (Thai)")
    assert is_english("ชื่อข้อตกลง (Thai) ภาษา")
    assert not is_english("นายอภิชาติ บุญชัย (executive)")  # a name and its login
    for fine in ["ชื่อภาคี", "LINE ID", "ไทย (Thai)", "English (อังกฤษ)", "อีเมล (E-mail)",
                 "บันทึกข้อตกลง (MOU)", "๑๒๓ 2569",
                 "https://www.example.go.th", "เพิ่ม (Ctrl+N)", "C:\\ข้อมูล\\lao.db", ""]:  # fmt: skip
        assert not is_english(fine), fine


def test_every_section_page_is_in_thai(qtbot: QtBot, demo_db: Database) -> None:
    window = MainWindow()
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    with qtbot.waitSignal(window.data_shown, timeout=10_000):
        window.attach(Services(demo_db))
    found: dict[str, str] = {}
    for row, section in enumerate(window.sections):
        window.ui.navigation.setCurrentRow(row)
        page = window.pages[section.key]
        tabs = [page] if isinstance(page, QTabWidget) else []
        for tab_widget in tabs:
            for index in range(tab_widget.count()):
                tab_widget.setCurrentIndex(index)  # each list loads when shown
        english_texts(page, f"section {section.key}", found)
    english_texts(window, "main window", found)  # what the sections did not show already
    assert not found, report(found)


def test_every_form_is_in_thai(qtbot: QtBot, demo_db: Database) -> None:
    services = Services(demo_db)
    service_for = service_finder(services)
    found: dict[str, str] = {}
    seen: set[str] = set()
    for concept in CONCEPTS:
        names = [concept.service, *(child.service for child in concept.children)]
        for name in names:
            if name in seen:
                continue
            seen.add(name)
            service = services
            for part in name.split("."):
                service = getattr(service, part)
            dialog = RecordDialog(None, service, service_for)  # type: ignore[arg-type]
            qtbot.addWidget(dialog)
            dialog.show()
            dialog.save()  # every required field marked, the banner shown
            for editor in dialog.editors:
                if isinstance(editor, DateEditor):
                    editor.edit.open_calendar()
                    assert editor.edit.popup is not None
                    english_texts(editor.edit.popup, "calendar", found)
                    editor.edit.popup.hide()
                    break
            english_texts(dialog, f"form of {name}", found)
            dialog.hide()
        trash = TrashDialog(None, getattr(services, concept.service), concept.columns, service_for)
        qtbot.addWidget(trash)
        english_texts(trash, f"trash of {concept.service}", found)
    assert not found, report(found)


def test_qt_keeps_its_own_texts_where_the_catalogue_has_none(qapp: QApplication) -> None:
    """Only Qt's texts we translate are answered; for the rest Qt must keep its own (an
    empty answer blanked the print dialog and left A4 without a name)."""
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtGui import QPageSize

    assert QCoreApplication.translate("QPrintDialog", "Print range") == "Print range"
    assert QPageSize(QPageSize.PageSizeId.A4).name() != ""
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == _("Cancel") != "Cancel"
