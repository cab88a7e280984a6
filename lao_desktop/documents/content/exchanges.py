"""The resource exchange ledger of a fiscal year (1 October – 30 September, named by its
B.E. year) and its summaries by kind, by partner and by month, with totals in baht.

Cancelled exchanges are listed (the ledger hides nothing) but counted in no total; the
totals are the exchange service's own sums, so the ledger and the program always agree.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from decimal import Decimal

from lao_desktop.documents.content.base import (
    Formats,
    OfficeInfo,
    all_items,
    office_info,
    report_year,
    thai_label,
)
from lao_desktop.documents.content.options import ReportOptions
from lao_desktop.models.enums import ExchangeKind, ExchangeStatus
from lao_desktop.models.exchange import ResourceExchange
from lao_desktop.services.exchanges import ExchangeSummary
from lao_desktop.services.query import ListQuery
from lao_desktop.services.registry import Services
from lao_desktop.thai.baht import baht_text

ZERO = Decimal("0.00")


@dataclass(frozen=True)
class LedgerRow:
    number: str
    date: str  # 21 พ.ย. 2569
    giver: str  # a partner, or the office
    receiver: str
    kind: str
    description: str
    quantity: str  # ๑๐ คน, "" when not counted
    value: str  # 12,500.00, "-" when no value
    value_baht: Decimal | None
    status: str
    counted: bool  # False for a cancelled exchange: in no total


@dataclass(frozen=True)
class SummaryRow:
    label: str
    count: str
    value: str
    value_baht: Decimal


@dataclass(frozen=True)
class PartnerRow:
    name: str
    given: str
    received: str
    total: str
    total_baht: Decimal


@dataclass(frozen=True)
class ExchangesContent:
    office: OfficeInfo
    title: str  # ทะเบียนการแลกเปลี่ยนทรัพยากร…
    fiscal_year: int  # B.E.
    period: str  # ปีงบประมาณ พ.ศ. 2569 (1 ตุลาคม 2568 – 30 กันยายน 2569)
    as_of: str
    rows: tuple[LedgerRow, ...]  # by date
    count: str  # counted exchanges
    total: str  # 1,234,500.00
    total_baht: Decimal
    total_words: str  # (หนึ่งล้าน…บาทถ้วน)
    by_kind: tuple[SummaryRow, ...]  # every kind, in the list's order
    by_partner: tuple[PartnerRow, ...]  # largest total first; the office first of equals
    by_month: tuple[SummaryRow, ...]  # October first: also the series of the chart


def _quantity(exchange: ResourceExchange, fmt: Formats) -> str:
    if exchange.quantity is None:
        return ""
    amount = exchange.quantity.normalize()
    decimals = max(0, -amount.as_tuple().exponent)  # type: ignore[operator]
    return f"{fmt.number(amount, decimals)} {exchange.unit}".strip()


def exchanges(services: Services, options: ReportOptions) -> ExchangesContent:
    office = office_info(services)
    fmt = Formats(office.thai_digits)
    year = report_year(options.year, options.day)
    items = list(all_items(services.exchanges, ListQuery(fiscal_year=year, sort="date")))
    partner_ids = {x.from_partner_id for x in items} | {x.to_partner_id for x in items}
    names = services.partners.names({p for p in partner_ids if p is not None})

    def side(partner_id: uuid.UUID | None) -> str:
        return office.name if partner_id is None else names.get(partner_id, "")

    summary: ExchangeSummary = services.exchanges.summary(year)
    rows = []
    kind_counts: dict[ExchangeKind, int] = {}
    month_counts: dict[tuple[int, int], int] = {}
    for n, x in enumerate(items, start=1):
        counted = x.status is not ExchangeStatus.CANCELLED
        if counted:
            kind_counts[x.kind] = kind_counts.get(x.kind, 0) + 1
            month = (x.exchange_date.year, x.exchange_date.month)
            month_counts[month] = month_counts.get(month, 0) + 1
        rows.append(
            LedgerRow(
                number=fmt.number(n),
                date=fmt.date(x.exchange_date, "abbr"),
                giver=side(x.from_partner_id),
                receiver=side(x.to_partner_id),
                kind=thai_label(x.kind),
                description=fmt.digits(x.description),
                quantity=_quantity(x, fmt),
                value=fmt.amount(x.value_baht),
                value_baht=x.value_baht,
                status=thai_label(x.status),
                counted=counted,
            )
        )
    by_kind = tuple(
        SummaryRow(thai_label(k), fmt.number(kind_counts.get(k, 0)), fmt.amount(v), v)
        for k, v in summary.by_kind.items()
    )
    by_month = tuple(
        SummaryRow(
            fmt.month(first),
            fmt.number(month_counts.get((first.year, first.month), 0)),
            fmt.amount(value),
            value,
        )
        for first, value in summary.by_month
    )
    partners = sorted(
        summary.by_partner.items(),
        key=lambda item: (-item[1].total, item[0] is not None, side(item[0])),
    )
    by_partner = tuple(
        PartnerRow(
            side(pid),
            fmt.amount(t.given),
            fmt.amount(t.received),
            fmt.amount(t.total),
            t.total,
        )
        for pid, t in partners
    )
    return ExchangesContent(
        office=office,
        title=f"ทะเบียนการแลกเปลี่ยนทรัพยากรกับภาคีเครือข่าย {office.name}",
        fiscal_year=year,
        period=fmt.fiscal_year(year),
        as_of=f"ข้อมูล ณ วันที่ {fmt.date(options.day)}",
        rows=tuple(rows),
        count=fmt.number(summary.count),
        total=fmt.amount(summary.total),
        total_baht=summary.total,
        total_words=f"({baht_text(summary.total)})",
        by_kind=by_kind,
        by_partner=by_partner,
        by_month=by_month,
    )
