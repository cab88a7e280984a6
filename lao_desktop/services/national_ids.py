"""National ID numbers (PDPA personal data) leave the services masked: x-xxxx-xxxxx-12-1.

Every contact person the ORM loads, however it is reached (the contacts' list, a partner's
contacts, a committee member's or a network's contact), has its number replaced by the
masked form as a *committed* value: nothing marks it changed, so it is never written back,
and the number in clear stays in the database only. Who may see it asks for it
(``PersonalDataService.reveal_national_id``), which reads the column itself and is audited.

A masked number given back unchanged by an edit form means "keep the stored one" (see
``ContactService.prefill``).
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable
from typing import Any

from sqlalchemy import event, select
from sqlalchemy.orm import Session
from sqlalchemy.orm.attributes import set_committed_value

from lao_desktop.models.partner import ContactPerson
from lao_desktop.thai.idcard import NationalIdError, mask_national_id

_ANY_MASKED = "x-xxxx-xxxxx-xx-x"  # a stored value that is not 13 digits: nothing of it shown


def masked(value: str | None) -> str | None:
    """The number as it may be shown to anyone; None and "" as they are."""
    if not value:
        return value
    try:
        return mask_national_id(value)
    except NationalIdError:
        return _ANY_MASKED


def mask_in_place(contact: ContactPerson) -> None:
    """Replace the number held by this object (not the database's) by its masked form."""
    value = contact.__dict__.get("national_id")
    if value:
        set_committed_value(contact, "national_id", masked(value))


def mask_all(contacts: Iterable[ContactPerson]) -> None:
    for contact in contacts:
        mask_in_place(contact)


def stored_national_id(session: Session, contact_id: uuid.UUID) -> str | None:
    """The number in clear, read from the column (never from a loaded, masked object)."""
    stmt = select(ContactPerson.national_id).where(ContactPerson.id == contact_id)
    value: str | None = session.execute(stmt).scalar_one_or_none()
    return value


@event.listens_for(ContactPerson, "load")
def _masked_on_load(target: ContactPerson, _context: Any) -> None:
    mask_in_place(target)


@event.listens_for(ContactPerson, "refresh")
def _masked_on_refresh(target: ContactPerson, _context: Any, attrs: Any) -> None:
    if attrs is None or "national_id" in attrs:
        mask_in_place(target)
