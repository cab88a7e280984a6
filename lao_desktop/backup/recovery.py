"""The office's recovery key: made once, printed for the safe, its public half kept."""

from __future__ import annotations

from lao_desktop.backup.crypto import RecoveryKey, key_id
from lao_desktop.services.registry import Services
from lao_desktop.services.settings import BACKUP_RECOVERY_KEY


def adopt_recovery_key(services: Services, key: RecoveryKey) -> None:
    """Make ``key`` the one backups are made for from now on (administrators only). Call it
    once its sheet is printed: only its public half is kept, so a key adopted and never
    printed would be a key nobody holds. Backups made before stay opened by their own key."""
    services.settings.set(BACKUP_RECOVERY_KEY, key.public)


def new_recovery_key(services: Services) -> RecoveryKey:
    """A new key, adopted at once (the command line writes its sheet first)."""
    key = RecoveryKey.generate()
    adopt_recovery_key(services, key)
    return key


def current_key_id(services: Services) -> str | None:
    """The short name of the recovery key new backups are made for, None when there is none."""
    public = services.settings.get(BACKUP_RECOVERY_KEY)
    return key_id(public) if public else None
