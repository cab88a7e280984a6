"""The home page: what needs attention today, and counts equal to the services' counts."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QGridLayout, QLabel, QListWidget
from pytestqt.qtbot import QtBot

from lao_desktop.gui.home_data import days_text
from lao_desktop.gui.home_page import HomePage
from lao_desktop.i18n import _
from lao_desktop.models.enums import Level, Pillar, Sector
from lao_desktop.services import ListQuery, Services
from lao_desktop.services.settings import LAST_BACKUP_AT
from lao_desktop.thai.dates import format_date
from tests.factories import thai_partner

TODAY = date.today()


def open_home(qtbot: QtBot, services: Services) -> HomePage:
    page = HomePage(services)
    qtbot.addWidget(page)
    page.load()
    assert page.loaded
    return page


def texts(box: QListWidget) -> list[str]:
    return [box.item(i).text() for i in range(box.count())]


def counts(grid: QGridLayout) -> dict[str, str]:
    """label -> number, as the grid shows them."""
    shown: dict[str, str] = {}
    for row in range(grid.rowCount()):
        cells = [grid.itemAtPosition(row, column) for column in (0, 1)]
        if all(cell is not None and isinstance(cell.widget(), QLabel) for cell in cells):
            name, number = (cell.widget() for cell in cells)  # type: ignore[union-attr]
            assert isinstance(name, QLabel) and isinstance(number, QLabel)
            shown[name.text()] = number.text()
    return shown


def test_partner_counts_equal_the_services_counts(qtbot: QtBot, demo: Services) -> None:
    page = open_home(qtbot, demo)
    grids = {"level": page.ui.levelGrid, "sector": page.ui.sectorGrid, "pillar": page.ui.pillarGrid}
    for field, members in (("level", Level), ("sector", Sector), ("pillar", Pillar)):
        shown = counts(grids[field])
        assert list(shown) == [m.label for m in members]  # every member, in the usual order
        for member in members:
            expected = demo.partners.count(ListQuery(filters={field: member}))
            assert shown[member.label] == f"{expected:,}", (field, member)
    totals = counts(page.ui.totalsGrid)
    assert totals[_("Partners")] == f"{demo.partners.count():,}"
    assert totals[_("Networks")] == f"{demo.networks.count():,}"
    assert totals[_("Committees")] == f"{demo.committees.count():,}"
    in_force = demo.agreements.count(ListQuery(filters={"status": "active"}))
    assert totals[_("Agreements in force")] == f"{in_force:,}"
    # The lists hold what the services list, and the titles count them.
    overdue = demo.decisions.overdue()
    assert page.ui.overdueBox.title().endswith(f"({len(overdue):,})")
    assert page.ui.overdueList.count() == min(len(overdue), 50) + (len(overdue) > 50)


def test_an_overdue_resolution_appears_and_opens(qtbot: QtBot, services: Services) -> None:
    meeting = services.meetings.create_with_standard_agenda(
        {"title": "การประชุมคณะกรรมการเครือข่ายตำบลนาคูณใหญ่", "meeting_date": date(2025, 1, 15)}
    )
    late = services.decisions.create(
        {
            "meeting_id": meeting.id,
            "text": "ให้จัดอบรมอาสาสมัครป้องกันภัยฝ่ายพลเรือน",
            "due_date": TODAY - timedelta(days=10),
        }
    )
    services.decisions.create(
        {"meeting_id": meeting.id, "text": "ให้ซ่อมถนนหมู่ที่ 3", "due_date": TODAY + timedelta(5)}
    )
    partner = services.partners.create(thai_partner())
    services.decisions.set_responsibles(late.id, [(partner.id, "")])
    page = open_home(qtbot, services)
    [shown] = texts(page.ui.overdueList)
    assert "ให้จัดอบรมอาสาสมัครป้องกันภัยฝ่ายพลเรือน" in shown
    assert "ซ่อมถนน" not in shown  # not due yet
    assert format_date(TODAY - timedelta(days=10), "abbr") in shown  # B.E. date
    assert days_text(10) in shown
    assert partner.name in shown
    assert page.ui.overdueBox.title().endswith("(1)")
    with qtbot.waitSignal(page.open_record) as opened:
        page.ui.overdueList.itemDoubleClicked.emit(page.ui.overdueList.item(0))
    assert opened.args == ["meetings", "decisions", late.id]


def test_agreements_to_renew_and_upcoming_meetings(qtbot: QtBot, services: Services) -> None:
    def mou(name: str, expires: date, signed: date = date(2024, 10, 1)) -> None:
        services.agreements.create(
            {"kind": "mou", "name": name, "signed_on": signed, "expires_on": expires,
             "status": "active"}
        )  # fmt: skip

    mou("บันทึกข้อตกลงการจัดการขยะชุมชน", TODAY + timedelta(days=20))
    mou("บันทึกข้อตกลงการท่องเที่ยวชุมชน", TODAY - timedelta(days=3))
    mou("บันทึกข้อตกลงที่ยังอีกนาน", TODAY + timedelta(days=400))
    services.meetings.create(
        {"title": "ประชุมคณะทำงานเครือข่ายสตรี", "meeting_date": TODAY + timedelta(days=7),
         "start_time": "09.30", "place": "ห้องประชุม อบต."}
    )  # fmt: skip
    services.meetings.create({"title": "ประชุมเมื่อปีที่แล้ว", "meeting_date": date(2024, 5, 1)})
    page = open_home(qtbot, services)
    expired, expiring = texts(page.ui.expiringList)
    assert "การท่องเที่ยวชุมชน" in expired  # expired but still in force: first, in red
    assert page.ui.expiringList.item(0).foreground().color().name() == "#b3261e"
    assert "การจัดการขยะชุมชน" in expiring and days_text(20) in expiring
    [meeting] = texts(page.ui.meetingsList)
    assert "ประชุมคณะทำงานเครือข่ายสตรี" in meeting and "09.30" in meeting
    assert format_date(TODAY + timedelta(days=7), "abbr") in meeting


def test_an_empty_office_says_so_and_asks_for_a_backup(qtbot: QtBot, services: Services) -> None:
    page = open_home(qtbot, services)
    assert texts(page.ui.overdueList) == [_("No resolution is overdue.")]
    assert page.ui.overdueList.item(0).flags() == Qt.ItemFlag.NoItemFlags
    assert page.ui.backupLabel.text() == _(
        "No backup yet. Back up the data to a USB stick soon, and then every week."
    )
    assert set(counts(page.ui.levelGrid).values()) == {"0"}


def test_days_since_the_last_backup(qtbot: QtBot, services: Services) -> None:
    when = datetime.now(UTC) - timedelta(days=3)
    services.settings.set(LAST_BACKUP_AT, when.isoformat())
    page = open_home(qtbot, services)
    text = page.ui.backupLabel.text()
    assert format_date(when.astimezone().date(), "full") in text
    assert days_text((TODAY - when.astimezone().date()).days) in text
    assert text != _("No backup yet. Back up the data to a USB stick soon, and then every week.")


def test_refresh_reads_again(qtbot: QtBot, services: Services) -> None:
    page = open_home(qtbot, services)
    services.partners.create(thai_partner())
    page.ui.refreshButton.click()
    qtbot.waitUntil(lambda: counts(page.ui.totalsGrid)[_("Partners")] == "1")
    assert counts(page.ui.levelGrid)[Level.VILLAGE.label] == "1"
