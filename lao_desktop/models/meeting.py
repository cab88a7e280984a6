"""Meetings (การประชุม): number per B.E. year, attendance and the standard agenda."""

from __future__ import annotations

import uuid
from datetime import date, time

from sqlalchemy import ForeignKey, String, Text, Time
from sqlalchemy.orm import Mapped, mapped_column, relationship

from lao_desktop.models.base import Record, enum_type
from lao_desktop.models.committee import Committee, CommitteeMember
from lao_desktop.models.enums import AgendaKind, AttendanceStatus
from lao_desktop.models.network import Network
from lao_desktop.models.partner import Partner


class Meeting(Record):
    __tablename__ = "meetings"

    committee_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("committees.id"), index=True)
    network_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("networks.id"), index=True)
    number: Mapped[int]  # ครั้งที่ number/year_be
    year_be: Mapped[int]
    title: Mapped[str] = mapped_column(String(300))
    search_text: Mapped[str] = mapped_column(Text, default="")
    meeting_date: Mapped[date] = mapped_column(index=True)
    start_time: Mapped[time | None] = mapped_column(Time)
    end_time: Mapped[time | None] = mapped_column(Time)
    place: Mapped[str] = mapped_column(String(300), default="")
    chair_name: Mapped[str | None] = mapped_column(String(300))
    minutes_taker: Mapped[str | None] = mapped_column(String(300))  # ผู้จดรายงานการประชุม
    minutes_checker: Mapped[str | None] = mapped_column(String(300))  # ผู้ตรวจรายงานการประชุม
    notes: Mapped[str] = mapped_column(Text, default="")

    committee: Mapped[Committee | None] = relationship()
    network: Mapped[Network | None] = relationship()
    attendance: Mapped[list[MeetingAttendance]] = relationship(
        back_populates="meeting", order_by="MeetingAttendance.sequence"
    )
    agenda: Mapped[list[AgendaItem]] = relationship(
        back_populates="meeting", order_by="AgendaItem.sequence"
    )


class MeetingAttendance(Record):
    __tablename__ = "meeting_attendance"

    meeting_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("meetings.id"), index=True)
    committee_member_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("committee_members.id")
    )
    partner_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("partners.id"))
    person_name: Mapped[str] = mapped_column(String(300))
    position_text: Mapped[str | None] = mapped_column(String(300))
    status: Mapped[AttendanceStatus] = mapped_column(enum_type(AttendanceStatus))
    note: Mapped[str] = mapped_column(String(300), default="")  # ลาป่วย, ติดราชการ
    sequence: Mapped[int] = mapped_column(default=0)

    meeting: Mapped[Meeting] = relationship(back_populates="attendance")
    committee_member: Mapped[CommitteeMember | None] = relationship()
    partner: Mapped[Partner | None] = relationship()


class AgendaItem(Record):
    """ระเบียบวาระที่ n: the five standard kinds, each may repeat (4.1, 4.2 …)."""

    __tablename__ = "agenda_items"

    meeting_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("meetings.id"), index=True)
    sequence: Mapped[int] = mapped_column(default=0)
    kind: Mapped[AgendaKind] = mapped_column(enum_type(AgendaKind))
    title: Mapped[str] = mapped_column(String(500))
    details: Mapped[str] = mapped_column(Text, default="")

    meeting: Mapped[Meeting] = relationship(back_populates="agenda")
