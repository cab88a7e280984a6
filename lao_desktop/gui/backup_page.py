"""Backup and restore: back up now, restore from a file or from an automatic copy, the days
before Home reminds to back up, and the office's recovery key.

After a restore the page asks the main window to open the database again and build itself
anew (``database_replaced``); the new page then says what was restored and where the safety
copy is (``show_restored``).
"""

from __future__ import annotations

import logging
from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QTimer, Signal
from PySide6.QtGui import QHideEvent, QShowEvent
from PySide6.QtWidgets import QHeaderView, QTableWidgetItem, QWidget

from lao_desktop.backup.drives import size_text
from lao_desktop.backup.local import backups_folder, backups_in
from lao_desktop.backup.recovery import current_key_id
from lao_desktop.errors import DomainError
from lao_desktop.gui import automatic_backup
from lao_desktop.gui.backup_dialog import BackupDialog
from lao_desktop.gui.backup_parts import when
from lao_desktop.gui.forms.ui_backup_page import Ui_BackupPage
from lao_desktop.gui.home_data import days_text
from lao_desktop.gui.messages import error_text
from lao_desktop.gui.recovery_key_dialog import create_recovery_key
from lao_desktop.gui.restore_dialog import RestoreDialog, ask_for_backup_file
from lao_desktop.i18n import _
from lao_desktop.services.permissions import Action, allows
from lao_desktop.services.settings import BACKUP_REMINDER_DAYS

if TYPE_CHECKING:
    from lao_desktop.backup.restore import Restored
    from lao_desktop.services.registry import Services

log = logging.getLogger(__name__)

SAVE_DELAY_MS = 600  # the reminder days are saved once the arrows stop being clicked
LATE = "color: #b3261e; font-weight: bold;"


class BackupPage(QWidget):
    database_replaced = Signal(object)  # Restored: the window opens the database again

    def __init__(self, services: Services) -> None:
        super().__init__()
        self.ui = Ui_BackupPage()
        self.ui.setupUi(self)
        self.services = services
        self.target = ""  # the database (set by the main window): copies are kept per database
        self.loaded = False
        self.copies: list[Path] = []
        self._saved_days = 0
        ui = self.ui
        ui.copies.setColumnCount(2)
        ui.copies.setHorizontalHeaderLabels([_("Made on"), _("Size")])
        header = ui.copies.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self._save_timer = QTimer(self)
        self._save_timer.setSingleShot(True)
        self._save_timer.setInterval(SAVE_DELAY_MS)
        self._save_timer.timeout.connect(self.save_reminder)
        ui.backupButton.clicked.connect(self.back_up_now)
        ui.restoreButton.clicked.connect(self.restore_from_file)
        ui.restoreCopyButton.clicked.connect(self.restore_copy)
        ui.copies.itemSelectionChanged.connect(self._copy_selected)
        ui.copies.doubleClicked.connect(lambda _i: self.restore_copy())
        ui.createKeyButton.clicked.connect(self.create_key)
        ui.reminderDays.valueChanged.connect(self._reminder_changed)

    # -- showing -------------------------------------------------------------------------------

    def load(self) -> None:
        admin = allows(self.services.ctx.actor, Action.ADMINISTER)
        only_admin = "" if admin else _("Only an administrator can do this.")
        for button in (self.ui.restoreButton, self.ui.createKeyButton):
            button.setEnabled(admin)
            button.setToolTip(only_admin)
        self._show_reminder()
        self._show_key()
        self.refresh()
        self.loaded = True

    def refresh(self) -> None:
        """What changes while the page is open: the last backup and the automatic copies."""
        self._show_last_backup()
        self._show_copies()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self.loaded:
            self.refresh()

    def _show_last_backup(self) -> None:
        try:
            last = self.services.settings.last_backup_at()
            days = self.services.settings.backup_reminder_days()
        except DomainError as error:
            self.ui.lastBackup.setText(error_text(error))
            return
        if last is None:
            self.ui.lastBackup.setText(_("No backup to a USB stick or a folder yet."))
            self.ui.lastBackup.setStyleSheet(LATE)
            return
        age = (date.today() - last.astimezone().date()).days
        ago = _("today") if age <= 0 else _("{days} ago").format(days=days_text(age))
        self.ui.lastBackup.setText(
            _("Last backup to a USB stick or a folder: {date} ({ago}).").format(
                date=when(last), ago=ago
            )
        )
        self.ui.lastBackup.setStyleSheet(LATE if age > days else "")

    def _show_copies(self) -> None:
        ui = self.ui
        folder = backups_folder(self.target)
        ui.copiesFolder.setText(_("Kept in {folder}").format(folder=folder))
        try:
            copies = [(p, p.stat()) for p in backups_in(folder)]
        except OSError as error:  # a copy deleted by the rotation while being listed
            log.warning("cannot list the automatic copies: %s", error)
            copies = []
        self.copies = [path for path, _stat in copies]
        ui.copies.setRowCount(len(copies))
        for row, (path, stat) in enumerate(copies):
            made = QTableWidgetItem(when(datetime.fromtimestamp(stat.st_mtime)))
            made.setToolTip(str(path))
            ui.copies.setItem(row, 0, made)
            ui.copies.setItem(row, 1, QTableWidgetItem(size_text(stat.st_size)))
        ui.copies.setVisible(bool(copies))
        ui.noCopies.setVisible(not copies)
        ui.restoreCopyButton.setVisible(bool(copies))
        if copies and not ui.copies.selectedItems():
            ui.copies.selectRow(0)
        self._copy_selected()
        problem = automatic_backup.problem(self.target, self.copies)
        ui.copiesProblem.setText(problem or "")
        ui.copiesProblem.setVisible(problem is not None)

    def _copy_selected(self) -> None:
        chosen = bool(self.ui.copies.selectedItems()) and bool(self.copies)
        self.ui.restoreCopyButton.setEnabled(
            chosen and allows(self.services.ctx.actor, Action.ADMINISTER)
        )

    def _show_key(self) -> None:
        try:
            key = current_key_id(self.services)
        except DomainError as error:
            self.ui.keyStatus.setText(error_text(error))
            return
        if key is None:
            self.ui.keyStatus.setText(
                _(
                    "The office has no recovery key yet: an encrypted backup opens only with "
                    "its passphrase."
                )
            )
        else:
            self.ui.keyStatus.setText(_("The office's recovery key: {id}").format(id=key))

    def show_restored(self, restored: Restored) -> None:
        """Say what was restored and where the data as it was before is kept."""
        made = when(restored.manifest.created)
        lines = [_("The backup of {date} is restored.").format(date=made)]
        if restored.upgraded:
            lines.append(
                _("It came from an older version of the program and was brought up to date.")
            )
        if restored.safety_copy is not None:
            lines.append(
                _("The data as it was before is kept in {path}").format(path=restored.safety_copy)
            )
        self.ui.restoredNote.setText("\n".join(lines))
        self.ui.restoredNote.show()

    # -- the reminder --------------------------------------------------------------------------

    def _show_reminder(self) -> None:
        try:
            days = self.services.settings.backup_reminder_days()
        except DomainError as error:
            self._reminder_problem(error_text(error))
            return
        self._saved_days = days
        box = self.ui.reminderDays
        box.blockSignals(True)
        box.setValue(days)
        box.blockSignals(False)

    def _reminder_changed(self, _value: int) -> None:
        self.ui.reminderSaved.clear()
        self._save_timer.start()

    def save_reminder(self) -> bool:
        """Store the days shown; False when the settings refuse (their message shown and the
        stored value shown again)."""
        self._save_timer.stop()
        days = self.ui.reminderDays.value()
        if days == self._saved_days:
            return True
        try:
            stored = self.services.settings.set(BACKUP_REMINDER_DAYS, str(days))
        except DomainError as error:
            self._reminder_problem(error_text(error))
            self._show_reminder()
            return False
        self._reminder_problem("")
        self._saved_days = int(stored)
        self.ui.reminderSaved.setText(_("Saved."))
        self._show_last_backup()  # late or not changes with the days
        return True

    def _reminder_problem(self, text: str) -> None:
        self.ui.reminderProblem.setText(text)
        self.ui.reminderProblem.setVisible(bool(text))

    def hideEvent(self, event: QHideEvent) -> None:
        if self._save_timer.isActive():
            self.save_reminder()
        super().hideEvent(event)

    # -- acting --------------------------------------------------------------------------------

    def back_up_now(self) -> None:
        dialog = BackupDialog(self, self.services)
        dialog.backed_up.connect(lambda _written: self._show_last_backup())
        dialog.exec()
        dialog.deleteLater()

    def restore_from_file(self) -> None:
        path = ask_for_backup_file(self)
        if path is not None:
            self.restore(path)

    def restore_copy(self) -> None:
        rows = self.ui.copies.selectionModel().selectedRows()
        if rows and rows[0].row() < len(self.copies):
            self.restore(self.copies[rows[0].row()])

    def restore(self, path: Path) -> None:
        """Show what the backup at ``path`` holds; restore it when the clerk confirms."""
        dialog = RestoreDialog(self, self.services, self.target, path)
        done: list[Restored] = []
        dialog.restored.connect(done.append)
        dialog.exec()
        dialog.deleteLater()
        if done:  # after the dialog: the window this page is in is about to be replaced
            self.database_replaced.emit(done[0])

    def create_key(self) -> None:
        create_recovery_key(self, self.services)
        self._show_key()
