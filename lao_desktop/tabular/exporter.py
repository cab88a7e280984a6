"""A kind's records, or the whole database, as a workbook the importer reads back; and each
kind's empty template with an example row.

Exports read through the services (who may read, national ID numbers left out) page by page,
so a province's 100,000 records never sit in memory at once; each export is recorded in the
audit trail (a list of contacts is personal data leaving the program).
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any

from lao_desktop.i18n import _
from lao_desktop.services import audit
from lao_desktop.services.fields import MoneyField
from lao_desktop.services.permissions import Action, require
from lao_desktop.services.query import MAX_PAGE, ListQuery
from lao_desktop.services.registry import Services
from lao_desktop.tabular.columns import Column, IdColumn, RefColumn, RefIdColumn
from lao_desktop.tabular.kinds import KINDS, Kind
from lao_desktop.tabular.writing import Cell, Progress, Table, save


def kind_table(services: Services, kind: Kind, query: ListQuery | None = None) -> Table:
    """The records of ``kind`` (``query``: its filter and sort; all live ones by default)."""
    service = kind.service_of(services)
    columns = [c for c in kind.columns() if c.exported]
    query = query or ListQuery()
    return Table(
        title=kind.sheet_title(),
        headers=[c.title() for c in columns],
        rows=_rows(services, service, columns, query),
        widths=[c.width for c in columns],
        money=frozenset(i for i, c in enumerate(columns) if _is_money(service, c)),
        total=service.count(query),
    )


def _is_money(service: Any, column: Column) -> bool:
    return bool(column.fills) and isinstance(service.schema.fields.get(column.fills[0]), MoneyField)


def _rows(
    services: Services, service: Any, columns: Sequence[Column], query: ListQuery
) -> Iterator[list[Cell]]:
    offset = 0
    while True:
        page = service.list(ListQuery(**{**vars(query), "offset": offset, "limit": MAX_PAGE}))
        names: dict[type[Any], dict[Any, str]] = {}
        for column in columns:
            if isinstance(column, RefColumn):
                ids = {getattr(r, column.fills[0]) for r in page.items} - {None}
                names.setdefault(column.model, {}).update(
                    services.for_model(column.model).names(ids)
                )
        for record in page.items:
            yield [c.value(record, names) for c in columns]
        offset += len(page.items)
        if not page.items or offset >= page.total:
            return


def export_kind(
    services: Services,
    kind: Kind,
    path: Path,
    progress: Progress | None = None,
    query: ListQuery | None = None,
) -> int:
    """Write ``kind``'s records to ``path`` (.xlsx or .csv); returns how many."""
    table = kind_table(services, kind, query)
    save(path, [table], progress)
    record_export(services, path, {kind.name: table.total})
    return table.total


def export_all(services: Services, path: Path, progress: Progress | None = None) -> int:
    """Every kind as a sheet of one .xlsx workbook; returns how many records in all."""
    tables = [kind_table(services, kind) for kind in KINDS]
    save(path, tables, progress)
    record_export(
        services, path, {kind.name: t.total for kind, t in zip(KINDS, tables, strict=True)}
    )
    return sum(t.total for t in tables)


def save_template(kind: Kind, path: Path) -> None:
    """The kind's columns with Thai headers and a row of example values; no system IDs
    (a new record has none)."""
    columns = [c for c in kind.columns() if not isinstance(c, IdColumn | RefIdColumn)]
    rows: list[list[Cell]] = [[kind.example.get(c.header) for c in columns]]
    title = kind.sheet_title()
    save(path, [Table(title, [c.title() for c in columns], rows if kind.example else [])])


def record_export(services: Services, path: Path, counts: dict[str, int]) -> None:
    """The export of ``counts`` records by kind to ``path``, in the audit trail."""
    require(services.ctx.actor, Action.READ)
    with services.transaction() as session:
        audit.record(
            session,
            services.ctx.actor,
            "spreadsheet_export",
            "database",
            None,
            _("Exported {count} records to {file}").format(
                count=f"{sum(counts.values()):,}", file=path.name
            ),
            {"file": path.name, **counts},
        )
