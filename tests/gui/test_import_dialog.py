"""The import window driven as a clerk does, on real files written here: a good file checked
and imported shows in the partners list; a file with problems lists them by row and imports
only its good rows when asked; Cancel saves nothing; an unreadable file is explained; the
template button writes a workbook with Thai headers."""

from __future__ import annotations

import time
from pathlib import Path
from typing import Any

import openpyxl
import pytest
from PySide6.QtWidgets import QFileDialog, QProgressDialog, QPushButton
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from lao_desktop.db.database import Database
from lao_desktop.demo.builder import DEMO_PASSWORD
from lao_desktop.files import safe_file_name
from lao_desktop.gui.import_dialog import ImportDialog
from lao_desktop.gui.import_files import Folder
from lao_desktop.gui.list_page import ListPage
from lao_desktop.gui.main_window import MainWindow
from lao_desktop.gui.models.import_problems import COL_COLUMN, COL_MESSAGE, COL_ROW, COL_SHEET
from lao_desktop.i18n import _
from lao_desktop.models.audit import AuditEntry
from lao_desktop.services import Services
from lao_desktop.services.query import ListQuery
from lao_desktop.tabular import rows as importer_rows
from lao_desktop.tabular.reading import SpreadsheetError, read_sheets
from tests.gui.helpers import fake_exec

HEADERS = ["ชื่อภาคี", "ภาคส่วน", "เสาหลัก", "ระดับ", "จังหวัด", "อำเภอ", "ตำบล", "หมู่ที่", "สีโปรด"]
PLACE = ["นครพนม", "นาหว้า", "นาคูณใหญ่"]


def partner_row(
    name: str, moo: int = 1, level: str = "หมู่บ้าน", province: str = "นครพนม"
) -> list[Any]:
    place = [province, *PLACE[1:]] if province == PLACE[0] else [province, "", ""]
    return [name, "ชุมชน/ภาคประชาชน", "ท้องถิ่น", level, *place, str(moo), "ฟ้า"]


def good_rows(count: int, prefix: str = "กลุ่มนำเข้าทดสอบ") -> list[list[Any]]:
    return [partner_row(f"{prefix} {n}", n % 12 + 1) for n in range(1, count + 1)]


def write_xlsx(path: Path, sheets: dict[str, list[list[Any]]]) -> Path:
    book = openpyxl.Workbook()
    for empty in book.worksheets:
        book.remove(empty)
    for title, rows in sheets.items():
        sheet = book.create_sheet(title)
        for row in rows:
            sheet.append(row)
    book.save(path)
    return path


def write_csv(path: Path, rows: list[list[Any]], encoding: str) -> Path:
    text = "\r\n".join(",".join(str(cell) for cell in row) for row in rows) + "\r\n"
    path.write_bytes(text.encode(encoding))
    return path


def names_in(services: Services, prefix: str) -> set[str]:
    found = services.partners.list(ListQuery(text=prefix, limit=500)).items
    return {p.name for p in found if p.name.startswith(prefix)}


def partner_count(services: Services) -> int:
    return services.partners.count(ListQuery())


def audit_entries(services: Services) -> int:
    with services.ctx.reading() as session:
        return session.scalar(select(func.count()).select_from(AuditEntry)) or 0


def open_dialog(qtbot: QtBot, services: Services) -> ImportDialog:
    dialog = ImportDialog(None, services)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def choose_kind(dialog: ImportDialog, name: str) -> None:
    combo = dialog.ui.kindCombo
    combo.setCurrentIndex(combo.findData(name))


def check(qtbot: QtBot, dialog: ImportDialog, path: Path, kind: str = "partners") -> Any:
    choose_kind(dialog, kind)
    dialog.set_file(path)
    with qtbot.waitSignal(dialog.checked, timeout=60_000) as checked:
        dialog.ui.checkButton.click()
    return checked.args[0]


def press_and_wait(qtbot: QtBot, dialog: ImportDialog, button: QPushButton) -> Any:
    assert button.isEnabled()
    with qtbot.waitSignal(dialog.imported, timeout=60_000) as imported:
        button.click()
    return imported.args[0]


def table_texts(dialog: ImportDialog, column: int) -> list[str]:
    model = dialog.model
    return [model.index(row, column).data() for row in range(model.rowCount())]


@pytest.fixture
def window(qtbot: QtBot, demo_db: Database) -> MainWindow:
    main = MainWindow()
    qtbot.addWidget(main)
    main.resize(1280, 800)
    main.show()
    with qtbot.waitSignal(main.data_shown, timeout=10_000):
        main.attach(Services(demo_db))
    return main


def test_a_good_file_imports_and_the_partners_list_shows_the_rows(
    qtbot: QtBot, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Windows Thai (code page 874), as older Excel saves "CSV (Comma delimited)".
    path = write_csv(tmp_path / "ภาคีของสำนักงาน.csv", [HEADERS, *good_rows(3)], "cp874")
    window.open_section("partners")
    page = window.current_page()
    assert isinstance(page, ListPage)
    qtbot.waitUntil(lambda: page.model.rowCount() > 0, timeout=10_000)
    before = page.model.total
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *_a: (str(path), ""))

    def steps(dialog: ImportDialog) -> None:
        kind = dialog.kind()
        assert kind is not None and kind.name == "partners", "partners are offered first"
        assert not dialog.ui.importButton.isEnabled(), "nothing to import before a check"
        dialog.ui.chooseButton.click()
        assert dialog.ui.fileEdit.text() == str(path)
        with qtbot.waitSignal(dialog.checked, timeout=60_000) as checked:
            dialog.ui.checkButton.click()
        report = checked.args[0]
        assert (report.total("added"), report.problems, report.applied) == (3, [], False)
        assert names_in(dialog.services, "กลุ่มนำเข้าทดสอบ") == set(), "the check saves nothing"
        summary = dialog.ui.summary.text()
        assert "3" in summary and "“สีโปรด”" in summary, "the unknown column is named"
        assert dialog.ui.verdict.text() == _("No problems found. Press Import to save the rows.")
        assert dialog.ui.problemTable.isHidden()
        assert not dialog.ui.importGoodButton.isEnabled()
        assert dialog.ui.importButton.isDefault(), "Enter now imports"
        saved = press_and_wait(qtbot, dialog, dialog.ui.importButton)
        assert saved.applied and saved.total("added") == 3
        assert dialog.ui.outcome.text() == _(
            "Imported from {file}: {added} added, {updated} updated."
        ).format(file=path.name, added=3, updated=0)
        assert not dialog.ui.importButton.isEnabled(), "the same file is not imported twice"
        dialog.ui.closeButton.click()

    seen = fake_exec(monkeypatch, ImportDialog, steps)
    assert window.ui.actionImport.isVisible()
    window.ui.actionImport.trigger()
    assert len(seen) == 1
    assert page.model.total == before + 3, "the list on screen read the new partners"
    shown = {record.name for record in page.model.records}
    assert {f"กลุ่มนำเข้าทดสอบ {n}" for n in (1, 2, 3)} <= shown


def test_problems_are_listed_by_row_and_only_the_good_rows_are_imported(
    qtbot: QtBot, demo: Services, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    rows = good_rows(5)
    rows.insert(2, partner_row("กลุ่มผิดระดับ", level="ดาวอังคาร"))  # row 4
    rows.insert(4, partner_row("กลุ่มผิดจังหวัด", province="จังหวัดไม่มีจริง"))  # row 6
    rows.append(partner_row(""))  # row 9: no name
    rows.append(good_rows(1)[0])  # row 10: the same partner as row 2
    path = write_xlsx(tmp_path / "ภาคี.xlsx", {"ภาคี": [HEADERS, *rows]})
    before = partner_count(demo)
    dialog = open_dialog(qtbot, demo)
    report = check(qtbot, dialog, path)
    assert (report.total("rows"), report.total("added"), report.bad_rows) == (9, 5, 4)
    assert table_texts(dialog, COL_ROW) == ["4", "6", "9", "10"]
    columns = table_texts(dialog, COL_COLUMN)
    assert columns[:3] == ["ระดับ", "จังหวัด", "ชื่อภาคี"]
    assert columns[3] == _("(the whole row)"), "a duplicate is the row as a whole"
    messages = table_texts(dialog, COL_MESSAGE)
    assert "ดาวอังคาร" in messages[0] and "จังหวัดไม่มีจริง" in messages[1]
    assert "2" in messages[3], "the duplicate names the row it repeats"
    assert dialog.ui.problemTable.isColumnHidden(COL_SHEET), "one sheet: no sheet column"
    assert dialog.ui.problemDetail.text().startswith(
        _("Row {row}, column “{column}”").format(row=4, column="ระดับ")
    )
    assert not dialog.ui.importButton.isEnabled(), "Import waits for a file without problems"
    good = dialog.ui.importGoodButton
    assert good.text() == _("Import only the good rows (leaving out {left})").format(left=4)
    assert partner_count(demo) == before
    saved = press_and_wait(qtbot, dialog, good)
    assert saved.applied and saved.total("added") == 5 and saved.bad_rows == 4
    assert partner_count(demo) == before + 5
    assert names_in(demo, "กลุ่มนำเข้าทดสอบ") == {f"กลุ่มนำเข้าทดสอบ {n}" for n in range(1, 6)}
    assert names_in(demo, "กลุ่มผิด") == set()
    assert table_texts(dialog, COL_ROW) == ["4", "6", "9", "10"], "the left-out rows stay listed"
    assert dialog.ui.outcome.text() == _(
        "Imported from {file}: {added} added, {updated} updated."
    ).format(file=path.name, added=5, updated=0) + " " + _(
        "Rows with problems left out: {left}."
    ).format(left=4)
    assert not good.isEnabled() and not dialog.ui.importButton.isEnabled()

    # The problem list, saved to fix the file side by side with it.
    target = tmp_path / "problems.xlsx"
    proposed: list[str] = []

    def save_as(_parent: Any, _title: str, where: str, _filter: str) -> tuple[str, str]:
        proposed.append(where)
        return str(target), ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", save_as)
    dialog.ui.saveProblemsButton.click()
    assert Path(proposed[0]).name == safe_file_name(
        _("Problems in {file}").format(file="ภาคี"), ".xlsx"
    )
    sheet = openpyxl.load_workbook(target).active
    assert sheet is not None
    listed = list(sheet.iter_rows(values_only=True))
    assert listed[0] == tuple(_(t) for t in ("Sheet", "Row", "Column", "Problem"))
    assert [row[1] for row in listed[1:]] == [4, 6, 9, 10], "row numbers Excel sorts as numbers"
    assert "จังหวัดไม่มีจริง" in str(listed[2][3])


def test_a_row_with_a_problem_keeps_import_disabled_until_the_file_is_fixed(
    qtbot: QtBot, demo: Services, tmp_path: Path
) -> None:
    path = tmp_path / "ภาคี.xlsx"
    write_xlsx(path, {"ภาคี": [HEADERS, partner_row("กลุ่มผิดระดับ", level="ดาวอังคาร")]})
    dialog = open_dialog(qtbot, demo)
    check(qtbot, dialog, path)
    assert not dialog.ui.importButton.isEnabled()
    assert not dialog.ui.importGoodButton.isEnabled(), "no good row to import"
    write_xlsx(path, {"ภาคี": [HEADERS, partner_row("กลุ่มแก้แล้ว")]})  # fixed in Excel
    check(qtbot, dialog, path)
    assert dialog.ui.importButton.isEnabled() and dialog.model.rowCount() == 0


def test_cancel_during_the_import_saves_nothing(
    qtbot: QtBot, demo: Services, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = write_xlsx(tmp_path / "ภาคี.xlsx", {"ภาคี": [HEADERS, *good_rows(300)]})
    dialog = open_dialog(qtbot, demo)
    check(qtbot, dialog, path)
    before, entries = partner_count(demo), audit_entries(demo)
    step = importer_rows.SheetImport._step

    def slowly(self: Any, kind: Any) -> None:
        step(self, kind)
        time.sleep(0.01)  # 300 rows: 3 seconds, time to press Cancel

    monkeypatch.setattr(importer_rows.SheetImport, "_step", slowly)
    dialog.ui.importButton.click()
    assert not dialog.ui.closeButton.isEnabled(), "the window stays while the import runs"
    dialog.reject()
    assert dialog.isVisible()
    # Cancel once rows were saved in the import's transaction: they must be taken back.
    qtbot.waitUntil(
        lambda: any(
            p.isVisible() and p.value() >= 50 for p in dialog.findChildren(QProgressDialog)
        ),
        timeout=20_000,
    )
    progress = next(p for p in dialog.findChildren(QProgressDialog) if p.isVisible())
    assert "50" in progress.labelText()
    with qtbot.waitSignal(dialog.not_done, timeout=20_000) as stopped:
        cancel = progress.findChild(QPushButton)
        assert cancel is not None
        cancel.click()
    assert stopped.args[0] == _("Cancelled: nothing was imported. The records are as they were.")
    assert dialog.ui.problem.text() == stopped.args[0] and dialog.ui.problem.isVisible()
    assert dialog.saved == []
    assert partner_count(demo) == before
    assert names_in(demo, "กลุ่มนำเข้าทดสอบ") == set()
    assert audit_entries(demo) == entries, "no audit entry for records never saved"
    assert dialog.ui.importButton.isEnabled(), "the check still holds: import again"
    assert dialog.ui.closeButton.isEnabled()


def test_an_unreadable_file_shows_a_message(qtbot: QtBot, demo: Services, tmp_path: Path) -> None:
    dialog = open_dialog(qtbot, demo)
    damaged = tmp_path / "รายชื่อ.xlsx"
    damaged.write_bytes(b"this is not a workbook at all")
    old = tmp_path / "รายชื่อเก่า.xls"
    old.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(512))
    for path in (damaged, old):
        with pytest.raises(SpreadsheetError) as expected:
            read_sheets(path)
        choose_kind(dialog, "partners")
        dialog.set_file(path)
        with qtbot.waitSignal(dialog.not_done, timeout=20_000) as failed:
            dialog.ui.checkButton.click()
        assert failed.args[0] == str(expected.value)
        assert path.name in failed.args[0]
        assert dialog.ui.problem.isVisible() and dialog.ui.problem.text() == failed.args[0]
        assert dialog.ui.resultBox.isHidden()
        assert not dialog.ui.importButton.isEnabled()
        assert not dialog.ui.importGoodButton.isEnabled()
        assert dialog.ui.checkButton.isEnabled(), "the clerk can choose another file"


def test_the_template_button_writes_a_workbook_with_thai_headers(
    qtbot: QtBot, demo: Services, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(Folder, "last", str(tmp_path))
    proposed: list[str] = []

    def save_as(_parent: Any, _title: str, where: str, _filter: str) -> tuple[str, str]:
        proposed.append(where)
        return str(tmp_path / "แบบฟอร์ม"), ""  # typed without .xlsx

    monkeypatch.setattr(QFileDialog, "getSaveFileName", save_as)
    dialog = open_dialog(qtbot, demo)
    choose_kind(dialog, "partners")
    dialog.ui.templateButton.click()
    assert Path(proposed[0]) == tmp_path / safe_file_name(
        _("Import form {kind}").format(kind="ภาคี"), ".xlsx"
    )
    written = tmp_path / "แบบฟอร์ม.xlsx"
    assert str(written) in dialog.ui.outcome.text()
    sheet = openpyxl.load_workbook(written).active
    assert sheet is not None and sheet.title == "ภาคี"
    headers = [cell.value for cell in next(sheet.iter_rows(max_row=1))]
    assert headers[0] == "ชื่อภาคี *" and {"จังหวัด", "อำเภอ", "ตำบล"} <= set(headers)
    example = [cell.value for cell in next(sheet.iter_rows(min_row=2, max_row=2))]
    assert example[0] == "กลุ่มแม่บ้านบ้านนาคูณ"
    # The template is what the import reads: checked as it is, its example row is good.
    report = check(qtbot, dialog, written)
    assert report.problems == [] and report.total("added") == 1
    choose_kind(dialog, "")  # every sheet of a whole-database workbook: no one template
    assert not dialog.ui.templateButton.isEnabled()


def test_a_whole_database_workbook_lists_problems_sheet_by_sheet(
    qtbot: QtBot, demo: Services, tmp_path: Path
) -> None:
    networks = [["ชื่อเครือข่าย", "ระดับ", "เสาหลัก", "รูปแบบเครือข่าย"], ["", "ตำบล", "ท้องถิ่น", ""]]
    path = write_xlsx(
        tmp_path / "ทั้งหมด.xlsx",
        {
            "เครือข่าย": networks,
            "ภาคี": [HEADERS, partner_row("กลุ่มผิดระดับ", level="ดาวอังคาร"), *good_rows(2)],
        },
    )
    dialog = open_dialog(qtbot, demo)
    report = check(qtbot, dialog, path, kind="")
    assert [r.kind.name for r in report.results] == ["partners", "networks"]
    assert not dialog.ui.problemTable.isColumnHidden(COL_SHEET)
    sheets = table_texts(dialog, COL_SHEET)
    assert sheets[0] == "ภาคี" and set(sheets[1:]) == {"เครือข่าย"}, "in the order imported"
    assert table_texts(dialog, COL_ROW)[0] == "2"


def test_many_problems_show_at_once(qtbot: QtBot, demo: Services, tmp_path: Path) -> None:
    rows = [partner_row(f"กลุ่มผิด {n}", level="ดาวอังคาร") for n in range(10_000)]
    path = write_xlsx(tmp_path / "ภาคี.xlsx", {"ภาคี": [HEADERS, *rows]})
    dialog = open_dialog(qtbot, demo)
    report = check(qtbot, dialog, path)
    assert dialog.model.rowCount() == len(report.problems) == 10_000
    started = time.perf_counter()
    dialog._show_report(report)
    dialog.ui.problemTable.scrollToBottom()
    qtbot.wait(1)
    assert time.perf_counter() - started < 0.5, "one model, no widget or row sizing per problem"
    assert table_texts(dialog, COL_ROW)[-1] == "10001", "numbered as Excel numbers its rows"


@pytest.mark.parametrize(("user", "shown"), [("clerk", True), ("executive", False)])
def test_the_menu_entry_is_for_roles_that_may_write(
    qtbot: QtBot, demo_db: Database, user: str, shown: bool
) -> None:
    main = MainWindow()
    qtbot.addWidget(main)
    assert not main.ui.actionImport.isVisible(), "nobody logged in yet"
    actor = Services(demo_db).accounts.log_in(user, DEMO_PASSWORD)
    main.attach(Services(demo_db, actor))
    assert main.ui.actionImport.isVisible() is shown
    assert (main.ui.actionImport in main.ui.menuFile.actions()) is True
