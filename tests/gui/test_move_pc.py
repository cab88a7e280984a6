"""Moving to a new PC: the first start of an empty database restores the old PC's backup
instead of inventing an administrator, then the backup's own users log in; and after an
ordinary restore a user the backup does not hold is not carried over."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QDialog, QFileDialog
from pytestqt.qtbot import QtBot

from lao_desktop.backup.local import backups_in, safety_folder
from lao_desktop.backup.make import back_up
from lao_desktop.db.database import Database, open_database
from lao_desktop.demo.builder import DEMO_PASSWORD
from lao_desktop.gui import restore_dialog
from lao_desktop.gui.main_window import MainWindow
from lao_desktop.gui.restore_dialog import RestoreDialog
from lao_desktop.gui.sign_in import LoginDialog, SetupDialog
from lao_desktop.models.enums import OfficeType, Role
from lao_desktop.services import ListQuery, Services
from tests.factories import thai_partner
from tests.gui.conftest import type_text
from tests.gui.helpers import fake_exec, retype, window_on

pytestmark = pytest.mark.usefixtures("english")

PASSPHRASE = "ลับเฉพาะของอบต2569"
OLD_OFFICE = "องค์การบริหารส่วนตำบลโนนสวรรค์"


@pytest.fixture
def stick(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "stick"
    folder.mkdir()
    monkeypatch.setattr(restore_dialog, "removable_drives", lambda: [])
    return folder


def choose_file(monkeypatch: pytest.MonkeyPatch, path: Path | None) -> None:
    """The file dialog answers ``path`` (None: the clerk cancels it)."""
    answer = (str(path) if path else "", "")
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: answer)


def open_window(qtbot: QtBot, db: Database) -> MainWindow:
    assert db.path is not None
    window = MainWindow(str(db.path))
    qtbot.addWidget(window)
    window.show()
    return window


def confirm_restore(qtbot: QtBot, monkeypatch: pytest.MonkeyPatch) -> list[Any]:
    """The restore dialog's button clicked, the restore waited for; the dialogs seen."""

    def confirm(dialog: RestoreDialog) -> None:
        assert dialog.manifest is not None and dialog.ui.restoreButton.isEnabled()
        dialog.ui.restoreButton.click()
        qtbot.waitUntil(lambda: dialog.result() == QDialog.DialogCode.Accepted, timeout=60_000)

    return fake_exec(monkeypatch, RestoreDialog, confirm)


def log_in(dialog: LoginDialog, name: str, password: str) -> None:
    retype(dialog.ui.username, name)
    retype(dialog.ui.password, password)
    dialog.ui.loginButton.click()


def partner_names(db: Database) -> set[str]:
    return {p.name for p in Services(db).partners.list(ListQuery(limit=1000)).items}


def test_the_first_start_restores_another_pcs_backup_then_its_users_log_in(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, demo_db: Database, db: Database, stick: Path
) -> None:
    written = back_up(Services(demo_db), stick)
    old_partners = partner_names(demo_db)
    assert Services(db).accounts.needs_setup() and not partner_names(db)
    window = open_window(qtbot, db)
    choose_file(monkeypatch, written.path)
    restores = confirm_restore(qtbot, monkeypatch)

    def setup_steps(dialog: SetupDialog) -> None:
        assert dialog.ui.moveBox.isVisible() and dialog.ui.restoreButton.isEnabled()
        dialog.ui.restoreButton.click()
        assert dialog.result() != QDialog.DialogCode.Accepted and dialog.actor is None

    def login_steps(dialog: LoginDialog) -> None:
        assert dialog.ui.heading.text() == written.manifest.office_name
        assert "restored" in dialog.ui.explanation.text()
        log_in(dialog, "admin", "not the password")
        assert "wrong" in dialog.ui.message.text()
        log_in(dialog, "admin", DEMO_PASSWORD)

    setups = fake_exec(monkeypatch, SetupDialog, setup_steps)
    logins = fake_exec(monkeypatch, LoginDialog, login_steps)
    assert window.sign_in(Services(db))
    assert (len(setups), len(restores), len(logins)) == (1, 1, 1)
    services = window.services
    assert services is not None and services.ctx.db is not db, "the database was opened anew"
    try:
        assert (services.ctx.actor.username, services.ctx.actor.role) == ("admin", Role.ADMIN)
        assert services.ctx.actor.user_id is not None
        assert "users" in [s.key for s in window.sections]
        window.open_section("partners")
        page: Any = window.pages["partners"]
        qtbot.waitUntil(lambda: page.model.total == len(old_partners), timeout=10_000)
        assert {record.name for record in page.model.records} <= old_partners
        restore = next(e for e in services.audit_trail.list().items if e.action == "restore")
        assert restore.username == "system"  # nobody was logged in on the empty database
    finally:
        services.ctx.db.dispose()


def test_cancelling_or_a_failed_restore_goes_back_to_the_setup_with_nothing_changed(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, demo_db: Database, db: Database, stick: Path
) -> None:
    written = back_up(Services(demo_db), stick, passphrase=PASSPHRASE)
    window = open_window(qtbot, db)

    def wrong_passphrase_then_cancel(dialog: RestoreDialog) -> None:
        type_text(dialog.ui.passphrase, "ไม่ใช่รหัสนี้แน่นอน")
        with qtbot.waitSignal(dialog.not_restored, timeout=60_000):
            dialog.ui.restoreButton.click()
        assert "passphrase is wrong" in dialog.ui.unlockProblem.text()
        dialog.ui.cancelButton.click()

    restores = fake_exec(monkeypatch, RestoreDialog, wrong_passphrase_then_cancel)

    def setup_steps(dialog: SetupDialog) -> None:
        type_text(dialog.ui.officeName, OLD_OFFICE)
        choose_file(monkeypatch, None)  # the file dialog cancelled
        dialog.ui.restoreButton.click()
        assert not restores
        choose_file(monkeypatch, written.path)
        dialog.ui.restoreButton.click()
        assert len(restores) == 1
        assert dialog.isVisible() and dialog.result() != QDialog.DialogCode.Accepted
        assert dialog.ui.officeName.text() == OLD_OFFICE, "what was typed is still there"
        dialog.ui.cancelButton.click()  # "Quit the program"

    setups = fake_exec(monkeypatch, SetupDialog, setup_steps)
    logins = fake_exec(monkeypatch, LoginDialog, lambda dialog: pytest.fail("no login"))
    assert not window.sign_in(Services(db))
    assert len(setups) == 1 and not logins and window.services is None
    assert Services(db).accounts.needs_setup()
    assert not partner_names(db) and Services(db).accounts.office_name() == ""
    assert backups_in(safety_folder(window.database_key)) == [], "not even a safety copy"


def test_a_backup_without_accounts_leads_to_the_setup_with_its_office_named(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, tmp_path: Path, db: Database, stick: Path
) -> None:
    old = open_database(tmp_path / "before-accounts.db")  # records, but nobody to log in
    office = {"name": OLD_OFFICE, "office_type": OfficeType.TOWN_MUNICIPALITY}
    Services(old).office.save(office)
    partner = Services(old).partners.create(thai_partner(name="กลุ่มแม่บ้านโนนสวรรค์"))
    written = back_up(Services(old), stick)
    old.dispose()
    window = open_window(qtbot, db)
    choose_file(monkeypatch, written.path)
    confirm_restore(qtbot, monkeypatch)

    def setup_steps(dialog: SetupDialog) -> None:
        if len(setups) == 1:
            assert dialog.ui.officeName.text() == ""
            dialog.ui.restoreButton.click()
            return
        assert dialog.ui.officeName.text() == OLD_OFFICE
        assert dialog.ui.officeType.currentData() == OfficeType.TOWN_MUNICIPALITY
        assert "no user accounts" in dialog.ui.explanation.text()
        type_text(dialog.ui.username, "somchai")
        type_text(dialog.ui.displayName, "นายสมชาย ใจดี")
        type_text(dialog.ui.password, "ใช้ได้จริง 2569")
        type_text(dialog.ui.repeat, "ใช้ได้จริง 2569")
        dialog.ui.okButton.click()

    setups = fake_exec(monkeypatch, SetupDialog, setup_steps)
    fake_exec(monkeypatch, LoginDialog, lambda dialog: pytest.fail("nobody to log in yet"))
    assert window.sign_in(Services(db))
    assert len(setups) == 2
    services = window.services
    assert services is not None
    try:
        assert services.ctx.actor.username == "somchai"
        assert services.partners.get(partner.id).name == "กลุ่มแม่บ้านโนนสวรรค์"
        kept = services.office.current()
        assert kept is not None and kept.name == OLD_OFFICE
        assert kept.office_type == OfficeType.TOWN_MUNICIPALITY
    finally:
        services.ctx.db.dispose()


def test_after_a_restore_a_user_the_backup_does_not_hold_logs_in_anew(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, demo_db: Database, stick: Path
) -> None:
    written = back_up(Services(demo_db), stick)
    somsri = "ใหม่ล่าสุด 2569"
    admin = Services(demo_db, Services(demo_db).accounts.log_in("admin", DEMO_PASSWORD))
    added = admin.users.create(
        {"username": "somsri", "display_name": "นางสมศรี มีสุข", "role": Role.ADMIN}
    )
    admin.accounts.reset_password(added.id, somsri)
    acting = Services(demo_db, Services(demo_db).accounts.log_in("somsri", somsri))
    target = str(demo_db.path)
    window = window_on(qtbot, acting, target)
    window.open_section("backup")
    choose_file(monkeypatch, written.path)
    confirm_restore(qtbot, monkeypatch)

    def login_steps(dialog: LoginDialog) -> None:
        log_in(dialog, "somsri", somsri)
        assert "wrong" in dialog.ui.message.text(), "somsri is not in the restored data"
        log_in(dialog, "clerk", DEMO_PASSWORD)

    logins = fake_exec(monkeypatch, LoginDialog, login_steps)
    with qtbot.waitSignal(window.replaced, timeout=60_000) as replaced:
        window.pages["backup"].ui.restoreButton.click()  # type: ignore[attr-defined]
    assert len(logins) == 1, "the login on the restored data"
    successor: MainWindow = replaced.args[0]
    qtbot.addWidget(successor)
    services = successor.services
    assert services is not None
    try:
        assert services.ctx.actor.username == "clerk"
        assert "users" not in [
            s.key
            for row, s in enumerate(successor.sections)
            if not successor.ui.navigation.item(row).isHidden()
        ]
        page: Any = successor.pages["backup"]
        assert successor.current_page() is page
        assert page.ui.restoredNote.isVisible()
    finally:
        services.ctx.db.dispose()
