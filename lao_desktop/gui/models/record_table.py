"""A lazy table of records: fetches one page at a time from a service as the clerk scrolls.

Texts are worked out when a page arrives (dates in B.E., names of linked records in one
query per column), so painting never touches the database.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from lao_desktop.gui.format import shown
from lao_desktop.i18n import _
from lao_desktop.services.entity import EntityService
from lao_desktop.services.fields import DecimalField, IntField, RefField
from lao_desktop.services.query import ListQuery, Page

PAGE_SIZE = 200
Index = QModelIndex | QPersistentModelIndex
Fetch = Callable[[ListQuery], Page[Any]]


@dataclass(frozen=True)
class Column:
    title: str  # msgid
    key: str  # a schema field or an attribute of the record
    sort: str | None = None  # a name in the service's ``sortable``
    text: Callable[[Any], str] | None = None  # instead of the stored value, e.g. days left
    width: int = 0  # in characters; 0 lets the view decide


class RecordTableModel(QAbstractTableModel):
    def __init__(
        self,
        service: EntityService[Any],
        columns: Sequence[Column],
        service_for: Callable[[type[Any]], EntityService[Any]],
        fetch: Fetch | None = None,
        parent: Any = None,
    ) -> None:
        super().__init__(parent)
        self.service = service
        self.columns = list(columns)
        self.service_for = service_for
        self.fetch: Fetch = fetch or service.list
        self.query = ListQuery(limit=PAGE_SIZE)
        self.records: list[Any] = []
        self.texts: list[list[str]] = []
        self.total = 0

    # -- what the list shows ---------------------------------------------------------------

    def set_query(self, **changes: Any) -> None:
        self.query = replace(self.query, offset=0, limit=PAGE_SIZE, **changes)
        self.reload()

    def set_fetch(self, fetch: Fetch | None) -> None:
        self.fetch = fetch or self.service.list
        self.reload()

    def reload(self) -> None:
        self.beginResetModel()
        page = self.fetch(replace(self.query, offset=0))
        self.records = list(page.items)
        self.texts = self._texts(self.records)
        self.total = page.total
        self.endResetModel()

    def record(self, row: int) -> Any:
        return self.records[row]

    def row_of(self, ident: uuid.UUID) -> int:
        return next((i for i, r in enumerate(self.records) if r.id == ident), -1)

    def _texts(self, records: list[Any]) -> list[list[str]]:
        names: dict[uuid.UUID, str] = {}
        fields = self.service.schema.fields
        for column in self.columns:
            spec = fields.get(column.key)
            if isinstance(spec, RefField) and column.text is None:
                ids = {getattr(r, column.key) for r in records} - {None}
                names.update(self.service_for(spec.model).names(ids))
        rows = []
        for record in records:
            row = []
            for column in self.columns:
                if column.text is not None:
                    row.append(column.text(record))
                else:
                    row.append(
                        shown(getattr(record, column.key, None), fields.get(column.key), names)
                    )
            rows.append(row)
        return rows

    # -- Qt's side ---------------------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.records)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self.texts[index.row()][index.column()]
        if role == Qt.ItemDataRole.TextAlignmentRole:
            spec = self.service.schema.fields.get(self.columns[index.column()].key)
            if isinstance(spec, IntField | DecimalField):
                return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return _(self.columns[section].title)
        return None

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and len(self.records) < self.total

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008
        if parent.isValid():
            return
        page = self.fetch(replace(self.query, offset=len(self.records)))
        if not page.items:
            self.total = len(self.records)  # the list shrank meanwhile
            return
        first = len(self.records)
        self.beginInsertRows(QModelIndex(), first, first + len(page.items) - 1)
        self.records.extend(page.items)
        self.texts.extend(self._texts(page.items))
        self.endInsertRows()

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        name = self.columns[column].sort
        if name is None:
            return  # this column has no index to sort by
        self.set_query(sort=name, descending=order == Qt.SortOrder.DescendingOrder)

    def sort_column(self) -> int:
        name = self.query.sort or self.service.default_sort
        return next((i for i, c in enumerate(self.columns) if c.sort == name), -1)


def fixed_page(items: list[Any]) -> Page[Any]:
    """A short list a service returns whole (overdue, expiring) as one page."""
    return Page(items, len(items), 0, len(items))
