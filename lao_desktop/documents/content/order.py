"""คำสั่ง: the order appointing a committee: its members with their positions, the
committee's authority (อำนาจหน้าที่) and term, "สั่ง ณ วันที่ …" and the signature.

The number and date are the committee's appointment order as recorded (``order_number``
"12/2569", ``order_date``). When they are not recorded the order is printed with blanks to
fill in by hand, never with an invented number.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass

from lao_desktop.documents.content.base import (
    Formats,
    OfficeInfo,
    Person,
    office_info,
    paragraphs,
    thai_label,
)
from lao_desktop.documents.content.options import ReportOptions
from lao_desktop.services.registry import Services


@dataclass(frozen=True)
class OrderMember:
    number: str  # ๑.
    name: str
    title: str  # official title (กำนันตำบลนาคูณใหญ่), may be ""
    position: str  # ประธานกรรมการ, กรรมการและเลขานุการ …
    duties: str  # the member's own duties, "" when only the committee's apply


@dataclass(frozen=True)
class OrderContent:
    office: OfficeInfo
    heading: str  # คำสั่งองค์การบริหารส่วนตำบลนาคูณใหญ่
    number: str  # after "ที่ ": "๒๒๐/๒๕๖๙"; "" when the committee has no order number
    number_recorded: bool  # False: print "ที่ ........../พ.ศ. ...." to fill in
    subject: str  # after "เรื่อง ": แต่งตั้ง…
    preamble: tuple[str, ...]
    members: tuple[OrderMember, ...]
    duties: tuple[str, ...]  # the committee's authority, one item a line
    term: str  # ตั้งแต่วันที่ … ถึงวันที่ …
    closing: tuple[str, ...]  # ทั้งนี้ ตั้งแต่บัดนี้เป็นต้นไป
    given_on: str  # after "สั่ง ณ วันที่ ": "24 กันยายน พ.ศ. 2569"; "" when not recorded
    signatory: Person


def order(services: Services, committee_id: uuid.UUID, options: ReportOptions) -> OrderContent:
    office = office_info(services)
    fmt = Formats(office.thai_digits)
    committee = services.committees.get(committee_id)
    # The members of the term the order appoints (its start, else the order's date).
    on = committee.term_start or committee.order_date or options.day
    seats = services.committees.current_members(committee.id, on=on)
    members = tuple(
        OrderMember(
            number=fmt.digits(f"{n}."),
            name=seat.person_name,
            title=fmt.digits(seat.person_title or ""),
            position=thai_label(seat.position),
            duties=fmt.digits(seat.duties.strip()),
        )
        for n, seat in enumerate(seats, start=1)
    )
    name = committee.name
    purpose = f" เพื่อขับเคลื่อนการดำเนินงานของ{committee.network.name}" if committee.network else ""
    preamble = (
        f"เพื่อให้การดำเนินงานความร่วมมือระหว่าง{office.name}และภาคีเครือข่ายเป็นไปอย่างมี"
        f"ประสิทธิภาพ ต่อเนื่อง และบรรลุเป้าหมายร่วมกัน{purpose} จึงแต่งตั้ง{name} ประกอบด้วย",
    )
    duties = tuple(fmt.digits(line) for line in paragraphs(committee.authority))
    term = fmt.period(committee.term_start, committee.term_end)
    closing = ("ทั้งนี้ ตั้งแต่บัดนี้เป็นต้นไป" if not term else f"ทั้งนี้ {term}",)
    return OrderContent(
        office=office,
        heading=f"คำสั่ง{office.name}",
        number=fmt.digits(committee.order_number or ""),
        number_recorded=bool(committee.order_number),
        subject=f"แต่งตั้ง{name}",
        preamble=preamble,
        members=members,
        duties=duties,
        term=term,
        closing=closing,
        given_on=fmt.date_with_be(committee.order_date),
        signatory=office.executive,
    )
