"""Decisions (มติ) numbered per meeting, with who is responsible and their follow-up."""

from __future__ import annotations

import uuid
from datetime import date

from sqlalchemy import ForeignKey, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from lao_desktop.models.base import Record, enum_type
from lao_desktop.models.enums import DecisionStatus
from lao_desktop.models.meeting import AgendaItem, Meeting
from lao_desktop.models.partner import Partner


class Decision(Record):
    __tablename__ = "decisions"

    meeting_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("meetings.id"), index=True)
    agenda_item_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("agenda_items.id"))
    number: Mapped[int]  # มติที่ n of its meeting
    text: Mapped[str] = mapped_column(Text)
    search_text: Mapped[str] = mapped_column(Text, default="")
    votes_for: Mapped[int | None]
    votes_against: Mapped[int | None]
    votes_abstain: Mapped[int | None]
    due_date: Mapped[date | None] = mapped_column(index=True)
    status: Mapped[DecisionStatus] = mapped_column(enum_type(DecisionStatus), index=True)
    completed_on: Mapped[date | None]

    meeting: Mapped[Meeting] = relationship()
    agenda_item: Mapped[AgendaItem | None] = relationship()
    responsibles: Mapped[list[DecisionResponsible]] = relationship(back_populates="decision")
    follow_ups: Mapped[list[DecisionFollowUp]] = relationship(
        back_populates="decision", order_by="DecisionFollowUp.reported_on"
    )


class DecisionResponsible(Record):
    __tablename__ = "decision_responsibles"

    decision_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("decisions.id"), index=True)
    partner_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("partners.id"), index=True)
    task: Mapped[str] = mapped_column(String(500), default="")

    decision: Mapped[Decision] = relationship(back_populates="responsibles")
    partner: Mapped[Partner] = relationship()


class DecisionFollowUp(Record):
    """One progress report on a decision; the latest sets the decision's status."""

    __tablename__ = "decision_follow_ups"

    decision_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("decisions.id"), index=True)
    reported_on: Mapped[date]
    status: Mapped[DecisionStatus] = mapped_column(enum_type(DecisionStatus))
    note: Mapped[str] = mapped_column(Text, default="")

    decision: Mapped[Decision] = relationship(back_populates="follow_ups")
