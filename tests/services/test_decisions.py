from __future__ import annotations

import json
import uuid
from datetime import date
from typing import Any

import pytest
from sqlalchemy import select

from lao_desktop.errors import ConflictError, NotFoundError, ValidationError
from lao_desktop.models import (
    AuditEntry,
    Decision,
    DecisionFollowUp,
    DecisionResponsible,
    Meeting,
    Partner,
)
from lao_desktop.models.enums import DecisionStatus
from lao_desktop.services import ListQuery, Services
from lao_desktop.services.decisions import (
    DecisionFollowUpService,
    DecisionResponsibleService,
    DecisionService,
)
from lao_desktop.services.meetings import AgendaService, MeetingService
from tests.factories import thai_partner
from tests.services.test_meetings import audit_actions, count, meeting_data, problem_fields


@pytest.fixture
def decisions(services: Services) -> DecisionService:
    return DecisionService(services.ctx)


@pytest.fixture
def meeting(services: Services) -> Meeting:
    # 15 ม.ค. 2569: before the real today, so "done today" is after the meeting
    return MeetingService(services.ctx).create_with_standard_agenda(
        meeting_data(meeting_date="15/01/2569")
    )


@pytest.fixture
def partners(services: Services) -> list[Partner]:
    names = ["โรงพยาบาลส่งเสริมสุขภาพตำบลนาคูณ", "วัดนาคูณใหญ่", "กลุ่มแม่บ้านบ้านนาคูณใหญ่"]
    return [services.partners.create(thai_partner(name=n)) for n in names]


def resolution(meeting: Meeting, **overrides: Any) -> dict[str, Any]:
    data: dict[str, Any] = {
        "meeting_id": meeting.id,
        "text": "ให้จัดอบรมอาสาสมัครป้องกันภัยฝ่ายพลเรือนร่วมกับโรงพยาบาลส่งเสริมสุขภาพตำบล",
        "votes_for": "๑๒",
        "votes_against": "0",
        "votes_abstain": "1",
        "due_date": "28/02/2569",
    }
    data.update(overrides)
    return data


def test_numbered_per_meeting_with_default_status(
    services: Services, decisions: DecisionService, meeting: Meeting
) -> None:
    first = decisions.create(resolution(meeting))
    second = decisions.create(resolution(meeting))
    assert (first.number, second.number) == (1, 2)
    assert first.status is DecisionStatus.PENDING and first.completed_on is None
    assert (first.votes_for, first.votes_against, first.votes_abstain) == (12, 0, 1)
    other = MeetingService(services.ctx).create(meeting_data(meeting_date="2026-02-01"))
    assert decisions.create(resolution(other)).number == 1
    assert decisions.next_number(meeting.id) == 3


def test_number_unique_per_meeting(decisions: DecisionService, meeting: Meeting) -> None:
    decisions.create(resolution(meeting, number="1"))
    decisions.create(resolution(meeting, number="2"))
    with pytest.raises(ValidationError) as excinfo:
        decisions.create(resolution(meeting, number="1"))
    assert problem_fields(excinfo) == {"number"}
    assert "3" in excinfo.value.for_field("number")[0]


def test_restore_refuses_a_taken_number(decisions: DecisionService, meeting: Meeting) -> None:
    first = decisions.create(resolution(meeting))
    decisions.delete(first.id)
    decisions.create(resolution(meeting, number="1"))
    with pytest.raises(ValidationError) as excinfo:
        decisions.restore(first.id)
    assert problem_fields(excinfo) == {"number"}


@pytest.mark.parametrize(
    ("field", "value"),
    [
        ("text", "  "),
        ("meeting_id", None),
        ("votes_against", "-1"),
        ("votes_for", "สิบ"),
        ("due_date", "30/02/2569"),
        ("status", "finished"),
        ("number", "0"),
    ],
)
def test_bad_values_are_refused_on_their_field(
    services: Services, decisions: DecisionService, meeting: Meeting, field: str, value: Any
) -> None:
    with pytest.raises(ValidationError) as excinfo:
        decisions.create(resolution(meeting, **{field: value}))
    assert problem_fields(excinfo) == {field}
    assert count(services, Decision) == 0


def test_be_and_ce_due_dates_are_the_same(decisions: DecisionService, meeting: Meeting) -> None:
    thai = decisions.create(resolution(meeting, due_date="21/11/2569"))
    western = decisions.create(resolution(meeting, due_date="2026-11-21"))
    assert thai.due_date == western.due_date == date(2026, 11, 21)


def test_dates_cannot_be_before_the_meeting(decisions: DecisionService, meeting: Meeting) -> None:
    with pytest.raises(ValidationError) as excinfo:
        decisions.create(resolution(meeting, due_date="14/01/2569"))
    assert problem_fields(excinfo) == {"due_date"}
    with pytest.raises(ValidationError) as excinfo:
        decisions.create(resolution(meeting, status="done", completed_on="2026-01-14"))
    assert problem_fields(excinfo) == {"completed_on"}
    assert "15" in excinfo.value.for_field("completed_on")[0]  # names the meeting day


def test_agenda_item_must_be_of_the_same_meeting(
    services: Services, decisions: DecisionService, meeting: Meeting
) -> None:
    item = meeting.agenda[3]
    assert decisions.create(resolution(meeting, agenda_item_id=item.id)).agenda_item_id == item.id
    other = MeetingService(services.ctx).create_with_standard_agenda(meeting_data())
    with pytest.raises(ValidationError) as excinfo:
        decisions.create(resolution(meeting, agenda_item_id=other.agenda[3].id))
    assert problem_fields(excinfo) == {"agenda_item_id"}
    trashed = AgendaService(services.ctx).create(
        {"meeting_id": meeting.id, "kind": "other", "title": "ผิด"}
    )
    AgendaService(services.ctx).delete(trashed.id)
    with pytest.raises(ValidationError) as excinfo:
        decisions.create(resolution(meeting, agenda_item_id=trashed.id))
    assert problem_fields(excinfo) == {"agenda_item_id"}


def test_done_gets_today_and_leaving_done_clears_it(
    decisions: DecisionService, meeting: Meeting
) -> None:
    created = decisions.create(resolution(meeting, status="done"))
    assert created.completed_on == date.today()
    dated = decisions.create(resolution(meeting, status="done", completed_on="01/02/2569"))
    assert dated.completed_on == date(2026, 2, 1)
    reopened = decisions.update(dated.id, {"status": "in_progress"})
    assert reopened.status is DecisionStatus.IN_PROGRESS and reopened.completed_on is None
    with pytest.raises(ValidationError) as excinfo:
        decisions.update(dated.id, {"completed_on": "01/02/2569"})
    assert problem_fields(excinfo) == {"completed_on"}
    with pytest.raises(ValidationError) as excinfo:
        decisions.update(dated.id, {"status": "done", "completed_on": "1/2/2569x"})
    assert problem_fields(excinfo) == {"completed_on"}  # a mistyped date is not replaced


def test_set_responsibles_replaces_the_list(
    services: Services, decisions: DecisionService, meeting: Meeting, partners: list[Partner]
) -> None:
    hospital, temple, housewives = partners
    created = decisions.create(resolution(meeting))
    rows = decisions.set_responsibles(
        created.id, [(hospital.id, "วิทยากร"), (str(temple.id), "สถานที่")]
    )
    assert [(r.partner_id, r.task) for r in rows] == [(hospital.id, "วิทยากร"), (temple.id, "สถานที่")]
    temple_row = rows[1].id
    rows = decisions.set_responsibles(
        created.id, [(temple.id, "สถานที่และอาหาร"), (housewives.id, "")]
    )
    assert [r.partner_id for r in rows] == [temple.id, housewives.id]
    assert rows[0].id == temple_row and rows[0].task == "สถานที่และอาหาร"
    loaded = decisions.get(created.id)
    assert {r.partner_id for r in loaded.responsibles} == {temple.id, housewives.id}
    assert {r.partner.name for r in loaded.responsibles} == {temple.name, housewives.name}
    trash = DecisionResponsibleService(services.ctx).list(ListQuery(trash=True)).items
    assert [r.partner_id for r in trash] == [hospital.id]
    assert audit_actions(services, "decision_responsibles") == [
        "create",
        "create",
        "delete",
        "update",
        "create",
    ]
    assert decisions.set_responsibles(created.id, []) == []
    assert DecisionResponsibleService(services.ctx).count() == 0


def test_set_responsibles_all_or_nothing(
    services: Services, decisions: DecisionService, meeting: Meeting, partners: list[Partner]
) -> None:
    hospital, temple, _ = partners
    created = decisions.create(resolution(meeting))
    decisions.set_responsibles(created.id, [(hospital.id, "วิทยากร")])
    with pytest.raises(ValidationError) as excinfo:
        decisions.set_responsibles(created.id, [(temple.id, "ก"), (temple.id, "ข")])
    assert problem_fields(excinfo) == {"partner_id"}
    with pytest.raises(ValidationError) as excinfo:  # the missing partner is found last
        decisions.set_responsibles(created.id, [(temple.id, "ก"), (uuid.uuid4(), "ข")])
    assert problem_fields(excinfo) == {"partner_id"}
    with pytest.raises(ValidationError):
        decisions.set_responsibles(created.id, [("nonsense", "ก")])
    rows = DecisionResponsibleService(services.ctx).list().items
    assert [(r.partner_id, r.task) for r in rows] == [(hospital.id, "วิทยากร")]
    assert count(services, DecisionResponsible) == 1
    with pytest.raises(NotFoundError):
        decisions.set_responsibles(uuid.uuid4(), [])


def test_responsible_partner_once_per_decision(
    services: Services, decisions: DecisionService, meeting: Meeting, partners: list[Partner]
) -> None:
    created = decisions.create(resolution(meeting))
    rows = DecisionResponsibleService(services.ctx)
    rows.create({"decision_id": created.id, "partner_id": partners[0].id, "task": "ก"})
    with pytest.raises(ValidationError) as excinfo:
        rows.create({"decision_id": created.id, "partner_id": partners[0].id})
    assert problem_fields(excinfo) == {"partner_id"}


def test_follow_ups_set_the_status(
    services: Services, decisions: DecisionService, meeting: Meeting
) -> None:
    created = decisions.create(resolution(meeting))
    decisions.add_follow_up(created.id, "01/02/2569", "in_progress", "ติดต่อวิทยากรแล้ว")
    assert decisions.get(created.id).status is DecisionStatus.IN_PROGRESS
    done = decisions.add_follow_up(created.id, "2026-02-20", DecisionStatus.DONE, "อบรมแล้ว")
    got = decisions.get(created.id)
    assert got.status is DecisionStatus.DONE and got.completed_on == date(2026, 2, 20)
    assert [f.note for f in got.follow_ups] == ["ติดต่อวิทยากรแล้ว", "อบรมแล้ว"]
    # a report dated before the latest is history: it does not change the status
    decisions.add_follow_up(created.id, "10/02/2569", "in_progress", "บันทึกย้อนหลัง")
    assert decisions.get(created.id).status is DecisionStatus.DONE
    # withdrawing the latest report puts the resolution back to the one before it
    follow_ups = DecisionFollowUpService(services.ctx)
    follow_ups.delete(done.id)
    got = decisions.get(created.id)
    assert got.status is DecisionStatus.IN_PROGRESS and got.completed_on is None
    follow_ups.restore(done.id)
    assert decisions.get(created.id).status is DecisionStatus.DONE
    with services.ctx.reading() as session:
        stmt = select(AuditEntry).where(AuditEntry.entity_id == created.id)
        entries = session.scalars(stmt.order_by(AuditEntry.id)).all()
    assert [e.action for e in entries] == ["create"] + ["update"] * 4
    assert json.loads(entries[2].changes)["status"] == ["in_progress", "done"]
    assert "1/2569" in entries[0].summary


def test_follow_up_rules(services: Services, decisions: DecisionService, meeting: Meeting) -> None:
    created = decisions.create(resolution(meeting))
    with pytest.raises(ValidationError) as excinfo:
        decisions.add_follow_up(created.id, "14/01/2569", "in_progress")
    assert problem_fields(excinfo) == {"reported_on"}
    with pytest.raises(ValidationError) as excinfo:
        decisions.add_follow_up(created.id, "", "")
    assert problem_fields(excinfo) == {"reported_on", "status"}
    assert count(services, DecisionFollowUp) == 0
    assert decisions.get(created.id).status is DecisionStatus.PENDING


def test_follow_up_is_all_or_nothing(
    services: Services, decisions: DecisionService, meeting: Meeting
) -> None:
    created = decisions.create(resolution(meeting))
    with pytest.raises(RuntimeError), services.transaction():
        decisions.add_follow_up(created.id, "2026-02-01", "done")
        raise RuntimeError("failed later")
    assert count(services, DecisionFollowUp) == 0
    got = decisions.get(created.id)
    assert got.status is DecisionStatus.PENDING and got.completed_on is None


def test_overdue(services: Services, decisions: DecisionService, meeting: Meeting) -> None:
    today = date(2026, 3, 1)
    late = decisions.create(resolution(meeting, due_date="2026-02-01"))
    later = decisions.create(resolution(meeting, due_date="2026-02-20", status="in_progress"))
    decisions.create(resolution(meeting, due_date="2026-03-01"))  # due today: not yet late
    decisions.create(resolution(meeting, due_date="2026-02-01", status="done"))
    decisions.create(resolution(meeting, due_date="2026-02-01", status="cancelled"))
    decisions.create(resolution(meeting, due_date=""))
    trashed = decisions.create(resolution(meeting, due_date="2026-01-20"))
    decisions.delete(trashed.id)
    meetings = MeetingService(services.ctx)
    gone = meetings.create(meeting_data(meeting_date="2026-01-10"))
    decisions.create(resolution(gone, due_date="2026-01-11"))
    meetings.delete(gone.id)
    found = decisions.overdue(today=today)
    assert [d.id for d in found] == [late.id, later.id]
    assert found[0].meeting.id == meeting.id  # loaded: usable after the session closed
    assert found[0].responsibles == []


def test_list_filters_and_sorts(decisions: DecisionService, meeting: Meeting) -> None:
    a = decisions.create(resolution(meeting, due_date="2026-03-01"))
    b = decisions.create(resolution(meeting, due_date="2026-02-01", status="in_progress"))
    c = decisions.create(resolution(meeting, due_date="2026-04-01", text="ให้ซ่อมถนน"))
    assert [d.id for d in decisions.list().items] == [b.id, a.id, c.id]
    assert [d.id for d in decisions.list(ListQuery(sort="number", descending=True)).items] == [
        c.id,
        b.id,
        a.id,
    ]
    in_progress = decisions.list(ListQuery(filters={"status": "in_progress"}))
    assert [d.id for d in in_progress.items] == [b.id]
    assert decisions.count(ListQuery(filters={"meeting_id": meeting.id})) == 3
    assert [d.id for d in decisions.search("ซ่อมถนน")] == [c.id]
    march = ListQuery(date_from=date(2026, 3, 1), date_to=date(2026, 3, 31))
    assert [d.id for d in decisions.list(march).items] == [a.id]


def test_version_conflict(decisions: DecisionService, meeting: Meeting) -> None:
    created = decisions.create(resolution(meeting))
    decisions.update(created.id, {"text": "แก้ไขถ้อยคำ"}, expected_version=created.version)
    with pytest.raises(ConflictError):
        decisions.update(created.id, {"votes_for": "10"}, expected_version=created.version)
    assert decisions.get(created.id).votes_for == 12


def test_decision_workflow_on_both_databases(any_services: Services) -> None:
    decisions = DecisionService(any_services.ctx)
    meeting = MeetingService(any_services.ctx).create_with_standard_agenda(
        meeting_data(meeting_date="15/01/2569")
    )
    partner = any_services.partners.create(thai_partner())
    first = decisions.create(resolution(meeting, agenda_item_id=meeting.agenda[3].id))
    second = decisions.create(resolution(meeting))
    assert (first.number, second.number) == (1, 2)
    with pytest.raises(ValidationError) as excinfo:
        decisions.create(resolution(meeting, number="2"))
    assert problem_fields(excinfo) == {"number"}
    decisions.set_responsibles(first.id, [(partner.id, "ประสานงาน")])
    decisions.add_follow_up(first.id, "2026-02-10", "done", "เสร็จแล้ว")
    got = decisions.get(first.id)
    assert got.status is DecisionStatus.DONE and got.completed_on == date(2026, 2, 10)
    assert [r.partner_id for r in got.responsibles] == [partner.id]
    assert [d.id for d in decisions.overdue(today=date(2026, 3, 1))] == [second.id]
    with pytest.raises(RuntimeError), any_services.transaction():
        decisions.add_follow_up(second.id, "2026-02-10", "done")
        raise RuntimeError("failed later")
    assert decisions.get(second.id).status is DecisionStatus.PENDING
    assert audit_actions(any_services, "decision_follow_ups") == ["create"]
