"""Every concept's screen, used as a clerk uses it on the demo office: add a record typed in
Thai, find it, change it, delete it, undo, and bring it back from the trash."""

from __future__ import annotations

import importlib
import pkgutil
from typing import Any

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

import lao_desktop.gui.concepts as concepts_package
from lao_desktop.gui.child_panel import ChildPanel
from lao_desktop.gui.concepts.base import Concept
from lao_desktop.gui.field_editors import ServiceFor
from lao_desktop.gui.list_page import ListPage
from lao_desktop.gui.record_dialog import RecordDialog
from lao_desktop.gui.sections import service_finder
from lao_desktop.gui.trash_dialog import TrashDialog
from lao_desktop.services import Services
from lao_desktop.services.query import ListQuery
from tests.gui.conftest import type_text
from tests.gui.helpers import (
    editor_of,
    fake_exec,
    fill_required,
    name_key,
    press_save,
    retype,
)


def all_concepts() -> list[Concept]:
    """Every Concept the concept modules describe (the sections are built from them)."""
    found: dict[str, Concept] = {}
    for info in pkgutil.iter_modules(concepts_package.__path__):
        module = importlib.import_module(f"{concepts_package.__name__}.{info.name}")
        for value in vars(module).values():
            if isinstance(value, Concept):
                found[value.service] = value
    return sorted(found.values(), key=lambda c: c.service)


# Users are an administrator's list with its own tests (test_users_page).
CONCEPTS = [c for c in all_concepts() if c.service != "users"]


def test_every_section_concept_is_tested() -> None:
    expected = {
        "partners", "networks", "committees", "meetings", "decisions", "exchanges",
        "agreements", "plans", "activities", "knowledge",
    }  # fmt: skip
    assert expected <= {c.service for c in CONCEPTS}


def open_page(qtbot: QtBot, services: Services, concept: Concept) -> ListPage:
    page = ListPage(services, concept, service_finder(services))
    qtbot.addWidget(page)
    page.resize(1200, 800)
    page.show()
    page.load()
    return page


def shown_names(page: ListPage, column: int = -1) -> list[str]:
    key = name_key(page.service)
    number = (
        column
        if column >= 0
        else next((i for i, c in enumerate(page.concept.columns) if c.key == key), 0)
    )
    return [row[number] for row in page.model.texts]


def current_id(page: ListPage) -> Any:
    record = page.current()
    return None if record is None else record.id


@pytest.mark.parametrize("concept", CONCEPTS, ids=lambda c: c.service)
def test_a_clerk_works_through_the_list(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, demo: Services, concept: Concept
) -> None:
    service_for: ServiceFor = service_finder(demo)
    page = open_page(qtbot, demo, concept)
    assert page.model.total > 0, "the demo office has records of every kind"
    assert page.ui.countLabel.text()
    name = "ทดสอบเครือข่ายน้ำใจ ผู้ใหญ่บ้าน"

    # Add: the form filled as a clerk fills it, Enter saves, the new record is selected.
    def add_steps(dialog: RecordDialog) -> None:
        fill_required(qtbot, dialog, service_for, name, concept.service)
        press_save(dialog)
        assert dialog.result() == RecordDialog.DialogCode.Accepted, dialog.ui.problems.text()

    fake_exec(monkeypatch, RecordDialog, add_steps)
    page.add()
    new_id = current_id(page)
    assert new_id is not None, "the new record is selected in the list"
    key = name_key(page.service)
    assert getattr(page.service.get(new_id), key) == name
    assert name in page.ui.detail.toPlainText()

    # Edit: the Thai name changed through the form.
    renamed = "ทดสอบแก้ไขชื่อภาษาไทย"

    def edit_steps(dialog: RecordDialog) -> None:
        assert dialog.record is not None
        retype(editor_of(dialog, key).widget, renamed)
        press_save(dialog)
        assert dialog.result() == RecordDialog.DialogCode.Accepted, dialog.ui.problems.text()

    fake_exec(monkeypatch, RecordDialog, edit_steps)
    page.edit()
    assert getattr(page.service.get(new_id), key) == renamed
    assert current_id(page) == new_id

    # Search as you type finds it; one more letter that matches nothing empties the list.
    page.focus_search()
    type_text(page.ui.search, "แก้ไขชื่อ")
    qtbot.waitUntil(lambda: page.model.query.text == "แก้ไขชื่อ", timeout=3000)
    assert [r.id for r in page.model.records] == [new_id]
    type_text(page.ui.search, "ฮฮ")
    qtbot.waitUntil(lambda: page.model.query.text == "แก้ไขชื่อฮฮ", timeout=3000)
    assert page.model.rowCount() == 0
    assert page.current() is None
    retype(page.ui.search, "แก้ไขชื่อ")
    qtbot.waitUntil(lambda: page.model.rowCount() == 1, timeout=3000)
    page.select(new_id)

    # Delete, then undo from the bar that appears.
    monkeypatch.setattr("lao_desktop.gui.list_page.confirm", lambda *_a: True)
    page.delete()
    assert page.ui.undoButton.isVisible() and page.ui.undoLabel.isVisible()
    assert renamed in page.ui.undoLabel.text()
    assert page.model.rowCount() == 0
    qtbot.mouseClick(page.ui.undoButton, Qt.MouseButton.LeftButton)
    assert not page.ui.undoButton.isVisible()
    assert current_id(page) == new_id

    # Delete again, and restore from the trash.
    page.delete()
    assert page.model.rowCount() == 0

    def trash_steps(dialog: TrashDialog) -> None:
        row = dialog.model.row_of(new_id)
        assert row >= 0, "the deleted record is in the trash"
        dialog.ui.table.selectRow(row)
        dialog.ui.restoreButton.click()
        assert dialog.model.row_of(new_id) < 0

    trash = fake_exec(monkeypatch, TrashDialog, trash_steps)
    page.open_trash()
    assert trash and [r.id for r in trash[0].restored] == [new_id]
    assert [r.id for r in page.model.records] == [new_id]
    assert not page.service.get(new_id).is_deleted


def child_panel(page: ListPage, service: str) -> ChildPanel:
    return next(p for p in page.children_panels if p.child.service == service)


def add_child(
    qtbot: QtBot,
    monkeypatch: pytest.MonkeyPatch,
    page: ListPage,
    panel: ChildPanel,
    typed: dict[str, str],
) -> None:
    """Open the sub-record form from the panel, type into it, press Enter."""

    def steps(dialog: RecordDialog) -> None:
        for key, text in typed.items():
            editor = editor_of(dialog, key)
            if hasattr(editor, "combo"):
                editor.combo.setCurrentIndex(editor.combo.findText(text))
            else:
                retype(editor.widget, text)
        press_save(dialog)
        assert dialog.result() == RecordDialog.DialogCode.Accepted, dialog.ui.problems.text()

    fake_exec(monkeypatch, RecordDialog, steps)
    index = page.ui.detailTabs.indexOf(panel)
    assert page.ui.detailTabs.isTabEnabled(index)
    page.ui.detailTabs.setCurrentIndex(index)
    before = panel.model.rowCount()
    panel.add_button.click()
    assert panel.model.rowCount() == before + 1


def test_a_partner_gets_a_contact_person(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, demo: Services
) -> None:
    from lao_desktop.gui.concepts.partners import PARTNERS

    page = open_page(qtbot, demo, PARTNERS)
    page.ui.table.selectRow(0)
    partner = page.current()
    panel = child_panel(page, "contacts")
    add_child(
        qtbot, monkeypatch, page, panel,
        {"title": "นางสาว", "first_name": "สมหญิง", "last_name": "ใจดี", "phone": "0812345678"},
    )  # fmt: skip
    names = [" ".join(row) for row in panel.model.texts]
    assert any("สมหญิง" in n and "ใจดี" in n for n in names), names
    stored = demo.contacts.list(ListQuery(filters={"partner_id": partner.id})).items
    assert any(c.first_name == "สมหญิง" and c.last_name == "ใจดี" for c in stored)


def test_a_committee_gets_a_member(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, demo: Services
) -> None:
    from lao_desktop.gui.concepts.committees import COMMITTEES
    from lao_desktop.models.enums import CommitteePosition

    page = open_page(qtbot, demo, COMMITTEES)
    page.ui.table.selectRow(0)
    committee = page.current()
    panel = child_panel(page, "committee_members")
    position = CommitteePosition.MEMBER.label
    add_child(
        qtbot, monkeypatch, page, panel,
        {"person_name": "นายสมชาย ทองดี", "position": position},
    )  # fmt: skip
    names = [row[1] for row in panel.model.texts]
    assert "นายสมชาย ทองดี" in names
    members = demo.committees.current_members(committee.id)
    assert any(m.person_name == "นายสมชาย ทองดี" for m in members)


def click_header(page: ListPage, column: int) -> None:
    header = page.ui.table.horizontalHeader()
    x = header.sectionViewportPosition(column) + header.sectionSize(column) // 2
    QTest.mouseClick(
        header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, header.height() // 2)
    )


def test_clicking_a_column_title_sorts_and_the_arrow_tells_the_truth(
    qtbot: QtBot, demo: Services
) -> None:
    from lao_desktop.gui.concepts.partners import PARTNERS

    page = open_page(qtbot, demo, PARTNERS)
    header = page.ui.table.horizontalHeader()
    assert header.sortIndicatorSection() == 0
    first = shown_names(page)
    click_header(page, 0)  # the name column again: descending
    assert page.model.query.descending
    assert header.sortIndicatorOrder() == Qt.SortOrder.DescendingOrder
    assert shown_names(page)[0] != first[0]
    phone = next(i for i, c in enumerate(PARTNERS.columns) if c.key == "phone")
    before = shown_names(page)
    click_header(page, phone)  # no index to sort by: nothing changes, the arrow stays
    assert shown_names(page) == before
    assert header.sortIndicatorSection() == 0
    assert header.sortIndicatorOrder() == Qt.SortOrder.DescendingOrder


def test_the_trash_opens_with_a_row_chosen(qtbot: QtBot, demo: Services) -> None:
    from lao_desktop.gui.concepts.partners import PARTNERS

    deleted = [p.id for p in demo.partners.list().items[:2]]
    for ident in deleted:
        demo.partners.delete(ident)
    trash = TrashDialog(None, demo.partners, PARTNERS.columns, service_finder(demo))
    qtbot.addWidget(trash)
    trash.show()
    assert trash.model.rowCount() == 2
    assert trash.ui.restoreButton.isEnabled(), "Restore works at once on the first row"
    trash.ui.restoreButton.click()
    assert trash.model.rowCount() == 1 and trash.ui.restoreButton.isEnabled()
    trash.ui.restoreButton.click()
    assert trash.model.rowCount() == 0 and not trash.ui.restoreButton.isEnabled()
    assert sorted(r.id for r in trash.restored) == sorted(deleted)
    assert all(not demo.partners.get(i).is_deleted for i in deleted)
