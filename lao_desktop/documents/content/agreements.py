"""The register of agreements: every agreement with its parties, status, dates and the days
left before it expires (those in force that expire soonest first)."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date

from lao_desktop.documents.content.base import (
    Formats,
    OfficeInfo,
    all_items,
    office_info,
    thai_label,
)
from lao_desktop.documents.content.options import ReportOptions
from lao_desktop.models.agreement import Agreement
from lao_desktop.models.enums import AgreementStatus
from lao_desktop.services.agreements import AgreementService
from lao_desktop.services.query import ListQuery
from lao_desktop.services.registry import Services

EXPIRING_DAYS = 90  # "expiring soon" on the register, as on the program's home screen


@dataclass(frozen=True)
class AgreementRow:
    number: str
    reference: str  # ๕/๒๕๖๕, "" when none
    title: str
    kind: str
    parties: tuple[str, ...]  # the partners (the office is a party of every agreement)
    signed: str
    effective: str
    expires: str
    status: str
    days_left: int | None  # negative: expired that many days ago; None: no expiry date
    days_text: str  # เหลือ ๒๓ วัน / เกินกำหนด ๑๒ วัน / ""
    expiring_soon: bool  # in force and expiring within EXPIRING_DAYS


@dataclass(frozen=True)
class AgreementsContent:
    office: OfficeInfo
    title: str
    as_of: str
    rows: tuple[AgreementRow, ...]
    counts: tuple[tuple[str, str], ...]  # (status, count) for every status
    expiring_count: str


def _order(agreement: Agreement) -> tuple[int, date, str]:
    active = agreement.status is AgreementStatus.ACTIVE
    return (0 if active else 1, agreement.expires_on or date.max, agreement.sort_key)


def agreements(services: Services, options: ReportOptions) -> AgreementsContent:
    office = office_info(services)
    fmt = Formats(office.thai_digits)
    today = options.day
    found = sorted(all_items(services.agreements, ListQuery()), key=_order)
    parties_of: dict[uuid.UUID, list[uuid.UUID]] = {}
    for party in all_items(services.agreement_parties, ListQuery(sort="sequence")):
        if party.partner_id is not None:
            parties_of.setdefault(party.agreement_id, []).append(party.partner_id)
    names = services.partners.names({p for ps in parties_of.values() for p in ps})
    rows = []
    for n, a in enumerate(found, start=1):
        days = AgreementService.days_to_expiry(a, today)
        active = a.status is AgreementStatus.ACTIVE
        if days is None or not active:
            text = ""
        elif days >= 0:
            text = f"เหลือ {fmt.number(days)} วัน"
        else:
            text = f"เกินกำหนด {fmt.number(-days)} วัน"
        rows.append(
            AgreementRow(
                number=fmt.number(n),
                reference=fmt.digits(a.reference_number or ""),
                title=a.name,
                kind=thai_label(a.kind),
                parties=tuple(names.get(p, "") for p in parties_of.get(a.id, [])),
                signed=fmt.date(a.signed_on, "abbr"),
                effective=fmt.date(a.effective_on, "abbr"),
                expires=fmt.date(a.expires_on, "abbr"),
                status=thai_label(a.status),
                days_left=days,
                days_text=text,
                expiring_soon=active and days is not None and 0 <= days <= EXPIRING_DAYS,
            )
        )
    counts = tuple(
        (thai_label(s), fmt.number(sum(1 for a in found if a.status is s))) for s in AgreementStatus
    )
    return AgreementsContent(
        office=office,
        title=f"ทะเบียนบันทึกข้อตกลงความร่วมมือ {office.name}",
        as_of=f"ข้อมูล ณ วันที่ {fmt.date(today)}",
        rows=tuple(rows),
        counts=counts,
        expiring_count=fmt.number(sum(1 for r in rows if r.expiring_soon)),
    )
