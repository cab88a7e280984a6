"""What the home page shows, as plain texts and numbers: ``home_data`` makes a ``HomeView``
from the services, the home page draws it.

(Earlier versions kept the last figures in the user's folder to show them before the
database opened; with logging in they would be shown to whoever sits at the PC, so not.)
"""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass
class Entry:
    """One line of an attention list; ``section`` (the navigation key), ``service`` (the list
    within it) and ``ident`` say what it opens (``ident`` None: that whole list; ``section``
    empty: a note that opens nothing)."""

    text: str
    section: str = ""
    service: str = ""
    ident: str | None = None
    warning: bool = False


@dataclass
class AttentionList:
    title: str
    entries: list[Entry] = field(default_factory=list)


@dataclass
class HomeView:
    today: str
    backup: str
    backup_late: bool
    overdue: AttentionList
    agreements: AttentionList
    meetings: AttentionList
    totals: list[tuple[str, int]]
    by_level: list[tuple[str, int]]
    by_sector: list[tuple[str, int]]
    by_pillar: list[tuple[str, int]]
