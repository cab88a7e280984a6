"""Activities (training, study visits, academic meetings, PR) and knowledge items."""

from __future__ import annotations

import uuid
from datetime import date

from sqlalchemy import ForeignKey, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from lao_desktop.models.base import Named, Record, enum_type
from lao_desktop.models.enums import ActivityKind, KnowledgeKind
from lao_desktop.models.network import Network
from lao_desktop.models.partner import Partner
from lao_desktop.models.plan import JointPlan


class Activity(Named, Record):
    __tablename__ = "activities"

    kind: Mapped[ActivityKind] = mapped_column(enum_type(ActivityKind), index=True)
    start_on: Mapped[date] = mapped_column(index=True)
    end_on: Mapped[date | None]
    place: Mapped[str] = mapped_column(String(300), default="")
    network_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("networks.id"), index=True)
    plan_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("joint_plans.id"), index=True)
    participant_count: Mapped[int | None]
    description: Mapped[str] = mapped_column(Text, default="")
    outcome: Mapped[str] = mapped_column(Text, default="")  # what resulted, how it was used

    network: Mapped[Network | None] = relationship()
    plan: Mapped[JointPlan | None] = relationship()
    participants: Mapped[list[ActivityParticipant]] = relationship(back_populates="activity")


class ActivityParticipant(Record):
    __tablename__ = "activity_participants"

    activity_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("activities.id"), index=True)
    partner_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("partners.id"), index=True)
    role: Mapped[str] = mapped_column(String(200), default="")

    activity: Mapped[Activity] = relationship(back_populates="participants")
    partner: Mapped[Partner] = relationship()


class KnowledgeItem(Named, Record):
    """Lessons and good practice, published in Thai (and English where it is written)."""

    __tablename__ = "knowledge_items"

    kind: Mapped[KnowledgeKind] = mapped_column(enum_type(KnowledgeKind), index=True)
    summary: Mapped[str] = mapped_column(Text, default="")
    body: Mapped[str] = mapped_column(Text, default="")
    summary_en: Mapped[str] = mapped_column(Text, default="")
    source: Mapped[str] = mapped_column(String(300), default="")
    tags: Mapped[str] = mapped_column(String(300), default="")
    published_on: Mapped[date | None]
    network_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("networks.id"), index=True)
    activity_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("activities.id"))

    network: Mapped[Network | None] = relationship()
    activity: Mapped[Activity | None] = relationship()
