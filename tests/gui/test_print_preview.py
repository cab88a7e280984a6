"""The print preview: a PDF made off the UI thread, its pages shown lazily with zoom and
page keys, printed into a PDF printer, saved byte for byte; errors and Cancel leave no
window behind."""

from __future__ import annotations

import errno
import io
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pypdfium2 as pdfium
import pytest
import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtGui import QImage
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QFileDialog,
    QMessageBox,
    QProgressDialog,
    QPushButton,
)
from pytestqt.qtbot import QtBot
from reportlab.lib.pagesizes import A4, landscape
from reportlab.pdfgen import canvas

from lao_desktop import files
from lao_desktop.errors import DomainError
from lao_desktop.files import safe_file_name, save_problem, write_atomically
from lao_desktop.gui.jobs import Progress
from lao_desktop.gui.page_view import Fit, PageView
from lao_desktop.gui.print_preview import PrintPreviewDialog
from lao_desktop.i18n import _

# -- PDFs made here ----------------------------------------------------------------------------


def sample_pdf(count: int, landscape_pages: tuple[int, ...] = ()) -> bytes:
    """``count`` pages, each with its number in large type and a black bar whose place
    moves with the number, so that two pages never look alike."""
    out = io.BytesIO()
    pdf = canvas.Canvas(out, pagesize=A4)
    for number in range(1, count + 1):
        size = landscape(A4) if number - 1 in landscape_pages else A4
        pdf.setPageSize(size)
        pdf.setFont("Helvetica-Bold", 60)
        pdf.drawString(72, size[1] - 150, f"Page {number}")
        pdf.rect(72, 100 + (number % 7) * 60, 200, 40, fill=1)
        pdf.setFont("Helvetica", 12)
        for line in range(20):
            pdf.drawString(72, size[1] - 200 - line * 16, f"Line {line + 1} of page {number}")
        pdf.showPage()
    pdf.save()
    return out.getvalue()


def maker(data: bytes, *, reports: int = 4) -> Callable[[Progress], bytes]:
    """A make_pdf that reports progress a few times (each report is a signal emitted)."""

    def make(progress: Progress) -> bytes:
        for step in range(reports):
            progress(step, reports, "")
        return data

    return make


def dark_share(image: QImage) -> float:
    """The share of clearly dark pixels, from a small copy of the image."""
    small = image.scaled(120, 170).convertToFormat(QImage.Format.Format_Grayscale8)
    dark = sum(
        1
        for y in range(small.height())
        for x in range(small.width())
        if small.pixel(x, y) & 0xFF < 100
    )
    return dark / (small.width() * small.height())


def grey(document: pdfium.PdfDocument, index: int, rotation: int = 0) -> list[int]:
    """A page of ``document`` at 10 dpi, in grey levels: enough to tell pages apart."""
    bitmap = document[index].render(scale=10 / 72, grayscale=True, rotation=rotation)
    width, height, stride = bitmap.width, bitmap.height, bitmap.stride
    data = bytes(bitmap.buffer)
    return [data[y * stride + x] for y in range(height) for x in range(width)]


def difference(a: list[int], b: list[int]) -> float:
    assert len(a) == len(b)
    return sum(abs(x - y) for x, y in zip(a, b, strict=True)) / len(a)


# -- the window --------------------------------------------------------------------------------


@pytest.fixture
def warnings(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    shown: list[str] = []

    def record(_parent: Any, _title: str, text: str, *_rest: Any) -> QMessageBox.StandardButton:
        shown.append(text)
        return QMessageBox.StandardButton.Ok

    monkeypatch.setattr(QMessageBox, "warning", record)
    return shown


@pytest.fixture
def open_preview(qtbot: QtBot, warnings: list[str]) -> Iterator[Callable[..., PrintPreviewDialog]]:
    opened: list[PrintPreviewDialog] = []

    def open_(data: bytes, name: str = "รายงานการประชุม ครั้งที่ 3/2569") -> PrintPreviewDialog:
        dialog = PrintPreviewDialog(None, "รายงานการประชุม", maker(data), name)
        with qtbot.waitSignal(dialog.ready, timeout=10_000):
            pass
        opened.append(dialog)
        return dialog

    yield open_
    for dialog in opened:
        if shiboken6.isValid(dialog):
            dialog.close()


def wait_drawn(qtbot: QtBot, view: PageView, index: int, width: int | None = None) -> QImage:
    def drawn() -> bool:
        image = view.page_image(index)
        return image is not None and (width is None or abs(image.width() - width) <= 1)

    qtbot.waitUntil(drawn, timeout=10_000)
    image = view.page_image(index)
    assert image is not None
    return image


def test_three_pages_are_shown(qtbot: QtBot, open_preview: Any, warnings: list[str]) -> None:
    dialog = open_preview(sample_pdf(3))
    assert dialog.isVisible() and warnings == []
    assert dialog.windowTitle() == "รายงานการประชุม"
    assert dialog.ui.pageCountLabel.text() == _("of {count}").format(count=3)
    assert dialog.ui.pageSpin.maximum() == 3 and dialog.ui.pageSpin.value() == 1
    view = dialog.ui.pages
    first = wait_drawn(qtbot, view, 0)
    assert abs(first.width() - view.page_rect(0).width()) <= 1  # drawn for the size it is shown at
    assert 0.005 < dark_share(first) < 0.5  # the text and the bar, on white
    assert not dialog.ui.previousButton.isEnabled() and dialog.ui.nextButton.isEnabled()
    dialog.grab().save("/tmp/preview.png")


def test_zoom_changes_the_page_image(qtbot: QtBot, open_preview: Any) -> None:
    dialog = open_preview(sample_pdf(3))
    view, combo = dialog.ui.pages, dialog.ui.zoomCombo
    assert view.zoom() is Fit.WIDTH
    points_to_pixels = view.logicalDpiX() / 72
    for percent, factor in (("50%", 0.5), ("200%", 2.0), ("100%", 1.0)):
        combo.setCurrentIndex(combo.findText(percent))
        width = round(A4[0] * factor * points_to_pixels)
        assert view.page_rect(0).width() == width
        assert abs(wait_drawn(qtbot, view, 0, width).width() - width) <= 1  # pdfium rounds up
    combo.setCurrentIndex(combo.findText(_("Whole page")))
    assert view.page_rect(0).height() <= view.viewport().height()
    view.zoom_in()  # from the fitted size to the next step up
    assert combo.currentText().endswith("%")
    assert view.zoom_factor() > 0.5


def test_a_hundred_pages_move_page_by_page(qtbot: QtBot, open_preview: Any) -> None:
    dialog = open_preview(sample_pdf(100))
    view, spin = dialog.ui.pages, dialog.ui.pageSpin
    assert view.page_count() == 100 and spin.maximum() == 100
    assert dialog.ui.pageCountLabel.text() == _("of {count}").format(count=100)
    wait_drawn(qtbot, view, 0)
    dialog.ui.nextButton.click()
    assert view.current_page() == 1 and spin.value() == 2
    QTest.keyClick(view, Qt.Key.Key_PageDown)
    assert view.current_page() == 2 and spin.value() == 3
    QTest.keyClick(view, Qt.Key.Key_PageUp)
    assert view.current_page() == 1
    spin.setValue(50)
    assert view.current_page() == 49
    page_50 = wait_drawn(qtbot, view, 49)
    assert dark_share(page_50) > 0.005
    assert max(view.drawn_pages()) <= 51  # only pages near the window are drawn
    QTest.keyClick(view, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
    assert view.current_page() == 99 and spin.value() == 100
    assert not dialog.ui.nextButton.isEnabled()


def test_scrolling_a_hundred_pages_never_waits_for_pdfium(qtbot: QtBot, open_preview: Any) -> None:
    dialog = open_preview(sample_pdf(100))
    view = dialog.ui.pages
    bar = view.verticalScrollBar()
    steps = range(0, bar.maximum() + 1, max(bar.pageStep() // 2, 1))
    started = time.perf_counter()
    for value in steps:
        bar.setValue(value)
        view.viewport().repaint()
    per_step = (time.perf_counter() - started) / len(steps)
    assert len(steps) > 150
    assert per_step < 0.01, f"{per_step * 1000:.1f} ms a scroll step"
    assert view.current_page() == 99
    wait_drawn(qtbot, view, 99)
    assert len(view.drawn_pages()) < 100  # pages scrolled past quickly were never drawn


def test_keys_of_the_window(
    qtbot: QtBot, open_preview: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    dialog = open_preview(sample_pdf(3))
    called: list[str] = []
    monkeypatch.setattr(QPrintDialog, "exec", lambda _self: called.append("print") or 0)
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", lambda *_a: called.append("save") or ("", "")
    )
    QTest.keyClick(dialog.ui.pages, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    QTest.keyClick(dialog.ui.pages, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert called == ["print", "save"]
    QTest.keyClick(dialog.ui.pages, Qt.Key.Key_Minus, Qt.KeyboardModifier.ControlModifier)
    assert dialog.ui.pages.zoom_factor() < 1.5 and isinstance(dialog.ui.pages.zoom(), float)
    QTest.keyClick(dialog.ui.pages, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not shiboken6.isValid(dialog))  # closed and deleted


# -- saving ------------------------------------------------------------------------------------


def test_save_as_writes_the_very_bytes(
    qtbot: QtBot, open_preview: Any, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    data = sample_pdf(3)
    dialog = open_preview(data)
    offered: list[str] = []

    def choose(_parent: Any, _title: str, suggested: str, _kinds: str) -> tuple[str, str]:
        offered.append(suggested)
        return str(tmp_path / "minutes"), ""  # typed without .pdf

    monkeypatch.setattr(QFileDialog, "getSaveFileName", choose)
    with qtbot.waitSignal(dialog.saved) as saved:
        dialog.save_as()
    assert Path(offered[0]).name == "รายงานการประชุม ครั้งที่ 3-2569.pdf"
    assert saved.args == [str(tmp_path / "minutes.pdf")]
    assert (tmp_path / "minutes.pdf").read_bytes() == data
    assert sorted(p.name for p in tmp_path.iterdir()) == ["minutes.pdf"]  # no temporary left
    assert str(tmp_path / "minutes.pdf") in dialog.ui.statusLabel.text()


DISK_FULL = (
    "The disk is full: {path} was not saved. Free some space or choose another drive, then "
    "save again."
)
NOT_WRITABLE = (
    "{path} could not be written: the folder may be protected, or the file is open in "
    "another program (close it first). Choose another folder or name, then save again."
)


@pytest.mark.parametrize(
    ("failure", "expected"),
    [
        (OSError(errno.ENOSPC, "No space left on device"), DISK_FULL),
        (PermissionError(errno.EACCES, "Permission denied"), NOT_WRITABLE),
    ],
)
def test_save_problems_are_explained(
    open_preview: Any,
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
    warnings: list[str],
    failure: OSError,
    expected: str,
) -> None:
    dialog = open_preview(sample_pdf(3))
    target = tmp_path / "minutes.pdf"
    target.write_bytes(b"the older file")

    def fails(_descriptor: int) -> None:
        raise failure

    monkeypatch.setattr(files.os, "fsync", fails)
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *_a: (str(target), ""))
    dialog.save_as()
    assert warnings == [_(expected).format(path=target)]
    assert target.read_bytes() == b"the older file"  # the old file is left whole
    assert sorted(p.name for p in tmp_path.iterdir()) == ["minutes.pdf"]  # no temporary left


def test_saving_into_a_missing_folder_says_so(tmp_path: Path) -> None:
    with pytest.raises(FileNotFoundError) as raised:
        write_atomically(tmp_path / "gone" / "x.pdf", b"%PDF")
    message = save_problem(raised.value, tmp_path / "gone" / "x.pdf")
    assert str(tmp_path / "gone") in message


def test_file_names_windows_accepts() -> None:
    assert safe_file_name("คำสั่ง 12/2569: แต่งตั้ง") == "คำสั่ง 12-2569- แต่งตั้ง.pdf"
    assert safe_file_name("report.PDF") == "report.PDF"
    assert safe_file_name("..") == "document.pdf"


# -- printing ----------------------------------------------------------------------------------


def test_print_from_the_window(
    qtbot: QtBot, open_preview: Any, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    dialog = open_preview(sample_pdf(3))
    printer = dialog.printer()
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    monkeypatch.setattr(QPrintDialog, "exec", lambda _self: QDialog.DialogCode.Accepted)
    with qtbot.waitSignal(dialog.printed, timeout=20_000) as printed:
        dialog.print_document()
    assert printed.args == [3]
    document = pdfium.PdfDocument(str(tmp_path / "printed.pdf"))
    assert len(document) == 3
    assert all(min(grey(document, i)) < 60 for i in range(3))  # ink on every sheet
    assert dialog.ui.printButton.isEnabled()
    assert _("{count} pages sent to the printer.").format(count=3) == dialog.ui.statusLabel.text()


# -- when no PDF comes -------------------------------------------------------------------------


def no_preview_left() -> bool:
    return not any(
        isinstance(w, PrintPreviewDialog) and w.isVisible() for w in QApplication.topLevelWidgets()
    )


def test_an_error_is_shown_and_no_preview(qtbot: QtBot, warnings: list[str]) -> None:
    def broken(_progress: Progress) -> bytes:
        raise DomainError("ยังไม่มีการประชุมในฐานข้อมูล")

    dialog = PrintPreviewDialog(None, "รายงานการประชุม", broken, "minutes")
    with qtbot.waitSignal(dialog.failed, timeout=10_000) as failed:
        pass
    assert len(warnings) == 1 and "ยังไม่มีการประชุมในฐานข้อมูล" in warnings[0]
    assert failed.args == warnings
    assert _("{title} could not be made.").format(title="รายงานการประชุม") in warnings[0]
    qtbot.waitUntil(no_preview_left)


def test_not_a_pdf_is_an_error_too(qtbot: QtBot, warnings: list[str]) -> None:
    dialog = PrintPreviewDialog(None, "ทำเนียบ", maker(b"not a PDF at all"), "x")
    with qtbot.waitSignal(dialog.failed, timeout=10_000):
        pass
    assert len(warnings) == 1 and no_preview_left()


def test_cancel_stops_making_the_pdf(qtbot: QtBot, warnings: list[str]) -> None:
    def slow(progress: Progress) -> bytes:
        for step in range(400):  # about 20 seconds unless cancelled
            time.sleep(0.05)
            if step % 5 == 0:  # each report is a signal emitted: a few are enough
                progress(step, 400, "")
        return sample_pdf(1)

    def progress_dialog() -> QProgressDialog | None:
        found = [w for w in QApplication.topLevelWidgets() if isinstance(w, QProgressDialog)]
        return next((w for w in found if w.isVisible()), None)

    started = time.perf_counter()
    dialog = PrintPreviewDialog(None, "ทำเนียบเครือข่าย", slow, "directory")
    qtbot.waitUntil(lambda: progress_dialog() is not None, timeout=5_000)
    shown = progress_dialog()
    assert shown is not None
    with qtbot.waitSignal(dialog.failed, timeout=5_000) as failed:
        shown.findChild(QPushButton).click()  # the clerk presses Cancel
    assert time.perf_counter() - started < 5
    expected = _("{title} was not made: Cancel was pressed.").format(title="ทำเนียบเครือข่าย")
    assert failed.args == [expected] and warnings == [expected]
    qtbot.waitUntil(no_preview_left)


def test_closing_releases_the_pdf(qtbot: QtBot, open_preview: Any) -> None:
    dialog = open_preview(sample_pdf(3))
    pages = dialog.pages
    assert pages is not None
    dialog.ui.closeButton.click()
    with pytest.raises(ValueError, match="closed"):
        pages.render(0, 0.1)
