"""Who uses the program: the first start's setup of the office and its administrator, and
the login that opens every later start (and the idle lock, ``idle_lock``).

The checks are the services' (``AccountService``): these dialogs only ask and show what the
services answer, so the command line and the window refuse the same things.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QDialog, QLabel, QWidget

from lao_desktop.errors import DomainError
from lao_desktop.gui.forms.ui_login_dialog import Ui_LoginDialog
from lao_desktop.gui.forms.ui_setup_dialog import Ui_SetupDialog
from lao_desktop.gui.messages import error_text
from lao_desktop.i18n import _
from lao_desktop.models.enums import OfficeType

if TYPE_CHECKING:
    from lao_desktop.services.accounts import AccountService
    from lao_desktop.services.context import Actor


def _say(label: QLabel, text: str) -> None:
    label.setText(text)
    label.setVisible(bool(text))


class LoginDialog(QDialog):
    """Asks for a user name and password until they are right (``actor`` is then set), or
    the clerk quits. ``locked_user``: the idle lock, where only that user's password is
    asked and "Quit" becomes "Log out"."""

    def __init__(
        self, parent: QWidget | None, accounts: AccountService, locked_user: str | None = None
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_LoginDialog()
        self.ui.setupUi(self)
        self.accounts = accounts
        self.actor: Actor | None = None
        office = accounts.office_name()
        self.setWindowTitle(_("Log in") + " — " + _("LAO Network Desktop"))
        self.ui.heading.setText(office or _("LAO Network Desktop"))
        _say(self.ui.message, "")
        if locked_user is not None:
            self.ui.explanation.setText(
                _(
                    "The program was locked because nobody used it for a while. Type the "
                    "password of {user} to go on where you left off."
                ).format(user=locked_user)
            )
            self.ui.username.setText(locked_user)
            self.ui.username.setReadOnly(True)
            self.ui.quitButton.setText(_("Log out"))
            self.ui.password.setFocus()
        else:
            self.ui.username.setFocus()
        self.ui.loginButton.clicked.connect(self.log_in)
        self.ui.quitButton.clicked.connect(self.reject)

    def log_in(self) -> None:
        name = self.ui.username.text().strip()
        if not name:
            _say(self.ui.message, _("Type your user name."))
            self.ui.username.setFocus()
            return
        try:
            self.actor = self.accounts.log_in(name, self.ui.password.text())
        except DomainError as error:
            _say(self.ui.message, error_text(error))
            self.ui.password.clear()
            self.ui.password.setFocus()
            return
        self.accept()


class SetupDialog(QDialog):
    """The first start: the office's name and type and its administrator's account."""

    def __init__(self, parent: QWidget | None, accounts: AccountService) -> None:
        super().__init__(parent)
        self.ui = Ui_SetupDialog()
        self.ui.setupUi(self)
        self.accounts = accounts
        self.actor: Actor | None = None
        for kind in OfficeType:
            self.ui.officeType.addItem(kind.label, kind)
        self.ui.officeName.setText(accounts.office_name())
        self.ui.officeName.setPlaceholderText(_("e.g. องค์การบริหารส่วนตำบลนาคูณใหญ่"))
        self.ui.username.setPlaceholderText(_("e.g. somchai (letters and digits, no spaces)"))
        _say(self.ui.message, "")
        self.ui.okButton.clicked.connect(self.set_up)
        self.ui.cancelButton.clicked.connect(self.reject)

    def set_up(self) -> None:
        if self.ui.password.text() != self.ui.repeat.text():
            _say(self.ui.message, _("The two passwords differ: type the same password twice."))
            self.ui.repeat.clear()
            self.ui.repeat.setFocus()
            return
        office = {
            "name": self.ui.officeName.text(),
            "office_type": self.ui.officeType.currentData(),
        }
        admin = {
            "username": self.ui.username.text(),
            "display_name": self.ui.displayName.text(),
            "position": self.ui.position.text(),
        }
        try:
            self.actor = self.accounts.set_up(office, admin, self.ui.password.text())
        except DomainError as error:
            _say(self.ui.message, error_text(error))
            return
        self.accept()


def sign_in(parent: QWidget | None, accounts: AccountService) -> Actor | None:
    """The acting user: the office set up on a first start, else logged in; None when the
    clerk quits instead."""
    dialog: LoginDialog | SetupDialog
    if accounts.needs_setup():
        dialog = SetupDialog(parent, accounts)
    else:
        dialog = LoginDialog(parent, accounts)
    return dialog.actor if dialog.exec() else None
