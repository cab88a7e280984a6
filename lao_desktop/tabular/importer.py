"""Importing the office's spreadsheets through the services, all rows or none.

    report = Importer(services).run(path, kind, apply=False)   # the dry run
    report = Importer(services).run(path, kind, apply=True)    # saved only if no problem
    report = Importer(services).run(path, kind, apply=True, skip_bad=True)  # the good rows

Every row goes through the kind's service (validation, permission, audit) in a savepoint of
one transaction: a bad row is taken back alone and reported with its row number, column and
the service's own explanation. The dry run does the same work and then discards it, so what
it reports is exactly what the import would do. A row updates the record with the system ID
it carries, else the one with the same name and place (the kind's ``keys``), else adds one.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path

from sqlalchemy.orm import Session

from lao_desktop.i18n import _
from lao_desktop.services import audit
from lao_desktop.services.permissions import Action, require
from lao_desktop.services.registry import Services
from lao_desktop.tabular.columns import header_key
from lao_desktop.tabular.headers import layout, sheet_for
from lao_desktop.tabular.kinds import IMPORTABLE, Kind
from lao_desktop.tabular.reading import Sheet, SpreadsheetError, read_sheets
from lao_desktop.tabular.report import ImportReport
from lao_desktop.tabular.rows import SheetImport

Progress = Callable[[int, int, str], None]


class _Discard(Exception):
    """Ends the transaction without saving (the dry run, or problems found)."""


class Importer:
    def __init__(self, services: Services) -> None:
        self.services = services

    def run(
        self,
        path: Path,
        kind: Kind | None = None,
        *,
        apply: bool,
        skip_bad: bool = False,
        progress: Progress | None = None,
    ) -> ImportReport:
        """Import ``kind`` from ``path`` (None: every sheet named for an importable kind,
        as in a whole-database workbook). Saves only when ``apply``, and then only if no
        row has a problem, or ``skip_bad`` says to leave the bad rows out."""
        require(self.services.ctx.actor, Action.WRITE)
        sheets = read_sheets(path)
        plan = self._plan(sheets, kind)
        report = ImportReport(path.name)
        total = sum(_data_rows(sheet, each) for each, sheet in plan)
        run = SheetImport(self.services, report, progress, total)
        try:
            with self.services.transaction() as session:
                for each, sheet in plan:
                    run.sheet(session, each, sheet)
                if not apply or (report.problems and not skip_bad):
                    raise _Discard
                self._audit(session, report, kind)
            report.applied = True
        except _Discard:
            report.applied = False
        return report

    def _plan(self, sheets: Sequence[Sheet], kind: Kind | None) -> list[tuple[Kind, Sheet]]:
        if kind is not None:
            return [(kind, sheet_for(sheets, kind, kind.columns()))]
        plan: list[tuple[Kind, Sheet]] = []
        for each in IMPORTABLE:
            named = [s for s in sheets if _named_for(s, each)]
            plan.extend((each, s) for s in named[:1])
        if not plan:
            raise SpreadsheetError(
                _(
                    "No sheet of this file is named for a kind of record (for example ภาคี or "
                    "เครือข่าย); choose the kind of records to import."
                )
            )
        return plan

    def _audit(self, session: Session, report: ImportReport, kind: Kind | None) -> None:
        summary = _("Imported {file}: {added} added, {updated} updated, {skipped} rows left out")
        audit.record(
            session,
            self.services.ctx.actor,
            "import",
            kind.service.model.__tablename__ if kind else "database",
            None,
            summary.format(
                file=report.file,
                added=report.total("added"),
                updated=report.total("updated"),
                skipped=report.bad_rows,
            ),
            {"file": report.file, **{r.kind.name: r.rows for r in report.results}},
        )


def _data_rows(sheet: Sheet, kind: Kind) -> int:
    found = layout(sheet, kind.columns())
    return sum(1 for n, _cells in sheet.rows if found is None or n > found.header_row)


def _named_for(sheet: Sheet, kind: Kind) -> bool:
    return header_key(sheet.name) in kind.sheet_names()
