"""Any list of the program, as shown, to .xlsx or .csv; and the whole database to .xlsx.

A list is exported as the clerk sees it: its filters, search text, fiscal year, view
("Overdue resolutions") and sort, its visible columns titled in the interface language.
Every row is read again through the services, a page of ``MAX_PAGE`` at a time, not just
the rows loaded in the view. Cells keep what they are: numbers as numbers (money with two
decimals), dates as B.E. text, choices by their label, linked records by name, national ID
numbers masked as on screen. The work runs off the UI thread (``run_job``): Cancel leaves
no file, and a file that cannot be written is explained to the clerk.
"""

from __future__ import annotations

import itertools
import uuid
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import date, datetime
from decimal import Decimal
from operator import attrgetter
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol

from PySide6.QtCore import QStandardPaths
from PySide6.QtWidgets import QFileDialog, QMenu, QMessageBox, QPushButton, QTableView, QWidget

from lao_desktop.files import safe_file_name
from lao_desktop.gui.format import shown
from lao_desktop.gui.jobs import Job, Progress, run_job
from lao_desktop.gui.messages import confirm
from lao_desktop.gui.models.audit_table import TITLES, WIDTHS
from lao_desktop.gui.models.record_table import Column
from lao_desktop.i18n import _
from lao_desktop.services.audit_trail import AuditQuery, action_label, entity_label
from lao_desktop.services.fields import Field, MoneyField, RefField
from lao_desktop.services.query import MAX_PAGE, ListQuery, Page
from lao_desktop.services.registry import Services
from lao_desktop.tabular.exporter import _audit as record_export
from lao_desktop.tabular.exporter import export_all
from lao_desktop.tabular.writing import Cell, Table, cell, save
from lao_desktop.thai.dates import be_year

if TYPE_CHECKING:
    from lao_desktop.gui.audit_page import AuditPage
    from lao_desktop.gui.child_panel import ChildPanel
    from lao_desktop.gui.list_page import ListPage

Fetch = Callable[[Services, ListQuery], Page[Any]]
SUFFIXES = (".xlsx", ".csv")
MAX_FILE_TITLE = 80  # characters of a proposed file name before the date


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


# -- the clerk's side --------------------------------------------------------------------------

_last_folder = ""  # where the last export went, offered next time (this session)
# The jobs started here, kept until an export after their end: a job freed by the pool's
# thread (the pool deletes it when ``work`` returns) would take its signals' QObject with it
# there while the UI thread may still be delivering them, a crash seen in about 1 run in 5.
_jobs: dict[int, Job] = {}
_ended: set[int] = set()
_numbers = itertools.count()


def _keep(job: Job) -> Job:
    for number in _ended:
        _jobs.pop(number, None)  # here, on the UI thread, long after the pool let go
    _ended.clear()
    number = next(_numbers)
    _jobs[number] = job
    job.signals.finished.connect(lambda _result: _ended.add(number))
    job.signals.failed.connect(lambda _error: _ended.add(number))
    return job


def suggested_name(title: str, suffix: str, today: date | None = None) -> str:
    """ "ภาคี 2569-11-21.xlsx": what the file holds and the B.E. day it was made."""
    day = today or date.today()
    stamp = f"{be_year(day)}-{day:%m-%d}"
    return safe_file_name(f"{title[:MAX_FILE_TITLE].strip()} {stamp}", suffix)


def _file_types(suffix: str) -> str:
    if suffix == ".csv":
        return _("CSV file (UTF-8, opens in Excel)") + " (*.csv)"
    return _("Excel workbook") + " (*.xlsx)"


def ask_path(parent: QWidget | None, title: str, name: str, suffix: str) -> Path | None:
    """The file to write, chosen in a save dialog that proposes ``name``; None when the
    clerk cancels. (Tests replace this function.)"""
    folder = _last_folder or QStandardPaths.writableLocation(
        QStandardPaths.StandardLocation.DocumentsLocation
    )
    chosen, _kind = QFileDialog.getSaveFileName(
        parent, title, str(Path(folder) / name), _file_types(suffix)
    )
    if not chosen:
        return None
    path = Path(chosen)
    if path.suffix.casefold() != suffix:
        path = path.with_name(path.name + suffix)
        # The file dialog asked about the name typed, not this one.
        if path.exists() and not confirm(
            parent, title, _("{name} already exists. Replace it?").format(name=path.name)
        ):
            return None
    return path


def _remember(path: Path) -> None:
    global _last_folder
    _last_folder = str(path.parent)


def _rows_progress(progress: Progress) -> Progress:
    def report(done: int, total: int, sheet: str) -> None:
        text = _("{sheet}: {done} of {total} rows").format(
            sheet=sheet, done=f"{done:,}", total=f"{total:,}"
        )
        progress(done, total, text)

    return report


def export_list(parent: QWidget, services: Services, what: Exportable, suffix: str) -> Job | None:
    """Ask where, then write ``what`` there off the UI thread; say how many rows and where."""
    path = ask_path(parent, _("Export the list"), suggested_name(what.file_title, suffix), suffix)
    if path is None:
        return None
    db, actor = services.ctx.db, services.ctx.actor

    def work(progress: Progress) -> int:
        own = Services(db, actor)  # the page's services belong to the UI thread
        table = what.table(own)
        written = 0

        def counted(rows: Any) -> Iterator[Sequence[Cell]]:
            nonlocal written
            for row in rows:
                written += 1
                yield row

        save(path, [replace(table, rows=counted(table.rows))], _rows_progress(progress))
        record_export(own, path, {what.kind: written})
        return written

    def done(count: int) -> None:
        _remember(path)
        QMessageBox.information(
            parent,
            _("Exported"),
            _("{count} rows were saved in {path}").format(count=f"{count:,}", path=path),
        )

    return _keep(run_job(parent, _("Exporting “{title}”").format(title=what.title), work, done))


def export_button(
    button: QPushButton, services: Services, source: Callable[[], Exportable | None]
) -> None:
    """Give ``button`` the menu "Excel workbook (.xlsx)… / CSV file (.csv)…"; ``source``
    says what is on screen at the moment the clerk chooses."""
    button.setToolTip(_("Save this list, as shown, as an Excel or CSV file"))
    menu = QMenu(button)
    for suffix, text in ((".xlsx", _("Excel workbook (.xlsx)…")), (".csv", _("CSV file (.csv)…"))):
        action = menu.addAction(text)
        action.triggered.connect(
            lambda _checked=False, s=suffix: _export_chosen(button, services, source, s)
        )
    button.setMenu(menu)


def _export_chosen(
    parent: QWidget, services: Services, source: Callable[[], Exportable | None], suffix: str
) -> None:
    what = source()
    if what is not None:
        export_list(parent.window(), services, what, suffix)


def new_export_button(
    parent: QWidget, services: Services, source: Callable[[], Exportable | None]
) -> QPushButton:
    button = QPushButton(_("Export"), parent)
    export_button(button, services, source)
    return button


# -- the whole database ------------------------------------------------------------------------


def export_database(parent: QWidget, services: Services) -> Job | None:
    """Every kind of record as a sheet of one workbook; at the end, how many and where."""
    title = _("Export the whole database")
    path = ask_path(parent, title, suggested_name(_("Whole database"), ".xlsx"), ".xlsx")
    if path is None:
        return None
    db, actor = services.ctx.db, services.ctx.actor

    def work(progress: Progress) -> int:
        return export_all(Services(db, actor), path, _rows_progress(progress))

    def done(count: int) -> None:
        _remember(path)
        QMessageBox.information(
            parent,
            title,
            _("{count} records were saved in {path}, a sheet for each kind of record.").format(
                count=f"{count:,}", path=path
            ),
        )

    return _keep(run_job(parent, title, work, done))
