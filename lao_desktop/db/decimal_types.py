"""Exact decimals stored as scaled integers, the same on SQLite and PostgreSQL.

SQLite has no decimal type (it would round money through floating point).
"""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal
from typing import Any

from sqlalchemy import BigInteger, Dialect
from sqlalchemy.types import TypeDecorator


class ScaledDecimal(TypeDecorator[Decimal]):
    impl = BigInteger
    cache_ok = True

    def __init__(self, places: int = 2) -> None:
        super().__init__()
        self.places = places
        self._factor = Decimal(10) ** places
        self._quantum = Decimal(1).scaleb(-places)

    def process_bind_param(self, value: Decimal | None, dialect: Dialect) -> int | None:
        if value is None:
            return None
        return int((Decimal(value) * self._factor).quantize(Decimal(1), rounding=ROUND_HALF_UP))

    def process_result_value(self, value: Any, dialect: Dialect) -> Decimal | None:
        if value is None:
            return None
        return (Decimal(int(value)) / self._factor).quantize(self._quantum)


def Money() -> ScaledDecimal:
    """Baht with satang."""
    return ScaledDecimal(2)


def Quantity() -> ScaledDecimal:
    """Amounts of things (2.5 days, 0.125 tonnes)."""
    return ScaledDecimal(3)
