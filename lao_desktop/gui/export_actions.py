"""The Export menu of a list (Excel or CSV), the save dialog, and the writing off the UI
thread with progress and Cancel (which leaves no file); File > Export the whole database….
A file that cannot be written (a missing folder, a full stick, a file open in Excel) is
explained to the clerk; each export is recorded in the audit trail.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from dataclasses import replace
from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import QStandardPaths
from PySide6.QtWidgets import QFileDialog, QMenu, QMessageBox, QPushButton, QWidget

from lao_desktop.files import safe_file_name
from lao_desktop.gui.jobs import Job, Progress, run_job
from lao_desktop.gui.list_export import Exportable
from lao_desktop.gui.messages import confirm
from lao_desktop.i18n import _
from lao_desktop.services.registry import Services
from lao_desktop.tabular.exporter import export_all, record_export
from lao_desktop.tabular.writing import Cell, save
from lao_desktop.thai.dates import be_year

MAX_FILE_TITLE = 80  # characters of a proposed file name before the date

_last_folder = ""  # where the last export went, offered next time (this session)


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

    return run_job(parent, _("Exporting “{title}”").format(title=what.title), work, done)


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

    return run_job(parent, title, work, done)
