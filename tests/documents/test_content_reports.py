"""The reports' content on the demo office: totals that add up, the fiscal year kept to
1 October – 30 September, overdue resolutions first, expiry counted in days."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from typing import Any

import pytest

from lao_desktop.documents.catalogue import gather, kind_named
from lao_desktop.documents.content.options import ReportOptions
from lao_desktop.models.enums import AgreementStatus, DecisionStatus, ExchangeStatus, Level
from lao_desktop.services import Services
from lao_desktop.services.query import ListQuery
from lao_desktop.thai.dates import format_date
from lao_desktop.thai.digits import to_arabic_digits, to_thai_digits
from lao_desktop.thai.fiscal import fiscal_year, fiscal_year_range

TODAY = date.today()
YEAR = fiscal_year(TODAY)


def make(services: Services, kind: str, **options: Any) -> Any:
    return gather(kind_named(kind), services, ReportOptions(today=TODAY, **options))


def money(text: str) -> Decimal:
    return Decimal(to_arabic_digits(text).replace(",", ""))


@pytest.mark.parametrize("year", [YEAR - 1, YEAR])
def test_exchange_ledger_totals_add_up_within_the_fiscal_year(demo: Services, year: int) -> None:
    content = make(demo, "exchanges", year=year)
    first, last = fiscal_year_range(year)
    everything = demo.exchanges.list(ListQuery(limit=1000)).items
    inside = [x for x in everything if first <= x.exchange_date <= last]
    assert inside, "the demo has exchanges in both years"
    assert len(content.rows) == len(inside)
    counted = [r for r in content.rows if r.counted]
    assert len(counted) == sum(1 for x in inside if x.status is not ExchangeStatus.CANCELLED)
    total = sum((r.value_baht or Decimal(0) for r in counted), Decimal(0))
    assert total == content.total_baht == money(content.total)
    assert total == sum(
        (x.value_baht or Decimal(0) for x in inside if x.status is not ExchangeStatus.CANCELLED),
        Decimal(0),
    )
    assert sum(r.value_baht for r in content.by_kind) == total
    assert sum(r.value_baht for r in content.by_month) == total
    assert sum(int(to_arabic_digits(r.count)) for r in content.by_month) == len(counted)
    assert content.by_month[0].label.startswith("ต.ค.")
    assert content.total_words.endswith("บาทถ้วน)") or "สตางค์" in content.total_words
    # Each exchange counts once as given and once as received.
    assert sum(r.total_baht for r in content.by_partner) == 2 * total
    assert content.period.startswith(f"ปีงบประมาณ พ.ศ. {to_thai_digits(str(year))}")


def test_exchange_rows_name_both_sides(demo: Services) -> None:
    content = make(demo, "exchanges")
    office = demo.office.current()
    assert office is not None
    assert all(r.giver and r.receiver for r in content.rows)
    assert any(r.giver == office.name for r in content.rows)
    dates = [r.date for r in content.rows]
    first = demo.exchanges.list(ListQuery(fiscal_year=YEAR, sort="date", limit=1)).items[0]
    assert dates[0] == format_date(first.exchange_date, "abbr", True)


def test_agreements_register_counts_days_to_expiry(demo: Services) -> None:
    content = make(demo, "agreements")
    agreements = demo.agreements.list(ListQuery(limit=1000)).items
    assert len(content.rows) == len(agreements)
    by_reference = {a.reference_number: a for a in agreements if a.reference_number}
    checked = 0
    for row in content.rows:
        found = by_reference.get(to_arabic_digits(row.reference))
        if found is not None and found.expires_on is not None:
            assert row.days_left == (found.expires_on - TODAY).days
            assert row.expires == format_date(found.expires_on, "abbr", True)
            checked += 1
    assert checked >= len(agreements) - 2
    active = [r for r in content.rows if r.status == "มีผลใช้บังคับ"]
    assert content.rows[: len(active)] == tuple(active)  # in force first
    days = [r.days_left for r in active if r.days_left is not None]
    assert days == sorted(days)  # soonest expiry first
    expiring = demo.agreements.expiring(90, TODAY)
    assert int(to_arabic_digits(content.expiring_count)) == len(expiring)
    counted = dict(content.counts)
    total = sum(int(to_arabic_digits(v)) for v in counted.values())
    assert total == len(agreements)
    assert int(to_arabic_digits(counted["มีผลใช้บังคับ"])) == sum(
        1 for a in agreements if a.status is AgreementStatus.ACTIVE
    )


def test_followup_lists_open_resolutions_overdue_first(demo: Services) -> None:
    content = make(demo, "followup")
    open_ = demo.decisions.list(
        ListQuery(
            filters={"status": [DecisionStatus.PENDING, DecisionStatus.IN_PROGRESS]}, limit=1000
        )
    ).items
    assert len(content.rows) == len(open_) > 0
    overdue = [r.overdue_days > 0 for r in content.rows]
    assert overdue == sorted(overdue, reverse=True)  # every overdue one before the others
    late = [r.overdue_days for r in content.rows if r.overdue_days]
    assert late == sorted(late, reverse=True)  # the most overdue first
    assert len(late) == len(demo.decisions.overdue(TODAY))
    assert all(r.status in ("ยังไม่ดำเนินการ", "อยู่ระหว่างดำเนินการ") for r in content.rows)
    assert any(r.responsible for r in content.rows)
    assert all(r.meeting.startswith("ครั้งที่ ") for r in content.rows)


def test_annual_report_series_match_the_database(demo: Services) -> None:
    content = make(demo, "annual", year=YEAR)
    by_level = demo.partners.count_by("level")
    assert [p.value for p in content.partners_by_level.points] == [
        float(by_level.get(level, 0)) for level in Level
    ]
    assert sum(p.value for p in content.partners_by_sector.points) == demo.partners.count()
    assert sum(p.value for p in content.partners_by_pillar.points) == demo.partners.count()
    summary = demo.exchanges.summary(YEAR)
    assert len(content.exchange_by_month.points) == 12
    assert sum(p.value for p in content.exchange_by_month.points) == pytest.approx(
        float(summary.total)
    )
    first, last = fiscal_year_range(YEAR)
    held = [
        m
        for m in demo.meetings.list(ListQuery(fiscal_year=YEAR, limit=1000)).items
        if m.meeting_date <= TODAY
    ]
    assert len(content.meetings.rows) == len(held)
    assert len(content.networks.rows) == demo.networks.count()
    assert len(content.committees.rows) == demo.committees.count()
    highlights = dict(content.highlights)
    assert money(highlights["มูลค่าการแลกเปลี่ยนทรัพยากร (บาท)"]) == summary.total
    assert content.fiscal_year == YEAR and first < last


def test_certificate_sums_what_the_partner_gave(demo: Services) -> None:
    content = make(demo, "certificate")
    partner = next(
        p for p in demo.partners.list(ListQuery(limit=1000)).items if p.name == content.recipient
    )
    given = [
        x
        for x in demo.exchanges.list(
            ListQuery(filters={"from_partner_id": partner.id}, limit=1000)
        ).items
        if x.status is not ExchangeStatus.CANCELLED
    ]
    assert given, "the most recent giver gave something"
    assert content.given_value_baht == sum((x.value_baht or Decimal(0) for x in given), Decimal(0))
    assert content.contributions and content.title == "เกียรติบัตร"
    assert content.thank_you.to == partner.name and content.thank_you.subject == "ขอบคุณ"
    in_year = make(demo, "certificate", record_id=partner.id, year=YEAR - 5)
    assert in_year.given_value_baht == 0 and in_year.fiscal_year == YEAR - 5
