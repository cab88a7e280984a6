"""Agreements (MOU, MOA, บันทึกข้อตกลง): parties, signatories, renewals and the signed scan."""

from __future__ import annotations

import hashlib
import os
import uuid
from datetime import date, timedelta
from pathlib import Path, PurePath
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import selectinload, undefer

from lao_desktop.errors import DatabaseError, FieldProblem, NotFoundError, ValidationError
from lao_desktop.i18n import N_, _
from lao_desktop.models.agreement import (
    Agreement,
    AgreementDocument,
    AgreementRenewal,
)
from lao_desktop.models.enums import AgreementKind, AgreementStatus
from lao_desktop.models.network import Network
from lao_desktop.services.agreement_parts import (
    MAX_SCAN_BYTES,
    MEDIA_ALIASES,
    SCAN_TYPES,
    AgreementDocumentService,
    AgreementRenewalService,
    scan_type,
    too_large_message,
)
from lao_desktop.services.approval import ApprovableService
from lao_desktop.services.context import ServiceContext
from lao_desktop.services.fields import (
    Check,
    ChoiceField,
    DateField,
    NotesField,
    RefField,
    TextField,
)
from lao_desktop.services.permissions import Action, require
from lao_desktop.services.schema import Schema


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


class AgreementService(ApprovableService[Agreement]):
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
    filterable = ("kind", "status", "network_id", "approved")
    sortable = {
        "name": "sort_key",
        "signed": "signed_on",
        "expires": "expires_on",
        "approved": "approved_at",
    }
    # The executive approves the text before signing; recording the signing (date, number,
    # status) or a note afterwards keeps the approval.
    approval_keeps = frozenset({"signed_on", "effective_on", "reference_number", "status", "notes"})
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
                    problem = FieldProblem("content", f"{label}: {too_large_message(size)}")
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
            if given and MEDIA_ALIASES.get(given, given) != detected:
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
