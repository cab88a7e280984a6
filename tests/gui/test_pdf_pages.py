"""Pages drawn by pdfium onto a printer (a QPrinter writing a PDF here): every page in
order and alike to the original, the page range of the print dialog, a landscape page
turned onto the sheet, Cancel closing the print job."""

from __future__ import annotations

from pathlib import Path

import pypdfium2 as pdfium
import pytest
from PySide6.QtGui import QPageRanges
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QApplication
from reportlab.lib.pagesizes import A4

from lao_desktop.gui.jobs import Cancelled
from lao_desktop.gui.pdf_pages import PdfPages, a4_printer, pages_to_print, print_pages
from tests.gui.test_print_preview import difference, grey, sample_pdf


def pdf_printer(path: Path) -> QPrinter:
    printer = a4_printer()
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(path))
    return printer


def test_printing_draws_every_page_in_order(qapp: QApplication, tmp_path: Path) -> None:
    data = sample_pdf(3)
    pages = PdfPages(data)
    printer = pdf_printer(tmp_path / "printed.pdf")
    reports: list[tuple[int, int]] = []
    sent = print_pages(pages, printer, [0, 1, 2], lambda d, t, _w: reports.append((d, t)))
    assert sent == 3 and reports[-1] == (3, 3)
    original = pdfium.PdfDocument(data)
    printed = pdfium.PdfDocument(str(tmp_path / "printed.pdf"))
    assert len(printed) == 3
    for index in range(3):
        width, height = printed.get_page_size(index)
        assert abs(width - A4[0]) < 2 and abs(height - A4[1]) < 2
        assert difference(grey(printed, index), grey(original, index)) < 6  # same drawing
    assert difference(grey(printed, 0), grey(original, 1)) > 6  # and pages differ
    pages.close()


def test_printing_respects_the_page_range(qapp: QApplication, tmp_path: Path) -> None:
    data = sample_pdf(5)
    printer = pdf_printer(tmp_path / "printed.pdf")
    printer.setPrintRange(QPrinter.PrintRange.PageRange)
    ranges = QPageRanges()
    ranges.addRange(2, 3)
    ranges.addPage(5)
    printer.setPageRanges(ranges)
    chosen = pages_to_print(printer, 5, current=0)
    assert chosen == [1, 2, 4]
    pages = PdfPages(data)
    print_pages(pages, printer, chosen, lambda *_a: None)
    original, printed = pdfium.PdfDocument(data), pdfium.PdfDocument(str(tmp_path / "printed.pdf"))
    assert len(printed) == 3
    for sheet, index in enumerate(chosen):
        assert difference(grey(printed, sheet), grey(original, index)) < 6
    printer.setPrintRange(QPrinter.PrintRange.CurrentPage)
    assert pages_to_print(printer, 5, current=3) == [3]
    printer.setPrintRange(QPrinter.PrintRange.AllPages)
    assert pages_to_print(printer, 5, current=3) == [0, 1, 2, 3, 4]
    pages.close()


def test_a_landscape_page_is_turned_onto_the_sheet(qapp: QApplication, tmp_path: Path) -> None:
    data = sample_pdf(2, landscape_pages=(1,))
    pages = PdfPages(data)
    print_pages(pages, pdf_printer(tmp_path / "printed.pdf"), [0, 1], lambda *_a: None)
    original, printed = pdfium.PdfDocument(data), pdfium.PdfDocument(str(tmp_path / "printed.pdf"))
    assert [printed.get_page_size(i)[0] < printed.get_page_size(i)[1] for i in range(2)] == [
        True,
        True,
    ]
    assert difference(grey(printed, 1), grey(original, 1, rotation=270)) < 6
    pages.close()


def test_cancel_while_printing_stops_the_print_job(qapp: QApplication, tmp_path: Path) -> None:
    pages = PdfPages(sample_pdf(3))
    printer = pdf_printer(tmp_path / "printed.pdf")

    def progress(done: int, _total: int, _what: str) -> None:
        if done == 1:
            raise Cancelled

    with pytest.raises(Cancelled):
        print_pages(pages, printer, [0, 1, 2], progress)
    # Aborted where the printer can (PDF output cannot); never left open (Active).
    assert printer.printerState() in (QPrinter.PrinterState.Aborted, QPrinter.PrinterState.Idle)
    pages.close()
