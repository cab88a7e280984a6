"""Restoring a backup file as a clerk does: what it holds is shown first; the explicit button
replaces the data (a partner added after the backup is gone, one deleted is back) after a
safety copy; a wrong passphrase, a file that is not a backup or one of a newer program change
nothing."""

from __future__ import annotations

import json
import zipfile
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QDialog, QFileDialog
from pytestqt.qtbot import QtBot

from lao_desktop.backup.crypto import RecoveryKey
from lao_desktop.backup.local import backups_in, safety_folder
from lao_desktop.backup.make import back_up
from lao_desktop.backup.manifest import MANIFEST_NAME
from lao_desktop.backup.recovery import new_recovery_key
from lao_desktop.backup.restore import verify_backup
from lao_desktop.db.database import Database
from lao_desktop.errors import NotFoundError
from lao_desktop.gui import restore_dialog
from lao_desktop.gui.main_window import MainWindow
from lao_desktop.gui.restore_dialog import RestoreDialog
from lao_desktop.gui.sign_in import LoginDialog
from lao_desktop.i18n import _
from lao_desktop.models.enums import Role
from lao_desktop.services import ListQuery, Services
from lao_desktop.services.context import Actor
from lao_desktop.thai.dates import be_year
from tests.factories import thai_partner
from tests.gui.conftest import type_text
from tests.gui.helpers import fake_exec, window_on
from tests.support.roles import DemoOffice

PASSPHRASE = "ลับเฉพาะของอบต2569"
ADDED = "กลุ่มที่เพิ่มหลังสำรองข้อมูล"
WRONG = (
    "The passphrase is wrong. Check the keyboard language (Thai or English) and Caps Lock, or "
    "use the office's printed recovery key."
)


@pytest.fixture
def stick(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "stick"
    folder.mkdir()
    monkeypatch.setattr(restore_dialog, "removable_drives", lambda: [])
    return folder


@pytest.fixture
def admin(demo_db: Database) -> Services:
    """The demo office's administrator: the program itself may not replace data that has
    accounts (``restore_backup``)."""
    return Services(demo_db, DemoOffice(demo_db).actor(Role.ADMIN))


def target_of(services: Services) -> str:
    path = services.ctx.db.path
    assert path is not None
    return str(path)


def open_dialog(qtbot: QtBot, services: Services, path: Path) -> RestoreDialog:
    dialog = RestoreDialog(None, services, target_of(services), path)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def changes_after_the_backup(services: Services) -> tuple[Any, Any]:
    """A partner added and one deleted since the backup: (added, deleted)."""
    added = services.partners.create(thai_partner(name=ADDED))
    deleted = services.partners.list(ListQuery(limit=1)).items[0]
    services.partners.delete(deleted.id)
    return added, deleted


def test_what_the_backup_holds_is_shown_before_anything_changes(
    qtbot: QtBot, demo: Services, stick: Path
) -> None:
    written = back_up(demo, stick)
    dialog = open_dialog(qtbot, demo, written.path)
    ui, manifest = dialog.ui, written.manifest
    assert ui.contentBox.isVisible() and ui.warning.isVisible()
    assert ui.office.text() == "องค์การบริหารส่วนตำบลนาคูณใหญ่"
    assert str(be_year(manifest.created.date())) in ui.made.text()
    assert ui.version.text() == manifest.program_version
    assert ui.schema.text() == manifest.schema_revision
    assert ui.encrypted.text() == _("No: whoever has the file can read it")
    assert not ui.unlockBox.isVisible()
    table = ui.counts
    rows = {}
    for row in range(table.rowCount()):
        what, number = table.item(row, 0), table.item(row, 1)
        assert what is not None and number is not None
        rows[what.text()] = number.text()
    assert rows[_("Partners")] == f"{manifest.counts['partners']:,}"
    assert rows[_("Resolutions")] == f"{manifest.counts['decisions']:,}"
    assert rows[_("All records together")] == f"{manifest.records:,}"
    assert str(safety_folder(target_of(demo))) in ui.warning.text()
    assert ui.restoreButton.isEnabled()
    assert not ui.restoreButton.isDefault() and not ui.restoreButton.autoDefault()
    assert not ui.cancelButton.isDefault(), "Enter replaces nothing"


def test_restore_through_the_window_replaces_the_data(
    qtbot: QtBot, admin: Services, stick: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    written = back_up(admin, stick)
    added, deleted = changes_after_the_backup(admin)
    target = target_of(admin)
    window = window_on(qtbot, admin, target)
    window.open_section("backup")

    def confirm(dialog: RestoreDialog) -> None:
        assert dialog.manifest is not None and dialog.path == written.path
        dialog.ui.restoreButton.click()
        qtbot.waitUntil(lambda: dialog.result() == QDialog.DialogCode.Accepted, timeout=60_000)

    shown = fake_exec(monkeypatch, RestoreDialog, confirm)
    fake_exec(monkeypatch, LoginDialog, lambda dialog: pytest.fail("the administrator stays"))
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(written.path), ""))
    with qtbot.waitSignal(window.replaced, timeout=60_000) as replaced:
        window.pages["backup"].ui.restoreButton.click()  # type: ignore[attr-defined]
    assert len(shown) == 1
    successor: MainWindow = replaced.args[0]
    qtbot.addWidget(successor)
    again = successor.services
    assert again is not None and again is not admin
    assert again.ctx.actor == admin.ctx.actor, "the administrator is in the backup: no login"
    try:
        with pytest.raises(NotFoundError):
            again.partners.get(added.id)
        assert again.partners.get(deleted.id).name == deleted.name
        safety = backups_in(safety_folder(target))
        assert len(safety) == 1
        before = verify_backup(safety[0])
        assert before.counts["partners"] == written.manifest.counts["partners"] + 1
        page = successor.pages["backup"]
        assert successor.current_page() is page
        note = page.ui.restoredNote  # type: ignore[attr-defined]
        assert note.isVisible() and str(safety[0]) in note.text()
    finally:
        again.ctx.db.dispose()


def test_a_wrong_passphrase_shows_the_message_and_changes_nothing(
    qtbot: QtBot, admin: Services, stick: Path
) -> None:
    written = back_up(admin, stick, passphrase=PASSPHRASE)
    added, _deleted = changes_after_the_backup(admin)
    dialog = open_dialog(qtbot, admin, written.path)
    assert dialog.ui.unlockBox.isVisible()
    assert dialog.ui.encrypted.text() == _("Yes: only its passphrase opens it")
    dialog.ui.restoreButton.click()
    assert dialog.ui.unlockProblem.text() == _(
        "Type the passphrase of this backup, or use the recovery key."
    )
    type_text(dialog.ui.passphrase, "ไม่ใช่รหัสนี้แน่นอน")
    with qtbot.waitSignal(dialog.not_restored, timeout=60_000):
        dialog.ui.restoreButton.click()
    assert dialog.ui.unlockProblem.isVisible() and dialog.ui.unlockProblem.text() == _(WRONG)
    assert dialog.isVisible() and dialog.ui.restoreButton.isEnabled()
    assert admin.partners.get(added.id).name == ADDED
    assert backups_in(safety_folder(target_of(admin))) == [], "not even a safety copy"
    dialog.ui.passphrase.clear()
    type_text(dialog.ui.passphrase, PASSPHRASE)
    with qtbot.waitSignal(dialog.restored, timeout=60_000):
        dialog.ui.restoreButton.click()
    with pytest.raises(NotFoundError):
        admin.partners.get(added.id)


def test_the_printed_recovery_key_opens_a_backup_instead(
    qtbot: QtBot, admin: Services, stick: Path
) -> None:
    key = new_recovery_key(admin)
    written = back_up(admin, stick, passphrase=PASSPHRASE)
    added, deleted = changes_after_the_backup(admin)
    dialog = open_dialog(qtbot, admin, written.path)
    assert key.key_id in dialog.ui.encrypted.text()
    dialog.ui.useRecoveryKey.setChecked(True)
    assert dialog.ui.recoveryKey.isVisible() and not dialog.ui.passphrase.isVisible()
    type_text(dialog.ui.recoveryKey, "ABCDE-FGHIJ")
    dialog.ui.restoreButton.click()
    assert "11" in dialog.ui.unlockProblem.text(), "a mistyped key is caught before anything"
    dialog.ui.recoveryKey.clear()
    typed = key.text().lower().replace("-", " ")  # as read from the sheet, typed casually
    type_text(dialog.ui.recoveryKey, typed)
    assert RecoveryKey.parse(typed) == key
    with qtbot.waitSignal(dialog.restored, timeout=60_000):
        dialog.ui.restoreButton.click()
    with pytest.raises(NotFoundError):
        admin.partners.get(added.id)
    assert admin.partners.get(deleted.id).name == deleted.name


def test_a_file_that_is_not_a_backup_shows_the_message(
    qtbot: QtBot, demo: Services, stick: Path
) -> None:
    notes = stick / "บันทึก.laobackup"
    notes.write_text("ไม่ใช่ข้อมูลสำรอง", encoding="utf-8")
    dialog = open_dialog(qtbot, demo, notes)
    ui = dialog.ui
    assert ui.problem.isVisible()
    assert ui.problem.text() == _("{path} is not a backup file of LAO Network Desktop.").format(
        path=notes
    )
    assert not ui.contentBox.isVisible() and not ui.warning.isVisible()
    assert not ui.restoreButton.isEnabled()
    database = demo.ctx.db.path
    assert database is not None
    dialog.show_file(database)  # the live database file itself, picked by mistake
    assert str(database) in ui.problem.text() and not ui.restoreButton.isEnabled()


def test_a_backup_of_a_newer_program_is_refused(qtbot: QtBot, demo: Services, stick: Path) -> None:
    written = back_up(demo, stick)
    newer = stick / "newer.laobackup"
    with zipfile.ZipFile(written.path) as source, zipfile.ZipFile(newer, "w") as copy:
        for info in source.infolist():
            data = source.read(info)
            if info.filename == MANIFEST_NAME:
                manifest = json.loads(data)
                manifest["schema_revision"] = "9999_from_the_future"
                data = json.dumps(manifest).encode()
            copy.writestr(info, data)
    dialog = open_dialog(qtbot, demo, newer)
    assert "9999_from_the_future" in dialog.ui.problem.text()
    assert not dialog.ui.restoreButton.isEnabled()


def test_only_an_administrator_may_restore(qtbot: QtBot, demo_db: Database, stick: Path) -> None:
    admin = Services(demo_db)
    written = back_up(admin, stick)
    clerk = Services(demo_db, Actor(None, "somchai", Role.CLERK))
    dialog = open_dialog(qtbot, clerk, written.path)
    assert dialog.ui.contentBox.isVisible(), "a clerk may still look"
    assert dialog.ui.problem.text() == _("Only an administrator can restore a backup.")
    assert not dialog.ui.restoreButton.isEnabled()
