"""Each service's own operations (beyond create … names), tried as clerk, executive and
administrator on a copy of the demo office: allowed or refused as the matrix says, a refused
one changing nothing. ``OWN`` is also the list test_roles.py checks every method against."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

import pytest

from lao_desktop.db.database import Database, open_database
from lao_desktop.demo.builder import DEMO_PASSWORD
from lao_desktop.errors import LoginError
from lao_desktop.models.enums import AttendanceStatus, DecisionStatus, Role
from lao_desktop.services import Services
from lao_desktop.services.permissions import Action
from lao_desktop.services.settings import BACKUP_REMINDER_DAYS, LAST_BACKUP_AT
from lao_desktop.thai.fiscal import fiscal_year
from tests.support.demo import demo_copy
from tests.support.roles import (
    ROLES,
    USERNAME,
    Call,
    DemoOffice,
    audit_count,
    last_audit,
    try_as,
)

R, W = Action.READ, Action.WRITE
TODAY = date.today()


@dataclass(frozen=True)
class Case:
    action: Action | None  # None: open to everyone (before logging in, one's own password)
    call: Call
    writes: bool = False  # an allowed call leaves an audit entry of the acting user


def _set_up(s: Services, o: DemoOffice) -> object:
    with pytest.raises(LoginError):  # the demo office is set up already, for everyone
        s.accounts.set_up({"name": "อบต.ใหม่", "office_type": "sao"}, {"username": "x"}, "x")
    return None


def _change_password(s: Services, o: DemoOffice) -> object:
    s.accounts.change_password(DEMO_PASSWORD, "รหัสผ่านใหม่-2569")
    s.accounts.change_password("รหัสผ่านใหม่-2569", DEMO_PASSWORD)
    return None


def _approved_plan(o: DemoOffice) -> object:
    return o.first("plans", approved=True)


def _a_scan(s: Services, o: DemoOffice) -> bytes:
    return s.agreements.scan_content(o.first("agreements.documents").id)


def _renew(s: Services, o: DemoOffice) -> object:
    agreement = o.first("agreements", status="active")
    expiry = max(agreement.expires_on or TODAY, TODAY) + timedelta(days=365)
    return s.agreements.renew(agreement.id, TODAY, expiry, "ต่ออายุ")


def _follow_up(s: Services, o: DemoOffice) -> object:
    decision = o.first("decisions")
    return s.decisions.add_follow_up(decision.id, TODAY, DecisionStatus.IN_PROGRESS, "คืบหน้า")


def _responsibles(s: Services, o: DemoOffice) -> object:
    decision = o.first("decisions")
    return s.decisions.set_responsibles(decision.id, [(o.first("partners").id, "ประสานงาน")])


def _standard_agenda(s: Services, o: DemoOffice) -> object:
    data = {"title": "ประชุมทดสอบสิทธิ์", "meeting_date": TODAY + timedelta(days=3)}
    return s.meetings.create_with_standard_agenda(data)


def _meeting_of_a_committee(o: DemoOffice) -> object:
    committee = o.first("committees")
    return o.first("meetings", committee_id=committee.id)


OWN: dict[tuple[str, str], list[Case]] = {
    ("office", "current"): [Case(R, lambda s, o: s.office.current())],
    ("office", "save"): [
        Case(Action.ADMINISTER, lambda s, o: s.office.save({"phone": "042-123456"}), True)
    ],
    ("office", "set_emblem"): [Case(Action.ADMINISTER, lambda s, o: s.office.set_emblem(None))],
    ("accounts", "needs_setup"): [Case(None, lambda s, o: s.accounts.needs_setup())],
    ("accounts", "office_name"): [Case(None, lambda s, o: s.accounts.office_name())],
    ("accounts", "set_up"): [Case(None, _set_up)],
    ("accounts", "log_in"): [
        Case(None, lambda s, o: s.accounts.log_in(s.ctx.actor.username, DEMO_PASSWORD), True)
    ],
    ("accounts", "log_out"): [Case(None, lambda s, o: s.accounts.log_out(), True)],
    ("accounts", "change_password"): [Case(None, _change_password, True)],
    ("accounts", "reset_password"): [
        Case(
            Action.ADMINISTER,
            lambda s, o: s.accounts.reset_password(o.actor(Role.CLERK).user_id, DEMO_PASSWORD),
            True,
        )
    ],
    ("accounts", "unlock"): [
        Case(Action.ADMINISTER, lambda s, o: s.accounts.unlock(o.actor(Role.CLERK).user_id), True)
    ],
    ("networks", "ancestors"): [Case(R, lambda s, o: s.networks.ancestors(o.first("networks").id))],
    ("networks", "tree"): [Case(R, lambda s, o: s.networks.tree())],
    ("network_members", "members_of"): [
        Case(R, lambda s, o: s.network_members.members_of(o.first("networks").id))
    ],
    ("network_members", "networks_of"): [
        Case(R, lambda s, o: s.network_members.networks_of(o.first("partners").id))
    ],
    ("committees", "current_members"): [
        Case(R, lambda s, o: s.committees.current_members(o.first("committees").id))
    ],
    ("committees", "past_members"): [
        Case(R, lambda s, o: s.committees.past_members(o.first("committees").id))
    ],
    ("committee_members", "end_term"): [
        Case(
            W,
            lambda s, o: s.committee_members.end_term(o.first("committee_members").id, TODAY),
            True,
        )
    ],
    ("meetings", "create_with_standard_agenda"): [Case(W, _standard_agenda, True)],
    ("meetings", "next_number"): [
        Case(R, lambda s, o: s.meetings.next_number(o.first("committees").id, None, 2569))
    ],
    ("meetings", "upcoming"): [Case(R, lambda s, o: s.meetings.upcoming())],
    ("attendance", "fill_from_committee"): [
        Case(W, lambda s, o: s.attendance.fill_from_committee(_meeting_of_a_committee(o).id))  # type: ignore[attr-defined]
    ],
    ("attendance", "summary"): [Case(R, lambda s, o: s.attendance.summary(o.first("meetings").id))],
    ("decisions", "add_follow_up"): [Case(W, _follow_up, True)],
    ("decisions", "set_responsibles"): [Case(W, _responsibles, True)],
    ("decisions", "next_number"): [
        Case(R, lambda s, o: s.decisions.next_number(o.first("meetings").id))
    ],
    ("decisions", "overdue"): [Case(R, lambda s, o: s.decisions.overdue())],
    ("exchanges", "summary"): [Case(R, lambda s, o: s.exchanges.summary(fiscal_year(TODAY)))],
    ("agreements", "approve"): [
        Case(
            Action.APPROVE,
            lambda s, o: s.agreements.approve(o.first("agreements", approved=False).id),
            True,
        )
    ],
    ("agreements", "withdraw_approval"): [
        Case(
            Action.APPROVE,
            lambda s, o: s.agreements.withdraw_approval(o.first("agreements", approved=True).id),
            True,
        )
    ],
    ("agreements", "approval_text"): [
        Case(R, lambda s, o: s.agreements.approval_text(o.first("agreements", approved=True)))
    ],
    ("agreements", "attach_scan"): [
        Case(
            W,
            lambda s, o: s.agreements.attach_scan(
                o.first("agreements").id,
                s.agreements.scan_content(o.first("agreements.documents").id),
            ),
            True,
        )
    ],
    ("agreements", "scan_content"): [
        Case(R, lambda s, o: s.agreements.scan_content(o.first("agreements.documents").id))
    ],
    ("agreements", "renew"): [Case(W, _renew, True)],
    ("agreements", "expiring"): [Case(R, lambda s, o: s.agreements.expiring())],
    ("agreements", "expired_but_active"): [Case(R, lambda s, o: s.agreements.expired_but_active())],
    ("plans", "approve"): [
        Case(
            Action.APPROVE,
            lambda s, o: s.plans.approve(o.first("plans", approved=False).id),
            True,
        )
    ],
    ("plans", "withdraw_approval"): [
        Case(Action.APPROVE, lambda s, o: s.plans.withdraw_approval(_approved_plan(o).id), True)  # type: ignore[attr-defined]
    ],
    ("plans", "approval_text"): [Case(R, lambda s, o: s.plans.approval_text(_approved_plan(o)))],  # type: ignore[arg-type]
    ("plans", "budget_total"): [Case(R, lambda s, o: s.plans.budget_total(o.first("plans").id))],
    ("plans", "budget_by_partner"): [
        Case(R, lambda s, o: s.plans.budget_by_partner(o.first("plans").id))
    ],
    ("settings", "get"): [Case(R, lambda s, o: s.settings.get(BACKUP_REMINDER_DAYS))],
    ("settings", "set"): [
        # Whoever backs up notes the time of the backup; the rest is the administrator's.
        Case(
            Action.BACK_UP,
            lambda s, o: s.settings.set(LAST_BACKUP_AT, "2026-01-31T09:30:00+07:00"),
            True,
        ),
        Case(Action.ADMINISTER, lambda s, o: s.settings.set(BACKUP_REMINDER_DAYS, "3"), True),
    ],
    ("settings", "last_backup_at"): [Case(R, lambda s, o: s.settings.last_backup_at())],
    ("settings", "backup_reminder_days"): [Case(R, lambda s, o: s.settings.backup_reminder_days())],
    ("settings", "idle_lock_minutes"): [Case(R, lambda s, o: s.settings.idle_lock_minutes())],
    ("settings", "document_font"): [Case(R, lambda s, o: s.settings.document_font())],
    # The audit trail: executives and administrators read and verify it.
    **{
        ("audit_trail", name): [Case(Action.AUDIT, call)]
        for name, call in {
            "list": lambda s, o: s.audit_trail.list(),
            "count": lambda s, o: s.audit_trail.count(),
            "all": lambda s, o: s.audit_trail.all(),
            "get": lambda s, o: s.audit_trail.get(1),
            "usernames": lambda s, o: s.audit_trail.usernames(),
            "entities": lambda s, o: s.audit_trail.entities(),
            "actions": lambda s, o: s.audit_trail.actions(),
            "head": lambda s, o: s.audit_trail.head(),
            "names_for": lambda s, o: s.audit_trail.names_for(o.system.audit_trail.list().items),
            "verify": lambda s, o: s.audit_trail.verify(),
        }.items()
    },
    # Personal data (PDPA): the number in clear on request, a person's export and erasure.
    ("personal_data", "reveal_national_id"): [
        Case(
            Action.SEE_PERSONAL,
            lambda s, o: s.personal_data.reveal_national_id(o.first("contacts").id),
            True,
        )
    ],
    ("personal_data", "find_contacts"): [
        Case(R, lambda s, o: s.personal_data.find_contacts(o.first("contacts").full_name))
    ],
    ("personal_data", "export_person"): [
        Case(
            Action.ADMINISTER,
            lambda s, o: s.personal_data.export_person(o.first("contacts").id),
            True,
        )
    ],
    ("personal_data", "erasure_plan"): [
        Case(
            Action.ADMINISTER,
            lambda s, o: s.personal_data.erasure_plan(o.first("contacts").id),
        )
    ],
    ("personal_data", "erase_person"): [
        Case(
            Action.ADMINISTER,
            lambda s, o: s.personal_data.erase_person(o.first("contacts").id, "ขอลบตามสิทธิ"),
            True,
        )
    ],
}

# Not operations on the data: rules and helpers the writes use, and pure conversions.
NOT_OPERATIONS = {
    "describe",
    "search_parts",
    "derive",
    "extra_problems",
    "prefill",
    "peek",
    "left_empty",
    "problem",
}
PURE = {("settings", "clean"), ("agreements", "days_to_expiry")}


@pytest.fixture
def office(tmp_path: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[DemoOffice]:
    database: Database = open_database(demo_copy(tmp_path_factory, tmp_path / "demo.db"))
    yield DemoOffice(database)
    database.dispose()


CASES = [
    pytest.param(case, id=f"{path}.{method}-{n}")
    for (path, method), cases in OWN.items()
    for n, case in enumerate(cases)
]


@pytest.mark.parametrize("case", CASES)
def test_own_operation_as_each_role(office: DemoOffice, case: Case) -> None:
    first_allowed = True
    for role in ROLES:
        entries = audit_count(office.db)
        allowed = try_as(office, role, case.action, case.call)
        if case.writes and allowed and first_allowed:  # later roles may find it done
            assert audit_count(office.db) > entries
            assert last_audit(office.db).username == USERNAME[role]
        first_allowed = first_allowed and not allowed


def test_statuses_used_exist() -> None:
    # The cases above name members that must stay in the enums they test with.
    assert DecisionStatus.IN_PROGRESS and AttendanceStatus.PRESENT
