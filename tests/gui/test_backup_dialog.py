"""“Back up now” driven as a clerk does: a USB stick from the list or a folder chosen, an
optional passphrase typed twice, Back up; the file is then on disk and verifies."""

from __future__ import annotations

import shutil
import time
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QFileDialog, QProgressDialog, QPushButton
from pytestqt.qtbot import QtBot

from lao_desktop import preferences
from lao_desktop.backup import make
from lao_desktop.backup.drives import Drive, size_text
from lao_desktop.backup.local import backups_in
from lao_desktop.backup.recovery import current_key_id
from lao_desktop.backup.restore import verify_backup
from lao_desktop.errors import BackupError
from lao_desktop.gui import backup_dialog
from lao_desktop.gui.backup_dialog import BackupDialog
from lao_desktop.gui.recovery_key_dialog import RecoveryKeyDialog
from lao_desktop.i18n import _
from lao_desktop.services import Services
from tests.gui.conftest import type_text
from tests.gui.helpers import fake_exec

PASSPHRASE = "ลับเฉพาะของอบต2569"


@pytest.fixture
def stick(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A USB stick "KINGSTON" mounted at a folder of the test (and no other drive)."""
    root = tmp_path / "KINGSTON"
    root.mkdir()
    drive = Drive(root, "KINGSTON", 16_000_000_000, 12_000_000_000, True)
    monkeypatch.setattr(backup_dialog, "removable_drives", lambda: [drive])
    return root


@pytest.fixture
def no_drives(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(backup_dialog, "removable_drives", lambda: [])


def open_dialog(qtbot: QtBot, services: Services) -> BackupDialog:
    dialog = BackupDialog(None, services)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def back_up(qtbot: QtBot, dialog: BackupDialog) -> Any:
    """Press Back up and wait for the backup; the Written one."""
    with qtbot.waitSignal(dialog.backed_up, timeout=60_000) as made:
        dialog.ui.startButton.click()
    return made.args[0]


def test_backup_to_the_usb_stick_listed(qtbot: QtBot, demo: Services, stick: Path) -> None:
    dialog = open_dialog(qtbot, demo)
    places = dialog.ui.placeList
    assert places.count() == 1 and "KINGSTON" in places.item(0).text()
    assert dialog.destination() == stick, "the only stick is chosen at once"
    assert not dialog.ui.noDrives.isVisible()
    before = demo.settings.last_backup_at()
    written = back_up(qtbot, dialog)
    assert backups_in(stick) == [written.path]
    assert written.path.name.startswith("องค์การบริหารส่วนตำบลนาคูณใหญ่ 25")
    assert verify_backup(written.path).backup_id == written.manifest.backup_id
    result = dialog.ui.result.text()
    assert dialog.ui.result.isVisible() and not dialog.ui.problem.isVisible()
    assert str(written.path) in result and size_text(written.size) in result
    assert _("It was read back from the drive and checked: it is complete.") in result
    assert demo.settings.last_backup_at() != before
    assert dialog.ui.closeButton.isDefault(), "done: Enter now closes"


def test_backup_to_a_folder_chosen(
    qtbot: QtBot, demo: Services, no_drives: None, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = tmp_path / "สำรอง"
    folder.mkdir()
    dialog = open_dialog(qtbot, demo)
    assert dialog.ui.noDrives.isVisible() and not dialog.ui.placeList.isVisible()
    dialog.ui.startButton.click()
    assert dialog.ui.problem.text() == _("Choose a USB stick or a folder first.")
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *a, **k: str(folder))
    dialog.ui.folderButton.click()
    assert dialog.destination() == folder and dialog.ui.placeList.isVisible()
    written = back_up(qtbot, dialog)
    assert written.path.parent == folder and written.path.exists()
    assert verify_backup(written.path).counts == written.manifest.counts
    # Kept on this PC for the next start too.
    assert preferences.backup_place() == (str(folder), True)
    again = open_dialog(qtbot, demo)
    assert again.destination() == folder, "the last place is offered first"
    shutil.rmtree(folder)
    again.refresh()
    assert again.destination() is None and again.ui.noDrives.isVisible()


def test_a_stick_no_longer_listed_is_not_offered_as_a_folder(
    qtbot: QtBot, demo: Services, stick: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    dialog = open_dialog(qtbot, demo)
    back_up(qtbot, dialog)
    monkeypatch.setattr(backup_dialog, "removable_drives", lambda: [])
    dialog.refresh()  # pulled out; its mount point may stay behind as an empty folder
    assert stick.is_dir() and dialog.destination() is None
    assert open_dialog(qtbot, demo).destination() is None


def test_mismatched_passphrases_are_refused_with_the_message_shown(
    qtbot: QtBot, demo: Services, stick: Path
) -> None:
    dialog = open_dialog(qtbot, demo)
    dialog.ui.encryptBox.setChecked(True)
    type_text(dialog.ui.passphrase, PASSPHRASE)
    type_text(dialog.ui.repeat, PASSPHRASE + "x")
    dialog.ui.startButton.click()
    assert dialog.ui.repeatProblem.isVisible()
    assert dialog.ui.repeatProblem.text() == _(
        "The two passphrases differ: type the same passphrase in both boxes."
    )
    assert not dialog.ui.passphraseProblem.isVisible()
    assert dialog.job is None and list(stick.iterdir()) == [], "nothing was started"
    QTest.keyClick(dialog.ui.repeat, Qt.Key.Key_Backspace)  # typing again clears the message
    assert not dialog.ui.repeatProblem.isVisible()


def test_a_short_passphrase_is_refused(qtbot: QtBot, demo: Services, stick: Path) -> None:
    dialog = open_dialog(qtbot, demo)
    dialog.ui.encryptBox.setChecked(True)
    type_text(dialog.ui.passphrase, "ลับ")
    type_text(dialog.ui.repeat, "ลับ")
    dialog.ui.startButton.click()
    assert dialog.ui.passphraseProblem.isVisible()
    assert "8" in dialog.ui.passphraseProblem.text()
    assert dialog.job is None and list(stick.iterdir()) == []


def test_an_encrypted_backup_opens_only_with_its_passphrase(
    qtbot: QtBot, demo: Services, stick: Path
) -> None:
    dialog = open_dialog(qtbot, demo)
    dialog.ui.encryptBox.setChecked(True)
    assert dialog.ui.recoveryNote.isVisible() and dialog.ui.recoveryButton.isVisible()
    type_text(dialog.ui.passphrase, PASSPHRASE)
    type_text(dialog.ui.repeat, PASSPHRASE)
    written = back_up(qtbot, dialog)
    assert written.manifest.encryption is not None
    assert _("It is encrypted: only its passphrase opens it.") in dialog.ui.result.text()
    with pytest.raises(BackupError):
        verify_backup(written.path)
    with pytest.raises(BackupError):
        verify_backup(written.path, passphrase=PASSPHRASE + "x")
    assert verify_backup(written.path, passphrase=PASSPHRASE).backup_id == (
        written.manifest.backup_id
    )
    dialog.close()
    assert dialog.ui.passphrase.text() == "" and dialog.ui.repeat.text() == "", "not kept"


def test_without_a_recovery_key_one_is_offered_first(
    qtbot: QtBot, demo: Services, stick: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    shown = fake_exec(monkeypatch, RecoveryKeyDialog, lambda d: d.ui.printed.setChecked(True))
    dialog = open_dialog(qtbot, demo)
    dialog.ui.encryptBox.setChecked(True)
    assert current_key_id(demo) is None
    dialog.ui.recoveryButton.click()
    assert len(shown) == 1
    key = current_key_id(demo)
    assert key is not None
    assert not dialog.ui.recoveryButton.isVisible()
    assert key in dialog.ui.recoveryNote.text()
    type_text(dialog.ui.passphrase, PASSPHRASE)
    type_text(dialog.ui.repeat, PASSPHRASE)
    written = back_up(qtbot, dialog)
    assert written.manifest.encryption.recovery_key_id == key
    assert key in dialog.ui.result.text()


def test_a_failure_shows_its_message_and_writes_nothing(
    qtbot: QtBot, demo: Services, stick: Path
) -> None:
    dialog = open_dialog(qtbot, demo)
    stick.rmdir()  # the stick was pulled out after the list was made
    with qtbot.waitSignal(dialog.not_backed_up, timeout=30_000) as failed:
        dialog.ui.startButton.click()
    message = failed.args[0]
    assert str(stick) in message and dialog.ui.problem.text() == message
    assert not dialog.ui.result.isVisible()
    assert dialog.ui.startButton.isEnabled(), "the clerk can plug it in and try again"


def test_cancel_stops_the_backup_and_says_so(
    qtbot: QtBot, demo: Services, stick: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def slow(services: Services, folder: Path, **options: Any) -> Any:
        progress = options["progress"]
        for step in range(1000):  # reports until Cancel stops it
            progress(step, 1000, "Writing the backup")
            time.sleep(0.01)
        raise AssertionError("Cancel did not stop the backup")

    monkeypatch.setattr(make, "back_up", slow)
    dialog = open_dialog(qtbot, demo)
    dialog.ui.startButton.click()
    assert not dialog.ui.closeButton.isEnabled(), "the dialog stays while the job runs"
    dialog.reject()
    assert dialog.isVisible()
    qtbot.waitUntil(
        lambda: any(p.isVisible() for p in dialog.findChildren(QProgressDialog)), timeout=10_000
    )
    progress = next(p for p in dialog.findChildren(QProgressDialog) if p.isVisible())
    with qtbot.waitSignal(dialog.not_backed_up, timeout=10_000) as stopped:
        cancel = progress.findChild(QPushButton)
        assert cancel is not None
        cancel.click()
    assert stopped.args[0] == _(
        "Cancelled: no backup was written. Earlier backups are as they were."
    )
    assert list(stick.iterdir()) == [] and dialog.ui.closeButton.isEnabled()
