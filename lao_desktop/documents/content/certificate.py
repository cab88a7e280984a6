"""เกียรติบัตร and หนังสือขอบคุณ for one partner: what it contributed (resources given,
seats on committees, work in joint plans, activities), for a fiscal year or for all time."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from decimal import Decimal

from lao_desktop.documents.content.base import (
    Formats,
    OfficeInfo,
    Person,
    all_items,
    check_be_year,
    office_info,
    thai_label,
)
from lao_desktop.documents.content.letters import LetterContent, letter_from
from lao_desktop.documents.content.options import FreeText, ReportOptions
from lao_desktop.models.enums import ExchangeStatus
from lao_desktop.services.query import ListQuery
from lao_desktop.services.registry import Services

ZERO = Decimal("0.00")


@dataclass(frozen=True)
class CertificateContent:
    office: OfficeInfo
    title: str  # เกียรติบัตร
    granted_by: str  # the office
    intro: str  # ขอมอบเกียรติบัตรฉบับนี้ไว้เพื่อแสดงว่า
    recipient: str  # the partner
    reason: str  # one sentence of why
    contributions: tuple[str, ...]  # one line each
    wish: str  # ขออำนวยพรให้…
    given_on: str  # after "ให้ไว้ ณ วันที่ "
    signatory: Person
    fiscal_year: int | None
    given_value_baht: Decimal  # value of the resources given (not cancelled)
    thank_you: LetterContent  # the same thanks as a หนังสือขอบคุณ to the partner


def certificate(
    services: Services, partner_id: uuid.UUID, options: ReportOptions
) -> CertificateContent:
    office = office_info(services)
    fmt = Formats(office.thai_digits)
    year = check_be_year(options.year) if options.year is not None else None
    partner = services.partners.get(partner_id)
    given_query = ListQuery(filters={"from_partner_id": partner.id}, fiscal_year=year, sort="date")
    given = [
        x
        for x in all_items(services.exchanges, given_query)
        if x.status is not ExchangeStatus.CANCELLED
    ]
    value = sum((x.value_baht or ZERO for x in given), ZERO)
    lines = []
    if given:
        kinds = sorted({thai_label(x.kind) for x in given})
        line = f"สนับสนุนทรัพยากร ({' '.join(kinds)}) จำนวน {fmt.number(len(given))} ครั้ง"
        lines.append(line + (f" มูลค่ารวม {fmt.baht(value)}" if value else ""))
    seats = list(
        all_items(services.committee_members, ListQuery(filters={"partner_id": partner.id}))
    )
    committees = services.committees.names({s.committee_id for s in seats})
    for name in sorted(set(committees.values())):
        lines.append(f"ร่วมเป็นกรรมการใน{name}")
    works = list(
        all_items(services.plan_responsibilities, ListQuery(filters={"partner_id": partner.id}))
    )
    plans = services.plans.names({w.plan_id for w in works})
    for name in sorted(set(plans.values())):
        named = name if name.startswith(("แผน", "โครงการ")) else f"แผนงาน{name}"
        lines.append(f"ร่วมดำเนินงานตาม{named}")
    joined = list(
        all_items(services.activity_participants, ListQuery(filters={"partner_id": partner.id}))
    )
    if joined:
        lines.append(f"ร่วมกิจกรรมของเครือข่าย จำนวน {fmt.number(len(joined))} กิจกรรม")
    period = f"ในปีงบประมาณ พ.ศ. {fmt.digits(str(year))}" if year else ""
    reason = (
        f"เป็นภาคีเครือข่ายที่ให้ความร่วมมือและสนับสนุนการดำเนินงานของ{office.name}"
        f"ด้วยดีเสมอมา{(' ' + period) if period else ''}"
    )
    thanks = FreeText(
        subject="ขอบคุณ",
        to=partner.name,
        body=(
            f"ตามที่{partner.name}ได้ให้ความร่วมมือและสนับสนุนการดำเนินงานของ{office.name}"
            f"{(' ' + period) if period else ''}"
            + (f" โดย{fmt.digits(_listed(lines))}" if lines else "")
            + " นั้น",
            f"{office.name} ขอขอบคุณ{partner.name}เป็นอย่างสูงมา ณ โอกาสนี้ "
            "และหวังเป็นอย่างยิ่งว่าจะได้รับความร่วมมือเช่นนี้ต่อไป",
        ),
    )
    return CertificateContent(
        office=office,
        title="เกียรติบัตร",
        granted_by=office.name,
        intro="ขอมอบเกียรติบัตรฉบับนี้ไว้เพื่อแสดงว่า",
        recipient=partner.name,
        reason=reason,
        contributions=tuple(fmt.digits(x) for x in lines),
        wish="ขออำนวยพรให้ประสบแต่ความสุข ความเจริญ และเป็นกำลังสำคัญของเครือข่ายสืบไป",
        given_on=fmt.date_with_be(options.day),
        signatory=office.executive,
        fiscal_year=year,
        given_value_baht=value,
        thank_you=letter_from(office, thanks, options),
    )


def _listed(items: list[str]) -> str:
    """ "ก ข และค": the last item joined with และ, as a Thai sentence lists things."""
    return items[0] if len(items) == 1 else " ".join(items[:-1]) + " และ" + items[-1]
