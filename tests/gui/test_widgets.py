"""The input widgets for Thai data: the B.E. date box, the place picker, the record picker."""

from __future__ import annotations

import uuid

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QTableView
from pytestqt.qtbot import QtBot

from lao_desktop.gui.widgets.date_edit import ThaiDateEdit
from lao_desktop.gui.widgets.location_picker import LocationPicker
from lao_desktop.gui.widgets.record_picker import RecordPicker
from lao_desktop.services import Services
from lao_desktop.thai import geo
from tests.factories import thai_partner
from tests.gui.conftest import type_text
from tests.gui.helpers import pick_record

RED = "#b3261e"


# -- the date box ------------------------------------------------------------------------


@pytest.fixture
def date_box(qtbot: QtBot) -> ThaiDateEdit:
    box = ThaiDateEdit()
    qtbot.addWidget(box)
    box.resize(420, 40)
    box.show()
    return box


def test_a_typed_short_date_reads_in_full_buddhist_era(date_box: ThaiDateEdit) -> None:
    type_text(date_box.edit, "21 พ.ย. 69")
    assert date_box.reading.text() == "21 พฤศจิกายน 2569"
    assert RED not in date_box.reading.styleSheet()
    assert date_box.date() is not None and date_box.date().isoformat() == "2026-11-21"
    assert date_box.text() == "21 พ.ย. 69", "what was typed stays as typed"


def test_the_calendar_shows_the_buddhist_year_and_fills_the_box(
    qtbot: QtBot, date_box: ThaiDateEdit
) -> None:
    type_text(date_box.edit, "21/11/2569")
    date_box.button.click()
    popup = date_box.popup
    assert popup is not None
    qtbot.waitUntil(popup.isVisible, timeout=2000)
    assert popup.year.value() == 2569 and "2569" in popup.year.text()
    assert popup.month.currentText() == "พฤศจิกายน"
    popup.next.click()  # a month on: the header follows, still in B.E.
    assert popup.month.currentText() == "ธันวาคม" and popup.year.value() == 2569
    popup.next.click()
    assert popup.month.currentText() == "มกราคม" and popup.year.value() == 2570
    popup.previous.click()
    popup.previous.click()
    view = popup.calendar.findChild(QTableView)
    assert view is not None
    view.setFocus()
    QTest.keyClick(view, Qt.Key.Key_Right)  # the day after the 21st …
    QTest.keyClick(view, Qt.Key.Key_Return)  # … chosen with Enter
    assert date_box.text() == "22/11/2569"
    assert date_box.reading.text() == "22 พฤศจิกายน 2569"
    assert not popup.isVisible()


def test_the_calendar_opens_on_today_when_the_box_is_empty(
    qtbot: QtBot, date_box: ThaiDateEdit
) -> None:
    from datetime import date

    date_box.open_calendar()
    assert date_box.popup is not None
    assert date_box.popup.year.value() == date.today().year + 543


@pytest.mark.parametrize("typed", ["31/02/2569", "21/11/2300", "ไม่ใช่วันที่"])
def test_an_impossible_date_is_said_in_thai_in_red(date_box: ThaiDateEdit, typed: str) -> None:
    type_text(date_box.edit, typed)
    message = date_box.reading.text()
    assert message and any("\u0e00" <= c <= "\u0e7f" for c in message), message
    assert RED in date_box.reading.styleSheet()
    assert date_box.date() is None
    assert date_box.reading.toolTip() == message


def test_clearing_the_box_clears_the_reading(date_box: ThaiDateEdit) -> None:
    type_text(date_box.edit, "31/02/2569")
    date_box.edit.clear()
    assert date_box.reading.text() == "" and date_box.date() is None


# -- the place picker --------------------------------------------------------------------


@pytest.fixture
def places(qtbot: QtBot) -> LocationPicker:
    picker = LocationPicker()
    qtbot.addWidget(picker)
    picker.show()
    return picker


def items(combo: object) -> list[str]:
    return [combo.itemText(i) for i in range(1, combo.count())]  # type: ignore[attr-defined]


def test_districts_follow_the_province_and_subdistricts_the_district(
    places: LocationPicker,
) -> None:
    nakhon_phanom = geo.province("48")
    assert nakhon_phanom is not None
    assert nakhon_phanom.name_th in items(places.province)
    assert items(places.district) == [] and items(places.subdistrict) == []
    places.province.setCurrentIndex(places.province.findData("48"))
    assert items(places.district) == [d.name_th for d in geo.districts("48")]
    district = geo.districts("48")[0]
    places.district.setCurrentIndex(places.district.findData(district.code))
    assert items(places.subdistrict) == [s.name_th for s in geo.subdistricts(district.code)]
    # Another province: the district and subdistrict lists start again.
    places.province.setCurrentIndex(places.province.findData("10"))
    assert items(places.district) == [d.name_th for d in geo.districts("10")]
    assert items(places.subdistrict) == []
    assert places.codes() == {
        "province_code": "10",
        "district_code": None,
        "subdistrict_code": None,
    }


def test_codes_go_in_and_come_out_unchanged(places: LocationPicker) -> None:
    district = geo.districts("48")[-1]
    subdistrict = geo.subdistricts(district.code)[-1]
    places.set_codes("48", district.code, subdistrict.code)
    assert places.codes() == {
        "province_code": "48",
        "district_code": district.code,
        "subdistrict_code": subdistrict.code,
    }
    assert places.subdistrict.currentText() == subdistrict.name_th
    places.set_codes(None, None, None)
    assert set(places.codes().values()) == {None}
    assert items(places.district) == []


def test_an_unknown_code_stays_visible(places: LocationPicker) -> None:
    places.set_codes("48", "4899", None)
    assert places.codes()["district_code"] == "4899"
    assert "4899" in places.district.currentText()
    places.set_codes("48", "4899", "489901")
    assert places.codes() == {
        "province_code": "48",
        "district_code": "4899",
        "subdistrict_code": "489901",
    }


# -- the record picker -------------------------------------------------------------------


@pytest.fixture
def partner_picker(qtbot: QtBot, services: Services) -> RecordPicker:
    for name in ["กลุ่มแม่บ้านบ้านนาคูณ", "วัดนาคูณใหญ่", "โรงเรียนบ้านดอนแดง"]:
        services.partners.create(thai_partner(name=name))
    picker = RecordPicker(services.partners, "ภาคี")
    qtbot.addWidget(picker)
    picker.resize(400, 40)
    picker.show()
    return picker


def test_typing_part_of_a_name_lists_the_matches(
    qtbot: QtBot, partner_picker: RecordPicker
) -> None:
    partner_picker.edit.setFocus()
    type_text(partner_picker.edit, "นาคูณ")
    qtbot.waitUntil(lambda: partner_picker.matches.rowCount() == 2, timeout=3000)
    assert sorted(partner_picker.matches.stringList()) == sorted(["กลุ่มแม่บ้านบ้านนาคูณ", "วัดนาคูณใหญ่"])
    qtbot.waitUntil(partner_picker.completer.popup().isVisible, timeout=3000)


def test_the_chosen_record_id_is_returned(
    qtbot: QtBot, services: Services, partner_picker: RecordPicker
) -> None:
    chosen = pick_record(qtbot, partner_picker, "ดอนแดง")
    assert chosen == "โรงเรียนบ้านดอนแดง"
    ident = partner_picker.value()
    assert isinstance(ident, uuid.UUID)
    assert services.partners.get(ident).name == "โรงเรียนบ้านดอนแดง"


def test_text_typed_without_choosing_is_returned_as_text(
    qtbot: QtBot, partner_picker: RecordPicker
) -> None:
    type_text(partner_picker.edit, "ภาคีที่ไม่มี")
    assert partner_picker.value() == "ภาคีที่ไม่มี"
    partner_picker.edit.clear()
    assert partner_picker.value() is None


def test_changing_a_chosen_name_is_no_longer_the_choice(
    qtbot: QtBot, partner_picker: RecordPicker
) -> None:
    pick_record(qtbot, partner_picker, "วัด")
    partner_picker.completer.popup().hide()
    partner_picker.edit.end(False)
    type_text(partner_picker.edit, "x")
    assert partner_picker.value() == "วัดนาคูณใหญ่x"


def test_set_value_shows_the_name_and_returns_the_id(
    services: Services, partner_picker: RecordPicker
) -> None:
    partner = services.partners.list().items[0]
    partner_picker.set_value(partner.id, partner.name)
    assert partner_picker.edit.text() == partner.name
    assert partner_picker.value() == partner.id
