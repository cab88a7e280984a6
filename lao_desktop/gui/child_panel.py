"""Sub-records of the chosen record (contacts, members, agenda …) with add, edit, delete,
and the concept's own actions ("Fill from the committee", "Attach a scan…", "End term…")."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import replace
from operator import attrgetter
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QTableView, QVBoxLayout, QWidget

from lao_desktop.errors import DomainError
from lao_desktop.gui.concepts.base import Child, RecordAction
from lao_desktop.gui.export_actions import new_export_button
from lao_desktop.gui.field_editors import ServiceFor
from lao_desktop.gui.list_export import panel_source
from lao_desktop.gui.messages import confirm, show_error
from lao_desktop.gui.models.record_table import RecordTableModel, fixed_page
from lao_desktop.gui.record_dialog import RecordDialog
from lao_desktop.gui.views import set_up_table
from lao_desktop.i18n import _
from lao_desktop.services.permissions import allows
from lao_desktop.services.query import ListQuery, Page
from lao_desktop.services.registry import Services


class ChildPanel(QWidget):
    # Something was written: the parent's list and details may show it (a resolution's
    # status follows its latest follow-up report, a meeting shows who came).
    changed = Signal()

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
        actor = services.ctx.actor
        self.writes = allows(actor, self.service.write_action)
        self.can_add = child.can_add and self.writes
        self.can_edit = child.can_edit and self.writes
        self.add_button.setVisible(self.can_add)
        self.edit_button.setVisible(self.can_edit)
        self.delete_button.setVisible(self.writes)
        self.offered = [a for a in child.actions if allows(actor, a.needs)]
        self.action_buttons = [self._action_button(action) for action in self.offered]
        buttons = QHBoxLayout()
        for button in (self.add_button, self.edit_button, *self.action_buttons):
            buttons.addWidget(button)
        buttons.addWidget(self.delete_button)
        buttons.addStretch(1)
        self.export_button = new_export_button(self, services, lambda: panel_source(self))
        buttons.addWidget(self.export_button)
        self.summary = QLabel(self)
        self.summary.setObjectName("childSummary")
        self.summary.setVisible(child.summary is not None)
        layout = QVBoxLayout(self)
        layout.addLayout(buttons)
        layout.addWidget(self.summary)
        layout.addWidget(self.table)
        self.add_button.clicked.connect(self.add)
        self.edit_button.clicked.connect(self.edit)
        self.delete_button.clicked.connect(self.delete)
        self.table.doubleClicked.connect(lambda _i: self._open_row())
        self.table.selectionModel().selectionChanged.connect(lambda *_a: self._update_buttons())
        self.model.modelReset.connect(self._reloaded)
        self._update_buttons()

    def _action_button(self, action: RecordAction) -> QPushButton:
        button = QPushButton(_(action.title), self)
        if action.tip:
            button.setToolTip(_(action.tip))
        button.clicked.connect(lambda _checked=False, a=action: self.run(a))
        return button

    def _fetch(self, query: ListQuery) -> Page[Any]:
        if self.parent_record is None:
            return fixed_page([])
        filters = {**query.filters, self.child.parent_key: self.parent_record.id}
        page: Page[Any] = self.service.list(replace(query, filters=filters))
        return page

    def show_parent(self, record: Any) -> None:
        self.parent_record = record
        self.model.reload()

    def _reloaded(self) -> None:
        if self.child.summary is not None:
            parent = self.parent_record
            self.summary.setText(
                self.child.summary(self.services, parent) if parent is not None else ""
            )
        self._update_buttons()

    def _update_buttons(self) -> None:
        row = self.current()
        has_parent = self.parent_record is not None
        self.add_button.setEnabled(has_parent)
        self.export_button.setEnabled(has_parent)
        self.edit_button.setEnabled(row is not None)
        self.delete_button.setEnabled(row is not None)
        for action, button in zip(self.offered, self.action_buttons, strict=True):
            target = row if action.on_row else self.parent_record
            button.setEnabled(target is not None and action.applies(target))

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

    def _written(self) -> None:
        self.model.reload()
        self.changed.emit()

    def _open_row(self) -> None:
        """Double-click: edit, or where nothing is typed (a scan) the first row action."""
        if self.can_edit:
            self.edit()
            return
        action = next((a for a in self.offered if a.on_row), None)
        if action is not None:
            self.run(action)

    def add(self) -> None:
        if not self.can_add or self.parent_record is None:
            return
        if self._dialog().exec():
            self._written()

    def edit(self) -> None:
        record = self.current()
        if not self.can_edit or record is None:
            return
        try:
            dialog = self._dialog(self.service.get(record.id))
        except DomainError as error:  # deleted meanwhile on another PC
            show_error(self, error)
            self.model.reload()
            return
        if dialog.exec():
            self._written()

    def delete(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return
        record, name = self.model.record(rows[0].row()), self.model.texts[rows[0].row()][0]
        if not confirm(self, _("Delete"), _("Move “{name}” to the trash?").format(name=name)):
            return
        try:
            self.service.delete(record.id)
        except DomainError as error:
            show_error(self, error)
            self.model.reload()
            return
        self._written()

    def run(self, action: RecordAction) -> None:
        target = self.current() if action.on_row else self.parent_record
        if target is None or not action.applies(target):
            return
        try:
            reload = action.run(self.services, target, self)
        except DomainError as error:
            show_error(self, error)
            return
        if reload:
            self._written()
