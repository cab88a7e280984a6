"""หนังสือภายนอก: the free-form official letter, and the meeting invitation.

The regulation's parts, in order: ที่ (left) and the office with its address (right); the
date; เรื่อง; เรียน; อ้างถึง; สิ่งที่ส่งมาด้วย; the body; ขอแสดงความนับถือ; the signature
with the full name in brackets and the position; the issuing unit with phone and e-mail.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass

from lao_desktop.documents.content.base import (
    ContentError,
    Formats,
    OfficeInfo,
    Person,
    office_info,
)
from lao_desktop.documents.content.options import FreeText, ReportOptions
from lao_desktop.i18n import _
from lao_desktop.models.enums import AgendaKind
from lao_desktop.models.meeting import Meeting
from lao_desktop.services.registry import Services

CLOSING = "ขอแสดงความนับถือ"


@dataclass(frozen=True)
class LetterContent:
    office: OfficeInfo
    number: str  # printed after "ที่ ": the office's prefix; the serial is written by hand
    date: str  # 21 พฤศจิกายน 2569
    subject: str  # after "เรื่อง "
    to: str  # after "เรียน "
    reference: str  # after "อ้างถึง ", "" when none
    enclosures: tuple[str, ...]  # after "สิ่งที่ส่งมาด้วย ", numbered when more than one
    paragraphs: tuple[str, ...]  # the body: the first line of each indented 2.5 cm
    closing: str  # ขอแสดงความนับถือ
    signatory: Person
    issuing_unit: str  # the office (ส่วนราชการเจ้าของเรื่อง)
    contact_lines: tuple[str, ...]  # โทร. …, ไปรษณีย์อิเล็กทรอนิกส์ …


@dataclass(frozen=True)
class AgendaLine:
    number: str  # ระเบียบวาระที่ ๑ (๔.๑ when a kind repeats)
    title: str


@dataclass(frozen=True)
class InvitationContent:
    """The letter inviting a meeting's members and guests, with the agenda and the list
    of those it is sent to (บัญชีรายชื่อผู้รับ) as its enclosures."""

    letter: LetterContent
    meeting_title: str
    meeting_number: str  # ครั้งที่ ๕/๒๕๖๙
    held_on: str  # วันจันทร์ที่ 7 ธันวาคม 2569
    time: str  # 09.30 – 12.00 น.
    place: str
    agenda: tuple[AgendaLine, ...]
    addressees: tuple[Person, ...]  # name and position, in the order of the attendance list


def contact_lines(office: OfficeInfo) -> tuple[str, ...]:
    lines = []
    if office.phone:
        lines.append(f"โทร. {office.phone}")
    if office.email:
        lines.append(f"ไปรษณีย์อิเล็กทรอนิกส์ {office.email}")
    return tuple(lines)


def signatory_of(office: OfficeInfo, signer: str | None, position: str | None) -> Person:
    """The office's executive unless someone else signs (then their position, if given)."""
    if signer and signer.strip():
        return Person(signer.strip(), (position or "").strip())
    return Person(office.executive.name, (position or "").strip() or office.executive.position)


def letter(services: Services, options: ReportOptions) -> LetterContent:
    text = options.text
    if text is None:
        raise ContentError(free_text_missing())
    return letter_from(office_info(services), text, options)


def free_text_missing() -> str:
    return _(
        "A letter is written by hand: give its subject, whom it is to and the file of its "
        "body (--subject, --to, --body-file)."
    )


def check_free_text(text: FreeText) -> None:
    missing = [
        name
        for name, value in (("--subject", text.subject), ("--to", text.to))
        if not value.strip()
    ]
    if not any(p.strip() for p in text.body):
        missing.append("--body-file")
    if missing:
        message = _("The letter is missing: {missing}; give them and try again.")
        raise ContentError(message.format(missing=", ".join(missing)))


def letter_from(office: OfficeInfo, text: FreeText, options: ReportOptions) -> LetterContent:
    check_free_text(text)
    fmt = Formats(office.thai_digits)
    return LetterContent(
        office=office,
        number=office.document_prefix,
        date=fmt.date(options.day),
        subject=fmt.digits(text.subject.strip()),
        to=text.to.strip(),
        reference=fmt.digits(text.reference.strip()),
        enclosures=tuple(fmt.digits(e.strip()) for e in text.enclosures if e.strip()),
        paragraphs=tuple(fmt.digits(p.strip()) for p in text.body if p.strip()),
        closing=CLOSING,
        signatory=signatory_of(office, text.signer, text.position),
        issuing_unit=office.name,
        contact_lines=contact_lines(office),
    )


def agenda_lines(meeting: Meeting, fmt: Formats) -> tuple[AgendaLine, ...]:
    """ระเบียบวาระที่ 1–5 by kind; a kind with several items is numbered 4.1, 4.2 …"""
    kinds = list(AgendaKind)
    items = sorted(meeting.agenda, key=lambda a: (kinds.index(a.kind), a.sequence))
    per_kind = {k: [a for a in items if a.kind is k] for k in kinds}
    lines = []
    for item in items:
        n = kinds.index(item.kind) + 1
        same = per_kind[item.kind]
        number = f"{n}.{same.index(item) + 1}" if len(same) > 1 else str(n)
        lines.append(AgendaLine(fmt.digits(f"ระเบียบวาระที่ {number}"), fmt.digits(item.title)))
    return tuple(lines)


def meeting_number(meeting: Meeting, fmt: Formats) -> str:
    return fmt.digits(f"ครั้งที่ {meeting.number}/{meeting.year_be}")


def meeting_time(meeting: Meeting, fmt: Formats) -> str:
    if meeting.start_time is None:
        return ""
    start = fmt.time(meeting.start_time)
    if meeting.end_time is None:
        return start
    return f"{start.removesuffix(' น.')} – {fmt.time(meeting.end_time)}"


def invitation(
    services: Services, meeting_id: uuid.UUID, options: ReportOptions
) -> InvitationContent:
    office = office_info(services)
    fmt = Formats(office.thai_digits)
    meeting = services.meetings.get(meeting_id)
    number = meeting_number(meeting, fmt)
    held_on = fmt.weekday_date(meeting.meeting_date)
    when = meeting_time(meeting, fmt)
    group = meeting.committee or meeting.network
    # Everyone listed for the meeting: the members and the invited guests.
    addressees = tuple(Person(a.person_name, a.position_text or "") for a in meeting.attendance)
    to = f"{group.name if group else 'ผู้เข้าร่วมประชุม'} (ตามบัญชีรายชื่อแนบท้าย)"
    when_part = f" เวลา {when}" if when else ""
    where_part = f" ณ {meeting.place}" if meeting.place else ""
    body = (
        f"ด้วย{office.name}กำหนดจัด{meeting.title} {number} ใน{held_on}{when_part}{where_part}",
        "จึงเรียนมาเพื่อโปรดเข้าร่วมประชุมตามวัน เวลา และสถานที่ดังกล่าว "
        "หากไม่สามารถเข้าร่วมประชุมได้ โปรดแจ้งให้ทราบล่วงหน้า",
    )
    text = FreeText(
        subject=f"ขอเชิญประชุม{meeting.title.removeprefix('การประชุม')}",
        to=to,
        body=body,
        enclosures=("ระเบียบวาระการประชุม", "บัญชีรายชื่อผู้รับหนังสือ"),
    )
    return InvitationContent(
        letter=letter_from(office, text, options),
        meeting_title=meeting.title,
        meeting_number=number,
        held_on=held_on,
        time=when,
        place=meeting.place,
        agenda=agenda_lines(meeting, fmt),
        addressees=addressees,
    )
