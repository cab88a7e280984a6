"""The sub-record tabs' own actions, used through the real screens: attendance filled from
the committee (with its summary), a follow-up report changing a resolution's status, scans
of an agreement attached and opened, and a committee member's term ended."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFileDialog, QMessageBox, QPushButton
from pytestqt.qtbot import QtBot

from lao_desktop.gui.child_panel import ChildPanel
from lao_desktop.gui.concepts.agreements import AGREEMENTS
from lao_desktop.gui.concepts.base import Concept
from lao_desktop.gui.concepts.committees import COMMITTEES
from lao_desktop.gui.concepts.meetings import DECISIONS, MEETINGS
from lao_desktop.gui.date_dialog import DateDialog
from lao_desktop.gui.list_page import ListPage
from lao_desktop.gui.record_dialog import RecordDialog
from lao_desktop.gui.sections import service_finder
from lao_desktop.i18n import _
from lao_desktop.models.enums import AttendanceStatus, DecisionStatus
from lao_desktop.services import Services
from lao_desktop.services.query import ListQuery
from lao_desktop.thai.dates import format_date
from tests.gui.conftest import type_text
from tests.gui.helpers import editor_of, fake_exec, retype
from tests.services.test_agreements import tiny_pdf

TODAY = date.today()
COMMITTEE = "คณะกรรมการเครือข่ายกำนันผู้ใหญ่บ้านตำบลนาคูณใหญ่"


# -- the screens -----------------------------------------------------------------------------


def open_page(qtbot: QtBot, services: Services, concept: Concept) -> ListPage:
    page = ListPage(services, concept, service_finder(services))
    qtbot.addWidget(page)
    page.resize(1200, 800)
    page.show()
    page.load()
    return page


def choose(page: ListPage, ident: Any) -> None:
    page.select(ident)
    assert page.current().id == ident


def tab(page: ListPage, service: str) -> ChildPanel:
    """Bring the sub-records tab of ``service`` to the front, as a click on it does."""
    panel = next(p for p in page.children_panels if p.child.service == service)
    page.ui.detailTabs.setCurrentWidget(panel)
    return panel


def button(panel: ChildPanel, msgid: str) -> QPushButton:
    found = [b for b in panel.action_buttons if b.text() == _(msgid)]
    assert len(found) == 1, [b.text() for b in panel.action_buttons]
    return found[0]


def choose_row(panel: ChildPanel, row: int) -> None:
    panel.table.selectRow(row)
    assert panel.current() is not None


def column(panel: ChildPanel, title: str) -> list[str]:
    number = next(i for i, c in enumerate(panel.child.columns) if c.title == title)
    return [row[number] for row in panel.model.texts]


def messages(monkeypatch: pytest.MonkeyPatch, kind: str) -> list[str]:
    """Texts of the message boxes of ``kind`` ("warning", "information") shown meanwhile."""
    shown: list[str] = []

    def record(_parent: Any, _title: str, text: str, *_rest: Any) -> QMessageBox.StandardButton:
        shown.append(text)
        return QMessageBox.StandardButton.Ok

    monkeypatch.setattr(QMessageBox, kind, record)
    return shown


# -- data made through the services ---------------------------------------------------------


def committee_with_members(services: Services) -> tuple[Any, list[Any]]:
    committee = services.committees.create(
        {"name": COMMITTEE, "term_start": TODAY - timedelta(days=400)}
    )
    people = [
        ("นายสมชาย ทองดี", "chair", None),
        ("นางสาวสมหญิง ใจดี", "member", None),
        ("นายบุญมี ศรีสุข", "member", TODAY - timedelta(days=30)),  # term already over
    ]
    members = [
        services.committee_members.create(
            {
                "committee_id": committee.id,
                "person_name": name,
                "position": position,
                "term_start": TODAY - timedelta(days=400),
                "term_end": end,
                "sequence": number,
            }
        )
        for number, (name, position, end) in enumerate(people, start=1)
    ]
    return committee, members


def meeting(services: Services, committee: Any = None, title: str = "ประชุมเครือข่าย") -> Any:
    data = {"title": title, "meeting_date": TODAY, "place": "ห้องประชุม อบต.นาคูณใหญ่"}
    if committee is not None:
        data["committee_id"] = committee.id
    return services.meetings.create(data)


def agreement(services: Services) -> Any:
    return services.agreements.create({"kind": "mou", "name": "บันทึกข้อตกลงความร่วมมือการจัดการขยะชุมชน"})


# -- meetings › attendance -------------------------------------------------------------------


def test_attendance_filled_from_the_committee_with_its_summary(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, services: Services
) -> None:
    committee, _members = committee_with_members(services)
    chosen = meeting(services, committee)
    page = open_page(qtbot, services, MEETINGS)
    choose(page, chosen.id)
    panel = tab(page, "attendance")
    fill = button(panel, "Fill from the committee")
    assert fill.isEnabled()
    present = AttendanceStatus.PRESENT.label
    assert f"{present}: 0" in panel.summary.text()
    assert f"{present}: 0" in page.ui.detail.toPlainText()  # the meeting's details too
    with qtbot.waitSignal(panel.changed):
        fill.click()
    # The two current members, as present; the member whose term is over is not listed.
    assert column(panel, "Name") == ["นายสมชาย ทองดี", "นางสาวสมหญิง ใจดี"]
    assert column(panel, "Attendance") == [present, present]
    assert f"{present}: 2" in panel.summary.text()
    assert f"{AttendanceStatus.ABSENT.label}: 0" in panel.summary.text()
    # Pressed again: nothing more to add, and the clerk is told so.
    told = messages(monkeypatch, "information")
    fill.click()
    assert told == [_("Every current member of the committee is already in the list.")]
    assert panel.model.rowCount() == 2


def test_fill_from_the_committee_is_off_for_a_meeting_of_no_committee(
    qtbot: QtBot, services: Services
) -> None:
    chosen = meeting(services, title="ประชุมประจำเดือนของสำนักงาน")
    page = open_page(qtbot, services, MEETINGS)
    choose(page, chosen.id)
    panel = tab(page, "attendance")
    assert not button(panel, "Fill from the committee").isEnabled()
    assert panel.add_button.isEnabled()  # people are added one by one instead


# -- resolutions › follow-up reports ---------------------------------------------------------


def test_a_follow_up_report_changes_the_resolutions_status(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, services: Services
) -> None:
    decision = services.decisions.create(
        {"meeting_id": meeting(services).id, "text": "ให้จัดอบรมอาสาสมัครป้องกันภัย"}
    )
    page = open_page(qtbot, services, DECISIONS)
    choose(page, decision.id)
    panel = tab(page, "decision_follow_ups")

    def report(dialog: RecordDialog) -> None:
        retype(editor_of(dialog, "reported_on").widget.edit, format_date(TODAY, "short"))
        status = editor_of(dialog, "status").combo  # type: ignore[attr-defined]
        status.setCurrentIndex(status.findData(DecisionStatus.DONE))
        type_text(editor_of(dialog, "note").widget, "อบรมเสร็จแล้ว ๔๐ คน")
        dialog.save()

    fake_exec(monkeypatch, RecordDialog, report)
    with qtbot.waitSignal(panel.changed):
        panel.add_button.click()
    assert column(panel, "Status") == [DecisionStatus.DONE.label]
    assert column(panel, "Progress") == ["อบรมเสร็จแล้ว ๔๐ คน"]
    stored = services.decisions.get(decision.id)
    assert stored.status is DecisionStatus.DONE
    assert stored.completed_on == TODAY


# -- agreements › scanned copies -------------------------------------------------------------


def test_scans_are_attached_from_a_file_not_typed(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, services: Services, tmp_path: Path
) -> None:
    chosen = agreement(services)
    page = open_page(qtbot, services, AGREEMENTS)
    choose(page, chosen.id)
    panel = tab(page, "agreements.documents")
    assert not panel.add_button.isVisible() and not panel.edit_button.isVisible()
    scan = tmp_path / "บันทึกข้อตกลง ลงนามแล้ว.pdf"
    scan.write_bytes(tiny_pdf())
    asked: list[str] = []

    def pick(_parent: Any, _title: str, _folder: str, kinds: str) -> tuple[str, str]:
        asked.append(kinds)
        return str(scan), kinds

    monkeypatch.setattr(QFileDialog, "getOpenFileName", pick)
    with qtbot.waitSignal(panel.changed):
        button(panel, "Attach a scan…").click()
    assert "*.pdf" in asked[0] and "*.png" in asked[0]
    assert column(panel, "File name") == ["บันทึกข้อตกลง ลงนามแล้ว.pdf"]
    assert column(panel, "Size") == [_("{n} KB").format(n=1)]
    assert format_date(TODAY, "abbr") in column(panel, "Date attached")[0]
    documents = services.agreements.documents.list(
        ListQuery(filters={"agreement_id": chosen.id})
    ).items
    assert len(documents) == 1


def test_a_wrong_file_is_refused_with_the_services_message(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, services: Services, tmp_path: Path
) -> None:
    chosen = agreement(services)
    page = open_page(qtbot, services, AGREEMENTS)
    choose(page, chosen.id)
    panel = tab(page, "agreements.documents")
    fake = tmp_path / "สแกน.pdf"
    fake.write_text("ไม่ใช่ไฟล์ PDF จริง", encoding="utf-8")
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *_a: (str(fake), ""))
    warnings = messages(monkeypatch, "warning")
    button(panel, "Attach a scan…").click()
    assert len(warnings) == 1
    assert "PDF, JPEG" in warnings[0]  # what the service says, in the clerk's words
    assert panel.model.rowCount() == 0
    # Cancelling the file dialog does nothing at all.
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *_a: ("", ""))
    button(panel, "Attach a scan…").click()
    assert len(warnings) == 1 and panel.model.rowCount() == 0


def test_a_stored_scan_opens_in_the_pcs_viewer(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, services: Services
) -> None:
    chosen = agreement(services)
    services.agreements.attach_scan(chosen.id, tiny_pdf(), "MOU ลงนาม.pdf")
    page = open_page(qtbot, services, AGREEMENTS)
    choose(page, chosen.id)
    panel = tab(page, "agreements.documents")
    open_button = button(panel, "Open")
    assert not open_button.isEnabled()  # nothing chosen yet
    choose_row(panel, 0)
    assert open_button.isEnabled()
    opened: list[QUrl] = []

    def open_url(url: QUrl) -> bool:
        opened.append(url)
        return True

    monkeypatch.setattr(QDesktopServices, "openUrl", open_url)
    open_button.click()
    assert len(opened) == 1
    path = Path(opened[0].toLocalFile())
    assert path.name == "MOU ลงนาม.pdf"
    assert path.read_bytes() == tiny_pdf()
    # No viewer on this PC: the clerk is told where the file was saved.
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda _url: False)
    warnings = messages(monkeypatch, "warning")
    panel.table.doubleClicked.emit(panel.model.index(0, 0))  # a double-click opens too
    assert len(warnings) == 1 and str(path) in warnings[0]


# -- committees › members --------------------------------------------------------------------


def test_a_current_members_term_is_ended(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, services: Services
) -> None:
    committee, members = committee_with_members(services)
    page = open_page(qtbot, services, COMMITTEES)
    choose(page, committee.id)
    panel = tab(page, "committee_members")
    end_term = button(panel, "End term…")
    choose_row(panel, 2)  # the member whose term is already over
    assert not end_term.isEnabled()
    choose_row(panel, 1)
    assert panel.current().id == members[1].id
    assert end_term.isEnabled()
    last_day = TODAY - timedelta(days=1)
    questions: list[str] = []

    def answer(dialog: DateDialog) -> None:
        questions.append(dialog.ui.question.text())
        assert dialog.ui.date.date() == TODAY  # offered first
        retype(dialog.ui.date.edit, format_date(last_day, "short"))
        dialog.ui.buttons.accepted.emit()

    fake_exec(monkeypatch, DateDialog, answer)
    with qtbot.waitSignal(panel.changed):
        end_term.click()
    assert "นางสาวสมหญิง ใจดี" in questions[0]
    assert services.committee_members.get(members[1].id).term_end == last_day
    assert column(panel, "Membership")[1] == _("Past member")
    assert [m.id for m in services.committees.current_members(committee.id)] == [members[0].id]
    choose_row(panel, 1)
    assert not end_term.isEnabled()


def test_an_end_before_the_term_began_is_refused_and_the_dialog_stays(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, services: Services
) -> None:
    committee, members = committee_with_members(services)
    page = open_page(qtbot, services, COMMITTEES)
    choose(page, committee.id)
    panel = tab(page, "committee_members")
    choose_row(panel, 0)
    results: list[str] = []

    def too_early(dialog: DateDialog) -> None:
        retype(dialog.ui.date.edit, format_date(TODAY - timedelta(days=500), "short"))
        dialog.ui.buttons.accepted.emit()
        results.append(dialog.ui.problem.text())
        assert dialog.ui.problem.isVisible()
        retype(dialog.ui.date.edit, "ไม่ใช่วันที่")
        dialog.ui.buttons.accepted.emit()
        results.append(dialog.ui.problem.text())

    fake_exec(monkeypatch, DateDialog, too_early)
    button(panel, "End term…").click()
    assert results[0] != "" and results[1] != results[0]
    assert services.committee_members.get(members[0].id).term_end is None
    assert column(panel, "Membership")[0] == _("Current member")
