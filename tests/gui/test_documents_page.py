"""Documents from the program: the Documents and reports page asks for what each kind needs,
the lists print documents about the chosen record, and the preview shows the real PDF."""

from __future__ import annotations

from datetime import date
from typing import Any

import pypdfium2
import pytest
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from lao_desktop.documents.catalogue import KINDS
from lao_desktop.documents.content.options import ReportOptions
from lao_desktop.gui import document_actions, documents_page
from lao_desktop.gui.concepts.base import Concept
from lao_desktop.gui.documents_page import DocumentsPage
from lao_desktop.gui.list_page import ListPage
from lao_desktop.gui.pdf_pages import PDFIUM_LOCK
from lao_desktop.gui.print_preview import PrintPreviewDialog
from lao_desktop.gui.sections import concept, service_finder
from lao_desktop.i18n import _
from lao_desktop.services import ListQuery, Services
from lao_desktop.thai.fiscal import fiscal_year
from tests.gui.conftest import type_text


@pytest.fixture
def asked(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, ReportOptions]]:
    """What the pages asked to preview, instead of making it."""
    calls: list[tuple[str, ReportOptions]] = []

    def fake(parent: QWidget, services: Services, kind: str, options: ReportOptions) -> None:
        calls.append((kind, options))

    monkeypatch.setattr(documents_page, "preview", fake)
    monkeypatch.setattr(document_actions, "preview", fake)
    return calls


def open_documents(qtbot: QtBot, services: Services) -> DocumentsPage:
    page = DocumentsPage(services, service_finder(services))
    qtbot.addWidget(page)
    page.resize(1100, 700)
    page.show()
    return page


def shown(widget: QWidget) -> bool:
    return widget.isVisibleTo(widget.window())


def test_every_kind_is_offered_and_asks_for_what_it_needs(qtbot: QtBot, demo: Services) -> None:
    page = open_documents(qtbot, demo)
    offered = {
        page.ui.kindList.item(row).data(documents_page.ROLE)
        for row in range(page.ui.kindList.count())
    }
    assert offered - {None} == {k.name for k in KINDS}
    page.choose("letter")
    assert shown(page.ui.subject) and shown(page.ui.enclosures)
    assert not shown(page.ui.yearBox) and not shown(page.ui.recordLabel)
    page.choose("annual")
    assert shown(page.ui.yearBox) and not shown(page.ui.subject)
    assert page.ui.yearBox.currentData() == fiscal_year(date.today())
    page.choose("minutes")
    assert shown(page.ui.recordLabel) and shown(page.pickers["meeting"])
    assert not shown(page.ui.subject) and not shown(page.ui.yearBox)
    page.choose("certificate")  # a partner, and the year of their contributions
    assert shown(page.pickers["partner"]) and not shown(page.pickers["meeting"])
    assert shown(page.ui.yearBox)


def test_a_letter_with_empty_boxes_says_what_to_fill_in(
    qtbot: QtBot, demo: Services, asked: list[Any]
) -> None:
    page = open_documents(qtbot, demo)
    page.choose("letter")
    type_text(page.ui.subject, "ขอเชิญร่วมประชุมเครือข่าย")
    page.ui.previewButton.click()
    assert asked == []
    problem = page.ui.problem.text()
    assert _("To (เรียน)") in problem and _("Text, one paragraph a line") in problem
    assert _("Subject (เรื่อง)") not in problem

    type_text(page.ui.to, "นายอำเภอนาแก")
    page.ui.body.setPlainText("ย่อหน้าแรก\n\n  ย่อหน้าที่สอง  \n")
    page.ui.enclosures.setPlainText("กำหนดการ 1 ฉบับ\n")
    page.ui.previewButton.click()
    [(kind, options)] = asked
    assert kind == "letter" and page.ui.problem.text() == ""
    assert options.text is not None
    assert options.text.subject == "ขอเชิญร่วมประชุมเครือข่าย"
    assert options.text.body == ("ย่อหน้าแรก", "ย่อหน้าที่สอง")  # blank lines dropped
    assert options.text.enclosures == ("กำหนดการ 1 ฉบับ",)
    assert options.text.signer is None  # the office's executive


def test_a_memo_reports_a_chosen_meeting_when_nothing_is_typed(
    qtbot: QtBot, demo: Services, asked: list[Any]
) -> None:
    meeting = demo.meetings.list(ListQuery(limit=1)).items[0]
    page = open_documents(qtbot, demo)
    page.choose("memo")
    page.pickers["meeting"].set_value(meeting.id, demo.meetings.describe(meeting))
    page.ui.previewButton.click()
    [(kind, options)] = asked
    assert (kind, options.record_id, options.text) == ("memo", meeting.id, None)


def test_a_record_typed_but_not_chosen_is_refused(
    qtbot: QtBot, demo: Services, asked: list[Any]
) -> None:
    page = open_documents(qtbot, demo)
    page.choose("mou")
    type_text(page.pickers["agreement"].edit, "ไม่มีข้อตกลงนี้")
    page.ui.previewButton.click()
    assert asked == []
    assert "ไม่มีข้อตกลงนี้" in page.ui.problem.text()


def open_list(qtbot: QtBot, services: Services, name: str) -> ListPage:
    shown_concept: Concept = concept(name)
    page = ListPage(services, shown_concept, service_finder(services))
    qtbot.addWidget(page)
    page.resize(1200, 800)
    page.show()
    page.load()
    return page


def test_a_list_prints_documents_about_the_chosen_record(
    qtbot: QtBot, demo: Services, asked: list[Any]
) -> None:
    page = open_list(qtbot, demo, "meetings.MEETINGS")
    menu = page.ui.printButton.menu()
    assert menu is not None
    menu.aboutToShow.emit()  # as when the clerk opens it: filled then
    titles = [action.text() for action in menu.actions()]
    assert titles == [_("Meeting invitation"), _("Memo"), _("Meeting minutes")]
    assert not page.ui.printButton.isEnabled()  # nothing chosen yet
    page.ui.table.selectRow(0)
    assert page.ui.printButton.isEnabled()
    menu.actions()[2].trigger()
    [(kind, options)] = asked
    assert kind == "minutes" and options.record_id == page.current().id

    exchanges = open_list(qtbot, demo, "exchanges.EXCHANGES")
    assert exchanges.ui.printButton.isHidden()  # no document is about one exchange


def test_the_preview_shows_the_document_made_from_the_database(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, demo: Services
) -> None:
    page = open_list(qtbot, demo, "committees.COMMITTEES")
    page.ui.table.selectRow(0)
    committee = demo.committees.get(page.current().id)
    dialogs: list[PrintPreviewDialog] = []
    real = document_actions.preview

    def keep(*args: Any) -> PrintPreviewDialog:
        dialogs.append(real(*args))
        return dialogs[-1]

    monkeypatch.setattr(document_actions, "preview", keep)
    menu = page.ui.printButton.menu()
    assert menu is not None
    menu.aboutToShow.emit()
    [order] = menu.actions()
    order.trigger()
    [dialog] = dialogs
    qtbot.waitSignal(dialog.ready, timeout=60_000).wait()
    assert dialog.pages is not None and len(dialog.pages) >= 1
    with PDFIUM_LOCK:  # the preview draws pages with pdfium on another thread
        pdf = pypdfium2.PdfDocument(dialog.pages.data)
        text = "".join(pdf[i].get_textpage().get_text_range() for i in range(len(pdf)))
    assert committee.name in text.replace("\r\n", "").replace("\n", "")
    dialog.close()
