"""The audit report (รายงานร่องรอยการตรวจสอบการใช้งานระบบ): the entries of the audit trail a
person chose (filters), newest first, and at the end the latest hash of the WHOLE trail with
whether its chain verified when printed. A printed copy keeps that hash: if newest entries
are cut off later, ``lao-desktop audit verify --head HASH`` no longer finds it.

Only executives and administrators may print it (the services refuse anyone else)."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import datetime

from lao_desktop.documents.content.base import Formats, OfficeInfo, office_info
from lao_desktop.documents.content.options import ReportOptions
from lao_desktop.models.audit import AuditEntry
from lao_desktop.services.audit import Progress
from lao_desktop.services.audit_labels import (
    action_label,
    broken_text,
    change_lines,
    entity_label,
)
from lao_desktop.services.audit_trail import EVERY_ENTRY, AuditQuery
from lao_desktop.services.query import MAX_PAGE
from lao_desktop.services.registry import Services
from lao_desktop.thai.dates import format_datetime_be

MAX_ROWS = 5000  # ~250 landscape pages; narrow the filters for more
MAX_CHANGE_LINES = 4  # per entry; the rest is counted ("และอีก ๓ รายการ")
TH = "th"  # documents are Thai whatever the interface language


@dataclass(frozen=True)
class AuditRow:
    number: str  # the entry's number in the trail (its id)
    time: str  # 21 พ.ย. 2569 14:05 น.
    user: str
    action: str
    record: str  # the kind of record
    summary: str
    changes: tuple[str, ...]


@dataclass(frozen=True)
class AuditContent:
    office: OfficeInfo
    title: str
    as_of: str
    filters: tuple[str, ...]  # the filters used, one line each ("ทุกรายการ" when none)
    rows: tuple[AuditRow, ...]
    count: str  # the entries matching the filters
    truncated: str  # "" or a note that only the newest MAX_ROWS are printed
    trail_entries: str  # all entries of the trail
    head_hash: str  # the newest entry's hash (never in Thai digits: it is compared)
    head_entry: str  # "รายการที่ 2,804 เมื่อ 21 พ.ย. 2569 14:05 น."
    verified: bool
    verification: str  # what the check found, in a sentence


def audit(
    services: Services, options: ReportOptions, progress: Progress | None = None
) -> AuditContent:
    office = office_info(services)
    fmt = Formats(office.thai_digits)
    query = options.audit or EVERY_ENTRY
    trail = services.audit_trail
    first = trail.list(replace(query, offset=0, limit=1))  # refuses a clerk before any work
    entries = _newest(services, query)
    check = trail.verify(progress=progress)
    head = trail.head()
    names = trail.names_for(e for e in entries if e.action != "create")
    rows = tuple(_row(e, fmt, names) for e in entries)
    printed = format_datetime_be(datetime.now().astimezone(), "full", fmt.thai_digits)
    if check.broken is None:
        verification = (
            f"ตรวจสอบห่วงโซ่ของบันทึกทั้งหมด {fmt.number(check.entries)} รายการ ณ เวลาที่พิมพ์: "
            "ถูกต้องครบถ้วน ไม่พบการแก้ไขหรือลบรายการ"
        )
    else:
        verification = "พบความผิดปกติ ณ เวลาที่พิมพ์: " + broken_text(check, None, TH, office.thai_digits)
    return AuditContent(
        office=office,
        title="รายงานร่องรอยการตรวจสอบการใช้งานระบบ",
        as_of=f"{office.name} ข้อมูล ณ {printed}",
        filters=_filters(query, fmt),
        rows=rows,
        count=fmt.number(first.total),
        truncated=(
            f"พิมพ์เฉพาะ {fmt.number(len(rows))} รายการล่าสุด จากที่ตรงกับเงื่อนไข "
            f"{fmt.number(first.total)} รายการ (ระบุเงื่อนไขให้แคบลงเพื่อพิมพ์รายการอื่น)"
            if first.total > len(rows)
            else ""
        ),
        trail_entries=fmt.number(check.entries if check.intact else trail.count()),
        head_hash=head.hash if head else "-",
        head_entry=(
            f"รายการที่ {fmt.number(head.id)} เมื่อ "
            f"{format_datetime_be(head.at.astimezone(), 'abbr', fmt.thai_digits)}"
            if head
            else "ยังไม่มีรายการ"
        ),
        verified=check.intact,
        verification=verification,
    )


def _newest(services: Services, query: AuditQuery) -> list[AuditEntry]:
    """The newest MAX_ROWS entries ``query`` matches, newest first."""
    found: list[AuditEntry] = []
    while len(found) < MAX_ROWS:
        want = min(MAX_PAGE, MAX_ROWS - len(found))
        page = services.audit_trail.list(replace(query, offset=len(found), limit=want))
        found.extend(page.items)
        if len(page.items) < want:
            break
    return found


def _row(entry: AuditEntry, fmt: Formats, names: dict[str, str]) -> AuditRow:
    # What a new record holds is on its own page; the report keeps what was changed.
    changes = [] if entry.action == "create" else change_lines(entry, TH, fmt.thai_digits, names)
    if len(changes) > MAX_CHANGE_LINES:
        more = len(changes) - MAX_CHANGE_LINES + 1
        changes = [*changes[: MAX_CHANGE_LINES - 1], f"และอีก {fmt.number(more)} รายการ"]
    return AuditRow(
        number=fmt.number(entry.id),
        time=format_datetime_be(entry.at.astimezone(), "abbr", fmt.thai_digits),
        user=entry.username,
        action=action_label(entry.action, TH),
        record=entity_label(entry.entity, TH),
        # Digits of prose are printed as the office chose by the text engine, which keeps
        # ids and other words with Latin letters as they are.
        summary=entry.summary,
        changes=tuple(changes),
    )


def _filters(query: AuditQuery, fmt: Formats) -> tuple[str, ...]:
    lines = []
    if query.user:
        lines.append(f"ผู้ใช้: {query.user}")
    if query.entity:
        lines.append(f"ประเภทข้อมูล: {entity_label(query.entity, TH)}")
    if query.entity_id:
        lines.append(f"รายการข้อมูลรหัส: {query.entity_id}")
    if query.action:
        lines.append(f"การดำเนินการ: {action_label(query.action, TH)}")
    if query.date_from or query.date_to:
        lines.append(f"ช่วงเวลา: {fmt.period(query.date_from, query.date_to)}")
    if query.text.strip():
        lines.append(f"ข้อความในสรุปมีคำว่า: “{query.text.strip()}”")
    return tuple(lines) or ("ทุกรายการ",)
