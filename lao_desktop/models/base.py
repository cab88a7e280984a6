"""The declarative base and what every record has.

Every record has a stable UUID (offices exchange data as files and merge by it), who
created and last changed it and when, a version number that turns a lost update into a
conflict the clerk is told about, and recoverable deletion (``deleted_at``).
The "who" columns hold user UUIDs without a foreign key: records merged in from another
office carry users this database does not know.
"""

from __future__ import annotations

import uuid
from datetime import date, datetime
from decimal import Decimal
from enum import Enum
from typing import Any

from sqlalchemy import Date, MetaData, String, Text, Uuid
from sqlalchemy import Enum as SqlEnum
from sqlalchemy.orm import DeclarativeBase, Mapped, declared_attr, mapped_column

from lao_desktop.db.decimal_types import Money
from lao_desktop.db.types import UTCDateTime, sort_key_type, utcnow

NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)
    type_annotation_map = {
        uuid.UUID: Uuid(),
        datetime: UTCDateTime(),
        date: Date(),
        Decimal: Money(),
        str: String(255),
    }


class Record(Base):
    """Abstract base of every table except the audit trail."""

    __abstract__ = True

    id: Mapped[uuid.UUID] = mapped_column(primary_key=True, default=uuid.uuid4)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    created_by: Mapped[uuid.UUID | None]
    updated_at: Mapped[datetime] = mapped_column(default=utcnow, onupdate=utcnow)
    updated_by: Mapped[uuid.UUID | None]
    deleted_at: Mapped[datetime | None]
    deleted_by: Mapped[uuid.UUID | None]
    version: Mapped[int] = mapped_column(default=1)

    @declared_attr.directive
    def __mapper_args__(cls) -> dict[str, Any]:
        return {"version_id_col": cls.__table__.c.version}

    @property
    def is_deleted(self) -> bool:
        return self.deleted_at is not None


def long_text() -> Any:
    """Unbounded text (vision, minutes, obligations)."""
    return mapped_column(Text, default="")


def enum_type(enum: type[Enum]) -> SqlEnum:
    """Stored as the member's value in a plain string column (no native enum to migrate)."""
    return SqlEnum(
        enum,
        native_enum=False,
        create_constraint=False,
        length=30,
        values_callable=lambda members: [m.value for m in members],
        validate_strings=True,
    )


class Located:
    """A place from the national dataset (geothai codes) plus the village number."""

    province_code: Mapped[str | None] = mapped_column(String(2), index=True)
    district_code: Mapped[str | None] = mapped_column(String(4))
    subdistrict_code: Mapped[str | None] = mapped_column(String(6))
    moo: Mapped[int | None]  # หมู่ที่


class Named:
    """A name shown in lists: kept with its Thai sort key and the folded search text."""

    name: Mapped[str] = mapped_column(String(300))
    sort_key: Mapped[str] = mapped_column(sort_key_type(), index=True)
    search_text: Mapped[str] = mapped_column(Text, default="")
