"""The first screen: what needs attention today, and the networks in numbers.

The page draws a ``HomeView`` (``home_view``) that ``load`` reads (``home_data``). Each item
of the attention lists can be opened: ``open_record(section key, id)``.
"""

from __future__ import annotations

import logging
import uuid
from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QGridLayout, QGroupBox, QLabel, QListWidget, QListWidgetItem, QWidget

from lao_desktop.errors import DomainError
from lao_desktop.gui.forms.ui_home_page import Ui_HomePage
from lao_desktop.gui.home_view import AttentionList, HomeView
from lao_desktop.gui.messages import error_text
from lao_desktop.i18n import _

if TYPE_CHECKING:  # loaded after the first paint, with the database (app.py)
    from lao_desktop.services.registry import Services

log = logging.getLogger(__name__)

WARNING = "#b3261e"
ROLE = Qt.ItemDataRole.UserRole


class HomePage(QWidget):
    open_record = Signal(str, str, object)  # section, service, record id (None: whole list)
    backup_requested = Signal()  # "Back up now" on the backup reminder line

    def __init__(self, services: Services) -> None:
        super().__init__()
        self.ui = Ui_HomePage()
        self.ui.setupUi(self)
        self.services = services
        self.view: HomeView | None = None
        self.loaded = False
        for box in (self.ui.overdueList, self.ui.expiringList, self.ui.meetingsList):
            box.itemActivated.connect(self._activated)
            box.itemDoubleClicked.connect(self._activated)
        self.ui.refreshButton.clicked.connect(self.load)
        self.ui.backupButton.clicked.connect(lambda: self.backup_requested.emit())

    def load(self) -> None:
        """Read and show everything; also after the Refresh button."""
        from lao_desktop.gui.home_data import read

        try:
            view = read(self.services, date.today())
        except DomainError as error:
            self.ui.backupLabel.setText(error_text(error))
            return
        self.show_view(view)
        self.loaded = True

    def show_view(self, view: HomeView) -> None:
        self.view = view
        self.ui.today.setText(view.today)
        style = f"color: {WARNING}; font-weight: bold;" if view.backup_late else ""
        self.ui.backupLabel.setStyleSheet(style)
        self.ui.backupLabel.setText(view.backup)
        self._show_list(self.ui.overdueBox, self.ui.overdueList, view.overdue)
        self._show_list(self.ui.expiringBox, self.ui.expiringList, view.agreements)
        self._show_list(self.ui.meetingsBox, self.ui.meetingsList, view.meetings)
        self._fill_counts(self.ui.totalsGrid, view.totals)
        self._fill_counts(self.ui.levelGrid, view.by_level)
        self._fill_counts(self.ui.sectorGrid, view.by_sector)
        self._fill_counts(self.ui.pillarGrid, view.by_pillar)

    # -- attention lists -----------------------------------------------------------------------

    @staticmethod
    def _show_list(group: QGroupBox, box: QListWidget, shown: AttentionList) -> None:
        group.setTitle(shown.title)
        box.clear()
        for entry in shown.entries:
            item = QListWidgetItem(entry.text, box)
            if not entry.section:
                item.setFlags(Qt.ItemFlag.NoItemFlags)  # a note, not something to open
                continue
            ident = uuid.UUID(entry.ident) if entry.ident else None
            item.setData(ROLE, (entry.section, entry.service, ident))
            if ident is not None:
                item.setToolTip(_("Double-click to open"))
            if entry.warning:
                item.setForeground(QBrush(QColor(WARNING)))

    def _activated(self, item: QListWidgetItem) -> None:
        target = item.data(ROLE)
        if target:
            self.open_record.emit(*target)

    # -- counts --------------------------------------------------------------------------------

    def _fill_counts(self, grid: QGridLayout, rows: list[tuple[str, int]]) -> None:
        while grid.count():
            taken = grid.takeAt(0)
            widget = taken.widget() if taken is not None else None
            if widget is not None:
                widget.hide()  # at once: deleteLater waits for the event loop
                widget.deleteLater()
        for row, (label, count) in enumerate(rows):
            name = QLabel(label)
            name.setWordWrap(True)
            number = QLabel(f"{count:,}")
            number.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            number.setAccessibleName(label)
            grid.addWidget(name, row, 0)
            grid.addWidget(number, row, 1)
        grid.setColumnStretch(0, 1)
        grid.setRowStretch(len(rows), 1)  # rows at the top when a box is taller
