"""The office's program settings, stored as key/value pairs in the database.

Only known keys may be set, each with its own check; every change is permitted, audited and
committed like any other write. Settings of one PC only (the interface language) live in
``lao_desktop.preferences`` instead.
"""

from __future__ import annotations

import base64
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from sqlalchemy import select

from lao_desktop.errors import FieldProblem, ValidationError
from lao_desktop.i18n import N_, _
from lao_desktop.models.office import Setting
from lao_desktop.services import audit
from lao_desktop.services.context import ServiceContext
from lao_desktop.services.file_checks import FONT_MAX_BYTES, truetype_problem
from lao_desktop.services.permissions import Action, require

LAST_BACKUP_AT = "last_backup_at"  # ISO 8601 time with zone of the last good backup
DOCUMENT_FONT = "document_font"  # BUNDLED_FONT, or the path of a TrueType file
BUNDLED_FONT = "sarabun"
BACKUP_RECOVERY_KEY = "backup_recovery_key"  # public half of the printed recovery key
BACKUP_REMINDER_DAYS = "backup_reminder_days"  # Home warns when the last backup is older
IDLE_LOCK_MINUTES = "idle_lock_minutes"  # the window locks after this long unused; 0: never


class SettingValueError(ValueError):
    """A value a setting cannot take; the message is translated and says how to fix it."""


def _moment(value: str) -> str:
    try:
        moment = datetime.fromisoformat(value)
    except ValueError:
        message = _("not a date and time; expected e.g. 2026-01-31T09:30:00+07:00")
        raise SettingValueError(message) from None
    if moment.tzinfo is None:
        raise SettingValueError(_("the time zone is missing, e.g. +07:00"))
    return moment.isoformat()


def _font(value: str) -> str:
    if value in ("", BUNDLED_FONT):
        return BUNDLED_FONT
    path = Path(value)
    try:
        with path.open("rb") as file:
            data = file.read(FONT_MAX_BYTES + 1)
    except OSError:
        raise SettingValueError(
            _("the file {path} cannot be opened; check that it still exists").format(path=value)
        ) from None
    problem = truetype_problem(data)
    if problem is not None:
        raise SettingValueError(problem)
    return str(path.resolve())


def _whole_number(low: int, high: int, not_number: str, out_of_range: str) -> Callable[[str], str]:
    """A check for a whole number from ``low`` to ``high``; the messages are msgids."""

    def clean(value: str) -> str:
        try:
            number = int(value)
        except ValueError:
            raise SettingValueError(_(not_number)) from None
        if not low <= number <= high:
            raise SettingValueError(_(out_of_range))
        return str(number)

    return clean


_days = _whole_number(
    1, 365, N_("enter a whole number of days, e.g. 7"), N_("enter a number of days from 1 to 365")
)
_minutes = _whole_number(
    0,
    480,
    N_("enter a whole number of minutes, e.g. 15"),
    N_("enter a number of minutes from 0 (never lock) to 480"),
)


def _public_key(value: str) -> str:
    try:
        raw = base64.b64decode(value.encode("ascii"), validate=True)
    except (ValueError, UnicodeEncodeError):
        raw = b""
    if len(raw) != 32:
        raise SettingValueError(_("not a recovery key made by this program"))
    return value


@dataclass(frozen=True)
class SettingSpec:
    label: str  # msgid
    clean: Callable[[str], str]  # the stored form; raises SettingValueError
    default: str = ""
    action: Action = Action.ADMINISTER  # who may change it


KNOWN: dict[str, SettingSpec] = {
    # Clerks back up, so they may note the time of a backup.
    LAST_BACKUP_AT: SettingSpec(N_("Last backup"), _moment, action=Action.BACK_UP),
    DOCUMENT_FONT: SettingSpec(N_("Document font"), _font, default=BUNDLED_FONT),
    BACKUP_RECOVERY_KEY: SettingSpec(N_("Backup recovery key"), _public_key),
    BACKUP_REMINDER_DAYS: SettingSpec(N_("Backup reminder after days"), _days, default="7"),
    IDLE_LOCK_MINUTES: SettingSpec(N_("Lock after minutes unused"), _minutes, default="15"),
}


class SettingsService:
    label = N_("Setting")

    def __init__(self, ctx: ServiceContext) -> None:
        self.ctx = ctx

    def get(self, key: str) -> str:
        """The stored value of ``key``, or its default when never set."""
        spec = self._spec(key)
        require(self.ctx.actor, Action.READ)
        with self.ctx.reading() as session:
            value = session.scalar(
                select(Setting.value).where(Setting.key == key, Setting.deleted_at.is_(None))
            )
        return spec.default if value in (None, "") else str(value)

    def clean(self, key: str, value: str) -> str:
        """The form ``value`` is stored in; ValidationError (on field ``key``) if refused."""
        spec = self._spec(key)
        try:
            return spec.clean(value.strip())
        except SettingValueError as error:
            message = _("{field}: {problem}").format(field=_(spec.label), problem=error)
            raise ValidationError([FieldProblem(key, message)]) from None

    def set(self, key: str, value: str) -> str:
        """Check and store ``value``; returns the stored form."""
        spec = self._spec(key)
        require(self.ctx.actor, spec.action)
        stored = self.clean(key, value)
        with self.ctx.transaction() as session:
            row = session.scalar(select(Setting).where(Setting.key == key))
            if row is None:
                row = Setting(id=uuid.uuid4(), key=key, value=stored)
                row.created_by = row.updated_by = self.ctx.actor.user_id
                session.add(row)
                action, old = "create", None
            else:
                old = None if row.deleted_at is not None else row.value
                if old == stored:
                    return stored
                row.value, row.deleted_at, row.deleted_by = stored, None, None
                row.updated_by = self.ctx.actor.user_id
                action = "update"
            session.flush()
            audit.record(
                session,
                self.ctx.actor,
                action,
                Setting.__tablename__,
                row.id,
                _(spec.label),
                {key: [old, stored]},
            )
        return stored

    # -- typed readers ---------------------------------------------------------------------

    def last_backup_at(self) -> datetime | None:
        value = self.get(LAST_BACKUP_AT)
        return datetime.fromisoformat(value) if value else None

    def backup_reminder_days(self) -> int:
        return int(self.get(BACKUP_REMINDER_DAYS))

    def idle_lock_minutes(self) -> int:
        return int(self.get(IDLE_LOCK_MINUTES))

    def document_font(self) -> Path | None:
        """The office's own TrueType file, or None for the bundled Sarabun."""
        value = self.get(DOCUMENT_FONT)
        return None if value == BUNDLED_FONT else Path(value)

    def _spec(self, key: str) -> SettingSpec:
        spec = KNOWN.get(key)
        if spec is None:
            raise KeyError(f"unknown setting {key!r}; known: {sorted(KNOWN)}")
        return spec
