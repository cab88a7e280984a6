"""Who uses the program: the first start's setup of the office and its administrator (or,
moving from another PC, its backup restored instead), and the login that opens every later
start (and the idle lock, ``idle_lock``).

The checks are the services' (``AccountService``, ``restore_backup``): these dialogs only ask
and show what the services answer, so the command line and the window refuse the same things.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from typing import TYPE_CHECKING

from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QDialog, QLabel, QMessageBox, QWidget

from lao_desktop.errors import DomainError, NotFoundError
from lao_desktop.gui.backup_parts import grow_to_fit
from lao_desktop.gui.forms.ui_login_dialog import Ui_LoginDialog
from lao_desktop.gui.forms.ui_setup_dialog import Ui_SetupDialog
from lao_desktop.gui.messages import error_text
from lao_desktop.i18n import _
from lao_desktop.models.enums import OfficeType, Role

if TYPE_CHECKING:  # the services load after the first paint (app.py)
    from lao_desktop.db.database import Database
    from lao_desktop.models.office import Office
    from lao_desktop.services.accounts import AccountService
    from lao_desktop.services.context import Actor
    from lao_desktop.services.registry import Services

RESTORED = 2  # SetupDialog's result: a backup replaced the data (and closed the database)


def _say(label: QLabel, text: str) -> None:
    label.setText(text)
    label.setVisible(bool(text))
    if text:
        grow_to_fit(label.window())


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
    """The first start: the office's name and type and its administrator's account; or,
    moving from another PC, ``restore`` (given the dialog as parent) restores a backup and
    says whether it replaced the data: the dialog then ends with ``RESTORED``."""

    def __init__(
        self,
        parent: QWidget | None,
        accounts: AccountService,
        restore: Callable[[QWidget], bool] | None = None,
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_SetupDialog()
        self.ui.setupUi(self)
        self.accounts = accounts
        self.actor: Actor | None = None
        self._restorer = restore
        self.ui.moveBox.setVisible(restore is not None)
        self.ui.restoreButton.clicked.connect(self.restore)
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

    def show_restored(self, office: Office | None) -> None:
        """A backup that holds no accounts was restored: say so, with its office's type
        chosen (its name is filled in already)."""
        self.ui.explanation.setText(
            _(
                "The backup is restored, but it holds no user accounts yet (it was made "
                "before the program had them). Check the office's name and create the "
                "administrator's account."
            )
        )
        if office is not None:
            found = self.ui.officeType.findData(office.office_type)
            self.ui.officeType.setCurrentIndex(max(found, 0))

    def showEvent(self, event: QShowEvent) -> None:
        """Tall enough for the wrapped texts (Qt leaves them out of the minimum size)."""
        super().showEvent(event)
        grow_to_fit(self)

    def restore(self) -> None:
        if self._restorer is not None and self._restorer(self):
            self.done(RESTORED)


def sign_in(parent: QWidget | None, services: Services, target: str) -> Services | None:
    """The services of the acting user on ``services``' database: on a first start the office
    set up, or another PC's backup restored there and then its login; else logged in. None
    when the clerk quits instead. ``target``: the database's key (its safety copies)."""
    from lao_desktop.services.registry import Services

    restored = False
    while services.accounts.needs_setup():
        restore = partial(restore_from_backup, services=services, target=target)
        setup = SetupDialog(parent, services.accounts, restore)
        if restored:  # a backup of the time before accounts
            setup.show_restored(services.office.current())
        if setup.exec() != RESTORED:
            return None if setup.actor is None else Services(services.ctx.db, setup.actor)
        database = open_again(parent, services.ctx.db)
        if database is None:
            return None
        services, restored = Services(database), True
    login = LoginDialog(parent, services.accounts)
    if restored:
        login.ui.explanation.setText(
            _("The backup is restored. Log in with your user name and password of the old PC.")
        )
    if not login.exec() or login.actor is None:
        return None
    return Services(services.ctx.db, login.actor)


def restore_from_backup(parent: QWidget, services: Services, target: str) -> bool:
    """Moving from another PC: the backup file the clerk picks restored over ``services``'
    database, which is then closed; whether the data was replaced (not when cancelled or
    refused: nothing changed)."""
    from lao_desktop.gui.restore_dialog import RestoreDialog, ask_for_backup_file

    path = ask_for_backup_file(parent)
    if path is None:
        return False
    return bool(RestoreDialog(parent, services, target, path).exec())


def open_again(parent: QWidget | None, db: Database) -> Database | None:
    """``db`` opened anew after a restore closed it; None when it cannot be (said why)."""
    from lao_desktop.db.database import open_database

    try:
        return open_database(db.url.render_as_string(hide_password=False))
    except DomainError as error:
        QMessageBox.critical(parent, _("Cannot open the database"), str(error))
        return None


def administrator_in(services: Services, actor: Actor) -> Actor | None:
    """``actor`` as ``services``' data holds them, when an active administrator there (the
    one who restored, still in the restored data); None for anyone else: a user of other
    data, one no longer an administrator, or the program itself."""
    from lao_desktop.services.context import Actor

    if actor.user_id is None:
        return None
    try:
        user = services.users.get(actor.user_id)
    except NotFoundError:
        return None
    if user.role != Role.ADMIN or not user.active:
        return None
    return Actor(user.id, user.username, user.role)
