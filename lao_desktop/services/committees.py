"""Committees (คณะกรรมการ) of a network or of the office, and their members by term.

A term runs from ``term_start`` to ``term_end`` inclusive, as written in an appointment
order ("ตั้งแต่วันที่ 1 ตุลาคม 2568 ถึงวันที่ 30 กันยายน 2570"). A member without dates of
their own serves the committee's term. Ended terms stay as history.
"""

from __future__ import annotations

import re
import uuid
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import Select, select
from sqlalchemy.orm import Session, selectinload
from sqlalchemy.orm.attributes import set_committed_value

from lao_desktop.errors import FieldProblem, NotFoundError
from lao_desktop.i18n import N_, _
from lao_desktop.models.committee import Committee, CommitteeMember
from lao_desktop.models.enums import CommitteePosition
from lao_desktop.models.network import Network
from lao_desktop.models.partner import ContactPerson, Partner
from lao_desktop.services.entity import EntityService
from lao_desktop.services.fields import (
    Check,
    ChoiceField,
    DateField,
    FieldValueError,
    IntField,
    NotesField,
    RefField,
    TextField,
)
from lao_desktop.services.networks import related_name, shown_period
from lao_desktop.services.permissions import Action, require
from lao_desktop.services.query import ListQuery
from lao_desktop.services.schema import Schema
from lao_desktop.thai.collation import thai_sort_key
from lao_desktop.thai.dates import MAX_BE_YEAR, MIN_BE_YEAR, be_year, format_date
from lao_desktop.thai.digits import to_arabic_digits

_ORDER_NUMBER = re.compile(r"^(?:คำสั่ง)?\s*(?:ที่)?\s*(\d{1,5})\s*/\s*(?:พ\.ศ\.)?\s*(\d{4})$")


@dataclass(frozen=True, kw_only=True)
class OrderNumberField(TextField):
    """An order number "n/B.E. year" (คำสั่งที่ 12/2569); Thai digits are accepted."""

    max_length: int = 50

    def convert(self, raw: Any) -> str:
        text = to_arabic_digits(super().convert(raw))
        match = _ORDER_NUMBER.match(text)
        if match is None or int(match.group(1)) == 0:
            raise FieldValueError(
                _(
                    "“{value}” is not an order number; type the number, a slash and the "
                    "Buddhist-era year, for example 12/2569."
                ).format(value=text[:30])
            )
        year = int(match.group(2))
        if not MIN_BE_YEAR <= year <= MAX_BE_YEAR:
            raise FieldValueError(
                _(
                    "{year} is not a Buddhist-era year; type the year in B.E., for example 12/2569."
                ).format(year=year)
            )
        return f"{int(match.group(1))}/{year}"


def _term_order(values: dict[str, Any]) -> str | None:
    start, end = values.get("term_start"), values.get("term_end")
    if start is None or end is None or end >= start:
        return None
    return _(
        "End of term: {end} is before the start of the term ({start}); correct one of the "
        "two dates."
    ).format(end=format_date(end, "abbr"), start=format_date(start, "abbr"))


def _order_year(values: dict[str, Any]) -> str | None:
    number, day = values.get("order_number"), values.get("order_date")
    year = to_arabic_digits(number or "").rpartition("/")[2].strip()
    if day is None or not year.isdigit() or int(year) == be_year(day):
        return None
    return _(
        "Order number: the year of {number} is not the year of the order date ({day}); orders "
        "are numbered anew each year, so correct the number or the date."
    ).format(number=number, day=format_date(day, "abbr"))


TERM_CHECK = Check(("term_end", "term_start"), _term_order)


def _overlap(a: tuple[date | None, date | None], b: tuple[date | None, date | None]) -> bool:
    """Whether two inclusive periods share a day; None is an open end."""
    return (a[0] is None or b[1] is None or a[0] <= b[1]) and (
        b[0] is None or a[1] is None or b[0] <= a[1]
    )


def term_of(member: CommitteeMember, committee: Committee) -> tuple[date | None, date | None]:
    """The member's own term, or the committee's where the member has no date."""
    return (member.term_start or committee.term_start, member.term_end or committee.term_end)


def _member_order(member: CommitteeMember) -> tuple[int, str]:
    return (member.sequence, thai_sort_key(member.person_name))


class CommitteeService(EntityService[Committee]):
    model = Committee
    label = N_("Committee")
    schema = Schema(
        {
            "name": TextField(label=N_("Committee name"), required=True),
            "network_id": RefField(label=N_("Network"), model=Network, what=N_("network")),
            "authority": NotesField(label=N_("Authority and duties")),
            "order_number": OrderNumberField(label=N_("Order number")),
            "order_date": DateField(label=N_("Order date")),
            "term_start": DateField(label=N_("Start of term")),
            "term_end": DateField(label=N_("End of term")),
            "notes": NotesField(label=N_("Notes")),
        },
        (TERM_CHECK, Check(("order_number", "order_date"), _order_year)),
    )
    filterable = ("network_id",)
    sortable = {"name": "sort_key", "order_date": "order_date", "term_start": "term_start"}
    date_column = "order_date"
    detail_options = (
        selectinload(Committee.network),
        selectinload(Committee.members.and_(CommitteeMember.deleted_at.is_(None))).selectinload(
            CommitteeMember.partner
        ),
    )

    def search_parts(self, obj: Committee) -> list[str | None]:
        return [obj.name, obj.order_number, obj.notes]

    def get(self, ident: uuid.UUID, *, include_deleted: bool = False) -> Committee:
        """With the members not in the trash, by sequence and then Thai name (the
        relationship itself orders by sequence only)."""
        committee = super().get(ident, include_deleted=include_deleted)
        set_committed_value(committee, "members", sorted(committee.members, key=_member_order))
        return committee

    def current_members(
        self, committee_id: uuid.UUID, on: date | None = None
    ) -> list[CommitteeMember]:
        """Members whose term covers ``on`` (today by default), in the order's sequence."""
        return self._members(committee_id, on or date.today(), current=True)

    def past_members(
        self, committee_id: uuid.UUID, on: date | None = None
    ) -> list[CommitteeMember]:
        """The history: every other member (term ended, or not yet begun on ``on``), the
        latest term first."""
        return self._members(committee_id, on or date.today(), current=False)

    def _members(
        self, committee_id: uuid.UUID, on: date, *, current: bool
    ) -> list[CommitteeMember]:
        require(self.ctx.actor, Action.READ)
        with self.ctx.reading() as session:
            committee = session.get(Committee, committee_id)
            if committee is None or committee.is_deleted:
                raise NotFoundError(_(self.label), committee_id)
            rows = session.scalars(
                select(CommitteeMember)
                .where(
                    CommitteeMember.committee_id == committee_id,
                    CommitteeMember.deleted_at.is_(None),
                )
                .options(selectinload(CommitteeMember.partner))
            )
            chosen = [m for m in rows if _overlap(term_of(m, committee), (on, on)) == current]
        chosen.sort(key=_member_order)
        if not current:
            chosen.sort(key=lambda m: term_of(m, committee)[0] or date.min, reverse=True)
        return chosen


class CommitteeMemberService(EntityService[CommitteeMember]):
    model = CommitteeMember
    label = N_("Committee member")
    schema = Schema(
        {
            "committee_id": RefField(
                label=N_("Committee"), required=True, model=Committee, what=N_("committee")
            ),
            "person_name": TextField(label=N_("Name of the member"), required=True),
            "person_title": TextField(label=N_("Official title"), max_length=200),
            "contact_id": RefField(
                label=N_("Contact person"), model=ContactPerson, what=N_("contact person")
            ),
            "partner_id": RefField(
                label=N_("Partner represented"), model=Partner, what=N_("partner")
            ),
            "position": ChoiceField(
                label=N_("Position in the committee"), required=True, enum=CommitteePosition
            ),
            "duties": NotesField(label=N_("Duties")),
            "term_start": DateField(label=N_("Start of term")),
            "term_end": DateField(label=N_("End of term")),
            "sequence": IntField(label=N_("Order in the list"), maximum=9999, default=0),
        },
        (TERM_CHECK,),
    )
    filterable = ("committee_id", "partner_id", "position")
    sortable = {"sequence": "sequence", "name": "person_name"}
    default_sort = "sequence"

    def describe(self, obj: CommitteeMember) -> str:
        committee = related_name(obj, "committee", Committee, obj.committee_id)
        return f"{obj.person_name} ({obj.position.label}) — {committee}"

    def search_parts(self, obj: CommitteeMember) -> list[str | None]:
        return [obj.person_name, obj.person_title, obj.duties]

    def end_term(self, member_id: uuid.UUID, on: date) -> CommitteeMember:
        """End the member's term: ``on`` is the last day served. The row stays as history."""
        return self.update(member_id, {"term_end": on})

    def extra_problems(
        self, session: Session, values: Mapping[str, Any], obj: CommitteeMember | None
    ) -> list[FieldProblem]:
        problems: list[FieldProblem] = []
        contact_id, partner_id = values["contact_id"], values["partner_id"]
        contact = session.get(ContactPerson, contact_id) if contact_id else None
        partner = session.get(Partner, partner_id) if partner_id else None
        if contact is not None and partner is not None and contact.partner_id != partner.id:
            message = _(
                "{field}: {contact} is not a contact person of {partner}; choose a "
                "contact of that partner, or change the partner represented."
            )
            problems.append(
                self.problem("contact_id", message, contact=contact.full_name, partner=partner.name)
            )
        committee = session.get(Committee, values["committee_id"])
        if values["position"] is not CommitteePosition.CHAIR or committee is None:
            return problems
        start = values["term_start"] or committee.term_start
        end = values["term_end"] or committee.term_end
        chairs = select(CommitteeMember).where(
            CommitteeMember.committee_id == committee.id,
            CommitteeMember.position == CommitteePosition.CHAIR,
            CommitteeMember.deleted_at.is_(None),
        )
        if obj is not None:
            chairs = chairs.where(CommitteeMember.id != obj.id)
        for chair in session.scalars(chairs.order_by(CommitteeMember.term_start)):
            term = term_of(chair, committee)
            if _overlap((start, end), term):
                message = _(
                    "{field}: {name} is already the chair of this committee for {period}; a "
                    "committee has one chair at a time. End that chair's term first (the day "
                    "before this term starts), or choose another position."
                )
                period = shown_period(*term)
                problems.append(
                    self.problem("position", message, name=chair.person_name, period=period)
                )
                break
        return problems

    def prefill(self, session: Session, data: dict[str, Any], obj: CommitteeMember | None) -> None:
        """A person chosen from the contacts gets their name when none is typed."""
        contact_id = self.peek(data, obj, "contact_id")
        if contact_id is None or not self.left_empty(data, obj, "person_name"):
            return
        contact = session.get(ContactPerson, contact_id)
        if contact is not None and not contact.is_deleted:
            data["person_name"] = contact.full_name

    def _ordered(self, stmt: Select[Any], query: ListQuery) -> Select[Any]:
        """By the order's sequence, then by name in Thai order (the collation ``thai`` of
        both databases: this table keeps no sort key)."""
        sort = query.sort or self.default_sort
        if sort not in self.sortable:
            raise KeyError(f"CommitteeMember cannot be sorted by {query.sort!r}")
        name = CommitteeMember.person_name.collate("thai")
        columns = [CommitteeMember.sequence, name] if sort == "sequence" else [name]
        ordered = [c.desc() if query.descending else c.asc() for c in columns]
        return stmt.order_by(*ordered, CommitteeMember.id)
