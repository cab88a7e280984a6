from __future__ import annotations

import json
import uuid
from datetime import date
from decimal import Decimal
from typing import Any

import pytest
from sqlalchemy import select

from lao_desktop.errors import ConflictError, PermissionDeniedError, ValidationError
from lao_desktop.models import AuditEntry, Partner
from lao_desktop.models.enums import ExchangeKind, ExchangeStatus, Role
from lao_desktop.services import Actor, ListQuery, Services
from lao_desktop.services.agreements import AgreementService
from lao_desktop.services.exchanges import ExchangeService, PartnerTotal
from tests.factories import thai_partner


@pytest.fixture
def exchanges(services: Services) -> ExchangeService:
    return ExchangeService(services.ctx)


@pytest.fixture
def partner(services: Services) -> Partner:
    return services.partners.create(thai_partner(name="โรงพยาบาลส่งเสริมสุขภาพตำบลนาคูณ"))


@pytest.fixture
def other(services: Services) -> Partner:
    return services.partners.create(thai_partner(name="วัดนาคูณใหญ่", sector="religious"))


def exchange(partner: Partner | None = None, **overrides: Any) -> dict[str, Any]:
    data: dict[str, Any] = {
        "exchange_date": "15/11/2568",
        "from_partner_id": partner.id if partner else None,
        "kind": "equipment",
        "status": "delivered",
        "description": "เต็นท์ 10 หลัง สำหรับงานประเพณี",
        "quantity": "10",
        "unit": "หลัง",
        "value_baht": "12,500.50",
    }
    data.update(overrides)
    return data


def problem_fields(excinfo: pytest.ExceptionInfo[ValidationError]) -> set[str]:
    return {p.field for p in excinfo.value.problems}


def test_create_converts_thai_input_and_is_audited(
    services: Services, exchanges: ExchangeService, partner: Partner
) -> None:
    created = exchanges.create(exchange(partner))
    got = exchanges.get(created.id)
    assert got.exchange_date == date(2025, 11, 15)  # B.E. 2568
    assert got.value_baht == Decimal("12500.50")
    assert got.quantity == Decimal("10.000")
    assert got.kind is ExchangeKind.EQUIPMENT and got.status is ExchangeStatus.DELIVERED
    assert got.to_partner_id is None  # the office received it
    with services.ctx.reading() as session:
        entries = session.scalars(
            select(AuditEntry).where(AuditEntry.entity_id == created.id)
        ).all()
    assert [e.action for e in entries] == ["create"]
    assert entries[0].entity == "resource_exchanges"
    assert json.loads(entries[0].changes)["value_baht"] == [None, "12500.50"]


def test_thai_digits_in_money_and_quantity(exchanges: ExchangeService, partner: Partner) -> None:
    created = exchanges.create(exchange(partner, value_baht="๑๒๕๐๐", quantity="๒.๑๒๕"))
    assert created.value_baht == Decimal("12500")
    assert created.quantity == Decimal("2.125")


@pytest.mark.parametrize("value", ["-5", "12.345", "abc"])
def test_bad_money_is_refused(exchanges: ExchangeService, partner: Partner, value: str) -> None:
    with pytest.raises(ValidationError) as excinfo:
        exchanges.create(exchange(partner, value_baht=value))
    assert problem_fields(excinfo) == {"value_baht"}


def test_quantity_has_three_places(exchanges: ExchangeService, partner: Partner) -> None:
    with pytest.raises(ValidationError) as excinfo:
        exchanges.create(exchange(partner, quantity="1.2345"))
    assert problem_fields(excinfo) == {"quantity"}


@pytest.mark.parametrize("field", ["exchange_date", "kind", "status", "description"])
def test_required_fields(exchanges: ExchangeService, partner: Partner, field: str) -> None:
    with pytest.raises(ValidationError) as excinfo:
        exchanges.create(exchange(partner, **{field: ""}))
    assert problem_fields(excinfo) == {field}


def test_unknown_kind_is_refused(exchanges: ExchangeService, partner: Partner) -> None:
    with pytest.raises(ValidationError) as excinfo:
        exchanges.create(exchange(partner, kind="gold"))
    assert problem_fields(excinfo) == {"kind"}


def test_kind_accepts_label(exchanges: ExchangeService, partner: Partner) -> None:
    assert exchanges.create(exchange(partner, kind="Budget")).kind is ExchangeKind.BUDGET


def test_quantity_needs_unit(exchanges: ExchangeService, partner: Partner) -> None:
    with pytest.raises(ValidationError) as excinfo:
        exchanges.create(exchange(partner, unit=""))
    assert problem_fields(excinfo) == {"unit"}
    without = exchanges.create(exchange(partner, unit="", quantity=None))
    assert without.unit == "" and without.quantity is None
    # On update the stored (empty) unit counts too.
    with pytest.raises(ValidationError) as excinfo:
        exchanges.update(without.id, {"quantity": "3"})
    assert problem_fields(excinfo) == {"unit"}


def test_office_on_both_sides_is_refused(exchanges: ExchangeService) -> None:
    with pytest.raises(ValidationError) as excinfo:
        exchanges.create(exchange(None))
    assert problem_fields(excinfo) == {"from_partner_id"}


def test_same_partner_on_both_sides_is_refused(
    exchanges: ExchangeService, partner: Partner, other: Partner
) -> None:
    with pytest.raises(ValidationError) as excinfo:
        exchanges.create(exchange(partner, to_partner_id=partner.id))
    assert problem_fields(excinfo) == {"to_partner_id"}
    between = exchanges.create(exchange(partner, to_partner_id=other.id))
    assert (between.from_partner_id, between.to_partner_id) == (partner.id, other.id)


def test_references_must_exist_and_be_live(
    services: Services, exchanges: ExchangeService, partner: Partner
) -> None:
    with pytest.raises(ValidationError) as excinfo:
        exchanges.create(exchange(partner, network_id=uuid.uuid4()))
    assert problem_fields(excinfo) == {"network_id"}
    agreements = AgreementService(services.ctx)
    mou = agreements.create({"kind": "mou", "name": "บันทึกข้อตกลงความร่วมมือด้านสุขภาพ"})
    agreements.delete(mou.id)
    with pytest.raises(ValidationError) as excinfo:
        exchanges.create(exchange(partner, agreement_id=mou.id))
    assert problem_fields(excinfo) == {"agreement_id"}
    agreements.restore(mou.id)
    assert exchanges.create(exchange(partner, agreement_id=mou.id)).agreement_id == mou.id


def test_fiscal_year_filter_boundary(exchanges: ExchangeService, partner: Partner) -> None:
    last_day = exchanges.create(exchange(partner, exchange_date="30/9/2568"))
    first_day = exchanges.create(exchange(partner, exchange_date="1/10/2568"))
    assert [e.id for e in exchanges.list(ListQuery(fiscal_year=2568)).items] == [last_day.id]
    assert [e.id for e in exchanges.list(ListQuery(fiscal_year=2569)).items] == [first_day.id]
    assert exchanges.count(ListQuery(fiscal_year=2570)) == 0


def test_filters_sort_and_search(
    exchanges: ExchangeService, partner: Partner, other: Partner
) -> None:
    cheap = exchanges.create(exchange(partner, value_baht="100", description="น้ำดื่ม"))
    dear = exchanges.create(
        exchange(other, kind="vehicle", value_baht="5000", description="รถกระบะ", notes="ขนของ")
    )
    by_value = exchanges.list(ListQuery(sort="value", descending=True)).items
    assert [e.id for e in by_value] == [dear.id, cheap.id]
    assert [e.id for e in exchanges.list(ListQuery(filters={"kind": "vehicle"})).items] == [dear.id]
    query = ListQuery(filters={"from_partner_id": str(partner.id)})
    assert [e.id for e in exchanges.list(query).items] == [cheap.id]
    assert [e.id for e in exchanges.search("ขนของ")] == [dear.id]  # notes
    assert [e.id for e in exchanges.search("น้ำดื่ม")] == [cheap.id]


def test_version_conflict(exchanges: ExchangeService, partner: Partner) -> None:
    created = exchanges.create(exchange(partner))
    exchanges.update(created.id, {"status": "returned"}, expected_version=1)
    with pytest.raises(ConflictError):
        exchanges.update(created.id, {"status": "pledged"}, expected_version=1)
    assert exchanges.get(created.id).status is ExchangeStatus.RETURNED


def test_several_writes_are_all_or_nothing(
    services: Services, exchanges: ExchangeService, partner: Partner
) -> None:
    with pytest.raises(ValidationError), services.transaction():
        exchanges.create(exchange(partner))
        exchanges.create(exchange(partner, value_baht="-5"))
    assert exchanges.count() == 0
    with services.ctx.reading() as session:
        logged = session.scalars(
            select(AuditEntry).where(AuditEntry.entity == "resource_exchanges")
        ).all()
    assert logged == []


def test_trash_and_restore(
    services: Services, exchanges: ExchangeService, partner: Partner
) -> None:
    created = exchanges.create(exchange(partner))
    exchanges.delete(created.id)
    assert exchanges.count() == 0
    assert exchanges.count(ListQuery(trash=True)) == 1
    exchanges.restore(created.id)
    assert exchanges.count() == 1
    with services.ctx.reading() as session:
        actions = session.scalars(
            select(AuditEntry.action).where(AuditEntry.entity_id == created.id)
        ).all()
    assert list(actions) == ["create", "delete", "restore"]


def test_executive_cannot_write(services: Services, partner: Partner) -> None:
    boss = ExchangeService(Services(services.ctx.db, Actor(None, "nayok", Role.EXECUTIVE)).ctx)
    with pytest.raises(PermissionDeniedError):
        boss.create(exchange(partner))
    assert boss.count() == 0


def test_summary_totals(any_services: Services) -> None:
    services = any_services
    exchanges = ExchangeService(services.ctx)
    a = services.partners.create(thai_partner(name="สถานีตำรวจภูธรนาคูณ", sector="state"))
    b = services.partners.create(thai_partner(name="บริษัท นาคูณค้าข้าว จำกัด", sector="private"))

    def add(when: str, giver: Partner | None, taker: Partner | None, **kw: Any) -> uuid.UUID:
        data = exchange(None, exchange_date=when, from_partner_id=giver and giver.id, **kw)
        data["to_partner_id"] = taker and taker.id
        return exchanges.create(data).id

    # Fiscal year 2569 = 1 Oct 2025 .. 30 Sep 2026.
    add("1/10/2568", a, None, kind="budget", value_baht="10,000.25")
    add("15/10/2568", b, None, kind="equipment", value_baht="2,500.50")
    add("3/3/2569", None, a, kind="venue", value_baht="1,200")
    add("30/9/2569", a, b, kind="budget", value_baht="99.99")
    add("30/9/2569", b, None, kind="manpower", value_baht=None, quantity=None, unit="")
    # Not counted: cancelled, in the trash, outside the year.
    add("1/11/2568", a, None, kind="budget", value_baht="777", status="cancelled")
    exchanges.delete(add("2/11/2568", a, None, kind="budget", value_baht="888"))
    add("30/9/2568", a, None, kind="budget", value_baht="555")
    add("1/10/2569", a, None, kind="budget", value_baht="666")

    summary = exchanges.summary(2569)
    assert summary.total == Decimal("13800.74")  # 10000.25 + 2500.50 + 1200 + 99.99
    assert summary.count == 5
    assert summary.by_kind[ExchangeKind.BUDGET] == Decimal("10100.24")
    assert summary.by_kind[ExchangeKind.EQUIPMENT] == Decimal("2500.50")
    assert summary.by_kind[ExchangeKind.VENUE] == Decimal("1200.00")
    assert summary.by_kind[ExchangeKind.MANPOWER] == Decimal("0")
    assert list(summary.by_kind) == list(ExchangeKind)
    assert sum(summary.by_kind.values()) == summary.total
    assert summary.by_partner == {
        None: PartnerTotal(given=Decimal("1200.00"), received=Decimal("12500.75")),
        a.id: PartnerTotal(given=Decimal("10100.24"), received=Decimal("1200.00")),
        b.id: PartnerTotal(given=Decimal("2500.50"), received=Decimal("99.99")),
    }
    months = summary.by_month
    assert [m for m, _ in months][:4] == [
        date(2025, 10, 1),
        date(2025, 11, 1),
        date(2025, 12, 1),
        date(2026, 1, 1),
    ]
    assert months[-1][0] == date(2026, 9, 1) and len(months) == 12
    by_month = dict(months)
    assert by_month[date(2025, 10, 1)] == Decimal("12500.75")
    assert by_month[date(2025, 11, 1)] == Decimal("0")
    assert by_month[date(2026, 3, 1)] == Decimal("1200.00")
    assert by_month[date(2026, 9, 1)] == Decimal("99.99")
    assert sum(by_month.values()) == summary.total


def test_summary_of_empty_year(exchanges: ExchangeService) -> None:
    summary = exchanges.summary(2569)
    assert summary.total == 0 and summary.count == 0 and summary.by_partner == {}
    assert len(summary.by_month) == 12 and all(v == 0 for _, v in summary.by_month)
