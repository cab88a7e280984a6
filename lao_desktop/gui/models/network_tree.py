"""Networks nested by parent network (national → province → district → subdistrict →
village), as ``NetworkService.tree`` gives them, with a name filter that keeps the networks
above each match visible."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from typing import Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QFont

from lao_desktop.i18n import N_, _
from lao_desktop.models.network import Network
from lao_desktop.services.networks import NetworkNode
from lao_desktop.thai.text import search_text

Index = QModelIndex | QPersistentModelIndex

COL_NAME, COL_LEVEL, COL_MEMBERS, COL_PILLAR = range(4)
HEADERS = (N_("Network name"), N_("Level"), N_("Members"), N_("Pillar"))
NETWORK_ROLE = Qt.ItemDataRole.UserRole + 1  # the Network of the row
SEARCH_ROLE = Qt.ItemDataRole.UserRole + 2  # its name folded for searching
NO_PARENT = -1


class NetworkTreeModel(QAbstractItemModel):
    """Each index's internal id is the node's place in ``nodes``; a node's parent and row
    are kept beside it, so ``parent()`` needs no search."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.roots: list[NetworkNode] = []
        self.nodes: list[NetworkNode] = []
        self._number: dict[int, int] = {}  # id(node) -> place in nodes
        self._parent: list[int] = []
        self._row: list[int] = []
        self._search: list[str] = []

    def set_tree(self, roots: list[NetworkNode]) -> None:
        self.beginResetModel()
        self.roots = roots
        self.nodes, self._parent, self._row, self._search = [], [], [], []
        self._number = {}
        stack: list[tuple[NetworkNode, int, int]] = [
            (node, NO_PARENT, row) for row, node in reversed(list(enumerate(roots)))
        ]
        while stack:  # depth first, in the order shown
            node, parent, row = stack.pop()
            number = len(self.nodes)
            self._number[id(node)] = number
            self.nodes.append(node)
            self._parent.append(parent)
            self._row.append(row)
            self._search.append(search_text(node.network.name))
            stack.extend((c, number, r) for r, c in reversed(list(enumerate(node.children))))
        self.endResetModel()

    # -- for the page ------------------------------------------------------------------------

    def node(self, index: Index) -> NetworkNode | None:
        return self.nodes[index.internalId()] if index.isValid() else None

    def index_of(self, network_id: uuid.UUID) -> QModelIndex:
        for number, node in enumerate(self.nodes):
            if node.network.id == network_id:
                return self.createIndex(self._row[number], 0, number)
        return QModelIndex()

    def path(self, index: Index) -> list[Network]:
        """The networks above ``index``, the top first and the direct parent last."""
        above: list[Network] = []
        number = self._parent[index.internalId()] if index.isValid() else NO_PARENT
        while number != NO_PARENT:
            above.append(self.nodes[number].network)
            number = self._parent[number]
        return above[::-1]

    def matches(self, text: str) -> int:
        """How many networks have ``text`` in their name."""
        needle = search_text(text)
        return sum(1 for key in self._search if needle in key)

    def all_indexes(self) -> Iterator[QModelIndex]:
        for number in range(len(self.nodes)):
            yield self.createIndex(self._row[number], 0, number)

    # -- Qt's side ---------------------------------------------------------------------------

    def _children(self, parent: Index) -> list[NetworkNode]:
        node = self.node(parent)
        return self.roots if node is None else node.children

    def index(self, row: int, column: int, parent: Index = QModelIndex()) -> QModelIndex:  # noqa: B008
        children = self._children(parent)
        if not (0 <= row < len(children) and 0 <= column < len(HEADERS)):
            return QModelIndex()
        return self.createIndex(row, column, self._number[id(children[row])])

    def parent(self, child: Index = QModelIndex()) -> QModelIndex:  # type: ignore[override]  # noqa: B008
        if not child.isValid():
            return QModelIndex()
        number = self._parent[child.internalId()]
        if number == NO_PARENT:
            return QModelIndex()
        return self.createIndex(self._row[number], 0, number)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        if parent.isValid() and parent.column() != 0:
            return 0
        return len(self._children(parent))

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return len(HEADERS)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        node = self.node(index)
        if node is None:
            return None
        network, column = node.network, index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            if column == COL_NAME:
                return network.name
            if column == COL_LEVEL:
                return network.level.label
            if column == COL_MEMBERS:
                return f"{node.member_count:,}"
            return network.pillar.label
        if role == Qt.ItemDataRole.TextAlignmentRole and column == COL_MEMBERS:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == NETWORK_ROLE:
            return network
        if role == SEARCH_ROLE:
            return self._search[index.internalId()]
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return _(HEADERS[section])
        return None


class NetworkFilterModel(QSortFilterProxyModel):
    """Networks whose name holds the typed text, and the networks above them (Qt's
    recursive filtering keeps a parent whenever one of its children is kept)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.setRecursiveFilteringEnabled(True)
        self.needle = ""

    def set_text(self, text: str) -> None:
        self.beginFilterChange()
        self.needle = search_text(text)
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:
        if not self.needle:
            return True
        index = self.sourceModel().index(source_row, COL_NAME, source_parent)
        return self.needle in (index.data(SEARCH_ROLE) or "")

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        # The matches in bold, so they stand out from the networks shown only as the way
        # down to them.
        if (
            role == Qt.ItemDataRole.FontRole
            and self.needle
            and index.column() == COL_NAME
            and self.needle in (index.data(SEARCH_ROLE) or "")
        ):
            font = QFont()
            font.setBold(True)
            return font
        return super().data(index, role)
