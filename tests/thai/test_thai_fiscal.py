from __future__ import annotations

from datetime import date, timedelta

import pytest

from lao_desktop.thai.fiscal import (
    fiscal_quarter,
    fiscal_quarter_range,
    fiscal_year,
    fiscal_year_range,
)


@pytest.mark.parametrize(
    ("d", "fy", "quarter"),
    [
        (date(2026, 9, 30), 2569, 4),  # last day of fiscal year 2569
        (date(2026, 10, 1), 2570, 1),  # first day of fiscal year 2570
        (date(2026, 12, 31), 2570, 1),
        (date(2027, 1, 1), 2570, 2),
        (date(2027, 3, 31), 2570, 2),
        (date(2027, 4, 1), 2570, 3),
        (date(2027, 6, 30), 2570, 3),
        (date(2027, 7, 1), 2570, 4),
        (date(2027, 9, 30), 2570, 4),
        (date(2027, 10, 1), 2571, 1),
        (date(2024, 2, 29), 2567, 2),
    ],
)
def test_fiscal_year_and_quarter(d: date, fy: int, quarter: int) -> None:
    assert fiscal_year(d) == fy
    assert fiscal_quarter(d) == quarter


@pytest.mark.parametrize("fy", [2400, 2567, 2569, 2570, 2700])
def test_fiscal_year_range_covers_exactly_its_days(fy: int) -> None:
    start, end = fiscal_year_range(fy)
    assert (start.month, start.day, end.month, end.day) == (10, 1, 9, 30)
    assert end.year == start.year + 1 == fy - 543
    assert fiscal_year(start - timedelta(days=1)) == fy - 1
    assert fiscal_year(end + timedelta(days=1)) == fy + 1
    day = start
    while day <= end:
        assert fiscal_year(day) == fy
        day += timedelta(days=1)


def test_fiscal_year_range_example() -> None:
    assert fiscal_year_range(2570) == (date(2026, 10, 1), date(2027, 9, 30))


@pytest.mark.parametrize(
    ("quarter", "expected"),
    [
        (1, (date(2026, 10, 1), date(2026, 12, 31))),
        (2, (date(2027, 1, 1), date(2027, 3, 31))),
        (3, (date(2027, 4, 1), date(2027, 6, 30))),
        (4, (date(2027, 7, 1), date(2027, 9, 30))),
    ],
)
def test_fiscal_quarter_range(quarter: int, expected: tuple[date, date]) -> None:
    assert fiscal_quarter_range(2570, quarter) == expected


@pytest.mark.parametrize("fy", [2567, 2568])
def test_quarters_follow_each_other_and_fill_the_year(fy: int) -> None:
    year_start, year_end = fiscal_year_range(fy)
    expected_start = year_start
    for quarter in range(1, 5):
        start, end = fiscal_quarter_range(fy, quarter)
        assert start == expected_start
        day = start
        while day <= end:
            assert (fiscal_year(day), fiscal_quarter(day)) == (fy, quarter)
            day += timedelta(days=1)
        expected_start = end + timedelta(days=1)
    assert expected_start == year_end + timedelta(days=1)


@pytest.mark.parametrize("fy", [2026, 0, 2399, 2701, -1])
def test_fiscal_year_must_be_buddhist_era(fy: int) -> None:
    with pytest.raises(ValueError):
        fiscal_year_range(fy)
    with pytest.raises(ValueError):
        fiscal_quarter_range(fy, 1)


@pytest.mark.parametrize("quarter", [0, 5, -1])
def test_quarter_must_be_one_to_four(quarter: int) -> None:
    with pytest.raises(ValueError):
        fiscal_quarter_range(2570, quarter)
