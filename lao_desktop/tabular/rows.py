"""The rows of one sheet, each through its kind's service in a savepoint of its own."""

from __future__ import annotations

import uuid
from collections.abc import Callable, Sequence
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from lao_desktop.errors import DomainError, ValidationError
from lao_desktop.i18n import _
from lao_desktop.services.fields import RefField
from lao_desktop.services.registry import Services
from lao_desktop.tabular.cells import normalized
from lao_desktop.tabular.columns import CellProblem, Column, IdColumn, RefIdColumn, RowInput
from lao_desktop.tabular.headers import Layout, layout
from lao_desktop.tabular.kinds import Kind
from lao_desktop.tabular.names import NameIndex
from lao_desktop.tabular.reading import Sheet
from lao_desktop.tabular.report import ImportProblem, ImportReport, KindResult
from lao_desktop.thai.collation import thai_sort_key

Progress = Callable[[int, int, str], None]
Problems = list[tuple[str, str]]  # (the file's header or "", message) of one row


class SheetImport:
    """One import: the rows of each sheet in turn, with the names they refer to."""

    def __init__(
        self, services: Services, report: ImportReport, progress: Progress | None, total: int
    ) -> None:
        self.services = services
        self.report = report
        self.progress = progress
        self.total = total
        self.done = 0
        self.names = NameIndex(services)

    def sheet(self, session: Session, kind: Kind, sheet: Sheet) -> None:
        columns = kind.columns()
        result = KindResult(kind, sheet.name)
        self.report.results.append(result)
        found = layout(sheet, columns)
        if found is None:
            message = _("No column headers of {kind} were found in this sheet.")
            self._problem(sheet, 1, "", message.format(kind=_(kind.title)))
            return
        result.ignored_columns = found.ignored
        if not self._has_required(sheet, found, columns):
            return
        rows = [(n, cells) for n, cells in sheet.rows if n > found.header_row]
        result.rows = len(rows)
        seen: dict[uuid.UUID, int] = {}
        # A row may name a record of its own kind further down (a network's parent):
        # rows that failed only on such a link are tried again after the others.
        own = _own_links(kind, found)
        failed: dict[int, Problems] = {}
        pending = rows
        while pending:
            waiting = []
            for number, cells in pending:
                problems = self._row(session, kind, found, number, cells, result, seen)
                if problems:
                    failed[number] = problems
                    if own and all(header in own for header, _m in problems):
                        waiting.append((number, cells))
                else:
                    failed.pop(number, None)
                if pending is rows:
                    self._step(kind)
            pending = waiting if len(waiting) < len(pending) else []
        for number, problems in sorted(failed.items()):
            for header, message in problems:
                self._problem(sheet, number, header, message)

    def _step(self, kind: Kind) -> None:
        self.done += 1
        if self.progress is not None and (self.done % 50 == 0 or self.done == self.total):
            self.progress(self.done, self.total, _(kind.title))

    def _has_required(self, sheet: Sheet, found: Layout, columns: Sequence[Column]) -> bool:
        present = {id(c) for _i, c, _h in found.found}
        if any(isinstance(c, IdColumn) for _i, c, _h in found.found):
            return True  # rows may all update records named by their system ID
        missing = [c for c in columns if c.required and id(c) not in present]
        for column in missing:
            header = column.title().removesuffix(" *")
            message = _("this column is missing; add a column headed “{header}”.")
            self._problem(sheet, found.header_row, header, message.format(header=header))
        return not missing

    def _row(
        self,
        session: Session,
        kind: Kind,
        found: Layout,
        number: int,
        cells: Sequence[Any],
        result: KindResult,
        seen: dict[uuid.UUID, int],
    ) -> Problems:
        row = RowInput()
        problems: Problems = []
        # System IDs first: a filled ID column wins over the name next to it.
        ordered = sorted(found.found, key=lambda f: not isinstance(f[1], IdColumn | RefIdColumn))
        for index, column, header in ordered:
            try:
                value = normalized(cells[index] if index < len(cells) else None)
                if value is None:
                    column.clear(row)
                else:
                    column.read(value, row, self.names)
            except CellProblem as problem:
                problems.append((header, str(problem)))
        if problems:
            return problems
        service = kind.service_of(self.services)
        try:
            target, version = self._target(session, kind, service, row)
        except CellProblem as problem:
            return [("", str(problem))]
        if target is not None and target in seen:
            message = _("this row is the same record as row {row}; keep one of the two.")
            return [("", message.format(row=seen[target]))]
        try:
            with self.services.ctx.unit():
                if target is not None and version is not None:
                    record = service.update(target, row.data)
                else:
                    record = service.create(row.data, ident=target)
                    self.names.add(service.model, record)
                if kind.extra is not None:
                    kind.extra.save(self.services, record, row.extra, self.names, version is None)
        except ValidationError as error:
            return [(found.header_of(p.field), p.message) for p in error.problems]
        except DomainError as error:
            return [("", str(error))]
        seen[record.id] = number
        if version is None:
            result.added += 1
        elif record.version != version:
            result.updated += 1
        else:
            result.unchanged += 1
        return []

    def _target(
        self, session: Session, kind: Kind, service: Any, row: RowInput
    ) -> tuple[uuid.UUID | None, int | None]:
        """(id, version) of the record the row updates; (id, None) to add it under the
        id it carries; (None, None) to add it under a new one."""
        model = service.model
        if row.ident is not None:
            existing = session.get(model, row.ident)
            if existing is None:
                return row.ident, None
            if existing.is_deleted:
                raise CellProblem(
                    _(
                        "this {what} is in the trash; restore it first, or empty the system "
                        "ID to add it again."
                    ).format(what=_(service.label))
                )
            return existing.id, existing.version
        stmt = select(model.id, model.version).where(model.deleted_at.is_(None))
        for key in kind.keys:
            value = service.peek(row.data, None, key)
            if key == "name" and hasattr(model, "sort_key"):
                if value is None:
                    return None, None
                stmt = stmt.where(model.sort_key == thai_sort_key(value))
            else:
                column = getattr(model, key)
                stmt = stmt.where(column.is_(None) if value is None else column == value)
        matches = session.execute(stmt.limit(2)).all()
        if len(matches) > 1:
            raise CellProblem(
                _(
                    "more than one {what} matches this row; add the system ID column (export "
                    "the list to get it) to say which one to update."
                ).format(what=_(service.label))
            )
        return (matches[0][0], matches[0][1]) if matches else (None, None)

    def _problem(self, sheet: Sheet, row: int, column: str, message: str) -> None:
        self.report.problems.append(ImportProblem(sheet.name, row, column, message))


def _own_links(kind: Kind, found: Layout) -> set[str]:
    """The file's headers of columns linking a record to another of its own kind."""
    model = kind.service.model
    fields = kind.service.schema.fields
    own = {
        name for name, spec in fields.items() if isinstance(spec, RefField) and spec.model is model
    }
    return {header for _i, column, header in found.found if own & set(column.fills)}
