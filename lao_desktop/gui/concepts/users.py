"""The office's user accounts (administrators only): who may log in, with which role."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QWidget

from lao_desktop.db.types import utcnow
from lao_desktop.gui.concepts.base import Concept, RecordAction
from lao_desktop.gui.models.record_table import Column
from lao_desktop.i18n import N_, _
from lao_desktop.services.permissions import Action
from lao_desktop.services.registry import Services


def _set_password(services: Services, user: Any, parent: QWidget) -> bool:
    from lao_desktop.gui.password_dialog import PasswordDialog

    return bool(PasswordDialog(parent, services.accounts, user).exec())


def _unlock(services: Services, user: Any, parent: QWidget) -> bool:
    services.accounts.unlock(user.id)
    return True


def _login_state(user: Any) -> str:
    if not user.active:
        return _("Switched off")
    if user.password_hash is None:
        return _("No password yet")
    if user.locked_until is not None and user.locked_until > utcnow():
        return _("Locked")
    return _("Can log in")


USERS = Concept(
    title=N_("Users"),
    service="users",
    columns=(
        Column(N_("User name"), "username", sort="username", width=14),
        Column(N_("Full name"), "display_name", width=26),
        Column(N_("Position"), "position", width=20),
        Column(N_("Role"), "role", width=12),
        Column(N_("Login"), "password_hash", text=_login_state, width=14),
        Column(N_("Last login"), "last_login_at", width=20),
    ),
    filters=("role",),
    actions=(
        RecordAction(
            N_("Set password…"),
            _set_password,
            tip=N_("A new account's first password, or a forgotten one (also unlocks it)."),
            needs=Action.ADMINISTER,
        ),
        RecordAction(
            N_("Unlock"),
            _unlock,
            applies=lambda user: bool(user.failed_logins),
            tip=N_("Let the user try again at once after too many wrong passwords."),
            needs=Action.ADMINISTER,
        ),
    ),
)
