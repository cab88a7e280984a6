from __future__ import annotations

import json
import uuid
from datetime import date, time
from typing import Any

import pytest
from sqlalchemy import func, select

from lao_desktop.errors import ConflictError, NotFoundError, PermissionDeniedError, ValidationError
from lao_desktop.models import (
    AgendaItem,
    AuditEntry,
    Committee,
    CommitteeMember,
    Meeting,
    MeetingAttendance,
    Network,
)
from lao_desktop.models.enums import (
    AgendaKind,
    AttendanceStatus,
    CommitteePosition,
    Level,
    NetworkForm,
    Pillar,
    Role,
)
from lao_desktop.services import Actor, ListQuery, Services
from lao_desktop.services.meetings import AgendaService, AttendanceService, MeetingService
from lao_desktop.thai.collation import thai_sort_key
from tests.factories import thai_partner

# -- helpers (also used by test_decisions) -----------------------------------------------


def problem_fields(excinfo: pytest.ExceptionInfo[ValidationError]) -> set[str]:
    return {p.field for p in excinfo.value.problems}


def meeting_data(**overrides: Any) -> dict[str, Any]:
    data: dict[str, Any] = {
        "title": "การประชุมคณะกรรมการเครือข่ายตำบลนาคูณใหญ่",
        "meeting_date": "21/11/2569",
        "start_time": "09.30",
        "end_time": "12.00",
        "place": "ห้องประชุม อบต.นาคูณใหญ่",
    }
    data.update(overrides)
    return data


def make_network(services: Services, name: str = "เครือข่ายตำบลนาคูณใหญ่") -> Network:
    with services.ctx.transaction() as session:
        network = Network(
            id=uuid.uuid4(),
            name=name,
            sort_key=thai_sort_key(name),
            level=Level.SUBDISTRICT,
            pillar=Pillar.PEOPLE,
            form=NetworkForm.COMMITTEE,
        )
        session.add(network)
    return network


def make_committee(
    services: Services,
    network: Network | None = None,
    members: list[tuple[str, CommitteePosition, dict[str, Any]]] | None = None,
    name: str = "คณะกรรมการเครือข่าย",
) -> tuple[Committee, list[CommitteeMember]]:
    """A committee and its seats, written through the ORM (no committee service needed)."""
    seats = []
    with services.ctx.transaction() as session:
        committee = Committee(
            id=uuid.uuid4(),
            name=name,
            sort_key=thai_sort_key(name),
            network_id=network.id if network else None,
        )
        session.add(committee)
        session.flush()
        for index, (person, position, extra) in enumerate(members or []):
            seat = CommitteeMember(
                id=uuid.uuid4(),
                committee_id=committee.id,
                person_name=person,
                position=position,
                sequence=index + 1,
                **extra,
            )
            session.add(seat)
            seats.append(seat)
    return committee, seats


def count(services: Services, model: Any) -> int:
    with services.ctx.reading() as session:
        return int(session.scalar(select(func.count()).select_from(model)) or 0)


def audit_actions(services: Services, entity: str) -> list[str]:
    with services.ctx.reading() as session:
        stmt = select(AuditEntry.action).where(AuditEntry.entity == entity).order_by(AuditEntry.id)
        return list(session.scalars(stmt))


@pytest.fixture
def meetings(services: Services) -> MeetingService:
    return MeetingService(services.ctx)


@pytest.fixture
def attendance(services: Services) -> AttendanceService:
    return AttendanceService(services.ctx)


@pytest.fixture
def agenda(services: Services) -> AgendaService:
    return AgendaService(services.ctx)


# -- meetings ------------------------------------------------------------------------------


def test_be_and_ce_dates_are_the_same_day_and_give_the_year(meetings: MeetingService) -> None:
    thai = meetings.create(meeting_data())
    western = meetings.create(meeting_data(meeting_date="2026-11-21"))
    assert thai.meeting_date == western.meeting_date == date(2026, 11, 21)
    assert thai.year_be == western.year_be == 2569
    assert (thai.number, western.number) == (1, 2)  # numbered in order when left empty
    assert thai.start_time == time(9, 30) and thai.end_time == time(12, 0)


def test_describe_names_number_and_be_year(meetings: MeetingService) -> None:
    created = meetings.create(meeting_data(number="3"))
    assert meetings.describe(created).endswith("3/2569 การประชุมคณะกรรมการเครือข่ายตำบลนาคูณใหญ่")


def test_required_fields_are_named(meetings: MeetingService) -> None:
    with pytest.raises(ValidationError) as excinfo:
        meetings.create({"title": " ", "meeting_date": ""})
    assert problem_fields(excinfo) == {"title", "meeting_date"}


@pytest.mark.parametrize(
    ("field", "value"),
    [
        ("meeting_date", "31/02/2569"),
        ("start_time", "25.00"),
        ("number", "0"),
        ("year_be", "3000"),
        ("committee_id", "not-an-id"),
    ],
)
def test_bad_values_are_refused_on_their_field(
    meetings: MeetingService, field: str, value: str
) -> None:
    with pytest.raises(ValidationError) as excinfo:
        meetings.create(meeting_data(**{field: value}))
    assert problem_fields(excinfo) == {field}
    assert count_meetings(meetings) == 0


def count_meetings(meetings: MeetingService) -> int:
    return meetings.count(ListQuery())


def test_end_time_must_be_after_start(meetings: MeetingService) -> None:
    with pytest.raises(ValidationError) as excinfo:
        meetings.create(meeting_data(start_time="13:00", end_time="12.30"))
    assert problem_fields(excinfo) == {"end_time"}
    with pytest.raises(ValidationError):
        meetings.create(meeting_data(start_time="13:00", end_time="13:00"))
    assert meetings.create(meeting_data(start_time="13:00", end_time="16.30 น.")).number == 1


def test_number_unique_per_series_and_year_suggests_next(
    services: Services, meetings: MeetingService
) -> None:
    for number in ("1", "2", "3"):
        meetings.create(meeting_data(number=number))
    with pytest.raises(ValidationError) as excinfo:
        meetings.create(meeting_data(number="2"))
    assert problem_fields(excinfo) == {"number"}
    message = excinfo.value.for_field("number")[0]
    assert "2/2569" in message and "4" in message
    # another year, another committee, the office: their own series
    assert meetings.create(meeting_data(number="2", meeting_date="10/01/2570")).year_be == 2570
    committee, _ = make_committee(services)
    assert meetings.create(meeting_data(number="2", committee_id=committee.id)).number == 2
    network = make_network(services)
    assert meetings.create(meeting_data(number="2", network_id=str(network.id))).number == 2


def test_next_number(services: Services, meetings: MeetingService) -> None:
    committee, _ = make_committee(services)
    assert meetings.next_number(committee.id, None, 2569) == 1
    meetings.create(meeting_data(committee_id=committee.id, number="5"))
    assert meetings.next_number(committee.id, None, 2569) == 6
    assert meetings.next_number(None, None, 2569) == 1
    assert meetings.next_number(committee.id, None, 2570) == 1


def test_trashed_number_is_free_again_and_restore_refuses_a_duplicate(
    services: Services, meetings: MeetingService
) -> None:
    first = meetings.create(meeting_data(number="1"))
    meetings.delete(first.id)
    again = meetings.create(meeting_data(number="1"))
    with pytest.raises(ValidationError) as excinfo:
        meetings.restore(first.id)
    assert problem_fields(excinfo) == {"number"}
    assert meetings.get(first.id, include_deleted=True).is_deleted
    meetings.update(again.id, {"number": "2"})
    assert not meetings.restore(first.id).is_deleted
    assert audit_actions(services, "meetings") == [
        "create",
        "delete",
        "create",
        "update",
        "restore",
    ]


def test_year_must_match_the_date_calendar_or_fiscal(meetings: MeetingService) -> None:
    with pytest.raises(ValidationError) as excinfo:
        meetings.create(meeting_data(year_be="2596"))
    assert problem_fields(excinfo) == {"year_be"}
    assert "2569" in excinfo.value.for_field("year_be")[0]
    # November 2569 is in fiscal year 2570: some offices number meetings that way
    assert meetings.create(meeting_data(year_be="๒๕๗๐")).year_be == 2570


def test_changing_the_date_moves_a_derived_year(meetings: MeetingService) -> None:
    created = meetings.create(meeting_data())
    moved = meetings.update(created.id, {"meeting_date": "5 ม.ค. 2570"})
    assert (moved.meeting_date, moved.year_be) == (date(2027, 1, 5), 2570)
    fiscal = meetings.create(meeting_data(year_be="2570"))
    # an explicitly chosen year stays when the date changes within it
    assert meetings.update(fiscal.id, {"meeting_date": "2026-12-01"}).year_be == 2570


def test_committee_brings_its_network(services: Services, meetings: MeetingService) -> None:
    network = make_network(services)
    committee, _ = make_committee(services, network)
    created = meetings.create(meeting_data(committee_id=committee.id))
    assert created.network_id == network.id
    other = make_network(services, "เครือข่ายอื่น")
    with pytest.raises(ValidationError) as excinfo:
        meetings.create(meeting_data(committee_id=committee.id, network_id=other.id))
    assert problem_fields(excinfo) == {"network_id"}
    office_meeting = meetings.create(meeting_data(title="ประชุมประจำเดือน"))
    assert office_meeting.committee_id is None and office_meeting.network_id is None


def test_trashed_committee_is_refused(services: Services, meetings: MeetingService) -> None:
    committee, _ = make_committee(services)
    with services.ctx.transaction() as session:
        session.get(Committee, committee.id).deleted_at = committee.created_at  # type: ignore[union-attr]
    with pytest.raises(ValidationError) as excinfo:
        meetings.create(meeting_data(committee_id=committee.id))
    assert problem_fields(excinfo) == {"committee_id"}


def test_standard_agenda_is_created_with_the_meeting(
    services: Services, meetings: MeetingService, agenda: AgendaService
) -> None:
    created = meetings.create_with_standard_agenda(meeting_data())
    items = agenda.list(ListQuery(filters={"meeting_id": created.id})).items
    assert [i.sequence for i in items] == [1, 2, 3, 4, 5]
    assert [i.kind for i in items] == list(AgendaKind)
    assert [i.title for i in items] == [k.label for k in AgendaKind]
    assert [i.title for i in created.agenda] == [k.label for k in AgendaKind]  # loaded
    assert audit_actions(services, "agenda_items") == ["create"] * 5
    extra = agenda.create({"meeting_id": created.id, "kind": "for_decision", "title": "งบ"})
    assert extra.sequence == 6


def test_standard_agenda_all_or_nothing(services: Services, meetings: MeetingService) -> None:
    with pytest.raises(ValidationError):
        meetings.create_with_standard_agenda(meeting_data(title=""))
    with pytest.raises(RuntimeError), services.transaction():
        meetings.create_with_standard_agenda(meeting_data())
        raise RuntimeError("the clerk's later step failed")
    assert count(services, Meeting) == 0
    assert count(services, AgendaItem) == 0
    assert audit_actions(services, "meetings") == []


def test_upcoming(meetings: MeetingService) -> None:
    today = date(2026, 11, 21)
    late = meetings.create(meeting_data(meeting_date="2026-12-01", start_time="13.00", end_time=""))
    early = meetings.create(meeting_data(meeting_date="2026-12-01", start_time="09.00"))
    no_time = meetings.create(meeting_data(meeting_date="2026-12-01", start_time="", end_time=""))
    first = meetings.create(meeting_data(meeting_date="21/11/2569"))
    meetings.create(meeting_data(meeting_date="20/11/2569"))  # past
    meetings.create(meeting_data(meeting_date="2027-01-30"))  # too far
    trashed = meetings.create(meeting_data(meeting_date="2026-11-25"))
    meetings.delete(trashed.id)
    found = meetings.upcoming(days=30, today=today)
    assert [m.id for m in found] == [first.id, early.id, late.id, no_time.id]
    assert [m.id for m in meetings.upcoming(days=5, today=today)] == [first.id]


def test_list_filters_sorts_and_searches(services: Services, meetings: MeetingService) -> None:
    committee, _ = make_committee(services)
    a = meetings.create(meeting_data(committee_id=committee.id, meeting_date="2026-03-01"))
    b = meetings.create(meeting_data(committee_id=committee.id, meeting_date="2026-11-21"))
    c = meetings.create(meeting_data(title="ประชุมสภา อบต.", meeting_date="2026-10-05"))
    by_committee = meetings.list(ListQuery(filters={"committee_id": committee.id}))
    assert {m.id for m in by_committee.items} == {a.id, b.id}
    newest_first = meetings.list(ListQuery(descending=True)).items
    assert [m.id for m in newest_first] == [b.id, c.id, a.id]
    assert meetings.list(ListQuery(sort="number")).items[-1].id == b.id  # no. 2; a, c are no. 1
    assert {m.id for m in meetings.list(ListQuery(fiscal_year=2570)).items} == {b.id, c.id}
    assert [m.id for m in meetings.search("สภา")] == [c.id]
    assert [m.id for m in meetings.search("2/2569")] == [b.id]
    assert meetings.count(ListQuery(filters={"year_be": "2569"})) == 3


def test_version_conflict(meetings: MeetingService) -> None:
    created = meetings.create(meeting_data())
    meetings.update(created.id, {"place": "ศาลาประชาคม"}, expected_version=created.version)
    with pytest.raises(ConflictError):
        meetings.update(created.id, {"place": "วัด"}, expected_version=created.version)
    assert meetings.get(created.id).place == "ศาลาประชาคม"


def test_audit_entry_names_the_meeting(services: Services, meetings: MeetingService) -> None:
    created = meetings.create(meeting_data(number="3"))
    with services.ctx.reading() as session:
        entry = session.scalars(select(AuditEntry).where(AuditEntry.entity_id == created.id)).one()
    assert entry.action == "create" and entry.entity == "meetings"
    assert "3/2569" in entry.summary
    assert json.loads(entry.changes)["meeting_date"] == [None, "2026-11-21"]


def test_executive_may_read_but_not_write(services: Services, meetings: MeetingService) -> None:
    meetings.create(meeting_data())
    boss = MeetingService(Services(services.ctx.db, Actor(None, "nayok", Role.EXECUTIVE)).ctx)
    assert boss.count() == 1
    with pytest.raises(PermissionDeniedError):
        boss.create_with_standard_agenda(meeting_data())
    with pytest.raises(PermissionDeniedError):
        AttendanceService(boss.ctx).fill_from_committee(uuid.uuid4())


# -- attendance ----------------------------------------------------------------------------


@pytest.fixture
def committee_meeting(
    services: Services, meetings: MeetingService
) -> tuple[Meeting, list[CommitteeMember]]:
    partner = services.partners.create(thai_partner(name="โรงเรียนบ้านนาคูณ"))
    _, seats = make_committee(
        services,
        members=[
            ("นายสมชาย ใจดี", CommitteePosition.CHAIR, {"partner_id": partner.id}),
            ("นางสมศรี มีสุข", CommitteePosition.MEMBER, {"term_start": date(2025, 1, 1)}),
            ("นายหมดวาระ แล้ว", CommitteePosition.MEMBER, {"term_end": date(2026, 1, 1)}),
            ("นายยังไม่ ถึงวาระ", CommitteePosition.MEMBER, {"term_start": date(2027, 1, 1)}),
            ("นางสาวเลขา ดี", CommitteePosition.MEMBER_SECRETARY, {}),
        ],
    )
    with services.ctx.transaction() as session:
        session.get(CommitteeMember, seats[4].id).deleted_at = seats[4].created_at  # type: ignore[union-attr]
    meeting = meetings.create(meeting_data(committee_id=seats[0].committee_id))
    return meeting, seats


def test_fill_from_committee_adds_current_members_once(
    services: Services,
    attendance: AttendanceService,
    committee_meeting: tuple[Meeting, list[CommitteeMember]],
) -> None:
    meeting, seats = committee_meeting
    assert attendance.fill_from_committee(meeting.id) == 2
    rows = attendance.list(ListQuery(filters={"meeting_id": meeting.id})).items
    assert [r.person_name for r in rows] == ["นายสมชาย ใจดี", "นางสมศรี มีสุข"]
    assert [r.sequence for r in rows] == [1, 2]
    assert {r.status for r in rows} == {AttendanceStatus.PRESENT}
    assert rows[0].position_text == CommitteePosition.CHAIR.label
    assert rows[0].partner_id == seats[0].partner_id
    assert attendance.fill_from_committee(meeting.id) == 0
    assert audit_actions(services, "meeting_attendance") == ["create", "create"]


def test_fill_skips_members_already_listed_and_continues_order(
    attendance: AttendanceService, committee_meeting: tuple[Meeting, list[CommitteeMember]]
) -> None:
    meeting, seats = committee_meeting
    attendance.create(
        {"meeting_id": meeting.id, "committee_member_id": seats[1].id, "status": "on_leave"}
    )
    assert attendance.fill_from_committee(meeting.id) == 1
    rows = attendance.list(ListQuery(filters={"meeting_id": meeting.id})).items
    assert [(r.person_name, r.sequence) for r in rows] == [
        ("นางสมศรี มีสุข", 1),
        ("นายสมชาย ใจดี", 2),
    ]


def test_fill_needs_a_committee_meeting(
    attendance: AttendanceService, meetings: MeetingService
) -> None:
    office = meetings.create(meeting_data())
    with pytest.raises(ValidationError) as excinfo:
        attendance.fill_from_committee(office.id)
    assert problem_fields(excinfo) == {"meeting_id"}
    with pytest.raises(NotFoundError):
        attendance.fill_from_committee(uuid.uuid4())


def test_fill_is_all_or_nothing(
    services: Services,
    attendance: AttendanceService,
    committee_meeting: tuple[Meeting, list[CommitteeMember]],
) -> None:
    meeting, _ = committee_meeting
    with pytest.raises(RuntimeError), services.transaction():
        assert attendance.fill_from_committee(meeting.id) == 2
        raise RuntimeError("failed later")
    assert count(services, MeetingAttendance) == 0


def test_attendance_rules(
    services: Services,
    attendance: AttendanceService,
    meetings: MeetingService,
    committee_meeting: tuple[Meeting, list[CommitteeMember]],
) -> None:
    meeting, seats = committee_meeting
    with pytest.raises(ValidationError) as excinfo:
        attendance.create({"meeting_id": meeting.id, "status": "present"})
    assert problem_fields(excinfo) == {"person_name"}
    with pytest.raises(ValidationError) as excinfo:
        attendance.create({"meeting_id": meeting.id, "person_name": "นายก", "status": "late"})
    assert problem_fields(excinfo) == {"status"}
    with pytest.raises(ValidationError) as excinfo:
        attendance.create({"person_name": "นายก", "status": "present"})
    assert problem_fields(excinfo) == {"meeting_id"}
    attendance.create(
        {"meeting_id": meeting.id, "committee_member_id": seats[0].id, "status": "absent"}
    )
    with pytest.raises(ValidationError) as excinfo:
        attendance.create(
            {"meeting_id": meeting.id, "committee_member_id": seats[0].id, "status": "present"}
        )
    assert problem_fields(excinfo) == {"committee_member_id"}
    _, strangers = make_committee(
        services, members=[("นายคนนอก คณะ", CommitteePosition.MEMBER, {})], name="คณะอื่น"
    )
    with pytest.raises(ValidationError) as excinfo:
        attendance.create(
            {"meeting_id": meeting.id, "committee_member_id": strangers[0].id, "status": "present"}
        )
    assert problem_fields(excinfo) == {"committee_member_id"}
    guest = attendance.create(
        {
            "meeting_id": meeting.id,
            "person_name": "นายอำเภอ",
            "position_text": "นายอำเภอนาคูณ",
            "status": AttendanceStatus.INVITED,
        }
    )
    assert guest.status is AttendanceStatus.INVITED and guest.sequence == 2


def test_summary_counts_live_rows_by_status(
    attendance: AttendanceService, committee_meeting: tuple[Meeting, list[CommitteeMember]]
) -> None:
    meeting, _ = committee_meeting
    attendance.fill_from_committee(meeting.id)
    rows = attendance.list(ListQuery(filters={"meeting_id": meeting.id})).items
    attendance.update(rows[1].id, {"status": "on_leave", "note": "ติดราชการ"})
    for name in ("นายอำเภอ", "ปลัดอำเภอ"):
        attendance.create({"meeting_id": meeting.id, "person_name": name, "status": "invited"})
    gone = attendance.create({"meeting_id": meeting.id, "person_name": "ผิด", "status": "absent"})
    attendance.delete(gone.id)
    assert attendance.summary(meeting.id) == {
        AttendanceStatus.PRESENT: 1,
        AttendanceStatus.ABSENT: 0,
        AttendanceStatus.ON_LEAVE: 1,
        AttendanceStatus.INVITED: 2,
    }
    on_leave = attendance.list(ListQuery(filters={"meeting_id": meeting.id, "status": "on_leave"}))
    assert [r.note for r in on_leave.items] == ["ติดราชการ"]


def test_changing_the_member_refills_the_name(
    attendance: AttendanceService, committee_meeting: tuple[Meeting, list[CommitteeMember]]
) -> None:
    meeting, seats = committee_meeting
    row = attendance.create(
        {"meeting_id": meeting.id, "committee_member_id": seats[0].id, "status": "present"}
    )
    changed = attendance.update(row.id, {"committee_member_id": seats[1].id})
    assert changed.person_name == "นางสมศรี มีสุข"
    assert changed.position_text == CommitteePosition.MEMBER.label
    kept = attendance.update(row.id, {"person_name": "นางสมศรี มีสุข (แทน)"})
    assert kept.person_name == "นางสมศรี มีสุข (แทน)"


def test_agenda_title_and_kind_required(agenda: AgendaService, meetings: MeetingService) -> None:
    meeting = meetings.create(meeting_data())
    with pytest.raises(ValidationError) as excinfo:
        agenda.create({"meeting_id": meeting.id, "title": ""})
    assert problem_fields(excinfo) == {"title", "kind"}
    second = agenda.create({"meeting_id": meeting.id, "kind": "other", "title": "ข", "sequence": 2})
    first = agenda.create({"meeting_id": meeting.id, "kind": "announcements", "title": "ก"})
    assert first.sequence == 3
    agenda.update(first.id, {"sequence": "1"})
    listed = agenda.list(ListQuery(filters={"meeting_id": meeting.id}))
    assert [i.id for i in listed.items] == [first.id, second.id]


# -- on both databases ---------------------------------------------------------------------


def test_meeting_workflow_on_both_databases(any_services: Services) -> None:
    meetings = MeetingService(any_services.ctx)
    attendance = AttendanceService(any_services.ctx)
    _, seats = make_committee(
        any_services,
        members=[
            ("นายสมชาย ใจดี", CommitteePosition.CHAIR, {}),
            ("นางสมศรี มีสุข", CommitteePosition.MEMBER, {}),
        ],
    )
    committee_id = seats[0].committee_id
    created = meetings.create_with_standard_agenda(meeting_data(committee_id=committee_id))
    assert created.number == 1 and len(created.agenda) == 5
    assert meetings.create(meeting_data(committee_id=committee_id)).number == 2
    with pytest.raises(ValidationError) as excinfo:
        meetings.create(meeting_data(committee_id=committee_id, number="1"))
    assert "3" in excinfo.value.for_field("number")[0]
    assert attendance.fill_from_committee(created.id) == 2
    summary = attendance.summary(created.id)
    assert summary[AttendanceStatus.PRESENT] == 2 and summary[AttendanceStatus.ABSENT] == 0
    assert [m.number for m in meetings.upcoming(today=date(2026, 11, 1))] == [1, 2]
    assert audit_actions(any_services, "agenda_items") == ["create"] * 5
    assert audit_actions(any_services, "meeting_attendance") == ["create"] * 2
