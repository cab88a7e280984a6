"""What a person asks for when making a document: which record, which fiscal year, the
date to print, and the free text of a letter or memo."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from lao_desktop.services.audit_trail import AuditQuery


@dataclass(frozen=True)
class FreeText:
    """A letter or memo written by hand (command line arguments or a form)."""

    subject: str
    to: str  # เรียน …
    body: tuple[str, ...]  # one paragraph each
    reference: str = ""  # อ้างถึง
    enclosures: tuple[str, ...] = ()  # สิ่งที่ส่งมาด้วย
    signer: str | None = None  # None: the office's executive
    position: str | None = None


@dataclass(frozen=True)
class ReportOptions:
    record_id: uuid.UUID | None = None  # None: the most recent record of the kind's type
    year: int | None = None  # B.E. fiscal year; None: the current one
    today: date | None = None  # the date printed on the document; None: today
    text: FreeText | None = None
    audit: AuditQuery | None = None  # the audit report: which entries (None: all)

    @property
    def day(self) -> date:
        return self.today or date.today()
