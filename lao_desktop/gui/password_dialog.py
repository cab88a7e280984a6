"""A password typed twice: one's own (the current one asked first), or another user's set
by an administrator (a new account, or a forgotten password)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QDialog, QWidget

from lao_desktop.errors import DomainError
from lao_desktop.gui.forms.ui_password_dialog import Ui_PasswordDialog
from lao_desktop.gui.messages import error_text
from lao_desktop.i18n import _

if TYPE_CHECKING:
    from lao_desktop.models.user import User
    from lao_desktop.services.accounts import AccountService


class PasswordDialog(QDialog):
    def __init__(
        self, parent: QWidget | None, accounts: AccountService, user: User | None = None
    ) -> None:
        """``user``: an administrator sets that user's password; None: one's own."""
        super().__init__(parent)
        self.ui = Ui_PasswordDialog()
        self.ui.setupUi(self)
        self.accounts = accounts
        self.user = user
        self.ui.message.hide()
        if user is None:
            self.ui.explanation.setText(
                _(
                    "Type your current password, then the new one twice. Use at least 8 "
                    "characters; a few words are easy to remember and hard to guess."
                )
            )
        else:
            self.setWindowTitle(_("Set a password"))
            self.ui.heading.setText(
                _("Set the password of {name} ({user})").format(
                    name=user.display_name, user=user.username
                )
            )
            self.ui.explanation.setText(
                _(
                    "Give the new password to {name} in person, and ask them to change it "
                    "(User menu, Change my password) after they log in. This also unlocks "
                    "the account."
                ).format(name=user.display_name)
            )
            self.ui.current.hide()
            self.ui.currentLabel.hide()
            self.ui.password.setFocus()
        self.ui.okButton.clicked.connect(self.save)
        self.ui.cancelButton.clicked.connect(self.reject)

    def save(self) -> None:
        if self.ui.password.text() != self.ui.repeat.text():
            self._say(_("The two new passwords differ: type the same password twice."))
            self.ui.repeat.clear()
            self.ui.repeat.setFocus()
            return
        try:
            if self.user is None:
                self.accounts.change_password(self.ui.current.text(), self.ui.password.text())
            else:
                self.accounts.reset_password(self.user.id, self.ui.password.text())
        except DomainError as error:
            self._say(error_text(error))
            return
        self.accept()

    def _say(self, text: str) -> None:
        self.ui.message.setText(text)
        self.ui.message.show()
