"""Where one contact person appears in the office's records, and what erasing them keeps.

Records are found two ways:
- by link: rows pointing at the contact (committee seats, a network's coordinator) and the
  attendance of those seats at meetings;
- by name: rows that name the person ("first last", as the contact holds it) in a name or a
  text column, unless they are linked to another contact (a namesake).

Each finding says whether ``erase_person`` keeps it as it is (a record the law requires:
see ``personal_data``) or removes the person from it.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from sqlalchemy import ColumnElement, inspect, or_, select
from sqlalchemy.orm import Session

from lao_desktop.i18n import N_, _
from lao_desktop.models import (
    Activity,
    ActivityParticipant,
    Agreement,
    AgreementSignatory,
    Committee,
    CommitteeMember,
    ContactPerson,
    Decision,
    DecisionResponsible,
    JointPlan,
    Meeting,
    MeetingAttendance,
    Network,
    NetworkMember,
    PlanResponsibility,
)
from lao_desktop.services import audit
from lao_desktop.thai.dates import format_date

LINK = "link"  # the row points at the contact
NAME = "name"  # the row names the person


# What a row of each table is to the person (msgids), as findings and erasures name them.
KINDS: dict[str, str] = {
    "committee_members": N_("Committee membership"),
    "networks": N_("Network coordinator"),
    "meeting_attendance": N_("Meeting attendance"),
    "meetings": N_("Chair or minutes of a meeting"),
    "agreement_signatories": N_("Agreement signature"),
    "decision_responsibles": N_("Responsibility for a resolution"),
    "plan_responsibilities": N_("Task in a joint plan"),
    "activity_participants": N_("Activity participation"),
    "network_members": N_("Network membership"),
}


@dataclass(frozen=True)
class Finding:
    """One row of another table about the person."""

    kind: str  # msgid: what the record is, e.g. "Committee membership"
    table: str
    row: Any  # the ORM object (inside the session that found it)
    found_by: str  # LINK or NAME
    kept: bool  # kept as it is by an erasure
    summary: str  # one line naming the record: the committee and position, the meeting…


_DERIVED = frozenset({"sort_key", "search_text"})  # made from the other columns


def row_values(row: Any) -> dict[str, Any]:
    """Every column of a row but the derived ones, JSON-friendly (ISO dates, UUID text)."""
    return {
        attr.key: audit.plain(getattr(row, attr.key))
        for attr in inspect(row).mapper.column_attrs
        if attr.key not in _DERIVED
    }


def person_name(contact: ContactPerson) -> str | None:
    """The name searched for in other tables: "first last"; None when there is no last name
    (a first name alone names too many people)."""
    first, last = " ".join(contact.first_name.split()), " ".join(contact.last_name.split())
    if not first or not last:
        return None
    return f"{first} {last}"


def _day(value: Any) -> str:
    return format_date(value, "abbr") if value is not None else ""


def _mentions(name: str | None, *columns: Any) -> ColumnElement[bool] | None:
    if name is None:
        return None
    return or_(*(column.contains(name, autoescape=True) for column in columns))


class _Finder:
    def __init__(self, session: Session, contact: ContactPerson) -> None:
        self.session = session
        self.contact = contact
        self.name = person_name(contact)

    def all(self) -> list[Finding]:
        found: list[Finding] = []
        for finder in (
            self.seats,
            self.coordinated,
            self.attendance,
            self.meetings,
            self.signatures,
            self.responsibilities,
            self.plan_tasks,
            self.participation,
            self.memberships,
        ):
            found.extend(finder())
        return found

    def _live(self, stmt: Any) -> list[Any]:
        return list(self.session.scalars(stmt))

    # -- by link (and by name where the row holds the name) ---------------------------------

    def _seat_rows(self) -> list[tuple[CommitteeMember, str]]:
        m = CommitteeMember
        by_link = self._live(select(m).where(m.contact_id == self.contact.id))
        rows = [(r, LINK) for r in by_link]
        named = _mentions(self.name, m.person_name)
        if named is not None:
            others = select(m).where(named, m.contact_id.is_(None))
            rows += [(r, NAME) for r in self._live(others)]
        return rows

    def seats(self) -> Iterator[Finding]:
        for member, how in self._seat_rows():
            committee = self.session.get(Committee, member.committee_id)
            # A seat given by an appointment order is part of that order (an official act).
            official = committee is not None and bool(
                committee.order_number or committee.order_date
            )
            name = committee.name if committee is not None else ""
            term = " – ".join(x for x in (_day(member.term_start), _day(member.term_end)) if x)
            summary = f"{name}: {member.position.label}" + (f" ({term})" if term else "")
            yield Finding(
                KINDS["committee_members"], "committee_members", member, how, official, summary
            )

    def coordinated(self) -> Iterator[Finding]:
        stmt = select(Network).where(Network.coordinator_contact_id == self.contact.id)
        for network in self._live(stmt):
            yield Finding(KINDS["networks"], "networks", network, LINK, False, network.name)

    def attendance(self) -> Iterator[Finding]:
        a = MeetingAttendance
        seats = [member.id for member, _how in self._seat_rows()]
        clauses: list[ColumnElement[bool]] = []
        if seats:
            clauses.append(a.committee_member_id.in_(seats))
        named = _mentions(self.name, a.person_name)
        if named is not None:
            clauses.append(named & a.committee_member_id.is_(None))
        if not clauses:
            return
        for row in self._live(select(a).where(or_(*clauses))):
            meeting = self.session.get(Meeting, row.meeting_id)
            how = LINK if row.committee_member_id in seats else NAME
            summary = f"{_meeting(meeting)}: {row.status.label}"
            # The attendance list is part of the minutes the meeting certified.
            yield Finding(
                KINDS["meeting_attendance"], "meeting_attendance", row, how, True, summary
            )

    # -- by name only -------------------------------------------------------------------------

    def meetings(self) -> Iterator[Finding]:
        m = Meeting
        named = _mentions(self.name, m.chair_name, m.minutes_taker, m.minutes_checker)
        if named is None:
            return
        for meeting in self._live(select(m).where(named)):
            kind = KINDS["meetings"]
            yield Finding(kind, "meetings", meeting, NAME, True, _meeting(meeting))

    def signatures(self) -> Iterator[Finding]:
        s = AgreementSignatory
        named = _mentions(self.name, s.name)
        if named is None:
            return
        for row in self._live(select(s).where(named)):
            agreement = self.session.get(Agreement, row.agreement_id)
            summary = agreement.name if agreement is not None else ""
            if agreement is not None and agreement.signed_on is not None:
                summary += f" ({_day(agreement.signed_on)})"
            # A signature on an agreement is a legal record: kept as signed.
            yield Finding(
                KINDS["agreement_signatories"], "agreement_signatories", row, NAME, True, summary
            )

    def responsibilities(self) -> Iterator[Finding]:
        r = DecisionResponsible
        named = _mentions(self.name, r.task)
        if named is None:
            return
        for row in self._live(select(r).where(named)):
            decision = self.session.get(Decision, row.decision_id)
            summary = decision.text[:120] if decision is not None else ""
            yield Finding(
                KINDS["decision_responsibles"],
                "decision_responsibles",
                row,
                NAME,
                True,
                summary,
            )

    def plan_tasks(self) -> Iterator[Finding]:
        r = PlanResponsibility
        named = _mentions(self.name, r.task)
        if named is None:
            return
        for row in self._live(select(r).where(named)):
            plan = self.session.get(JointPlan, row.plan_id)
            summary = plan.name if plan is not None else ""
            yield Finding(
                KINDS["plan_responsibilities"], "plan_responsibilities", row, NAME, True, summary
            )

    def participation(self) -> Iterator[Finding]:
        p = ActivityParticipant
        named = _mentions(self.name, p.role)
        if named is None:
            return
        for row in self._live(select(p).where(named)):
            activity = self.session.get(Activity, row.activity_id)
            summary = ""
            if activity is not None:
                summary = f"{activity.name} ({_day(activity.start_on)})"
            yield Finding(
                KINDS["activity_participants"], "activity_participants", row, NAME, False, summary
            )

    def memberships(self) -> Iterator[Finding]:
        n = NetworkMember
        named = _mentions(self.name, n.role, n.notes)
        if named is None:
            return
        for row in self._live(select(n).where(named)):
            network = self.session.get(Network, row.network_id)
            summary = network.name if network is not None else ""
            yield Finding(KINDS["network_members"], "network_members", row, NAME, False, summary)


def _meeting(meeting: Meeting | None) -> str:
    if meeting is None:
        return ""
    number = _("No. {number}/{year} {title}").format(
        number=meeting.number, year=meeting.year_be, title=meeting.title
    )
    return f"{number} ({_day(meeting.meeting_date)})"


def find_records(session: Session, contact: ContactPerson) -> list[Finding]:
    """Every row of another table about ``contact``, in a fixed order of kinds."""
    return _Finder(session, contact).all()
