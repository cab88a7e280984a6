"""Meetings (การประชุม) numbered ครั้งที่ n/พ.ศ., their attendance and agenda (ระเบียบวาระ).

A meeting belongs to a committee, to a network, to both (a network's committee: the network
is then taken from the committee) or to neither (a meeting of the office). Its number is
unique in that series and B.E. year; left empty, the next free number is given.
"""

from __future__ import annotations

import uuid
from collections.abc import Mapping
from datetime import date, timedelta
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session, selectinload

from lao_desktop.errors import FieldProblem, NotFoundError, ValidationError
from lao_desktop.i18n import N_, _
from lao_desktop.models.committee import Committee, CommitteeMember
from lao_desktop.models.enums import AgendaKind, AttendanceStatus
from lao_desktop.models.meeting import AgendaItem, Meeting, MeetingAttendance
from lao_desktop.models.network import Network
from lao_desktop.models.partner import Partner
from lao_desktop.services.entity import EntityService
from lao_desktop.services.fields import (
    Check,
    ChoiceField,
    DateField,
    IntField,
    NotesField,
    RefField,
    TextField,
    TimeField,
)
from lao_desktop.services.lookups import live, next_in, taken
from lao_desktop.services.permissions import Action, require
from lao_desktop.services.schema import Schema, is_empty
from lao_desktop.thai.dates import be_year, format_date
from lao_desktop.thai.fiscal import fiscal_year


def _is_or(column: Any, value: Any) -> Any:
    return column.is_(None) if value is None else column == value


def _times_in_order(v: dict[str, Any]) -> str | None:
    start, end = v.get("start_time"), v.get("end_time")
    if start is not None and end is not None and end <= start:
        message = _("{field}: the meeting must end after it starts ({start}); check both times.")
        return message.format(field=_("End time"), start=start.strftime("%H.%M"))
    return None


class MeetingService(EntityService[Meeting]):
    model = Meeting
    label = N_("Meeting")
    schema = Schema(
        {
            "committee_id": RefField(label=N_("Committee"), model=Committee, what=N_("committee")),
            "network_id": RefField(label=N_("Network"), model=Network, what=N_("network")),
            "number": IntField(label=N_("Meeting number"), minimum=1, maximum=9999),
            "year_be": IntField(label=N_("Year (B.E.)"), minimum=2400, maximum=2700),
            "title": TextField(label=N_("Meeting title"), required=True),
            "meeting_date": DateField(label=N_("Meeting date"), required=True),
            "start_time": TimeField(label=N_("Start time")),
            "end_time": TimeField(label=N_("End time")),
            "place": TextField(label=N_("Place")),
            "chair_name": TextField(label=N_("Chair of the meeting")),
            "minutes_taker": TextField(label=N_("Minutes taken by")),
            "minutes_checker": TextField(label=N_("Minutes checked by")),
            "notes": NotesField(label=N_("Notes")),
        },
        (Check(("end_time", "start_time"), _times_in_order),),
    )
    filterable = ("committee_id", "network_id", "year_be")
    sortable = {"date": "meeting_date", "number": "number"}
    default_sort = "date"
    date_column = "meeting_date"
    numbering_lock = 0x4C414F01
    detail_options = (
        selectinload(Meeting.committee),
        selectinload(Meeting.network),
        selectinload(Meeting.agenda.and_(AgendaItem.deleted_at.is_(None))),
        selectinload(Meeting.attendance.and_(MeetingAttendance.deleted_at.is_(None))),
    )

    def describe(self, obj: Meeting) -> str:
        # Thai: "ครั้งที่ 3/2569 <title>"
        return _("No. {number}/{year} {title}").format(
            number=obj.number, year=obj.year_be, title=obj.title
        )

    def search_parts(self, obj: Meeting) -> list[str | None]:
        return [obj.title, f"{obj.number}/{obj.year_be}", obj.place, obj.chair_name]

    def next_number(
        self, committee_id: uuid.UUID | None, network_id: uuid.UUID | None, year_be: int
    ) -> int:
        """The number the next meeting of this series in that B.E. year gets."""
        require(self.ctx.actor, Action.READ)
        with self.ctx.reading() as session:
            return next_in(session, Meeting.number, *_series(committee_id, network_id, year_be))

    def create_with_standard_agenda(self, data: Mapping[str, Any]) -> Meeting:
        """The meeting with the five standard agenda items (ระเบียบวาระที่ 1–5), all or none."""
        require(self.ctx.actor, self.write_action)
        with self.ctx.transaction():
            meeting = self.create(data)
            agenda = AgendaService(self.ctx)
            for sequence, kind in enumerate(AgendaKind, start=1):
                item = {"meeting_id": meeting.id, "sequence": sequence, "kind": kind}
                agenda.create({**item, "title": kind.label})
            return self.get(meeting.id)

    def upcoming(self, days: int = 30, today: date | None = None) -> list[Meeting]:
        """Live meetings from ``today`` to ``days`` days later, soonest first."""
        require(self.ctx.actor, Action.READ)
        start = today or date.today()
        day = Meeting.meeting_date
        with self.ctx.reading() as session:
            stmt = (
                select(Meeting)
                .where(*live(Meeting, None, day >= start, day <= start + timedelta(days=days)))
                .order_by(day, Meeting.start_time.is_(None), Meeting.start_time, Meeting.number)
                .options(selectinload(Meeting.committee), selectinload(Meeting.network))
            )
            return list(session.scalars(stmt))

    def prefill(self, session: Session, data: dict[str, Any], obj: Meeting | None) -> None:
        committee_id = self.peek(data, obj, "committee_id")
        if committee_id is not None and self.peek(data, obj, "network_id") is None:
            committee = session.get(Committee, committee_id)
            if committee is not None:
                data["network_id"] = committee.network_id  # one series per committee
        when = self.peek(data, obj, "meeting_date")
        derived = obj is None or obj.year_be == be_year(obj.meeting_date)
        retyped = "year_be" in data or (derived and "meeting_date" in data)
        if when is not None and is_empty(data.get("year_be")) and retyped:
            data["year_be"] = be_year(when)
        year = self.peek(data, obj, "year_be")
        if year is not None and self.left_empty(data, obj, "number"):
            series = _series(committee_id, self.peek(data, obj, "network_id"), year)
            data["number"] = next_in(session, Meeting.number, *series, exclude=obj)

    def extra_problems(
        self, session: Session, values: Mapping[str, Any], obj: Meeting | None
    ) -> list[FieldProblem]:
        problems = []
        committee_id, network_id = values["committee_id"], values["network_id"]
        year, number, when = values["year_be"], values["number"], values["meeting_date"]
        if year not in (be_year(when), fiscal_year(when)):
            message = _(
                "{field}: {year} does not match the meeting date {date}; use {calendar} "
                "(the calendar year) or {fiscal} (the fiscal year)."
            )
            shown = format_date(when, "abbr")
            calendar, fiscal = be_year(when), fiscal_year(when)
            problems.append(
                self.problem(
                    "year_be", message, year=year, date=shown, calendar=calendar, fiscal=fiscal
                )
            )
        changed = obj is None or (obj.committee_id, obj.network_id) != (committee_id, network_id)
        committee = session.get(Committee, committee_id) if committee_id else None
        if changed and committee is not None and committee.network_id != network_id:
            message = _(
                "{field}: the chosen committee is not part of this network; leave the network "
                "empty and it is taken from the committee."
            )
            problems.append(self.problem("network_id", message))
        series = _series(committee_id, network_id, year)
        if taken(session, Meeting, obj, *series, Meeting.number == number):
            message = _(
                "{field}: no. {number}/{year} is already used by another meeting of the same "
                "committee or network; use {next}, the next free number."
            )
            free = next_in(session, Meeting.number, *series, exclude=obj)
            problems.append(self.problem("number", message, number=number, year=year, next=free))
        return problems


def _series(committee_id: uuid.UUID | None, network_id: uuid.UUID | None, year: int) -> list[Any]:
    return [
        _is_or(Meeting.committee_id, committee_id),
        _is_or(Meeting.network_id, network_id),
        Meeting.year_be == year,
    ]


class AttendanceService(EntityService[MeetingAttendance]):
    model = MeetingAttendance
    label = N_("Attendance")
    schema = Schema(
        {
            "meeting_id": RefField(
                label=N_("Meeting"), required=True, model=Meeting, what=N_("meeting")
            ),
            "committee_member_id": RefField(
                label=N_("Committee member"), model=CommitteeMember, what=N_("committee member")
            ),
            "partner_id": RefField(label=N_("Partner"), model=Partner, what=N_("partner")),
            "person_name": TextField(label=N_("Name")),
            "position_text": TextField(label=N_("Position")),
            "status": ChoiceField(label=N_("Attendance"), required=True, enum=AttendanceStatus),
            "note": TextField(label=N_("Note")),
            "sequence": IntField(label=N_("Order in the list")),
        }
    )
    filterable = ("meeting_id", "status")
    sortable = {"sequence": "sequence"}
    default_sort = "sequence"

    def describe(self, obj: MeetingAttendance) -> str:
        return f"{obj.person_name} ({obj.status.label})"

    def fill_from_committee(self, meeting_id: uuid.UUID) -> int:
        """Add every current member of the meeting's committee not yet listed, as present;
        returns how many were added."""
        require(self.ctx.actor, Action.WRITE)
        with self.ctx.transaction() as session:
            meeting = session.get(Meeting, meeting_id)
            if meeting is None or meeting.is_deleted:
                raise NotFoundError(_("Meeting"), meeting_id)
            if meeting.committee_id is None:
                message = _(
                    "{field}: this meeting is not of a committee; choose its committee first, "
                    "or add the people one by one."
                )
                raise ValidationError([self.problem("meeting_id", message)])
            listed = set(
                session.scalars(
                    select(MeetingAttendance.committee_member_id).where(
                        *live(MeetingAttendance, None, MeetingAttendance.meeting_id == meeting.id)
                    )
                )
            )
            day, seat = meeting.meeting_date, CommitteeMember
            members = session.scalars(
                select(seat)
                .where(
                    *live(seat, None, seat.committee_id == meeting.committee_id),
                    seat.term_start.is_(None) | (seat.term_start <= day),
                    seat.term_end.is_(None) | (seat.term_end >= day),
                )
                .order_by(seat.sequence, seat.person_name)
            ).all()
            added = [m for m in members if m.id not in listed]
            for member in added:
                present = {"committee_member_id": member.id, "status": AttendanceStatus.PRESENT}
                self.create({"meeting_id": meeting.id, **present})
        return len(added)

    def summary(self, meeting_id: uuid.UUID) -> dict[AttendanceStatus, int]:
        """How many people of the meeting have each status (0 for none)."""
        require(self.ctx.actor, Action.READ)
        counts = dict.fromkeys(AttendanceStatus, 0)
        status = MeetingAttendance.status
        with self.ctx.reading() as session:
            where = live(MeetingAttendance, None, MeetingAttendance.meeting_id == meeting_id)
            stmt = select(status, func.count()).where(*where).group_by(status)
            for value, count in session.execute(stmt):
                counts[value] = int(count)
        return counts

    def prefill(
        self, session: Session, data: dict[str, Any], obj: MeetingAttendance | None
    ) -> None:
        member_id = self.peek(data, obj, "committee_member_id")
        changed = "committee_member_id" in data and (
            obj is None or obj.committee_member_id != member_id
        )
        member = session.get(CommitteeMember, member_id) if member_id else None
        if member is not None:
            if is_empty(data.get("person_name")) and (changed or "person_name" in data):
                data["person_name"] = member.person_name
            if changed and is_empty(data.get("position_text")):
                data["position_text"] = member.position.label
            if changed and self.peek(data, obj, "partner_id") is None:
                data["partner_id"] = member.partner_id
        meeting_id = self.peek(data, obj, "meeting_id")
        if meeting_id and self.left_empty(data, obj, "sequence"):
            where = MeetingAttendance.meeting_id == meeting_id
            data["sequence"] = next_in(session, MeetingAttendance.sequence, where)

    def extra_problems(
        self, session: Session, values: Mapping[str, Any], obj: MeetingAttendance | None
    ) -> list[FieldProblem]:
        problems = []
        if not values["person_name"]:
            message = _("{field}: type the person's name, or choose a committee member.")
            problems.append(self.problem("person_name", message))
        member_id = values["committee_member_id"]
        member = session.get(CommitteeMember, member_id) if member_id else None
        meeting = session.get(Meeting, values["meeting_id"])
        if member is None or meeting is None:
            return problems
        if meeting.committee_id is not None and member.committee_id != meeting.committee_id:
            message = _(
                "{field}: {name} is a member of another committee; choose a member of this "
                "meeting's committee, or leave it empty and type the name."
            )
            problems.append(self.problem("committee_member_id", message, name=member.person_name))
        attendance = MeetingAttendance
        same = (attendance.meeting_id == meeting.id, attendance.committee_member_id == member.id)
        if taken(session, attendance, obj, *same):
            message = _("{field}: {name} is already listed for this meeting; change that row.")
            problems.append(self.problem("committee_member_id", message, name=member.person_name))
        return problems


class AgendaService(EntityService[AgendaItem]):
    model = AgendaItem
    label = N_("Agenda item")
    schema = Schema(
        {
            "meeting_id": RefField(
                label=N_("Meeting"), required=True, model=Meeting, what=N_("meeting")
            ),
            "sequence": IntField(label=N_("Agenda number"), minimum=1),
            "kind": ChoiceField(label=N_("Kind of agenda item"), required=True, enum=AgendaKind),
            "title": TextField(label=N_("Agenda title"), required=True, max_length=500),
            "details": NotesField(label=N_("Details")),
        }
    )
    filterable = ("meeting_id", "kind")
    sortable = {"sequence": "sequence"}
    default_sort = "sequence"

    def describe(self, obj: AgendaItem) -> str:
        return f"{obj.sequence}. {obj.title}"

    def prefill(self, session: Session, data: dict[str, Any], obj: AgendaItem | None) -> None:
        meeting_id = self.peek(data, obj, "meeting_id")
        if meeting_id and self.left_empty(data, obj, "sequence"):
            where = AgendaItem.meeting_id == meeting_id
            data["sequence"] = next_in(session, AgendaItem.sequence, where)
