"""The decision follow-up tracker: every resolution not yet done (nor cancelled), the
overdue ones first (most overdue first), then by due date; with the meeting it came from,
the partners responsible, the due date and the latest follow-up report."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date

from lao_desktop.documents.content.base import (
    Formats,
    OfficeInfo,
    all_items,
    office_info,
    thai_label,
)
from lao_desktop.documents.content.letters import meeting_number
from lao_desktop.documents.content.options import ReportOptions
from lao_desktop.models.decision import Decision, DecisionFollowUp
from lao_desktop.models.enums import DecisionStatus
from lao_desktop.services.query import ListQuery
from lao_desktop.services.registry import Services

OPEN = [DecisionStatus.PENDING, DecisionStatus.IN_PROGRESS]


@dataclass(frozen=True)
class FollowUpRow:
    number: str
    meeting: str  # ครั้งที่ ๓/๒๕๖๙ การประชุม…
    meeting_date: str
    resolution: str  # มติที่ ๒
    text: str
    responsible: tuple[str, ...]
    due: str  # "" when no due date
    overdue_days: int  # 0 when not overdue
    overdue_text: str  # เกินกำหนด ๑๒ วัน
    status: str
    latest: str  # date and note of the latest report, "" when none


@dataclass(frozen=True)
class FollowUpContent:
    office: OfficeInfo
    title: str
    as_of: str
    rows: tuple[FollowUpRow, ...]
    open_count: str
    overdue_count: str


def _order(decision: Decision, today: date) -> tuple[int, date, int]:
    due = decision.due_date
    overdue = due is not None and due < today
    return (0 if overdue else 1, due or date.max, decision.number)


def followup(services: Services, options: ReportOptions) -> FollowUpContent:
    office = office_info(services)
    fmt = Formats(office.thai_digits)
    today = options.day
    decisions = list(all_items(services.decisions, ListQuery(filters={"status": OPEN})))
    meetings = {m.id: m for m in all_items(services.meetings, ListQuery())}
    decisions = [d for d in decisions if d.meeting_id in meetings]  # not of a deleted meeting
    decisions.sort(
        key=lambda d: (*_order(d, today)[:2], meetings[d.meeting_id].meeting_date, d.number)
    )
    ids = [d.id for d in decisions]
    latest: dict[uuid.UUID, DecisionFollowUp] = {}
    responsible: dict[uuid.UUID, list[uuid.UUID]] = {}
    if ids:
        reports = ListQuery(filters={"decision_id": ids}, sort="reported_on")
        for report in all_items(services.decision_follow_ups, reports):
            latest[report.decision_id] = report  # the last one by date wins
        for row in all_items(
            services.decision_responsibles, ListQuery(filters={"decision_id": ids})
        ):
            responsible.setdefault(row.decision_id, []).append(row.partner_id)
    names = services.partners.names({p for ps in responsible.values() for p in ps})
    rows = []
    for n, d in enumerate(decisions, start=1):
        meeting = meetings[d.meeting_id]
        late = (today - d.due_date).days if d.due_date is not None and d.due_date < today else 0
        report = latest.get(d.id)
        rows.append(
            FollowUpRow(
                number=fmt.number(n),
                meeting=f"{meeting_number(meeting, fmt)} {meeting.title}",
                meeting_date=fmt.date(meeting.meeting_date, "abbr"),
                resolution=fmt.digits(f"มติที่ {d.number}"),
                text=fmt.digits(d.text),
                responsible=tuple(
                    sorted(filter(None, (names.get(p) for p in responsible.get(d.id, []))))
                ),
                due=fmt.date(d.due_date, "abbr"),
                overdue_days=late,
                overdue_text=f"เกินกำหนด {fmt.number(late)} วัน" if late else "",
                status=thai_label(d.status),
                latest=(
                    f"{fmt.date(report.reported_on, 'abbr')} {fmt.digits(report.note)}".strip()
                    if report
                    else ""
                ),
            )
        )
    return FollowUpContent(
        office=office,
        title=f"รายงานการติดตามผลการดำเนินงานตามมติที่ประชุม {office.name}",
        as_of=f"ข้อมูล ณ วันที่ {fmt.date(today)}",
        rows=tuple(rows),
        open_count=fmt.number(len(rows)),
        overdue_count=fmt.number(sum(1 for r in rows if r.overdue_days)),
    )
