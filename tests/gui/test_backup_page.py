"""The Backup and restore page: the reminder days saved through the settings (and refused for
whom the settings refuse), the automatic copies listed and restorable, the recovery key shown
once and kept only after the clerk says it is printed, Home's "Back up now", and the automatic
copy made once the window shows its data."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

from lao_desktop.backup import local
from lao_desktop.backup.crypto import RecoveryKey
from lao_desktop.backup.local import automatic_backup as make_automatic_copy
from lao_desktop.backup.local import backups_folder, backups_in
from lao_desktop.backup.recovery import current_key_id
from lao_desktop.db.database import Database
from lao_desktop.errors import BackupError
from lao_desktop.gui import automatic_backup
from lao_desktop.gui.backup_dialog import BackupDialog
from lao_desktop.gui.backup_page import BackupPage
from lao_desktop.gui.main_window import MainWindow
from lao_desktop.gui.recovery_key_dialog import RecoveryKeyDialog, key_lines
from lao_desktop.gui.restore_dialog import RestoreDialog
from lao_desktop.i18n import _
from lao_desktop.models.enums import Role
from lao_desktop.services import Services
from lao_desktop.services.context import Actor
from lao_desktop.services.settings import BACKUP_RECOVERY_KEY
from tests.gui.conftest import type_text
from tests.gui.helpers import fake_exec


@pytest.fixture
def demo(demo_db: Database) -> Iterator[Services]:
    services = Services(demo_db)
    yield services
    automatic_backup.forget(target_of(services))


def target_of(services: Services) -> str:
    return str(services.ctx.db.path)


def open_page(qtbot: QtBot, services: Services) -> BackupPage:
    page = BackupPage(services)
    page.target = target_of(services)
    qtbot.addWidget(page)
    page.resize(1000, 800)
    page.show()
    page.load()
    return page


def type_days(page: BackupPage, days: str) -> None:
    box = page.ui.reminderDays
    box.setFocus()
    box.lineEdit().selectAll()
    type_text(box.lineEdit(), days)
    QTest.keyClick(box, Qt.Key.Key_Return)


def test_reminder_days_are_saved(qtbot: QtBot, demo: Services) -> None:
    page = open_page(qtbot, demo)
    assert page.ui.reminderDays.value() == demo.settings.backup_reminder_days() == 7
    type_days(page, "14")
    qtbot.waitUntil(lambda: demo.settings.backup_reminder_days() == 14, timeout=5000)
    assert page.ui.reminderSaved.text() == _("Saved.")
    assert not page.ui.reminderProblem.isVisible()
    assert open_page(qtbot, demo).ui.reminderDays.value() == 14


def test_a_refused_change_of_the_days_shows_the_settings_message(
    qtbot: QtBot, demo_db: Database
) -> None:
    clerk = Services(demo_db, Actor(None, "somchai", Role.CLERK))
    page = open_page(qtbot, clerk)
    type_days(page, "30")
    qtbot.waitUntil(page.ui.reminderProblem.isVisible, timeout=5000)
    assert "somchai" in page.ui.reminderProblem.text()
    assert page.ui.reminderDays.value() == 7, "the stored value is shown again"
    assert clerk.settings.backup_reminder_days() == 7
    assert not page.ui.restoreButton.isEnabled() and not page.ui.createKeyButton.isEnabled()


def test_automatic_copies_are_listed_and_one_can_be_restored(
    qtbot: QtBot, demo: Services, monkeypatch: pytest.MonkeyPatch
) -> None:
    page = open_page(qtbot, demo)
    assert page.ui.noCopies.isVisible() and not page.ui.copies.isVisible()
    assert not page.ui.restoreCopyButton.isVisible()
    written = make_automatic_copy(demo, target_of(demo))
    assert written is not None
    page.refresh()
    assert page.copies == [written.path]
    assert page.ui.copies.rowCount() == 1 and page.ui.copies.isVisible()
    assert str(backups_folder(target_of(demo))) in page.ui.copiesFolder.text()
    shown = fake_exec(monkeypatch, RestoreDialog, lambda dialog: dialog.reject())
    page.ui.restoreCopyButton.click()
    assert len(shown) == 1 and shown[0].path == written.path
    assert shown[0].manifest is not None and shown[0].ui.restoreButton.isEnabled()


def test_the_window_makes_the_automatic_copy_once_its_data_shows(
    qtbot: QtBot, demo: Services
) -> None:
    target = target_of(demo)
    window = MainWindow(target)
    qtbot.addWidget(window)
    window.show()
    with qtbot.waitSignal(window.data_shown, timeout=10_000):
        window.attach(demo)
    qtbot.waitUntil(lambda: len(backups_in(backups_folder(target))) == 1, timeout=30_000)
    qtbot.waitUntil(lambda: not automatic_backup.running(target), timeout=30_000)
    window.open_section("backup")
    window.open_section("home")
    assert len(backups_in(backups_folder(target))) == 1, "one a session, at most one a day"
    assert demo.settings.last_backup_at() is None, "a copy on this PC is not the office's backup"


def test_a_failing_automatic_copy_is_only_mentioned_on_the_page(
    qtbot: QtBot, demo: Services, monkeypatch: pytest.MonkeyPatch
) -> None:
    def broken(*args: object, **kwargs: object) -> None:
        raise BackupError("ดิสก์เต็ม")

    monkeypatch.setattr(local, "automatic_backup", broken)
    job = automatic_backup.start(demo, target_of(demo))
    assert job is not None
    qtbot.waitUntil(lambda: not automatic_backup.running(target_of(demo)), timeout=10_000)
    assert automatic_backup.start(demo, target_of(demo)) is None, "once a session"
    page = open_page(qtbot, demo)
    assert page.ui.copiesProblem.isVisible()
    assert "ดิสก์เต็ม" in page.ui.copiesProblem.text()
    assert page.ui.copiesProblem.text().startswith(_("No automatic copy could be made yet."))


def test_a_recent_copy_keeps_a_failure_quiet(qtbot: QtBot, demo: Services) -> None:
    copy = make_automatic_copy(demo, target_of(demo))
    assert copy is not None
    automatic_backup._failures[target_of(demo)] = "ดิสก์เต็ม"
    copies = [copy.path]
    assert automatic_backup.problem(target_of(demo), copies) is None
    later = copy.path.stat().st_mtime + automatic_backup.QUIET_FOR.total_seconds() + 1
    assert "ดิสก์เต็ม" in (automatic_backup.problem(target_of(demo), copies, later) or "")


def test_the_recovery_key_is_shown_once_and_stays_until_it_is_kept(
    qtbot: QtBot, demo: Services, monkeypatch: pytest.MonkeyPatch
) -> None:
    page = open_page(qtbot, demo)
    assert page.ui.keyStatus.text() == _(
        "The office has no recovery key yet: an encrypted backup opens only with its passphrase."
    )

    shown_keys: list[RecoveryKey] = []

    def keep(dialog: RecoveryKeyDialog) -> None:
        shown_key = RecoveryKey.parse(dialog.ui.keyText.text())
        shown_keys.append(shown_key)
        # Not kept before the clerk says the sheet is printed: a key nobody holds is worse
        # than none.
        assert demo.settings.get(BACKUP_RECOVERY_KEY) == ""
        assert dialog.ui.keyText.text() == key_lines(shown_key.text())
        assert len(dialog.ui.keyText.text().splitlines()) == 3
        assert shown_key.key_id in dialog.ui.keyId.text()
        assert dialog.ui.keyText.font().fixedPitch() or dialog.ui.keyText.font().pointSize() >= 20
        assert not dialog.ui.closeButton.isEnabled()
        dialog.reject()  # Esc
        dialog.close()  # the title bar's ×
        assert dialog.isVisible(), "not closed before the sheet is kept"
        dialog.ui.printed.setChecked(True)
        assert dialog.ui.closeButton.isEnabled()
        dialog.ui.closeButton.click()

    shown = fake_exec(monkeypatch, RecoveryKeyDialog, keep)
    page.ui.createKeyButton.click()
    assert len(shown) == 1 and shown[0].result() == 1
    key = current_key_id(demo)
    assert key is not None and key in page.ui.keyStatus.text()
    assert demo.settings.get(BACKUP_RECOVERY_KEY) == shown_keys[0].public


def test_the_recovery_sheet_is_previewed_for_printing(qtbot: QtBot, demo: Services) -> None:
    from datetime import datetime

    from lao_desktop.backup.recovery import new_recovery_key

    key = new_recovery_key(demo)
    dialog = RecoveryKeyDialog(None, "องค์การบริหารส่วนตำบลนาคูณใหญ่", key, datetime.now())
    qtbot.addWidget(dialog)
    dialog.show()
    preview = dialog.print_sheet()
    with qtbot.waitSignal(preview.ready, timeout=30_000):
        pass
    assert preview.pages is not None and len(preview.pages) == 1
    assert key.key_id in preview.file_name
    preview.close()
    dialog.ui.printed.setChecked(True)
    dialog.close()


def test_home_back_up_now_opens_the_dialog(
    qtbot: QtBot, demo: Services, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = MainWindow()
    qtbot.addWidget(window)
    window.show()
    with qtbot.waitSignal(window.data_shown, timeout=10_000):
        window.attach(demo)
    shown = fake_exec(monkeypatch, BackupDialog, lambda dialog: dialog.reject())
    home = window.pages["home"]
    assert home.ui.backupButton.isEnabled()  # type: ignore[attr-defined]
    home.ui.backupButton.click()  # type: ignore[attr-defined]
    assert len(shown) == 1
    assert window.current_page() is window.pages["backup"]
