"""The office's recovery key: made once, printed for the safe, its public half kept."""

from __future__ import annotations

from lao_desktop.backup.crypto import RecoveryKey, key_id
from lao_desktop.services.registry import Services
from lao_desktop.services.settings import BACKUP_RECOVERY_KEY


def new_recovery_key(services: Services) -> RecoveryKey:
    """A new recovery key for the backups made from now on (administrators only). Its text
    must be printed now: only its public half is kept, so it cannot be shown again. Backups
    made before stay opened by the key they were made with."""
    key = RecoveryKey.generate()
    services.settings.set(BACKUP_RECOVERY_KEY, key.public)
    return key


def current_key_id(services: Services) -> str | None:
    """The short name of the recovery key new backups are made for, None when there is none."""
    public = services.settings.get(BACKUP_RECOVERY_KEY)
    return key_id(public) if public else None
