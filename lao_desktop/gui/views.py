"""How every record table looks: Thai-friendly row height, widths from the columns."""

from __future__ import annotations

from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView

from lao_desktop.gui.models.record_table import RecordTableModel


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
    for number, column in enumerate(model.columns):
        if column.width:
            table.setColumnWidth(number, column.width * char)
