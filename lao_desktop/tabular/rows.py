"""The rows of one sheet, each through its kind's service in a savepoint of its own."""

from __future__ import annotations

import uuid
from collections.abc import Callable, Sequence
from contextlib import nullcontext
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy.orm import Session

from lao_desktop.errors import DomainError, ValidationError
from lao_desktop.i18n import _
from lao_desktop.services.fields import RefField
from lao_desktop.services.registry import Services
from lao_desktop.tabular.cells import normalized
from lao_desktop.tabular.columns import CellProblem, Column, IdColumn, RefIdColumn, RowInput
from lao_desktop.tabular.headers import Layout, layout
from lao_desktop.tabular.kinds import Kind
from lao_desktop.tabular.matching import Matcher
from lao_desktop.tabular.names import NameIndex
from lao_desktop.tabular.reading import Sheet
from lao_desktop.tabular.report import ImportProblem, ImportReport, KindResult

Progress = Callable[[int, int, str], None]
Problems = list[tuple[str, str]]  # (the file's header or "", message) of one row
Rows = list[tuple[int, tuple[Any, ...]]]
# Rows sharing one savepoint: a savepoint per row is a fifth of the time of an import.
CHUNK = 100


@dataclass
class _Sheet:
    """What the rows of one sheet share."""

    kind: Kind
    found: Layout
    result: KindResult
    matcher: Matcher
    order: list[tuple[int, Column, str]]  # the found columns in the order they are read
    seen: dict[uuid.UUID, int] = field(default_factory=dict)  # record -> the row that wrote it
    # How to take back what the rows of a chunk did to the above, should the chunk be.
    journal: list[Callable[[], object]] = field(default_factory=list)

    def undo(self, mark: int) -> None:
        while len(self.journal) > mark:
            self.journal.pop()()


class _Redo(Exception):
    """A service refused a row of a chunk: the chunk is done again row by row."""


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
        # System IDs first (a filled ID column wins over the name next to it), then in the
        # kind's order (a province before its district), wherever they are in the file.
        order = sorted(
            found.found,
            key=lambda f: (not isinstance(f[1], IdColumn | RefIdColumn), columns.index(f[1])),
        )
        matcher = Matcher(session, kind, kind.service_of(self.services))
        state = _Sheet(kind, found, result, matcher, order)
        # A row may name a record of its own kind further down (a network's parent):
        # rows that failed only on such a link are tried again after the others.
        own = _own_links(kind, found)
        failed: dict[int, Problems] = {}
        pending = rows
        while pending:
            waiting = []
            for start in range(0, len(pending), CHUNK):
                chunk = pending[start : start + CHUNK]
                for (number, cells), problems in zip(
                    chunk, self._chunk(session, state, chunk), strict=True
                ):
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

    def _chunk(self, session: Session, state: _Sheet, chunk: Rows) -> list[Problems]:
        """The rows' problems. The rows share one savepoint; if a service refuses one of
        them, the chunk is taken back and done again with a savepoint per row."""
        mark = len(state.journal)
        try:
            with self.services.ctx.unit():
                return [self._row(session, state, n, cells, alone=False) for n, cells in chunk]
        except _Redo:
            state.undo(mark)
            return [self._row(session, state, n, cells, alone=True) for n, cells in chunk]

    def _row(
        self, session: Session, state: _Sheet, number: int, cells: Sequence[Any], *, alone: bool
    ) -> Problems:
        kind, found, result, seen = state.kind, state.found, state.result, state.seen
        row = RowInput()
        problems: Problems = []
        for index, column, header in state.order:
            try:
                value = normalized(cells[index] if index < len(cells) else None)
                if value is None:
                    column.clear(row)
                else:
                    column.read(value, row, self.names)
            except CellProblem as problem:
                problems.append((header, str(problem)))
                row.failed.update(column.fills)
        if problems:
            return problems
        service = kind.service_of(self.services)
        try:
            target, version = self._target(session, state.matcher, service, row)
        except CellProblem as problem:
            return [("", str(problem))]
        if target is not None and target in seen:
            message = _("this row is the same record as row {row}; keep one of the two.")
            return [("", message.format(row=seen[target]))]
        try:
            with self.services.ctx.unit() if alone else nullcontext():
                record = self._write(state, service, target, version, row)
        except (ValidationError, DomainError) as error:
            if not alone:
                raise _Redo from error
            if isinstance(error, ValidationError):
                return [(found.header_of(p.field), p.message) for p in error.problems]
            return [("", str(error))]
        seen[record.id] = number
        state.journal.append(lambda: seen.pop(record.id, None))
        change = (
            "added"
            if version is None
            else "updated"
            if record.version != version
            else ("unchanged")
        )
        setattr(result, change, getattr(result, change) + 1)
        state.journal.append(lambda: setattr(result, change, getattr(result, change) - 1))
        return []

    def _write(
        self,
        state: _Sheet,
        service: Any,
        target: uuid.UUID | None,
        version: int | None,
        row: RowInput,
    ) -> Any:
        if target is not None and version is not None:
            record = service.update(target, row.data)
        else:
            record = service.create(row.data, ident=target)
            state.journal.append(self.names.add(service.model, record))
            state.journal.append(state.matcher.add(row.data, record))
        if state.kind.extra is not None:
            state.kind.extra.save(self.services, record, row.extra, self.names, version is None)
        return record

    def _target(
        self, session: Session, matcher: Matcher, service: Any, row: RowInput
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
        return matcher.find(row.data) or (None, None)

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
