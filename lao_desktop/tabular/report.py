"""What an import did, or would do: counts per sheet and every problem with its place."""

from __future__ import annotations

from dataclasses import dataclass, field

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
