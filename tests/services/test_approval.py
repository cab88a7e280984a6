"""The executive approves agreements and joint plans; a clerk's later change to what was
approved withdraws the approval in the same transaction, and the audit trail says so."""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

import pytest
from sqlalchemy import func, select

from lao_desktop.db.database import Database, open_database
from lao_desktop.errors import ConflictError, PermissionDeniedError, ValidationError
from lao_desktop.models import Agreement, AuditEntry, JointPlan, User
from lao_desktop.models.enums import AgreementStatus, Role
from lao_desktop.services import Actor, ListQuery, Services
from lao_desktop.services.approval import ApprovalError
from tests.factories import thai_partner
from tests.support.demo import demo_copy


@dataclass
class Office:
    clerk: Services
    executive: Services
    admin: Services


def _as(db: Database, username: str, role: Role) -> Services:
    user = Services(db).users.create(
        {"username": username, "display_name": f"นาย{username} ใจดี", "role": role}
    )
    return Services(db, Actor(user.id, user.username, role))


def _office(db: Database) -> Office:
    return Office(
        _as(db, "clerk", Role.CLERK), _as(db, "nayok", Role.EXECUTIVE), _as(db, "admin", Role.ADMIN)
    )


@pytest.fixture
def office(db: Database) -> Office:
    return _office(db)


def mou(**overrides: Any) -> dict[str, Any]:
    data: dict[str, Any] = {
        "kind": "mou",
        "name": "บันทึกข้อตกลงความร่วมมือการจัดการขยะชุมชน",
        "objectives": "ลดขยะในชุมชน",
        "expires_on": "30/9/2570",
    }
    data.update(overrides)
    return data


def trail(services: Services) -> list[AuditEntry]:
    with services.ctx.reading() as session:
        return list(session.scalars(select(AuditEntry).order_by(AuditEntry.id)))


def stored(services: Services, model: type[Agreement | JointPlan], ident: Any) -> Any:
    with services.ctx.reading() as session:
        return session.get(model, ident)


def test_executive_approves_and_the_trail_says_who_and_when(
    any_db: Database, english: None
) -> None:
    office = _office(any_db)
    agreement = office.clerk.agreements.create(mou())
    approved = office.executive.agreements.approve(agreement.id, expected_version=1)
    assert approved.approved_at is not None
    assert approved.approved_by == office.executive.ctx.actor.user_id
    assert approved.approved
    last = trail(office.clerk)[-1]
    assert (last.action, last.username, last.entity_id) == ("approve", "nayok", agreement.id)
    changes = json.loads(last.changes)
    assert changes["approved_by"] == [None, str(office.executive.ctx.actor.user_id)]
    assert changes["approved_at"][0] is None and changes["approved_at"][1].startswith("20")
    text = office.clerk.agreements.approval_text(stored(office.clerk, Agreement, agreement.id))
    assert text.startswith("Approved by นายnayok ใจดี on ")
    assert "น." in text  # a Thai office clock time

    # Lists filter and count by it, in SQL, on both databases.
    office.clerk.agreements.create(mou(name="บันทึกข้อตกลงอีกฉบับ"))
    service = office.executive.agreements
    assert [a.id for a in service.list(ListQuery(filters={"approved": True})).items] == [
        agreement.id
    ]
    assert service.count(ListQuery(filters={"approved": "no"})) == 1
    assert service.count(ListQuery(filters={"approved": [True, False]})) == 2
    assert service.count_by("approved") == {True: 1, False: 1}
    assert service.list(ListQuery(sort="approved")).items[0].id == agreement.id


def test_approving_twice_is_refused_and_changes_nothing(office: Office, english: None) -> None:
    plan = office.clerk.plans.create({"name": "แผนพัฒนาเครือข่ายสตรี", "fiscal_year": 2569})
    office.executive.plans.approve(plan.id)
    before = stored(office.clerk, JointPlan, plan.id)
    entries = len(trail(office.clerk))
    with pytest.raises(ApprovalError, match=r"already approved \(Approved by นายnayok"):
        office.admin.plans.approve(plan.id)
    after = stored(office.clerk, JointPlan, plan.id)
    assert (after.approved_at, after.approved_by, after.version) == (
        before.approved_at,
        before.approved_by,
        before.version,
    )
    assert len(trail(office.clerk)) == entries


def test_withdrawing_and_approving_again(office: Office, english: None) -> None:
    agreement = office.clerk.agreements.create(mou())
    with pytest.raises(ApprovalError, match="is not approved"):
        office.executive.agreements.withdraw_approval(agreement.id)
    office.executive.agreements.approve(agreement.id)
    withdrawn = office.admin.agreements.withdraw_approval(agreement.id)
    assert (withdrawn.approved_at, withdrawn.approved_by) == (None, None)
    last = trail(office.clerk)[-1]
    assert (last.action, last.username) == ("withdraw_approval", "admin")
    assert json.loads(last.changes)["approved_by"][1] is None
    again = office.admin.agreements.approve(agreement.id)
    assert again.approved_by == office.admin.ctx.actor.user_id


def test_only_executive_and_admin_approve(office: Office) -> None:
    agreement = office.clerk.agreements.create(mou())
    plan = office.clerk.plans.create({"name": "แผนงานร่วม"})
    entries = len(trail(office.clerk))
    for service in (office.clerk.agreements, office.clerk.plans):
        ident = agreement.id if service is office.clerk.agreements else plan.id
        with pytest.raises(PermissionDeniedError):
            service.approve(ident)
        with pytest.raises(PermissionDeniedError):
            service.withdraw_approval(ident)
    assert stored(office.clerk, Agreement, agreement.id).approved_at is None
    assert len(trail(office.clerk)) == entries


def test_a_clerks_change_of_content_withdraws_the_approval(any_db: Database, english: None) -> None:
    office = _office(any_db)
    agreement = office.clerk.agreements.create(mou())
    approved = office.executive.agreements.approve(agreement.id)
    entries = len(trail(office.clerk))
    changed = office.clerk.agreements.update(
        agreement.id, {"objectives": "ลดขยะและคัดแยกขยะ"}, expected_version=approved.version
    )
    assert (changed.approved_at, changed.approved_by) == (None, None)
    assert changed.version == approved.version + 1  # one write, not two
    new = trail(office.clerk)[entries:]
    assert [e.action for e in new] == ["update"]  # the same entry, the same transaction
    assert "approval withdrawn: it covered the earlier content" in new[0].summary
    changes = json.loads(new[0].changes)
    assert changes["objectives"] == ["ลดขยะในชุมชน", "ลดขยะและคัดแยกขยะ"]
    assert changes["approved_by"] == [str(office.executive.ctx.actor.user_id), None]
    assert changes["approved_at"][1] is None


def test_recording_the_signing_keeps_the_approval(office: Office) -> None:
    agreement = office.clerk.agreements.create(mou())
    approved = office.executive.agreements.approve(agreement.id)
    signed = office.clerk.agreements.update(
        agreement.id,
        {"signed_on": "1/10/2568", "reference_number": "นพ 7/2568", "status": "active"},
    )
    assert signed.approved_at == approved.approved_at
    assert "approved_at" not in json.loads(trail(office.clerk)[-1].changes)
    # Saving the form unchanged keeps it too (nothing is written).
    office.clerk.agreements.update(agreement.id, {"objectives": "ลดขยะในชุมชน"})
    assert stored(office.clerk, Agreement, agreement.id).approved_at == approved.approved_at


def test_a_refused_change_keeps_the_approval(office: Office) -> None:
    plan = office.clerk.plans.create({"name": "แผนพัฒนาเครือข่ายสตรี", "start_on": "1/10/2568"})
    office.executive.plans.approve(plan.id)
    with pytest.raises(ValidationError):
        office.clerk.plans.update(plan.id, {"goals": "ใหม่", "end_on": "1/1/2568"})
    assert stored(office.clerk, JointPlan, plan.id).approved_at is not None
    # A later good change withdraws it, and says so (nothing left over from the refused one).
    office.clerk.plans.update(plan.id, {"goals": "ใหม่"})
    assert stored(office.clerk, JointPlan, plan.id).approved_at is None


def test_approval_columns_are_not_editable(office: Office) -> None:
    agreement = office.clerk.agreements.create(mou())
    with pytest.raises(KeyError, match="approved_at"):
        office.clerk.agreements.update(agreement.id, {"approved_at": "1/1/2569"})
    with pytest.raises(KeyError, match="approved_by"):
        office.admin.plans.create({"name": "แผน", "approved_by": office.admin.ctx.actor.user_id})
    assert stored(office.clerk, Agreement, agreement.id).approved_at is None


def test_a_conflicting_approval_is_refused(office: Office) -> None:
    plan = office.clerk.plans.create({"name": "แผนพัฒนาเครือข่ายสตรี"})
    office.clerk.plans.update(plan.id, {"goals": "เป้าหมายใหม่"}, expected_version=1)
    with pytest.raises(ConflictError):  # the executive read version 1, not what is stored
        office.executive.plans.approve(plan.id, expected_version=1)
    assert stored(office.clerk, JointPlan, plan.id).approved_at is None


def test_changing_a_part_withdraws_the_approval(any_db: Database, english: None) -> None:
    office = _office(any_db)
    partner = office.clerk.partners.create(thai_partner())
    agreement = office.clerk.agreements.create(mou())
    party = office.clerk.agreement_parties.create(
        {"agreement_id": agreement.id, "partner_id": partner.id, "obligations": "จัดรถเก็บขยะ"}
    )
    plan = office.clerk.plans.create({"name": "แผนพัฒนาเครือข่ายสตรี"})
    task = office.clerk.plan_responsibilities.create(
        {"plan_id": plan.id, "task": "อบรม", "budget_baht": "5000"}
    )
    office.executive.agreements.approve(agreement.id)
    office.executive.plans.approve(plan.id)
    entries = len(trail(office.clerk))

    office.clerk.agreement_parties.update(party.id, {"obligations": "จัดรถเก็บขยะสองคัน"})
    office.clerk.plan_responsibilities.update(task.id, {"budget_baht": "50000"})
    assert stored(office.clerk, Agreement, agreement.id).approved_at is None
    assert stored(office.clerk, JointPlan, plan.id).approved_at is None
    new = trail(office.clerk)[entries:]
    assert [(e.action, e.entity) for e in new] == [
        ("update", "agreement_parties"),
        ("withdraw_approval", "agreements"),
        ("update", "plan_responsibilities"),
        ("withdraw_approval", "joint_plans"),
    ]
    assert "Agreement party changed after it was approved" in new[1].summary
    assert all(e.username == "clerk" for e in new)

    # A new task (and taking one out) withdraws a renewed approval too.
    office.executive.plans.approve(plan.id)
    office.clerk.plan_responsibilities.delete(task.id)
    assert stored(office.clerk, JointPlan, plan.id).approved_at is None
    # Without an approval, a part's change writes no withdrawal.
    before = len(trail(office.clerk))
    office.clerk.plan_responsibilities.restore(task.id)
    assert len(trail(office.clerk)) == before + 1


def test_approved_records_count_in_one_query(office: Office) -> None:
    for n in range(3):
        plan = office.clerk.plans.create({"name": f"แผนที่ {n}", "fiscal_year": 2569})
        if n:
            office.executive.plans.approve(plan.id)
    counts = office.executive.plans.counts_by(
        "approved", "fiscal_year", query=ListQuery(fiscal_year=2569)
    )
    assert counts == {"approved": {True: 2, False: 1}, "fiscal_year": {2569: 3}}
    with office.clerk.ctx.reading() as session:
        assert session.scalar(select(func.count()).where(JointPlan.approved)) == 2


def test_the_demo_executive_has_approved_through_the_services(
    tmp_path_factory: pytest.TempPathFactory,
) -> None:
    db = open_database(demo_copy(tmp_path_factory))
    try:
        services = Services(db)
        with services.ctx.reading() as session:
            executive = session.scalars(select(User).where(User.username == "executive")).one()
            approved = session.scalars(select(Agreement).where(Agreement.approved)).all()
            actions = dict(
                session.execute(
                    select(AuditEntry.action, func.count())
                    .where(AuditEntry.username == "executive")
                    .group_by(AuditEntry.action)
                ).all()
            )
        assert approved and all(a.approved_by == executive.id for a in approved)
        assert all(a.status is not AgreementStatus.DRAFT for a in approved)
        drafts = services.agreements.count(ListQuery(filters={"status": "draft"}))
        awaiting = services.agreements.count(ListQuery(filters={"approved": False}))
        assert awaiting == drafts + 1  # the drafts, and the one changed after approval
        plans = services.plans.count_by("approved")
        assert plans[True] >= 1 and plans[False] >= 1  # plans not yet started await it
        assert actions == {"approve": len(approved) + 1 + plans[True]}
    finally:
        db.dispose()
