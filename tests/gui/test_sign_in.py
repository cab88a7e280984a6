"""Who uses the window: the first start's setup, the login, the idle lock, logging out and
changing one's own password — typed as a clerk types, the checks done by the services."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QPushButton
from pytestqt.qtbot import QtBot

from lao_desktop.db.database import Database
from lao_desktop.demo.builder import DEMO_PASSWORD
from lao_desktop.errors import LoginError
from lao_desktop.gui.idle_lock import IdleLock
from lao_desktop.gui.main_window import MainWindow
from lao_desktop.gui.password_dialog import PasswordDialog
from lao_desktop.gui.sign_in import LoginDialog, SetupDialog
from lao_desktop.i18n import _
from lao_desktop.models.enums import Role
from lao_desktop.services import Services
from tests.gui.conftest import type_text
from tests.gui.helpers import fake_exec, retype

pytestmark = pytest.mark.usefixtures("english")


def open_window(qtbot: QtBot, db: Database) -> MainWindow:
    window = MainWindow(str(db.url.database))
    qtbot.addWidget(window)
    window.show()
    return window


def log_in_as(dialog: LoginDialog, name: str, password: str) -> None:
    retype(dialog.ui.username, name)
    retype(dialog.ui.password, password)
    dialog.ui.loginButton.click()


def shown_sections(window: MainWindow) -> list[str]:
    nav = window.ui.navigation
    return [s.key for row, s in enumerate(window.sections) if not nav.item(row).isHidden()]


def test_the_first_start_sets_up_the_office_and_its_administrator(
    qtbot: QtBot, db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = open_window(qtbot, db)

    def steps(dialog: SetupDialog) -> None:
        type_text(dialog.ui.officeName, "องค์การบริหารส่วนตำบลโนนสวรรค์")
        type_text(dialog.ui.username, "somchai")
        type_text(dialog.ui.displayName, "นายสมชาย ใจดี")
        type_text(dialog.ui.password, "ใช้ได้จริง 2569")
        type_text(dialog.ui.repeat, "ใช้ได้จริง 2568")
        dialog.ui.okButton.click()
        assert "differ" in dialog.ui.message.text()
        assert dialog.result() != QDialog.DialogCode.Accepted
        retype(dialog.ui.password, "short")
        retype(dialog.ui.repeat, "short")
        dialog.ui.okButton.click()
        assert "at least 8" in dialog.ui.message.text()
        retype(dialog.ui.password, "ใช้ได้จริง 2569")
        retype(dialog.ui.repeat, "ใช้ได้จริง 2569")
        dialog.ui.okButton.click()

    seen = fake_exec(monkeypatch, SetupDialog, steps)
    assert window.sign_in(Services(db))
    assert len(seen) == 1
    services = window.services
    assert services is not None
    assert (services.ctx.actor.username, services.ctx.actor.role) == ("somchai", Role.ADMIN)
    assert services.office.current().name == "องค์การบริหารส่วนตำบลโนนสวรรค์"  # type: ignore[union-attr]
    assert not services.accounts.needs_setup()
    assert "users" in shown_sections(window)
    # The next start asks for the password instead.
    Services(db).accounts.log_in("somchai", "ใช้ได้จริง 2569")


def test_login_refuses_a_wrong_password_then_opens_what_the_role_may_use(
    qtbot: QtBot, demo_db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = open_window(qtbot, demo_db)

    def steps(dialog: LoginDialog) -> None:
        assert dialog.ui.heading.text() == Services(demo_db).office.current().name  # type: ignore[union-attr]
        dialog.ui.loginButton.click()
        assert "user name" in dialog.ui.message.text()
        log_in_as(dialog, "executive", "not the password")
        assert "wrong" in dialog.ui.message.text()
        assert dialog.ui.password.text() == "", "the wrong password is cleared"
        log_in_as(dialog, " Executive ", DEMO_PASSWORD)  # as typed, spaces and capitals

    fake_exec(monkeypatch, LoginDialog, steps)
    assert window.sign_in(Services(demo_db))
    assert window.services is not None
    assert window.services.ctx.actor.role == Role.EXECUTIVE
    sections = shown_sections(window)
    assert "users" not in sections and "partners" in sections and "audit" in sections
    assert _("executive") in window.statusBar().currentMessage()
    # An executive views, approves and prints: no Add / Edit / Delete in the lists.
    window.open_section("partners")
    page: Any = window.pages["partners"]
    assert page.ui.addButton.isHidden() and page.ui.deleteButton.isHidden()
    assert not page.ui.printButton.isHidden()
    page.add()  # Ctrl+N does nothing either


def test_quitting_at_the_login_opens_nothing(
    qtbot: QtBot, demo_db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = open_window(qtbot, demo_db)
    fake_exec(monkeypatch, LoginDialog, lambda dialog: dialog.ui.quitButton.click())
    assert not window.sign_in(Services(demo_db))
    assert window.services is None
    assert not window.ui.navigation.isEnabled()


def test_a_clerk_sees_the_lists_with_their_buttons_but_not_the_users(
    qtbot: QtBot, demo_db: Database
) -> None:
    window = open_window(qtbot, demo_db)
    window.attach(Services(demo_db, Services(demo_db).accounts.log_in("clerk", DEMO_PASSWORD)))
    assert "users" not in shown_sections(window) and "audit" not in shown_sections(window)
    window.open_section("partners")
    page: Any = window.pages["partners"]
    assert not page.ui.addButton.isHidden()


def test_the_idle_lock_covers_the_screen_and_the_password_brings_back_an_open_dialog(
    qtbot: QtBot, demo_db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    services = Services(demo_db, Services(demo_db).accounts.log_in("clerk", DEMO_PASSWORD))
    logged_out: list[bool] = []
    holder = qtbot_parent(qtbot)
    lock = IdleLock(services, 15, lambda: logged_out.append(True), holder)
    assert lock.timer.interval() == 15 * 60_000
    half_typed = QDialog()
    qtbot.addWidget(half_typed)
    half_typed.show()

    def steps(dialog: LoginDialog) -> None:
        assert dialog.ui.username.text() == "clerk" and dialog.ui.username.isReadOnly()
        assert lock.locked
        retype(dialog.ui.password, "wrong password")
        dialog.ui.loginButton.click()
        assert dialog.result() != QDialog.DialogCode.Accepted
        retype(dialog.ui.password, DEMO_PASSWORD)
        dialog.ui.loginButton.click()

    fake_exec(monkeypatch, LoginDialog, steps)
    lock.timer.setInterval(30)
    lock.timer.start()
    qtbot.waitUntil(lambda: lock.timer.isActive() and not lock.locked, timeout=3000)
    qtbot.wait(60)
    assert half_typed.isVisible(), "what was being typed is still there"
    assert not logged_out
    kinds = [e.action for e in Services(demo_db).audit_trail.list().items[:3]]
    assert "login" in kinds and "login_failed" in kinds

    fake_exec(monkeypatch, LoginDialog, lambda dialog: dialog.ui.quitButton.click())
    lock.lock()
    qtbot.waitUntil(lambda: bool(logged_out), timeout=3000)
    assert not half_typed.isVisible(), "logging out gives up what was not saved"
    lock.stop()


def qtbot_parent(qtbot: QtBot) -> Any:
    holder = QPushButton()
    qtbot.addWidget(holder)
    return holder


def test_activity_restarts_the_idle_timer(qtbot: QtBot, demo_db: Database) -> None:
    services = Services(demo_db, Services(demo_db).accounts.log_in("clerk", DEMO_PASSWORD))
    button = qtbot_parent(qtbot)
    button.show()
    lock = IdleLock(services, 1, lambda: None, button)
    lock.timer.setInterval(400)
    lock.timer.start()
    for _step in range(4):
        qtbot.wait(150)
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert not lock.locked and lock.timer.isActive()
    lock.stop()


def test_log_out_goes_back_to_the_login_in_a_new_window(
    qtbot: QtBot, demo_db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = open_window(qtbot, demo_db)
    window.attach(Services(demo_db, Services(demo_db).accounts.log_in("admin", DEMO_PASSWORD)))
    fake_exec(monkeypatch, LoginDialog, lambda d: log_in_as(d, "clerk", DEMO_PASSWORD))
    with qtbot.waitSignal(window.replaced) as replaced:
        window.ui.actionLogOut.trigger()
    successor: MainWindow = replaced.args[0]
    qtbot.addWidget(successor)
    assert successor.services is not None
    assert successor.services.ctx.actor.username == "clerk"
    trail = [e.action for e in Services(demo_db).audit_trail.list().items[:3]]
    assert trail[:2] == ["login", "logout"]


def test_changing_ones_own_password(
    qtbot: QtBot, demo_db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    services = Services(demo_db, Services(demo_db).accounts.log_in("clerk", DEMO_PASSWORD))
    dialog = PasswordDialog(None, services.accounts)
    qtbot.addWidget(dialog)
    type_text(dialog.ui.current, "not my password")
    type_text(dialog.ui.password, "ฝนตกที่นาคูณ 9")
    type_text(dialog.ui.repeat, "ฝนตกที่นาคูณ 9")
    dialog.ui.okButton.click()
    assert "current password is wrong" in dialog.ui.message.text()
    retype(dialog.ui.current, DEMO_PASSWORD)
    retype(dialog.ui.repeat, "ฝนตกที่นาคูณ 8")
    dialog.ui.okButton.click()
    assert "differ" in dialog.ui.message.text()
    retype(dialog.ui.repeat, "ฝนตกที่นาคูณ 9")
    dialog.ui.okButton.click()
    assert dialog.result() == QDialog.DialogCode.Accepted
    with pytest.raises(LoginError):
        Services(demo_db).accounts.log_in("clerk", DEMO_PASSWORD)
    Services(demo_db).accounts.log_in("clerk", "ฝนตกที่นาคูณ 9")


def test_the_login_window_in_thai_looks_right(
    qtbot: QtBot, demo_db: Database, tmp_path: Path
) -> None:
    from lao_desktop import i18n

    i18n.set_language("th")
    dialog = LoginDialog(None, Services(demo_db).accounts)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.ui.loginButton.text() == "เข้าสู่ระบบ"
    dialog.grab().save(str(tmp_path / "login.png"))
    setup = SetupDialog(None, Services(demo_db).accounts)
    qtbot.addWidget(setup)
    setup.show()
    assert setup.ui.okButton.text() != "Start using the program"
    setup.grab().save(str(tmp_path / "setup.png"))
