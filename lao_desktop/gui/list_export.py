"""Any list of the program as shown, as a table to write to .xlsx or .csv.

A list is exported as the clerk sees it: its filters, search text, fiscal year, view
("Overdue resolutions") and sort, its visible columns titled in the interface language.
Every row is read again through the services (which check READ, or AUDIT for the audit
trail), a page of ``MAX_PAGE`` at a time, not just the rows loaded in the view. Cells keep
what they are: numbers as numbers (money with two decimals), dates as B.E. text, choices by
their label, linked records by name, national ID numbers masked as on screen.
``export_actions`` asks where and writes the table off the UI thread.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import date, datetime
from decimal import Decimal
from operator import attrgetter
from typing import TYPE_CHECKING, Any, Protocol

from PySide6.QtWidgets import QTableView

from lao_desktop.gui.format import shown
from lao_desktop.gui.models.audit_table import TITLES, WIDTHS
from lao_desktop.gui.models.record_table import Column
from lao_desktop.i18n import _
from lao_desktop.services.audit_trail import AuditQuery, action_label, entity_label
from lao_desktop.services.fields import Field, MoneyField, RefField
from lao_desktop.services.query import MAX_PAGE, ListQuery, Page
from lao_desktop.services.registry import Services
from lao_desktop.tabular.writing import Cell, Table, cell

if TYPE_CHECKING:
    from lao_desktop.gui.audit_page import AuditPage
    from lao_desktop.gui.child_panel import ChildPanel
    from lao_desktop.gui.list_page import ListPage

Fetch = Callable[[Services, ListQuery], Page[Any]]


class Exportable(Protocol):
    """What an export writes: a table read through the given services (the worker's own)."""

    @property
    def title(self) -> str: ...  # the sheet's name

    @property
    def file_title(self) -> str: ...  # the proposed file name, before the date

    @property
    def kind(self) -> str: ...  # what the audit trail counts, e.g. "partners"

    def table(self, services: Services) -> Table: ...


# -- lists of records --------------------------------------------------------------------------


@dataclass(frozen=True)
class ListSource:
    """A list of records as shown, described so that another thread can read it again."""

    title: str
    service: str  # attribute (path) of Services
    columns: tuple[Column, ...]
    query: ListQuery  # filters, search text, fiscal year and sort of the list on screen
    fetch: Fetch | None = None  # a view of the list; None: the service's own list
    file_title: str = ""

    @property
    def kind(self) -> str:
        return self.service

    def table(self, services: Services) -> Table:
        service = attrgetter(self.service)(services)
        fetch: Fetch = self.fetch or (lambda _s, query: service.list(query))
        query = replace(self.query, offset=0, limit=MAX_PAGE)
        first = fetch(services, query)
        fields = service.schema.fields
        return Table(
            title=self.title,
            headers=[_(c.title) for c in self.columns],
            rows=self._rows(services, fields, fetch, query, first),
            widths=[c.width for c in self.columns],
            money=frozenset(
                i
                for i, c in enumerate(self.columns)
                if c.text is None and isinstance(fields.get(c.key), MoneyField)
            ),
            total=first.total,
        )

    def _rows(
        self,
        services: Services,
        fields: Mapping[str, Field],
        fetch: Fetch,
        query: ListQuery,
        page: Page[Any],
    ) -> Iterator[list[Cell]]:
        seen: set[Any] = set()  # a record that moved to a later page meanwhile comes once
        offset = 0
        while True:
            fresh = [r for r in page.items if r.id not in seen]
            seen.update(r.id for r in fresh)
            yield from record_cells(services, fields, self.columns, fresh)
            offset += len(page.items)
            # A view's short list comes whole whatever the offset (``fixed_page``).
            if not page.items or offset >= page.total:
                return
            page = fetch(services, replace(query, offset=offset))


def record_cells(
    services: Services,
    fields: Mapping[str, Field],
    columns: Sequence[Column],
    records: Sequence[Any],
) -> Iterator[list[Cell]]:
    """The cells of ``records``; the names of linked records in one query per column."""
    names: dict[uuid.UUID, str] = {}
    for column in columns:
        spec = fields.get(column.key)
        if isinstance(spec, RefField) and column.text is None:
            ids = {getattr(r, column.key) for r in records} - {None}
            names.update(services.for_model(spec.model).names(ids))
    for record in records:
        yield [_cell(record, column, fields.get(column.key), names) for column in columns]


def _cell(record: Any, column: Column, spec: Field | None, names: Mapping[uuid.UUID, str]) -> Cell:
    if column.text is not None:  # worked out for the screen (a province's name, days left)
        return column.text(record) or None
    value = getattr(record, column.key, None)
    if value is None or value == "":
        return None
    if isinstance(value, datetime):
        return cell(value.astimezone())
    if isinstance(value, date):
        return cell(value)
    if isinstance(value, int | Decimal) and not isinstance(value, bool):
        return value
    # Choices by label, Yes/No, times, linked names, masked ID numbers: as on screen.
    return shown(value, spec, names) or None


def visible_columns(table: QTableView, columns: Sequence[Column]) -> tuple[Column, ...]:
    return tuple(c for i, c in enumerate(columns) if not table.isColumnHidden(i))


def page_source(page: ListPage) -> ListSource:
    """The list of a concept's page as it is on screen."""
    page.apply_search()  # what is typed, even within the pause before the list follows it
    view = page.view_box.currentData() if page.view_box is not None else None
    title = _(view.title) if view is not None else _(page.concept.title)
    return ListSource(
        title=title,
        service=page.concept.service,
        columns=visible_columns(page.ui.table, page.model.columns),
        query=page.model.query,
        fetch=view.fetch if view is not None else None,
        file_title=title,
    )


def panel_source(panel: ChildPanel) -> ListSource | None:
    """The sub-records of the chosen record (None when no record is chosen)."""
    parent = panel.parent_record
    if parent is None:
        return None
    service_path, key, ident = panel.child.service, panel.child.parent_key, parent.id

    def fetch(services: Services, query: ListQuery) -> Page[Any]:
        filters = {**query.filters, key: ident}
        page: Page[Any] = attrgetter(service_path)(services).list(replace(query, filters=filters))
        return page

    title = _(panel.child.title)
    parent_name = panel.service_for(type(parent)).names([ident]).get(ident, "")
    return ListSource(
        title=title,
        service=service_path,
        columns=visible_columns(panel.table, panel.model.columns),
        query=panel.model.query,
        fetch=fetch,
        file_title=f"{title} {parent_name}".strip(),
    )


# -- the audit trail ---------------------------------------------------------------------------


@dataclass(frozen=True)
class AuditSource:
    """The audit entries the audit screen shows, newest first."""

    query: AuditQuery
    kind: str = "audit"

    @property
    def title(self) -> str:
        return _("Audit trail")

    @property
    def file_title(self) -> str:
        return self.title

    def table(self, services: Services) -> Table:
        trail = services.audit_trail
        query = replace(self.query, offset=0, limit=MAX_PAGE)
        first = trail.list(query)

        def rows() -> Iterator[list[Cell]]:
            page, offset, last = first, 0, None
            while True:
                for entry in page.items:
                    # Newest first: an entry written meanwhile pushes older ones to the
                    # next page; those already written are not written twice.
                    if last is not None and entry.id >= last:
                        continue
                    last = entry.id
                    yield [
                        entry.id,
                        cell(entry.at.astimezone()),
                        entry.username,
                        action_label(entry.action),
                        entity_label(entry.entity),
                        entry.summary,
                    ]
                offset += len(page.items)
                if not page.items or offset >= page.total:
                    return
                page = trail.list(replace(query, offset=offset))

        return Table(
            title=self.title,
            headers=[_(t) for t in TITLES],
            rows=rows(),
            widths=list(WIDTHS),
            total=first.total,
        )


def audit_source(page: AuditPage) -> AuditSource:
    return AuditSource(page.model.query)
