"""The Thai government fiscal year (ปีงบประมาณ): 1 October – 30 September.

It is named by the B.E. year it ends in: 1 October 2569 starts fiscal year 2570.
"""

from __future__ import annotations

from datetime import date
from typing import Final

from lao_desktop.thai.dates import BE_OFFSET, MAX_BE_YEAR, MIN_BE_YEAR, be_year

__all__ = [
    "FIRST_MONTH",
    "fiscal_quarter",
    "fiscal_quarter_range",
    "fiscal_year",
    "fiscal_year_range",
]

FIRST_MONTH: Final = 10  # October

# quarter → (first day, last day, C.E. year relative to the year the fiscal year ends in)
_QUARTERS: Final = {
    1: ((10, 1), (12, 31), -1),
    2: ((1, 1), (3, 31), 0),
    3: ((4, 1), (6, 30), 0),
    4: ((7, 1), (9, 30), 0),
}


def fiscal_year(d: date) -> int:
    """The B.E. fiscal year of a date: 2026-10-01 → 2570, 2026-09-30 → 2569."""
    return be_year(d) + (1 if d.month >= FIRST_MONTH else 0)


def fiscal_quarter(d: date) -> int:
    """1..4; quarter 1 is October–December, quarter 4 is July–September."""
    return (d.month - FIRST_MONTH) % 12 // 3 + 1


def _check_fiscal_year(fy_be: int) -> None:
    # A C.E. year here (2026) is the likely mistake; it would silently give dates in 1483.
    if not MIN_BE_YEAR <= fy_be <= MAX_BE_YEAR:
        raise ValueError(
            f"fiscal year {fy_be} must be a B.E. year between {MIN_BE_YEAR} and {MAX_BE_YEAR}"
        )


def fiscal_year_range(fy_be: int) -> tuple[date, date]:
    """First and last day (both inclusive): 2570 → (2026-10-01, 2027-09-30)."""
    _check_fiscal_year(fy_be)
    end_ce = fy_be - BE_OFFSET
    return date(end_ce - 1, FIRST_MONTH, 1), date(end_ce, FIRST_MONTH - 1, 30)


def fiscal_quarter_range(fy_be: int, quarter: int) -> tuple[date, date]:
    """First and last day (both inclusive) of a quarter: (2570, 1) → (2026-10-01, 2026-12-31)."""
    _check_fiscal_year(fy_be)
    if quarter not in _QUARTERS:
        raise ValueError(f"quarter {quarter} must be 1 to 4")
    (first_month, first_day), (last_month, last_day), year_shift = _QUARTERS[quarter]
    year = fy_be - BE_OFFSET + year_shift
    return date(year, first_month, first_day), date(year, last_month, last_day)
