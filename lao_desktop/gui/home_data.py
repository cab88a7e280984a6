"""The home page's figures, read from the services and written out as a ``HomeView``.

Everything is read in a handful of small indexed queries (counts are grouped in the
database, one query per grouping), so the reading is quick on a province's 100,000+ records.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from enum import Enum

from lao_desktop.gui.home_view import AttentionList, Entry, HomeView
from lao_desktop.i18n import _
from lao_desktop.models.agreement import Agreement
from lao_desktop.models.decision import Decision
from lao_desktop.models.enums import AgreementStatus, DecisionStatus, Level, Pillar, Sector
from lao_desktop.models.meeting import Meeting
from lao_desktop.services.query import ListQuery
from lao_desktop.services.registry import Services
from lao_desktop.thai.dates import format_date
from lao_desktop.thai.fiscal import fiscal_year

EXPIRY_WARNING_DAYS = 90
UPCOMING_DAYS = 30
MAX_SHOWN = 50  # items per attention list; the rest is counted
# What an entry opens: (navigation section, list within it by its service)
DECISIONS = ("meetings", "decisions")
AGREEMENTS = ("agreements", "agreements")
MEETINGS = ("meetings", "meetings")


@dataclass
class Dashboard:
    """What the home page shows, as records and counts."""

    today: date
    overdue: list[Decision]
    expired_in_force: list[Agreement]
    expiring: list[Agreement]
    upcoming: list[Meeting]
    last_backup: datetime | None
    backup_reminder_days: int
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
        backup_reminder_days=s.settings.backup_reminder_days(),
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


def read(services: Services, today: date) -> HomeView:
    """The home page as it should look now."""
    board = gather(services, today)
    backup, late = _backup(board)
    return HomeView(
        today=_("Today: {date}").format(date=format_date(today, "full")),
        backup=backup,
        backup_late=late,
        overdue=_overdue(services, board),
        agreements=_agreements(board),
        meetings=_meetings(services, board),
        totals=board.totals,
        by_level=_by(Level, board.by_level),
        by_sector=_by(Sector, board.by_sector),
        by_pillar=_by(Pillar, board.by_pillar),
    )


def _backup(board: Dashboard) -> tuple[str, bool]:
    if board.last_backup is None:
        text = _("No backup yet. Back up the data to a USB stick soon, and then every week.")
        return text, True
    when = board.last_backup.astimezone()
    days = (board.today - when.date()).days
    ago = _("today") if days <= 0 else _("{days} ago").format(days=days_text(days))
    text = _("Last backup: {date} ({ago}).").format(date=format_date(when.date(), "full"), ago=ago)
    late = days > board.backup_reminder_days
    if late:
        text += " " + _("Please back up the data again.")
    return text, late


def _finish(shown: AttentionList, total: int, opens: tuple[str, str], empty: str) -> AttentionList:
    """Titles count everything; beyond MAX_SHOWN a last line opens the whole list."""
    if total == 0:
        shown.entries.append(Entry(empty))
    elif total > len(shown.entries):
        more = _("… and {n} more: open the list to see them all").format(
            n=f"{total - len(shown.entries):,}"
        )
        shown.entries.append(Entry(more, *opens))
    shown.title = _("{title} ({n})").format(title=shown.title, n=f"{total:,}")
    return shown


def _overdue(services: Services, board: Dashboard) -> AttentionList:
    shown = AttentionList(_("Overdue resolutions"))
    for decision in board.overdue[:MAX_SHOWN]:
        assert decision.due_date is not None  # overdue means it has a due date
        late = (board.today - decision.due_date).days
        text = _("{resolution}\nDue {date}: {days} late").format(
            resolution=services.decisions.describe(decision),
            date=format_date(decision.due_date, "abbr"),
            days=days_text(late),
        )
        who = [r.partner.name for r in decision.responsibles if r.partner is not None]
        if who:
            text += " · " + _("Responsible: {names}").format(names=", ".join(who))
        shown.entries.append(Entry(text, *DECISIONS, str(decision.id)))
    return _finish(shown, len(board.overdue), DECISIONS, _("No resolution is overdue."))


def _agreements(board: Dashboard) -> AttentionList:
    shown = AttentionList(_("Agreements to renew or close"))
    for agreement in board.expired_in_force[:MAX_SHOWN]:
        assert agreement.expires_on is not None
        ago = (board.today - agreement.expires_on).days
        text = _("{name}\nExpired on {date} ({days} ago) but still marked in force").format(
            name=agreement.name,
            date=format_date(agreement.expires_on, "abbr"),
            days=days_text(ago),
        )
        shown.entries.append(Entry(text, *AGREEMENTS, str(agreement.id), warning=True))
    room = max(0, MAX_SHOWN - len(board.expired_in_force))
    for agreement in board.expiring[:room]:
        assert agreement.expires_on is not None
        left = (agreement.expires_on - board.today).days
        when = _("today") if left == 0 else _("in {days}").format(days=days_text(left))
        text = _("{name}\nExpires on {date} ({when})").format(
            name=agreement.name, date=format_date(agreement.expires_on, "abbr"), when=when
        )
        shown.entries.append(Entry(text, *AGREEMENTS, str(agreement.id)))
    total = len(board.expired_in_force) + len(board.expiring)
    empty = _("No agreement expires within {days} days.").format(days=EXPIRY_WARNING_DAYS)
    return _finish(shown, total, AGREEMENTS, empty)


def _meetings(services: Services, board: Dashboard) -> AttentionList:
    shown = AttentionList(_("Meetings in the next 30 days"))
    for meeting in board.upcoming[:MAX_SHOWN]:
        when = format_date(meeting.meeting_date, "abbr")
        if meeting.start_time is not None:
            when += " " + _("at {time}").format(time=meeting.start_time.strftime("%H.%M"))
        text = services.meetings.describe(meeting) + "\n" + when
        if meeting.place:
            text += " · " + meeting.place
        shown.entries.append(Entry(text, *MEETINGS, str(meeting.id)))
    empty = _("No meeting in the next {days} days.").format(days=UPCOMING_DAYS)
    return _finish(shown, len(board.upcoming), MEETINGS, empty)


def _by(enum: type[Enum], counts: dict[Enum | None, int]) -> list[tuple[str, int]]:
    """Every member in its usual order, zeros included, so the lists always look alike."""
    rows = [(str(getattr(m, "label", m)), counts.get(m, 0)) for m in enum]
    if counts.get(None):
        rows.append((_("Not specified"), counts[None]))
    return rows
