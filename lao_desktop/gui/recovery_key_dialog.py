"""The office's new recovery key, shown once: large, with its printed sheet, and a tick that the
sheet is in the safe before the window closes.

    key = create_recovery_key(parent, services)  # asks, makes and shows it; None if not made

Only the key's public half is kept (``backup.recovery``), so the sheet is its only copy: the
window does not close (Close, Esc, the title bar) until the box "I have printed it …" is ticked.
"""

from __future__ import annotations

import logging
from datetime import datetime
from typing import TYPE_CHECKING

from PySide6.QtGui import QCloseEvent, QFontDatabase
from PySide6.QtWidgets import QDialog, QWidget

from lao_desktop.errors import DomainError
from lao_desktop.gui.forms.ui_recovery_key_dialog import Ui_RecoveryKeyDialog
from lao_desktop.gui.messages import confirm, show_error
from lao_desktop.i18n import _
from lao_desktop.thai.dates import format_datetime_be

if TYPE_CHECKING:
    from lao_desktop.backup.crypto import RecoveryKey
    from lao_desktop.gui.print_preview import PrintPreviewDialog
    from lao_desktop.services.registry import Services

log = logging.getLogger(__name__)

GROUPS_PER_LINE = 4  # 11 groups on three lines, as on the printed sheet
KEY_POINT_SIZE = 20


def key_lines(text: str) -> str:
    """``AAAAA-BBBBB-…`` as lines of four groups, easy to read aloud and to compare."""
    groups = text.split("-")
    lines = [groups[i : i + GROUPS_PER_LINE] for i in range(0, len(groups), GROUPS_PER_LINE)]
    return "\n".join("  ".join(line) for line in lines)


class RecoveryKeyDialog(QDialog):
    def __init__(
        self, parent: QWidget | None, office_name: str, key: RecoveryKey, created: datetime
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_RecoveryKeyDialog()
        self.ui.setupUi(self)
        self.setWindowTitle(_("Recovery key of the backups"))
        self.office_name = office_name
        self.key = key
        self.created = created
        font = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        font.setPointSize(KEY_POINT_SIZE)
        font.setBold(True)
        self.ui.keyText.setFont(font)
        self.ui.keyText.setText(key_lines(key.text()))
        self.ui.keyId.setText(
            _("Key name {id}, made on {date}").format(
                id=key.key_id, date=format_datetime_be(created.astimezone(), "full")
            )
        )
        self.ui.printButton.clicked.connect(self.print_sheet)
        self.ui.printed.toggled.connect(self._ticked)
        self.ui.closeButton.clicked.connect(self.accept)

    def print_sheet(self) -> PrintPreviewDialog:
        """The sheet for the safe, in the print preview (print it, or save it as a PDF)."""
        from lao_desktop.documents.recovery_sheet import recovery_sheet_pdf
        from lao_desktop.gui.print_preview import PrintPreviewDialog

        office, text, ident, created = (
            self.office_name,
            self.key.text(),
            self.key.key_id,
            self.created,
        )
        preview = PrintPreviewDialog(
            self,
            _("Recovery key"),
            lambda _progress: recovery_sheet_pdf(office, text, ident, created),
            _("Recovery key {id}").format(id=ident),
        )
        preview.printed.connect(lambda _n: self._say(_("Sent to the printer.")))
        preview.saved.connect(
            lambda path: self._say(
                _(
                    "Saved as {path}. Print it, then delete the file: whoever has it can open "
                    "the office's encrypted backups."
                ).format(path=path)
            )
        )
        return preview

    def _say(self, text: str) -> None:
        self.ui.status.setText(text)
        self.ui.status.show()

    def _ticked(self, checked: bool) -> None:
        self.ui.closeButton.setEnabled(checked)
        self.ui.closeButton.setDefault(checked)
        self.ui.closeHint.setVisible(not checked)

    # The key is never shown again: the window stays until the clerk says it is kept.
    def reject(self) -> None:
        if self.ui.printed.isChecked():
            super().reject()
        else:
            self.ui.printed.setFocus()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.ui.printed.isChecked():
            super().closeEvent(event)
        else:
            event.ignore()
            self.ui.printed.setFocus()


def create_recovery_key(parent: QWidget | None, services: Services) -> RecoveryKey | None:
    """Make a new recovery key for the office (after asking, when it has one) and show it;
    None when not made."""
    from lao_desktop.backup.crypto import RecoveryKey
    from lao_desktop.backup.recovery import adopt_recovery_key, current_key_id
    from lao_desktop.services.permissions import Action, require

    try:
        require(services.ctx.actor, Action.ADMINISTER)
        current = current_key_id(services)
        if current is not None and not confirm(
            parent,
            _("Create a new recovery key"),
            _(
                "The office already has the recovery key {id}. Backups made from now on will "
                "open with the new key; those made before open only with {id}, so keep its sheet "
                "too. Create a new key?"
            ).format(id=current),
        ):
            return None
        key = RecoveryKey.generate()
        office = services.office.current()
    except DomainError as error:
        show_error(parent, error)
        return None
    log.info("new recovery key %s", key.key_id)
    dialog = RecoveryKeyDialog(
        parent, office.name if office else "", key, datetime.now().astimezone()
    )
    dialog.exec()  # closes only once the clerk says the sheet is printed and kept
    try:
        adopt_recovery_key(services, key)
    except DomainError as error:
        show_error(parent, error)
        return None
    return key
