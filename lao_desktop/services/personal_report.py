"""A data subject's copy of everything the office holds about them (PDPA section 30), and
its machine-readable form: a JSON file.

The report is gathered by ``PersonalDataService.export_person`` (administrators only,
audited as "export"); the readable form is the document kind ``person``.
"""

from __future__ import annotations

import json
import os
import uuid
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from sqlalchemy import and_, or_, select
from sqlalchemy.orm import Session

from lao_desktop.files import write_atomically
from lao_desktop.models.audit import AuditEntry
from lao_desktop.models.partner import ContactPerson, Partner
from lao_desktop.services.national_ids import stored_national_id
from lao_desktop.services.personal_records import Finding, find_records, row_values

FORMAT = "lao-desktop person report 1"
# Rows that stand for the person (their audit entries are about them); the other findings
# only mention the person in a record about something else (a meeting, an agreement).
PERSON_ROWS = frozenset({"committee_members", "meeting_attendance", "agreement_signatories"})


@dataclass(frozen=True)
class HeldRecord:
    kind: str  # msgid, e.g. "Committee membership"
    table: str
    record_id: uuid.UUID
    found_by: str  # "link": the row points at the contact; "name": it names the person
    kept: bool  # erasure keeps it as it is (a record the law requires)
    summary: str
    values: dict[str, Any]  # every column of the row, JSON-friendly


@dataclass(frozen=True)
class AuditLine:
    at: datetime
    username: str
    action: str
    entity: str
    entity_id: uuid.UUID | None
    summary: str
    changes: dict[str, Any]


@dataclass(frozen=True)
class PersonReport:
    """Every field held about one contact person, their records in other tables, and the
    audit entries about them. The national ID number is in clear: it is the subject's own."""

    contact_id: uuid.UUID
    full_name: str
    partner_id: uuid.UUID
    partner_name: str
    person: dict[str, Any]  # every column of the contact, JSON-friendly
    records: tuple[HeldRecord, ...]
    audit: tuple[AuditLine, ...]
    made_at: datetime
    made_by: str

    def to_dict(self) -> dict[str, Any]:
        return {
            "format": FORMAT,
            "made_at": self.made_at.isoformat(),
            "made_by": self.made_by,
            "person": self.person,
            "partner": {"id": str(self.partner_id), "name": self.partner_name},
            "records": [
                {
                    "kind": r.kind,
                    "table": r.table,
                    "id": str(r.record_id),
                    "found_by": r.found_by,
                    "kept_on_erasure": r.kept,
                    "summary": r.summary,
                    "values": r.values,
                }
                for r in self.records
            ],
            "audit": [
                {
                    "at": a.at.isoformat(),
                    "user": a.username,
                    "action": a.action,
                    "table": a.entity,
                    "id": str(a.entity_id) if a.entity_id else None,
                    "summary": a.summary,
                    "changes": a.changes,
                }
                for a in self.audit
            ],
        }

    def to_json(self) -> str:
        return json.dumps(self.to_dict(), ensure_ascii=False, indent=2, sort_keys=False)


def write_json(report: PersonReport, out: str | os.PathLike[str]) -> Path:
    """The report as a UTF-8 JSON file, written whole or not at all."""
    target = Path(out)
    write_atomically(target, (report.to_json() + "\n").encode("utf-8"))
    return target


def gather(
    session: Session, contact: ContactPerson, made_by: str, made_at: datetime
) -> PersonReport:
    """The report of ``contact`` as the database holds it now (inside ``session``)."""
    person = row_values(contact)
    person["national_id"] = stored_national_id(session, contact.id)  # theirs: in clear
    partner = session.get(Partner, contact.partner_id)
    findings = find_records(session, contact)
    return PersonReport(
        contact_id=contact.id,
        full_name=contact.full_name,
        partner_id=contact.partner_id,
        partner_name=partner.name if partner is not None else "",
        person=person,
        records=tuple(_held(f) for f in findings),
        audit=tuple(_audit_lines(session, contact.id, findings)),
        made_at=made_at,
        made_by=made_by,
    )


def _held(finding: Finding) -> HeldRecord:
    return HeldRecord(
        kind=finding.kind,
        table=finding.table,
        record_id=finding.row.id,
        found_by=finding.found_by,
        kept=finding.kept,
        summary=finding.summary,
        values=row_values(finding.row),
    )


def _audit_lines(
    session: Session, contact_id: uuid.UUID, findings: list[Finding]
) -> list[AuditLine]:
    e = AuditEntry
    about = [and_(e.entity == "contact_persons", e.entity_id == contact_id)]
    by_table: dict[str, list[uuid.UUID]] = {}
    for finding in findings:
        if finding.table in PERSON_ROWS:
            by_table.setdefault(finding.table, []).append(finding.row.id)
    about += [and_(e.entity == t, e.entity_id.in_(ids)) for t, ids in by_table.items()]
    stmt = select(e).where(or_(*about)).order_by(e.id)
    return [
        AuditLine(
            at=entry.at,
            username=entry.username,
            action=entry.action,
            entity=entry.entity,
            entity_id=entry.entity_id,
            summary=entry.summary,
            changes=_changes(entry.changes),
        )
        for entry in session.scalars(stmt)
    ]


def _changes(text: str) -> dict[str, Any]:
    try:
        value = json.loads(text or "{}")
    except ValueError:
        return {}
    return {str(k): v for k, v in value.items()} if isinstance(value, dict) else {}
