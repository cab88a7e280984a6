"""How every record table looks: Thai-friendly row height, widths from the columns."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView

from lao_desktop.gui.models.record_table import RecordTableModel

UNSIZED_CHARS = 13  # "30 ม.ค. 2566", a count or an amount
TITLE_ROOM = 30  # pixels beside a column title: padding and the sort arrow


def set_up_table(table: QTableView, model: RecordTableModel) -> None:
    table.setModel(model)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setAlternatingRowColors(True)
    table.setWordWrap(False)
    table.verticalHeader().setVisible(False)
    # Thai needs room above and below the line for tone marks and lower vowels.
    height = table.fontMetrics().height()
    table.verticalHeader().setDefaultSectionSize(int(height * 1.7))
    header = table.horizontalHeader()
    header.setStretchLastSection(True)
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    char = table.fontMetrics().averageCharWidth()
    titles = header.fontMetrics()
    for number, column in enumerate(model.columns):
        # Never narrower than the Thai title and its sort arrow: a cut title hides what
        # the column is. Columns without a width hold dates and numbers.
        title = titles.horizontalAdvance(str(model.headerData(number, Qt.Orientation.Horizontal)))
        wanted = (column.width or UNSIZED_CHARS) * char
        table.setColumnWidth(number, max(wanted, title + TITLE_ROOM))
