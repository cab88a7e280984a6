"""A cell as the importer hands it to a service: what Excel and pasted text bring is undone
(whole numbers stored as 12.0, B.E. dates typed into a Thai Excel, error values, stray
spaces and invisible characters)."""

from __future__ import annotations

from datetime import date, datetime, time
from typing import Any

from lao_desktop.i18n import _
from lao_desktop.tabular.columns import CellProblem
from lao_desktop.thai.dates import MIN_BE_YEAR
from lao_desktop.thai.text import clean_text

_EXCEL_ERRORS = {"#N/A", "#VALUE!", "#REF!", "#DIV/0!", "#NAME?", "#NUM!", "#NULL!", "#SPILL!"}


def normalized(value: Any) -> Any:
    """The value to give the service, or None for an empty cell; raises CellProblem."""
    if value is None:
        return None
    if isinstance(value, str):
        text = clean_text(value, multiline=True)
        if text.upper() in _EXCEL_ERRORS:
            raise CellProblem(
                _("holds the Excel error {error}; fix the formula or type the value.").format(
                    error=text.upper()
                )
            )
        return text or None
    if isinstance(value, bool):
        return value
    if isinstance(value, float):
        return int(value) if value.is_integer() else value
    if isinstance(value, datetime):
        if value.time() != time(0, 0):
            return value
        value = value.date()
    if isinstance(value, date) and value.year >= MIN_BE_YEAR:
        # A B.E. date typed into a Thai Excel is stored as that year C.E.: read as typed.
        return f"{value.day}/{value.month}/{value.year}"
    return value
