from __future__ import annotations

import uuid
from datetime import date
from typing import Any

import pytest
from sqlalchemy import select

from lao_desktop.errors import ConflictError, ValidationError
from lao_desktop.models import AuditEntry, Partner
from lao_desktop.models.enums import ActivityKind, KnowledgeKind
from lao_desktop.services import ListQuery, Services
from lao_desktop.services.activities import (
    ActivityParticipantService,
    ActivityService,
    KnowledgeService,
)
from lao_desktop.services.plans import PlanService
from tests.factories import thai_partner


@pytest.fixture
def activities(services: Services) -> ActivityService:
    return ActivityService(services.ctx)


@pytest.fixture
def participants(services: Services) -> ActivityParticipantService:
    return ActivityParticipantService(services.ctx)


@pytest.fixture
def knowledge(services: Services) -> KnowledgeService:
    return KnowledgeService(services.ctx)


@pytest.fixture
def partner(services: Services) -> Partner:
    return services.partners.create(thai_partner())


def activity(**overrides: Any) -> dict[str, Any]:
    data: dict[str, Any] = {
        "name": "อบรมการคัดแยกขยะ",
        "kind": "training",
        "start_on": "๑๕/๑๑/๒๕๖๘",
        "place": "ศาลาประชาคมบ้านนาคูณ",
    }
    data.update(overrides)
    return data


def fields(excinfo: pytest.ExceptionInfo[ValidationError]) -> set[str]:
    return {p.field for p in excinfo.value.problems}


def test_create_with_thai_digits(activities: ActivityService) -> None:
    created = activities.create(activity(participant_count="๑๒๐"))
    assert created.start_on == date(2025, 11, 15)
    assert created.participant_count == 120
    assert created.kind is ActivityKind.TRAINING
    assert activities.search("ศาลาประชาคม")[0].id == created.id


@pytest.mark.parametrize("field", ["name", "kind", "start_on"])
def test_required(activities: ActivityService, field: str) -> None:
    with pytest.raises(ValidationError) as excinfo:
        activities.create(activity(**{field: ""}))
    assert fields(excinfo) == {field}


def test_dates_and_count(activities: ActivityService) -> None:
    with pytest.raises(ValidationError) as excinfo:
        activities.create(activity(end_on="14/11/2568"))
    assert fields(excinfo) == {"end_on"}
    one_day = activities.create(activity(end_on="15/11/2568"))
    assert one_day.end_on == one_day.start_on
    with pytest.raises(ValidationError) as excinfo:
        activities.create(activity(participant_count="-1"))
    assert fields(excinfo) == {"participant_count"}


def test_fiscal_year_boundary_and_filters(services: Services, activities: ActivityService) -> None:
    project = PlanService(services.ctx).create({"name": "โครงการสิ่งแวดล้อม", "fiscal_year": 2569})
    old = activities.create(activity(start_on="30/9/2568"))
    new = activities.create(activity(start_on="1/10/2568", kind="study_visit", plan_id=project.id))
    assert [a.id for a in activities.list(ListQuery(fiscal_year=2568)).items] == [old.id]
    assert [a.id for a in activities.list(ListQuery(fiscal_year=2569)).items] == [new.id]
    assert [a.id for a in activities.list(ListQuery(filters={"plan_id": project.id})).items] == [
        new.id
    ]
    assert [a.id for a in activities.list(ListQuery(filters={"kind": "training"})).items] == [
        old.id
    ]
    latest_first = activities.list(ListQuery(descending=True)).items
    assert [a.id for a in latest_first] == [new.id, old.id]


def test_conflict_and_audit(services: Services, activities: ActivityService) -> None:
    created = activities.create(activity())
    activities.update(created.id, {"outcome": "ชุมชนคัดแยกขยะได้"}, expected_version=1)
    with pytest.raises(ConflictError):
        activities.update(created.id, {"outcome": "อื่น"}, expected_version=1)
    activities.delete(created.id)
    with services.ctx.reading() as session:
        actions = session.scalars(
            select(AuditEntry.action)
            .where(AuditEntry.entity == "activities")
            .order_by(AuditEntry.id)
        ).all()
    assert list(actions) == ["create", "update", "delete"]


def test_partner_once_per_activity(
    activities: ActivityService, participants: ActivityParticipantService, partner: Partner
) -> None:
    created = activities.create(activity())
    joined = participants.create(
        {"activity_id": created.id, "partner_id": partner.id, "role": "วิทยากร"}
    )
    assert participants.describe(joined) == partner.name
    with pytest.raises(ValidationError) as excinfo:
        participants.create({"activity_id": created.id, "partner_id": partner.id})
    assert fields(excinfo) == {"partner_id"}
    with pytest.raises(ValidationError) as excinfo:
        participants.create({"activity_id": created.id})
    assert fields(excinfo) == {"partner_id"}
    with pytest.raises(ValidationError) as excinfo:
        participants.create({"activity_id": uuid.uuid4(), "partner_id": partner.id})
    assert fields(excinfo) == {"activity_id"}
    participants.delete(joined.id)
    participants.create({"activity_id": created.id, "partner_id": partner.id})
    assert [p.partner_id for p in activities.get(created.id).participants if not p.is_deleted] == [
        partner.id
    ]


def test_activity_with_participants_on_both_databases(any_services: Services) -> None:
    services = any_services
    activities = ActivityService(services.ctx)
    participants = ActivityParticipantService(services.ctx)
    partner = services.partners.create(thai_partner())
    with pytest.raises(ValidationError), services.transaction():
        created = activities.create(activity())
        participants.create({"activity_id": created.id, "partner_id": partner.id})
        participants.create({"activity_id": created.id, "partner_id": partner.id})
    assert activities.count() == 0 and participants.count() == 0
    with services.transaction():
        created = activities.create(activity())
        participants.create({"activity_id": created.id, "partner_id": partner.id})
    assert participants.count(ListQuery(filters={"activity_id": created.id})) == 1
    assert activities.count(ListQuery(fiscal_year=2569)) == 1


def test_knowledge_rules_and_search(
    activities: ActivityService, knowledge: KnowledgeService
) -> None:
    source = activities.create(activity())
    item = knowledge.create(
        {
            "name": "บทเรียนธนาคารขยะ",
            "kind": "lesson",
            "summary": "ชุมชนจัดการขยะเองได้เมื่อมีแกนนำ",
            "body": "รายละเอียดยาวเรื่องปุ๋ยหมัก",
            "tags": "ขยะ, สิ่งแวดล้อม",
            "published_on": "1 ธ.ค. 2568",
            "activity_id": source.id,
        }
    )
    knowledge.create({"name": "คู่มือการประชุม", "kind": "manual"})
    assert item.kind is KnowledgeKind.LESSON and item.published_on == date(2025, 12, 1)
    assert [k.id for k in knowledge.search("แกนนำ")] == [item.id]  # summary
    assert [k.id for k in knowledge.search("สิ่งแวดล้อม")] == [item.id]  # tags
    assert knowledge.search("ปุ๋ยหมัก") == []  # the body is not searched
    assert knowledge.count(ListQuery(filters={"kind": "manual"})) == 1
    for field in ("name", "kind"):
        with pytest.raises(ValidationError) as excinfo:
            knowledge.create({"name": "x", "kind": "lesson", field: None})
        assert fields(excinfo) == {field}
    with pytest.raises(ValidationError) as excinfo:
        knowledge.create({"name": "x", "kind": "rumour"})
    assert fields(excinfo) == {"kind"}
