"""The parts of an agreement: parties and their obligations, signatories and witnesses,
renewals, and the signed scan (checked by its content, kept in the database)."""

from __future__ import annotations

import hashlib
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import PurePath
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from lao_desktop.errors import FieldProblem
from lao_desktop.i18n import N_, _
from lao_desktop.models.agreement import (
    Agreement,
    AgreementDocument,
    AgreementParty,
    AgreementRenewal,
    AgreementSignatory,
)
from lao_desktop.models.partner import Partner
from lao_desktop.services.approval import ApprovedPartService
from lao_desktop.services.entity import EntityService
from lao_desktop.services.fields import (
    BoolField,
    Check,
    DateField,
    Field,
    FieldValueError,
    IntField,
    NotesField,
    RefField,
    TextField,
)
from lao_desktop.services.schema import Schema
from lao_desktop.thai.dates import format_date

MAX_SCAN_BYTES = 20 * 1024 * 1024
# media type -> (how the file starts, the file name endings it may have)
SCAN_TYPES = {
    "application/pdf": (b"%PDF-", (".pdf",)),
    "image/jpeg": (b"\xff\xd8\xff", (".jpg", ".jpeg", ".jpe")),
    "image/png": (b"\x89PNG\r\n\x1a\n", (".png",)),
}
MEDIA_ALIASES = {"image/jpg": "image/jpeg", "image/pjpeg": "image/jpeg"}


def scan_type(content: bytes) -> str | None:
    """The media type of a scan judged by its first bytes, or None if not PDF/JPEG/PNG."""
    for media_type, (magic, _endings) in SCAN_TYPES.items():
        if content.startswith(magic):
            return media_type
    return None


def too_large_message(size: int) -> str:
    return _(
        "the file is {size:.1f} MB; a scanned copy may be at most 20 MB. Scan it again at a "
        "lower resolution (150–200 dpi) or in black and white."
    ).format(size=size / 1024 / 1024)


@dataclass(frozen=True, kw_only=True)
class ScanField(Field):
    """The bytes of a signed copy: PDF, JPEG or PNG by content, at most 20 MB."""

    def convert(self, raw: Any) -> bytes:
        if not isinstance(raw, bytes | bytearray | memoryview):
            raise TypeError("a scan is given as bytes")
        content = bytes(raw)
        if len(content) > MAX_SCAN_BYTES:
            raise FieldValueError(too_large_message(len(content)))
        kind = scan_type(content)
        if kind is None:
            raise FieldValueError(
                _(
                    "the file is not a PDF, JPEG or PNG (its content is checked, not its "
                    "name); save or scan the signed copy as PDF, JPEG or PNG."
                )
            )
        if kind == "application/pdf" and b"%%EOF" not in content[-1024:]:
            raise FieldValueError(
                _("the PDF file is incomplete (cut off); copy it from the scanner again.")
            )
        return content


AGREEMENT_REF = RefField(
    label=N_("Agreement"), required=True, model=Agreement, what=N_("agreement")
)


def _ending_rule(values: dict[str, Any]) -> str | None:
    media_type = scan_type(values.get("content") or b"")
    if media_type is None:
        return None
    endings = SCAN_TYPES[media_type][1]
    if PurePath(values.get("filename") or "").suffix.lower() not in endings:
        return _(
            "{field}: the name does not fit the content, which is {media_type}; rename the "
            "file to end in {ending}."
        ).format(field=_(N_("File name")), media_type=media_type, ending=endings[0])
    return None


class AgreementDocumentService(EntityService[AgreementDocument]):
    """Signed copies; add them with ``AgreementService.attach_scan``."""

    model = AgreementDocument
    label = N_("Scanned document")
    schema = Schema(
        {
            "agreement_id": AGREEMENT_REF,
            "filename": TextField(label=N_("File name"), required=True, max_length=255),
            "content": ScanField(label=N_("Scanned copy"), required=True),
        },
        (Check(("filename", "content"), _ending_rule),),
    )
    filterable = ("agreement_id",)
    sortable = {"created": "created_at", "filename": "filename"}
    default_sort = "created"

    def describe(self, obj: AgreementDocument) -> str:
        return obj.filename

    def derive(self, obj: AgreementDocument) -> None:
        content = bytes(obj.content)
        obj.media_type = scan_type(content) or "application/octet-stream"
        obj.size_bytes = len(content)
        obj.sha256 = hashlib.sha256(content).hexdigest()


def _renewal_rule(values: dict[str, Any]) -> str | None:
    new, previous, renewed = (
        values.get(k) for k in ("new_expiry", "previous_expiry", "renewed_on")
    )
    if new and previous and new <= previous:
        return _("{field}: the new expiry date must be after the current one, {date}.").format(
            field=_(N_("New expiry date")), date=format_date(previous, "short")
        )
    if new and renewed and new <= renewed:
        return _("{field}: the new expiry date must be after the date of renewal.").format(
            field=_(N_("New expiry date"))
        )
    return None


class AgreementRenewalService(EntityService[AgreementRenewal]):
    """Renewal records; renew through ``AgreementService.renew`` to move the expiry too."""

    model = AgreementRenewal
    label = N_("Agreement renewal")
    schema = Schema(
        {
            "agreement_id": AGREEMENT_REF,
            "renewed_on": DateField(label=N_("Date of renewal"), required=True),
            "previous_expiry": DateField(label=N_("Previous expiry date")),
            "new_expiry": DateField(label=N_("New expiry date"), required=True),
            "note": NotesField(label=N_("Note")),
        },
        (Check(("new_expiry", "previous_expiry", "renewed_on"), _renewal_rule),),
    )
    filterable = ("agreement_id",)
    sortable = {"renewed_on": "renewed_on"}
    default_sort = "renewed_on"

    def describe(self, obj: AgreementRenewal) -> str:
        return f"{format_date(obj.renewed_on, 'short')} → {format_date(obj.new_expiry, 'short')}"


class AgreementPartyService(ApprovedPartService[AgreementParty]):
    """A party and what it undertakes; the agreement's approval covers it."""

    model = AgreementParty
    parent_model = Agreement
    parent_key = "agreement_id"
    label = N_("Agreement party")
    schema = Schema(
        {
            "agreement_id": AGREEMENT_REF,
            "partner_id": RefField(label=N_("Partner"), model=Partner, what=N_("partner")),
            "obligations": NotesField(label=N_("Obligations")),
            "obligations_en": NotesField(label=N_("Obligations (English)")),
            "sequence": IntField(label=N_("Order in the list"), default=0),
        }
    )
    filterable = ("agreement_id", "partner_id")
    sortable = {"sequence": "sequence"}
    default_sort = "sequence"

    def describe(self, obj: AgreementParty) -> str:
        return obj.partner.name if obj.partner is not None else _("The office")

    def extra_problems(
        self, session: Session, values: Mapping[str, Any], obj: AgreementParty | None
    ) -> list[FieldProblem]:
        partner = values.get("partner_id")
        stmt = select(AgreementParty.id).where(
            AgreementParty.agreement_id == values["agreement_id"],
            AgreementParty.deleted_at.is_(None),
            AgreementParty.partner_id.is_(None)
            if partner is None
            else AgreementParty.partner_id == partner,
        )
        if obj is not None:
            stmt = stmt.where(AgreementParty.id != obj.id)
        if session.scalar(stmt.limit(1)) is None:
            return []
        return [
            FieldProblem(
                "partner_id",
                _(
                    "{field}: this party is already in the agreement; edit its entry instead."
                ).format(field=_(N_("Partner"))),
            )
        ]


def _witness_rule(values: dict[str, Any]) -> str | None:
    field = _(N_("Party"))
    if values.get("is_witness") and values.get("party_id") is not None:
        return _(
            "{field}: a witness signs for no party; clear the party or untick witness."
        ).format(field=field)
    if not values.get("is_witness") and values.get("party_id") is None:
        return _("{field}: choose the party this person signs for, or tick witness.").format(
            field=field
        )
    return None


class AgreementSignatoryService(EntityService[AgreementSignatory]):
    model = AgreementSignatory
    label = N_("Signatory")
    schema = Schema(
        {
            "agreement_id": AGREEMENT_REF,
            "party_id": RefField(label=N_("Party"), model=AgreementParty, what=N_("party")),
            "name": TextField(label=N_("Name of signatory"), required=True),
            "position": TextField(label=N_("Position")),
            "is_witness": BoolField(label=N_("Witness")),
            "sequence": IntField(label=N_("Order in the list"), default=0),
        },
        (Check(("party_id", "is_witness"), _witness_rule),),
    )
    filterable = ("agreement_id", "party_id")
    sortable = {"sequence": "sequence"}
    default_sort = "sequence"

    def extra_problems(
        self, session: Session, values: Mapping[str, Any], obj: AgreementSignatory | None
    ) -> list[FieldProblem]:
        party = session.get(AgreementParty, values["party_id"]) if values.get("party_id") else None
        if party is None or party.agreement_id == values["agreement_id"]:
            return []
        return [
            FieldProblem(
                "party_id",
                _(
                    "{field}: this party belongs to another agreement; choose a party of this one."
                ).format(field=_(N_("Party"))),
            )
        ]
