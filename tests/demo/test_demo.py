"""The demo office: realistic, valid, audited, reproducible, and never mixed into an
office's own data.

The small demo is built once for the module (a few seconds); the tests that must start
from an empty or an office's database use the ``db`` fixture.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

import pytest
from sqlalchemy import exists, func, select

from lao_desktop import i18n
from lao_desktop.cli import main
from lao_desktop.db.database import Database, open_database
from lao_desktop.demo import office, partners
from lao_desktop.demo.builder import COUNTED, DemoRefusedError, build_demo, count_records
from lao_desktop.demo.context import SIZES, Demo
from lao_desktop.i18n import _
from lao_desktop.models import (
    Agreement,
    AgreementParty,
    AuditEntry,
    ContactPerson,
    Decision,
    MeetingAttendance,
    Network,
    Partner,
    ResourceExchange,
)
from lao_desktop.models.enums import (
    AgreementStatus,
    AttendanceStatus,
    DecisionStatus,
    ExchangeKind,
    ExchangeStatus,
    Level,
    Pillar,
    Sector,
)
from lao_desktop.services import ListQuery, Services, audit
from lao_desktop.thai.idcard import is_valid_national_id
from tests.factories import thai_partner


@dataclass
class Built:
    db: Database
    counts: dict[str, int]
    progress: list[tuple[int, int, str]]


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Built]:
    i18n.set_language("th")
    db = open_database(tmp_path_factory.mktemp("demo") / "demo.db")
    calls: list[tuple[int, int, str]] = []
    counts = build_demo(db, progress=lambda done, total, what: calls.append((done, total, what)))
    yield Built(db, counts, calls)
    db.dispose()


def count(counts: dict[str, int], msgid: str) -> int:
    return counts[_(msgid)]


def test_counts_are_those_of_a_small_office(built: Built) -> None:
    expected = {
        "Office": (1, 1),
        "User": (3, 3),
        "Partner": (110, 130),
        "Contact person": (150, 360),
        "Network": (14, 20),
        "Network member": (60, 250),
        "Committee": (6, 10),
        "Committee member": (60, 250),
        "Meeting": (35, 45),
        "Resolution": (60, 170),
        "Responsible partner": (60, 500),
        "Follow-up report": (40, 300),
        "Agreement": (10, 14),
        "Agreement renewal": (1, 5),
        "Scanned document": (1, 12),
        "Joint plan": (8, 12),
        "Resource exchange": (280, 320),
        "Activity": (25, 35),
        "Knowledge item": (12, 18),
    }
    counts = built.counts
    for msgid, (low, high) in expected.items():
        assert low <= count(counts, msgid) <= high, msgid
    meetings = count(counts, "Meeting")
    assert count(counts, "Agenda item") == 5 * meetings  # the five standard items each
    assert count(counts, "Attendance") >= 5 * meetings
    assert count(counts, "Agreement party") >= 2 * count(counts, "Agreement")
    assert count(counts, "Signatory") >= 2 * count(counts, "Agreement")
    assert count(counts, "Plan responsibility") >= 2 * count(counts, "Joint plan")
    assert count(counts, "Activity participant") >= 2 * count(counts, "Activity")
    assert counts == count_records(built.db) and len(counts) == len(COUNTED)


def test_progress_runs_up_to_the_end(built: Built) -> None:
    done = [d for d, _total, _what in built.progress]
    assert len(built.progress) > 10
    assert done == sorted(done)
    last_done, last_total, _what = built.progress[-1]
    assert last_done == last_total > 0


def test_the_office_is_na_khun_yai_marked_demo_with_its_accounts(built: Built) -> None:
    services = Services(built.db)
    office = services.office.current()
    assert office is not None and office.is_demo
    assert "นาคูณใหญ่" in office.name
    assert (office.province_code, office.district_code, office.subdistrict_code) == (
        "48",
        "4809",
        "480904",
    )
    accounts = {u.username: u.role.value for u in services.users.list().items}
    assert accounts == {"admin": "admin", "clerk": "clerk", "executive": "executive"}


def test_every_level_pillar_and_sector_is_present(built: Built) -> None:
    with built.db.read_session() as session:
        network_levels = set(session.scalars(select(Network.level)))
        network_pillars = set(session.scalars(select(Network.pillar)))
        partner_levels = set(session.scalars(select(Partner.level)))
        partner_pillars = set(session.scalars(select(Partner.pillar)))
        sectors = set(session.scalars(select(Partner.sector)))
        kinds = set(session.scalars(select(ResourceExchange.kind)))
        with_parent = session.scalar(
            select(func.count()).select_from(Network).where(Network.parent_id.is_not(None))
        )
        villages = set(
            session.scalars(
                select(Partner.moo).where(
                    Partner.subdistrict_code == "480904", Partner.level == Level.VILLAGE
                )
            )
        )
        abroad = session.scalars(select(Partner).where(Partner.level == Level.INTERNATIONAL))
        abroad_places = {p.province_code for p in abroad if "ญี่ปุ่น" not in p.name}
    assert network_levels == set(Level) and partner_levels == set(Level)
    assert network_pillars == set(Pillar) and partner_pillars == set(Pillar)
    assert sectors == set(Sector)
    assert kinds == set(ExchangeKind)
    assert (with_parent or 0) >= 8  # a tree, not a flat list
    assert villages == set(range(1, 13))  # หมู่ 1–12 of the office's subdistrict
    assert None in abroad_places  # across the Mekong: no Thai province code


def test_what_needs_attention_is_there_whenever_the_demo_is_made(built: Built) -> None:
    services = Services(built.db)
    today = date.today()
    expiring = services.agreements.expiring(90)
    assert len(expiring) >= 2
    soon = today + timedelta(days=90)
    assert all(a.expires_on and today <= a.expires_on <= soon for a in expiring)
    expired = services.agreements.count(ListQuery(filters={"status": AgreementStatus.EXPIRED}))
    assert expired >= 2
    overdue = services.decisions.overdue()
    assert len(overdue) >= 2 and all(d.due_date and d.due_date < today for d in overdue)
    assert services.meetings.upcoming(30)
    with built.db.read_session() as session:
        done_with_reports = session.scalars(
            select(Decision).where(Decision.status == DecisionStatus.DONE)
        ).all()
        assert done_with_reports and all(d.follow_ups for d in done_with_reports)
        assert all(d.completed_on is not None for d in done_with_reports)
        statuses = set(session.scalars(select(MeetingAttendance.status)))
        assert {AttendanceStatus.PRESENT, AttendanceStatus.ON_LEAVE} <= statuses
        exchange_statuses = set(session.scalars(select(ResourceExchange.status)))
        assert {ExchangeStatus.DELIVERED, ExchangeStatus.RETURNED} <= exchange_statuses
        years = set(session.scalars(select(ResourceExchange.exchange_date)))
        assert min(years) < today - timedelta(days=3 * 365)  # several fiscal years
        bilingual = session.scalars(select(Agreement).where(Agreement.name_en.is_not(None))).all()
        assert bilingual and bilingual[0].objectives_en
        party_levels = {
            p.partner.level
            for p in session.scalars(
                select(AgreementParty).where(AgreementParty.agreement_id == bilingual[0].id)
            )
            if p.partner is not None
        }
        assert Level.INTERNATIONAL in party_levels


def test_contacts_with_a_national_id_have_a_valid_one(built: Built) -> None:
    services = Services(built.db)
    with built.db.read_session() as session:
        ids = list(
            session.scalars(
                select(ContactPerson.national_id).where(ContactPerson.national_id.is_not(None))
            )
        )
    # A few, not everyone's: a national ID is personal data an office seldom needs.
    assert 0 < len(ids) < services.contacts.count() / 20
    assert all(is_valid_national_id(n) for n in ids if n)


SERVICES_TO_CHECK = (
    "partners",
    "contacts",
    "networks",
    "network_members",
    "committees",
    "committee_members",
    "meetings",
    "attendance",
    "agenda",
    "decisions",
    "decision_responsibles",
    "decision_follow_ups",
    "exchanges",
    "agreements",
    "agreement_parties",
    "agreement_signatories",
    "plans",
    "plan_responsibilities",
    "activities",
    "activity_participants",
    "knowledge",
)


def test_the_data_passes_the_services_checks_again(built: Built) -> None:
    """Saving a sample of every kind unchanged goes through all the checks (fields,
    duplicates, numbering, dates) and changes nothing."""
    services = Services(built.db)
    with built.db.read_session() as session:
        entries_before = session.scalar(select(func.count()).select_from(AuditEntry))
    checked = 0
    for name in SERVICES_TO_CHECK:
        service = getattr(services, name)
        with built.db.read_session() as session:
            ids = list(session.scalars(select(service.model.id).limit(25)))
        assert ids, name
        for ident in ids:
            record = service.get(ident)
            values = {field: getattr(record, field) for field in service.schema.fields}
            saved = service.update(ident, values)
            assert saved.version == record.version, (name, values)
            checked += 1
    with built.db.read_session() as session:
        entries_after = session.scalar(select(func.count()).select_from(AuditEntry))
    assert checked > 300 and entries_after == entries_before


def test_the_audit_trail_has_the_creation_of_every_record(built: Built) -> None:
    with built.db.read_session() as session:
        for label, model in COUNTED:
            created = exists().where(
                AuditEntry.action == "create",
                AuditEntry.entity == model.__tablename__,
                AuditEntry.entity_id == model.id,
            )
            missing = session.scalar(select(func.count()).select_from(model).where(~created))
            assert missing == 0, label
        assert audit.first_broken_entry(session) is None
        by_clerk = session.scalar(
            select(func.count())
            .select_from(AuditEntry)
            .where(AuditEntry.entity == "partners", AuditEntry.username == "clerk")
        )
    assert by_clerk == built.counts[_("Partner")]  # entered by the clerk, as in the office


def _partner_names(db: Database) -> list[str]:
    with db.read_session() as session:
        return sorted(session.scalars(select(Partner.name)))


def test_the_same_seed_gives_the_same_partners(built: Built, db: Database) -> None:
    def planned(seed: int) -> list[str]:
        demo = Demo(Services(db), SIZES["small"], seed, None)
        office.choose_staff(demo)
        return sorted(spec.data["name"] for spec in partners.partner_specs(demo))

    assert planned(2569) == _partner_names(built.db)  # what was built is what the seed gives
    assert planned(2569) == planned(2569)
    assert planned(7) != planned(2569)


def test_a_second_demo_is_refused_and_changes_nothing(built: Built) -> None:
    before = count_records(built.db)
    with built.db.read_session() as session:
        entries = session.scalar(select(func.count()).select_from(AuditEntry))
    with pytest.raises(DemoRefusedError) as error:
        build_demo(built.db)
    assert "--db" in str(error.value)  # says to use a new file
    assert count_records(built.db) == before
    with built.db.read_session() as session:
        assert session.scalar(select(func.count()).select_from(AuditEntry)) == entries


def test_an_office_with_its_own_data_is_refused(db: Database) -> None:
    services = Services(db)
    services.office.save({"name": "เทศบาลตำบลนาหว้า", "office_type": "subdistrict_municipality"})
    before = count_records(db)
    with pytest.raises(DemoRefusedError):
        build_demo(db)
    assert count_records(db) == before
    office = services.office.current()
    assert office is not None and not office.is_demo and office.version == 1


def test_partners_without_an_office_are_refused(db: Database) -> None:
    Services(db).partners.create(thai_partner())
    with pytest.raises(DemoRefusedError):
        build_demo(db)
    assert count_records(db)[_("Partner")] == 1
    assert count_records(db)[_("Office")] == 0


def test_unknown_size_is_a_programming_error(db: Database) -> None:
    with pytest.raises(ValueError, match="size"):
        build_demo(db, size="medium")
    assert sum(count_records(db).values()) == 0


def test_command_line_demo_prints_the_counts(
    built: Built, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    target = tmp_path / "cli-demo.db"
    assert main(["--db", str(target), "demo", "--seed", "7"]) == 0
    out = capsys.readouterr().out
    assert str(target) in out
    assert f"  {_('Partner')}: 120" in out
    assert f"  {_('Resource exchange')}: 300" in out
    db = open_database(target)
    try:
        assert _partner_names(db) != _partner_names(built.db)  # another seed, other data
    finally:
        db.dispose()
