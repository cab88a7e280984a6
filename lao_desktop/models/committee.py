"""Committees (คณะกรรมการ) of a network or of the office, and their members by term."""

from __future__ import annotations

import uuid
from datetime import date

from sqlalchemy import ForeignKey, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from lao_desktop.models.base import Named, Record, enum_type
from lao_desktop.models.enums import CommitteePosition
from lao_desktop.models.network import Network
from lao_desktop.models.partner import ContactPerson, Partner


class Committee(Named, Record):
    __tablename__ = "committees"

    # None: a committee of the office itself.
    network_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("networks.id"), index=True)
    authority: Mapped[str] = mapped_column(Text, default="")  # อำนาจหน้าที่
    order_number: Mapped[str | None] = mapped_column(String(50))  # คำสั่งที่ 12/2569
    order_date: Mapped[date | None]
    term_start: Mapped[date | None]
    term_end: Mapped[date | None]
    notes: Mapped[str] = mapped_column(Text, default="")

    network: Mapped[Network | None] = relationship()
    members: Mapped[list[CommitteeMember]] = relationship(
        back_populates="committee", order_by="CommitteeMember.sequence"
    )


class CommitteeMember(Record):
    """A seat held for a term; when the term ends the row stays as history."""

    __tablename__ = "committee_members"

    committee_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("committees.id"), index=True)
    person_name: Mapped[str] = mapped_column(String(300))  # นายสมชาย ใจดี
    person_title: Mapped[str | None] = mapped_column(String(200))  # กำนันตำบลนาคูณใหญ่
    contact_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("contact_persons.id"))
    partner_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("partners.id"), index=True)
    position: Mapped[CommitteePosition] = mapped_column(enum_type(CommitteePosition))
    duties: Mapped[str] = mapped_column(Text, default="")
    term_start: Mapped[date | None]
    term_end: Mapped[date | None]
    sequence: Mapped[int] = mapped_column(default=0)

    committee: Mapped[Committee] = relationship(back_populates="members")
    partner: Mapped[Partner | None] = relationship()
    contact: Mapped[ContactPerson | None] = relationship()
