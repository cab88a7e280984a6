"""Resource exchanges: who gave what to whom, how much and what it was worth."""

from __future__ import annotations

import uuid
from datetime import date
from decimal import Decimal

from sqlalchemy import ForeignKey, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from lao_desktop.db.decimal_types import Quantity
from lao_desktop.models.agreement import Agreement
from lao_desktop.models.base import Record, enum_type
from lao_desktop.models.enums import ExchangeKind, ExchangeStatus
from lao_desktop.models.network import Network
from lao_desktop.models.partner import Partner
from lao_desktop.models.plan import JointPlan


class ResourceExchange(Record):
    __tablename__ = "resource_exchanges"

    exchange_date: Mapped[date] = mapped_column(index=True)
    # None on either side: the office itself.
    from_partner_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("partners.id"), index=True)
    to_partner_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("partners.id"), index=True)
    kind: Mapped[ExchangeKind] = mapped_column(enum_type(ExchangeKind), index=True)
    description: Mapped[str] = mapped_column(String(500))
    search_text: Mapped[str] = mapped_column(Text, default="")
    quantity: Mapped[Decimal | None] = mapped_column(Quantity())
    unit: Mapped[str] = mapped_column(String(50), default="")
    value_baht: Mapped[Decimal | None]
    status: Mapped[ExchangeStatus] = mapped_column(enum_type(ExchangeStatus), index=True)
    network_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("networks.id"), index=True)
    agreement_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("agreements.id"))
    plan_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("joint_plans.id"))
    notes: Mapped[str] = mapped_column(Text, default="")

    from_partner: Mapped[Partner | None] = relationship(foreign_keys=[from_partner_id])
    to_partner: Mapped[Partner | None] = relationship(foreign_keys=[to_partner_id])
    network: Mapped[Network | None] = relationship()
    agreement: Mapped[Agreement | None] = relationship()
    plan: Mapped[JointPlan | None] = relationship()
