"""Erasing one contact person: the changes, applied inside the caller's transaction.

The rules, table by table, are in ``personal_data``'s docstring; the records kept are
decided where they are found (``personal_records.Finding.kept``).
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy.orm import Session

from lao_desktop.db.types import utcnow
from lao_desktop.i18n import _
from lao_desktop.models.partner import ContactPerson
from lao_desktop.services import audit
from lao_desktop.services.national_ids import stored_national_id
from lao_desktop.services.partners import ContactService
from lao_desktop.services.personal_records import KINDS, Finding, find_records, person_name

PLACEHOLDER = "บุคคลที่ถูกลบข้อมูล"
# What is cleared on the contact itself, and the value it gets.
_CLEARED: dict[str, Any] = {
    "title": "",
    "last_name": "",
    "position": None,
    "phone": None,
    "line_id": None,
    "email": None,
    "national_id": None,
    "notes": "",
}


def placeholder_for(contact_id: uuid.UUID) -> str:
    """ "บุคคลที่ถูกลบข้อมูล 407213": the same number for the same contact every time (the
    erasure can be run again), made from the record's random id, so it says nothing about
    the person."""
    return f"{PLACEHOLDER} {int(contact_id.hex[:8], 16) % 1_000_000:06d}"


@dataclass
class Erasure:
    """What an erasure changed and what it kept, by table."""

    contact_id: uuid.UUID
    placeholder: str
    cleared: list[str] = field(default_factory=list)  # the contact's fields emptied
    changed: dict[str, int] = field(default_factory=dict)  # other tables: rows changed
    kept: dict[str, int] = field(default_factory=dict)  # rows kept as they are (legal records)

    @property
    def did_anything(self) -> bool:
        return bool(self.cleared or self.changed)


def erase(
    session: Session, contacts: ContactService, contact: ContactPerson, reason: str
) -> Erasure:
    """Remove the person from ``contact`` and from the records that need not keep them,
    inside ``session`` (a transaction of ``contacts``' context); audit each row changed as
    "erase" (values hidden), the contact's own entry with the reason."""
    actor = contacts.ctx.actor
    placeholder = placeholder_for(contact.id)
    result = Erasure(contact.id, placeholder)
    names = _names(contact)
    for finding in find_records(session, contact):  # by the name before it is replaced
        if finding.kept:
            result.kept[finding.table] = result.kept.get(finding.table, 0) + 1
            continue
        changes = _scrub(finding, names, placeholder)
        if not changes:
            continue
        finding.row.updated_by = actor.user_id
        result.changed[finding.table] = result.changed.get(finding.table, 0) + 1
        audit.record(
            session, actor, "erase", finding.table, finding.row.id, finding.summary, changes
        )
    changes = _clear_contact(session, contact, placeholder)
    if changes:
        # The name leaves the sort key and the search text too: search no longer finds it.
        contacts.derive(contact)
    result.cleared = list(changes)
    if contact.deleted_at is None:  # out of the partner's list of contacts
        contact.deleted_at = utcnow()
        contact.deleted_by = actor.user_id
    if result.did_anything:
        contact.updated_by = actor.user_id
        session.flush()
        changes["reason"] = [None, reason]
        audit.record(session, actor, "erase", "contact_persons", contact.id, placeholder, changes)
    session.flush()
    return result


def plan(session: Session, contact: ContactPerson) -> Erasure:
    """What ``erase`` would do, without doing it (the question asked before erasing)."""
    result = Erasure(contact.id, placeholder_for(contact.id))
    for key, value in {"first_name": result.placeholder, **_CLEARED}.items():
        old = stored_national_id(session, contact.id) if key == "national_id" else None
        if key != "national_id":
            old = getattr(contact, key)
        if (old or None) != (value or None):
            result.cleared.append(key)
    names = _names(contact)
    for finding in find_records(session, contact):
        if finding.kept:
            result.kept[finding.table] = result.kept.get(finding.table, 0) + 1
        elif _scrub(finding, names, result.placeholder, apply=False):
            result.changed[finding.table] = result.changed.get(finding.table, 0) + 1
    return result


def _names(contact: ContactPerson) -> list[str]:
    """The person's name as other rows write it; longest first: "นายสมชาย ใจดี" before
    "สมชาย ใจดี", so no title is left behind."""
    return [n for n in (" ".join(contact.full_name.split()), person_name(contact)) if n]


def _clear_contact(
    session: Session, contact: ContactPerson, placeholder: str
) -> dict[str, list[Any]]:
    changes: dict[str, list[Any]] = {}
    for key, value in {"first_name": placeholder, **_CLEARED}.items():
        # The object holds the ID masked: the column says whether there is one to clear.
        old = stored_national_id(session, contact.id) if key == "national_id" else None
        if key != "national_id":
            old = getattr(contact, key)
        if (old or None) == (value or None):
            continue
        setattr(contact, key, value)
        changes[key] = [audit.HIDDEN, value]
    return changes


def _scrub(
    finding: Finding, names: list[str], placeholder: str, *, apply: bool = True
) -> dict[str, list[Any]]:
    """The person's name out of a row that need not keep it (only worked out when not
    ``apply``); returns {field: [hidden, new]}."""
    row = finding.row
    new_values: dict[str, Any] = {}
    changes: dict[str, list[Any]] = {}
    if finding.table == "committee_members":
        for key, value in (("person_name", placeholder), ("person_title", None)):
            if (getattr(row, key) or None) != value:
                new_values[key] = value
                changes[key] = [audit.HIDDEN, value]
    elif finding.table == "networks":
        if row.coordinator_contact_id is not None:
            new_values["coordinator_contact_id"] = None
            changes["coordinator_contact_id"] = [str(row.coordinator_contact_id), None]
    else:
        for key in ("role", "notes", "task"):
            text = getattr(row, key, None) or ""
            new = text
            for name in names:
                new = new.replace(name, placeholder)
            if new != text:
                new_values[key] = new
                changes[key] = [audit.HIDDEN, audit.HIDDEN]
    if apply:
        for key, value in new_values.items():
            setattr(row, key, value)
    return changes


def describe_plan(plan: Erasure) -> list[str]:
    """What an erasure clears and keeps, as lines in the interface language (field and
    record names only, never the values)."""
    fields = ContactService.schema.fields
    cleared = ", ".join(_(fields[k].label) for k in plan.cleared) or _("nothing")
    lines = [_("Cleared on the contact: {fields}.").format(fields=cleared)]
    for title, counts in (
        (_("Name removed from:"), plan.changed),
        (_("Kept as recorded (official records, agreements, minutes):"), plan.kept),
    ):
        if counts:
            lines.append(title)
            lines += [f"  - {_(KINDS.get(t, t))}: {n}" for t, n in counts.items()]
    return lines
