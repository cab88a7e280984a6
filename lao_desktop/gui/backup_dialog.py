"""“Back up now”: choose a USB stick (or any folder) and, if wanted, a passphrase; the backup is
then written, read back and checked with a progress bar and Cancel, and the dialog says where
it went, its size and that it was verified.

The passphrase is never kept: its boxes are emptied when the dialog closes. The place of the
last backup is offered first the next time (for this session: ``preferences`` has no place for
it yet).
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QStandardPaths, Qt, Signal
from PySide6.QtWidgets import QDialog, QFileDialog, QLineEdit, QListWidgetItem, QStyle, QWidget

from lao_desktop import preferences
from lao_desktop.backup.crypto import passphrase_problem
from lao_desktop.backup.drives import removable_drives, size_text
from lao_desktop.backup.recovery import current_key_id
from lao_desktop.gui.backup_parts import grow_to_fit, say
from lao_desktop.gui.forms.ui_backup_dialog import Ui_BackupDialog
from lao_desktop.gui.jobs import Cancelled, Job, Progress, run_job
from lao_desktop.gui.messages import error_text
from lao_desktop.gui.recovery_key_dialog import create_recovery_key
from lao_desktop.i18n import _
from lao_desktop.services.permissions import Action, allows

if TYPE_CHECKING:
    from lao_desktop.backup.archive import Written
    from lao_desktop.services.registry import Services

log = logging.getLogger(__name__)

ROLE = Qt.ItemDataRole.UserRole
WARNING = "color: #8a1c12;"


class BackupDialog(QDialog):
    backed_up = Signal(object)  # the Written backup
    not_backed_up = Signal(str)  # the message shown: why not (a failure, or Cancel)

    def __init__(self, parent: QWidget | None, services: Services) -> None:
        super().__init__(parent)
        self.ui = Ui_BackupDialog()
        self.ui.setupUi(self)
        self.setWindowTitle(_("Back up now"))
        self.services = services
        self.job: Job | None = None
        self.written: Written | None = None
        self.folders: list[Path] = []  # chosen with "Choose another folder…"
        ui = self.ui
        ui.refreshButton.clicked.connect(self.refresh)
        ui.folderButton.clicked.connect(self.choose_folder)
        ui.encryptBox.toggled.connect(lambda _on: self._show_recovery())
        ui.showPassphrase.toggled.connect(self._show_passphrase)
        ui.recoveryButton.clicked.connect(self._create_recovery_key)
        ui.startButton.clicked.connect(self.start)
        ui.closeButton.clicked.connect(self.reject)
        ui.passphrase.textEdited.connect(lambda _t: self._field_problem(ui.passphraseProblem, ""))
        ui.repeat.textEdited.connect(lambda _t: self._field_problem(ui.repeatProblem, ""))
        self.refresh()
        self._show_recovery()

    # -- where ---------------------------------------------------------------------------------

    def refresh(self) -> None:
        """List the removable drives again, keeping the place chosen if it is still there.

        A drive that is no longer listed is not offered as a folder, even if its mount point
        is left behind: the backup would then land on this PC's own disk."""
        chosen = self.destination()
        places = self.ui.placeList
        places.clear()
        drive_icon = self.style().standardIcon(QStyle.StandardPixmap.SP_DriveHDIcon)
        drives = removable_drives()
        for drive in drives:
            item = QListWidgetItem(drive_icon, drive.describe(), places)
            item.setData(ROLE, str(drive.root))
            item.setToolTip(str(drive.root))
        # Where the last backup went is offered first; a folder chosen by hand is listed again.
        last, last_is_folder = preferences.backup_place()
        remembered = [Path(last)] if last and last_is_folder else []
        for folder in [*self.folders, *remembered]:
            if folder.is_dir() and self._row_of(folder) < 0:
                self._add_folder(folder)
        self.ui.noDrives.setVisible(not drives)
        places.setVisible(places.count() > 0)
        for wanted in (chosen, Path(last) if last else None):
            row = self._row_of(wanted)
            if row >= 0:
                places.setCurrentRow(row)
                return
        if places.count():
            places.setCurrentRow(0)

    def _row_of(self, place: Path | None) -> int:
        places = self.ui.placeList
        rows = (r for r in range(places.count()) if places.item(r).data(ROLE) == str(place))
        return next(rows, -1) if place is not None else -1

    def _add_folder(self, folder: Path) -> QListWidgetItem:
        icon = self.style().standardIcon(QStyle.StandardPixmap.SP_DirIcon)
        item = QListWidgetItem(icon, _("Folder {path}").format(path=folder), self.ui.placeList)
        item.setData(ROLE, str(folder))
        item.setToolTip(str(folder))
        self.ui.placeList.show()
        return item

    def destination(self) -> Path | None:
        item = self.ui.placeList.currentItem()
        return Path(item.data(ROLE)) if item is not None else None

    def choose_folder(self) -> None:
        last = preferences.backup_place()[0]
        start = self.destination() or (Path(last) if last else None)
        if start is None:
            documents = QStandardPaths.StandardLocation.DocumentsLocation
            start = Path(QStandardPaths.writableLocation(documents))
        chosen = QFileDialog.getExistingDirectory(
            self, _("Choose the folder for the backup"), str(start)
        )
        if not chosen:
            return
        folder = Path(chosen)
        if folder not in self.folders:
            self.folders.append(folder)
        row = self._row_of(folder)
        if row < 0:
            self._add_folder(folder)
            row = self.ui.placeList.count() - 1
        self.ui.placeList.setCurrentRow(row)

    # -- the passphrase ------------------------------------------------------------------------

    def _show_passphrase(self, shown: bool) -> None:
        mode = QLineEdit.EchoMode.Normal if shown else QLineEdit.EchoMode.Password
        self.ui.passphrase.setEchoMode(mode)
        self.ui.repeat.setEchoMode(mode)

    def _show_recovery(self) -> None:
        """Say which recovery key will also open the backup, or that there is none yet."""
        ui = self.ui
        encrypting = ui.encryptBox.isChecked()
        key = current_key_id(self.services) if encrypting else None
        admin = allows(self.services.ctx.actor, Action.ADMINISTER)
        ui.recoveryNote.setVisible(encrypting)
        ui.recoveryButton.setVisible(encrypting and key is None and admin)
        if key is not None:
            ui.recoveryNote.setStyleSheet("")
            ui.recoveryNote.setText(
                _(
                    "If the passphrase is forgotten, the office's recovery key {id} opens it."
                ).format(id=key)
            )
            return
        text = _(
            "The office has no recovery key yet: if the passphrase is forgotten, nobody can "
            "open this backup."
        )
        if not admin:
            text += " " + _("An administrator can create one on the backup page.")
        ui.recoveryNote.setStyleSheet(WARNING)
        ui.recoveryNote.setText(text)
        grow_to_fit(self)

    def _create_recovery_key(self) -> None:
        create_recovery_key(self, self.services)
        self._show_recovery()

    def _field_problem(self, label: Any, text: str) -> None:
        self._say(label, text)

    def passphrase(self) -> str | None:
        """The passphrase typed twice alike, or None (its problem shown beside the boxes)."""
        ui = self.ui
        typed = ui.passphrase.text()
        problem = passphrase_problem(typed)
        self._field_problem(ui.passphraseProblem, problem or "")
        if problem is not None:
            ui.passphrase.setFocus()
            return None
        same = ui.repeat.text() == typed
        self._field_problem(ui.repeatProblem, "")
        if not same:
            self._field_problem(
                ui.repeatProblem,
                _("The two passphrases differ: type the same passphrase in both boxes."),
            )
            ui.repeat.setFocus()
            ui.repeat.selectAll()
            return None
        return typed

    # -- backing up ----------------------------------------------------------------------------

    def start(self) -> None:
        if self.job is not None:
            return
        self._say(self.ui.result, "")
        self._say(self.ui.problem, "")
        folder = self.destination()
        if folder is None:
            self._say(self.ui.problem, _("Choose a USB stick or a folder first."))
            return
        passphrase = None
        if self.ui.encryptBox.isChecked():
            passphrase = self.passphrase()
            if passphrase is None:
                return
        services = self.services

        def work(progress: Progress) -> Written | None:
            from lao_desktop.backup.make import back_up

            try:
                return back_up(services, folder, passphrase=passphrase, progress=progress)
            except Cancelled:  # run_job says nothing about Cancel; this dialog does
                return None

        self._set_running(True)
        self.job = run_job(self, _("Backing up…"), work, self._done, self._failed)

    def _done(self, written: Written | None) -> None:
        self._set_running(False)
        if written is None:
            text = _("Cancelled: no backup was written. Earlier backups are as they were.")
            self._say(self.ui.problem, text)
            self.not_backed_up.emit(text)
            return
        self.written = written
        place = written.path.parent
        try:
            preferences.set_backup_place(str(place), place in self.folders)
        except OSError as error:  # only next time's first choice is lost
            log.warning("cannot remember the backup place: %s", error)
        lines = [
            _("The backup is saved as {path}").format(path=written.path),
            _("Size: {size}.").format(size=size_text(written.size)),
            _("It was read back from the drive and checked: it is complete."),
        ]
        encryption = written.manifest.encryption
        if encryption is not None and encryption.recovery_key_id:
            lines.append(
                _("It is encrypted: its passphrase or the recovery key {id} opens it.").format(
                    id=encryption.recovery_key_id
                )
            )
        elif encryption is not None:
            lines.append(_("It is encrypted: only its passphrase opens it."))
        self._say(self.ui.result, "\n".join(lines))
        self.ui.closeButton.setDefault(True)
        self.ui.closeButton.setFocus()
        self.backed_up.emit(written)

    def _failed(self, error: BaseException) -> None:
        self._set_running(False)
        text = error_text(error)
        self._say(self.ui.problem, text)
        self.not_backed_up.emit(text)

    def _set_running(self, running: bool) -> None:
        if not running:
            self.job = None
        for widget in (self.ui.startButton, self.ui.closeButton, self.ui.whereBox):
            widget.setEnabled(not running)
        self.ui.encryptBox.setEnabled(not running)

    def _say(self, label: Any, text: str) -> None:
        say(self, label, text)

    # -- closing -------------------------------------------------------------------------------

    def reject(self) -> None:
        if self.job is None:  # the job reports to this dialog: it stays until the job ends
            super().reject()

    def done(self, result: int) -> None:
        self.ui.passphrase.clear()
        self.ui.repeat.clear()
        super().done(result)
