"""Who may do what. Enforced here, in the services, so every front end obeys it."""

from __future__ import annotations

from enum import StrEnum

from lao_desktop.errors import PermissionDeniedError
from lao_desktop.i18n import N_, _
from lao_desktop.models.enums import Role
from lao_desktop.services.context import Actor


class Action(StrEnum):
    READ = "read"
    WRITE = "write"  # create, update, delete, restore of the office's records
    ADMINISTER = "administer"  # users, office settings, restore from backup


_DESCRIPTION = {
    Action.READ: N_("view records"),
    Action.WRITE: N_("add, change or delete records"),
    Action.ADMINISTER: N_("manage users and settings"),
}

_ALLOWED: dict[Role, frozenset[Action]] = {
    Role.CLERK: frozenset({Action.READ, Action.WRITE}),
    Role.EXECUTIVE: frozenset({Action.READ}),
    Role.ADMIN: frozenset(Action),
}


def require(actor: Actor, action: Action) -> None:
    if action not in _ALLOWED[actor.role]:
        raise PermissionDeniedError(actor.username, _(_DESCRIPTION[action]))
