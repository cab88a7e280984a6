"""Committees and their members by term: validation, chairs, history, Thai order, audit."""

from __future__ import annotations

import uuid
from datetime import date
from typing import Any

import pytest
from sqlalchemy import select

from lao_desktop.errors import ConflictError, NotFoundError, ValidationError
from lao_desktop.models import AuditEntry, Committee, CommitteeMember, Partner
from lao_desktop.models.enums import CommitteePosition
from lao_desktop.services import ListQuery, Services
from lao_desktop.services.committees import CommitteeMemberService, CommitteeService
from lao_desktop.services.networks import NetworkService
from tests.factories import thai_partner

# Code-point order puts เ แ โ ไ after every consonant; Thai order reads them after theirs.
THAI_ORDERED = ["กุดแห่ร่วมใจ", "ไทรงามพัฒนา", "โนนสะอาดสามัคคี", "บ้านนาคูณใหญ่", "แม่น้ำโขงรักษ์ถิ่น"]


@pytest.fixture
def committees(services: Services) -> CommitteeService:
    return CommitteeService(services.ctx)


@pytest.fixture
def seats(services: Services) -> CommitteeMemberService:
    return CommitteeMemberService(services.ctx)


def committee_data(**overrides: Any) -> dict[str, Any]:
    data: dict[str, Any] = {
        "name": "คณะกรรมการเครือข่ายสภาองค์กรชุมชนตำบลนาคูณใหญ่",
        "authority": "๑. จัดทำแผนพัฒนาเครือข่าย\n๒. ประสานงานภาคี",
        "order_number": "12/2569",
        "order_date": "15 ม.ค. 2569",
        "term_start": "1 ก.พ. 2569",
        "term_end": "31 ม.ค. 2571",
    }
    data.update(overrides)
    return data


def seat(committee: Committee, name: str, position: str = "member", **more: Any) -> dict[str, Any]:
    return {"committee_id": committee.id, "person_name": name, "position": position, **more}


def partner(services: Services, name: str) -> Partner:
    return services.partners.create(thai_partner(name=name))


def problems_of(error: pytest.ExceptionInfo[ValidationError]) -> dict[str, str]:
    return {p.field: p.message for p in error.value.problems}


def actions(services: Services, entity_id: uuid.UUID) -> list[str]:
    with services.ctx.reading() as session:
        stmt = select(AuditEntry.action).where(AuditEntry.entity_id == entity_id)
        return list(session.scalars(stmt.order_by(AuditEntry.id)))


def people(members: list[CommitteeMember]) -> list[str]:
    return [m.person_name for m in members]


# -- committees ---------------------------------------------------------------------------


def test_create_get_update_delete_restore(services: Services, committees: CommitteeService) -> None:
    created = committees.create(committee_data())
    got = committees.get(created.id)
    assert got.name == "คณะกรรมการเครือข่ายสภาองค์กรชุมชนตำบลนาคูณใหญ่"
    assert got.authority.splitlines() == ["๑. จัดทำแผนพัฒนาเครือข่าย", "๒. ประสานงานภาคี"]
    assert (got.order_number, got.order_date) == ("12/2569", date(2026, 1, 15))
    assert (got.term_start, got.term_end) == (date(2026, 2, 1), date(2028, 1, 31))
    assert got.network_id is None  # the office's own committee
    committees.update(created.id, {"notes": "แต่งตั้งแทนชุดเดิม"})
    committees.delete(created.id)
    with pytest.raises(NotFoundError):
        committees.get(created.id)
    assert committees.get(created.id, include_deleted=True).is_deleted
    committees.restore(created.id)
    assert committees.get(created.id).notes == "แต่งตั้งแทนชุดเดิม"
    assert committees.search("12/2569")[0].id == created.id
    assert actions(services, created.id) == ["create", "update", "delete", "restore"]


@pytest.mark.parametrize(
    ("typed", "stored"),
    [
        ("๑๒/๒๕๖๙", "12/2569"),
        ("คำสั่งที่ 12/2569", "12/2569"),
        ("ที่ ๐๑๒ / พ.ศ. ๒๕๖๙", "12/2569"),
    ],
)
def test_order_number_accepts_thai_digits(
    committees: CommitteeService, typed: str, stored: str
) -> None:
    assert committees.create(committee_data(order_number=typed)).order_number == stored


@pytest.mark.parametrize("typed", ["12/2026", "สิบสอง", "0/2569", "12"])
def test_bad_order_number_is_named(committees: CommitteeService, typed: str) -> None:
    with pytest.raises(ValidationError) as error:
        committees.create(committee_data(order_number=typed))
    assert set(problems_of(error)) == {"order_number"}


def test_order_number_year_must_match_the_order_date(committees: CommitteeService) -> None:
    with pytest.raises(ValidationError) as error:
        committees.create(committee_data(order_number="12/2568", order_date="15 ม.ค. 2569"))
    assert set(problems_of(error)) == {"order_number"}
    assert "2569" in problems_of(error)["order_number"]


def test_required_name_and_term_order(committees: CommitteeService) -> None:
    with pytest.raises(ValidationError) as error:
        committees.create(committee_data(name=""))
    assert set(problems_of(error)) == {"name"}
    with pytest.raises(ValidationError) as error:
        committees.create(committee_data(term_start="1 ก.พ. 2569", term_end="31 ม.ค. 2569"))
    assert set(problems_of(error)) == {"term_end"}
    assert "2569" in problems_of(error)["term_end"]
    created = committees.create(committee_data())
    with pytest.raises(ValidationError) as error:  # the stored start counts on update
        committees.update(created.id, {"term_end": "1 ม.ค. 2569"})
    assert set(problems_of(error)) == {"term_end"}


def test_filter_by_network_and_thai_order(services: Services, committees: CommitteeService) -> None:
    network = NetworkService(services.ctx).create(
        {"name": "เครือข่าย", "level": "village", "pillar": "people", "form": "committee"}
    )
    for name in reversed(THAI_ORDERED):
        committees.create(committee_data(name=name))
    of_network = committees.create(committee_data(name="คณะทำงานเครือข่าย", network_id=network.id))
    office = committees.list(ListQuery(filters={"network_id": None}))
    assert [c.name for c in office.items] == THAI_ORDERED
    assert [c.id for c in committees.list(ListQuery(filters={"network_id": network.id})).items] == [
        of_network.id
    ]
    with pytest.raises(ValidationError) as error:
        committees.create(committee_data(network_id=uuid.uuid4()))
    assert set(problems_of(error)) == {"network_id"}


def test_conflicting_versions(committees: CommitteeService) -> None:
    created = committees.create(committee_data())
    committees.update(created.id, {"name": "ชื่อใหม่"}, expected_version=created.version)
    with pytest.raises(ConflictError):
        committees.update(created.id, {"name": "ชื่ออื่น"}, expected_version=created.version)
    assert committees.get(created.id).name == "ชื่อใหม่"


def test_detail_loads_live_members_with_their_partner(
    services: Services, committees: CommitteeService, seats: CommitteeMemberService
) -> None:
    committee = committees.create(committee_data())
    temple = partner(services, "วัดโพธิ์ศรี")
    seats.create(seat(committee, "พระครูสมุห์", "advisor", partner_id=temple.id, sequence=2))
    seats.create(seat(committee, "นายสมชาย ใจดี", "chair", sequence=1))
    gone = seats.create(seat(committee, "นายลบแล้ว", sequence=3))
    seats.delete(gone.id)
    got = committees.get(committee.id)  # the session is closed: all of it must be loaded
    assert people(got.members) == ["นายสมชาย ใจดี", "พระครูสมุห์"]
    assert got.members[1].partner is not None and got.members[1].partner.name == "วัดโพธิ์ศรี"


def test_failure_in_a_transaction_writes_nothing(
    services: Services, committees: CommitteeService, seats: CommitteeMemberService
) -> None:
    with pytest.raises(ValidationError), services.transaction():
        committee = committees.create(committee_data())
        seats.create(seat(committee, "นายสมชาย ใจดี", "chair"))
        seats.create(seat(committee, "นางสาวสมหญิง รักดี", "chair"))  # a second chair
    assert committees.list().total == 0
    assert seats.list().total == 0
    assert actions(services, committee.id) == []


# -- members ------------------------------------------------------------------------------


def test_member_crud_audit_and_describe(
    services: Services, committees: CommitteeService, seats: CommitteeMemberService
) -> None:
    committee = committees.create(committee_data())
    member = seats.create(seat(committee, "นายสมชาย ใจดี", "chair", person_title="กำนัน"))
    assert member.position is CommitteePosition.CHAIR
    assert member.sequence == 0  # not given
    assert member.duties == ""
    seats.update(member.id, {"duties": "เป็นประธานการประชุม"})
    seats.delete(member.id)
    seats.restore(member.id)
    assert seats.get(member.id).duties == "เป็นประธานการประชุม"
    assert actions(services, member.id) == ["create", "update", "delete", "restore"]
    with services.ctx.reading() as session:
        summary = session.scalar(
            select(AuditEntry.summary).where(AuditEntry.entity_id == member.id).limit(1)
        )
    assert summary is not None and "นายสมชาย ใจดี" in summary and committee.name in summary
    with pytest.raises(ConflictError):
        seats.update(member.id, {"sequence": 5}, expected_version=1)


def test_member_required_fields_are_named(seats: CommitteeMemberService) -> None:
    with pytest.raises(ValidationError) as error:
        seats.create({"person_title": "กำนัน", "position": "หัวหน้า"})
    assert set(problems_of(error)) == {"committee_id", "person_name", "position"}


def test_name_comes_from_the_contact(
    services: Services, committees: CommitteeService, seats: CommitteeMemberService
) -> None:
    committee = committees.create(committee_data())
    school = partner(services, "โรงเรียนบ้านนาคูณ")
    teacher = services.contacts.create(
        {"partner_id": school.id, "title": "นาง", "first_name": "สุดา", "last_name": "ศรีสุข"}
    )
    member = seats.create(
        {"committee_id": committee.id, "contact_id": teacher.id, "position": "member"}
    )
    assert member.person_name == "นางสุดา ศรีสุข"
    named = seats.create(seat(committee, "ครูสุดา", contact_id=teacher.id))
    assert named.person_name == "ครูสุดา"  # a typed name is kept
    with pytest.raises(ValidationError) as error:  # emptied without a contact: still required
        seats.update(named.id, {"person_name": "", "contact_id": None})
    assert set(problems_of(error)) == {"person_name"}
    assert seats.update(named.id, {"person_name": ""}).person_name == "นางสุดา ศรีสุข"


def test_contact_must_belong_to_the_partner(
    services: Services, committees: CommitteeService, seats: CommitteeMemberService
) -> None:
    committee = committees.create(committee_data())
    school, temple = partner(services, "โรงเรียน"), partner(services, "วัด")
    teacher = services.contacts.create({"partner_id": school.id, "first_name": "สุดา"})
    with pytest.raises(ValidationError) as error:
        seats.create(seat(committee, "ครูสุดา", contact_id=teacher.id, partner_id=temple.id))
    assert set(problems_of(error)) == {"contact_id"}
    seats.create(seat(committee, "ครูสุดา", contact_id=teacher.id, partner_id=school.id))


def test_member_term_end_after_start(
    committees: CommitteeService, seats: CommitteeMemberService
) -> None:
    committee = committees.create(committee_data())
    with pytest.raises(ValidationError) as error:
        seats.create(seat(committee, "นายก", term_start="1/3/2569", term_end="1/2/2569"))
    assert set(problems_of(error)) == {"term_end"}
    member = seats.create(seat(committee, "นายก", term_start="1/3/2569"))
    with pytest.raises(ValidationError) as error:
        seats.end_term(member.id, date(2026, 2, 1))
    assert set(problems_of(error)) == {"term_end"}


def test_one_chair_at_a_time(
    services: Services, committees: CommitteeService, seats: CommitteeMemberService
) -> None:
    committee = committees.create(committee_data())  # term 1 Feb 2026 – 31 Jan 2028
    other = committees.create(committee_data(name="คณะอื่น"))
    chair = seats.create(seat(committee, "นายสมชาย ใจดี", "chair"))
    seats.create(seat(other, "นายอื่น", "chair"))  # another committee's chair
    seats.create(seat(committee, "นายรอง", "vice_chair"))
    with pytest.raises(ValidationError) as error:
        seats.create(seat(committee, "นางสาวสมหญิง รักดี", "chair", term_start="1/6/2569"))
    assert set(problems_of(error)) == {"position"}
    assert "นายสมชาย ใจดี" in problems_of(error)["position"]
    vice = seats.list(ListQuery(filters={"position": "vice_chair"})).items[0]
    with pytest.raises(ValidationError):  # promoting someone is checked too
        seats.update(vice.id, {"position": "chair"})

    seats.end_term(chair.id, date(2026, 5, 31))
    assert actions(services, chair.id) == ["create", "update"]
    with pytest.raises(ValidationError):  # the last day served still belongs to the old chair
        seats.create(seat(committee, "นางสาวสมหญิง รักดี", "chair", term_start="31/5/2569"))
    new_chair = seats.create(seat(committee, "นางสาวสมหญิง รักดี", "chair", term_start="1/6/2569"))
    seats.delete(chair.id)
    seats.delete(new_chair.id)
    seats.restore(chair.id)
    seats.update(chair.id, {"term_end": None})  # the old chair serves on
    with pytest.raises(ValidationError):  # restoring would make two chairs at once
        seats.restore(new_chair.id)


def test_current_and_past_members(
    services: Services, committees: CommitteeService, seats: CommitteeMemberService
) -> None:
    committee = committees.create(committee_data())  # term 1 Feb 2026 – 31 Jan 2028
    first = seats.create(seat(committee, "นายเก่า", "chair", sequence=1))
    seats.end_term(first.id, date(2026, 5, 31))
    seats.create(seat(committee, "นายใหม่", "chair", sequence=1, term_start="1/6/2569"))
    seats.create(seat(committee, "นางกรรมการ", sequence=2))
    seats.create(seat(committee, "นายแทน", sequence=3, term_start="1/1/2570"))  # not yet
    seats.delete(seats.create(seat(committee, "นายลบ", sequence=4)).id)

    on = date(2026, 8, 1)
    assert people(committees.current_members(committee.id, on)) == ["นายใหม่", "นางกรรมการ"]
    assert people(committees.past_members(committee.id, on)) == ["นายแทน", "นายเก่า"]
    assert people(committees.current_members(committee.id, date(2026, 3, 1))) == [
        "นายเก่า",
        "นางกรรมการ",
    ]
    after_the_term = date(2028, 2, 1)  # members without dates serve the committee's term
    assert committees.current_members(committee.id, after_the_term) == []
    assert len(committees.past_members(committee.id, after_the_term)) == 4
    with pytest.raises(NotFoundError):
        committees.current_members(uuid.uuid4())


def test_member_filters(
    services: Services, committees: CommitteeService, seats: CommitteeMemberService
) -> None:
    committee = committees.create(committee_data())
    other = committees.create(committee_data(name="คณะอื่น"))
    temple = partner(services, "วัดโพธิ์ศรี")
    monk = seats.create(seat(committee, "พระครู", "advisor", partner_id=temple.id))
    seats.create(seat(committee, "นายก", "member"))
    seats.create(seat(other, "นายข", "member"))

    def listed(**filters: Any) -> set[str]:
        return set(people(seats.list(ListQuery(filters=filters)).items))

    assert listed(committee_id=committee.id) == {"พระครู", "นายก"}
    assert listed(partner_id=temple.id) == {monk.person_name}
    assert listed(position="member") == {"นายก", "นายข"}
    with pytest.raises(KeyError):
        seats.list(ListQuery(sort="joined_on"))


def test_members_sorted_by_sequence_then_thai_name_on_both_databases(
    any_services: Services,
) -> None:
    committees = CommitteeService(any_services.ctx)
    seats = CommitteeMemberService(any_services.ctx)
    committee = committees.create(committee_data(order_number="๓/๒๕๖๙"))
    assert committee.order_number == "3/2569"
    for name in reversed(THAI_ORDERED):
        seats.create(seat(committee, name, sequence=2))
    seats.create(seat(committee, "ฮ ประธาน", "chair", sequence=1))
    by_sequence = people(seats.list(ListQuery(filters={"committee_id": committee.id})).items)
    assert by_sequence == ["ฮ ประธาน", *THAI_ORDERED]
    by_name = people(seats.list(ListQuery(sort="name")).items)
    assert by_name == [*THAI_ORDERED, "ฮ ประธาน"]
    assert people(committees.current_members(committee.id, date(2026, 6, 1))) == by_sequence
    with pytest.raises(ValidationError) as error:
        seats.create(seat(committee, "นายสอง", "chair"))
    assert set(problems_of(error)) == {"position"}
    assert people(committees.get(committee.id).members) == by_sequence
