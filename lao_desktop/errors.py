"""Domain errors. Services raise these; the GUI and the command line show them.

Messages are already translated into the current interface language (see ``i18n``).
"""

from __future__ import annotations

from dataclasses import dataclass

from lao_desktop.i18n import _


class DomainError(Exception):
    """Base of every error a person should see as a message rather than a crash."""


@dataclass(frozen=True)
class FieldProblem:
    field: str  # attribute name in the service's input, e.g. "phone"
    message: str  # translated, names the field and says how to fix it


class ValidationError(DomainError):
    def __init__(self, problems: list[FieldProblem]) -> None:
        self.problems = problems
        super().__init__("\n".join(p.message for p in problems))

    def for_field(self, field: str) -> list[str]:
        return [p.message for p in self.problems if p.field == field]


class NotFoundError(DomainError):
    def __init__(self, what: str, ident: object) -> None:
        super().__init__(_("{what} {ident} was not found.").format(what=what, ident=ident))


class ConflictError(DomainError):
    """Somebody else saved the record after it was opened here."""

    def __init__(self, what: str) -> None:
        super().__init__(
            _(
                "{what} was changed by someone else after you opened it. "
                "Reopen it to see their changes, then make yours again."
            ).format(what=what)
        )


class PermissionDeniedError(DomainError):
    def __init__(self, username: str, action: str) -> None:
        super().__init__(
            _("User {user} is not allowed to {action}.").format(user=username, action=action)
        )


class DatabaseError(DomainError):
    """The database cannot be opened, is damaged, or is of a newer program version."""


class BackupError(DomainError):
    """A backup cannot be made, read or restored; the message says why and what to do.

    Whenever this is raised, earlier backups and the live database are as they were.
    """


class PassphraseNeededError(BackupError):
    """The backup is encrypted: ask for its passphrase (or the office's recovery key)."""


class WrongPassphraseError(BackupError):
    """The passphrase or recovery key given does not open this backup."""


class LoginError(DomainError):
    """The user name or password is wrong, or the account cannot log in now."""
