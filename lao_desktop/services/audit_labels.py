"""The audit trail in words: the kind of record an entry is about (the services' own
``label``), what was done, and its stored changes as "field: old → new" lines (the services'
field labels, choice labels, B.E. dates)."""

from __future__ import annotations

import json
from datetime import date, datetime
from functools import cache
from typing import Any

from lao_desktop.i18n import N_, _
from lao_desktop.models.audit import AuditEntry
from lao_desktop.services.audit import HIDDEN
from lao_desktop.services.fields import BoolField, ChoiceField, DateField, Field
from lao_desktop.thai.dates import format_date, format_datetime_be

# What each audit action means; an action without a label here shows its stored name.
ACTIONS: dict[str, str] = {
    "create": N_("Added"),
    "update": N_("Changed"),
    "delete": N_("Moved to the trash"),
    "restore": N_("Restored"),
    "login": N_("Logged in"),
    "logout": N_("Logged out"),
    "login_failed": N_("Failed login"),
    "set_password": N_("Password set by an administrator"),
    "change_password": N_("Changed own password"),
    "unlock": N_("Unlocked an account"),
    "approve": N_("Approved"),
    "withdraw_approval": N_("Approval withdrawn"),
    "view": N_("Viewed personal data"),
    "export": N_("Exported personal data"),
    "erase": N_("Erased personal data"),
    "anonymize": N_("Anonymized personal data"),
}

# Tables written without an EntityService of their own, and fields outside any schema.
_OTHER_ENTITIES = {"database": N_("Whole database"), "settings": N_("Setting")}
_OTHER_FIELDS = {
    "password": N_("Password"),
    "failed_logins": N_("Failed logins"),
    "emblem_png": N_("Emblem"),
}
ARROW = "→"


def action_label(action: str) -> str:
    msgid = ACTIONS.get(action)
    return _(msgid) if msgid else action


@cache
def _services_by_table() -> dict[str, Any]:
    """Each table's service class, found among the services the registry builds (the
    one place that knows them all), so a new concept is named without touching this file."""
    from lao_desktop.services.entity import EntityService
    from lao_desktop.services.registry import Services  # noqa: F401  (loads every service)

    found: dict[str, Any] = {}
    pending: list[type[Any]] = [EntityService]
    while pending:
        cls = pending.pop()
        pending.extend(cls.__subclasses__())
        model = cls.__dict__.get("model")
        if model is not None and "label" in cls.__dict__:
            found.setdefault(model.__tablename__, cls)
    return found


def entity_label(entity: str) -> str:
    """The kind of record stored in table ``entity``, e.g. "partners" → "Partner"."""
    service = _services_by_table().get(entity)
    if service is not None:
        return _(service.label)
    msgid = _OTHER_ENTITIES.get(entity)
    return _(msgid) if msgid else entity


def _field(entity: str, key: str) -> Field | None:
    service = _services_by_table().get(entity)
    if service is None:
        return None
    spec: Field | None = service.schema.fields.get(key)
    return spec


def field_label(entity: str, key: str) -> str:
    spec = _field(entity, key)
    if spec is not None:
        return _(spec.label)
    if entity == "settings":
        from lao_desktop.services.settings import KNOWN

        setting = KNOWN.get(key)
        if setting is not None:
            return _(setting.label)
    msgid = _OTHER_FIELDS.get(key)
    return _(msgid) if msgid else key


def value_text(value: Any, spec: Field | None = None) -> str:
    """A stored old or new value as a person reads it; "" for nothing."""
    if value is None or value == "":
        return ""
    if value == HIDDEN:
        return _("(hidden: personal data)")
    if isinstance(spec, ChoiceField):
        member = next((m for m in spec.enum if m.value == value), None)
        return str(value) if member is None else member.label
    if isinstance(spec, BoolField) or isinstance(value, bool):
        return _("Yes") if value else _("No")
    if isinstance(spec, DateField) and isinstance(value, str):
        try:
            return format_date(date.fromisoformat(value), "abbr")
        except ValueError:
            return value
    if isinstance(value, str) and len(value) > 19 and value[10:11] == "T":
        try:
            return format_datetime_be(datetime.fromisoformat(value).astimezone())
        except ValueError:
            return value
    if isinstance(value, list | dict):
        return json.dumps(value, ensure_ascii=False)
    return str(value)


def change_lines(entry: AuditEntry) -> list[str]:
    """``changes`` of one entry as "Field: old → new" lines, in the order of the form."""
    try:
        changes = json.loads(entry.changes or "{}")
    except ValueError:
        return [entry.changes]  # not JSON: altered, and shown as it is
    if not isinstance(changes, dict):
        return [str(changes)]
    service = _services_by_table().get(entry.entity)
    order = list(service.schema.fields) if service is not None else []
    lines = []
    for key, pair in sorted(changes.items(), key=lambda kv: _position(order, kv[0])):
        label = field_label(entry.entity, key)
        if not (isinstance(pair, list) and len(pair) == 2):
            lines.append(f"{label}: {value_text(pair)}")
            continue
        spec = _field(entry.entity, key)
        old, new = value_text(pair[0], spec), value_text(pair[1], spec)
        if not old:
            lines.append(f"{label}: {new}")
        elif not new:
            lines.append(f"{label}: {old} {ARROW} {_('(empty)')}")
        else:
            lines.append(f"{label}: {old} {ARROW} {new}")
    return lines


def _position(order: list[str], key: str) -> tuple[int, str]:
    return (order.index(key) if key in order else len(order), key)
