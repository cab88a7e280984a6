"""Writing the audit trail: one entry per write, in the writer's transaction, chained."""

from __future__ import annotations

import hashlib
import json
import uuid
from datetime import date, datetime, time
from decimal import Decimal
from enum import Enum
from typing import Any

from sqlalchemy import select, text
from sqlalchemy.orm import Session

from lao_desktop.db.types import utcnow
from lao_desktop.models.audit import AuditEntry
from lao_desktop.services.context import Actor

GENESIS = "0" * 64
HIDDEN = "***"  # personal data is recorded as changed, never in clear
_PG_AUDIT_LOCK = 0x4C414F  # serialises chain appends between PostgreSQL clients


def plain(value: Any) -> Any:
    """A JSON-friendly form of a column value."""
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, uuid.UUID | Decimal):
        return str(value)
    if isinstance(value, datetime | date | time):
        return value.isoformat()
    if isinstance(value, bytes):
        return f"<{len(value)} bytes>"
    return value


def entry_hash(prev_hash: str, entry: AuditEntry) -> str:
    content = json.dumps(
        [
            prev_hash,
            entry.at.isoformat(),
            str(entry.user_id) if entry.user_id else None,
            entry.username,
            entry.action,
            entry.entity,
            str(entry.entity_id) if entry.entity_id else None,
            entry.summary,
            entry.changes,
        ],
        ensure_ascii=False,
        separators=(",", ":"),
    )
    return hashlib.sha256(content.encode("utf-8")).hexdigest()


def record(
    session: Session,
    actor: Actor,
    action: str,
    entity: str,
    entity_id: uuid.UUID | None,
    summary: str,
    changes: dict[str, Any] | None = None,
) -> AuditEntry:
    if session.get_bind().dialect.name == "postgresql":
        session.execute(text("SELECT pg_advisory_xact_lock(:k)"), {"k": _PG_AUDIT_LOCK})
    prev = session.scalar(select(AuditEntry.hash).order_by(AuditEntry.id.desc()).limit(1))
    entry = AuditEntry(
        at=utcnow(),
        user_id=actor.user_id,
        username=actor.username,
        action=action,
        entity=entity,
        entity_id=entity_id,
        summary=summary[:500],
        changes=json.dumps(changes or {}, ensure_ascii=False, sort_keys=True),
        prev_hash=prev or GENESIS,
        hash="",
    )
    entry.hash = entry_hash(entry.prev_hash, entry)
    session.add(entry)
    return entry


def first_broken_entry(session: Session) -> int | None:
    """The id of the first entry whose chain link or content does not verify, else None."""
    prev = GENESIS
    for entry in session.scalars(select(AuditEntry).order_by(AuditEntry.id)).yield_per(2000):
        if entry.prev_hash != prev or entry_hash(prev, entry) != entry.hash:
            return entry.id
        prev = entry.hash
    return None
