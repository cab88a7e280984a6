"""The audit trail screen: filters, the lazy list newest first, the chosen entry's changes,
verifying off the UI thread, printing the report; a clerk is told they may not."""

from __future__ import annotations

import time
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from lao_desktop.db.database import Database
from lao_desktop.gui import audit_page
from lao_desktop.gui.audit_page import AuditPage
from lao_desktop.gui.models.audit_table import PAGE_SIZE
from lao_desktop.models.enums import Role
from lao_desktop.services import Actor, Services
from tests.gui.conftest import type_text
from tests.support import audit_tamper

EXECUTIVE = Actor(None, "executive", Role.EXECUTIVE)


def open_page(qtbot: QtBot, services: Services) -> AuditPage:
    page = AuditPage(services)
    qtbot.addWidget(page)
    page.resize(1280, 720)
    page.show()
    page.load()
    return page


def choose(box: object, data: str) -> None:
    index = box.findData(data)  # type: ignore[attr-defined]
    assert index > 0, data
    box.setCurrentIndex(index)  # type: ignore[attr-defined]
    box.activated.emit(index)  # type: ignore[attr-defined]


@pytest.mark.parametrize("role", [Role.EXECUTIVE, Role.ADMIN])
def test_opens_on_the_newest_entries_fetched_lazily(
    qtbot: QtBot, demo_db: Database, role: Role
) -> None:
    page = open_page(qtbot, Services(demo_db, Actor(None, "boss", role)))
    model = page.model
    total = len(audit_tamper.ids(Path(str(demo_db.path))))
    assert model.total == total > PAGE_SIZE and len(model.entries) == PAGE_SIZE
    ids = [e.id for e in model.entries]
    assert ids == sorted(ids, reverse=True) and ids[0] == total
    page.ui.table.scrollToBottom()
    qtbot.waitUntil(lambda: len(model.entries) > PAGE_SIZE)
    assert f"of {total:,}" in page.ui.count.text().replace("\u00a0", " ") or page.ui.count.text()
    assert page.ui.userBox.count() > 2 and page.ui.kindBox.count() > 5


def test_filters_narrow_the_list(qtbot: QtBot, demo_db: Database) -> None:
    page = open_page(qtbot, Services(demo_db, EXECUTIVE))
    choose(page.ui.userBox, "clerk")
    choose(page.ui.kindBox, "decisions")
    choose(page.ui.actionBox, "update")
    entries = page.model.entries
    assert entries and all(
        (e.username, e.entity, e.action) == ("clerk", "decisions", "update") for e in entries
    )
    page.date_from.set_date(entries[0].at.astimezone().date())
    assert page.model.query.date_from == entries[0].at.astimezone().date()
    type_text(page.ui.search, "ไม่มีแน่นอน")
    qtbot.waitUntil(lambda: page.model.total == 0)
    page.clear_filters()
    assert page.model.query.user is None and page.model.total > PAGE_SIZE


def test_a_half_typed_date_is_not_applied(qtbot: QtBot, demo_db: Database) -> None:
    page = open_page(qtbot, Services(demo_db, EXECUTIVE))
    type_text(page.date_from.edit, "31/2")
    assert page.model.query.date_from is None


def test_the_chosen_entry_shows_its_changes_in_words(qtbot: QtBot, demo_db: Database) -> None:
    page = open_page(qtbot, Services(demo_db, EXECUTIVE))
    choose(page.ui.kindBox, "decisions")
    choose(page.ui.actionBox, "update")
    page.ui.table.selectRow(0)
    text = page.ui.detail.toPlainText()
    assert page.model.entries[0].summary[:20] in text
    assert "→" in text


def test_verify_runs_off_the_ui_thread_and_names_a_broken_entry(
    qtbot: QtBot, demo_db: Database
) -> None:
    page = open_page(qtbot, Services(demo_db, EXECUTIVE))
    page.verify()
    qtbot.waitUntil(lambda: page.last_check is not None, timeout=20000)
    assert page.last_check is not None and page.last_check.intact
    assert audit_tamper.head(Path(str(demo_db.path))) in page.ui.verifyResult.text()
    audit_tamper.alter_summary(Path(str(demo_db.path)), 7)
    page.last_check = None
    page.verify()
    qtbot.waitUntil(lambda: page.last_check is not None, timeout=20000)
    assert page.last_check is not None and not page.last_check.intact
    assert page.ui.verifyResult.text().count("7") >= 1 and page.ui.verifyButton.isEnabled()


def test_print_previews_the_report_of_the_filters_shown(
    qtbot: QtBot, demo_db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    asked: list[tuple[str, object]] = []
    monkeypatch.setattr(
        audit_page, "preview", lambda _p, _s, kind, options: asked.append((kind, options))
    )
    page = open_page(qtbot, Services(demo_db, EXECUTIVE))
    choose(page.ui.userBox, "clerk")
    page.ui.printButton.click()
    kind, options = asked[0]
    assert kind == "audit" and options.audit.user == "clerk"  # type: ignore[attr-defined]


def test_a_clerk_is_told_instead_of_shown(qtbot: QtBot, demo_db: Database) -> None:
    page = open_page(qtbot, Services(demo_db, Actor(None, "clerk", Role.CLERK)))
    assert page.model.total == 0 and not page.ui.verifyButton.isEnabled()
    assert not page.ui.printButton.isEnabled()
    assert page.ui.count.text()


def test_screenshot_in_thai(qtbot: QtBot, demo_db: Database) -> None:
    started = time.perf_counter()
    page = open_page(qtbot, Services(demo_db, EXECUTIVE))
    opened = time.perf_counter() - started
    choose(page.ui.actionBox, "update")
    page.ui.table.selectRow(0)
    page.show_check(Services(demo_db, EXECUTIVE).audit_trail.verify())
    qtbot.wait(50)  # the labels' new sizes are laid out by the event loop
    assert page.ui.count.width() >= page.ui.count.sizeHint().width()
    page.grab().save("/tmp/audit_page.png")
    assert opened < 2.0
