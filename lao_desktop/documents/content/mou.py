"""บันทึกข้อตกลงความร่วมมือ (MOU/MOA): the parties, objectives, what each party undertakes,
the term, a signature block for every party and the witnesses.

When any party works at the international level the agreement is bilingual (Thai then
English): the English texts are carried where the data has them (the agreement's English
title, objectives and obligations; a partner's English name kept as its short name).
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass

from lao_desktop.documents.content.base import (
    Formats,
    OfficeInfo,
    Person,
    date_en,
    english_name,
    office_info,
    paragraphs,
    thai_label,
)
from lao_desktop.documents.content.options import ReportOptions
from lao_desktop.models.enums import AgreementKind, Level
from lao_desktop.services.query import ListQuery
from lao_desktop.services.registry import Services

TITLES = {
    AgreementKind.MOU: "บันทึกข้อตกลงความร่วมมือ",
    AgreementKind.MOA: "บันทึกข้อตกลง",
    AgreementKind.CONTRACT: "ข้อตกลง",
}
TITLES_EN = {
    AgreementKind.MOU: "Memorandum of Understanding",
    AgreementKind.MOA: "Memorandum of Agreement",
    AgreementKind.CONTRACT: "Agreement",
}


@dataclass(frozen=True)
class MouParty:
    number: str  # ฝ่ายที่ ๑
    name: str
    name_en: str | None
    address: str
    obligations: tuple[str, ...]
    obligations_en: tuple[str, ...]
    signatories: tuple[Person, ...]


@dataclass(frozen=True)
class MouContent:
    office: OfficeInfo
    document_title: str  # บันทึกข้อตกลงความร่วมมือ
    document_title_en: str  # Memorandum of Understanding ("" unless bilingual)
    title: str  # the agreement's own title
    title_en: str | None
    reference: str  # เลขที่ ๕/๒๕๖๕, "" when none
    status: str
    bilingual: bool  # some party works at the international level
    parties: tuple[MouParty, ...]
    objectives: tuple[str, ...]
    objectives_en: tuple[str, ...]
    term: str  # มีผลใช้บังคับตั้งแต่วันที่ … ถึงวันที่ …
    term_en: str
    signed_on: str  # "" for an unsigned draft
    signed_on_en: str
    witnesses: tuple[Person, ...]


def mou(services: Services, agreement_id: uuid.UUID, options: ReportOptions) -> MouContent:
    office = office_info(services)
    fmt = Formats(office.thai_digits)
    agreement = services.agreements.get(agreement_id)
    parties_query = ListQuery(filters={"agreement_id": agreement.id}, sort="sequence", limit=1000)
    parties = services.agreement_parties.list(parties_query).items
    signers = services.agreement_signatories.list(parties_query).items
    partner_ids = [p.partner_id for p in parties if p.partner_id is not None]
    partners = {p.id: p for p in (services.partners.get(i) for i in partner_ids)}
    bilingual = any(p.level is Level.INTERNATIONAL for p in partners.values())
    shown = []
    for n, party in enumerate(parties, start=1):
        partner = partners.get(party.partner_id) if party.partner_id else None
        if partner is None:
            name, name_en, address = office.name, None, office.address
        else:
            name, name_en = partner.name, english_name(partner.short_name)
            address = fmt.digits(" ".join(partner.address.split()))
        shown.append(
            MouParty(
                number=fmt.digits(f"ฝ่ายที่ {n}"),
                name=name,
                name_en=name_en if bilingual else None,
                address=address,
                obligations=tuple(fmt.digits(x) for x in paragraphs(party.obligations)),
                obligations_en=paragraphs(party.obligations_en) if bilingual else (),
                signatories=tuple(
                    Person(s.name, s.position)
                    for s in signers
                    if s.party_id == party.id and not s.is_witness
                ),
            )
        )
    start = agreement.effective_on or agreement.signed_on
    term, term_en = "", ""
    if start is not None or agreement.expires_on is not None:
        term = f"บันทึกข้อตกลงนี้มีผลใช้บังคับ{fmt.period(start, agreement.expires_on)}"
    if bilingual and start is not None:
        until = f" until {date_en(agreement.expires_on)}" if agreement.expires_on else ""
        term_en = f"This memorandum takes effect from {date_en(start)}{until}."
    return MouContent(
        office=office,
        document_title=TITLES[agreement.kind],
        document_title_en=TITLES_EN[agreement.kind] if bilingual else "",
        title=agreement.name,
        title_en=agreement.name_en if bilingual else None,
        reference=fmt.digits(f"เลขที่ {agreement.reference_number}")
        if agreement.reference_number
        else "",
        status=thai_label(agreement.status),
        bilingual=bilingual,
        parties=tuple(shown),
        objectives=tuple(fmt.digits(x) for x in paragraphs(agreement.objectives)),
        objectives_en=paragraphs(agreement.objectives_en) if bilingual else (),
        term=term,
        term_en=term_en,
        signed_on=fmt.date(agreement.signed_on),
        signed_on_en=date_en(agreement.signed_on) if bilingual else "",
        witnesses=tuple(Person(s.name, s.position) for s in signers if s.is_witness),
    )
