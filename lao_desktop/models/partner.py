"""Partners (ภาคี) and their contact people."""

from __future__ import annotations

import uuid

from sqlalchemy import ForeignKey, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from lao_desktop.db.types import sort_key_type
from lao_desktop.models.base import Located, Named, Record, enum_type
from lao_desktop.models.enums import Level, Pillar, Sector


class Partner(Named, Located, Record):
    __tablename__ = "partners"

    short_name: Mapped[str | None] = mapped_column(String(100))
    sector: Mapped[Sector] = mapped_column(enum_type(Sector), index=True)
    pillar: Mapped[Pillar] = mapped_column(enum_type(Pillar), index=True)
    level: Mapped[Level] = mapped_column(enum_type(Level), index=True)
    address: Mapped[str] = mapped_column(Text, default="")
    phone: Mapped[str | None] = mapped_column(String(40))
    email: Mapped[str | None] = mapped_column(String(254))
    line_id: Mapped[str | None] = mapped_column(String(100))
    website: Mapped[str | None] = mapped_column(String(300))
    notes: Mapped[str] = mapped_column(Text, default="")

    contacts: Mapped[list[ContactPerson]] = relationship(
        back_populates="partner", order_by="ContactPerson.sort_key"
    )


class ContactPerson(Record):
    """A person to contact at a partner. Holds personal data (PDPA): national ID masked."""

    __tablename__ = "contact_persons"

    partner_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("partners.id"), index=True)
    title: Mapped[str] = mapped_column(String(50), default="")  # นาย นาง นางสาว ดร. …
    first_name: Mapped[str] = mapped_column(String(150))
    last_name: Mapped[str] = mapped_column(String(150), default="")
    sort_key: Mapped[str] = mapped_column(sort_key_type(), index=True)
    search_text: Mapped[str] = mapped_column(Text, default="")
    position: Mapped[str | None] = mapped_column(String(200))
    phone: Mapped[str | None] = mapped_column(String(40))
    line_id: Mapped[str | None] = mapped_column(String(100))
    email: Mapped[str | None] = mapped_column(String(254))
    national_id: Mapped[str | None] = mapped_column(String(13))
    is_primary: Mapped[bool] = mapped_column(default=False)
    notes: Mapped[str] = mapped_column(Text, default="")

    partner: Mapped[Partner] = relationship(back_populates="contacts")

    @property
    def full_name(self) -> str:
        # Thai titles attach to the name: "นายสมชาย ใจดี".
        return f"{self.title}{self.first_name} {self.last_name}".strip()
