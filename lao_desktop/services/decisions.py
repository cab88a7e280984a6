"""Resolutions (มติ) numbered per meeting, the partners responsible and follow-up reports.

A resolution's status follows its latest follow-up report (by report date); it can also be
set directly. Status "done" needs a completion date: when none is given, today is taken
(marking a resolution done should not fail for want of a date; the clerk can correct it).
A completion date is kept only while the status is "done".
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable, Mapping
from datetime import date
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session, contains_eager, object_session, selectinload

from lao_desktop.errors import FieldProblem, ValidationError
from lao_desktop.i18n import N_, _
from lao_desktop.models.decision import Decision, DecisionFollowUp, DecisionResponsible
from lao_desktop.models.enums import DecisionStatus
from lao_desktop.models.meeting import AgendaItem, Meeting
from lao_desktop.models.partner import Partner
from lao_desktop.services.entity import EntityService
from lao_desktop.services.fields import (
    ChoiceField,
    DateField,
    FieldValueError,
    IntField,
    NotesField,
    RefField,
    TextField,
)
from lao_desktop.services.lookups import live, next_in, taken
from lao_desktop.services.permissions import Action, require
from lao_desktop.services.schema import Schema, is_empty
from lao_desktop.thai.dates import format_date

DONE, CANCELLED = DecisionStatus.DONE, DecisionStatus.CANCELLED
_RESPONSIBLES = selectinload(
    Decision.responsibles.and_(DecisionResponsible.deleted_at.is_(None))
).selectinload(DecisionResponsible.partner)


def _meeting_of(session: Session, decision_id: uuid.UUID | None) -> Meeting | None:
    decision = session.get(Decision, decision_id) if decision_id else None
    return None if decision is None else session.get(Meeting, decision.meeting_id)


def _date_problem(
    service: EntityService[Any], key: str, day: date | None, meeting: Meeting | None
) -> list[FieldProblem]:
    """``key`` may not be a date before the meeting that made the resolution."""
    if meeting is None or day is None or day >= meeting.meeting_date:
        return []
    message = _("{field}: {date} is before the meeting of {meeting_date}; check the date.")
    held = format_date(meeting.meeting_date, "abbr")
    return [service.problem(key, message, date=format_date(day, "abbr"), meeting_date=held)]


class DecisionService(EntityService[Decision]):
    model = Decision
    label = N_("Resolution")
    schema = Schema(
        {
            "meeting_id": RefField(
                label=N_("Meeting"), required=True, model=Meeting, what=N_("meeting")
            ),
            "agenda_item_id": RefField(
                label=N_("Agenda item"), model=AgendaItem, what=N_("agenda item")
            ),
            "number": IntField(label=N_("Resolution number"), minimum=1, maximum=9999),
            "text": NotesField(label=N_("Resolution"), required=True),
            "votes_for": IntField(label=N_("Votes for"), count=True),
            "votes_against": IntField(label=N_("Votes against"), count=True),
            "votes_abstain": IntField(label=N_("Abstentions"), count=True),
            "due_date": DateField(label=N_("Due date")),
            "status": ChoiceField(label=N_("Status"), enum=DecisionStatus),
            "completed_on": DateField(label=N_("Completed on")),
        }
    )
    filterable = ("meeting_id", "status")
    sortable = {"due_date": "due_date", "number": "number"}
    default_sort = "due_date"
    date_column = "due_date"
    numbering_lock = 0x4C414F02
    detail_options = (
        selectinload(Decision.meeting),
        selectinload(Decision.agenda_item),
        _RESPONSIBLES,
        selectinload(Decision.follow_ups.and_(DecisionFollowUp.deleted_at.is_(None))),
    )

    def describe(self, obj: Decision) -> str:
        session = object_session(obj)
        meeting = obj.__dict__.get("meeting") or (
            session.get(Meeting, obj.meeting_id) if session is not None else None
        )
        where = f"{meeting.number}/{meeting.year_be}" if meeting is not None else "-"
        text = obj.text if len(obj.text) <= 120 else obj.text[:119] + "…"
        return _("Resolution {number} of meeting {meeting}: {text}").format(
            number=obj.number, meeting=where, text=text
        )

    def search_parts(self, obj: Decision) -> list[str | None]:
        return [obj.text]

    def next_number(self, meeting_id: uuid.UUID) -> int:
        """The number the next resolution of this meeting gets."""
        require(self.ctx.actor, Action.READ)
        with self.ctx.reading() as session:
            return next_in(session, Decision.number, Decision.meeting_id == meeting_id)

    def set_responsibles(
        self, decision_id: uuid.UUID, responsibles: Iterable[tuple[Any, str]]
    ) -> list[DecisionResponsible]:
        """Replace who is responsible: [(partner id, task), …]. Partners no longer listed go
        to the trash; the others are kept (their task updated) or added. All or nothing."""
        require(self.ctx.actor, Action.WRITE)
        rows = DecisionResponsibleService(self.ctx)
        ref = rows.schema.fields["partner_id"]
        wanted: dict[uuid.UUID, str] = {}
        for raw, task in responsibles:
            try:
                partner_id = ref.convert(raw)
            except FieldValueError as error:
                label = _(ref.label)
                raise ValidationError([FieldProblem("partner_id", f"{label}: {error}")]) from None
            if partner_id in wanted:
                message = _("{field}: the same partner is listed twice; list it once.")
                raise ValidationError([rows.problem("partner_id", message)])
            wanted[partner_id] = task or ""
        with self.ctx.transaction() as session:
            self._load(session, decision_id, deleted=False)
            where = DecisionResponsible.decision_id == decision_id
            current = session.scalars(
                select(DecisionResponsible).where(*live(rows.model, None, where))
            )
            kept: dict[uuid.UUID, uuid.UUID] = {}
            for row in list(current):
                if row.partner_id in wanted and row.partner_id not in kept:
                    kept[row.partner_id] = row.id
                else:
                    rows.delete(row.id)
            result = []
            for partner_id, task in wanted.items():
                if partner_id in kept:
                    result.append(rows.update(kept[partner_id], {"task": task}))
                else:
                    new = {"decision_id": decision_id, "partner_id": partner_id, "task": task}
                    result.append(rows.create(new))
        return result

    def add_follow_up(
        self, decision_id: uuid.UUID, reported_on: date | str, status: Any, note: str = ""
    ) -> DecisionFollowUp:
        """Record a progress report; the resolution takes its status (and, when done, its
        completion date) unless a later report exists. All or nothing."""
        data = {"decision_id": decision_id, "reported_on": reported_on, "status": status}
        return DecisionFollowUpService(self.ctx).create({**data, "note": note})

    def overdue(self, today: date | None = None) -> list[Decision]:
        """Resolutions of live meetings past their due date and neither done nor cancelled,
        the most overdue first; each with its meeting and responsible partners loaded."""
        require(self.ctx.actor, Action.READ)
        day = today or date.today()
        with self.ctx.reading() as session:
            stmt = (
                select(Decision)
                .join(Decision.meeting)
                .where(
                    *live(Decision, None, Decision.due_date < day),
                    Decision.status.not_in([DONE, CANCELLED]),
                    Meeting.deleted_at.is_(None),
                )
                .order_by(Decision.due_date, Meeting.meeting_date, Decision.number)
                .options(contains_eager(Decision.meeting), _RESPONSIBLES)
            )
            return list(session.scalars(stmt))

    def prefill(self, session: Session, data: dict[str, Any], obj: Decision | None) -> None:
        meeting_id = self.peek(data, obj, "meeting_id")
        if meeting_id and self.left_empty(data, obj, "number"):
            same = Decision.meeting_id == meeting_id
            data["number"] = next_in(session, Decision.number, same, exclude=obj)
        if self.left_empty(data, obj, "status"):
            data["status"] = DecisionStatus.PENDING
        status = self.peek(data, obj, "status")
        completed_given = not is_empty(data.get("completed_on"))
        if status is DONE and not completed_given and self.peek(data, obj, "completed_on") is None:
            data["completed_on"] = date.today()
        elif status not in (None, DONE) and obj is not None and "completed_on" not in data:
            data["completed_on"] = None  # no longer done

    def extra_problems(
        self, session: Session, values: Mapping[str, Any], obj: Decision | None
    ) -> list[FieldProblem]:
        problems = []
        meeting_id, number = values["meeting_id"], values["number"]
        item_id = values["agenda_item_id"]
        item = session.get(AgendaItem, item_id) if item_id else None
        if item is not None and item.meeting_id != meeting_id:
            message = _(
                "{field}: the chosen agenda item belongs to another meeting; choose an item "
                "of this meeting or leave it empty."
            )
            problems.append(self.problem("agenda_item_id", message))
        if taken(
            session, Decision, obj, Decision.meeting_id == meeting_id, Decision.number == number
        ):
            message = _(
                "{field}: resolution {number} already exists in this meeting; use {next}, "
                "the next free number."
            )
            free = next_in(session, Decision.number, Decision.meeting_id == meeting_id, exclude=obj)
            problems.append(self.problem("number", message, number=number, next=free))
        if values["completed_on"] is not None and values["status"] is not DONE:
            message = _(
                "{field}: only a resolution that is done has a completion date; set the "
                "status to “{done}” or clear the date."
            )
            problems.append(self.problem("completed_on", message, done=DONE.label))
        meeting = session.get(Meeting, meeting_id)
        problems += _date_problem(self, "completed_on", values["completed_on"], meeting)
        problems += _date_problem(self, "due_date", values["due_date"], meeting)
        return problems


class DecisionResponsibleService(EntityService[DecisionResponsible]):
    """One partner responsible for a resolution; ``DecisionService.set_responsibles``
    replaces the whole list."""

    model = DecisionResponsible
    label = N_("Responsible partner")
    schema = Schema(
        {
            "decision_id": RefField(
                label=N_("Resolution"), required=True, model=Decision, what=N_("resolution")
            ),
            "partner_id": RefField(
                label=N_("Responsible partner"), required=True, model=Partner, what=N_("partner")
            ),
            "task": TextField(label=N_("Task"), max_length=500),
        }
    )
    filterable = ("decision_id", "partner_id")
    sortable = {"created": "created_at"}
    default_sort = "created"

    def describe(self, obj: DecisionResponsible) -> str:
        session = object_session(obj)
        partner = session.get(Partner, obj.partner_id) if session is not None else None
        name = partner.name if partner is not None else str(obj.partner_id)
        return f"{name}: {obj.task}" if obj.task else name

    def extra_problems(
        self, session: Session, values: Mapping[str, Any], obj: DecisionResponsible | None
    ) -> list[FieldProblem]:
        row = DecisionResponsible
        same = (row.decision_id == values["decision_id"], row.partner_id == values["partner_id"])
        if not taken(session, row, obj, *same):
            return []
        message = _(
            "{field}: this partner is already responsible for the resolution; "
            "change its task instead."
        )
        return [self.problem("partner_id", message)]


class DecisionFollowUpService(EntityService[DecisionFollowUp]):
    """Progress reports. After each write the resolution takes the status of its latest
    live report (by report date, then by entry time)."""

    model = DecisionFollowUp
    label = N_("Follow-up report")
    schema = Schema(
        {
            "decision_id": RefField(
                label=N_("Resolution"), required=True, model=Decision, what=N_("resolution")
            ),
            "reported_on": DateField(label=N_("Report date"), required=True),
            "status": ChoiceField(label=N_("Status"), required=True, enum=DecisionStatus),
            "note": NotesField(label=N_("Progress")),
        }
    )
    filterable = ("decision_id", "status")
    sortable = {"reported_on": "reported_on"}
    default_sort = "reported_on"
    date_column = "reported_on"

    def describe(self, obj: DecisionFollowUp) -> str:
        return f"{format_date(obj.reported_on, 'abbr')}: {obj.status.label}"

    # Each write is refused by role first: before the report is looked up (NotFound) and
    # before a write transaction is opened for nothing.
    def create(
        self, data: Mapping[str, Any], *, ident: uuid.UUID | None = None
    ) -> DecisionFollowUp:
        require(self.ctx.actor, self.write_action)
        with self.ctx.transaction() as session:
            follow_up = super().create(data, ident=ident)
            self._apply_latest(session, follow_up.decision_id)
        return follow_up

    def update(
        self, ident: uuid.UUID, data: Mapping[str, Any], *, expected_version: int | None = None
    ) -> DecisionFollowUp:
        require(self.ctx.actor, self.write_action)
        with self.ctx.transaction() as session:
            before = self._load(session, ident, deleted=False).decision_id
            follow_up = super().update(ident, data, expected_version=expected_version)
            for decision_id in {before, follow_up.decision_id}:
                self._apply_latest(session, decision_id)
        return follow_up

    def delete(self, ident: uuid.UUID) -> None:
        require(self.ctx.actor, self.write_action)
        with self.ctx.transaction() as session:
            decision_id = self._load(session, ident, deleted=False).decision_id
            super().delete(ident)
            self._apply_latest(session, decision_id)

    def restore(self, ident: uuid.UUID) -> DecisionFollowUp:
        require(self.ctx.actor, self.write_action)
        with self.ctx.transaction() as session:
            follow_up = super().restore(ident)
            self._apply_latest(session, follow_up.decision_id)
        return follow_up

    def extra_problems(
        self, session: Session, values: Mapping[str, Any], obj: DecisionFollowUp | None
    ) -> list[FieldProblem]:
        meeting = _meeting_of(session, values["decision_id"])
        return _date_problem(self, "reported_on", values["reported_on"], meeting)

    def _apply_latest(self, session: Session, decision_id: uuid.UUID) -> None:
        report = DecisionFollowUp
        stmt = (
            select(report)
            .where(*live(report, None, report.decision_id == decision_id))
            .order_by(report.reported_on.desc(), report.created_at.desc())
            .limit(1)
        )
        latest = session.scalars(stmt).first()
        decision = session.get(Decision, decision_id)
        if latest is None or decision is None or decision.is_deleted:
            return  # no report left: the resolution keeps the status it has
        completed = latest.reported_on if latest.status is DONE else None
        change = {"status": latest.status, "completed_on": completed}
        DecisionService(self.ctx).update(decision_id, change)
