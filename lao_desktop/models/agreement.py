"""Agreements (MOU, MOA, บันทึกข้อตกลง): parties, signatories, obligations, renewals, scans."""

from __future__ import annotations

import uuid
from datetime import date

from sqlalchemy import ForeignKey, LargeBinary, String, Text
from sqlalchemy.orm import Mapped, deferred, mapped_column, relationship

from lao_desktop.models.approval import Approvable
from lao_desktop.models.base import Named, Record, enum_type
from lao_desktop.models.enums import AgreementKind, AgreementStatus
from lao_desktop.models.network import Network
from lao_desktop.models.partner import Partner


class Agreement(Approvable, Named, Record):
    __tablename__ = "agreements"

    kind: Mapped[AgreementKind] = mapped_column(enum_type(AgreementKind))
    name_en: Mapped[str | None] = mapped_column(String(300))  # Thai–English MOUs
    reference_number: Mapped[str | None] = mapped_column(String(100))
    objectives: Mapped[str] = mapped_column(Text, default="")
    objectives_en: Mapped[str] = mapped_column(Text, default="")
    signed_on: Mapped[date | None]
    effective_on: Mapped[date | None]
    expires_on: Mapped[date | None] = mapped_column(index=True)
    status: Mapped[AgreementStatus] = mapped_column(enum_type(AgreementStatus), index=True)
    network_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("networks.id"), index=True)
    notes: Mapped[str] = mapped_column(Text, default="")

    network: Mapped[Network | None] = relationship()
    parties: Mapped[list[AgreementParty]] = relationship(
        back_populates="agreement", order_by="AgreementParty.sequence"
    )
    signatories: Mapped[list[AgreementSignatory]] = relationship(
        back_populates="agreement", order_by="AgreementSignatory.sequence"
    )
    renewals: Mapped[list[AgreementRenewal]] = relationship(
        back_populates="agreement", order_by="AgreementRenewal.renewed_on"
    )
    documents: Mapped[list[AgreementDocument]] = relationship(back_populates="agreement")


class AgreementParty(Record):
    """One party and what it undertakes. partner None: the office itself."""

    __tablename__ = "agreement_parties"

    agreement_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("agreements.id"), index=True)
    partner_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("partners.id"), index=True)
    obligations: Mapped[str] = mapped_column(Text, default="")
    obligations_en: Mapped[str] = mapped_column(Text, default="")
    sequence: Mapped[int] = mapped_column(default=0)

    agreement: Mapped[Agreement] = relationship(back_populates="parties")
    partner: Mapped[Partner | None] = relationship()


class AgreementSignatory(Record):
    """Who signs for a party, or signs as a witness (party None)."""

    __tablename__ = "agreement_signatories"

    agreement_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("agreements.id"), index=True)
    party_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("agreement_parties.id"))
    name: Mapped[str] = mapped_column(String(300))
    position: Mapped[str] = mapped_column(String(300), default="")
    is_witness: Mapped[bool] = mapped_column(default=False)
    sequence: Mapped[int] = mapped_column(default=0)

    agreement: Mapped[Agreement] = relationship(back_populates="signatories")
    party: Mapped[AgreementParty | None] = relationship()


class AgreementRenewal(Record):
    __tablename__ = "agreement_renewals"

    agreement_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("agreements.id"), index=True)
    renewed_on: Mapped[date]
    previous_expiry: Mapped[date | None]
    new_expiry: Mapped[date]
    note: Mapped[str] = mapped_column(Text, default="")

    agreement: Mapped[Agreement] = relationship(back_populates="renewals")


class AgreementDocument(Record):
    """The scanned signed copy, kept inside the database so that backups carry it."""

    __tablename__ = "agreement_documents"

    agreement_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("agreements.id"), index=True)
    filename: Mapped[str] = mapped_column(String(255))
    media_type: Mapped[str] = mapped_column(String(100))
    size_bytes: Mapped[int]
    sha256: Mapped[str] = mapped_column(String(64))
    content: Mapped[bytes] = deferred(mapped_column(LargeBinary))

    agreement: Mapped[Agreement] = relationship(back_populates="documents")
