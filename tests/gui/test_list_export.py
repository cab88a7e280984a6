"""Export from the screens, on a copy of the demo office: a list exactly as shown (filters,
search, fiscal year, view, sort, visible columns) to .xlsx and .csv read back with openpyxl
and csv, a sub-records tab, the audit trail, users; Cancel and a missing folder; the whole
database from the File menu."""

from __future__ import annotations

import csv
import threading
from collections.abc import Callable, Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from openpyxl import load_workbook
from openpyxl.worksheet.worksheet import Worksheet
from PySide6.QtCore import Qt, QThreadPool
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QMessageBox,
    QProgressDialog,
    QPushButton,
    QWidget,
)
from pytestqt.qtbot import QtBot

from lao_desktop.db.database import Database
from lao_desktop.gui import export_actions, list_export
from lao_desktop.gui.audit_page import AuditPage
from lao_desktop.gui.concepts.exchanges import EXCHANGES
from lao_desktop.gui.concepts.meetings import DECISIONS
from lao_desktop.gui.concepts.partners import PARTNERS
from lao_desktop.gui.export_actions import export_list, suggested_name
from lao_desktop.gui.list_export import ListSource
from lao_desktop.gui.list_page import ListPage
from lao_desktop.gui.main_window import MainWindow
from lao_desktop.gui.models import record_table
from lao_desktop.gui.sections import service_finder
from lao_desktop.gui.users_page import UsersPage
from lao_desktop.i18n import _
from lao_desktop.models.enums import Sector
from lao_desktop.services import Services
from lao_desktop.services.audit_trail import AuditQuery
from lao_desktop.services.query import ListQuery, Page
from lao_desktop.tabular.kinds import KINDS
from lao_desktop.thai.dates import format_date
from lao_desktop.thai.fiscal import fiscal_year

Messages = list[tuple[str, str]]


@pytest.fixture
def messages(monkeypatch: pytest.MonkeyPatch) -> Messages:
    """What the program tells the clerk in message boxes: (kind, text)."""
    seen: Messages = []
    for kind in ("information", "warning", "critical"):

        def told(_parent: Any, _title: str, text: str, *_a: Any, kind: str = kind) -> Any:
            seen.append((kind, text))
            return QMessageBox.StandardButton.Ok

        monkeypatch.setattr(QMessageBox, kind, told)
    return seen


@pytest.fixture
def save_to(monkeypatch: pytest.MonkeyPatch) -> Callable[[Path], list[str]]:
    """Answer the save dialog with a path; the names it proposed are collected."""

    def answer(path: Path) -> list[str]:
        proposed: list[str] = []

        def ask(_parent: Any, _title: str, name: str, suffix: str) -> Path:
            proposed.append(name)
            assert path.suffix == suffix
            return path

        monkeypatch.setattr(export_actions, "ask_path", ask)
        return proposed

    return answer


@pytest.fixture
def small_pages(monkeypatch: pytest.MonkeyPatch) -> None:
    """The view loads 5 rows at a time and the export reads 7 at a time: an export that
    wrote only the loaded rows, or one page, would be caught."""
    monkeypatch.setattr(record_table, "PAGE_SIZE", 5)
    monkeypatch.setattr(list_export, "MAX_PAGE", 7)


def open_page(qtbot: QtBot, services: Services, concept: Any) -> ListPage:
    page = ListPage(services, concept, service_finder(services))
    qtbot.addWidget(page)
    page.resize(1300, 800)
    page.show()
    page.load()
    return page


def choose(box: QComboBox, data: Any) -> None:
    index = box.findData(data)
    assert index > 0, data
    box.setCurrentIndex(index)


def menu_action(button: QPushButton, suffix: str) -> Any:
    menu = button.menu()
    assert menu is not None
    return next(a for a in menu.actions() if suffix in a.text())


def export_and_wait(qtbot: QtBot, button: QPushButton, suffix: str, messages: Messages) -> str:
    """Choose Excel or CSV on ``button``'s menu; the message said at the end."""
    before = len(messages)
    menu_action(button, suffix).trigger()
    qtbot.waitUntil(lambda: len(messages) > before, timeout=20_000)
    kind, text = messages[-1]
    assert kind == "information", text
    return text


def load_all(model: Any) -> None:
    while model.canFetchMore():
        model.fetchMore()


def only_sheet(path: Path) -> Worksheet:
    book = load_workbook(path)
    assert len(book.sheetnames) == 1
    sheet = book.active
    assert isinstance(sheet, Worksheet)
    return sheet


def sheet_rows(path: Path) -> list[list[Any]]:
    return [list(row) for row in only_sheet(path).iter_rows(values_only=True)]


def shown_rows(model: Any) -> list[list[Any]]:
    """The model's texts as a spreadsheet reads them back: empty text is an empty cell."""
    return [[t or None for t in row] for row in model.texts]


def headers(model: Any) -> list[str]:
    return [model.headerData(i, Qt.Orientation.Horizontal) for i in range(model.columnCount())]


def test_a_filtered_searched_sorted_partner_list_is_exported_as_shown(
    qtbot: QtBot,
    demo: Services,
    tmp_path: Path,
    messages: Messages,
    save_to: Callable[[Path], list[str]],
    small_pages: None,
) -> None:
    page = open_page(qtbot, demo, PARTNERS)
    page.resize(1300, 300)  # a few rows on screen: the view loads no more than it shows
    choose(page.filter_boxes["sector"], Sector.COMMUNITY)
    page.apply_filters()
    page.ui.table.sortByColumn(0, Qt.SortOrder.DescendingOrder)
    # Typed and exported at once, before the list follows the search box: the export
    # takes what is typed.
    page.ui.search.setText("กลุ่ม")
    target = tmp_path / "ภาคี.xlsx"
    proposed = save_to(target)
    said = export_and_wait(qtbot, page.ui.exportButton, ".xlsx", messages)

    assert page.model.query.text == "กลุ่ม"
    assert page.model.query.descending
    assert len(page.model.records) < page.model.total  # the view loaded only a part
    load_all(page.model)
    rows = sheet_rows(target)
    assert rows[0] == headers(page.model)
    assert rows[0][0] == _("Partner name") != "Partner name"  # Thai titles
    assert rows[1:] == shown_rows(page.model)
    assert len(rows) - 1 == page.model.total > 7  # more than one page of the export
    names = [r[0] for r in rows[1:]]
    ascending = demo.partners.list(
        ListQuery(text="กลุ่ม", filters={"sector": Sector.COMMUNITY}, sort="name", limit=1000)
    )
    assert names == [p.name for p in reversed(ascending.items)]
    assert all("กลุ่ม" in n for n in names)
    assert {r[2] for r in rows[1:]} == {Sector.COMMUNITY.label}
    assert proposed == [suggested_name(_("Partners"), ".xlsx")]
    assert f"{len(rows) - 1:,}" in said and str(target) in said


def test_the_same_list_as_csv_is_utf8_with_a_bom_and_thai_readable(
    qtbot: QtBot,
    demo: Services,
    tmp_path: Path,
    messages: Messages,
    save_to: Callable[[Path], list[str]],
    small_pages: None,
) -> None:
    page = open_page(qtbot, demo, PARTNERS)
    choose(page.filter_boxes["sector"], Sector.STATE)
    page.apply_filters()
    page.ui.table.sortByColumn(1, Qt.SortOrder.AscendingOrder)  # by level
    target = tmp_path / "ภาคี.csv"
    save_to(target)
    export_and_wait(qtbot, page.ui.exportButton, ".csv", messages)

    data = target.read_bytes()
    assert data.startswith(b"\xef\xbb\xbf")
    text = data.decode("utf-8-sig")
    assert "กรมการพัฒนาชุมชน" in text
    rows = list(csv.reader(text.splitlines()))
    load_all(page.model)
    assert rows[0] == headers(page.model)
    assert rows[1:] == page.model.texts
    assert len(rows) - 1 == demo.partners.count(ListQuery(filters={"sector": Sector.STATE}))


def test_numbers_dates_links_and_the_fiscal_year_of_exchanges(
    qtbot: QtBot,
    demo: Services,
    tmp_path: Path,
    messages: Messages,
    save_to: Callable[[Path], list[str]],
) -> None:
    page = open_page(qtbot, demo, EXCHANGES)
    first = demo.exchanges.list(ListQuery(limit=1)).items[0]
    year = fiscal_year(first.exchange_date)
    assert page.year_box is not None
    choose(page.year_box, year)
    page.apply_filters()
    value = next(i for i, c in enumerate(EXCHANGES.columns) if c.key == "value_baht")
    page.ui.table.sortByColumn(value, Qt.SortOrder.DescendingOrder)
    target = tmp_path / "exchanges.xlsx"
    save_to(target)
    export_and_wait(qtbot, page.ui.exportButton, ".xlsx", messages)

    load_all(page.model)
    sheet = only_sheet(target)
    rows: list[list[Any]] = [list(r) for r in sheet.iter_rows(values_only=True)][1:]
    assert len(rows) == page.model.total == demo.exchanges.count(ListQuery(fiscal_year=year))
    records = page.model.records
    for row, record, texts in zip(rows, records, page.model.texts, strict=True):
        assert row[0] == format_date(record.exchange_date, "short")  # "21/11/2569"
        assert int(row[0][-4:]) == record.exchange_date.year + 543
        # The description, the kind's label, the partners' names, the status' label.
        assert row[1:5] + row[6:] == [t or None for t in texts[1:5] + texts[6:]]
        expected = float(record.value_baht) if record.value_baht is not None else None
        assert row[value] == expected
    amounts = [r[value] for r in rows if r[value] is not None]
    assert amounts == sorted(amounts, reverse=True) and amounts
    assert all(isinstance(a, int | float) for a in amounts)
    money = [c for c in sheet.iter_rows(min_row=2, min_col=value + 1, max_col=value + 1)]
    assert {c[0].number_format for c in money if c[0].value is not None} == {"#,##0.00"}


def test_a_view_exports_its_own_rows(
    qtbot: QtBot,
    demo: Services,
    tmp_path: Path,
    messages: Messages,
    save_to: Callable[[Path], list[str]],
) -> None:
    page = open_page(qtbot, demo, DECISIONS)
    assert page.view_box is not None
    page.view_box.setCurrentIndex(1)  # Overdue resolutions
    page.apply_filters()
    target = tmp_path / "overdue.xlsx"
    proposed = save_to(target)
    export_and_wait(qtbot, page.ui.exportButton, ".xlsx", messages)

    rows = sheet_rows(target)
    overdue = demo.decisions.overdue()
    assert 0 < len(rows) - 1 == len(overdue) < demo.decisions.count()
    texts = page.model.texts
    # The meeting's name, the resolution's text and the status' label as on screen …
    assert [[r[0], r[2], r[4]] for r in rows[1:]] == [[t[0], t[2], t[4]] for t in texts]
    # … its number as a number, its due date as B.E. text.
    assert [r[1] for r in rows[1:]] == [d.number for d in page.model.records]
    assert [r[3] for r in rows[1:]] == [
        format_date(d.due_date, "short") for d in page.model.records
    ]
    assert {d.id for d in page.model.records} == {d.id for d in overdue}
    assert proposed[0].startswith(_("Overdue resolutions") + " ")


def test_a_sub_records_tab_exports_the_chosen_records_children(
    qtbot: QtBot,
    demo: Services,
    tmp_path: Path,
    messages: Messages,
    save_to: Callable[[Path], list[str]],
) -> None:
    page = open_page(qtbot, demo, PARTNERS)
    panel = page.children_panels[0]  # contact persons
    assert not panel.export_button.isEnabled()  # no partner chosen yet
    row = next(
        i
        for i, r in enumerate(page.model.records)
        if demo.contacts.count(ListQuery(filters={"partner_id": r.id})) >= 2
    )
    page.ui.table.selectRow(row)
    partner = page.current()
    assert panel.export_button.isEnabled()
    target = tmp_path / "contacts.csv"
    proposed = save_to(target)
    export_and_wait(qtbot, panel.export_button, ".csv", messages)

    rows = list(csv.reader(target.read_text(encoding="utf-8-sig").splitlines()))
    assert rows[0] == headers(panel.model)
    assert rows[1:] == panel.model.texts
    assert len(rows) - 1 == demo.contacts.count(ListQuery(filters={"partner_id": partner.id}))
    assert partner.name in proposed[0] and proposed[0].startswith(_("Contact persons"))


def test_the_audit_list_as_filtered(
    qtbot: QtBot,
    demo: Services,
    tmp_path: Path,
    messages: Messages,
    save_to: Callable[[Path], list[str]],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(list_export, "MAX_PAGE", 50)
    page = AuditPage(demo)
    qtbot.addWidget(page)
    page.show()
    page.load()
    choose(page.ui.actionBox, "update")
    page.apply_filters()
    total = page.model.total
    assert total > 50
    target = tmp_path / "audit.xlsx"
    save_to(target)
    export_and_wait(qtbot, page.ui.exportButton, ".xlsx", messages)

    rows = sheet_rows(target)
    entries = demo.audit_trail.all(AuditQuery(action="update"))
    assert rows[0] == headers(page.model)
    assert [r[0] for r in rows[1:]] == [e.id for e in entries]  # newest first, numbers
    load_all(page.model)
    assert [r[2:] for r in rows[1:]] == [t[2:] for t in page.model.texts]
    assert rows[1][1].endswith(f"{entries[0].at.astimezone():%H:%M}")
    # The export itself is in the trail, named by its file.
    latest = demo.audit_trail.list(AuditQuery(limit=1)).items[0]
    assert latest.action == "spreadsheet_export" and "audit.xlsx" in latest.summary


def test_the_users_list(
    qtbot: QtBot,
    demo: Services,
    tmp_path: Path,
    messages: Messages,
    save_to: Callable[[Path], list[str]],
) -> None:
    page = UsersPage(demo, service_finder(demo))
    qtbot.addWidget(page)
    page.show()
    page.load()
    target = tmp_path / "users.xlsx"
    save_to(target)
    export_and_wait(qtbot, page.list.ui.exportButton, ".xlsx", messages)
    rows = sheet_rows(target)
    assert [r[:5] for r in rows[1:]] == [r[:5] for r in shown_rows(page.list.model)]
    assert {"admin", "clerk", "executive"} <= {c for r in rows for c in r}


def _blocked_source(release: threading.Event) -> ListSource:
    def fetch(services: Services, query: ListQuery) -> Page[Any]:
        release.wait(10)
        return services.partners.list(query)

    return ListSource("Partners", "partners", PARTNERS.columns, ListQuery(), fetch)


def test_cancel_leaves_no_file(
    qtbot: QtBot, demo: Services, tmp_path: Path, messages: Messages, save_to: Any
) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    folder = tmp_path / "exports"
    folder.mkdir()
    target = folder / "partners.xlsx"
    save_to(target)
    release = threading.Event()
    try:
        job = export_list(parent, demo, _blocked_source(release), ".xlsx")
        assert job is not None
        dialog = parent.findChild(QProgressDialog)
        assert dialog is not None
        qtbot.waitUntil(dialog.isVisible, timeout=5000)  # shown while the rows are read
        cancel = dialog.findChild(QPushButton)
        assert cancel is not None and cancel.text() == _("Cancel")
        cancel.click()
        assert job.cancelled
    finally:
        release.set()
    assert QThreadPool.globalInstance().waitForDone(20_000)
    qtbot.wait(50)
    assert not target.exists()
    assert list(folder.iterdir()) == []  # no half-written temporary file either
    assert messages == []


def test_a_folder_that_does_not_exist_is_explained(
    qtbot: QtBot, demo: Services, tmp_path: Path, messages: Messages, save_to: Any
) -> None:
    page = open_page(qtbot, demo, PARTNERS)
    target = tmp_path / "gone" / "ภาคี.xlsx"
    save_to(target)
    menu_action(page.ui.exportButton, ".xlsx").trigger()
    qtbot.waitUntil(lambda: bool(messages), timeout=20_000)
    kind, text = messages[-1]
    assert kind == "warning"
    assert str(tmp_path / "gone") in text
    assert text == _("The folder {folder} does not exist. Choose another folder.").format(
        folder=tmp_path / "gone"
    )
    assert not target.parent.exists()


def test_the_save_dialog_proposes_a_thai_name_in_the_last_folder(
    qtbot: QtBot, demo: Services, tmp_path: Path, messages: Messages, monkeypatch: Any
) -> None:
    assert suggested_name("ภาคี", ".xlsx", date(2026, 11, 21)) == "ภาคี 2569-11-21.xlsx"
    assert suggested_name("a/b: c", ".csv", date(2026, 1, 2)) == "a-b- c 2569-01-02.csv"
    asked: list[str] = []
    folder = tmp_path / "exports"
    folder.mkdir()

    def dialog(_parent: Any, _title: str, proposed: str, _types: str) -> tuple[str, str]:
        asked.append(proposed)
        return str(folder / "mine"), ""  # typed without the suffix

    monkeypatch.setattr(QFileDialog, "getSaveFileName", dialog)
    monkeypatch.setattr(export_actions, "_last_folder", "")
    page = open_page(qtbot, demo, PARTNERS)
    export_and_wait(qtbot, page.ui.exportButton, ".xlsx", messages)
    assert (folder / "mine.xlsx").exists()
    export_and_wait(qtbot, page.ui.exportButton, ".csv", messages)
    assert Path(asked[1]) == folder / suggested_name(_("Partners"), ".csv")
    assert (folder / "mine.csv").read_bytes().startswith(b"\xef\xbb\xbf")


@pytest.fixture
def window(qtbot: QtBot, demo_db: Database) -> Iterator[MainWindow]:
    main = MainWindow()
    qtbot.addWidget(main)
    main.attach(Services(demo_db))
    yield main


def test_the_whole_database_from_the_file_menu(
    qtbot: QtBot,
    window: MainWindow,
    demo: Services,
    tmp_path: Path,
    messages: Messages,
    save_to: Callable[[Path], list[str]],
) -> None:
    target = tmp_path / "everything.xlsx"
    proposed = save_to(target)
    assert window.ui.actionExportDatabase in window.ui.menuFile.actions()
    window.ui.actionExportDatabase.trigger()
    qtbot.waitUntil(lambda: bool(messages), timeout=60_000)
    kind, text = messages[-1]
    assert kind == "information", text
    book = load_workbook(target, read_only=True)
    assert book.sheetnames == [k.sheet_title() for k in KINDS]
    counts = {k.name: sum(1 for _row in book[k.sheet_title()].iter_rows()) - 1 for k in KINDS}
    assert counts["partners"] == demo.partners.count() == 120
    assert counts["exchanges"] == demo.exchanges.count()
    assert f"{sum(counts.values()):,}" in text and str(target) in text
    assert proposed == [suggested_name(_("Whole database"), ".xlsx")]
