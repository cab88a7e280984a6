"""Joint plans and projects: goals, indicators, who does what and with which budget."""

from __future__ import annotations

import uuid
from datetime import date
from decimal import Decimal

from sqlalchemy import ForeignKey, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from lao_desktop.models.approval import Approvable
from lao_desktop.models.base import Named, Record, enum_type
from lao_desktop.models.enums import PlanStatus
from lao_desktop.models.network import Network
from lao_desktop.models.partner import Partner


class JointPlan(Approvable, Named, Record):
    __tablename__ = "joint_plans"

    fiscal_year: Mapped[int | None] = mapped_column(index=True)  # B.E., e.g. 2569
    network_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("networks.id"), index=True)
    description: Mapped[str] = mapped_column(Text, default="")
    goals: Mapped[str] = mapped_column(Text, default="")
    indicators: Mapped[str] = mapped_column(Text, default="")
    start_on: Mapped[date | None]
    end_on: Mapped[date | None]
    status: Mapped[PlanStatus] = mapped_column(enum_type(PlanStatus), index=True)
    notes: Mapped[str] = mapped_column(Text, default="")

    network: Mapped[Network | None] = relationship()
    responsibilities: Mapped[list[PlanResponsibility]] = relationship(
        back_populates="plan", order_by="PlanResponsibility.sequence"
    )


class PlanResponsibility(Record):
    """The division of work: a partner's (or the office's, partner None) task and budget."""

    __tablename__ = "plan_responsibilities"

    plan_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("joint_plans.id"), index=True)
    partner_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("partners.id"), index=True)
    task: Mapped[str] = mapped_column(String(500))
    budget_baht: Mapped[Decimal | None]
    sequence: Mapped[int] = mapped_column(default=0)

    plan: Mapped[JointPlan] = relationship(back_populates="responsibilities")
    partner: Mapped[Partner | None] = relationship()
