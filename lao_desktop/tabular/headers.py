"""Finding a kind's sheet in a file and its columns under whatever headers the office used.

A title may stand above the headers (the first rows are searched); columns may come in any
order, under Thai or English headers or field names; unknown columns are named and ignored.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from lao_desktop.i18n import _
from lao_desktop.tabular.columns import Column, header_key
from lao_desktop.tabular.kinds import Kind
from lao_desktop.tabular.reading import HEADER_SEARCH_ROWS, Sheet, SpreadsheetError


@dataclass
class Layout:
    """Where a kind's columns are in a sheet."""

    header_row: int  # the spreadsheet's row number of the headers
    found: list[tuple[int, Column, str]] = field(default_factory=list)  # (index, column, header)
    ignored: list[str] = field(default_factory=list)  # headers of columns not read

    def header_of(self, field_name: str) -> str:
        """The file's header of the column that fills ``field_name``; "" if none does."""
        return next((h for _i, c, h in self.found if field_name in c.fills), "")


def layout(sheet: Sheet, columns: Sequence[Column]) -> Layout | None:
    """The columns' places under the best header row among the first rows; None if no row
    heads any of them."""
    lookup: dict[str, Column] = {}
    for column in columns:
        for name in column.names():
            lookup.setdefault(name, column)
    best: Layout | None = None
    for number, cells in sheet.rows[:HEADER_SEARCH_ROWS]:
        candidate = _layout_of(number, cells, lookup)
        if candidate.found and (best is None or len(candidate.found) > len(best.found)):
            best = candidate
    return best


def _layout_of(number: int, cells: Sequence[Any], lookup: dict[str, Column]) -> Layout:
    result = Layout(number)
    taken: set[int] = set()
    for index, cell in enumerate(cells):
        if cell is None or not str(cell).strip():
            continue
        header = " ".join(str(cell).split())
        column = lookup.get(header_key(header))
        if column is None or id(column) in taken:
            result.ignored.append(header)
            continue
        taken.add(id(column))
        result.found.append((index, column, header))
    return result


def sheet_for(sheets: Sequence[Sheet], kind: Kind, columns: Sequence[Column]) -> Sheet:
    """The sheet holding ``kind``: the one named for it, else the one whose headers match
    best (a file of one sheet is usually named Sheet1)."""
    named = [s for s in sheets if header_key(s.name) in kind.sheet_names()]
    if named:
        return named[0]
    scored = [(len(found.found), s) for s in sheets if (found := layout(s, columns))]
    if scored:
        return max(scored, key=lambda pair: pair[0])[1]
    raise SpreadsheetError(
        _(
            "No sheet of this file has the headers of {kind}; download the template of "
            "{kind} and copy your list into it."
        ).format(kind=_(kind.title))
    )
