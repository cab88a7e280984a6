"""The audit trail in words: the kind of record an entry is about (the services' own
``label``), what was done, and its stored changes as "field: old → new" lines (the services'
field labels, choice labels, B.E. dates)."""

from __future__ import annotations

import json
import uuid
from collections.abc import Iterable, Mapping
from contextlib import suppress
from datetime import date, datetime
from functools import cache
from typing import Any

from lao_desktop.i18n import LANGUAGES, N_, _, translate
from lao_desktop.models.audit import AuditEntry
from lao_desktop.services.audit import HIDDEN, BrokenEntry, ChainCheck, Problem
from lao_desktop.services.fields import BoolField, ChoiceField, DateField, Field, RefField
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
    "import": N_("Imported from a spreadsheet"),
    "spreadsheet_export": N_("Exported to a spreadsheet"),
}

# Tables written without an EntityService of their own, and fields outside any schema.
_OTHER_ENTITIES = {"database": N_("Whole database"), "settings": N_("Setting")}
_OTHER_FIELDS = {
    "password": N_("Password"),
    "failed_logins": N_("Failed logins"),
    "emblem_png": N_("Emblem"),
    "approved_at": N_("Approved on"),
    "approved_by": N_("Approved by"),
}
ARROW = "→"


def _t(msgid: str, code: str | None) -> str:
    """``msgid`` in language ``code``, or in the interface's language when None."""
    return _(msgid) if code is None else translate(msgid, code)


def action_label(action: str, code: str | None = None) -> str:
    msgid = ACTIONS.get(action)
    return _t(msgid, code) if msgid else action


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


def entity_label(entity: str, code: str | None = None) -> str:
    """The kind of record stored in table ``entity``, e.g. "partners" → "Partner"."""
    service = _services_by_table().get(entity)
    if service is not None:
        return _t(service.label, code)
    msgid = _OTHER_ENTITIES.get(entity)
    return _t(msgid, code) if msgid else entity


def _field(entity: str, key: str) -> Field | None:
    service = _services_by_table().get(entity)
    if service is None:
        return None
    spec: Field | None = service.schema.fields.get(key)
    return spec


def field_label(entity: str, key: str, code: str | None = None) -> str:
    spec = _field(entity, key)
    if spec is not None:
        return _t(spec.label, code)
    if entity == "settings":
        from lao_desktop.services.settings import KNOWN

        setting = KNOWN.get(key)
        if setting is not None:
            return _t(setting.label, code)
    msgid = _OTHER_FIELDS.get(key)
    return _t(msgid, code) if msgid else key


def value_text(
    value: Any,
    spec: Field | None = None,
    code: str | None = None,
    thai_digits: bool = False,
    names: Mapping[str, str] | None = None,
) -> str:
    """A stored old or new value as a person reads it, on one line; "" for nothing.
    ``code``: in that language instead of the interface's (documents are Thai); ``names``:
    linked records' names by id (``AuditTrailService.names_for``)."""
    if value is None or value == "":
        return ""
    if names and isinstance(value, str) and value in names:
        return names[value]
    if value == HIDDEN:
        return _t(N_("(hidden: personal data)"), code)
    if isinstance(spec, ChoiceField):
        member = next((m for m in spec.enum if m.value == value), None)
        return str(value) if member is None else _t(member.msgid, code)
    if isinstance(spec, BoolField) or isinstance(value, bool):
        return _t(N_("Yes"), code) if value else _t(N_("No"), code)
    if isinstance(spec, DateField) and isinstance(value, str):
        try:
            return format_date(date.fromisoformat(value), "abbr", thai_digits)
        except ValueError:
            return value
    if isinstance(value, str) and len(value) > 19 and value[10:11] == "T":
        try:
            return format_datetime_be(
                datetime.fromisoformat(value).astimezone(), "abbr", thai_digits
            )
        except ValueError:
            return value
    if isinstance(value, list | dict):
        return json.dumps(value, ensure_ascii=False)
    return " / ".join(line.strip() for line in str(value).splitlines() if line.strip())


def change_lines(
    entry: AuditEntry,
    code: str | None = None,
    thai_digits: bool = False,
    names: Mapping[str, str] | None = None,
) -> list[str]:
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
        label = field_label(entry.entity, key, code)
        if not (isinstance(pair, list) and len(pair) == 2):
            lines.append(f"{label}: {value_text(pair, None, code, thai_digits, names)}")
            continue
        spec = _field(entry.entity, key)
        old = value_text(pair[0], spec, code, thai_digits, names)
        new = value_text(pair[1], spec, code, thai_digits, names)
        if not old:
            lines.append(f"{label}: {new}")
        elif not new:
            lines.append(f"{label}: {old} {ARROW} {_t(N_('(empty)'), code)}")
        else:
            lines.append(f"{label}: {old} {ARROW} {new}")
    return lines


def linked_ids(entries: Iterable[AuditEntry]) -> dict[str, set[uuid.UUID]]:
    """The ids of linked records the changes of ``entries`` hold, by the table that holds
    them (a meeting of an agenda item; the user who approved, in ``*_by``)."""
    found: dict[str, set[uuid.UUID]] = {}
    for entry in entries:
        try:
            changes = json.loads(entry.changes or "{}")
        except ValueError:
            continue
        if not isinstance(changes, dict):
            continue
        for key, pair in changes.items():
            spec = _field(entry.entity, key)
            if isinstance(spec, RefField):
                table = spec.model.__tablename__
            elif key.endswith("_by"):
                table = "users"
            else:
                continue
            for value in pair if isinstance(pair, list) else [pair]:
                with suppress(ValueError):  # not an id: an old entry, or altered
                    found.setdefault(table, set()).add(uuid.UUID(str(value)))
    return found


def service_class(table: str) -> Any:
    """The EntityService class of records in ``table``; None for others."""
    return _services_by_table().get(table)


def _position(order: list[str], key: str) -> tuple[int, str]:
    return (order.index(key) if key in order else len(order), key)


def find_entity(text: str) -> str | None:
    """The table a person means by ``text``: its name (partners) or its label in any
    language (Partner, ภาคี); None when nothing matches."""
    wanted = text.strip().casefold()
    known = {**{t: s.label for t, s in _services_by_table().items()}, **_OTHER_ENTITIES}
    for table, msgid in known.items():
        names = {table, *(translate(msgid, code).casefold() for code in LANGUAGES)}
        if wanted in names:
            return table
    return None


def find_action(text: str) -> str | None:
    """The action a person means: its code (update) or its label in any language."""
    wanted = text.strip().casefold()
    for action, msgid in ACTIONS.items():
        if wanted in {action, *(translate(msgid, code).casefold() for code in LANGUAGES)}:
            return action
    return None


def broken_text(
    check: ChainCheck,
    expected_head: str | None = None,
    code: str | None = None,
    thai_digits: bool = False,
) -> str:
    """What is wrong with a trail that does not verify, naming the entry, for a person."""
    broken = check.broken
    assert broken is not None
    if broken.problem == Problem.MISSING_END:
        if broken.id is None:
            message = N_(
                "The latest hash given ({hash}) is not in the audit trail, which is empty: "
                "every entry was removed."
            )
            return _t(message, code).format(hash=_short(expected_head))
        message = N_(
            "The latest hash given ({hash}) is not in the audit trail: entries after entry "
            "{entry} were removed, or the trail was rewritten."
        )
        entry = entry_text(broken, code, thai_digits)
        return _t(message, code).format(hash=_short(expected_head), entry=entry)
    what = (
        N_("its content was changed after it was written")
        if broken.problem == Problem.CONTENT
        else N_(
            "it does not follow the entry before it: entries were removed, inserted or "
            "reordered before it"
        )
    )
    return _t(N_("The audit trail is broken at entry {entry}: {what}."), code).format(
        entry=entry_text(broken, code, thai_digits), what=_t(what, code)
    )


def entry_text(broken: BrokenEntry, code: str | None = None, thai_digits: bool = False) -> str:
    """No. 3 (21 พ.ย. 2569 14:05 น., admin, Moved to the trash, Partner 9f3c…)."""
    parts = [
        format_datetime_be(broken.at.astimezone(), "abbr", thai_digits) if broken.at else "",
        broken.username,
        action_label(broken.action, code) if broken.action else "",
        " ".join(
            p
            for p in (
                entity_label(broken.entity, code) if broken.entity else "",
                str(broken.entity_id) if broken.entity_id else "",
            )
            if p
        ),
    ]
    return f"{broken.id} ({', '.join(p for p in parts if p)})"


def _short(value: str | None) -> str:
    return f"{value[:16]}…" if value and len(value) > 16 else value or ""
