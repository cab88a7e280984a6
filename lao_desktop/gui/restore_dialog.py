"""“Restore from a backup file”: what the file holds is shown before anything changes; on the
explicit confirmation a safety copy of the current data is kept, then the data is replaced.

    dialog = RestoreDialog(parent, services, target, path)
    dialog.restored.connect(...)  # Restored: the window must open its database again

Enter does nothing here and no button is the default: replacing the office's data takes a
click on the button that says so (Esc cancels). ``restore_backup`` disposes of the database;
the window that owns it opens it again (``MainWindow.reopen``).
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QStandardPaths, Qt, Signal
from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QHeaderView,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from lao_desktop.backup.crypto import RecoveryKey
from lao_desktop.backup.drives import removable_drives, size_text
from lao_desktop.backup.local import safety_folder
from lao_desktop.backup.manifest import EXTENSION, Manifest
from lao_desktop.backup.reading import read_manifest
from lao_desktop.errors import BackupError, DomainError, WrongPassphraseError
from lao_desktop.gui.backup_parts import counts, grow_to_fit, say, when
from lao_desktop.gui.forms.ui_restore_dialog import Ui_RestoreDialog
from lao_desktop.gui.jobs import Cancelled, Job, Progress, run_job
from lao_desktop.gui.messages import error_text
from lao_desktop.i18n import _
from lao_desktop.services.permissions import Action, allows

if TYPE_CHECKING:
    from lao_desktop.backup.restore import Restored
    from lao_desktop.services.registry import Services

log = logging.getLogger(__name__)

RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter


def ask_for_backup_file(parent: QWidget | None, start: Path | None = None) -> Path | None:
    """The backup file the clerk picks (from a USB stick when one is plugged in), or None."""
    if start is None:
        drives = removable_drives()
        documents = QStandardPaths.StandardLocation.DocumentsLocation
        start = drives[0].root if drives else Path(QStandardPaths.writableLocation(documents))
    chosen, _filter = QFileDialog.getOpenFileName(
        parent,
        _("Choose the backup file to restore"),
        str(start),
        f"{_('Backups of LAO Network Desktop')} (*{EXTENSION});;{_('All files')} (*)",
    )
    return Path(chosen) if chosen else None


def table_height(table: QTableWidget) -> int:
    """The height that shows every row of ``table`` without a scroll bar."""
    rows = sum(table.rowHeight(row) for row in range(table.rowCount()))
    return rows + table.horizontalHeader().sizeHint().height() + 2 * table.frameWidth()


def newer_problem(manifest: Manifest) -> str | None:
    """Why a backup of a newer program cannot be restored here, or None."""
    from lao_desktop.db.migrate import is_known_revision

    if is_known_revision(manifest.schema_revision):
        return None
    return _(
        "This backup was made by a newer version of the program (schema {rev}). "
        "Install the newer version to restore it."
    ).format(rev=manifest.schema_revision)


class RestoreDialog(QDialog):
    restored = Signal(object)  # Restored: the data is replaced
    not_restored = Signal(str)  # the message shown: why not (nothing was changed)

    def __init__(
        self, parent: QWidget | None, services: Services, target: str, path: Path | None = None
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_RestoreDialog()
        self.ui.setupUi(self)
        self.setWindowTitle(_("Restore from a backup"))
        self.services = services
        self.target = target
        self.path: Path | None = None
        self.manifest: Manifest | None = None
        self.job: Job | None = None
        ui = self.ui
        ui.counts.setColumnCount(2)
        ui.counts.setHorizontalHeaderLabels([_("Kind of data"), _("Records")])
        header = ui.counts.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        ui.chooseButton.clicked.connect(self.choose_file)
        ui.useRecoveryKey.toggled.connect(self._use_recovery_key)
        typed = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        typed.setPointSize(self.font().pointSize() + 1)  # as large as the Thai around it
        ui.recoveryKey.setFont(typed)
        ui.restoreButton.clicked.connect(self.restore)
        ui.cancelButton.clicked.connect(self.reject)
        ui.passphrase.textEdited.connect(lambda _t: self._unlock_problem(""))
        ui.recoveryKey.textEdited.connect(lambda _t: self._unlock_problem(""))
        self._use_recovery_key(False)
        self.show_file(path)

    # -- what the file holds -------------------------------------------------------------------

    def choose_file(self) -> None:
        chosen = ask_for_backup_file(self, self.path.parent if self.path else None)
        if chosen is not None:
            self.show_file(chosen)

    def show_file(self, path: Path | None) -> bool:
        """Read the description of the backup at ``path`` and show it; False (with the
        reason shown) when it cannot be restored."""
        ui = self.ui
        self.path, self.manifest = path, None
        for part in (ui.contentBox, ui.unlockBox, ui.warning):
            part.hide()
        self._say_problem("")
        self._unlock_problem("")
        ui.fileLabel.setText(
            _("Backup file: {path}").format(path=path) if path else _("No backup file chosen.")
        )
        ui.restoreButton.setEnabled(False)
        if path is None:
            return False
        try:
            manifest = read_manifest(path)
            newer = newer_problem(manifest)
            if newer is not None:
                raise BackupError(newer)
        except DomainError as error:
            self._say_problem(error_text(error))
            return False
        self.manifest = manifest
        self._show_manifest(manifest)
        if not allows(self.services.ctx.actor, Action.ADMINISTER):
            self._say_problem(_("Only an administrator can restore a backup."))
            return False
        ui.restoreButton.setEnabled(True)
        return True

    def _show_manifest(self, manifest: Manifest) -> None:
        from lao_desktop import __version__
        from lao_desktop.db.migrate import head_revision

        ui = self.ui
        ui.office.setText(manifest.office_name or "—")
        ui.made.setText(when(manifest.created))
        version = manifest.program_version
        if version != __version__:
            version = _("{version} (this program: {ours})").format(
                version=version, ours=__version__
            )
        ui.version.setText(version)
        schema = manifest.schema_revision
        if schema != head_revision():
            schema = _("{schema}: older, brought up to date after restoring").format(schema=schema)
        ui.schema.setText(schema)
        ui.scans.setText(
            _("{n} files, {size}").format(
                n=f"{manifest.attachments:,}", size=size_text(manifest.attachment_bytes)
            )
        )
        encryption = manifest.encryption
        if encryption is None:
            ui.encrypted.setText(_("No: whoever has the file can read it"))
        elif encryption.recovery_key_id:
            ui.encrypted.setText(
                _("Yes: its passphrase or the recovery key {id} opens it").format(
                    id=encryption.recovery_key_id
                )
            )
        else:
            ui.encrypted.setText(_("Yes: only its passphrase opens it"))
        rows = counts(manifest)
        ui.counts.setRowCount(len(rows))
        bold = QFont(ui.counts.font())
        bold.setBold(True)
        for row, (what, number) in enumerate(rows):
            name, figure = QTableWidgetItem(what), QTableWidgetItem(f"{number:,}")
            figure.setTextAlignment(RIGHT)
            if row == len(rows) - 1:  # the total
                name.setFont(bold)
                figure.setFont(bold)
            ui.counts.setItem(row, 0, name)
            ui.counts.setItem(row, 1, figure)
        ui.counts.resizeRowsToContents()
        ui.counts.setFixedHeight(table_height(ui.counts))
        ui.contentBox.show()
        ui.unlockBox.setVisible(encryption is not None)
        ui.useRecoveryKey.setEnabled(encryption is not None and bool(encryption.recovery_key_id))
        ui.warning.setText(
            _(
                "Restoring replaces all the data now in the program by the data of this backup "
                "(made on {date}). Whatever was added or changed since then is lost. A safety "
                "copy of the current data is kept first, in {folder}"
            ).format(date=when(manifest.created), folder=safety_folder(self.target))
        )
        ui.warning.show()
        grow_to_fit(self)

    def _use_recovery_key(self, use: bool) -> None:
        form = self.ui.unlockForm
        form.setRowVisible(self.ui.passphrase, not use)
        form.setRowVisible(self.ui.recoveryKey, use)
        self._unlock_problem("")
        (self.ui.recoveryKey if use else self.ui.passphrase).setFocus()

    # -- restoring -----------------------------------------------------------------------------

    def _keys(self) -> tuple[str | None, RecoveryKey | None] | None:
        """(passphrase, recovery key) as typed; None when something is missing (said why)."""
        assert self.manifest is not None
        if self.manifest.encryption is None:
            return None, None
        if self.ui.useRecoveryKey.isChecked():
            try:
                return None, RecoveryKey.parse(self.ui.recoveryKey.text())
            except WrongPassphraseError as error:
                self._unlock_problem(str(error))
                return None
        if not self.ui.passphrase.text():
            self._unlock_problem(_("Type the passphrase of this backup, or use the recovery key."))
            return None
        return self.ui.passphrase.text(), None

    def restore(self) -> None:
        if self.manifest is None or self.path is None or self.job is not None:
            return
        keys = self._keys()
        if keys is None:
            return
        passphrase, recovery = keys
        path, db, actor = self.path, self.services.ctx.db, self.services.ctx.actor
        folder = safety_folder(self.target)

        def work(progress: Progress) -> Restored | None:
            from lao_desktop.backup.restore import restore_backup
            from lao_desktop.gui.automatic_backup import LOCK

            with LOCK:  # an automatic copy being made reads the database restored here
                try:
                    return restore_backup(
                        path,
                        db,
                        actor,
                        safety_folder=folder,
                        passphrase=passphrase,
                        recovery=recovery,
                        progress=progress,
                    )
                except Cancelled:  # run_job says nothing about Cancel; this dialog does
                    return None

        self._say_problem("")
        self._set_running(True)
        self.job = run_job(self, _("Restoring…"), work, self._done, self._failed)

    def _done(self, restored: Restored | None) -> None:
        self._set_running(False)
        if restored is None:
            self._say_problem(_("Cancelled: nothing was changed."))
            self.not_restored.emit(self.ui.problem.text())
            return
        log.info("restored %s; safety copy %s", self.path, restored.safety_copy)
        self.restored.emit(restored)
        self.accept()

    def _failed(self, error: BaseException) -> None:
        self._set_running(False)
        text = error_text(error)
        if isinstance(error, WrongPassphraseError):
            self._unlock_problem(text)
            box = self.ui.recoveryKey if self.ui.useRecoveryKey.isChecked() else self.ui.passphrase
            box.setFocus()
            box.selectAll()
        else:
            self._say_problem(text)
        self.not_restored.emit(text)

    def _set_running(self, running: bool) -> None:
        if not running:
            self.job = None
        for widget in (self.ui.restoreButton, self.ui.cancelButton, self.ui.chooseButton):
            widget.setEnabled(not running)
        self.ui.unlockBox.setEnabled(not running)

    def reject(self) -> None:
        if self.job is None:  # the job reports to this dialog: it stays until the job ends
            super().reject()

    def done(self, result: int) -> None:
        self.ui.passphrase.clear()
        self.ui.recoveryKey.clear()
        super().done(result)

    # -- messages ------------------------------------------------------------------------------

    def _say_problem(self, text: str) -> None:
        self._say(self.ui.problem, text)

    def _unlock_problem(self, text: str) -> None:
        self._say(self.ui.unlockProblem, text)

    def _say(self, label: Any, text: str) -> None:
        say(self, label, text)
