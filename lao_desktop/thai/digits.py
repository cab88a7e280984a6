"""Thai digits (๐–๙) and number formatting for screens and official documents.

Thai digits are an office setting (encouraged in official documents, not required), so every
formatter takes ``thai_digits`` and the data itself always keeps Arabic digits.
"""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal, InvalidOperation

__all__ = ["format_baht", "format_number", "to_arabic_digits", "to_thai_digits"]

Number = int | float | Decimal


_TO_THAI = str.maketrans("0123456789", "๐๑๒๓๔๕๖๗๘๙")
_TO_ARABIC = str.maketrans("๐๑๒๓๔๕๖๗๘๙", "0123456789")


def to_thai_digits(text: str) -> str:
    """Replace 0–9 by ๐–๙; every other character is kept."""
    return text.translate(_TO_THAI)


def to_arabic_digits(text: str) -> str:
    """Replace ๐–๙ by 0–9, so typed Thai digits can be parsed and stored."""
    return text.translate(_TO_ARABIC)


def _to_decimal(n: Number) -> Decimal:
    if isinstance(n, bool):  # bool is an int, but formatting True as "1" hides a bug
        raise TypeError("a number is required, not bool")
    # str() first: Decimal(2.675) is 2.67499…, while the person meant 2.675.
    value = Decimal(str(n)) if isinstance(n, float) else Decimal(n)
    if not value.is_finite():
        raise ValueError(f"cannot format {n!r} as a number")
    return value


def format_number(n: Number, decimals: int = 0, thai_digits: bool = False) -> str:
    """``1234567.891`` → ``"1,234,567.89"`` (decimals=2), rounded half up like Thai accounts."""
    if decimals < 0:
        raise ValueError("decimals must be 0 or more")
    quantum = Decimal(1).scaleb(-decimals)
    try:
        value = _to_decimal(n).quantize(quantum, rounding=ROUND_HALF_UP)
    except InvalidOperation as exc:  # more digits than the decimal context can hold
        raise ValueError(f"cannot format {n!r} with {decimals} decimals") from exc
    if value.is_zero():
        value = abs(value)  # no "-0.00" for a tiny negative amount
    text = f"{value:,.{decimals}f}"
    return to_thai_digits(text) if thai_digits else text


def format_baht(amount: Number, thai_digits: bool = False) -> str:
    """Money with satang: ``Decimal("12500")`` → ``"12,500.00 บาท"``."""
    return f"{format_number(amount, 2, thai_digits)} บาท"
