"""“Import from Excel or CSV…”: choose the kind of records and the file (or download the
kind's template first), check the file, then import it all or only its good rows.

The check is the importer's dry run: the same work as the import, taken back, so what it
reports is what the import will do. Both run off the UI thread with progress and Cancel; an
import is saved whole or not at all, Cancel included (the importer's one transaction).
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Signal
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHeaderView,
    QWidget,
)

from lao_desktop.errors import DomainError
from lao_desktop.gui import import_files
from lao_desktop.gui.backup_parts import grow_to_fit, say
from lao_desktop.gui.forms.ui_import_dialog import Ui_ImportDialog
from lao_desktop.gui.import_files import Folder
from lao_desktop.gui.import_texts import applied_text, summary_text, verdict
from lao_desktop.gui.jobs import Cancelled, Job, Progress, run_job
from lao_desktop.gui.messages import error_text
from lao_desktop.gui.models.import_problems import (
    COL_MESSAGE,
    COL_SHEET,
    TITLES,
    WIDTHS,
    ImportProblemsModel,
    sorted_problems,
)
from lao_desktop.i18n import _
from lao_desktop.tabular.kinds import IMPORTABLE, Kind, kind_named
from lao_desktop.tabular.report import without_column

if TYPE_CHECKING:
    from lao_desktop.services.registry import Services
    from lao_desktop.tabular.report import ImportReport

log = logging.getLogger(__name__)

_CANCELLED = object()  # what a job returns when Cancel stopped it (run_job stays silent)


class ImportDialog(QDialog):
    checked = Signal(object)  # the check's ImportReport
    imported = Signal(object)  # the ImportReport of an import that was saved
    not_done = Signal(str)  # the message shown instead: a failure, or Cancel

    def __init__(self, parent: QWidget | None, services: Services) -> None:
        super().__init__(parent)
        self.ui = Ui_ImportDialog()
        self.ui.setupUi(self)
        self.setWindowTitle(_("Import from Excel or CSV"))
        self.services = services
        self.file: Path | None = None
        self.report: ImportReport | None = None  # the last check of this file and kind
        self.job: Job | None = None
        self.saved: list[ImportReport] = []
        self.model = ImportProblemsModel(self)
        ui = self.ui
        for kind in IMPORTABLE:
            ui.kindCombo.addItem(_(kind.title), kind.name)
        ui.kindCombo.insertSeparator(ui.kindCombo.count())
        ui.kindCombo.addItem(_("Every sheet of a whole-database workbook"), "")
        self._set_up_table()
        ui.kindCombo.currentIndexChanged.connect(lambda _i: self._kind_changed())
        ui.templateButton.clicked.connect(self.download_template)
        ui.chooseButton.clicked.connect(self.choose)
        ui.checkButton.clicked.connect(self.check)
        ui.importButton.clicked.connect(lambda: self.start_import(skip_bad=False))
        ui.importGoodButton.clicked.connect(lambda: self.start_import(skip_bad=True))
        ui.saveProblemsButton.clicked.connect(self.save_problems)
        ui.closeButton.clicked.connect(self.reject)
        self._kind_changed()

    def _set_up_table(self) -> None:
        table = self.ui.problemTable
        table.setModel(self.model)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setAlternatingRowColors(True)
        table.verticalHeader().setVisible(False)
        # Two lines of Thai (tone marks and lower vowels need room): most explanations fit
        # with word wrap; the chosen one is shown whole below the table.
        table.setWordWrap(True)
        table.verticalHeader().setDefaultSectionSize(int(table.fontMetrics().height() * 2.6))
        table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        header = table.horizontalHeader()
        header.setStretchLastSection(True)
        char = table.fontMetrics().averageCharWidth()
        titles = header.fontMetrics()
        for number, width in enumerate(WIDTHS[:COL_MESSAGE]):
            title = titles.horizontalAdvance(_(TITLES[number]))
            table.setColumnWidth(number, max(width * char, title + 24))
        table.selectionModel().currentRowChanged.connect(lambda now, _was: self._chosen(now.row()))

    # -- what to import ------------------------------------------------------------------------

    def kind(self) -> Kind | None:
        """The kind chosen; None for every sheet of a whole-database workbook."""
        name = self.ui.kindCombo.currentData()
        return kind_named(name) if name else None

    def _kind_changed(self) -> None:
        whole = self.kind() is None
        self.ui.templateButton.setEnabled(not whole)
        self.ui.templateButton.setToolTip(
            _("Choose one kind of records to download its template.")
            if whole
            else _(
                "An empty workbook with the headers of this kind of records and an example "
                "row: fill it in, then import it."
            )
        )
        self._forget_check()

    def set_file(self, path: Path) -> None:
        self.file = path
        self.ui.fileEdit.setText(str(path))
        self.ui.fileEdit.setToolTip(str(path))
        Folder.remember(path)
        self._forget_check()
        self.ui.checkButton.setFocus()

    def choose(self) -> None:
        chosen = import_files.choose_file(self)
        if chosen is not None:
            self.set_file(chosen)

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if any(url.isLocalFile() for url in event.mimeData().urls()):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        files = [url.toLocalFile() for url in event.mimeData().urls() if url.isLocalFile()]
        if files and self.job is None:
            self.set_file(Path(files[0]))
            event.acceptProposedAction()

    def download_template(self) -> None:
        kind = self.kind()
        if kind is None:
            return
        try:
            path = import_files.save_template(self, kind)
        except DomainError as error:  # a full or removed drive, a file open in Excel
            self._say(self.ui.problem, error_text(error))
            return
        if path is not None:
            self._say(self.ui.problem, "")
            self._say(
                self.ui.outcome,
                _(
                    "The template is saved as {path}. Fill in one row per record below the "
                    "headers (the example row shows how; replace it), save it, then choose it "
                    "here."
                ).format(path=path),
            )

    # -- checking and importing ----------------------------------------------------------------

    def check(self) -> None:
        if self.file is None:
            self._say(self.ui.problem, _("Choose the file to import first."))
            self.ui.chooseButton.setFocus()
            return
        self._start(_("Checking the file…"), apply=False, skip_bad=False)

    def start_import(self, *, skip_bad: bool) -> None:
        if self.report is None or self.file is None:
            return
        self._start(_("Importing…"), apply=True, skip_bad=skip_bad)

    def _start(self, title: str, *, apply: bool, skip_bad: bool) -> None:
        if self.job is not None or self.file is None:
            return
        from lao_desktop.tabular.importer import Importer

        path, kind, services = self.file, self.kind(), self.services

        def work(progress: Progress) -> object:
            def report(done: int, total: int, what: str) -> None:
                text = _("{what}: {done} of {total} rows").format(
                    what=what, done=f"{done:,}", total=f"{total:,}"
                )
                progress(done, total, f"{title}\n{text}")

            try:
                return Importer(services).run(
                    path, kind, apply=apply, skip_bad=skip_bad, progress=report
                )
            except Cancelled:  # run_job says nothing about Cancel; this dialog does
                return _CANCELLED

        self._say(self.ui.problem, "")
        self._say(self.ui.outcome, "")
        self._set_running(True)
        done = self._imported if apply else self._checked
        self.job = run_job(self, title, work, done, self._failed)

    def _checked(self, result: Any) -> None:
        self._set_running(False)
        if result is _CANCELLED:
            self._not_done(_("The check was cancelled; nothing was saved."))
            return
        self._show_report(result)
        self.checked.emit(result)

    def _imported(self, result: Any) -> None:
        self._set_running(False)
        if result is _CANCELLED:
            self._show_report(self.report)  # the check still holds
            self._not_done(_("Cancelled: nothing was imported. The records are as they were."))
            return
        report: ImportReport = result
        if not report.applied:  # the file changed since the check and has problems now
            self._show_report(report)
            self._not_done(
                _(
                    "Nothing was imported: the file has problems now (listed above). Fix them, "
                    "check the file again, then import."
                )
            )
            return
        self.saved.append(report)
        self._show_report(report, imported=True)
        self._say(self.ui.outcome, applied_text(report))
        self.ui.closeButton.setDefault(True)
        self.ui.closeButton.setFocus()
        self.imported.emit(report)

    def _failed(self, error: BaseException) -> None:
        self._set_running(False)
        self._forget_check()
        self._not_done(error_text(error))

    def _not_done(self, text: str) -> None:
        self._say(self.ui.problem, text)
        self.not_done.emit(text)

    # -- showing the report --------------------------------------------------------------------

    def _show_report(self, report: ImportReport | None, *, imported: bool = False) -> None:
        self.report = report if not imported else None  # an import is not imported twice
        ui = self.ui
        if report is None:
            ui.resultBox.hide()
            self.model.set_problems([])
            self._enable_imports()
            return
        ui.resultBox.setTitle(_("What was imported") if imported else _("What the check found"))
        ui.summary.setText(summary_text(report, imported=imported))
        text, good = verdict(report, imported=imported)
        ui.verdict.setText(text)
        ui.verdict.setStyleSheet("color: #1b5e20;" if good else "color: #8a1c12;")
        self.model.set_problems(sorted_problems(report))
        has_problems = bool(report.problems)
        ui.problemTable.setVisible(has_problems)
        ui.problemTable.setColumnHidden(COL_SHEET, len(report.results) < 2)
        ui.saveProblemsButton.setVisible(has_problems)
        ui.problemDetail.setVisible(has_problems)
        if has_problems:
            ui.problemTable.selectRow(0)
        ui.resultBox.show()
        self._enable_imports()
        grow_to_fit(self)

    def _chosen(self, row: int) -> None:
        if row < 0 or row >= self.model.rowCount():
            self.ui.problemDetail.setText("")
            return
        problem = self.model.problem(row)
        # Row numbers as the spreadsheet program shows them: no thousands separator.
        place = _("Row {row}").format(row=problem.row)
        if problem.column:
            place = _("Row {row}, column “{column}”").format(row=problem.row, column=problem.column)
        self.ui.problemDetail.setText(f"{place}: {without_column(problem)}")

    def _enable_imports(self) -> None:
        report, ui = self.report, self.ui
        rows = report.total("rows") if report is not None else 0
        good = rows - report.bad_rows if report is not None else 0
        problems = bool(report.problems) if report is not None else False
        idle = self.job is None
        ui.importButton.setEnabled(idle and report is not None and not problems and rows > 0)
        ui.importGoodButton.setEnabled(idle and problems and good > 0)
        left = report.bad_rows if report is not None and problems else 0
        ui.importGoodButton.setText(
            _("Import only the good rows (leaving out {left})").format(left=f"{left:,}")
            if left
            else _("Import only the good rows")
        )
        # Enter does the next step: import once the check found nothing wrong, else check.
        (ui.importButton if ui.importButton.isEnabled() else ui.checkButton).setDefault(True)

    def _forget_check(self) -> None:
        """Another file or kind: the last check no longer says anything about it."""
        self._show_report(None)
        self._say(self.ui.outcome, "")

    def save_problems(self) -> None:
        if not self.model.problems or self.file is None:
            return
        try:
            path = import_files.save_problem_list(self, self.file, self.model.problems)
        except DomainError as error:  # a full or removed drive, a file open in Excel
            self._say(self.ui.problem, error_text(error))
            return
        if path is not None:
            self._say(self.ui.outcome, _("The problem list is saved as {path}.").format(path=path))

    # -- state ---------------------------------------------------------------------------------

    def _set_running(self, running: bool) -> None:
        if not running:
            self.job = None
        ui = self.ui
        for widget in (ui.fileBox, ui.checkButton, ui.closeButton, ui.saveProblemsButton):
            widget.setEnabled(not running)
        if running:
            ui.importButton.setEnabled(False)
            ui.importGoodButton.setEnabled(False)

    def _say(self, label: Any, text: str) -> None:
        say(self, label, text)

    def reject(self) -> None:
        if self.job is None:  # the job reports to this dialog: it stays until the job ends
            super().reject()
