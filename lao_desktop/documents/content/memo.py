"""บันทึกข้อความ: an internal memo, written by hand or made from a meeting: the report to
the executive on what a meeting resolved, with room for the executive's instructions (the
evidence LPA, ITA and the KPI award ask for)."""

from __future__ import annotations

import uuid
from dataclasses import dataclass

from lao_desktop.documents.content.base import Formats, OfficeInfo, Person, office_info
from lao_desktop.documents.content.letters import (
    check_free_text,
    meeting_number,
    meeting_time,
    signatory_of,
)
from lao_desktop.documents.content.options import ReportOptions
from lao_desktop.models.enums import AttendanceStatus
from lao_desktop.models.meeting import MeetingAttendance
from lao_desktop.services.query import ListQuery
from lao_desktop.services.registry import Services

TITLE = "บันทึกข้อความ"


@dataclass(frozen=True)
class MemoItem:
    """One numbered point of the body (a resolution, in the meeting report)."""

    number: str  # ๑.
    text: str
    details: tuple[str, ...]  # ผู้รับผิดชอบ …, กำหนดแล้วเสร็จ …


@dataclass(frozen=True)
class MemoContent:
    office: OfficeInfo
    title: str  # บันทึกข้อความ
    department: str  # after "ส่วนราชการ": the office and its phone
    number: str  # after "ที่"
    date: str  # after "วันที่"
    subject: str  # after "เรื่อง"
    to: str  # after "เรียน"
    paragraphs: tuple[str, ...]  # before the items
    items: tuple[MemoItem, ...]
    closing_paragraphs: tuple[str, ...]  # after the items (จึงเรียนมาเพื่อโปรดทราบ …)
    signatory: Person
    instructions_from: Person | None  # the executive's box (ความเห็น/ข้อสั่งการ), or None


def _department(office: OfficeInfo) -> str:
    return f"{office.name} โทร. {office.phone}" if office.phone else office.name


def memo(services: Services, options: ReportOptions) -> MemoContent:
    """The hand-written memo when ``options.text`` is given, else the meeting report."""
    if options.text is not None:
        return free_memo(services, options)
    if options.record_id is None:
        raise ValueError("memo needs a text or a meeting")
    return meeting_report(services, options.record_id, options)


def free_memo(services: Services, options: ReportOptions) -> MemoContent:
    text = options.text
    assert text is not None
    check_free_text(text)
    office = office_info(services)
    fmt = Formats(office.thai_digits)
    return MemoContent(
        office=office,
        title=TITLE,
        department=_department(office),
        number=office.document_prefix,
        date=fmt.date(options.day),
        subject=fmt.digits(text.subject.strip()),
        to=text.to.strip(),
        paragraphs=tuple(fmt.digits(p.strip()) for p in text.body if p.strip()),
        items=(),
        closing_paragraphs=(),
        signatory=signatory_of(office, text.signer, text.position),
        instructions_from=None,
    )


def meeting_report(
    services: Services, meeting_id: uuid.UUID, options: ReportOptions
) -> MemoContent:
    office = office_info(services)
    fmt = Formats(office.thai_digits)
    meeting = services.meetings.get(meeting_id)
    number = meeting_number(meeting, fmt)
    query = ListQuery(filters={"meeting_id": meeting.id}, sort="number", limit=1000)
    decisions = [services.decisions.get(d.id) for d in services.decisions.list(query).items]
    partner_ids = {r.partner_id for d in decisions for r in d.responsibles}
    names = services.partners.names(partner_ids)
    items = []
    for n, decision in enumerate(decisions, start=1):
        details = []
        responsible = [names.get(r.partner_id, "") for r in decision.responsibles]
        if responsible:
            details.append("ผู้รับผิดชอบ " + ", ".join(sorted(filter(None, responsible))))
        if decision.due_date is not None:
            details.append("กำหนดแล้วเสร็จ " + fmt.date(decision.due_date))
        items.append(MemoItem(fmt.digits(f"{n}."), fmt.digits(decision.text), tuple(details)))
    present = sum(1 for a in meeting.attendance if a.status is AttendanceStatus.PRESENT)
    when = meeting_time(meeting, fmt)
    where = f" ณ {meeting.place}" if meeting.place else ""
    at = f" เวลา {when}" if when else ""
    opening = (
        f"ตามที่ได้มี{meeting.title} {number} เมื่อ{fmt.weekday_date(meeting.meeting_date)}"
        f"{at}{where} มีผู้มาประชุม {fmt.number(present)} คน"
    )
    outcome = (
        f"ที่ประชุมได้มีมติ จำนวน {fmt.number(len(items))} เรื่อง ดังนี้"
        if items
        else "ที่ประชุมรับทราบเรื่องต่าง ๆ ตามระเบียบวาระ โดยไม่มีเรื่องที่ต้องลงมติ"
    )
    reporter = _reporter(meeting.minutes_taker, meeting.attendance)
    return MemoContent(
        office=office,
        title=TITLE,
        department=_department(office),
        number=office.document_prefix,
        date=fmt.date(options.day),
        subject=f"รายงานผล{meeting.title} {number}",
        to=office.executive.position or office.executive.name,
        paragraphs=(f"{opening} {outcome}",),
        items=tuple(items),
        closing_paragraphs=("จึงเรียนมาเพื่อโปรดทราบ และพิจารณาสั่งการ",),
        signatory=reporter,
        instructions_from=office.executive,
    )


def _reporter(minutes_taker: str | None, attendance: list[MeetingAttendance]) -> Person:
    """The minute-taker signs the report, with their position in the meeting if listed."""
    if not minutes_taker:
        return Person("", "ผู้จดรายงานการประชุม")
    for row in attendance:
        if row.person_name == minutes_taker and row.position_text:
            return Person(minutes_taker, row.position_text)
    return Person(minutes_taker, "ผู้จดรายงานการประชุม")
