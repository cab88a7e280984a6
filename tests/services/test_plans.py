from __future__ import annotations

import json
import uuid
from datetime import date
from decimal import Decimal
from typing import Any

import pytest
from sqlalchemy import select

from lao_desktop.errors import ConflictError, NotFoundError, ValidationError
from lao_desktop.models import AuditEntry, Partner
from lao_desktop.models.enums import PlanStatus
from lao_desktop.services import ListQuery, Services
from lao_desktop.services.plans import PlanResponsibilityService, PlanService
from tests.factories import thai_partner


@pytest.fixture
def plans(services: Services) -> PlanService:
    return PlanService(services.ctx)


@pytest.fixture
def tasks(services: Services) -> PlanResponsibilityService:
    return PlanResponsibilityService(services.ctx)


def plan(**overrides: Any) -> dict[str, Any]:
    data: dict[str, Any] = {
        "name": "โครงการธนาคารขยะชุมชน",
        "fiscal_year": "2569",
        "start_on": "1/10/2568",
        "end_on": "30/9/2569",
        "goals": "ลดขยะในชุมชนร้อยละ 20",
    }
    data.update(overrides)
    return data


def fields(excinfo: pytest.ExceptionInfo[ValidationError]) -> set[str]:
    return {p.field for p in excinfo.value.problems}


def test_create_defaults_and_thai_digits(plans: PlanService) -> None:
    created = plans.create(plan(fiscal_year="๒๕๖๙", status=""))
    assert created.fiscal_year == 2569
    assert created.status is PlanStatus.PLANNED
    assert (created.start_on, created.end_on) == (date(2025, 10, 1), date(2026, 9, 30))
    assert plans.search("ธนาคารขยะ")[0].id == created.id


@pytest.mark.parametrize("year", ["2026", "2399", "2701", "สองพัน"])
def test_fiscal_year_must_be_be(plans: PlanService, year: str) -> None:
    with pytest.raises(ValidationError) as excinfo:
        plans.create(plan(fiscal_year=year))
    assert fields(excinfo) == {"fiscal_year"}


def test_ce_year_message_suggests_be(plans: PlanService) -> None:
    with pytest.raises(ValidationError) as excinfo:
        plans.create(plan(fiscal_year="2026"))
    assert "2569" in excinfo.value.for_field("fiscal_year")[0]


@pytest.mark.parametrize("end", ["30/9/2568", "1/10/2568"])
def test_end_after_start(plans: PlanService, end: str) -> None:
    with pytest.raises(ValidationError) as excinfo:
        plans.create(plan(end_on=end))
    assert fields(excinfo) == {"end_on"}


def test_name_required(plans: PlanService) -> None:
    with pytest.raises(ValidationError) as excinfo:
        plans.create(plan(name=None))
    assert fields(excinfo) == {"name"}


def test_fiscal_year_filter(plans: PlanService) -> None:
    this = plans.create(plan())
    plans.create(plan(name="โครงการปีก่อน", fiscal_year=2568, start_on=None, end_on=None))
    assert [p.id for p in plans.list(ListQuery(fiscal_year=2569)).items] == [this.id]
    assert [p.id for p in plans.list(ListQuery(filters={"fiscal_year": "2569"})).items] == [this.id]
    assert plans.count(ListQuery(filters={"status": "planned"})) == 2
    assert plans.count(ListQuery(fiscal_year=2570)) == 0


def test_update_audit_and_conflict(services: Services, plans: PlanService) -> None:
    created = plans.create(plan())
    plans.update(created.id, {"status": "ongoing"}, expected_version=1)
    with pytest.raises(ConflictError):
        plans.update(created.id, {"status": "completed"}, expected_version=1)
    with services.ctx.reading() as session:
        entries = session.scalars(
            select(AuditEntry).where(AuditEntry.entity_id == created.id).order_by(AuditEntry.id)
        ).all()
    assert [e.action for e in entries] == ["create", "update"]
    assert json.loads(entries[1].changes) == {"status": ["planned", "ongoing"]}


# -- responsibilities and budget ----------------------------------------------------------


def test_task_money_rules(plans: PlanService, tasks: PlanResponsibilityService) -> None:
    created = plans.create(plan())
    ok = tasks.create({"plan_id": created.id, "task": "จัดอบรม", "budget_baht": "12,500.50"})
    assert ok.budget_baht == Decimal("12500.50") and ok.partner_id is None and ok.sequence == 0
    assert tasks.create(
        {"plan_id": created.id, "task": "ก", "budget_baht": "๑๒๕๐๐"}
    ).budget_baht == (Decimal("12500"))
    for bad in ("-5", "12.345"):
        with pytest.raises(ValidationError) as excinfo:
            tasks.create({"plan_id": created.id, "task": "จัดอบรม", "budget_baht": bad})
        assert fields(excinfo) == {"budget_baht"}
    with pytest.raises(ValidationError) as excinfo:
        tasks.create({"plan_id": created.id, "task": ""})
    assert fields(excinfo) == {"task"}
    with pytest.raises(ValidationError) as excinfo:
        tasks.create({"plan_id": uuid.uuid4(), "task": "จัดอบรม"})
    assert fields(excinfo) == {"plan_id"}


def test_budget_totals_on_both_databases(any_services: Services) -> None:
    services = any_services
    plans, tasks = PlanService(services.ctx), PlanResponsibilityService(services.ctx)
    school = services.partners.create(thai_partner(name="โรงเรียนบ้านนาคูณ", sector="state"))
    temple = services.partners.create(thai_partner(name="วัดศรีนาคูณ", sector="religious"))
    created = plans.create(plan())
    other = plans.create(plan(name="โครงการอื่น"))

    def add(partner: Partner | None, budget: str | None, on: uuid.UUID = created.id) -> uuid.UUID:
        data = {"plan_id": on, "task": "งาน", "budget_baht": budget}
        return tasks.create({**data, "partner_id": partner and partner.id}).id

    add(school, "10,000.50")
    add(school, "2,000.25")
    add(temple, "500")
    add(temple, None)
    add(None, "1,234.56")
    tasks.delete(add(temple, "9,999"))
    add(school, "777", on=other.id)

    assert plans.budget_total(created.id) == Decimal("13735.31")  # 12000.75 + 500 + 1234.56
    assert plans.budget_by_partner(created.id) == {
        school.id: Decimal("12000.75"),
        None: Decimal("1234.56"),
        temple.id: Decimal("500.00"),
    }
    assert list(plans.budget_by_partner(created.id)) == [school.id, None, temple.id]
    empty = plans.create(plan(name="โครงการว่าง"))
    assert plans.budget_total(empty.id) == Decimal("0")
    with pytest.raises(NotFoundError):
        plans.budget_total(uuid.uuid4())


def test_plan_with_tasks_all_or_nothing(
    services: Services, plans: PlanService, tasks: PlanResponsibilityService
) -> None:
    with pytest.raises(ValidationError), services.transaction():
        created = plans.create(plan())
        tasks.create({"plan_id": created.id, "task": "จัดอบรม", "budget_baht": "100"})
        tasks.create({"plan_id": created.id, "task": "จัดซื้อ", "budget_baht": "-5"})
    assert plans.count() == 0 and tasks.count() == 0
    with services.ctx.reading() as session:
        assert session.scalars(select(AuditEntry)).all() == []
