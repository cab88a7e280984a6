"""How stored values read on screen: B.E. dates, baht, choice labels, masked ID numbers."""

from __future__ import annotations

import uuid
from collections.abc import Mapping
from datetime import date, datetime, time
from decimal import Decimal
from typing import Any

from lao_desktop.i18n import _
from lao_desktop.models.enums import LabeledEnum
from lao_desktop.services.fields import Field, IntField, MoneyField, NationalIdField
from lao_desktop.thai.dates import format_date, format_datetime_be
from lao_desktop.thai.idcard import mask_national_id


def shown(
    value: Any, spec: Field | None = None, names: Mapping[uuid.UUID, str] | None = None
) -> str:
    """``value`` as a clerk reads it in a list or a detail view; empty values read as ""."""
    if value is None or value == "":
        return ""
    if isinstance(spec, NationalIdField):
        return mask_national_id(str(value))
    if isinstance(value, LabeledEnum):
        return value.label
    if isinstance(value, bool):
        return _("Yes") if value else _("No")
    if isinstance(value, datetime):
        return format_datetime_be(value.astimezone())
    if isinstance(value, date):
        return format_date(value, "abbr")
    if isinstance(value, time):
        return value.strftime("%H.%M")
    if isinstance(value, Decimal):
        return (
            baht(value) if isinstance(spec, MoneyField) else f"{value:,f}".rstrip("0").rstrip(".")
        )
    if isinstance(value, uuid.UUID):
        return (names or {}).get(value, "")
    if isinstance(value, int):
        # Years, meeting numbers and list orders read without a separator (2569, not 2,569).
        return str(value) if isinstance(spec, IntField) and not spec.count else f"{value:,}"
    return str(value)


def baht(value: Decimal) -> str:
    return f"{value:,.2f}"


def count_text(shown_rows: int, total: int) -> str:
    return _("Showing {shown} of {total} records").format(
        shown=f"{shown_rows:,}", total=f"{total:,}"
    )
