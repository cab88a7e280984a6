"""What each role finds in the window: the executive's Approve buttons, the administrator's
users page. (The services refuse the rest anyway: tests/services/test_roles*.)"""

from __future__ import annotations

from typing import Any

import pytest
from pytestqt.qtbot import QtBot

from lao_desktop.db.database import Database
from lao_desktop.demo.builder import DEMO_PASSWORD
from lao_desktop.gui.concepts import approval
from lao_desktop.gui.concepts.agreements import AGREEMENTS
from lao_desktop.gui.list_page import ListPage
from lao_desktop.gui.password_dialog import PasswordDialog
from lao_desktop.gui.sections import service_finder
from lao_desktop.gui.users_page import UsersPage
from lao_desktop.services import Services
from tests.gui.conftest import type_text
from tests.gui.helpers import fake_exec

pytestmark = pytest.mark.usefixtures("english")


def as_user(db: Database, name: str) -> Services:
    return Services(db, Services(db).accounts.log_in(name, DEMO_PASSWORD))


def buttons(page: ListPage) -> dict[str, Any]:
    return {button.text(): button for _action, button in page.action_buttons}


def choose(page: ListPage, wanted: Any) -> Any:
    """Select the first loaded record for which ``wanted(record)`` holds."""
    row = next(i for i, r in enumerate(page.model.records) if wanted(r))
    page.ui.table.selectRow(row)
    return page.model.records[row]


def test_the_executive_approves_an_agreement_and_withdraws_the_approval(
    qtbot: QtBot, demo_db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    executive = as_user(demo_db, "executive")
    page = ListPage(executive, AGREEMENTS, service_finder(executive))
    qtbot.addWidget(page)
    page.load()
    assert page.ui.addButton.isHidden()
    found = buttons(page)
    approve, withdraw = found["Approve…"], found["Withdraw approval…"]
    record = choose(page, lambda r: r.approved_at is None)
    assert approve.isEnabled() and not withdraw.isEnabled()
    monkeypatch.setattr(approval, "confirm", lambda *_a: True)
    approve.click()
    again = executive.agreements.get(record.id)
    assert again.approved_at is not None and again.approved_by == executive.ctx.actor.user_id
    assert page.current().id == record.id
    assert "Approved by" in page.ui.detail.toPlainText()
    assert withdraw.isEnabled() and not approve.isEnabled()
    withdraw.click()
    assert executive.agreements.get(record.id).approved_at is None


def test_a_clerk_has_no_approve_button(qtbot: QtBot, demo_db: Database) -> None:
    clerk = as_user(demo_db, "clerk")
    page = ListPage(clerk, AGREEMENTS, service_finder(clerk))
    qtbot.addWidget(page)
    assert "Approve…" not in buttons(page)
    assert not page.ui.addButton.isHidden()


def test_the_administrator_sets_a_password_unlocks_and_sets_the_idle_lock(
    qtbot: QtBot, demo_db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    admin = as_user(demo_db, "admin")
    for _attempt in range(3):
        with pytest.raises(Exception, match="wrong"):
            Services(demo_db).accounts.log_in("clerk", "a wrong guess")
    page = UsersPage(admin, service_finder(admin))
    qtbot.addWidget(page)
    page.load()
    assert page.minutes.value() == 15
    found = buttons(page.list)
    clerk = choose(page.list, lambda u: u.username == "clerk")
    assert found["Unlock"].isEnabled()
    found["Unlock"].click()
    assert admin.users.get(clerk.id).failed_logins == 0
    assert not found["Unlock"].isEnabled()

    def steps(dialog: PasswordDialog) -> None:
        assert dialog.ui.current.isHidden()
        type_text(dialog.ui.password, "ใหม่ทั้งหมด 2570")
        type_text(dialog.ui.repeat, "ใหม่ทั้งหมด 2570")
        dialog.ui.okButton.click()

    fake_exec(monkeypatch, PasswordDialog, steps)
    found["Set password…"].click()
    Services(demo_db).accounts.log_in("clerk", "ใหม่ทั้งหมด 2570")

    page.minutes.setValue(0)
    page.save_button.click()
    assert admin.settings.idle_lock_minutes() == 0
    assert "next login" in page.note.text()
