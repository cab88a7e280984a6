"""รายงานการประชุม: the title with ครั้งที่, เมื่อ (date), ณ (place); ผู้มาประชุม,
ผู้ไม่มาประชุม, ผู้เข้าร่วมประชุม with positions; เริ่มประชุมเวลา; each agenda item with its
มติที่ประชุม; the follow-up of earlier resolutions of the same committee or network;
เลิกประชุมเวลา; ผู้จดรายงานการประชุม and ผู้ตรวจรายงานการประชุม."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date, timedelta

from lao_desktop.documents.content.base import (
    Formats,
    OfficeInfo,
    Person,
    all_items,
    office_info,
    paragraphs,
    thai_label,
)
from lao_desktop.documents.content.letters import agenda_lines, meeting_number
from lao_desktop.documents.content.options import ReportOptions
from lao_desktop.models.decision import Decision, DecisionFollowUp
from lao_desktop.models.enums import AgendaKind, AttendanceStatus, DecisionStatus
from lao_desktop.models.meeting import Meeting
from lao_desktop.services.query import ListQuery
from lao_desktop.services.registry import Services

OPENING = "เมื่อครบองค์ประชุมแล้ว ประธานกล่าวเปิดการประชุมและดำเนินการประชุมตามระเบียบวาระ ดังนี้"
NOTED = "ที่ประชุมรับทราบ"
FINISHED = (DecisionStatus.DONE, DecisionStatus.CANCELLED)


@dataclass(frozen=True)
class Attendee:
    number: str  # ๑.
    name: str
    position: str
    note: str  # ลาประชุม (ติดราชการ), "" when nothing to add


@dataclass(frozen=True)
class Resolution:
    number: str  # มติที่ ๑
    text: str
    votes: str  # เห็นชอบ ๑๓ เสียง ไม่เห็นชอบ ๐ เสียง งดออกเสียง ๐ เสียง; "" when not counted
    responsible: tuple[str, ...]  # partners
    due: str  # กำหนดแล้วเสร็จ date, "" when none


@dataclass(frozen=True)
class MinutesItem:
    number: str  # ระเบียบวาระที่ ๔ (๔.๑ when a kind repeats)
    kind: AgendaKind  # the follow-up list belongs under AgendaKind.FOLLOW_UP
    title: str
    details: tuple[str, ...]
    resolutions: tuple[Resolution, ...]
    noted: str  # ที่ประชุมรับทราบ, for an item of information without a resolution


@dataclass(frozen=True)
class FollowUpLine:
    meeting: str  # ครั้งที่ ๒/๒๕๖๙ (7 ส.ค. 2569)
    number: str  # มติที่ ๑
    text: str
    responsible: tuple[str, ...]
    status: str  # as of the meeting date
    progress: str  # the latest report before the meeting: date and note


@dataclass(frozen=True)
class MinutesContent:
    office: OfficeInfo
    title: str  # รายงานการประชุม<meeting title without "การประชุม">
    number: str  # ครั้งที่ ๓/๒๕๖๙
    held_on: str  # วันศุกร์ที่ 14 สิงหาคม 2569
    place: str
    present: tuple[Attendee, ...]
    absent: tuple[Attendee, ...]  # absent and on leave
    invited: tuple[Attendee, ...]
    opened_at: str  # 13.30 น.
    chair: str
    opening: str
    items: tuple[MinutesItem, ...]
    follow_up: tuple[FollowUpLine, ...]
    closed_at: str
    minute_taker: Person
    checker: Person


def _attendees(meeting: Meeting, fmt: Formats, *statuses: AttendanceStatus) -> tuple[Attendee, ...]:
    rows = [a for a in meeting.attendance if a.status in statuses]
    result = []
    for n, row in enumerate(rows, start=1):
        note = row.note.strip()
        if row.status is AttendanceStatus.ON_LEAVE:
            note = f"ลาประชุม ({note})" if note else "ลาประชุม"
        result.append(Attendee(fmt.digits(f"{n}."), row.person_name, row.position_text or "", note))
    return tuple(result)


def _votes(decision: Decision, fmt: Formats) -> str:
    counts = (decision.votes_for, decision.votes_against, decision.votes_abstain)
    if all(c is None for c in counts):
        return ""
    words = ("เห็นชอบ", "ไม่เห็นชอบ", "งดออกเสียง")
    return " ".join(f"{w} {fmt.number(c or 0)} เสียง" for w, c in zip(words, counts, strict=True))


def _resolution(decision: Decision, names: dict[uuid.UUID, str], fmt: Formats) -> Resolution:
    responsible = tuple(
        sorted(filter(None, (names.get(r.partner_id) for r in decision.responsibles)))
    )
    return Resolution(
        number=fmt.digits(f"มติที่ {decision.number}"),
        text=fmt.digits(decision.text),
        votes=_votes(decision, fmt),
        responsible=responsible,
        due=fmt.date(decision.due_date),
    )


def minutes(services: Services, meeting_id: uuid.UUID, options: ReportOptions) -> MinutesContent:
    office = office_info(services)
    fmt = Formats(office.thai_digits)
    meeting = services.meetings.get(meeting_id)
    query = ListQuery(filters={"meeting_id": meeting.id}, sort="number", limit=1000)
    decisions = [services.decisions.get(d.id) for d in services.decisions.list(query).items]
    names = services.partners.names({r.partner_id for d in decisions for r in d.responsibles})
    by_item: dict[uuid.UUID | None, list[Decision]] = {}
    for decision in decisions:
        by_item.setdefault(decision.agenda_item_id, []).append(decision)
    kinds = list(AgendaKind)
    agenda = sorted(meeting.agenda, key=lambda a: (kinds.index(a.kind), a.sequence))
    # A resolution linked to no item is printed under the first item for consideration.
    loose = by_item.pop(None, [])
    home = next((a for a in agenda if a.kind is AgendaKind.FOR_DECISION), None) or (
        agenda[-1] if agenda else None
    )
    if home is not None:
        by_item[home.id] = sorted([*by_item.get(home.id, []), *loose], key=lambda d: d.number)
    known = {a.id for a in agenda}
    items = []
    for item, line in zip(agenda, agenda_lines(meeting, fmt), strict=True):
        resolutions = tuple(_resolution(d, names, fmt) for d in by_item.get(item.id, []))
        informative = item.kind in (AgendaKind.ANNOUNCEMENTS, AgendaKind.OTHER)
        items.append(
            MinutesItem(
                number=line.number,
                kind=item.kind,
                title=line.title,
                details=tuple(fmt.digits(p) for p in paragraphs(item.details)),
                resolutions=resolutions,
                noted=NOTED if informative and not resolutions else "",
            )
        )
    for item_id, orphans in by_item.items():  # linked to an item in the trash
        if item_id is not None and item_id not in known:
            title = thai_label(AgendaKind.OTHER)
            resolutions = tuple(_resolution(d, names, fmt) for d in orphans)
            items.append(MinutesItem("", AgendaKind.OTHER, title, (), resolutions, ""))
    group = meeting.committee or meeting.network
    title = f"รายงาน{meeting.title}" if meeting.title.startswith("การประชุม") else meeting.title
    return MinutesContent(
        office=office,
        title=title if group is None or group.name in title else f"{title} {group.name}",
        number=meeting_number(meeting, fmt),
        held_on=fmt.weekday_date(meeting.meeting_date),
        place=meeting.place,
        present=_attendees(meeting, fmt, AttendanceStatus.PRESENT),
        absent=_attendees(meeting, fmt, AttendanceStatus.ABSENT, AttendanceStatus.ON_LEAVE),
        invited=_attendees(meeting, fmt, AttendanceStatus.INVITED),
        opened_at=fmt.time(meeting.start_time),
        chair=meeting.chair_name or "",
        opening=OPENING,
        items=tuple(items),
        follow_up=follow_up(services, meeting, fmt),
        closed_at=fmt.time(meeting.end_time),
        minute_taker=Person(meeting.minutes_taker or "", "ผู้จดรายงานการประชุม"),
        checker=Person(meeting.minutes_checker or "", "ผู้ตรวจรายงานการประชุม"),
    )


def status_on(
    decision: Decision, reports: list[DecisionFollowUp], day: date
) -> tuple[DecisionStatus, DecisionFollowUp | None]:
    """The resolution's status as it stood on ``day``: that of the latest report up to then."""
    before = [r for r in reports if r.reported_on <= day]
    latest = max(before, key=lambda r: (r.reported_on, r.created_at), default=None)
    if latest is not None:
        return latest.status, latest
    done = decision.status is DecisionStatus.DONE
    if done and decision.completed_on is not None and decision.completed_on <= day:
        return DecisionStatus.DONE, None
    return DecisionStatus.PENDING, None


def follow_up(services: Services, meeting: Meeting, fmt: Formats) -> tuple[FollowUpLine, ...]:
    """Resolutions of the earlier meetings of the same committee or network still open on
    the meeting day, and those finished since the previous meeting (reported at this one)."""
    series = {"committee_id": meeting.committee_id, "network_id": meeting.network_id}
    day_before = meeting.meeting_date - timedelta(days=1)
    query = ListQuery(filters=series, date_to=day_before, sort="date")
    earlier = list(all_items(services.meetings, query))
    if not earlier:
        return ()
    previous_day = earlier[-1].meeting_date
    held = {m.id: m for m in earlier}
    decisions = list(
        all_items(services.decisions, ListQuery(filters={"meeting_id": list(held)}, sort="number"))
    )
    ids = [d.id for d in decisions]
    reports: dict[uuid.UUID, list[DecisionFollowUp]] = {}
    responsible: dict[uuid.UUID, list[uuid.UUID]] = {}
    if ids:
        for report in all_items(
            services.decision_follow_ups, ListQuery(filters={"decision_id": ids})
        ):
            reports.setdefault(report.decision_id, []).append(report)
        rows = all_items(services.decision_responsibles, ListQuery(filters={"decision_id": ids}))
        for row in rows:
            responsible.setdefault(row.decision_id, []).append(row.partner_id)
    names = services.partners.names({p for ps in responsible.values() for p in ps})
    lines = []
    decisions.sort(
        key=lambda d: (held[d.meeting_id].meeting_date, held[d.meeting_id].number, d.number)
    )
    for decision in decisions:
        status, latest = status_on(decision, reports.get(decision.id, []), meeting.meeting_date)
        finished_since = (
            status in FINISHED and latest is not None and latest.reported_on >= previous_day
        )
        if status in FINISHED and not finished_since:
            continue
        source = held[decision.meeting_id]
        progress = ""
        if latest is not None:
            progress = f"{fmt.date(latest.reported_on, 'abbr')} {fmt.digits(latest.note)}".strip()
        lines.append(
            FollowUpLine(
                meeting=f"{meeting_number(source, fmt)} ({fmt.date(source.meeting_date, 'abbr')})",
                number=fmt.digits(f"มติที่ {decision.number}"),
                text=fmt.digits(decision.text),
                responsible=tuple(
                    sorted(filter(None, (names.get(p) for p in responsible.get(decision.id, []))))
                ),
                status=thai_label(status),
                progress=progress,
            )
        )
    return tuple(lines)
