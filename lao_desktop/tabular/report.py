"""What an import did, or would do: counts per sheet and every problem with its place."""

from __future__ import annotations

from dataclasses import dataclass, field

from lao_desktop.i18n import _
from lao_desktop.tabular.kinds import Kind


@dataclass(frozen=True)
class ImportProblem:
    sheet: str
    row: int  # as the spreadsheet program numbers it
    column: str  # the file's header; "" when the row as a whole is wrong
    message: str


@dataclass
class KindResult:
    kind: Kind
    sheet: str
    rows: int = 0
    added: int = 0
    updated: int = 0
    unchanged: int = 0
    ignored_columns: list[str] = field(default_factory=list)


@dataclass
class ImportReport:
    file: str
    results: list[KindResult] = field(default_factory=list)
    problems: list[ImportProblem] = field(default_factory=list)
    applied: bool = False  # the changes were saved

    @property
    def bad_rows(self) -> int:
        return len({(p.sheet, p.row) for p in self.problems})

    def total(self, what: str) -> int:
        """Rows, added, updated or unchanged over every sheet."""
        return sum(getattr(r, what) for r in self.results)


def summary_lines(report: ImportReport) -> list[str]:
    """What the import did or would do, sheet by sheet, in the interface language."""
    lines = []
    for r in report.results:
        lines.append(
            _(
                "{sheet}: {rows} rows — {added} to add, {updated} to update, {unchanged} unchanged"
            ).format(
                sheet=r.sheet,
                rows=f"{r.rows:,}",
                added=f"{r.added:,}",
                updated=f"{r.updated:,}",
                unchanged=f"{r.unchanged:,}",
            )
        )
        if r.ignored_columns:
            lines.append(
                _("  Columns not read: {columns}").format(columns=", ".join(r.ignored_columns))
            )
    return lines


def problem_line(problem: ImportProblem) -> str:
    where = _("row {row}").format(row=problem.row)
    if problem.column:
        where += _(", column “{column}”").format(column=problem.column)
    return f"{problem.sheet}, {where}: {without_column(problem)}"


def without_column(problem: ImportProblem) -> str:
    """The message without the field name it starts with when that is the column's header
    (the services name the field; the report names the column already)."""
    lead = problem.column.removesuffix(" *") + ": "
    return problem.message.removeprefix(lead) if problem.column else problem.message
