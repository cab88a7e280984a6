"""ประกาศ: publishing a network's vision, mission, goals and strategy, and its member
partners; "ประกาศ ณ วันที่ <day> <full month> พ.ศ. <year>" and the executive's signature."""

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
class MemberLine:
    number: str  # ๑.
    name: str  # the partner
    role: str  # its role in the network, "" when none
    sector: str


@dataclass(frozen=True)
class AnnouncementContent:
    office: OfficeInfo
    heading: str  # ประกาศองค์การบริหารส่วนตำบลนาคูณใหญ่
    subject: str  # after "เรื่อง "
    preamble: tuple[str, ...]
    network_name: str
    level: str
    vision: tuple[str, ...]  # each part: its lines (numbered lines stay as written)
    mission: tuple[str, ...]
    goals: tuple[str, ...]
    strategy: tuple[str, ...]
    coordinator: str  # the coordinating partner (and contact), "" when none
    members: tuple[MemberLine, ...]
    closing: str  # จึงประกาศให้ทราบโดยทั่วกัน
    given_on: str  # after "ประกาศ ณ วันที่ ": "21 พฤศจิกายน พ.ศ. 2569"
    signatory: Person


def announcement(
    services: Services, network_id: uuid.UUID, options: ReportOptions
) -> AnnouncementContent:
    office = office_info(services)
    fmt = Formats(office.thai_digits)
    network = services.networks.get(network_id)
    memberships = services.network_members.members_of(network.id, on=options.day)
    members = tuple(
        MemberLine(
            number=fmt.digits(f"{n}."),
            name=m.partner.name,
            role=m.role,
            sector=thai_label(m.partner.sector),
        )
        for n, m in enumerate(memberships, start=1)
    )
    coordinator = network.coordinator_partner.name if network.coordinator_partner else ""
    if network.coordinator_contact is not None:
        person = network.coordinator_contact.full_name
        coordinator = f"{person} {coordinator}".strip() if coordinator else person
    since = f" ซึ่งจัดตั้งขึ้นเมื่อวันที่ {fmt.date(network.established_on)}" if network.established_on else ""
    preamble = (
        f"{office.name}ได้ร่วมกับภาคีเครือข่ายจัดตั้ง{network.name}{since} "
        "เพื่อเป็นกลไกความร่วมมือในการพัฒนาท้องถิ่น เพื่อให้การดำเนินงานของเครือข่ายเป็นไปในทิศทาง"
        "เดียวกัน และเพื่อให้ประชาชนและผู้เกี่ยวข้องได้รับทราบ จึงประกาศวิสัยทัศน์ พันธกิจ "
        "เป้าประสงค์ และภาคีสมาชิกของเครือข่าย ดังนี้",
    )
    return AnnouncementContent(
        office=office,
        heading=f"ประกาศ{office.name}",
        subject=f"วิสัยทัศน์ พันธกิจ เป้าประสงค์ และภาคีสมาชิกของ{network.name}",
        preamble=preamble,
        network_name=network.name,
        level=thai_label(network.level),
        vision=tuple(fmt.digits(x) for x in paragraphs(network.vision)),
        mission=tuple(fmt.digits(x) for x in paragraphs(network.mission)),
        goals=tuple(fmt.digits(x) for x in paragraphs(network.goals)),
        strategy=tuple(fmt.digits(x) for x in paragraphs(network.strategy)),
        coordinator=coordinator,
        members=members,
        closing="จึงประกาศให้ทราบโดยทั่วกัน",
        given_on=fmt.date_with_be(options.day),
        signatory=office.executive,
    )
