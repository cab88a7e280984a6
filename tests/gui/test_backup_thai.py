"""In the Thai interface the backup dialogs show no English, in the states a clerk meets:
the passphrase boxes open with their messages, an encrypted backup to restore, the new
recovery key. (The backup page itself is walked by test_visible_texts with every section.)"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from lao_desktop.backup.drives import Drive
from lao_desktop.backup.make import back_up
from lao_desktop.backup.recovery import new_recovery_key
from lao_desktop.gui import backup_dialog
from lao_desktop.gui.backup_dialog import BackupDialog
from lao_desktop.gui.recovery_key_dialog import RecoveryKeyDialog, key_lines
from lao_desktop.gui.restore_dialog import RestoreDialog
from lao_desktop.services import Services
from tests.gui.conftest import type_text
from tests.gui.test_visible_texts import english_texts, is_english, report


def test_the_backup_dialogs_are_in_thai(
    qtbot: QtBot, demo: Services, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    stick = tmp_path / "stick"
    stick.mkdir()
    drive = Drive(stick, "KINGSTON", 16_000_000_000, 12_000_000_000, True)
    found: dict[str, str] = {}

    monkeypatch.setattr(backup_dialog, "removable_drives", list)
    empty = BackupDialog(None, demo)
    qtbot.addWidget(empty)
    empty.show()
    empty.ui.startButton.click()  # no place chosen
    english_texts(empty, "backup dialog without a stick", found)

    monkeypatch.setattr(backup_dialog, "removable_drives", lambda: [drive])
    dialog = BackupDialog(None, demo)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.ui.encryptBox.setChecked(True)
    type_text(dialog.ui.passphrase, "ลับเฉพาะของอบต2569")
    type_text(dialog.ui.repeat, "อื่น")
    dialog.ui.startButton.click()
    english_texts(dialog, "backup dialog", found)
    dialog.ui.repeat.clear()
    type_text(dialog.ui.repeat, "ลับเฉพาะของอบต2569")
    with qtbot.waitSignal(dialog.backed_up, timeout=60_000):
        dialog.ui.startButton.click()
    english_texts(dialog, "backup dialog, done", found)

    key = new_recovery_key(demo)
    written = back_up(demo, stick, passphrase="ลับเฉพาะของอบต2569")
    restore = RestoreDialog(None, demo, str(demo.ctx.db.path), written.path)
    qtbot.addWidget(restore)
    restore.show()
    restore.ui.restoreButton.click()  # no passphrase typed
    english_texts(restore, "restore dialog", found)
    restore.ui.useRecoveryKey.setChecked(True)
    english_texts(restore, "restore dialog with the recovery key", found)

    sheet = RecoveryKeyDialog(None, "องค์การบริหารส่วนตำบลนาคูณใหญ่", key, datetime.now())
    qtbot.addWidget(sheet)
    sheet.show()
    english_texts(sheet, "recovery key", found)
    sheet.ui.printed.setChecked(True)
    # What the clerk's own data puts on screen is not a text to translate.
    assert dialog.written is not None
    data = [
        str(dialog.written.path),
        str(written.path),
        str(tmp_path),
        key_lines(key.text()),
        key.key_id,
        "XXXXX",
        "KINGSTON",
        "GB",
        "KB",
    ]

    def english_beyond_data(text: str) -> bool:
        for value in data:
            text = text.replace(value, " ")
        return is_english(text)

    found = {text: where for text, where in found.items() if english_beyond_data(text)}
    assert not found, report(found)
