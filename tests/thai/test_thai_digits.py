from __future__ import annotations

import subprocess
import sys
from decimal import Decimal

import pytest

from lao_desktop.thai.digits import format_baht, format_number, to_arabic_digits, to_thai_digits


@pytest.mark.parametrize(
    ("arabic", "thai"),
    [
        ("0123456789", "๐๑๒๓๔๕๖๗๘๙"),
        ("", ""),
        ("ที่ นพ 77601/123", "ที่ นพ ๗๗๖๐๑/๑๒๓"),
        ("12,500.00 บาท", "๑๒,๕๐๐.๐๐ บาท"),
        ("no digits", "no digits"),
    ],
)
def test_digit_conversion_both_ways(arabic: str, thai: str) -> None:
    assert to_thai_digits(arabic) == thai
    assert to_arabic_digits(thai) == arabic


def test_digit_round_trip_for_many_numbers() -> None:
    for n in range(0, 100_000, 7):
        text = f"เลขที่ {n}/{n * 3}"
        converted = to_thai_digits(text)
        assert not any(c in "0123456789" for c in converted)
        assert to_arabic_digits(converted) == text


def test_other_scripts_digits_are_left_alone() -> None:
    # Only ๐–๙ are Thai digits; Arabic-Indic or full-width digits are not ours to change.
    assert to_arabic_digits("١٢٣ ０１２") == "١٢٣ ０１２"


@pytest.mark.parametrize(
    ("number", "decimals", "thai", "expected"),
    [
        (0, 0, False, "0"),
        (999, 0, False, "999"),
        (1000, 0, False, "1,000"),
        (1234567, 0, False, "1,234,567"),
        (1234567.891, 2, False, "1,234,567.89"),
        (Decimal("2.675"), 2, False, "2.68"),
        (2.675, 2, False, "2.68"),  # a float is read as typed, not as its binary value
        (Decimal("0.5"), 0, False, "1"),  # half up, as Thai accounts round
        (Decimal("1.5"), 0, False, "2"),
        (Decimal("2.5"), 0, False, "3"),  # not banker's rounding
        (-1234.5, 0, False, "-1,235"),
        (Decimal("-0.001"), 2, False, "0.00"),
        (Decimal("12345678901234567890.5"), 0, False, "12,345,678,901,234,567,891"),
        (1234, 0, True, "๑,๒๓๔"),
        (Decimal("1234.5"), 1, True, "๑,๒๓๔.๕"),
    ],
)
def test_format_number(
    number: int | float | Decimal, decimals: int, thai: bool, expected: str
) -> None:
    assert format_number(number, decimals, thai_digits=thai) == expected


@pytest.mark.parametrize(
    ("number", "decimals", "error"),
    [
        (1, -1, ValueError),
        (float("nan"), 0, ValueError),
        (float("inf"), 2, ValueError),
        (Decimal("NaN"), 0, ValueError),
        (True, 0, TypeError),
    ],
)
def test_format_number_refuses(
    number: float | Decimal, decimals: int, error: type[Exception]
) -> None:
    with pytest.raises(error):
        format_number(number, decimals)


@pytest.mark.parametrize(
    ("amount", "thai", "expected"),
    [
        (Decimal("12500"), False, "12,500.00 บาท"),
        (Decimal("12500"), True, "๑๒,๕๐๐.๐๐ บาท"),
        (Decimal("0"), False, "0.00 บาท"),
        (Decimal("0.005"), False, "0.01 บาท"),
        (Decimal("1000000.499"), False, "1,000,000.50 บาท"),
        (Decimal("1234567890123.45"), False, "1,234,567,890,123.45 บาท"),
        (50, False, "50.00 บาท"),
    ],
)
def test_format_baht(amount: Decimal | int, thai: bool, expected: str) -> None:
    assert format_baht(amount, thai_digits=thai) == expected


def test_importing_the_thai_modules_does_not_load_pythainlp_or_geothai() -> None:
    # Start-up time: both packages are imported on first use only.
    code = (
        "import sys\n"
        "import lao_desktop.thai.dates, lao_desktop.thai.digits, lao_desktop.thai.geo\n"
        "import lao_desktop.thai.phone, lao_desktop.thai.idcard, lao_desktop.thai.fiscal\n"
        "import lao_desktop.thai.baht\n"
        "print(sorted(m for m in ('pythainlp', 'geothai') if m in sys.modules))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == "[]"
