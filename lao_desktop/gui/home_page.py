"""The first screen: what needs attention today, and the networks in numbers.

Everything is read in a handful of small indexed queries (counts are grouped in the
database, one query per grouping), so the screen is quick on a province's 100,000+ records.
Each item of the attention lists can be opened: ``open_record(section key, id)``.
"""

from __future__ import annotations

import logging
import uuid
from dataclasses import dataclass, field
from datetime import date, datetime
from enum import Enum

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QGridLayout, QGroupBox, QLabel, QListWidget, QListWidgetItem, QWidget

from lao_desktop.errors import DomainError
from lao_desktop.gui.forms.ui_home_page import Ui_HomePage
from lao_desktop.gui.messages import error_text
from lao_desktop.i18n import _
from lao_desktop.models.agreement import Agreement
from lao_desktop.models.decision import Decision
from lao_desktop.models.enums import AgreementStatus, DecisionStatus, Level, Pillar, Sector
from lao_desktop.models.meeting import Meeting
from lao_desktop.services.query import ListQuery
from lao_desktop.services.registry import Services
from lao_desktop.thai.dates import format_date
from lao_desktop.thai.fiscal import fiscal_year

log = logging.getLogger(__name__)

EXPIRY_WARNING_DAYS = 90
UPCOMING_DAYS = 30
BACKUP_WARNING_DAYS = 7  # older than this, the reminder turns red
MAX_SHOWN = 50  # items per attention list; the rest is counted
WARNING = "#b3261e"
ROLE = Qt.ItemDataRole.UserRole


@dataclass
class Dashboard:
    """What the home page shows, read from the services (no widgets)."""

    today: date
    overdue: list[Decision]
    expired_in_force: list[Agreement]
    expiring: list[Agreement]
    upcoming: list[Meeting]
    last_backup: datetime | None
    by_level: dict[Enum | None, int]
    by_sector: dict[Enum | None, int]
    by_pillar: dict[Enum | None, int]
    totals: list[tuple[str, int]] = field(default_factory=list)


def gather(services: Services, today: date) -> Dashboard:
    s = services
    year = fiscal_year(today)
    decisions = s.decisions.count_by("status")
    agreements = s.agreements.count_by("status")
    partners = s.partners.counts_by("level", "sector", "pillar")
    board = Dashboard(
        today=today,
        overdue=s.decisions.overdue(today),
        expired_in_force=s.agreements.expired_but_active(today),
        expiring=s.agreements.expiring(EXPIRY_WARNING_DAYS, today),
        upcoming=s.meetings.upcoming(UPCOMING_DAYS, today),
        last_backup=s.settings.last_backup_at(),
        by_level=partners["level"],
        by_sector=partners["sector"],
        by_pillar=partners["pillar"],
    )
    in_year = ListQuery(fiscal_year=year)
    board.totals = [
        (_("Partners"), sum(board.by_level.values())),
        (_("Networks"), s.networks.count()),
        (_("Committees"), s.committees.count()),
        (_("Agreements in force"), agreements.get(AgreementStatus.ACTIVE, 0)),
        (
            _("Resolutions not yet done"),
            decisions.get(DecisionStatus.PENDING, 0) + decisions.get(DecisionStatus.IN_PROGRESS, 0),
        ),
        (_("Meetings in fiscal year {year}").format(year=year), s.meetings.count(in_year)),
        (
            _("Resource exchanges in fiscal year {year}").format(year=year),
            s.exchanges.count(in_year),
        ),
        (_("Joint plans"), s.plans.count()),
    ]
    return board


def days_text(days: int) -> str:
    return _("1 day") if days == 1 else _("{n} days").format(n=f"{days:,}")


class HomePage(QWidget):
    open_record = Signal(str, object)  # section key, record id (None: that whole list)

    def __init__(self, services: Services) -> None:
        super().__init__()
        self.ui = Ui_HomePage()
        self.ui.setupUi(self)
        self.services = services
        self.board: Dashboard | None = None
        self.loaded = False
        for box in (self.ui.overdueList, self.ui.expiringList, self.ui.meetingsList):
            box.itemActivated.connect(self._activated)
            box.itemDoubleClicked.connect(self._activated)
        self.ui.refreshButton.clicked.connect(self.load)

    def load(self) -> None:
        """Read and show everything; also after the Refresh button."""
        today = date.today()
        try:
            self.board = gather(self.services, today)
        except DomainError as error:
            self.ui.backupLabel.setText(error_text(error))
            return
        board = self.board
        self.ui.today.setText(_("Today: {date}").format(date=format_date(today, "full")))
        self._show_backup(board)
        self._show_overdue(board)
        self._show_agreements(board)
        self._show_meetings(board)
        self._fill_counts(self.ui.totalsGrid, board.totals)
        self._fill_counts(self.ui.levelGrid, self._by(Level, board.by_level))
        self._fill_counts(self.ui.sectorGrid, self._by(Sector, board.by_sector))
        self._fill_counts(self.ui.pillarGrid, self._by(Pillar, board.by_pillar))
        self.loaded = True

    # -- attention lists -----------------------------------------------------------------------

    def _show_backup(self, board: Dashboard) -> None:
        if board.last_backup is None:
            text = _("No backup yet. Back up the data to a USB stick soon, and then every week.")
            late = True
        else:
            when = board.last_backup.astimezone()
            days = (board.today - when.date()).days
            ago = _("today") if days <= 0 else _("{days} ago").format(days=days_text(days))
            text = _("Last backup: {date} ({ago}).").format(
                date=format_date(when.date(), "full"), ago=ago
            )
            late = days > BACKUP_WARNING_DAYS
            if late:
                text += " " + _("Please back up the data again.")
        style = f"color: {WARNING}; font-weight: bold;" if late else ""
        self.ui.backupLabel.setStyleSheet(style)
        self.ui.backupLabel.setText(text)

    def _show_overdue(self, board: Dashboard) -> None:
        box = self.ui.overdueList
        box.clear()
        for decision in board.overdue[:MAX_SHOWN]:
            assert decision.due_date is not None  # overdue means it has a due date
            late = (board.today - decision.due_date).days
            text = _("{resolution}\nDue {date}: {days} late").format(
                resolution=self.services.decisions.describe(decision),
                date=format_date(decision.due_date, "abbr"),
                days=days_text(late),
            )
            who = [r.partner.name for r in decision.responsibles if r.partner is not None]
            if who:
                text += " · " + _("Responsible: {names}").format(names=", ".join(who))
            self._add(box, text, "meetings", decision.id)
        self._finish(box, len(board.overdue), "meetings", _("No resolution is overdue."))
        self._title(self.ui.overdueBox, _("Overdue resolutions"), len(board.overdue))

    def _show_agreements(self, board: Dashboard) -> None:
        box = self.ui.expiringList
        box.clear()
        for agreement in board.expired_in_force[:MAX_SHOWN]:
            assert agreement.expires_on is not None
            ago = (board.today - agreement.expires_on).days
            text = _("{name}\nExpired on {date} ({days} ago) but still marked in force").format(
                name=agreement.name,
                date=format_date(agreement.expires_on, "abbr"),
                days=days_text(ago),
            )
            self._add(box, text, "agreements", agreement.id, warning=True)
        room = max(0, MAX_SHOWN - len(board.expired_in_force))
        for agreement in board.expiring[:room]:
            assert agreement.expires_on is not None
            left = (agreement.expires_on - board.today).days
            when = _("today") if left == 0 else _("in {days}").format(days=days_text(left))
            text = _("{name}\nExpires on {date} ({when})").format(
                name=agreement.name, date=format_date(agreement.expires_on, "abbr"), when=when
            )
            self._add(box, text, "agreements", agreement.id)
        total = len(board.expired_in_force) + len(board.expiring)
        empty = _("No agreement expires within {days} days.").format(days=EXPIRY_WARNING_DAYS)
        self._finish(box, total, "agreements", empty)
        self._title(self.ui.expiringBox, _("Agreements to renew or close"), total)

    def _show_meetings(self, board: Dashboard) -> None:
        box = self.ui.meetingsList
        box.clear()
        for meeting in board.upcoming[:MAX_SHOWN]:
            when = format_date(meeting.meeting_date, "abbr")
            if meeting.start_time is not None:
                when += " " + _("at {time}").format(time=meeting.start_time.strftime("%H.%M"))
            text = self.services.meetings.describe(meeting) + "\n" + when
            if meeting.place:
                text += " · " + meeting.place
            self._add(box, text, "meetings", meeting.id)
        empty = _("No meeting in the next {days} days.").format(days=UPCOMING_DAYS)
        self._finish(box, len(board.upcoming), "meetings", empty)
        self._title(self.ui.meetingsBox, _("Meetings in the next 30 days"), len(board.upcoming))

    def _add(
        self, box: QListWidget, text: str, section: str, ident: uuid.UUID, *, warning: bool = False
    ) -> None:
        item = QListWidgetItem(text, box)
        item.setData(ROLE, (section, ident))
        item.setToolTip(_("Double-click to open"))
        if warning:
            item.setForeground(QBrush(QColor(WARNING)))

    def _finish(self, box: QListWidget, total: int, section: str, empty: str) -> None:
        if total == 0:
            item = QListWidgetItem(empty, box)
            item.setFlags(Qt.ItemFlag.NoItemFlags)  # a note, not something to open
        elif total > box.count():
            more = _("… and {n} more: open the list to see them all").format(
                n=f"{total - box.count():,}"
            )
            item = QListWidgetItem(more, box)
            item.setData(ROLE, (section, None))

    @staticmethod
    def _title(box: QGroupBox, title: str, count: int) -> None:
        box.setTitle(_("{title} ({n})").format(title=title, n=f"{count:,}"))

    def _activated(self, item: QListWidgetItem) -> None:
        target = item.data(ROLE)
        if target:
            self.open_record.emit(*target)

    # -- counts --------------------------------------------------------------------------------

    @staticmethod
    def _by(enum: type[Enum], counts: dict[Enum | None, int]) -> list[tuple[str, int]]:
        """Every member in its usual order, zeros included, so the lists always look alike."""
        rows = [(str(getattr(m, "label", m)), counts.get(m, 0)) for m in enum]
        if counts.get(None):
            rows.append((_("Not specified"), counts[None]))
        return rows

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
