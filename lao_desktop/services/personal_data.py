"""Personal data of the partners' contact people under the PDPA B.E. 2562.

- ``reveal_national_id``: a national ID number in clear, on request, for the roles that may
  see it (clerk, administrator); the services otherwise hand it out masked (``national_ids``).
  Every request is audited as "view", in the transaction that reads the number.
- ``export_person``: everything held about one person, for a data subject request
  (``PersonReport``; written as JSON by ``personal_report.write_json``, as a PDF by the
  document kind ``person``). Administrators only; audited as "export".
- ``erase_person``: erasure / anonymisation. Administrators only; one transaction; audited as
  "erase" with the reason, never with the values erased. Running it again changes nothing.

What an erasure does, table by table (and why):

- contact_persons: the name becomes "บุคคลที่ถูกลบข้อมูล nnnnnn" (a number made from the
  record's random id); title, last name, position, phone, LINE ID, e-mail, national ID
  number and notes are emptied; sort key and search text are made again from what is left,
  so a search no longer finds the person; the row goes to the trash. The row itself stays,
  so the records that point at it still point at something.
- networks: the link to the person as coordinator is removed (contact details of a
  coordinator are not a record anyone must keep); the coordinating partner stays.
- committee_members: a seat given by an appointment order (the committee has an order
  number or date) is part of that order, an official act of the office: the name and
  official title stay as appointed. A seat on a committee without an order is a working
  list: the name becomes the placeholder and the official title is emptied.
- meeting_attendance, meetings (chair, minutes taker and checker): part of the minutes the
  meeting certified: kept as recorded.
- agreement_signatories: a signature on an agreement is a legal record: the name and
  position stay as signed. Only the person's contact details (on the contact, above) go.
- decision_responsibles, plan_responsibilities: tasks in resolutions and approved joint plans
  are decisions of record: kept.
- activity_participants (role), network_members (role, notes): working notes: the person's
  name is replaced by the placeholder.
- audit_log: append-only and chained (tamper-evident): entries are never changed. They hold
  names in their summaries, but contact details and national ID numbers only as "***".

The person is found in other tables by link (``contact_id``, ``coordinator_contact_id``, and
the attendance of their seats) and by their name ("first last") in the columns above, except
rows linked to another contact (a namesake).
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from lao_desktop.db.types import utcnow
from lao_desktop.errors import FieldProblem, NotFoundError, ValidationError
from lao_desktop.i18n import N_, _
from lao_desktop.models.partner import ContactPerson
from lao_desktop.services import audit
from lao_desktop.services.context import ServiceContext
from lao_desktop.services.national_ids import stored_national_id
from lao_desktop.services.partners import ContactService
from lao_desktop.services.permissions import Action, require
from lao_desktop.services.personal_erase import Erasure, erase, plan
from lao_desktop.services.personal_report import PersonReport, gather
from lao_desktop.thai.idcard import NationalIdError, format_national_id
from lao_desktop.thai.text import search_text

__all__ = ["ContactMatch", "Erasure", "PersonReport", "PersonalDataService"]

_CONTACT = N_("Contact person")
MAX_REASON = 500


@dataclass(frozen=True)
class ContactMatch:
    """A contact found by id or name, to choose from (the command line, a dialog)."""

    contact_id: uuid.UUID
    full_name: str
    partner_name: str
    in_trash: bool


class PersonalDataService:
    def __init__(self, ctx: ServiceContext) -> None:
        self.ctx = ctx
        self.contacts = ContactService(ctx)

    def reveal_national_id(self, contact_id: uuid.UUID) -> str:
        """The contact's national ID number in clear, as on the card ("1-2345-67890-12-1");
        "" when none is stored. Audited as "view" (who, when, whose: never the number)."""
        require(self.ctx.actor, Action.SEE_PERSONAL)
        with self.ctx.transaction() as session:
            contact = self._contact(session, contact_id, deleted_too=False)
            value = stored_national_id(session, contact.id) or ""
            audit.record(
                session,
                self.ctx.actor,
                "view",
                "contact_persons",
                contact.id,
                contact.full_name,
                {"national_id": [audit.HIDDEN, audit.HIDDEN]} if value else {},
            )
        try:
            return format_national_id(value) if value else ""
        except NationalIdError:  # stored before the check existed: as it is
            return value

    def export_person(self, contact_id: uuid.UUID) -> PersonReport:
        """Everything held about the person (contacts in the trash too). Audited as
        "export" in the transaction that reads it."""
        require(self.ctx.actor, Action.ADMINISTER)
        with self.ctx.transaction() as session:
            contact = self._contact(session, contact_id, deleted_too=True)
            report = gather(session, contact, self.ctx.actor.username, utcnow())
            audit.record(
                session,
                self.ctx.actor,
                "export",
                "contact_persons",
                contact.id,
                contact.full_name,
                {"records": [None, len(report.records)]},
            )
        return report

    def erase_person(self, contact_id: uuid.UUID, reason: str) -> Erasure:
        """Erase the person (see the module's docstring for what is kept and why)."""
        require(self.ctx.actor, Action.ADMINISTER)
        reason = " ".join(reason.split())
        if not reason or len(reason) > MAX_REASON:
            message = _(
                "Reason: say why this person's data is erased (for example the date of their "
                "request), in at most {max} characters."
            ).format(max=MAX_REASON)
            raise ValidationError([FieldProblem("reason", message)])
        with self.ctx.transaction() as session:
            contact = self._contact(session, contact_id, deleted_too=True)
            return erase(session, self.contacts, contact, reason)

    def erasure_plan(self, contact_id: uuid.UUID) -> Erasure:
        """What ``erase_person`` would clear, change and keep (counts and field names, no
        personal values), to ask before erasing. Not audited: nothing personal is read out."""
        require(self.ctx.actor, Action.ADMINISTER)
        with self.ctx.reading() as session:
            return plan(session, self._contact(session, contact_id, deleted_too=True))

    def find_contacts(self, text: str) -> list[ContactMatch]:
        """The contact whose id is ``text``, or those whose name is exactly ``text`` (with or
        without the title; in the trash too), in name order."""
        require(self.ctx.actor, Action.READ)
        wanted = " ".join(text.split())
        with self.ctx.reading() as session:
            try:
                ident = uuid.UUID(wanted)
            except ValueError:
                ident = None
            c = ContactPerson
            if ident is not None:
                stmt = select(c).where(c.id == ident)
            else:
                # The last word is in the search text whatever the title; exact after.
                needle = search_text(wanted.split(" ")[-1]).replace("\\", "\\\\")
                needle = needle.replace("%", "\\%").replace("_", "\\_")
                stmt = select(c).where(c.search_text.like(f"%{needle}%", escape="\\"))
            found = [
                contact
                for contact in session.scalars(stmt.order_by(c.sort_key, c.id))
                if ident is not None or _named(contact, wanted)
            ]
            partners = self._partner_names(session, {x.partner_id for x in found})
            return [
                ContactMatch(x.id, x.full_name, partners.get(x.partner_id, ""), x.is_deleted)
                for x in found
            ]

    def _partner_names(self, session: Session, ids: set[uuid.UUID]) -> dict[uuid.UUID, str]:
        from lao_desktop.models.partner import Partner

        if not ids:
            return {}
        rows = session.execute(select(Partner.id, Partner.name).where(Partner.id.in_(ids)))
        return {ident: name for ident, name in rows}

    def _contact(
        self, session: Session, contact_id: uuid.UUID, *, deleted_too: bool
    ) -> ContactPerson:
        contact = session.get(ContactPerson, contact_id)
        if contact is None or (contact.is_deleted and not deleted_too):
            raise NotFoundError(_(_CONTACT), contact_id)
        return contact


def _named(contact: ContactPerson, wanted: str) -> bool:
    folded = wanted.casefold()
    plain = f"{contact.first_name} {contact.last_name}"
    return folded in {" ".join(n.split()).casefold() for n in (contact.full_name, plain)}
