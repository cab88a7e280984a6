"""The pages of a PDF in one scrolling column, with zoom, drawn only near the window."""

from __future__ import annotations

from bisect import bisect_right
from collections import OrderedDict
from enum import Enum

from PySide6.QtCore import QPoint, QRect, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QImage,
    QKeyEvent,
    QPainter,
    QPaintEvent,
    QResizeEvent,
    QWheelEvent,
)
from PySide6.QtWidgets import QAbstractScrollArea, QWidget

from lao_desktop.gui.pdf_pages import PageRenderer, PdfPages


class Fit(Enum):
    """Zoom that follows the window: the widest page fills the width, or a whole page shows."""

    WIDTH = "width"
    PAGE = "page"


# A float zoom is a factor of the printed size: 1.0 shows an A4 page as large as on paper.
Zoom = Fit | float
ZOOM_STEPS = (0.5, 0.75, 1.0, 1.25, 1.5, 2.0)


class PageView(QAbstractScrollArea):
    """The pages in one scrolling column, drawn only when they come near the window.

    A page not drawn yet shows white; after a zoom the old image is stretched until the
    sharp one arrives, so scrolling and zooming never wait for pdfium."""

    current_page_changed = Signal(int)  # index from 0
    zoom_changed = Signal()

    GAP = 16  # grey space around the pages, in logical pixels
    AHEAD = 1  # pages drawn beyond the visible ones, each way
    CACHE_BYTES = 160 * 1024 * 1024
    BACKGROUND = QColor("#6f7378")

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._pages: PdfPages | None = None
        self._renderer: PageRenderer | None = None
        self._zoom: Zoom = Fit.WIDTH
        self._factor = 1.0  # logical pixels per point
        self._rects: list[QRect] = []  # where each page lies in the column
        self._tops: list[int] = []
        self._content = QSize(0, 0)
        self._cache: OrderedDict[int, tuple[float, QImage]] = OrderedDict()
        self._current = 0
        self._jumping = False  # the column is moved to a page: that page is the current one
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOn)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.verticalScrollBar().valueChanged.connect(self._scrolled)
        self.horizontalScrollBar().valueChanged.connect(self._scrolled)

    # -- what is shown --------------------------------------------------------------------

    def set_pages(self, pages: PdfPages) -> None:
        self.release()
        self._pages = pages
        self._renderer = PageRenderer(pages, self)
        self._renderer.rendered.connect(self._rendered)
        self._cache.clear()
        self._current = 0
        self._layout(keep_place=False)

    def release(self) -> None:
        """Stop drawing (the PDF may then be closed)."""
        if self._renderer is not None:
            self._renderer.stop()
            self._renderer.deleteLater()
            self._renderer = None
        self._cache.clear()

    def page_count(self) -> int:
        return len(self._pages) if self._pages is not None else 0

    def current_page(self) -> int:
        return self._current

    def page_rect(self, index: int) -> QRect:
        """Where page ``index`` lies in the column, in logical pixels."""
        return QRect(self._rects[index])

    def page_image(self, index: int) -> QImage | None:
        """The page as drawn so far (maybe at an earlier zoom), or None."""
        cached = self._cache.get(index)
        return cached[1] if cached is not None else None

    def drawn_pages(self) -> list[int]:
        return sorted(self._cache)

    def renderer(self) -> PageRenderer | None:
        return self._renderer

    def go_to_page(self, index: int) -> None:
        if not self._rects:
            return
        index = max(0, min(index, len(self._rects) - 1))
        self._jumping = True
        try:
            self.verticalScrollBar().setValue(self._rects[index].top() - self.GAP // 2)
        finally:
            self._jumping = False
        self._set_current(index)

    # -- zoom -------------------------------------------------------------------------------

    def zoom(self) -> Zoom:
        return self._zoom

    def zoom_factor(self) -> float:
        """The zoom in effect, as a factor of the printed size (also when fitting)."""
        return self._factor / self._pixels_per_point()

    def set_zoom(self, zoom: Zoom) -> None:
        if isinstance(zoom, float):
            zoom = max(ZOOM_STEPS[0], min(zoom, ZOOM_STEPS[-1]))
        self._zoom = zoom
        self._layout(keep_place=True)
        self.zoom_changed.emit()

    def zoom_in(self) -> None:
        now = self.zoom_factor()
        self.set_zoom(next((s for s in ZOOM_STEPS if s > now + 0.01), ZOOM_STEPS[-1]))

    def zoom_out(self) -> None:
        now = self.zoom_factor()
        smaller = [s for s in ZOOM_STEPS if s < now - 0.01]
        self.set_zoom(smaller[-1] if smaller else ZOOM_STEPS[0])

    def _pixels_per_point(self) -> float:
        return self.logicalDpiX() / 72.0

    def _fitted_factor(self) -> float:
        if isinstance(self._zoom, float) or self._pages is None or not len(self._pages):
            zoom = self._zoom if isinstance(self._zoom, float) else 1.0
            return zoom * self._pixels_per_point()
        widest = max(self._pages.size(i).width() for i in range(len(self._pages)))
        tallest = max(self._pages.size(i).height() for i in range(len(self._pages)))
        across = (self.viewport().width() - 2 * self.GAP) / widest
        if self._zoom is Fit.PAGE:
            across = min(across, (self.viewport().height() - 2 * self.GAP) / tallest)
        return max(across, 0.05)

    # -- layout and scrolling ---------------------------------------------------------------

    def _layout(self, *, keep_place: bool) -> None:
        place = self._place() if keep_place and self._rects else None
        across, half = self.horizontalScrollBar(), self.viewport().width() / 2
        # What is in the middle of the window stays there (a new column: its middle).
        middle = (self._offset().x() + half) / max(self._content.width(), 1) if place else 0.5
        self._factor = self._fitted_factor()
        sizes = [self._pages.size(i) for i in range(len(self._pages))] if self._pages else []
        width = max((round(s.width() * self._factor) for s in sizes), default=0) + 2 * self.GAP
        self._rects, top = [], self.GAP
        for size in sizes:
            w, h = round(size.width() * self._factor), round(size.height() * self._factor)
            self._rects.append(QRect((width - w) // 2, top, w, h))
            top += h + self.GAP
        self._tops = [rect.top() for rect in self._rects]
        self._content = QSize(width, top)
        self._update_scroll_bars()
        if place is not None:
            index, fraction = place
            rect = self._rects[index]
            self._jumping = True
            try:
                self.verticalScrollBar().setValue(round(rect.top() + fraction * rect.height()))
            finally:
                self._jumping = False
        across.setValue(round(middle * self._content.width() - half))
        self.viewport().update()
        self._ask_for_pages()

    def _place(self) -> tuple[int, float]:
        """The page at the top of the window and how far down it the window starts."""
        top = self.verticalScrollBar().value()
        index = self._page_at(top)
        rect = self._rects[index]
        return index, (top - rect.top()) / max(rect.height(), 1)

    def _update_scroll_bars(self) -> None:
        view = self.viewport().size()
        for bar, content, shown in (
            (self.verticalScrollBar(), self._content.height(), view.height()),
            (self.horizontalScrollBar(), self._content.width(), view.width()),
        ):
            bar.setRange(0, max(0, content - shown))
            bar.setPageStep(shown)
            bar.setSingleStep(48)

    def _page_at(self, y: int) -> int:
        return max(0, min(bisect_right(self._tops, y) - 1, len(self._tops) - 1))

    def _visible(self) -> range:
        if not self._rects:
            return range(0)
        top = self.verticalScrollBar().value()
        return range(self._page_at(top), self._page_at(top + self.viewport().height()) + 1)

    def _scrolled(self) -> None:
        if not self._jumping and self._rects:
            # The page that fills the upper part of the window is the one being read.
            top = self.verticalScrollBar().value()
            self._set_current(self._page_at(top + self.viewport().height() // 3))
        self.viewport().update()
        self._ask_for_pages()

    def _set_current(self, index: int) -> None:
        if index != self._current:
            self._current = index
            self.current_page_changed.emit(index)

    # -- drawing ----------------------------------------------------------------------------

    def _scale(self) -> float:
        return self._factor * self.devicePixelRatioF()

    def _ask_for_pages(self) -> None:
        if self._renderer is None or not self._rects:
            return
        visible = self._visible()
        near = [*visible]
        for step in range(1, self.AHEAD + 1):
            near += [visible.start - step, visible.stop - 1 + step]
        scale = self._scale()
        wanted = [
            (index, scale)
            for index in near
            if 0 <= index < len(self._rects) and not self._sharp(index, scale)
        ]
        self._renderer.want(wanted)

    def _sharp(self, index: int, scale: float) -> bool:
        cached = self._cache.get(index)
        return cached is not None and abs(cached[0] - scale) < 1e-6

    def _rendered(self, index: int, scale: float, image: QImage) -> None:
        if abs(scale - self._scale()) > 1e-6 and index in self._cache:
            return  # drawn for a zoom already left; the stretched old one will do
        image.setDevicePixelRatio(self.devicePixelRatioF())
        self._cache[index] = (scale, image)
        self._cache.move_to_end(index)
        self._forget_far_pages()
        self.viewport().update()

    def _forget_far_pages(self) -> None:
        visible = self._visible()
        total = sum(image.sizeInBytes() for _scale, image in self._cache.values())
        for index in list(self._cache):
            if total <= self.CACHE_BYTES:
                break
            if index not in visible:
                total -= self._cache.pop(index)[1].sizeInBytes()

    def _offset(self) -> QPoint:
        spare = max(0, (self.viewport().width() - self._content.width()) // 2)
        return QPoint(self.horizontalScrollBar().value() - spare, self.verticalScrollBar().value())

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self.viewport())
        painter.fillRect(event.rect(), self.BACKGROUND)
        offset = self._offset()
        for index in self._visible():
            rect = self._rects[index].translated(-offset)
            painter.fillRect(rect.translated(3, 3), QColor(0, 0, 0, 70))
            painter.fillRect(rect, Qt.GlobalColor.white)
            cached = self._cache.get(index)
            if cached is not None:
                stretched = abs(cached[0] - self._scale()) > 1e-6
                painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform, stretched)
                painter.drawImage(QRectF(rect), cached[1])
        painter.end()

    # -- events -----------------------------------------------------------------------------

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._layout(keep_place=True)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key, control = event.key(), event.modifiers() & Qt.KeyboardModifier.ControlModifier
        if key == Qt.Key.Key_PageDown:
            self.go_to_page(self._current + 1)
        elif key == Qt.Key.Key_PageUp:
            self.go_to_page(self._current - 1)
        elif key == Qt.Key.Key_Home and control:
            self.go_to_page(0)
        elif key == Qt.Key.Key_End and control:
            self.go_to_page(self.page_count() - 1)
        else:
            super().keyPressEvent(event)
            return
        event.accept()

    def wheelEvent(self, event: QWheelEvent) -> None:
        if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            delta = event.angleDelta().y()
            if delta > 0:
                self.zoom_in()
            elif delta < 0:
                self.zoom_out()
            event.accept()
            return
        super().wheelEvent(event)
