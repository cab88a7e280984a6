"""The add/edit form: the service's problems next to the right field in Thai, nothing typed
lost, a question before throwing typing away, a conflict with another PC, odd pastes."""

from __future__ import annotations

import re
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLabel
from pytestqt.qtbot import QtBot

from lao_desktop.db.database import Database
from lao_desktop.errors import ValidationError
from lao_desktop.gui.field_editors import ServiceFor
from lao_desktop.gui.record_dialog import RecordDialog
from lao_desktop.services import Services
from lao_desktop.services.entity import EntityService
from tests.factories import thai_partner
from tests.gui.conftest import type_text
from tests.gui.helpers import editor_of, retype

THAI = re.compile(r"[\u0E00-\u0E7F]")


@pytest.fixture(autouse=True)
def _closing_discards(monkeypatch: pytest.MonkeyPatch) -> None:
    """Closing a dialog with typing in it asks first; at the end of a test, the answer is
    "close" (a real question box would wait for a click forever)."""
    monkeypatch.setattr("lao_desktop.gui.record_dialog.confirm", lambda *_a: True)


def open_dialog(
    qtbot: QtBot, service: EntityService[Any], service_for: ServiceFor, record: Any = None
) -> RecordDialog:
    dialog = RecordDialog(None, service, service_for, record=record)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def fill_partner(dialog: RecordDialog, name: str) -> None:
    retype(editor_of(dialog, "name").widget, name)
    for key in ("sector", "pillar", "level"):
        combo = editor_of(dialog, key).combo  # type: ignore[attr-defined]
        combo.setCurrentIndex(0)


def error_of(dialog: RecordDialog, key: str) -> QLabel:
    return dialog.error_labels[key]


def service_problem(service: EntityService[Any], data: dict[str, Any], key: str) -> str:
    """What the service itself says about ``key`` for ``data``."""
    with pytest.raises(ValidationError) as caught:
        service.create(data)
    return "\n".join(caught.value.for_field(key))


def press_enter(dialog: RecordDialog, key: str = "name") -> None:
    widget = editor_of(dialog, key).widget
    widget.setFocus()
    QTest.keyClick(widget, Qt.Key.Key_Return)


def paste(widget: Any, text: str) -> None:
    QApplication.clipboard().setText(text)
    widget.setFocus()
    QTest.keyClick(widget, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)


def test_an_empty_name_is_marked_beside_the_name(
    qtbot: QtBot, services: Services, service_for: ServiceFor
) -> None:
    dialog = open_dialog(qtbot, services.partners, service_for)
    fill_partner(dialog, "")
    retype(editor_of(dialog, "phone").widget, "081-234-5678")
    press_enter(dialog, "phone")
    assert dialog.isVisible() and dialog.saved is None
    label = error_of(dialog, "name")
    assert label.isVisible()
    expected = service_problem(services.partners, thai_partner(name=""), "name")
    assert label.text() == expected and THAI.search(expected)
    assert dialog.ui.problems.isVisible() and dialog.ui.problems.text()
    assert not error_of(dialog, "phone").isVisible(), "only the wrong field is marked"
    assert editor_of(dialog, "phone").values() == {"phone": "081-234-5678"}, "nothing lost"
    assert dialog.focusWidget() is editor_of(dialog, "name").widget, "the cursor goes there"
    assert services.partners.count() == 0


def test_a_name_of_5000_characters_is_refused_in_thai(
    qtbot: QtBot, services: Services, service_for: ServiceFor
) -> None:
    dialog = open_dialog(qtbot, services.partners, service_for)
    fill_partner(dialog, "")
    long_name = "ก" * 5000
    paste(editor_of(dialog, "name").widget, long_name)
    press_enter(dialog)
    label = error_of(dialog, "name")
    assert label.isVisible() and "5000" in label.text().replace(",", "")
    assert label.text() == service_problem(services.partners, thai_partner(name=long_name), "name")
    assert THAI.search(label.text())
    assert editor_of(dialog, "name").values() == {"name": long_name}


def test_an_email_without_at_is_marked(
    qtbot: QtBot, services: Services, service_for: ServiceFor
) -> None:
    dialog = open_dialog(qtbot, services.partners, service_for)
    fill_partner(dialog, "กลุ่มแม่บ้านบ้านนาคูณ")
    retype(editor_of(dialog, "email").widget, "somchai.example.go.th")
    press_enter(dialog)
    label = error_of(dialog, "email")
    # Says what is wrong without repeating the address (personal data stays out of messages).
    assert label.isVisible() and "name@example.go.th" in label.text()
    assert "somchai" not in label.text()
    assert THAI.search(label.text())
    assert not error_of(dialog, "name").isVisible()
    assert dialog.values()["name"] == "กลุ่มแม่บ้านบ้านนาคูณ"
    assert dialog.values()["email"] == "somchai.example.go.th"
    # Corrected, the same dialog saves and the marks go away.
    retype(editor_of(dialog, "email").widget, "somchai@example.go.th")
    press_enter(dialog)
    assert dialog.saved is not None and not dialog.isVisible()
    assert services.partners.get(dialog.saved.id).email == "somchai@example.go.th"


@pytest.mark.parametrize("typed", ["31/02/2569", "21/11/2300"], ids=["no-such-day", "which-era"])
def test_a_wrong_date_is_marked_in_thai(
    qtbot: QtBot, services: Services, service_for: ServiceFor, typed: str
) -> None:
    dialog = open_dialog(qtbot, services.committees, service_for)
    retype(editor_of(dialog, "name").widget, "คณะกรรมการพัฒนาสตรีตำบล")
    date_box = editor_of(dialog, "term_start").widget
    retype(date_box.edit, typed)  # type: ignore[attr-defined]
    assert date_box.reading.text(), "the box says at once what is wrong"  # type: ignore[attr-defined]
    press_enter(dialog)
    label = error_of(dialog, "term_start")
    assert label.isVisible() and THAI.search(label.text())
    data = {"name": "คณะกรรมการพัฒนาสตรีตำบล", "term_start": typed}
    assert label.text() == service_problem(services.committees, data, "term_start")
    assert date_box.text() == typed  # type: ignore[attr-defined]
    assert dialog.values()["name"] == "คณะกรรมการพัฒนาสตรีตำบล"


def test_the_banner_says_what_to_do(
    qtbot: QtBot, services: Services, service_for: ServiceFor
) -> None:
    dialog = open_dialog(qtbot, services.partners, service_for)
    press_enter(dialog)
    banner = dialog.ui.problems.text()
    assert dialog.ui.problems.isVisible()
    # Every required field is marked; the banner points at the marks (in Thai once the
    # catalogue has it, see test_visible_texts).
    for key in ("name", "sector", "pillar", "level"):
        assert error_of(dialog, key).isVisible(), key
    assert banner and banner not in [error_of(dialog, "name").text()]


def test_esc_with_changes_asks_first(
    qtbot: QtBot, services: Services, service_for: ServiceFor, monkeypatch: pytest.MonkeyPatch
) -> None:
    asked: list[str] = []
    answer = {"close": False}

    def fake_confirm(_parent: object, title: str, _text: str) -> bool:
        asked.append(title)
        return answer["close"]

    monkeypatch.setattr("lao_desktop.gui.record_dialog.confirm", fake_confirm)
    dialog = open_dialog(qtbot, services.partners, service_for)
    QTest.keyClick(dialog, Qt.Key.Key_Escape)
    assert not asked and not dialog.isVisible(), "nothing typed: Esc just closes"

    dialog = open_dialog(qtbot, services.partners, service_for)
    type_text(editor_of(dialog, "name").widget, "วัดนาคูณ")
    QTest.keyClick(editor_of(dialog, "name").widget, Qt.Key.Key_Escape)
    assert len(asked) == 1 and dialog.isVisible()
    assert dialog.values()["name"] == "วัดนาคูณ"
    answer["close"] = True
    QTest.keyClick(editor_of(dialog, "name").widget, Qt.Key.Key_Escape)
    assert len(asked) == 2 and not dialog.isVisible()
    assert services.partners.count() == 0


def test_a_record_saved_meanwhile_elsewhere_is_a_conflict(
    qtbot: QtBot, db: Database, services: Services, service_for: ServiceFor
) -> None:
    partner = services.partners.create(thai_partner())
    dialog = open_dialog(qtbot, services.partners, service_for, services.partners.get(partner.id))
    retype(editor_of(dialog, "name").widget, "กลุ่มแม่บ้านบ้านนาคูณใหญ่ (แก้แล้ว)")
    other_pc = Services(db)
    other_pc.partners.update(partner.id, {"phone": "0899999999"})
    press_enter(dialog)
    assert dialog.isVisible() and dialog.saved is None
    assert dialog.ui.problems.isVisible()
    assert "แก้แล้ว" not in services.partners.get(partner.id).name
    message = dialog.ui.problems.text()
    assert THAI.search(message) and _("Partner") in message
    assert dialog.values()["name"] == "กลุ่มแม่บ้านบ้านนาคูณใหญ่ (แก้แล้ว)", "typing kept"


def _(msgid: str) -> str:
    from lao_desktop.i18n import _ as translate

    return translate(msgid)


def test_emoji_and_pasted_excel_cells_are_saved_cleanly(
    qtbot: QtBot, services: Services, service_for: ServiceFor
) -> None:
    dialog = open_dialog(qtbot, services.partners, service_for)
    fill_partner(dialog, "")
    paste(editor_of(dialog, "name").widget, "กลุ่มปลูกผัก\tปลอดสาร 🌱🥬\r\n")
    paste(editor_of(dialog, "address").widget, "บ้านเลขที่ 12\tหมู่ 3\r\nตำบลนาคูณใหญ่\r\n")
    press_enter(dialog)
    assert dialog.saved is not None, dialog.ui.problems.text()
    saved = services.partners.get(dialog.saved.id)
    assert "🌱🥬" in saved.name
    assert not set("\t\r\n") & set(saved.name)
    assert "\r" not in saved.address and "\t" not in saved.address
    assert saved.address.splitlines() == ["บ้านเลขที่ 12 หมู่ 3", "ตำบลนาคูณใหญ่"]


def test_a_required_choice_starts_empty_and_says_choose(
    qtbot: QtBot, services: Services, service_for: ServiceFor
) -> None:
    dialog = open_dialog(qtbot, services.partners, service_for)
    sector = editor_of(dialog, "sector").combo  # type: ignore[attr-defined]
    assert sector.currentIndex() == -1 and sector.currentData() is None
    assert sector.placeholderText(), "an empty box says that a choice is expected"
    status = editor_of(dialog, "sector").combo  # type: ignore[attr-defined]
    status.setCurrentIndex(0)
    assert status.currentData() is not None, "the first line is a real choice"
