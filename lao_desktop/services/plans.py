"""Joint plans and projects, and the division of work and budget among the partners."""

from __future__ import annotations

import uuid
from dataclasses import dataclass, replace
from datetime import date
from decimal import Decimal
from typing import Any

from sqlalchemy import Select, func, select

from lao_desktop.errors import NotFoundError
from lao_desktop.i18n import N_, _
from lao_desktop.models.enums import PlanStatus
from lao_desktop.models.network import Network
from lao_desktop.models.partner import Partner
from lao_desktop.models.plan import JointPlan, PlanResponsibility
from lao_desktop.services.approval import ApprovableService, ApprovedPartService
from lao_desktop.services.fields import (
    Check,
    ChoiceField,
    DateField,
    FieldValueError,
    IntField,
    MoneyField,
    NotesField,
    RefField,
    TextField,
)
from lao_desktop.services.permissions import Action, require
from lao_desktop.services.query import ListQuery
from lao_desktop.services.schema import Schema
from lao_desktop.thai.dates import BE_OFFSET, MAX_BE_YEAR, MIN_BE_YEAR

ZERO = Decimal("0.00")


@dataclass(frozen=True, kw_only=True)
class FiscalYearField(IntField):
    """A B.E. fiscal year (2569); a C.E. year (2026) is the likely mistake, so say so."""

    minimum: int | None = MIN_BE_YEAR
    maximum: int | None = MAX_BE_YEAR

    def convert(self, raw: Any) -> int:
        try:
            return super().convert(raw)
        except FieldValueError:
            text = str(raw).strip()
            if text.isdigit() and MIN_BE_YEAR - BE_OFFSET <= int(text) < MIN_BE_YEAR:
                raise FieldValueError(
                    _("{year} is a C.E. year; type the B.E. year, {be}.").format(
                        year=text, be=int(text) + BE_OFFSET
                    )
                ) from None
            raise FieldValueError(
                _("type the B.E. year, between {min} and {max}, for example 2569.").format(
                    min=MIN_BE_YEAR, max=MAX_BE_YEAR
                )
            ) from None


def _period_rule(values: dict[str, Any]) -> str | None:
    start: date | None = values.get("start_on")
    end: date | None = values.get("end_on")
    if start and end and end <= start:
        return _("{field}: the plan must end after it starts; check both dates.").format(
            field=_(N_("End date"))
        )
    return None


class PlanService(ApprovableService[JointPlan]):
    model = JointPlan
    label = N_("Joint plan")
    schema = Schema(
        {
            "name": TextField(label=N_("Plan or project name"), required=True),
            "fiscal_year": FiscalYearField(label=N_("Fiscal year")),
            "network_id": RefField(label=N_("Network"), model=Network, what=N_("network")),
            "description": NotesField(label=N_("Description")),
            "goals": NotesField(label=N_("Goals")),
            "indicators": NotesField(label=N_("Indicators")),
            "start_on": DateField(label=N_("Start date")),
            "end_on": DateField(label=N_("End date")),
            "status": ChoiceField(label=N_("Status"), enum=PlanStatus, default=PlanStatus.PLANNED),
            "notes": NotesField(label=N_("Notes")),
        },
        (Check(("end_on", "start_on"), _period_rule),),
    )
    filterable = ("fiscal_year", "status", "network_id", "approved")
    sortable = {
        "name": "sort_key",
        "fiscal_year": "fiscal_year",
        "start": "start_on",
        "approved": "approved_at",
    }
    approval_keeps = frozenset({"status", "notes"})  # progress, not what was approved

    def search_parts(self, obj: JointPlan) -> list[str | None]:
        return [obj.name, obj.description]

    def _filtered(self, stmt: Select[Any], query: ListQuery) -> Select[Any]:
        # A plan names its fiscal year; ListQuery.fiscal_year means that, not a date range.
        if query.fiscal_year is None:
            return super()._filtered(stmt, query)
        stmt = super()._filtered(stmt, replace(query, fiscal_year=None))
        return stmt.where(JointPlan.fiscal_year == query.fiscal_year)

    # -- budget ---------------------------------------------------------------------------

    def budget_total(self, plan_id: uuid.UUID) -> Decimal:
        """The plan's budget: the sum over its live responsibilities."""
        return sum(self.budget_by_partner(plan_id).values(), ZERO)

    def budget_by_partner(self, plan_id: uuid.UUID) -> dict[uuid.UUID | None, Decimal]:
        """Budget per responsible partner (None: the office), largest first."""
        require(self.ctx.actor, Action.READ)
        r = PlanResponsibility
        amount = func.sum(r.budget_baht)
        stmt = (
            select(r.partner_id, amount)
            .where(r.plan_id == plan_id, r.deleted_at.is_(None))
            .group_by(r.partner_id)
            .order_by(func.coalesce(amount, 0).desc(), r.partner_id)
        )
        with self.ctx.reading() as session:
            if session.get(JointPlan, plan_id) is None:
                raise NotFoundError(_(self.label), plan_id)
            return {partner: total or ZERO for partner, total in session.execute(stmt).all()}


class PlanResponsibilityService(ApprovedPartService[PlanResponsibility]):
    """Who does what in a plan, with which budget; partner None is the office. The plan's
    approval covers it."""

    parent_model = JointPlan
    parent_key = "plan_id"

    model = PlanResponsibility
    label = N_("Plan responsibility")
    schema = Schema(
        {
            "plan_id": RefField(
                label=N_("Joint plan"), required=True, model=JointPlan, what=N_("joint plan")
            ),
            "partner_id": RefField(
                label=N_("Responsible partner"), model=Partner, what=N_("partner")
            ),
            "task": TextField(label=N_("Task"), required=True, max_length=500),
            "budget_baht": MoneyField(label=N_("Budget (baht)")),
            "sequence": IntField(label=N_("Order in the list"), default=0),
        }
    )
    filterable = ("plan_id", "partner_id")
    sortable = {"sequence": "sequence", "budget": "budget_baht"}
    default_sort = "sequence"

    def describe(self, obj: PlanResponsibility) -> str:
        return obj.task
