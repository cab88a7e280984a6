from __future__ import annotations

import hashlib
import uuid
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select, update

from lao_desktop.errors import ConflictError, DatabaseError, NotFoundError, ValidationError
from lao_desktop.models import AgreementDocument, AgreementRenewal, AuditEntry, Partner
from lao_desktop.models.enums import AgreementStatus
from lao_desktop.services import ListQuery, Services
from lao_desktop.services.agreement_parts import (
    MAX_SCAN_BYTES,
    AgreementPartyService,
    AgreementSignatoryService,
)
from lao_desktop.services.agreements import AgreementService
from tests.factories import thai_partner


def tiny_pdf() -> bytes:
    """A complete one-page PDF with a correct cross-reference table."""
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 200 200] >>",
    ]
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n%s\nendobj\n" % (number, body)
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (
        len(objects) + 1,
        xref,
    )
    return bytes(out)


PNG = b"\x89PNG\r\n\x1a\n" + b"\x00\x00\x00\rIHDR" + bytes(17) + b"IEND\xaeB`\x82"


@pytest.fixture
def agreements(services: Services) -> AgreementService:
    return AgreementService(services.ctx)


@pytest.fixture
def parties(services: Services) -> AgreementPartyService:
    return AgreementPartyService(services.ctx)


@pytest.fixture
def signatories(services: Services) -> AgreementSignatoryService:
    return AgreementSignatoryService(services.ctx)


@pytest.fixture
def partner(services: Services) -> Partner:
    return services.partners.create(thai_partner(name="มหาวิทยาลัยราชภัฏนครพนม", sector="academic"))


def mou(**overrides: Any) -> dict[str, Any]:
    data: dict[str, Any] = {
        "kind": "mou",
        "name": "บันทึกข้อตกลงความร่วมมือการจัดการขยะชุมชน",
        "signed_on": "1 ต.ค. 2568",
        "effective_on": "1/10/2568",
        "expires_on": "30/9/2570",
    }
    data.update(overrides)
    return data


def fields(excinfo: pytest.ExceptionInfo[ValidationError]) -> set[str]:
    return {p.field for p in excinfo.value.problems}


def audit_actions(services: Services, entity: str) -> list[str]:
    with services.ctx.reading() as session:
        stmt = select(AuditEntry.action).where(AuditEntry.entity == entity)
        return list(session.scalars(stmt.order_by(AuditEntry.id)))


# -- the agreement ------------------------------------------------------------------------


def test_create_defaults_to_draft_and_reads_be_dates(agreements: AgreementService) -> None:
    created = agreements.create(mou(status=None))
    assert created.status is AgreementStatus.DRAFT
    assert created.signed_on == date(2025, 10, 1)
    assert created.expires_on == date(2027, 9, 30)
    assert agreements.search("ขยะ")[0].id == created.id


@pytest.mark.parametrize("field", ["kind", "name"])
def test_required(agreements: AgreementService, field: str) -> None:
    with pytest.raises(ValidationError) as excinfo:
        agreements.create(mou(**{field: " "}))
    assert fields(excinfo) == {field}


def test_effective_not_before_signed(agreements: AgreementService) -> None:
    with pytest.raises(ValidationError) as excinfo:
        agreements.create(mou(signed_on="2/10/2568", effective_on="1/10/2568"))
    assert fields(excinfo) == {"effective_on"}
    same_day = agreements.create(mou(signed_on="1/10/2568", effective_on="1/10/2568"))
    assert same_day.effective_on == same_day.signed_on


@pytest.mark.parametrize("expires", ["1/10/2568", "30/9/2568"])
def test_expiry_after_effective(agreements: AgreementService, expires: str) -> None:
    with pytest.raises(ValidationError) as excinfo:
        agreements.create(mou(expires_on=expires))
    assert fields(excinfo) == {"expires_on"}


def test_expiry_checked_on_update_against_stored_dates(agreements: AgreementService) -> None:
    created = agreements.create(mou())
    with pytest.raises(ValidationError) as excinfo:
        agreements.update(created.id, {"expires_on": "1/1/2568"})
    assert fields(excinfo) == {"expires_on"}


def test_version_conflict(agreements: AgreementService) -> None:
    created = agreements.create(mou())
    agreements.update(created.id, {"reference_number": "นพ 001/2568"}, expected_version=1)
    with pytest.raises(ConflictError):
        agreements.update(created.id, {"reference_number": "x"}, expected_version=1)


# -- expiry lists -------------------------------------------------------------------------


def test_expiring_windows(services: Services, agreements: AgreementService) -> None:
    today = date(2026, 1, 1)

    def add(name: str, expires: str, status: str = "active") -> uuid.UUID:
        data = mou(name=name, expires_on=expires, status=status)
        return agreements.create(data).id

    day0 = add("ก หมดวันนี้", "2026-01-01")
    day90 = add("ข หมดวันที่ 90", "2026-04-01")
    day30 = add("ค หมดวันที่ 30", "2026-01-31")
    add("ง หมดวันที่ 91", "2026-04-02")
    add("จ ร่าง", "2026-01-15", status="draft")
    late = add("ฉ หมดแล้ว", "2025-12-31")
    agreements.delete(add("ช ในถังขยะ", "2026-01-10"))
    undated = agreements.create(mou(name="ซ ไม่มีวันหมด", expires_on=None, status="active"))

    assert [a.id for a in agreements.expiring(today=today)] == [day0, day30, day90]
    assert [a.id for a in agreements.expiring(30, today=today)] == [day0, day30]
    assert [a.id for a in agreements.expiring(0, today=today)] == [day0]
    assert [a.id for a in agreements.expired_but_active(today=today)] == [late]
    assert agreements.days_to_expiry(agreements.get(day30), today) == 30
    assert agreements.days_to_expiry(agreements.get(late), today) == -1
    assert agreements.days_to_expiry(undated, today) is None


# -- renewal ------------------------------------------------------------------------------


def test_renew_on_both_databases(any_services: Services) -> None:
    agreements = AgreementService(any_services.ctx)
    created = agreements.create(mou(status="expired"))
    renewal = agreements.renew(created.id, "15/9/2570", "30/9/2572", "ต่ออายุตามมติที่ประชุม")
    assert renewal.previous_expiry == date(2027, 9, 30)
    assert renewal.new_expiry == date(2029, 9, 30)
    renewed = agreements.get(created.id)
    assert renewed.expires_on == date(2029, 9, 30)
    assert renewed.status is AgreementStatus.ACTIVE
    assert [r.id for r in renewed.renewals] == [renewal.id]
    assert audit_actions(any_services, "agreement_renewals") == ["create"]
    assert audit_actions(any_services, "agreements") == ["create", "update"]
    assert agreements.expiring(today=date(2029, 9, 1))[0].id == created.id


def test_renewal_must_extend(services: Services, agreements: AgreementService) -> None:
    created = agreements.create(mou(status="active"))
    with pytest.raises(ValidationError) as excinfo:
        agreements.renew(created.id, "1/9/2570", "30/9/2570")  # = the current expiry
    assert fields(excinfo) == {"new_expiry"}
    with services.ctx.reading() as session:
        assert session.scalar(select(func.count()).select_from(AgreementRenewal)) == 0
    assert agreements.get(created.id).version == 1


def test_renewal_is_all_or_nothing(services: Services, agreements: AgreementService) -> None:
    created = agreements.create(mou(status="active"))
    agreements.update(created.id, {"notes": "แก้ไขโดยอีกเครื่อง"})
    with pytest.raises(ConflictError):
        agreements.renew(created.id, "1/9/2570", "30/9/2572", expected_version=1)
    assert agreements.renewals.count() == 0
    assert agreements.get(created.id).expires_on == date(2027, 9, 30)
    assert audit_actions(services, "agreement_renewals") == []


def test_renewing_a_trashed_agreement(agreements: AgreementService) -> None:
    created = agreements.create(mou())
    agreements.delete(created.id)
    with pytest.raises(NotFoundError):
        agreements.renew(created.id, "1/9/2570", "30/9/2572")


# -- parties and signatories --------------------------------------------------------------


def test_partner_once_per_agreement(
    agreements: AgreementService, parties: AgreementPartyService, partner: Partner
) -> None:
    first = agreements.create(mou())
    second = agreements.create(mou(name="บันทึกข้อตกลงด้านการศึกษา"))
    party = parties.create({"agreement_id": first.id, "partner_id": partner.id})
    assert parties.describe(party) == partner.name
    with pytest.raises(ValidationError) as excinfo:
        parties.create({"agreement_id": first.id, "partner_id": partner.id})
    assert fields(excinfo) == {"partner_id"}
    parties.create({"agreement_id": second.id, "partner_id": partner.id})  # another agreement
    office = parties.create({"agreement_id": first.id, "obligations": "สนับสนุนงบประมาณ"})
    assert office.partner_id is None
    with pytest.raises(ValidationError) as excinfo:
        parties.create({"agreement_id": first.id, "partner_id": None})  # the office again
    assert fields(excinfo) == {"partner_id"}
    parties.delete(party.id)
    again = parties.create({"agreement_id": first.id, "partner_id": partner.id, "sequence": "๒"})
    assert again.sequence == 2
    query = ListQuery(filters={"agreement_id": first.id})
    assert [p.id for p in parties.list(query).items] == [office.id, again.id]


def test_signatories(
    agreements: AgreementService,
    parties: AgreementPartyService,
    signatories: AgreementSignatoryService,
    partner: Partner,
) -> None:
    first = agreements.create(mou())
    second = agreements.create(mou(name="บันทึกข้อตกลงด้านการศึกษา"))
    ours = parties.create({"agreement_id": first.id, "partner_id": partner.id})
    theirs = parties.create({"agreement_id": second.id, "partner_id": partner.id})
    signer = {"agreement_id": first.id, "name": "ผศ.ดร.สมชาย ใจดี", "position": "อธิการบดี"}

    ok = signatories.create({**signer, "party_id": ours.id})
    assert ok.party_id == ours.id and not ok.is_witness
    with pytest.raises(ValidationError) as excinfo:
        signatories.create({**signer, "party_id": theirs.id})
    assert fields(excinfo) == {"party_id"}
    with pytest.raises(ValidationError) as excinfo:
        signatories.create(signer)  # signs for nobody and is no witness
    assert fields(excinfo) == {"party_id"}
    with pytest.raises(ValidationError) as excinfo:
        signatories.create({**signer, "party_id": ours.id, "is_witness": True})
    assert fields(excinfo) == {"party_id"}
    with pytest.raises(ValidationError) as excinfo:
        signatories.create({**signer, "name": "", "party_id": ours.id})
    assert fields(excinfo) == {"name"}
    witness = signatories.create({**signer, "is_witness": "ใช่"})
    assert witness.is_witness and witness.party_id is None


# -- the signed scan ----------------------------------------------------------------------


def test_attach_pdf_bytes_and_read_back(services: Services, agreements: AgreementService) -> None:
    created = agreements.create(mou())
    pdf = tiny_pdf()
    doc = agreements.attach_scan(created.id, pdf, "MOU ลงนาม.pdf", "application/pdf")
    assert doc.media_type == "application/pdf"
    assert doc.size_bytes == len(pdf)
    assert doc.sha256 == hashlib.sha256(pdf).hexdigest()
    assert agreements.scan_content(doc.id) == pdf
    assert [d.id for d in agreements.get(created.id).documents] == [doc.id]
    assert audit_actions(services, "agreement_documents") == ["create"]


def test_attach_from_path_names_and_types(tmp_path: Path, agreements: AgreementService) -> None:
    created = agreements.create(mou())
    path = tmp_path / "สแกน.PDF"
    path.write_bytes(tiny_pdf())
    assert agreements.attach_scan(created.id, path).filename == "สแกน.PDF"
    png = agreements.attach_scan(created.id, PNG)  # no name: one is made with the right ending
    assert (png.filename, png.media_type) == ("scan.png", "image/png")
    jpeg = agreements.attach_scan(
        created.id, b"\xff\xd8\xff\xe0" + bytes(100), "page1", "image/jpg"
    )
    assert (jpeg.filename, jpeg.media_type) == ("page1.jpg", "image/jpeg")


def test_fake_pdf_is_refused(tmp_path: Path, agreements: AgreementService) -> None:
    created = agreements.create(mou())
    fake = tmp_path / "mou.pdf"
    fake.write_text("บันทึกข้อตกลง (ไม่ใช่ไฟล์ PDF)", encoding="utf-8")
    with pytest.raises(ValidationError) as excinfo:
        agreements.attach_scan(created.id, fake)
    assert fields(excinfo) == {"content"}
    with pytest.raises(ValidationError) as excinfo:  # cut off before the end marker
        agreements.attach_scan(created.id, tiny_pdf()[:-20], "mou.pdf")
    assert fields(excinfo) == {"content"}
    with pytest.raises(ValidationError) as excinfo:  # a PNG named .pdf
        agreements.attach_scan(created.id, PNG, "mou.pdf")
    assert fields(excinfo) == {"filename"}
    with pytest.raises(ValidationError) as excinfo:
        agreements.attach_scan(created.id, tiny_pdf(), "mou.pdf", "image/png")
    assert fields(excinfo) == {"media_type"}
    with pytest.raises(ValidationError) as excinfo:
        agreements.attach_scan(created.id, tmp_path / "missing.pdf")
    assert fields(excinfo) == {"content"}
    assert agreements.documents.count() == 0


def test_scan_size_limit(tmp_path: Path, agreements: AgreementService) -> None:
    created = agreements.create(mou())
    big = tmp_path / "big.pdf"
    with big.open("wb") as f:
        f.write(b"%PDF-1.4\n")
        f.truncate(MAX_SCAN_BYTES + 1)
    with pytest.raises(ValidationError) as excinfo:
        agreements.attach_scan(created.id, big)
    assert fields(excinfo) == {"content"}
    assert "20" in excinfo.value.problems[0].message
    body = tiny_pdf()
    just_fits = body[:9] + bytes(MAX_SCAN_BYTES - len(body)) + body[9:]
    assert len(agreements.scan_content(agreements.attach_scan(created.id, just_fits).id)) == (
        MAX_SCAN_BYTES
    )
    with pytest.raises(ValidationError) as excinfo:
        agreements.attach_scan(created.id, just_fits + b" ", "big.pdf")
    assert fields(excinfo) == {"content"}


def test_scan_goes_to_trash_and_damage_is_detected(
    services: Services, agreements: AgreementService
) -> None:
    created = agreements.create(mou())
    doc = agreements.attach_scan(created.id, tiny_pdf(), "mou.pdf")
    agreements.documents.delete(doc.id)
    with pytest.raises(NotFoundError):
        agreements.scan_content(doc.id)
    assert agreements.documents.count(ListQuery(trash=True)) == 1
    agreements.documents.restore(doc.id)
    assert agreements.scan_content(doc.id) == tiny_pdf()
    with services.transaction() as session:
        session.execute(
            update(AgreementDocument)
            .where(AgreementDocument.id == doc.id)
            .values(content=tiny_pdf().replace(b"200 200", b"300 300"))
        )
    with pytest.raises(DatabaseError):
        agreements.scan_content(doc.id)
    assert audit_actions(services, "agreement_documents") == ["create", "delete", "restore"]


def test_agreement_and_parties_all_or_nothing(
    services: Services,
    agreements: AgreementService,
    parties: AgreementPartyService,
    partner: Partner,
) -> None:
    with pytest.raises(ValidationError), services.transaction():
        created = agreements.create(mou())
        parties.create({"agreement_id": created.id, "partner_id": partner.id})
        parties.create({"agreement_id": created.id, "partner_id": partner.id})  # duplicate
    assert agreements.count() == 0 and parties.count() == 0
    assert audit_actions(services, "agreements") == []
