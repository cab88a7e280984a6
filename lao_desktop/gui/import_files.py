"""The files around an import: the spreadsheet chosen, a kind's template and the problem
list saved beside it. The file dialogs are small functions tests can replace."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QStandardPaths
from PySide6.QtWidgets import QFileDialog, QWidget

from lao_desktop.files import safe_file_name
from lao_desktop.gui.models.import_problems import TITLES, whole_row
from lao_desktop.i18n import _
from lao_desktop.tabular.kinds import Kind
from lao_desktop.tabular.report import ImportProblem, without_column

# .xls and .ods are offered too: the reader then says how to save them as .xlsx.
READABLE = ("*.xlsx", "*.xlsm", "*.csv", "*.txt", "*.xls", "*.ods")
PROBLEM_WIDTHS = [20, 8, 28, 90]  # characters: sheet, row, column, explanation


class Folder:
    """Where the last file came from or went to, in this session (Documents at first)."""

    last = ""

    @classmethod
    def start(cls) -> str:
        documents = QStandardPaths.StandardLocation.DocumentsLocation
        return cls.last or QStandardPaths.writableLocation(documents)

    @classmethod
    def remember(cls, path: Path) -> None:
        cls.last = str(path.parent)


def choose_file(parent: QWidget) -> Path | None:
    chosen, _filter = QFileDialog.getOpenFileName(
        parent,
        _("Choose the file to import"),
        Folder.start(),
        _("Excel or CSV files") + f" ({' '.join(READABLE)});;" + _("All files") + " (*)",
    )
    return Path(chosen) if chosen else None


def choose_target(parent: QWidget, title: str, name: str) -> Path | None:
    """Where to save an .xlsx file proposed as ``name``; None when the clerk changed their
    mind."""
    proposed = Path(Folder.start()) / safe_file_name(name, ".xlsx")
    chosen, _filter = QFileDialog.getSaveFileName(
        parent, title, str(proposed), _("Excel workbooks") + " (*.xlsx)"
    )
    if not chosen:
        return None
    path = Path(chosen)
    return path if path.suffix.casefold() == ".xlsx" else path.with_name(path.name + ".xlsx")


def save_template(parent: QWidget, kind: Kind) -> Path | None:
    """Ask where, then write ``kind``'s template; the path, or None if not asked to."""
    from lao_desktop.tabular.exporter import save_template as write

    name = _("Import form {kind}").format(kind=_(kind.title))
    path = choose_target(parent, _("Save the template"), name)
    if path is not None:
        write(kind, path)  # SpreadsheetError: a full or removed drive, a file open in Excel
        Folder.remember(path)
    return path


def save_problem_list(
    parent: QWidget, file: Path, problems: Sequence[ImportProblem]
) -> Path | None:
    """Ask where, then write ``problems`` as a workbook to open beside the file ``file``."""
    from lao_desktop.tabular.writing import Cell, Table, save

    name = _("Problems in {file}").format(file=file.stem)
    path = choose_target(parent, _("Save the problem list"), name)
    if path is None:
        return None
    # The row number as a number, so that Excel sorts by it.
    rows: list[list[Cell]] = [
        [p.sheet, p.row, p.column or whole_row(), without_column(p)] for p in problems
    ]
    titles = [_(title) for title in TITLES]
    save(path, [Table(_("Problems"), titles, rows, PROBLEM_WIDTHS, total=len(rows))])
    Folder.remember(path)
    return path
