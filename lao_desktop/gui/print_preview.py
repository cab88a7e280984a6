"""Print preview: the document is made off the UI thread, then its pages are shown, printed
or saved as a PDF file.

    PrintPreviewDialog(parent, _("Minutes"), make_pdf, "minutes 3-2569.pdf")

``make_pdf(progress)`` returns the PDF bytes and reports with ``progress(done, total,
what)`` (see ``gui.jobs``); the window appears once the PDF is made. When making it fails
or the clerk cancels, a message says so and no window is left behind.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path
from typing import Any, ClassVar

from PySide6.QtCore import QStandardPaths, Qt, Signal
from PySide6.QtGui import QGuiApplication, QKeySequence, QShortcut
from PySide6.QtPrintSupport import QAbstractPrintDialog, QPrintDialog, QPrinter
from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox, QWidget

from lao_desktop.files import safe_file_name, save_problem, write_atomically
from lao_desktop.gui.forms.ui_print_preview import Ui_PrintPreviewDialog
from lao_desktop.gui.jobs import Cancelled, Job, Progress, run_job
from lao_desktop.gui.messages import confirm, error_text, show_error
from lao_desktop.gui.page_view import ZOOM_STEPS, Fit, Zoom
from lao_desktop.gui.pdf_pages import PdfPages, a4_printer, pages_to_print, print_pages
from lao_desktop.i18n import _

log = logging.getLogger(__name__)

_CANCELLED = object()  # what a job returns when Cancel stopped it (run_job stays silent)


def _stops_quietly(work: Callable[[Progress], Any]) -> Callable[[Progress], Any]:
    def wrapped(progress: Progress) -> Any:
        try:
            return work(progress)
        except Cancelled:
            return _CANCELLED

    return wrapped


class PrintPreviewDialog(QDialog):
    """Make a PDF with a progress bar and Cancel, then preview, print and save it."""

    ready = Signal()  # the pages are shown
    failed = Signal(str)  # not made (error or Cancel): the message shown; the window is gone
    printed = Signal(int)  # pages sent to the printer
    saved = Signal(str)  # the file written

    _open: ClassVar[set[PrintPreviewDialog]] = set()  # windows without a parent stay alive
    _folder: ClassVar[str] = ""  # where the last PDF was saved, offered next time

    def __init__(
        self,
        parent: QWidget | None,
        title: str,
        make_pdf: Callable[[Progress], bytes],
        file_name: str,
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_PrintPreviewDialog()
        self.ui.setupUi(self)
        self.title = title
        self.file_name = safe_file_name(file_name)
        self.pages: PdfPages | None = None
        self._printer: QPrinter | None = None
        self._printing = False
        self.setWindowTitle(title)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setWindowFlag(Qt.WindowType.WindowMaximizeButtonHint)
        self._set_up_zoom()
        self._connect()
        PrintPreviewDialog._open.add(self)
        self.destroyed.connect(lambda: PrintPreviewDialog._open.discard(self))
        self.job: Job = run_job(
            parent,
            _("Making {title}…").format(title=title),
            _stops_quietly(make_pdf),
            self._made,
            self._not_made,
        )

    # -- making the PDF ---------------------------------------------------------------------

    def _made(self, result: object) -> None:
        if result is _CANCELLED or self.job.cancelled:
            self._give_up(_("{title} was not made: Cancel was pressed.").format(title=self.title))
            return
        try:
            if not isinstance(result, bytes | bytearray):
                raise TypeError(f"make_pdf returned {type(result).__name__}, not bytes")
            self.pages = PdfPages(bytes(result))
        except Exception as error:
            self._not_made(error)
            return
        self._show_pages()

    def _not_made(self, error: BaseException) -> None:
        self._give_up(
            _("{title} could not be made.").format(title=self.title) + "\n\n" + error_text(error)
        )

    def _give_up(self, message: str) -> None:
        QMessageBox.warning(self.parentWidget(), self.title, message)
        self.failed.emit(message)
        PrintPreviewDialog._open.discard(self)
        self.deleteLater()

    def _show_pages(self) -> None:
        assert self.pages is not None
        count = len(self.pages)
        self.ui.pageSpin.setMaximum(max(count, 1))
        self.ui.pageCountLabel.setText(_("of {count}").format(count=count))
        screen = QGuiApplication.primaryScreen().availableGeometry()
        self.resize(min(1000, screen.width() * 9 // 10), screen.height() * 9 // 10)
        self.show()
        self.ui.pages.set_pages(self.pages)
        self._page_changed(0)
        self.ui.pages.setFocus()
        self.ready.emit()

    # -- moving about -----------------------------------------------------------------------

    def _set_up_zoom(self) -> None:
        self._zooms: list[Zoom] = [Fit.WIDTH, Fit.PAGE, *ZOOM_STEPS]
        names = [_("Fit width"), _("Whole page")] + [f"{round(s * 100)}%" for s in ZOOM_STEPS]
        self.ui.zoomCombo.addItems(names)

    def _connect(self) -> None:
        ui = self.ui
        ui.pages.current_page_changed.connect(self._page_changed)
        ui.pages.zoom_changed.connect(self._zoom_changed)
        ui.pageSpin.valueChanged.connect(lambda n: ui.pages.go_to_page(n - 1))
        ui.previousButton.clicked.connect(self.previous_page)
        ui.nextButton.clicked.connect(self.next_page)
        ui.zoomCombo.currentIndexChanged.connect(lambda i: ui.pages.set_zoom(self._zooms[i]))
        ui.zoomInButton.clicked.connect(ui.pages.zoom_in)
        ui.zoomOutButton.clicked.connect(ui.pages.zoom_out)
        ui.printButton.clicked.connect(self.print_document)
        ui.saveButton.clicked.connect(self.save_as)
        ui.closeButton.clicked.connect(self.reject)
        keys: list[tuple[QKeySequence | str, Callable[[], None]]] = [
            (QKeySequence(QKeySequence.StandardKey.Print), self.print_document),
            (QKeySequence(QKeySequence.StandardKey.Save), self.save_as),
            (QKeySequence(QKeySequence.StandardKey.ZoomIn), ui.pages.zoom_in),
            ("Ctrl+=", ui.pages.zoom_in),  # + needs Shift on most keyboards
            (QKeySequence(QKeySequence.StandardKey.ZoomOut), ui.pages.zoom_out),
            ("PgDown", self.next_page),
            ("PgUp", self.previous_page),
            ("Ctrl+Home", lambda: ui.pages.go_to_page(0)),
            ("Ctrl+End", lambda: ui.pages.go_to_page(ui.pages.page_count() - 1)),
        ]
        for key, action in keys:
            QShortcut(QKeySequence(key), self, action)

    def next_page(self) -> None:
        self.ui.pages.go_to_page(self.ui.pages.current_page() + 1)

    def previous_page(self) -> None:
        self.ui.pages.go_to_page(self.ui.pages.current_page() - 1)

    def _page_changed(self, index: int) -> None:
        spin = self.ui.pageSpin
        spin.blockSignals(True)
        spin.setValue(index + 1)
        spin.blockSignals(False)
        self.ui.previousButton.setEnabled(index > 0)
        self.ui.nextButton.setEnabled(index + 1 < self.ui.pages.page_count())

    def _zoom_changed(self) -> None:
        zoom = self.ui.pages.zoom()
        same = [i for i, z in enumerate(self._zooms) if type(z) is type(zoom) and z == zoom]
        if same:
            combo = self.ui.zoomCombo
            combo.blockSignals(True)
            combo.setCurrentIndex(same[0])
            combo.blockSignals(False)

    # -- printing ---------------------------------------------------------------------------

    def printer(self) -> QPrinter:
        """The printer and its settings, kept while the window is open."""
        if self._printer is None:
            self._printer = a4_printer()
        return self._printer

    def print_document(self) -> None:
        if self.pages is None or self._printing:
            return
        pages, printer = self.pages, self.printer()
        dialog = QPrintDialog(printer, self)
        dialog.setWindowTitle(_("Print {title}").format(title=self.title))
        dialog.setMinMax(1, len(pages))
        for option in (
            QAbstractPrintDialog.PrintDialogOption.PrintPageRange,
            QAbstractPrintDialog.PrintDialogOption.PrintCurrentPage,
            QAbstractPrintDialog.PrintDialogOption.PrintCollateCopies,
        ):
            dialog.setOption(option, True)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        chosen = pages_to_print(printer, len(pages), self.ui.pages.current_page())
        if not chosen:
            return
        self._set_printing(True)
        run_job(
            self,
            _("Printing {title}…").format(title=self.title),
            _stops_quietly(lambda progress: print_pages(pages, printer, chosen, progress)),
            self._printed,
            self._print_failed,
        )

    def _printed(self, result: object) -> None:
        self._set_printing(False)
        if result is _CANCELLED:
            self._say(_("Printing was cancelled."))
            return
        count = int(result) if isinstance(result, int) else 0
        self._say(_("{count} pages sent to the printer.").format(count=count))
        self.printed.emit(count)

    def _print_failed(self, error: BaseException) -> None:
        self._set_printing(False)
        self._say(_("Nothing was printed."))
        show_error(self, error)

    def _set_printing(self, printing: bool) -> None:
        self._printing = printing
        self.ui.printButton.setEnabled(not printing)
        self.ui.closeButton.setEnabled(not printing)

    # -- saving -----------------------------------------------------------------------------

    def save_as(self) -> None:
        if self.pages is None:
            return
        folder = PrintPreviewDialog._folder or QStandardPaths.writableLocation(
            QStandardPaths.StandardLocation.DocumentsLocation
        )
        chosen, _kind = QFileDialog.getSaveFileName(
            self,
            _("Save as PDF"),
            str(Path(folder) / self.file_name),
            _("PDF documents") + " (*.pdf)",
        )
        if not chosen:
            return
        path = Path(chosen)
        if path.suffix.lower() != ".pdf":
            path = path.with_name(path.name + ".pdf")
            # The file dialog asked about the name typed, not this one.
            if path.exists() and not confirm(
                self,
                _("Save as PDF"),
                _("{name} already exists. Replace it?").format(name=path.name),
            ):
                return
        try:
            write_atomically(path, self.pages.data)
        except OSError as error:
            QMessageBox.warning(self, _("Not saved"), save_problem(error, path))
            return
        PrintPreviewDialog._folder = str(path.parent)
        self._say(_("Saved as {path}").format(path=path))
        self.saved.emit(str(path))

    def _say(self, text: str) -> None:
        """What became of the last print or save, under the pages."""
        self.ui.statusLabel.setText(text)
        self.ui.statusLabel.setVisible(bool(text))

    # -- closing ----------------------------------------------------------------------------

    def done(self, result: int) -> None:
        if self._printing:
            return  # the pages are being printed from this PDF
        self.ui.pages.release()
        if self.pages is not None:
            self.pages.close()
        super().done(result)
