"""Networks (เครือข่าย): vision and strategy, member partners, parent networks."""

from __future__ import annotations

import uuid
from datetime import date

from sqlalchemy import ForeignKey, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from lao_desktop.models.base import Located, Named, Record, enum_type
from lao_desktop.models.enums import Level, NetworkForm, Pillar
from lao_desktop.models.partner import ContactPerson, Partner


class Network(Named, Located, Record):
    __tablename__ = "networks"

    level: Mapped[Level] = mapped_column(enum_type(Level), index=True)
    pillar: Mapped[Pillar] = mapped_column(enum_type(Pillar), index=True)
    form: Mapped[NetworkForm] = mapped_column(enum_type(NetworkForm))
    # A village network sits inside a subdistrict network, and so on up.
    parent_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("networks.id"), index=True)
    coordinator_partner_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("partners.id"))
    coordinator_contact_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("contact_persons.id")
    )
    established_on: Mapped[date | None]
    vision: Mapped[str] = mapped_column(Text, default="")
    mission: Mapped[str] = mapped_column(Text, default="")
    goals: Mapped[str] = mapped_column(Text, default="")
    strategy: Mapped[str] = mapped_column(Text, default="")
    notes: Mapped[str] = mapped_column(Text, default="")

    parent: Mapped[Network | None] = relationship(remote_side="Network.id")
    coordinator_partner: Mapped[Partner | None] = relationship()
    coordinator_contact: Mapped[ContactPerson | None] = relationship()
    members: Mapped[list[NetworkMember]] = relationship(back_populates="network")


class NetworkMember(Record):
    """A partner's membership of a network; a left member keeps its row (history)."""

    __tablename__ = "network_members"

    network_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("networks.id"), index=True)
    partner_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("partners.id"), index=True)
    role: Mapped[str] = mapped_column(String(200), default="")  # ผู้ประสานงาน, สมาชิก, …
    joined_on: Mapped[date | None]
    left_on: Mapped[date | None]
    notes: Mapped[str] = mapped_column(Text, default="")

    network: Mapped[Network] = relationship(back_populates="members")
    partner: Mapped[Partner] = relationship()
