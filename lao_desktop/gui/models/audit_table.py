"""A lazy table of audit entries, newest first: one page from the audit-trail service at a
time as the list is scrolled. Texts (B.E. times, labels) are made when a page arrives."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from lao_desktop.i18n import N_, _
from lao_desktop.models.audit import AuditEntry
from lao_desktop.services.audit_trail import (
    AuditQuery,
    AuditTrailService,
    action_label,
    entity_label,
)
from lao_desktop.thai.dates import format_datetime_be

PAGE_SIZE = 200
Index = QModelIndex | QPersistentModelIndex
COL_NUMBER, COL_TIME, COL_USER, COL_ACTION, COL_RECORD, COL_SUMMARY = range(6)
TITLES = (N_("No."), N_("Time"), N_("User"), N_("Action"), N_("Record"), N_("Summary"))
WIDTHS = (7, 21, 10, 13, 14, 0)  # in characters; the summary takes the rest


def entry_texts(entry: AuditEntry) -> list[str]:
    return [
        f"{entry.id:,}",
        format_datetime_be(entry.at.astimezone()),
        entry.username,
        action_label(entry.action),
        entity_label(entry.entity),
        entry.summary,
    ]


class AuditTableModel(QAbstractTableModel):
    def __init__(self, service: AuditTrailService, parent: Any = None) -> None:
        super().__init__(parent)
        self.service = service
        self.query = AuditQuery(limit=PAGE_SIZE)
        self.entries: list[AuditEntry] = []
        self.texts: list[list[str]] = []
        self.total = 0

    def set_query(self, query: AuditQuery) -> None:
        self.query = replace(query, offset=0, limit=PAGE_SIZE)
        self.reload()

    def reload(self) -> None:
        self.beginResetModel()
        page = self.service.list(self.query)
        self.entries = list(page.items)
        self.texts = [entry_texts(e) for e in self.entries]
        self.total = page.total
        self.endResetModel()

    def entry(self, row: int) -> AuditEntry:
        return self.entries[row]

    # -- Qt's side ---------------------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.entries)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(TITLES)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self.texts[index.row()][index.column()]
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() == COL_NUMBER:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return _(TITLES[section])
        return None

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and len(self.entries) < self.total

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008
        if parent.isValid():
            return
        page = self.service.list(replace(self.query, offset=len(self.entries)))
        if not page.items:
            self.total = len(self.entries)
            return
        first = len(self.entries)
        self.beginInsertRows(QModelIndex(), first, first + len(page.items) - 1)
        self.entries.extend(page.items)
        self.texts.extend(entry_texts(e) for e in page.items)
        self.endInsertRows()
