"""The problems an import check found, as one table: sheet, row, column, explanation.

One model over a plain list, so ten thousand problems cost no more than ten (no widget per
problem). Rows are sorted as the spreadsheet reads: sheet by sheet in the order they were
imported, then by row number; a row's problems keep the order of its columns.
"""

from __future__ import annotations

import html
from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from lao_desktop.i18n import N_, _
from lao_desktop.tabular.report import ImportProblem, ImportReport, without_column

Index = QModelIndex | QPersistentModelIndex
COL_SHEET, COL_ROW, COL_COLUMN, COL_MESSAGE = range(4)
TITLES = (N_("Sheet"), N_("Row"), N_("Column"), N_("Problem"))
WIDTHS = (16, 7, 24, 0)  # in characters; the explanation takes the rest
_RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
_LEFT = int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)


def sorted_problems(report: ImportReport) -> list[ImportProblem]:
    order = {result.sheet: number for number, result in enumerate(report.results)}
    # sorted() is stable: the problems of one row stay in the order the importer found them.
    return sorted(report.problems, key=lambda p: (order.get(p.sheet, len(order)), p.row))


def whole_row() -> str:
    """What the column cell says when the row as a whole is wrong (a duplicate …)."""
    return _("(the whole row)")


class ImportProblemsModel(QAbstractTableModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.problems: list[ImportProblem] = []

    def set_problems(self, problems: Sequence[ImportProblem]) -> None:
        self.beginResetModel()
        self.problems = list(problems)
        self.endResetModel()

    def problem(self, row: int) -> ImportProblem:
        return self.problems[row]

    def texts(self, problem: ImportProblem) -> tuple[str, str, str, str]:
        # The explanation without the field name it may start with: the column shows it.
        column = problem.column or whole_row()
        return (problem.sheet, str(problem.row), column, without_column(problem))

    # -- Qt's side ---------------------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.problems)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(TITLES)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self.texts(self.problems[index.row()])[index.column()]
        if role == Qt.ItemDataRole.ToolTipRole:
            # As rich text, so that a long explanation wraps instead of running off screen.
            return "<p>" + html.escape(self.texts(self.problems[index.row()])[index.column()])
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return _RIGHT if index.column() == COL_ROW else _LEFT
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return _(TITLES[section])
        return None
