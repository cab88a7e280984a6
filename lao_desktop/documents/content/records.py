"""Which record a document is about: the one asked for (checked to exist and to be of the
right type), or the most recent one of that type."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from datetime import date
from typing import Any, Literal

from sqlalchemy import select

from lao_desktop.documents.content.base import ContentError
from lao_desktop.i18n import N_, _
from lao_desktop.models import (
    Activity,
    AgendaItem,
    Agreement,
    Committee,
    CommitteeMember,
    ContactPerson,
    Decision,
    JointPlan,
    Meeting,
    Network,
    Partner,
    ResourceExchange,
)
from lao_desktop.services.permissions import Action, require
from lao_desktop.services.query import ListQuery
from lao_desktop.services.registry import Services

RecordType = Literal["meeting", "committee", "network", "agreement", "partner", "contact"]

# What each type of record is called in a message (the services' own words, in the
# catalogue already), for the types a document may be about and those an id may belong to.
KINDS_OF_RECORD: dict[type[Any], str] = {
    Meeting: N_("meeting"),
    Committee: N_("committee"),
    Network: N_("network"),
    Agreement: N_("agreement"),
    Partner: N_("partner"),
    ContactPerson: N_("contact person"),
    CommitteeMember: N_("committee member"),
    AgendaItem: N_("agenda item"),
    Decision: N_("resolution"),
    JointPlan: N_("joint plan"),
    Activity: N_("activity"),
    ResourceExchange: N_("Resource exchange"),
}
MODEL_OF: dict[RecordType, type[Any]] = {
    "meeting": Meeting,
    "committee": Committee,
    "network": Network,
    "agreement": Agreement,
    "partner": Partner,
    "contact": ContactPerson,
}


def record_name(about: RecordType) -> str:
    return _(KINDS_OF_RECORD[MODEL_OF[about]])


def check_record(services: Services, about: RecordType, ident: uuid.UUID) -> uuid.UUID:
    """``ident`` if it is a live record of type ``about``; otherwise a ContentError that says
    what the id is instead."""
    require(services.ctx.actor, Action.READ)
    wanted = MODEL_OF[about]
    with services.ctx.reading() as session:
        for model, what in KINDS_OF_RECORD.items():
            found = session.get(model, ident)
            if found is None:
                continue
            if model is wanted and found.deleted_at is None:
                return ident
            if model is wanted:
                message = _("The {what} {ident} is in the trash; restore it first to print it.")
                raise ContentError(message.format(what=_(what), ident=ident))
            message = _("{ident} is a {found}, not a {wanted}; give the id of a {wanted}.")
            raise ContentError(
                message.format(ident=ident, found=_(what), wanted=_(wanted_name(about)))
            )
    message = _("There is no {what} with the id {ident}; check the id (copy it from the program).")
    raise ContentError(message.format(what=record_name(about), ident=ident))


def wanted_name(about: RecordType) -> str:
    return KINDS_OF_RECORD[MODEL_OF[about]]


def nothing_yet(about: RecordType) -> ContentError:
    message = _(
        "The database has no {what} yet, so there is nothing to print; add one first (or make "
        "the demo office)."
    )
    return ContentError(message.format(what=record_name(about)))


# -- the most recent record of each type --------------------------------------------------


def _first(items: list[Any]) -> uuid.UUID | None:
    return items[0].id if items else None


def meeting_held(services: Services, today: date) -> uuid.UUID | None:
    """The latest meeting held on or before ``today`` (else the earliest one planned)."""
    held = services.meetings.list(ListQuery(date_to=today, sort="date", descending=True, limit=1))
    return _first(held.items) or next_meeting(services, today)


def next_meeting(services: Services, today: date) -> uuid.UUID | None:
    """The next meeting from ``today`` on (the one invited to), else the latest held."""
    coming = services.meetings.list(ListQuery(date_from=today, sort="date", limit=1))
    if coming.items:
        return coming.items[0].id
    held = services.meetings.list(ListQuery(date_to=today, sort="date", descending=True, limit=1))
    return _first(held.items)


def latest_committee(services: Services, today: date) -> uuid.UUID | None:
    """The committee appointed last (by the date of its order)."""
    query = ListQuery(sort="order_date", descending=True, limit=1)
    return _first(services.committees.list(query).items)


def latest_network(services: Services, today: date) -> uuid.UUID | None:
    """The network established last; one without a date after those with one."""
    query = ListQuery(sort="established_on", descending=True, limit=1)
    return _first(services.networks.list(query).items)


def latest_agreement(services: Services, today: date) -> uuid.UUID | None:
    """The agreement signed last (an unsigned draft only when none is signed)."""
    query = ListQuery(sort="signed", descending=True, limit=1)
    return _first(services.agreements.list(query).items)


def latest_giver(services: Services, today: date) -> uuid.UUID | None:
    """The partner who gave a resource most recently, else the first partner by name."""
    require(services.ctx.actor, Action.READ)
    x = ResourceExchange
    stmt = (
        select(x.from_partner_id)
        .join(Partner, Partner.id == x.from_partner_id)
        .where(x.deleted_at.is_(None), Partner.deleted_at.is_(None), x.exchange_date <= today)
        .order_by(x.exchange_date.desc(), x.created_at.desc())
        .limit(1)
    )
    with services.ctx.reading() as session:
        found = session.scalar(stmt)
    if found is not None:
        return found
    return _first(services.partners.list(ListQuery(limit=1)).items)


def no_latest_person(services: Services, today: date) -> uuid.UUID | None:
    """Never "the most recent" person: a person's own data is printed only when named."""
    raise ContentError(
        _(
            "A person's data is printed only for the person named: choose the contact person "
            "(on the command line: --id, or lao-desktop person export)."
        )
    )


Finder = Callable[[Services, date], uuid.UUID | None]
