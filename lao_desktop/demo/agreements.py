"""Agreements (MOU, MOA) with their parties and signatories: some in force, two expiring
within 90 days, some expired, one renewed, one draft, one Thai–English with a partner abroad,
and scanned signed copies."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

from lao_desktop.demo import vocabulary as v
from lao_desktop.demo import work_texts as t
from lao_desktop.demo.context import Demo
from lao_desktop.i18n import _
from lao_desktop.models.enums import AgreementKind, AgreementStatus, Level
from lao_desktop.thai.dates import be_year


def minimal_pdf(title: str) -> bytes:
    """A one-page PDF standing for the scanned signed copy."""
    stream = f"BT /F1 14 Tf 72 760 Td ({title}) Tj ET".encode("ascii")
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R "
        b"/Resources << /Font << /F1 5 0 R >> >> >>",
        b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (
        len(objects) + 1,
        xref,
    )
    return bytes(out)


# -- agreements --------------------------------------------------------------------------

SMALL_FATES = (
    "expiring",
    "expiring",
    "expired",
    "expired",
    "international",
    "renewed",
    "draft",
    "terminated",
    "active",
    "active",
    "active",
    "forgotten",
)


def _agreement_dates(demo: Demo, fate: str) -> tuple[date | None, date | None]:
    """(signed, expires) for an agreement with this fate."""
    rng, today = demo.rng, demo.today
    if fate == "draft":
        return None, None
    if fate == "expiring":
        return today - timedelta(days=rng.randint(400, 1000)), today + timedelta(
            days=rng.randint(10, 85)
        )
    if fate in ("expired", "forgotten"):
        expires = today - timedelta(
            days=rng.randint(5, 60) if fate == "forgotten" else rng.randint(30, 600)
        )
        return expires - timedelta(days=rng.randint(365, 730)), expires
    if fate == "renewed":
        signed = demo.first_day + timedelta(days=rng.randint(0, 200))
        return signed, signed + timedelta(days=730)
    signed = demo.day_between(demo.first_day, today - timedelta(days=200))
    expires = signed + timedelta(days=rng.choice((2, 3, 4, 5)) * 365)
    if expires <= today + timedelta(days=95):
        expires = today + timedelta(days=rng.randint(120, 700))
    return signed, expires


def create_agreements(demo: Demo) -> None:
    rng = demo.rng
    service = demo.services.agreements
    parties = demo.services.agreement_parties
    signers = demo.services.agreement_signatories
    with_contacts = [p for p in demo.partners if p.contacts and p.level is not Level.VILLAGE]
    abroad = [p for p in with_contacts if p.level is Level.INTERNATIONAL]
    count = demo.sizes.agreements
    fates = list(SMALL_FATES)
    while len(fates) < count:
        fates.append(v.pick(rng, ("active",) * 6 + ("expiring", "expired", "renewed", "draft")))
    mayor, clerk_head = demo.staff[0], demo.staff[4]

    def make(item: tuple[int, str]) -> int:
        number, fate = item
        signed, expires = _agreement_dates(demo, fate)
        international = fate == "international" and bool(abroad)
        text = t.INTERNATIONAL_AGREEMENT
        status = {
            "draft": AgreementStatus.DRAFT,
            "expired": AgreementStatus.EXPIRED,
            "terminated": AgreementStatus.TERMINATED,
        }.get(fate, AgreementStatus.ACTIVE)
        title = text["name"] if international else v.pick(rng, t.AGREEMENTS)
        kind = AgreementKind.MOA if "ใช้" in title and not international else AgreementKind.MOU
        network = v.pick(rng, demo.networks) if demo.networks and rng.random() < 0.5 else None
        data: dict[str, Any] = {
            "kind": kind,
            "name": title,
            "name_en": text["name_en"] if international else None,
            "reference_number": f"{number + 1}/{be_year(signed)}" if signed else None,
            "objectives": text["objectives"]
            if international
            else v.pick(rng, t.AGREEMENT_OBJECTIVES),
            "objectives_en": text["objectives_en"] if international else "",
            "signed_on": signed,
            "effective_on": signed,
            "expires_on": expires,
            "status": status,
            "network_id": network.id if network else None,
            "notes": "คู่ภาคีแจ้งขอยกเลิกเป็นหนังสือ" if fate == "terminated" else "",
        }
        agreement = service.create(data)
        calls = 1
        others = [v.pick(rng, abroad)] if international else v.sample(rng, with_contacts, 1, 3)
        office_party = parties.create(
            {
                "agreement_id": agreement.id,
                "obligations": text["office_obligations"] if international else t.OBLIGATIONS[0],
                "obligations_en": text["office_obligations_en"] if international else "",
                "sequence": 1,
            }
        )
        signers.create(
            {
                "agreement_id": agreement.id,
                "party_id": office_party.id,
                "name": mayor[0],
                "position": mayor[1],
                "sequence": 1,
            }
        )
        calls += 2
        for sequence, partner in enumerate(others, start=2):
            party = parties.create(
                {
                    "agreement_id": agreement.id,
                    "partner_id": partner.id,
                    "obligations": text["partner_obligations"]
                    if international
                    else v.pick(rng, t.OBLIGATIONS[1:]),
                    "obligations_en": text["partner_obligations_en"] if international else "",
                    "sequence": sequence,
                }
            )
            _contact, name, position = partner.contacts[0]
            signers.create(
                {
                    "agreement_id": agreement.id,
                    "party_id": party.id,
                    "name": name,
                    "position": f"{position} {partner.name}"[:300],
                    "sequence": sequence,
                }
            )
            calls += 2
        if status is not AgreementStatus.DRAFT:
            signers.create(
                {
                    "agreement_id": agreement.id,
                    "name": clerk_head[0],
                    "position": clerk_head[1],
                    "is_witness": True,
                    "sequence": len(others) + 2,
                }
            )
            calls += 1
        if fate == "renewed" and expires is not None:
            renewed_on = expires - timedelta(days=rng.randint(10, 40))
            new_expiry = max(expires + timedelta(days=730), demo.today + timedelta(days=200))
            service.renew(agreement.id, renewed_on, new_expiry, "ต่ออายุตามมติคณะกรรมการเครือข่าย")
            calls += 2
        if international or (fate == "active" and number < 12):
            scan = minimal_pdf(f"MOU {number + 1}")
            service.attach_scan(agreement.id, scan, f"mou-{number + 1}.pdf")
            calls += 1
        demo.agreements.append((agreement.id, others))
        return calls

    demo.in_batches(list(enumerate(fates[:count])), make, _(service.label), weight=6)
