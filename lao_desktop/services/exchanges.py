"""Resource exchanges: who gave what to whom (a partner or the office), and its worth."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from typing import Any

from sqlalchemy import ColumnElement, extract, func, select

from lao_desktop.i18n import N_, _
from lao_desktop.models.agreement import Agreement
from lao_desktop.models.enums import ExchangeKind, ExchangeStatus
from lao_desktop.models.exchange import ResourceExchange
from lao_desktop.models.network import Network
from lao_desktop.models.partner import Partner
from lao_desktop.models.plan import JointPlan
from lao_desktop.services.entity import EntityService
from lao_desktop.services.fields import (
    Check,
    ChoiceField,
    DateField,
    DecimalField,
    MoneyField,
    NotesField,
    RefField,
    TextField,
)
from lao_desktop.services.permissions import Action, require
from lao_desktop.services.schema import Schema
from lao_desktop.thai.dates import format_date
from lao_desktop.thai.fiscal import FIRST_MONTH, fiscal_year_range

ZERO = Decimal("0.00")

_FROM = N_("From (giver)")
_TO = N_("To (receiver)")
_UNIT = N_("Unit")


def _sides_rule(values: dict[str, Any]) -> str | None:
    giver, receiver = values.get("from_partner_id"), values.get("to_partner_id")
    if giver is None and receiver is None:
        return _(
            "{field}: both sides are the office; choose the partner who gave, or the partner "
            "who received (leave the other side empty for the office)."
        ).format(field=_(_FROM))
    return None


def _different_rule(values: dict[str, Any]) -> str | None:
    giver, receiver = values.get("from_partner_id"), values.get("to_partner_id")
    if giver is not None and giver == receiver:
        return _(
            "{field}: the same partner is on both sides; choose who received it, or leave it "
            "empty if the office received it."
        ).format(field=_(_TO))
    return None


def _unit_rule(values: dict[str, Any]) -> str | None:
    if values.get("quantity") is not None and not values.get("unit"):
        return _(
            "{field}: a quantity needs its unit; type it, for example persons, days or sets."
        ).format(field=_(_UNIT))
    return None


@dataclass(frozen=True)
class PartnerTotal:
    """Value a partner (None: the office) gave and received in the period."""

    given: Decimal = ZERO
    received: Decimal = ZERO

    @property
    def total(self) -> Decimal:
        return self.given + self.received


@dataclass(frozen=True)
class ExchangeSummary:
    """Values of one fiscal year's live, not cancelled exchanges (those without a value
    count in ``count`` only)."""

    fiscal_year: int  # B.E.
    total: Decimal
    count: int
    by_kind: dict[ExchangeKind, Decimal]  # every kind, in the order of the list
    by_partner: dict[uuid.UUID | None, PartnerTotal]  # None: the office
    by_month: list[tuple[date, Decimal]]  # (first day of the month, value), October first


class ExchangeService(EntityService[ResourceExchange]):
    model = ResourceExchange
    label = N_("Resource exchange")
    schema = Schema(
        {
            "exchange_date": DateField(label=N_("Date of exchange"), required=True),
            "from_partner_id": RefField(label=_FROM, model=Partner, what=N_("partner")),
            "to_partner_id": RefField(label=_TO, model=Partner, what=N_("partner")),
            "kind": ChoiceField(label=N_("Kind of resource"), required=True, enum=ExchangeKind),
            "status": ChoiceField(label=N_("Status"), required=True, enum=ExchangeStatus),
            "description": TextField(label=N_("Description"), required=True, max_length=500),
            "quantity": DecimalField(label=N_("Quantity"), places=3),
            "unit": TextField(label=_UNIT, max_length=50),
            "value_baht": MoneyField(label=N_("Value (baht)")),
            "network_id": RefField(label=N_("Network"), model=Network, what=N_("network")),
            "agreement_id": RefField(label=N_("Agreement"), model=Agreement, what=N_("agreement")),
            "plan_id": RefField(label=N_("Joint plan"), model=JointPlan, what=N_("joint plan")),
            "notes": NotesField(label=N_("Notes")),
        },
        (
            Check(("from_partner_id", "to_partner_id"), _sides_rule),
            Check(("to_partner_id", "from_partner_id"), _different_rule),
            Check(("unit", "quantity"), _unit_rule),
        ),
    )
    filterable = (
        "kind",
        "status",
        "from_partner_id",
        "to_partner_id",
        "network_id",
        "agreement_id",
        "plan_id",
    )
    sortable = {"date": "exchange_date", "value": "value_baht"}
    default_sort = "date"
    date_column = "exchange_date"

    def describe(self, obj: ResourceExchange) -> str:
        return f"{format_date(obj.exchange_date, 'short')} {obj.description}"

    def search_parts(self, obj: ResourceExchange) -> list[str | None]:
        return [obj.description, obj.notes]

    # -- totals ---------------------------------------------------------------------------

    def summary(self, fiscal_year: int) -> ExchangeSummary:
        """Totals of value for fiscal year ``fiscal_year`` (B.E., 1 Oct – 30 Sep), summed
        by the database: by kind, by partner (given and received), by month and overall."""
        require(self.ctx.actor, Action.READ)
        first, last = fiscal_year_range(fiscal_year)
        m = ResourceExchange
        counted: list[ColumnElement[bool]] = [
            m.deleted_at.is_(None),
            m.status != ExchangeStatus.CANCELLED,
            m.exchange_date >= first,
            m.exchange_date <= last,
        ]
        value = func.sum(m.value_baht)
        month = extract("month", m.exchange_date)
        with self.ctx.reading() as session:

            def grouped(column: Any) -> dict[Any, Decimal]:
                stmt = select(column, value).where(*counted).group_by(column)
                return {key: amount or ZERO for key, amount in session.execute(stmt).all()}

            total_row = session.execute(select(value, func.count()).where(*counted)).one()
            kinds = grouped(m.kind)
            givers = grouped(m.from_partner_id)
            received = grouped(m.to_partner_id)
            months = {int(number): amount for number, amount in grouped(month).items()}
        by_partner = {
            partner: PartnerTotal(givers.get(partner, ZERO), received.get(partner, ZERO))
            for partner in sorted(
                set(givers) | set(received), key=lambda p: (p is not None, str(p))
            )
        }
        by_month = []
        for offset in range(12):
            number = (FIRST_MONTH - 1 + offset) % 12 + 1
            year = first.year if number >= FIRST_MONTH else last.year
            by_month.append((date(year, number, 1), months.get(number, ZERO)))
        return ExchangeSummary(
            fiscal_year=fiscal_year,
            total=total_row[0] or ZERO,
            count=int(total_row[1]),
            by_kind={kind: kinds.get(kind, ZERO) for kind in ExchangeKind},
            by_partner=by_partner,
            by_month=by_month,
        )
