"""Networks by level: the networks nested by parent network, and beside the tree the
current member partners of the chosen one (role, date joined in B.E.)."""

from __future__ import annotations

import uuid
from typing import Any

from PySide6.QtCore import QItemSelection, QModelIndex
from PySide6.QtGui import QHideEvent, QShowEvent
from PySide6.QtWidgets import QHeaderView, QWidget

from lao_desktop.gui.forms.ui_network_tree import Ui_NetworkTreePage
from lao_desktop.gui.models.network_tree import (
    COL_LEVEL,
    COL_MEMBERS,
    COL_NAME,
    NetworkFilterModel,
    NetworkTreeModel,
)
from lao_desktop.gui.models.record_table import Column, RecordTableModel, fixed_page
from lao_desktop.gui.sections import service_finder
from lao_desktop.gui.views import set_up_table
from lao_desktop.i18n import N_, _
from lao_desktop.services.query import ListQuery, Page
from lao_desktop.services.registry import Services

MEMBER_COLUMNS = (
    Column(N_("Partner"), "partner_id", text=lambda m: m.partner.name, width=30),
    Column(N_("Role in the network"), "role", width=18),
    Column(N_("Date joined"), "joined_on"),
)
OPEN_ALL_UP_TO = 300  # a tree this small opens whole; a larger one shows two levels


class NetworkTreePage(QWidget):
    def __init__(self, services: Services) -> None:
        super().__init__()
        self.ui = Ui_NetworkTreePage()
        self.ui.setupUi(self)
        self.services = services
        self.model = NetworkTreeModel(self)
        self.proxy = NetworkFilterModel(self)
        self.proxy.setSourceModel(self.model)
        self.ui.tree.setModel(self.proxy)
        self._set_up_tree()
        self.network_id: uuid.UUID | None = None
        self.members_model = RecordTableModel(
            services.network_members,
            MEMBER_COLUMNS,
            service_finder(services),
            self._members_page,
            self,
        )
        set_up_table(self.ui.members, self.members_model)
        # A side table: the partner's name takes what the role and the date leave.
        members_header = self.ui.members.horizontalHeader()
        members_header.setStretchLastSection(False)
        members_header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in (1, 2):
            members_header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.ui.splitter.setStretchFactor(0, 3)
        self.ui.splitter.setStretchFactor(1, 2)
        self.ui.search.textChanged.connect(self.apply_search)
        self.ui.expandButton.clicked.connect(self.ui.tree.expandAll)
        self.ui.collapseButton.clicked.connect(self.ui.tree.collapseAll)
        self.ui.refreshButton.clicked.connect(self.load)
        self.ui.tree.selectionModel().selectionChanged.connect(self._selected)
        self.loaded = False
        self._stale = False
        self._show_network(None)

    def _set_up_tree(self) -> None:
        tree = self.ui.tree
        # Thai needs room above and below the line for tone marks and lower vowels.
        metrics = tree.fontMetrics()
        tree.setStyleSheet(f"QTreeView::item {{ min-height: {int(metrics.height() * 1.5)}px; }}")
        header = tree.header()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        char = metrics.averageCharWidth()
        tree.setColumnWidth(COL_NAME, 56 * char)
        tree.setColumnWidth(COL_LEVEL, 12 * char)
        tree.setColumnWidth(COL_MEMBERS, 8 * char)

    # -- loading -----------------------------------------------------------------------------

    def load(self) -> None:
        """Build the tree again, keeping what was open and chosen."""
        chosen = self.network_id
        opened = self._opened_ids() if self.loaded else None
        self.model.set_tree(self.services.networks.tree())
        self.loaded = True
        self._stale = False
        if opened is None or self.proxy.needle:
            self._open_default()
        else:
            for ident in opened:
                self.ui.tree.expand(self._view_index(self.model.index_of(ident)))
        if chosen is not None and self.model.index_of(chosen).isValid():
            self.choose(chosen)
        else:
            self._show_network(None)
        self._update_count()

    def showEvent(self, event: QShowEvent) -> None:
        # Networks may have been added or moved in the list tab meanwhile.
        super().showEvent(event)
        if self.loaded and self._stale:
            self.load()

    def hideEvent(self, event: QHideEvent) -> None:
        super().hideEvent(event)
        self._stale = True

    def _opened_ids(self) -> list[uuid.UUID]:
        return [
            node.network.id
            for index in self.model.all_indexes()
            if (node := self.model.node(index)) is not None
            and self.ui.tree.isExpanded(self._view_index(index))
        ]

    def _open_default(self) -> None:
        # When searching, every match shows with the way down to it.
        if self.proxy.needle or len(self.model.nodes) <= OPEN_ALL_UP_TO:
            self.ui.tree.expandAll()
        else:
            self.ui.tree.expandToDepth(0)

    def _view_index(self, source: QModelIndex) -> QModelIndex:
        return self.proxy.mapFromSource(source)

    # -- searching ---------------------------------------------------------------------------

    def focus_search(self) -> None:
        self.ui.search.setFocus()
        self.ui.search.selectAll()

    def apply_search(self, text: str) -> None:
        self.proxy.set_text(text)
        self._open_default()
        if self.network_id is not None:
            index = self._view_index(self.model.index_of(self.network_id))
            if index.isValid():
                self.ui.tree.scrollTo(index)
        self._update_count()

    def _update_count(self) -> None:
        total = len(self.model.nodes)
        text = self.ui.search.text()
        if not text.strip():
            self.ui.countLabel.setText(_("{n} networks").format(n=f"{total:,}"))
        else:
            found = self.model.matches(text)
            self.ui.countLabel.setText(
                _("{found} of {total} networks have “{text}” in their name").format(
                    found=f"{found:,}", total=f"{total:,}", text=text.strip()
                )
            )

    # -- the chosen network ------------------------------------------------------------------

    def choose(self, network_id: uuid.UUID) -> None:
        index = self._view_index(self.model.index_of(network_id))
        if index.isValid():
            self.ui.tree.setCurrentIndex(index)
            self.ui.tree.scrollTo(index)

    def _selected(self, selected: QItemSelection, _deselected: QItemSelection) -> None:
        rows = self.ui.tree.selectionModel().selectedRows()
        source = self.proxy.mapToSource(rows[0]) if rows else QModelIndex()
        self._show_network(source if source.isValid() else None)

    def _show_network(self, source: QModelIndex | None) -> None:
        node = self.model.node(source) if source is not None else None
        if node is None:
            self.network_id = None
            if self.loaded and not self.model.nodes:
                hint = _("No networks yet. Add them in the tab “List of networks”.")
            else:
                hint = _("Choose a network in the tree to see its members.")
            self.ui.heading.setText(hint)
            self.ui.pathLabel.clear()
            self.ui.membersLabel.clear()
            self.members_model.reload()
            return
        assert source is not None
        network = node.network
        self.network_id = network.id
        self.ui.heading.setText(network.name)
        above = " › ".join(n.name for n in self.model.path(source))
        level = _("Level: {level}").format(level=network.level.label)
        inside = _("Inside: {path}").format(path=above) if above else _("Top of the tree")
        self.ui.pathLabel.setText(f"{level} · {inside}")
        self.members_model.reload()
        count = self.members_model.total
        self.ui.membersLabel.setText(
            _("Current members: {n}").format(n=f"{count:,}")
            if count
            else _("This network has no current members.")
        )

    def _members_page(self, query: ListQuery) -> Page[Any]:
        if self.network_id is None:
            return fixed_page([])
        return fixed_page(self.services.network_members.members_of(self.network_id))
