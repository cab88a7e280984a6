"""ทำเนียบเครือข่าย: every partner by level, then sector, in Thai order, with how to reach
it and its contact people (phone, LINE, e-mail). National ID numbers are personal data and
are never read into a document."""

from __future__ import annotations

import uuid
from dataclasses import dataclass

from lao_desktop.documents.content.base import (
    Formats,
    OfficeInfo,
    all_items,
    full_address,
    office_info,
    place_parts,
    thai_label,
)
from lao_desktop.documents.content.options import ReportOptions
from lao_desktop.models.enums import Level, Sector
from lao_desktop.models.partner import ContactPerson, Partner
from lao_desktop.services.query import ListQuery
from lao_desktop.services.registry import Services


@dataclass(frozen=True)
class DirectoryContact:
    name: str
    position: str
    phone: str
    line_id: str
    email: str
    primary: bool


@dataclass(frozen=True)
class DirectoryPartner:
    number: str  # running number over the whole directory: ๑, ๒ …
    name: str
    short_name: str
    pillar: str
    address: str
    phone: str
    email: str
    line_id: str
    website: str
    contacts: tuple[DirectoryContact, ...]  # the main contact first


@dataclass(frozen=True)
class DirectorySector:
    sector: str
    partners: tuple[DirectoryPartner, ...]


@dataclass(frozen=True)
class DirectoryLevel:
    level: str  # ระดับหมู่บ้าน …
    count: str
    sectors: tuple[DirectorySector, ...]


@dataclass(frozen=True)
class DirectoryContent:
    office: OfficeInfo
    title: str  # ทำเนียบเครือข่าย<office>
    as_of: str  # ข้อมูล ณ วันที่ …
    total: int
    total_text: str  # รวม ๑๒๐ ภาคี
    levels: tuple[DirectoryLevel, ...]  # village first, international last; empty ones left out


def _contact(person: ContactPerson, fmt: Formats) -> DirectoryContact:
    return DirectoryContact(
        name=person.full_name,
        position=person.position or "",
        phone=fmt.phone(person.phone),
        line_id=person.line_id or "",
        email=person.email or "",
        primary=person.is_primary,
    )


def _address(partner: Partner, fmt: Formats) -> str:
    places = place_parts(
        partner.province_code, partner.district_code, partner.subdistrict_code, partner.moo
    )
    return fmt.digits(" ".join(full_address(partner.address, places)))


def directory(services: Services, options: ReportOptions) -> DirectoryContent:
    office = office_info(services)
    fmt = Formats(office.thai_digits)
    contacts: dict[uuid.UUID, list[ContactPerson]] = {}
    for person in all_items(services.contacts, ListQuery(sort="name")):
        contacts.setdefault(person.partner_id, []).append(person)
    grouped: dict[tuple[Level, Sector], list[Partner]] = {}
    for partner in all_items(services.partners, ListQuery(sort="name")):
        grouped.setdefault((partner.level, partner.sector), []).append(partner)
    levels, running = [], 0
    for level in Level:
        sectors, in_level = [], 0
        for sector in Sector:
            shown = []
            for partner in grouped.get((level, sector), []):
                running += 1
                people = sorted(contacts.get(partner.id, []), key=lambda c: not c.is_primary)
                shown.append(
                    DirectoryPartner(
                        number=fmt.number(running),
                        name=partner.name,
                        short_name=partner.short_name or "",
                        pillar=thai_label(partner.pillar),
                        address=_address(partner, fmt),
                        phone=fmt.phone(partner.phone),
                        email=partner.email or "",
                        line_id=partner.line_id or "",
                        website=partner.website or "",
                        contacts=tuple(_contact(c, fmt) for c in people),
                    )
                )
            if shown:
                sectors.append(DirectorySector(thai_label(sector), tuple(shown)))
                in_level += len(shown)
        if sectors:
            count = f"{fmt.number(in_level)} ภาคี"
            levels.append(DirectoryLevel(f"ระดับ{thai_label(level)}", count, tuple(sectors)))
    return DirectoryContent(
        office=office,
        title=f"ทำเนียบเครือข่าย{office.name}",
        as_of=f"ข้อมูล ณ วันที่ {fmt.date(options.day)}",
        total=running,
        total_text=f"รวม {fmt.number(running)} ภาคี",
        levels=tuple(levels),
    )
