"""Who may do what. Enforced here, in the services, so every front end obeys it.

The roles of a Thai local office (README, "Who may do what"):
- clerk: enters and edits the office's records, backs up, sees national ID numbers on request
  (they copy them from the card);
- executive (นายก / ปลัด): views everything, approves agreements and joint plans, prints,
  backs up, reads the audit trail; national ID numbers stay masked (PDPA: not needed for
  their work);
- administrator: everything, and alone: users, settings, restore, data-subject requests.
"""

from __future__ import annotations

from enum import StrEnum

from lao_desktop.errors import PermissionDeniedError
from lao_desktop.i18n import N_, _
from lao_desktop.models.enums import Role
from lao_desktop.services.context import Actor


class Action(StrEnum):
    READ = "read"
    WRITE = "write"  # create, update, delete, restore of the office's records
    APPROVE = "approve"  # an executive's sign-off on agreements and joint plans
    BACK_UP = "back_up"  # write a backup of all the data
    SEE_PERSONAL = "see_personal"  # a national ID number in clear, on request (audited)
    AUDIT = "audit"  # browse, verify and print the audit trail
    ADMINISTER = "administer"  # users, settings, restore, data-subject requests


_DESCRIPTION = {
    Action.READ: N_("view records"),
    Action.WRITE: N_("add, change or delete records"),
    Action.APPROVE: N_("approve agreements and joint plans"),
    Action.BACK_UP: N_("back up the data"),
    Action.SEE_PERSONAL: N_("see national ID numbers"),
    Action.AUDIT: N_("read the audit trail"),
    Action.ADMINISTER: N_("manage users and settings"),
}

_ALLOWED: dict[Role, frozenset[Action]] = {
    Role.CLERK: frozenset({Action.READ, Action.WRITE, Action.BACK_UP, Action.SEE_PERSONAL}),
    Role.EXECUTIVE: frozenset({Action.READ, Action.APPROVE, Action.BACK_UP, Action.AUDIT}),
    Role.ADMIN: frozenset(Action),
}


def allows(actor: Actor, action: Action) -> bool:
    """Whether ``actor`` may do ``action`` (front ends use it to hide what would be refused)."""
    return action in _ALLOWED[actor.role]


def require(actor: Actor, action: Action) -> None:
    if not allows(actor, action):
        raise PermissionDeniedError(actor.username, _(_DESCRIPTION[action]))
