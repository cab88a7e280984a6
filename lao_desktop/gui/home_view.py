"""What the home page shows, as plain texts and numbers, and its saved copy.

The home page draws a ``HomeView``; ``home_data`` makes one from the services. After each
fresh reading the view is saved in the user's data folder, so that at the next start the
home page can show those figures, labelled with their time, while the database opens and
the services load (about half a second on a slow PC). This module imports no SQLAlchemy:
that is what makes the saved figures quick to show.
"""

from __future__ import annotations

import json
import logging
from dataclasses import asdict, dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

from lao_desktop import i18n
from lao_desktop.files import write_atomically
from lao_desktop.paths import data_dir, database_key

log = logging.getLogger(__name__)

SNAPSHOT_FILE = "home-snapshot.json"
FORMAT = 2  # raise when the saved shape changes: an older file is then ignored


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
    taken_at: str = ""  # ISO time of the reading
    language: str = ""


def _file() -> Path:
    return data_dir() / SNAPSHOT_FILE


def save(view: HomeView, target: str) -> None:
    """Keep ``view`` for the next start; a failure only costs that quick first look."""
    payload = {"format": FORMAT, "database": database_key(target), "view": asdict(view)}
    try:
        write_atomically(_file(), json.dumps(payload, ensure_ascii=False).encode("utf-8"))
    except OSError as error:
        log.warning("cannot save the home snapshot: %s", error)


def _entries(raw: list[dict[str, Any]]) -> list[Entry]:
    return [Entry(**item) for item in raw]


def _rows(raw: list[list[Any]]) -> list[tuple[str, int]]:
    return [(str(label), int(count)) for label, count in raw]


def load(target: str) -> HomeView | None:
    """The view saved for the database ``target`` in the current interface language, or None
    (none saved, another database or language, or an unreadable file)."""
    try:
        payload = json.loads(_file().read_text(encoding="utf-8"))
        if payload.get("format") != FORMAT or payload.get("database") != database_key(target):
            return None
        raw = payload["view"]
        if raw["language"] != i18n.language():
            return None
        lists = {
            name: AttentionList(raw[name]["title"], _entries(raw[name]["entries"]))
            for name in ("overdue", "agreements", "meetings")
        }
        view = HomeView(
            today=raw["today"],
            backup=raw["backup"],
            backup_late=bool(raw["backup_late"]),
            totals=_rows(raw["totals"]),
            by_level=_rows(raw["by_level"]),
            by_sector=_rows(raw["by_sector"]),
            by_pillar=_rows(raw["by_pillar"]),
            taken_at=raw["taken_at"],
            language=raw["language"],
            **lists,
        )
        datetime.fromisoformat(view.taken_at)  # the label needs it
    except FileNotFoundError:
        return None
    except (OSError, ValueError, KeyError, TypeError) as error:
        log.warning("ignoring an unreadable home snapshot: %s", error)
        return None
    return view
