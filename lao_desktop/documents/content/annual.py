"""The annual network report of a fiscal year: the evidence an office shows for the LPA
assessment, ITA and the KPI award. Counts of partners by level, sector and pillar; the
networks and committees; meetings held and their resolutions; exchange value by month and
by kind; agreements signed and in force; joint plans and activities.

Chart data is given as plain series (label, value) for the layout to draw.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from lao_desktop.documents.content.base import (
    Formats,
    OfficeInfo,
    all_items,
    office_info,
    report_year,
    thai_label,
)
from lao_desktop.documents.content.options import ReportOptions
from lao_desktop.models.enums import AgreementStatus, DecisionStatus, Level, Pillar, Sector
from lao_desktop.services.query import ListQuery
from lao_desktop.services.registry import Services
from lao_desktop.thai.fiscal import fiscal_year_range


@dataclass(frozen=True)
class Point:
    label: str
    value: float  # what a chart draws
    shown: str  # the value as printed beside it


@dataclass(frozen=True)
class Series:
    title: str
    unit: str  # ภาคี, บาท …
    points: tuple[Point, ...]


@dataclass(frozen=True)
class Line:
    """One row of a simple list: its cells as printed."""

    cells: tuple[str, ...]


@dataclass(frozen=True)
class Table:
    title: str
    headers: tuple[str, ...]
    rows: tuple[Line, ...]


@dataclass(frozen=True)
class AnnualContent:
    office: OfficeInfo
    title: str
    fiscal_year: int
    period: str
    as_of: str
    highlights: tuple[tuple[str, str], ...]  # (what, how many) for the summary box
    partners_by_level: Series
    partners_by_sector: Series
    partners_by_pillar: Series
    exchange_by_month: Series
    exchange_by_kind: Series
    resolutions: Series  # done, in progress/not started, overdue, cancelled
    networks: Table
    committees: Table
    meetings: Table
    agreements: Table
    plans: Table
    activities: Table


def _series(
    title: str, unit: str, counts: dict[Any, int], members: list[Any], fmt: Formats
) -> Series:
    points = tuple(
        Point(thai_label(m), float(counts.get(m, 0)), fmt.number(counts.get(m, 0))) for m in members
    )
    return Series(title, unit, points)


def annual(services: Services, options: ReportOptions) -> AnnualContent:
    office = office_info(services)
    fmt = Formats(office.thai_digits)
    year = report_year(options.year, options.day)
    first, last = fiscal_year_range(year)
    until = min(last, options.day)  # what had happened by the end of the year or today
    counts = services.partners.counts_by("level", "sector", "pillar")
    partners_total = sum(counts["level"].values())

    networks = list(all_items(services.networks, ListQuery()))
    network_rows = []
    for n, net in enumerate(networks, start=1):
        members = len(services.network_members.members_of(net.id, on=until))
        network_rows.append(
            Line(
                (
                    fmt.number(n),
                    net.name,
                    thai_label(net.level),
                    thai_label(net.pillar),
                    fmt.number(members),
                )
            )
        )
    committees = list(all_items(services.committees, ListQuery()))
    committee_rows = []
    for n, c in enumerate(committees, start=1):
        seated = len(services.committees.current_members(c.id, on=until))
        order = (
            fmt.digits(f"{c.order_number} ({fmt.date(c.order_date, 'abbr')})")
            if c.order_number
            else ""
        )
        committee_rows.append(Line((fmt.number(n), c.name, order, fmt.number(seated))))

    held = [
        m
        for m in all_items(services.meetings, ListQuery(fiscal_year=year, sort="date"))
        if m.meeting_date <= options.day
    ]
    meeting_rows = []
    resolution_counts: dict[Any, int] = {}
    overdue = 0
    for n, m in enumerate(held, start=1):
        made = list(all_items(services.decisions, ListQuery(filters={"meeting_id": m.id})))
        for d in made:
            resolution_counts[d.status] = resolution_counts.get(d.status, 0) + 1
            still_open = d.status in (DecisionStatus.PENDING, DecisionStatus.IN_PROGRESS)
            if still_open and d.due_date is not None and d.due_date < options.day:
                overdue += 1
        meeting_rows.append(
            Line(
                (
                    fmt.number(n),
                    fmt.date(m.meeting_date, "abbr"),
                    fmt.digits(f"{m.number}/{m.year_be}"),
                    m.title,
                    fmt.number(len(made)),
                )
            )
        )
    resolutions = _series("มติที่ประชุม", "เรื่อง", resolution_counts, list(DecisionStatus), fmt)
    made_total = sum(resolution_counts.values())
    resolutions = Series(
        resolutions.title,
        resolutions.unit,
        (*resolutions.points, Point("เกินกำหนด", float(overdue), fmt.number(overdue))),
    )

    summary = services.exchanges.summary(year)
    by_month = Series(
        "มูลค่าการแลกเปลี่ยนทรัพยากรรายเดือน",
        "บาท",
        tuple(Point(fmt.month(d), float(v), fmt.amount(v)) for d, v in summary.by_month),
    )
    by_kind = Series(
        "มูลค่าการแลกเปลี่ยนทรัพยากรตามประเภท",
        "บาท",
        tuple(Point(thai_label(k), float(v), fmt.amount(v)) for k, v in summary.by_kind.items()),
    )

    signed = list(all_items(services.agreements, ListQuery(fiscal_year=year, sort="signed")))
    in_force = [
        a
        for a in all_items(
            services.agreements, ListQuery(filters={"status": AgreementStatus.ACTIVE})
        )
        if (a.effective_on or a.signed_on or first) <= last
        and (a.expires_on is None or a.expires_on >= first)
    ]
    agreement_rows = tuple(
        Line(
            (
                fmt.number(n),
                a.name,
                fmt.date(a.signed_on, "abbr"),
                fmt.date(a.expires_on, "abbr"),
                thai_label(a.status),
            )
        )
        for n, a in enumerate(signed, start=1)
    )
    plans = list(all_items(services.plans, ListQuery(fiscal_year=year)))
    budgets = [services.plans.budget_total(p.id) for p in plans]
    plan_rows = tuple(
        Line((fmt.number(n), p.name, thai_label(p.status), fmt.amount(b)))
        for n, (p, b) in enumerate(zip(plans, budgets, strict=True), start=1)
    )
    activities = list(all_items(services.activities, ListQuery(fiscal_year=year, sort="date")))
    activity_rows = tuple(
        Line(
            (
                fmt.number(n),
                fmt.date(a.start_on, "abbr"),
                a.name,
                thai_label(a.kind),
                fmt.number(a.participant_count) if a.participant_count is not None else "",
            )
        )
        for n, a in enumerate(activities, start=1)
    )
    highlights = (
        ("ภาคีเครือข่าย", fmt.number(partners_total)),
        ("เครือข่าย", fmt.number(len(networks))),
        ("คณะกรรมการ", fmt.number(len(committees))),
        ("การประชุมที่จัดแล้ว", fmt.number(len(held))),
        ("มติที่ประชุม", fmt.number(made_total)),
        ("มูลค่าการแลกเปลี่ยนทรัพยากร (บาท)", fmt.amount(summary.total)),
        ("ข้อตกลงที่ลงนามในปี", fmt.number(len(signed))),
        ("ข้อตกลงที่มีผลใช้บังคับ", fmt.number(len(in_force))),
        ("แผนงานร่วม", fmt.number(len(plans))),
        ("กิจกรรม", fmt.number(len(activities))),
    )
    return AnnualContent(
        office=office,
        title=f"รายงานผลการดำเนินงานเครือข่ายความร่วมมือ {office.name}",
        fiscal_year=year,
        period=fmt.fiscal_year(year),
        as_of=f"ข้อมูล ณ วันที่ {fmt.date(options.day)}",
        highlights=highlights,
        partners_by_level=_series(
            "ภาคีเครือข่ายจำแนกตามระดับ", "ภาคี", counts["level"], list(Level), fmt
        ),
        partners_by_sector=_series(
            "ภาคีเครือข่ายจำแนกตามภาคส่วน", "ภาคี", counts["sector"], list(Sector), fmt
        ),
        partners_by_pillar=_series(
            "ภาคีเครือข่ายจำแนกตามเสาหลัก", "ภาคี", counts["pillar"], list(Pillar), fmt
        ),
        exchange_by_month=by_month,
        exchange_by_kind=by_kind,
        resolutions=resolutions,
        networks=Table(
            "เครือข่าย", ("ลำดับ", "ชื่อเครือข่าย", "ระดับ", "เสาหลัก", "สมาชิก"), tuple(network_rows)
        ),
        committees=Table(
            "คณะกรรมการ", ("ลำดับ", "คณะกรรมการ", "คำสั่งแต่งตั้ง", "กรรมการ"), tuple(committee_rows)
        ),
        meetings=Table("การประชุม", ("ลำดับ", "วันที่", "ครั้งที่", "การประชุม", "มติ"), tuple(meeting_rows)),
        agreements=Table(
            "ข้อตกลงที่ลงนามในปีงบประมาณ", ("ลำดับ", "ข้อตกลง", "ลงนาม", "สิ้นสุด", "สถานะ"), agreement_rows
        ),
        plans=Table("แผนงานร่วม", ("ลำดับ", "แผนงาน/โครงการ", "สถานะ", "งบประมาณ (บาท)"), plan_rows),
        activities=Table("กิจกรรม", ("ลำดับ", "วันที่", "กิจกรรม", "ประเภท", "ผู้เข้าร่วม"), activity_rows),
    )
