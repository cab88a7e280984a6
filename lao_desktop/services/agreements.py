"""Agreements (MOU, MOA, บันทึกข้อตกลง): parties, signatories, renewals and the signed scan."""

from __future__ import annotations

import hashlib
import os
import uuid
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path, PurePath
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload, undefer

from lao_desktop.errors import DatabaseError, FieldProblem, NotFoundError, ValidationError
from lao_desktop.i18n import N_, _
from lao_desktop.models.agreement import (
    Agreement,
    AgreementDocument,
    AgreementParty,
    AgreementRenewal,
    AgreementSignatory,
)
from lao_desktop.models.enums import AgreementKind, AgreementStatus
from lao_desktop.models.network import Network
from lao_desktop.models.partner import Partner
from lao_desktop.services.context import ServiceContext
from lao_desktop.services.entity import EntityService
from lao_desktop.services.fields import (
    BoolField,
    Check,
    ChoiceField,
    DateField,
    Field,
    FieldValueError,
    IntField,
    NotesField,
    RefField,
    TextField,
)
from lao_desktop.services.permissions import Action, require
from lao_desktop.services.schema import Schema
from lao_desktop.thai.dates import format_date

MAX_SCAN_BYTES = 20 * 1024 * 1024
# media type -> (how the file starts, the file name endings it may have)
SCAN_TYPES = {
    "application/pdf": (b"%PDF-", (".pdf",)),
    "image/jpeg": (b"\xff\xd8\xff", (".jpg", ".jpeg", ".jpe")),
    "image/png": (b"\x89PNG\r\n\x1a\n", (".png",)),
}
_MEDIA_ALIASES = {"image/jpg": "image/jpeg", "image/pjpeg": "image/jpeg"}


def scan_type(content: bytes) -> str | None:
    """The media type of a scan judged by its first bytes, or None if not PDF/JPEG/PNG."""
    for media_type, (magic, _endings) in SCAN_TYPES.items():
        if content.startswith(magic):
            return media_type
    return None


def _too_large(size: int) -> str:
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
            raise FieldValueError(_too_large(len(content)))
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


_AGREEMENT = RefField(label=N_("Agreement"), required=True, model=Agreement, what=N_("agreement"))


def _dates_rule(values: dict[str, Any]) -> str | None:
    signed, effective = values.get("signed_on"), values.get("effective_on")
    if signed and effective and effective < signed:
        return _(
            "{field}: an agreement cannot take effect before it is signed; check both dates."
        ).format(field=_(N_("Effective date")))
    return None


def _expiry_rule(values: dict[str, Any]) -> str | None:
    start = values.get("effective_on") or values.get("signed_on")
    expires = values.get("expires_on")
    if start and expires and expires <= start:
        return _(
            "{field}: the agreement must expire after it takes effect (or is signed); check "
            "the year, which is in B.E."
        ).format(field=_(N_("Expiry date")))
    return None


class AgreementService(EntityService[Agreement]):
    model = Agreement
    label = N_("Agreement")
    schema = Schema(
        {
            "kind": ChoiceField(label=N_("Kind of agreement"), required=True, enum=AgreementKind),
            "name": TextField(label=N_("Agreement title (Thai)"), required=True),
            "name_en": TextField(label=N_("Agreement title (English)")),
            "reference_number": TextField(label=N_("Reference number"), max_length=100),
            "objectives": NotesField(label=N_("Objectives")),
            "objectives_en": NotesField(label=N_("Objectives (English)")),
            "signed_on": DateField(label=N_("Date signed")),
            "effective_on": DateField(label=N_("Effective date")),
            "expires_on": DateField(label=N_("Expiry date")),
            "status": ChoiceField(
                label=N_("Status"), enum=AgreementStatus, default=AgreementStatus.DRAFT
            ),
            "network_id": RefField(label=N_("Network"), model=Network, what=N_("network")),
            "notes": NotesField(label=N_("Notes")),
        },
        (
            Check(("effective_on", "signed_on"), _dates_rule),
            Check(("expires_on", "effective_on", "signed_on"), _expiry_rule),
        ),
    )
    filterable = ("kind", "status", "network_id")
    sortable = {"name": "sort_key", "signed": "signed_on", "expires": "expires_on"}
    date_column = "signed_on"
    detail_options = (
        selectinload(Agreement.parties),
        selectinload(Agreement.signatories),
        selectinload(Agreement.renewals),
        selectinload(Agreement.documents),
    )

    def __init__(self, ctx: ServiceContext) -> None:
        super().__init__(ctx)
        self.renewals = AgreementRenewalService(ctx)
        self.documents = AgreementDocumentService(ctx)

    def search_parts(self, obj: Agreement) -> list[str | None]:
        return [obj.name, obj.name_en, obj.reference_number]

    # -- expiry ---------------------------------------------------------------------------

    def expiring(self, within_days: int = 90, today: date | None = None) -> list[Agreement]:
        """Agreements in force that expire from today to ``within_days`` ahead, soonest first."""
        if within_days < 0:
            raise ValueError("within_days must not be negative")
        today = today or date.today()
        return self._active_where(
            Agreement.expires_on >= today,
            Agreement.expires_on <= today + timedelta(days=within_days),
        )

    def expired_but_active(self, today: date | None = None) -> list[Agreement]:
        """Agreements still marked in force whose expiry date has passed."""
        return self._active_where(Agreement.expires_on < (today or date.today()))

    @staticmethod
    def days_to_expiry(agreement: Agreement, today: date | None = None) -> int | None:
        """Days left (negative: expired that many days ago); None without an expiry date."""
        if agreement.expires_on is None:
            return None
        return (agreement.expires_on - (today or date.today())).days

    def _active_where(self, *conditions: Any) -> list[Agreement]:
        require(self.ctx.actor, Action.READ)
        stmt = (
            select(Agreement)
            .where(Agreement.deleted_at.is_(None), Agreement.status == AgreementStatus.ACTIVE)
            .where(*conditions)
            .order_by(Agreement.expires_on, Agreement.sort_key, Agreement.id)
        )
        with self.ctx.reading() as session:
            return list(session.scalars(stmt))

    # -- renewal and scans ----------------------------------------------------------------

    def renew(
        self,
        agreement_id: uuid.UUID,
        renewed_on: date | str,
        new_expiry: date | str,
        note: str = "",
        *,
        expected_version: int | None = None,
    ) -> AgreementRenewal:
        """Record a renewal and put the agreement in force until ``new_expiry``: both or
        neither."""
        require(self.ctx.actor, Action.WRITE)
        with self.ctx.transaction() as session:
            agreement = self._load(session, agreement_id, deleted=False)
            renewal = self.renewals.create(
                {
                    "agreement_id": agreement.id,
                    "renewed_on": renewed_on,
                    "previous_expiry": agreement.expires_on,
                    "new_expiry": new_expiry,
                    "note": note,
                }
            )
            try:
                self.update(
                    agreement.id,
                    {"expires_on": renewal.new_expiry, "status": AgreementStatus.ACTIVE},
                    expected_version=expected_version,
                )
            except ValidationError as error:  # shown next to the renewal form's field
                raise ValidationError(
                    [
                        FieldProblem(
                            "new_expiry" if p.field == "expires_on" else p.field, p.message
                        )
                        for p in error.problems
                    ]
                ) from None
        return renewal

    def attach_scan(
        self,
        agreement_id: uuid.UUID,
        path_or_bytes: str | os.PathLike[str] | bytes | bytearray,
        filename: str | None = None,
        media_type: str | None = None,
    ) -> AgreementDocument:
        """Store the signed copy (PDF, JPEG or PNG, at most 20 MB) with its SHA-256."""
        require(self.ctx.actor, Action.WRITE)
        label = _(N_("Scanned copy"))
        if isinstance(path_or_bytes, bytes | bytearray):
            content, default_name = bytes(path_or_bytes), "scan"
        else:
            path = Path(path_or_bytes)
            try:
                size = path.stat().st_size
                if size > MAX_SCAN_BYTES:  # refused before it is read into memory
                    problem = FieldProblem("content", f"{label}: {_too_large(size)}")
                    raise ValidationError([problem])
                content = path.read_bytes()
            except OSError as error:
                message = _(
                    "{field}: the file {path} cannot be read ({reason}); check that it exists "
                    "and is not open in another program."
                ).format(field=label, path=path, reason=error.strerror or error)
                raise ValidationError([FieldProblem("content", message)]) from None
            default_name = path.name
        name = PurePath(filename or default_name).name
        detected = scan_type(content)
        if detected is not None:
            known = {e for _magic, endings in SCAN_TYPES.values() for e in endings}
            if PurePath(name).suffix.lower() not in known:
                name += SCAN_TYPES[detected][1][0]
            given = (media_type or "").strip().lower()
            if given and _MEDIA_ALIASES.get(given, given) != detected:
                message = _(
                    "{field}: the file was given as {given} but its content is {actual}; "
                    "choose the right file."
                ).format(field=label, given=media_type, actual=detected)
                raise ValidationError([FieldProblem("media_type", message)])
        return self.documents.create(
            {"agreement_id": agreement_id, "filename": name, "content": content}
        )

    def scan_content(self, document_id: uuid.UUID) -> bytes:
        """The stored bytes of a signed copy, checked against their SHA-256."""
        require(self.ctx.actor, Action.READ)
        with self.ctx.reading() as session:
            doc = session.get(
                AgreementDocument, document_id, options=[undefer(AgreementDocument.content)]
            )
            if doc is None or doc.is_deleted:
                raise NotFoundError(_(AgreementDocumentService.label), document_id)
            content = bytes(doc.content)
            if hashlib.sha256(content).hexdigest() != doc.sha256:
                raise DatabaseError(
                    _(
                        "The stored scan {name} is damaged (its checksum does not match); "
                        "restore it from a backup or attach the signed copy again."
                    ).format(name=doc.filename)
                )
            return content


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
            "agreement_id": _AGREEMENT,
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
            "agreement_id": _AGREEMENT,
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


class AgreementPartyService(EntityService[AgreementParty]):
    model = AgreementParty
    label = N_("Agreement party")
    schema = Schema(
        {
            "agreement_id": _AGREEMENT,
            "partner_id": RefField(label=N_("Partner"), model=Partner, what=N_("partner")),
            "obligations": NotesField(label=N_("Obligations")),
            "obligations_en": NotesField(label=N_("Obligations (English)")),
            "sequence": IntField(label=N_("Order"), default=0),
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
            "agreement_id": _AGREEMENT,
            "party_id": RefField(label=N_("Party"), model=AgreementParty, what=N_("party")),
            "name": TextField(label=N_("Name of signatory"), required=True),
            "position": TextField(label=N_("Position")),
            "is_witness": BoolField(label=N_("Witness")),
            "sequence": IntField(label=N_("Order"), default=0),
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
