"""Sub-records of the chosen record (contacts, members, agenda …) with add, edit, delete."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import replace
from operator import attrgetter
from typing import Any

from PySide6.QtWidgets import QHBoxLayout, QPushButton, QTableView, QVBoxLayout, QWidget

from lao_desktop.errors import DomainError
from lao_desktop.gui.concepts.base import Child
from lao_desktop.gui.field_editors import ServiceFor
from lao_desktop.gui.messages import confirm, show_error
from lao_desktop.gui.models.record_table import RecordTableModel, fixed_page
from lao_desktop.gui.record_dialog import RecordDialog
from lao_desktop.gui.views import set_up_table
from lao_desktop.i18n import _
from lao_desktop.services.query import ListQuery, Page
from lao_desktop.services.registry import Services


class ChildPanel(QWidget):
    def __init__(self, services: Services, child: Child, service_for: ServiceFor) -> None:
        super().__init__()
        self.child = child
        self.services = services
        self.service = attrgetter(child.service)(services)
        self.service_for = service_for
        self.parent_record: Any = None
        self.model = RecordTableModel(self.service, child.columns, service_for, self._fetch, self)
        self.table = QTableView(self)
        set_up_table(self.table, self.model)
        self.add_button = QPushButton(_("Add"), self)
        self.edit_button = QPushButton(_("Edit"), self)
        self.delete_button = QPushButton(_("Delete"), self)
        buttons = QHBoxLayout()
        for button in (self.add_button, self.edit_button, self.delete_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(buttons)
        layout.addWidget(self.table)
        self.add_button.clicked.connect(self.add)
        self.edit_button.clicked.connect(self.edit)
        self.delete_button.clicked.connect(self.delete)
        self.table.doubleClicked.connect(lambda _i: self.edit())

    def _fetch(self, query: ListQuery) -> Page[Any]:
        if self.parent_record is None:
            return fixed_page([])
        filters = {**query.filters, self.child.parent_key: self.parent_record.id}
        page: Page[Any] = self.service.list(replace(query, filters=filters))
        return page

    def show_parent(self, record: Any) -> None:
        self.parent_record = record
        self.model.reload()

    def _dialog(self, record: Any = None) -> RecordDialog:
        return RecordDialog(
            self,
            self.service,
            self.service_for,
            record=record,
            fixed={self.child.parent_key: self.parent_record.id},
            ref_filters=self.child.ref_filters(self.parent_record),
            create=self._create,
        )

    def _create(self, data: Mapping[str, Any]) -> Any:
        if self.child.create is not None:
            return self.child.create(self.services, data)
        return self.service.create(data)

    def current(self) -> Any:
        rows = self.table.selectionModel().selectedRows()
        return self.model.record(rows[0].row()) if rows else None

    def add(self) -> None:
        if self.parent_record is not None and self._dialog().exec():
            self.model.reload()

    def edit(self) -> None:
        record = self.current()
        if record is not None and self._dialog(self.service.get(record.id)).exec():
            self.model.reload()

    def delete(self) -> None:
        record = self.current()
        if record is None:
            return
        name = self.model.texts[self.table.currentIndex().row()][0]
        if not confirm(self, _("Delete"), _("Move “{name}” to the trash?").format(name=name)):
            return
        try:
            self.service.delete(record.id)
        except DomainError as error:
            show_error(self, error)
        self.model.reload()
