"""A date box that reads and shows Buddhist-era years, with a calendar popup.

Qt has no Buddhist calendar, so the box holds the typed text (parsed by the same
``parse_date`` the services use) and the popup draws its own month/B.E.-year header.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, QLocale, Qt, Signal
from PySide6.QtWidgets import (
    QCalendarWidget,
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QStyle,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from lao_desktop.i18n import _, language
from lao_desktop.thai.dates import BE_OFFSET, THAI_MONTHS, format_date, parse_date
from lao_desktop.thai.errors import ThaiInputError

_ENGLISH_MONTHS = (
    "January", "February", "March", "April", "May", "June", "July", "August", "September",
    "October", "November", "December",
)  # fmt: skip


def month_names() -> tuple[str, ...]:
    return THAI_MONTHS if language() == "th" else _ENGLISH_MONTHS


class BuddhistCalendarPopup(QFrame):
    """A month view whose header shows the Thai month and the B.E. year."""

    picked = Signal(object)  # datetime.date

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Popup)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.calendar = QCalendarWidget(self)
        self.calendar.setNavigationBarVisible(False)
        self.calendar.setLocale(QLocale(QLocale.Language.Thai, QLocale.Country.Thailand))
        self.calendar.setGridVisible(True)
        # ISO week numbers mean nothing on a Thai office calendar.
        self.calendar.setVerticalHeaderFormat(QCalendarWidget.VerticalHeaderFormat.NoVerticalHeader)
        self.previous = QToolButton(self)
        self.previous.setArrowType(Qt.ArrowType.LeftArrow)
        self.previous.setToolTip(_("Previous month"))
        self.next = QToolButton(self)
        self.next.setArrowType(Qt.ArrowType.RightArrow)
        self.next.setToolTip(_("Next month"))
        self.month = QComboBox(self)
        self.month.addItems(list(month_names()))
        self.year = QSpinBox(self)
        self.year.setRange(2400, 2700)
        self.year.setPrefix(_("B.E. "))
        header = QHBoxLayout()
        for widget in (self.previous, self.month, self.year, self.next):
            header.addWidget(widget)
        layout = QVBoxLayout(self)
        layout.addLayout(header)
        layout.addWidget(self.calendar)
        self.previous.clicked.connect(self.calendar.showPreviousMonth)
        self.next.clicked.connect(self.calendar.showNextMonth)
        self.month.activated.connect(self._go)
        self.year.valueChanged.connect(self._go)
        self.calendar.currentPageChanged.connect(self._show_page)
        self.calendar.clicked.connect(self._clicked)
        self.calendar.activated.connect(self._clicked)

    def show_date(self, day: dt.date) -> None:
        self.calendar.setSelectedDate(QDate(day.year, day.month, day.day))
        self.calendar.setCurrentPage(day.year, day.month)
        self._show_page(day.year, day.month)

    def _show_page(self, year: int, month: int) -> None:
        self.month.blockSignals(True)
        self.year.blockSignals(True)
        self.month.setCurrentIndex(month - 1)
        self.year.setValue(year + BE_OFFSET)
        self.month.blockSignals(False)
        self.year.blockSignals(False)

    def _go(self) -> None:
        self.calendar.setCurrentPage(self.year.value() - BE_OFFSET, self.month.currentIndex() + 1)

    def _clicked(self, qdate: QDate) -> None:
        self.picked.emit(dt.date(qdate.year(), qdate.month(), qdate.day()))
        self.hide()


class ThaiDateEdit(QWidget):
    """Type 21/11/2569, 21 พ.ย. 69, 2026-11-21 … or pick from the calendar.

    Beside the box the date is spelled out as understood, or what is wrong with it.
    """

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.edit = QLineEdit(self)
        self.edit.setPlaceholderText(_("dd/mm/yyyy B.E."))
        # Wide enough for the hint in either language, and for "21 พฤศจิกายน 2569".
        hint = self.edit.fontMetrics().horizontalAdvance(self.edit.placeholderText())
        self.edit.setFixedWidth(max(170, hint + 24))
        self.button = QToolButton(self)
        self.button.setIcon(self.style().standardIcon(QStyle.StandardPixmap.SP_ArrowDown))
        self.button.setToolTip(_("Choose from the calendar"))
        self.button.setAccessibleName(_("Choose from the calendar"))
        self.button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.reading = QLabel(self)
        self.reading.setObjectName("dateReading")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.edit)
        layout.addWidget(self.button)
        layout.addWidget(self.reading, 1)
        self.setFocusProxy(self.edit)
        self.popup: BuddhistCalendarPopup | None = None
        self.button.clicked.connect(self.open_calendar)
        self.edit.textChanged.connect(self._typed)

    def text(self) -> str:
        return self.edit.text()

    def date(self) -> dt.date | None:
        """The date typed, or None when the box is empty or cannot be read."""
        try:
            return parse_date(self.edit.text()) if self.edit.text().strip() else None
        except ThaiInputError:
            return None

    def set_date(self, value: dt.date | None) -> None:
        self.edit.setText(format_date(value, "short") if value else "")

    def open_calendar(self) -> None:
        if self.popup is None:
            self.popup = BuddhistCalendarPopup(self)
            self.popup.picked.connect(self.set_date)
        self.popup.show_date(self.date() or dt.date.today())
        self.popup.move(self.edit.mapToGlobal(self.edit.rect().bottomLeft()))
        self.popup.show()

    def _typed(self, text: str) -> None:
        if not text.strip():
            self.reading.clear()
        else:
            try:
                self.reading.setText(format_date(parse_date(text), "full"))
                self.reading.setStyleSheet("color: palette(mid);")
            except ThaiInputError as error:
                self.reading.setText(error.message_en if language() == "en" else error.message_th)
                self.reading.setStyleSheet("color: #b3261e;")
        self.reading.setToolTip(self.reading.text())
        self.changed.emit()
