"""The audit trail: who did what to which record, when, with the old and new values.

Append-only (database triggers refuse UPDATE and DELETE, see the first migration) and
chained: each entry carries the SHA-256 of the previous entry's hash and its own content.
"""

from __future__ import annotations

import uuid
from datetime import datetime

from sqlalchemy import Index, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from lao_desktop.db.types import utcnow
from lao_desktop.models.base import Base


class AuditEntry(Base):
    __tablename__ = "audit_log"

    id: Mapped[int] = mapped_column(primary_key=True, autoincrement=True)
    at: Mapped[datetime] = mapped_column(default=utcnow)
    user_id: Mapped[uuid.UUID | None]
    username: Mapped[str] = mapped_column(String(100))
    action: Mapped[str] = mapped_column(String(20))  # create update delete restore view export
    entity: Mapped[str] = mapped_column(String(50))  # table name
    entity_id: Mapped[uuid.UUID | None]
    summary: Mapped[str] = mapped_column(String(500), default="")
    changes: Mapped[str] = mapped_column(Text, default="{}")  # JSON {field: [old, new]}
    prev_hash: Mapped[str] = mapped_column(String(64))
    hash: Mapped[str] = mapped_column(String(64))

    __table_args__ = (
        Index("ix_audit_log_entity", "entity", "entity_id"),
        Index("ix_audit_log_at", "at"),
    )
