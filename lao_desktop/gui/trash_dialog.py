"""Deleted records of one concept, and bringing them back."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtWidgets import QDialog, QWidget

from lao_desktop.errors import DomainError
from lao_desktop.gui.field_editors import ServiceFor
from lao_desktop.gui.format import count_text
from lao_desktop.gui.forms.ui_trash_dialog import Ui_TrashDialog
from lao_desktop.gui.messages import show_error
from lao_desktop.gui.models.record_table import Column, RecordTableModel
from lao_desktop.gui.views import set_up_table
from lao_desktop.i18n import _
from lao_desktop.services.entity import EntityService


class TrashDialog(QDialog):
    def __init__(
        self,
        parent: QWidget | None,
        service: EntityService[Any],
        columns: Sequence[Column],
        service_for: ServiceFor,
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_TrashDialog()
        self.ui.setupUi(self)
        self.setWindowTitle(_("Trash: {what}").format(what=_(service.label)))
        self.service = service
        self.model = RecordTableModel(service, columns, service_for, parent=self)
        set_up_table(self.ui.table, self.model)
        self.model.modelReset.connect(self._count)
        self.model.modelReset.connect(self._select_first)
        self.ui.table.selectionModel().selectionChanged.connect(self._selected)
        self.model.set_query(trash=True)
        self.ui.restoreButton.clicked.connect(self.restore)
        self.ui.closeButton.clicked.connect(self.accept)
        self.ui.table.doubleClicked.connect(lambda _i: self.restore())
        self.restored: list[Any] = []

    def _count(self) -> None:
        self.ui.countLabel.setText(count_text(len(self.model.records), self.model.total))

    def _select_first(self) -> None:
        """Restore works on a chosen row: choose the first, so Enter/Restore just works."""
        if self.model.rowCount() > 0:
            self.ui.table.selectRow(0)
        self._selected()

    def _selected(self) -> None:
        self.ui.restoreButton.setEnabled(bool(self.ui.table.selectionModel().selectedRows()))

    def restore(self) -> None:
        rows = self.ui.table.selectionModel().selectedRows()
        if not rows:
            return
        record = self.model.record(rows[0].row())
        try:
            self.restored.append(self.service.restore(record.id))
        except DomainError as error:
            show_error(self, error)
        self.model.reload()
