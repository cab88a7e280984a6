"""The description of a concept's screen."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

from PySide6.QtWidgets import QWidget

from lao_desktop.gui.models.record_table import Column
from lao_desktop.services.permissions import Action
from lao_desktop.services.query import ListQuery, Page
from lao_desktop.services.registry import Services


@dataclass(frozen=True)
class View:
    """A list other than "all records": overdue resolutions, agreements about to expire."""

    title: str  # msgid
    fetch: Callable[[Services, ListQuery], Page[Any]]


@dataclass(frozen=True)
class RecordAction:
    """A button besides Add / Edit / Delete, of a list ("Approve…", "Set password…") or of a
    sub-records tab ("Fill from the committee", "Attach a scan…"). ``run(services, record,
    parent widget)`` does the work through the services and says whether the list must be
    reloaded; a DomainError it raises is shown to the clerk. The button shows only to those
    whose role allows ``needs`` (the service refuses the others anyway)."""

    title: str  # msgid
    run: Callable[[Services, Any, QWidget], bool]
    # The record given to ``run``: the chosen sub-record (on_row) or the parent record.
    on_row: bool = False
    # Whether the button is enabled for that record (e.g. only for a current member).
    applies: Callable[[Any], bool] = lambda _record: True
    tip: str = ""  # msgid of a tooltip saying what it does or why it is disabled
    needs: Action = Action.WRITE


@dataclass(frozen=True)
class Child:
    """Sub-records shown under the chosen record (contacts of a partner, members …)."""

    title: str  # msgid
    service: str  # attribute of Services
    parent_key: str  # the field linking to the chosen record
    columns: tuple[Column, ...]
    ref_filters: Callable[[Any], Mapping[str, Mapping[str, Any]]] = lambda _parent: {}
    # Instead of service.create, e.g. a renewal that also extends the agreement
    create: Callable[[Services, Mapping[str, Any]], Any] | None = None
    actions: tuple[RecordAction, ...] = ()
    # False where a sub-record is not typed in a form (a scan is attached, not typed).
    can_add: bool = True
    can_edit: bool = True
    # A line above the list, worked out after each reload (e.g. how many came to a meeting).
    summary: Callable[[Services, Any], str] | None = None


@dataclass(frozen=True)
class Concept:
    title: str  # msgid of the tab or page
    service: str  # attribute of Services
    columns: tuple[Column, ...]
    filters: tuple[str, ...] = ()  # choice fields offered as filters
    fiscal_year: bool = False  # a fiscal-year filter on the service's date column
    views: tuple[View, ...] = ()
    children: tuple[Child, ...] = ()
    # Lines added to the detail view: (label msgid, text)
    details: Callable[[Services, Any], list[tuple[str, str]]] | None = None
    # Instead of service.create, e.g. a meeting with the five standard agenda items
    create: Callable[[Services, Mapping[str, Any]], Any] | None = None
    newest_first: bool = False  # dated lists open on the latest records
    actions: tuple[RecordAction, ...] = ()  # on the chosen record (``on_row`` is implied)
