"""The settings page: office details typed in Thai, problems next to their fields with
nothing typed lost, the emblem, the document font, and switching the interface language."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QComboBox, QFileDialog, QLineEdit, QListWidget
from pytestqt.qtbot import QtBot

from lao_desktop import i18n, preferences
from lao_desktop.gui.field_editors import Editor
from lao_desktop.gui.main_window import MainWindow
from lao_desktop.gui.settings_page import SettingsPage
from lao_desktop.models.enums import OfficeType
from lao_desktop.paths import resource_path
from lao_desktop.services import Services
from lao_desktop.services.settings import BUNDLED_FONT
from tests.gui.conftest import type_text
from tests.gui.helpers import retype
from tests.services.test_settings import png

OFFICE = {"name": "องค์การบริหารส่วนตำบลนาคูณใหญ่", "office_type": "sao", "email": "a@b.go.th"}


def open_settings(qtbot: QtBot, services: Services) -> SettingsPage:
    page = SettingsPage(services)
    qtbot.addWidget(page)
    page.load()
    assert page.loaded
    return page


def editor(page: SettingsPage, key: str) -> Editor:
    return next(e for e in page.editors if key in e.keys)


def line(page: SettingsPage, key: str) -> QLineEdit:
    widget = editor(page, key).widget
    assert isinstance(widget, QLineEdit)
    return widget


def answer_file_dialog(monkeypatch: pytest.MonkeyPatch, path: Path) -> None:
    """The file the clerk picks in the (modal, so replaced) file dialog."""
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *args: (str(path), ""))


def test_office_details_typed_in_thai_are_saved(qtbot: QtBot, services: Services) -> None:
    page = open_settings(qtbot, services)
    assert not page.ui.removeEmblemButton.isEnabled()
    type_text(line(page, "name"), "องค์การบริหารส่วนตำบลนาคูณใหญ่")
    kind = editor(page, "office_type").widget
    assert isinstance(kind, QComboBox)
    kind.setCurrentIndex(kind.findData(OfficeType.parse("sao")))
    type_text(line(page, "executive_name"), "นายอภิชาติ บุญชัย")
    type_text(line(page, "document_prefix"), "นพ ๗๗๖๐๑/")
    page.ui.thaiDigits.setChecked(True)
    page.ui.saveButton.click()
    office = services.office.current()
    assert office is not None
    assert office.name == "องค์การบริหารส่วนตำบลนาคูณใหญ่"
    assert office.executive_name == "นายอภิชาติ บุญชัย"
    assert office.document_prefix == "นพ ๗๗๖๐๑/"
    assert office.use_thai_digits
    assert page.ui.savedNote.text() != ""
    assert not page.ui.problems.isVisible()


def test_a_bad_email_is_shown_next_to_it_and_nothing_typed_is_lost(
    qtbot: QtBot, services: Services
) -> None:
    services.office.save(OFFICE)
    page = open_settings(qtbot, services)
    page.show()
    retype(line(page, "email"), "saraban-at-nakhunyai")
    type_text(line(page, "executive_name"), "นางสาวมาลี ใจดี")
    assert not page.save()
    email_problem = page.error_labels["email"]
    assert email_problem.isVisible() and email_problem.text()
    assert page.ui.problems.isVisible()
    assert not page.error_labels["name"].isVisible()
    assert line(page, "email").text() == "saraban-at-nakhunyai"
    assert line(page, "executive_name").text() == "นางสาวมาลี ใจดี"
    office = services.office.current()
    assert office is not None and office.email == "a@b.go.th" and not office.executive_name
    # Corrected, it saves and the problem goes away.
    retype(line(page, "email"), "saraban@nakhunyai.go.th")
    assert page.save()
    assert not page.error_labels["email"].isVisible()
    office = services.office.current()
    assert office is not None and office.executive_name == "นางสาวมาลี ใจดี"


def test_emblem_chosen_previewed_and_removed(
    qtbot: QtBot, services: Services, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    services.office.save(OFFICE)
    page = open_settings(qtbot, services)
    image = tmp_path / "ตราครุฑ.png"
    image.write_bytes(png(150, 180))
    answer_file_dialog(monkeypatch, image)
    page.ui.chooseEmblemButton.click()
    office = services.office.current()
    assert office is not None and office.emblem_png == image.read_bytes()
    assert not page.ui.emblemPreview.pixmap().isNull()
    assert page.ui.removeEmblemButton.isEnabled()
    page.ui.removeEmblemButton.click()
    office = services.office.current()
    assert office is not None and office.emblem_png is None
    assert page.ui.emblemPreview.pixmap().isNull()
    assert not page.ui.removeEmblemButton.isEnabled()


def test_a_file_that_is_not_an_image_is_refused_with_a_message(
    qtbot: QtBot, services: Services, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    services.office.save(OFFICE)
    page = open_settings(qtbot, services)
    page.show()
    fake = tmp_path / "emblem.png"
    fake.write_text("บันทึกข้อความ (a Word file renamed)", encoding="utf-8")
    answer_file_dialog(monkeypatch, fake)
    page.ui.chooseEmblemButton.click()
    assert page.ui.emblemProblem.isVisible()
    assert "PNG" in page.ui.emblemProblem.text()
    office = services.office.current()
    assert office is not None and office.emblem_png is None
    # A good image afterwards clears the message.
    fake.write_bytes(png())
    page.ui.chooseEmblemButton.click()
    assert not page.ui.emblemProblem.isVisible()


def test_document_font_checked_then_saved(
    qtbot: QtBot, services: Services, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    page = open_settings(qtbot, services)
    page.show()
    assert page.ui.bundledFont.isChecked()
    bad = tmp_path / "font.ttf"
    bad.write_bytes(b"OTTO" + b"\x00" * 100)
    answer_file_dialog(monkeypatch, bad)
    page.ui.chooseFontButton.click()
    assert page.ui.ownFont.isChecked() and page.ui.fontProblem.isVisible()
    assert not page.save()
    assert page.ui.fontProblem.isVisible()
    assert services.settings.document_font() is None
    good = tmp_path / "THSarabunNew.ttf"
    good.write_bytes(resource_path("fonts", "Sarabun-Regular.ttf").read_bytes())
    answer_file_dialog(monkeypatch, good)
    page.ui.chooseFontButton.click()
    assert not page.ui.fontProblem.isVisible()
    assert page.ui.fontFile.text() == "THSarabunNew.ttf"
    assert page.save()
    assert services.settings.document_font() == good.resolve()
    page.ui.bundledFont.setChecked(True)
    assert page.save()
    assert services.settings.get("document_font") == BUNDLED_FONT


def test_switching_language_rebuilds_the_window_in_english(
    qtbot: QtBot, services: Services
) -> None:
    services.office.save(OFFICE)
    window = MainWindow()
    qtbot.addWidget(window)
    window.attach(services)
    window.open_section("settings")
    page = window.pages["settings"]
    assert isinstance(page, SettingsPage)
    navigation: QListWidget = window.ui.navigation
    thai_home = navigation.item(0).text()
    assert thai_home != "Home"  # Thai before the switch
    typed = "นายกองค์การบริหารส่วนตำบลนาคูณใหญ่"
    type_text(line(page, "executive_position"), typed)
    page.ui.language.setCurrentIndex(page.ui.language.findData("en"))
    with qtbot.waitSignal(window.replaced) as rebuilt:
        page.ui.saveButton.click()
    successor = rebuilt.args[0]
    assert isinstance(successor, MainWindow)
    qtbot.addWidget(successor)
    assert i18n.language() == "en" and preferences.language() == "en"
    assert successor.ui.navigation.item(0).text() == "Home"
    assert successor.windowTitle() == "LAO Network Desktop"
    again = successor.current_page()
    assert isinstance(again, SettingsPage)  # still on the settings
    assert again.ui.officeBox.title() == "Office details"
    assert again.ui.language.currentData() == "en"
    assert line(again, "executive_position").text() == typed  # saved before the rebuild
    qtbot.waitUntil(lambda: not window.isVisible())
