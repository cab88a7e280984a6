"""PDF pages drawn by pdfium (pypdfium2): into QImages for the screen, by a background
renderer, and onto a printer.

Qt's own PDF viewer (QtPdf) comes only with PySide6-Addons, about 150 MB more to download
for offices on slow lines; pdfium is already a dependency. pdfium must never run in two
threads at once, not even on two different documents, so every call into it holds one
process-wide lock.
"""

from __future__ import annotations

import logging
import threading

import pypdfium2 as pdfium
from PySide6.QtCore import QObject, QRectF, QRunnable, QSizeF, QThreadPool, Signal
from PySide6.QtGui import QImage, QPageLayout, QPageSize, QPainter
from PySide6.QtPrintSupport import QPrinter

from lao_desktop.errors import DomainError
from lao_desktop.gui.jobs import Progress
from lao_desktop.i18n import _

log = logging.getLogger(__name__)

# Hold it around any other use of pdfium in the program (tests reading a PDF shown in a
# preview, for example): a page may be being drawn on another thread.
PDFIUM_LOCK = threading.Lock()


class PdfPages:
    """An open PDF: how many pages, their sizes in points, one page drawn at a scale.

    Safe to use from any thread; the PDF bytes are kept as given (``data``)."""

    def __init__(self, data: bytes) -> None:
        self.data = data
        with PDFIUM_LOCK:
            self._document = pdfium.PdfDocument(data)
            self._sizes = [
                QSizeF(*self._document.get_page_size(index)) for index in range(len(self._document))
            ]
        self._closed = False

    def __len__(self) -> int:
        return len(self._sizes)

    def size(self, index: int) -> QSizeF:
        """The page's size in points (1/72 inch), as a viewer shows it."""
        return self._sizes[index]

    def render(
        self, index: int, scale: float, *, rotation: int = 0, for_print: bool = False
    ) -> QImage:
        """Page ``index`` at ``scale`` pixels per point, white behind it, turned
        ``rotation`` degrees clockwise (0, 90, 180 or 270)."""
        with PDFIUM_LOCK:
            if self._closed:
                raise ValueError("the PDF is closed")
            page = self._document[index]
            try:
                bitmap = page.render(
                    scale=scale,
                    rotation=rotation,
                    prefer_bgrx=True,  # 4 bytes a pixel: B, G, R, x is Qt's RGB32 in memory
                    may_draw_forms=False,
                    optimize_mode="print" if for_print else None,
                )
            finally:
                page.close()
            width, height, stride = bitmap.width, bitmap.height, bitmap.stride
            pixels = bytes(bitmap.buffer)
        # copy(): the QImage owns its pixels, independent of the Python bytes.
        return QImage(pixels, width, height, stride, QImage.Format.Format_RGB32).copy()

    def close(self) -> None:
        with PDFIUM_LOCK:
            if not self._closed:
                self._closed = True
                self._document.close()


class PageRenderer(QObject):
    """Draws the pages asked for, one at a time, on a thread of its own.

    ``want()`` replaces what is still waiting, so pages scrolled past are never drawn;
    ``rendered(index, scale, image)`` then arrives on the UI thread."""

    rendered = Signal(int, float, QImage)

    def __init__(self, pages: PdfPages, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.pages = pages
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)
        self._guard = threading.Lock()
        self._waiting: list[tuple[int, float]] = []
        self._running = False
        self._stopped = False

    def want(self, requests: list[tuple[int, float]]) -> None:
        """Draw these (page index, scale) next, first first; forget older wishes."""
        with self._guard:
            if self._stopped:
                return
            self._waiting = list(requests)
            if self._running or not self._waiting:
                return
            self._running = True
        self._pool.start(QRunnable.create(self._work))

    def waiting(self) -> list[tuple[int, float]]:
        with self._guard:
            return list(self._waiting)

    def _next(self) -> tuple[int, float] | None:
        with self._guard:
            if self._stopped or not self._waiting:
                self._running = False
                return None
            return self._waiting.pop(0)

    def _work(self) -> None:
        while (request := self._next()) is not None:
            index, scale = request
            try:
                image = self.pages.render(index, scale)
            except Exception:  # a damaged page stays blank; the others still draw
                log.exception("page %d could not be drawn", index + 1)
                continue
            try:
                self.rendered.emit(index, scale, image)
            except RuntimeError:  # the window closed while the page was drawn
                return

    def stop(self) -> None:
        """Forget what waits and wait for the page being drawn (at most one)."""
        with self._guard:
            self._stopped = True
            self._waiting = []
        self._pool.waitForDone()


# -- printing -------------------------------------------------------------------------------

PRINT_DPI_LIMIT = 300  # sharper than that only makes the print job bigger and slower


class PrinterNotReady(DomainError):
    def __init__(self) -> None:
        super().__init__(
            _(
                "The printer could not be started. Check that it is switched on, connected "
                "and has paper, then print again."
            )
        )


class NoPaperSize(DomainError):
    def __init__(self) -> None:
        super().__init__(
            _(
                "The printer did not say which paper it uses. Choose A4 in the print window, "
                "then print again."
            )
        )


def a4_printer() -> QPrinter:
    """A printer at its best resolution, on A4, drawing on the whole sheet: the PDF has
    its own margins."""
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    # A4 by its measures and name: QPageSize(PageSizeId.A4) looks its name up through the
    # translators and is invalid when one answers "" for texts it does not know.
    a4 = QPageSize(QSizeF(595.2756, 841.8898), QPageSize.Unit.Point, "A4")
    printer.setPageSize(a4)
    printer.setFullPage(True)
    return printer


def pages_to_print(printer: QPrinter, count: int, current: int) -> list[int]:
    """The page indices (from 0) chosen in the print dialog: all, the current one, or
    ranges such as 1-3, 7."""
    choice = printer.printRange()
    if choice == QPrinter.PrintRange.CurrentPage:
        return [current]
    if choice != QPrinter.PrintRange.PageRange:
        return list(range(count))
    ranges = printer.pageRanges()
    if ranges.isEmpty():
        spans = [(printer.fromPage(), printer.toPage())]
    else:
        spans = [(span.from_, span.to) for span in ranges.toRangeList()]
    chosen: list[int] = []
    for first, last in spans:
        if first <= 0:  # Qt's "no range given"
            first, last = 1, count
        chosen += [n - 1 for n in range(max(first, 1), min(last, count) + 1)]
    return chosen


def _copies(printer: QPrinter, indices: list[int]) -> list[int]:
    """Most printers make the copies themselves; for the others each copy is sent."""
    copies = printer.copyCount()
    if copies <= 1 or printer.supportsMultipleCopies():
        return indices
    if printer.collateCopies():
        return indices * copies
    return [index for index in indices for _copy in range(copies)]


def _is_landscape(size: QSizeF) -> bool:
    return size.width() > size.height()


def print_pages(pages: PdfPages, printer: QPrinter, indices: list[int], progress: Progress) -> int:
    """Print ``indices`` of ``pages``, each drawn by pdfium at the printer's resolution
    (at most 300 dpi) and scaled to fill the sheet; returns the number of sheets sent.

    The sheets take the first page's orientation (most printers cannot turn between
    sheets); a page of the other orientation is turned a quarter to the left. Qt allows
    painting on a QPrinter outside the UI thread, so this runs as a job."""
    sequence = _copies(printer, indices)
    if not sequence:
        return 0
    dpi = min(printer.resolution(), PRINT_DPI_LIMIT)
    printer.setPageOrientation(
        QPageLayout.Orientation.Landscape
        if _is_landscape(pages.size(sequence[0]))
        else QPageLayout.Orientation.Portrait
    )
    painter = QPainter()
    try:
        for done, index in enumerate(sequence):
            what = _("Page {n} of {count}").format(n=done + 1, count=len(sequence))
            progress(done, len(sequence), what)
            if not (painter.begin(printer) if done == 0 else printer.newPage()):
                raise PrinterNotReady
            sheet = printer.paperRect(QPrinter.Unit.DevicePixel)
            if sheet.isEmpty():
                raise NoPaperSize
            size = pages.size(index)
            turn = 270 if _is_landscape(size) != _is_landscape(sheet.size()) else 0
            if turn:
                size = size.transposed()
            fit = min(sheet.width() / size.width(), sheet.height() / size.height())
            scale = fit * dpi / printer.resolution()
            image = pages.render(index, scale, rotation=turn, for_print=True)
            width, height = size.width() * fit, size.height() * fit
            x, y = (sheet.width() - width) / 2, (sheet.height() - height) / 2
            painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
            painter.drawImage(QRectF(x, y, width, height), image)
        progress(len(sequence), len(sequence), "")
    except BaseException:
        if painter.isActive():
            printer.abort()
        raise
    finally:
        if painter.isActive():
            painter.end()
    return len(sequence)
