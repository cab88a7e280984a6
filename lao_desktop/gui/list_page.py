"""The screen of one concept: search as you type, filters, a lazy list, the chosen
record's details and sub-records, add / edit / delete with undo, and the trash."""

from __future__ import annotations

import logging
from dataclasses import replace
from datetime import date
from typing import Any

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QComboBox, QMenu, QPushButton, QWidget

from lao_desktop.errors import DomainError
from lao_desktop.gui.child_panel import ChildPanel
from lao_desktop.gui.concepts.base import Concept, RecordAction
from lao_desktop.gui.detail_view import detail_html
from lao_desktop.gui.export_actions import export_button
from lao_desktop.gui.field_editors import ServiceFor
from lao_desktop.gui.format import count_text
from lao_desktop.gui.forms.ui_list_page import Ui_ListPage
from lao_desktop.gui.list_export import page_source
from lao_desktop.gui.messages import confirm, show_error
from lao_desktop.gui.models.record_table import RecordTableModel
from lao_desktop.gui.record_dialog import RecordDialog
from lao_desktop.gui.trash_dialog import TrashDialog
from lao_desktop.gui.views import set_up_table
from lao_desktop.i18n import _
from lao_desktop.services.fields import ChoiceField
from lao_desktop.services.permissions import allows
from lao_desktop.services.registry import Services
from lao_desktop.thai.fiscal import fiscal_year

log = logging.getLogger(__name__)
SEARCH_DELAY_MS = 200
FISCAL_YEARS_SHOWN = 8
PAGES_SEARCHED = 25  # looking for a just-saved record: at most 5,000 rows


class ListPage(QWidget):
    def __init__(self, services: Services, concept: Concept, service_for: ServiceFor) -> None:
        super().__init__()
        self.ui = Ui_ListPage()
        self.ui.setupUi(self)
        self.services = services
        self.concept = concept
        self.service = getattr(services, concept.service)
        self.service_for = service_for
        self.model = RecordTableModel(self.service, concept.columns, service_for, parent=self)
        if concept.newest_first:
            self.model.query = replace(self.model.query, descending=True)
        set_up_table(self.ui.table, self.model)
        header = self.ui.table.horizontalHeader()
        header.setSortIndicatorShown(True)
        # After the view has asked the model to sort: the arrow shows the order the list
        # really has (a column without an index does not sort, so its arrow goes back).
        header.sortIndicatorChanged.connect(lambda _c, _o: self._show_sort())
        self.ui.splitter.setStretchFactor(0, 3)
        self.ui.splitter.setStretchFactor(1, 2)
        self.filter_boxes: dict[str, QComboBox] = {}
        self.view_box: QComboBox | None = None
        self.year_box: QComboBox | None = None
        self._build_filters()
        self.children_panels = [ChildPanel(services, c, service_for) for c in concept.children]
        for child, panel in zip(concept.children, self.children_panels, strict=True):
            self.ui.detailTabs.addTab(panel, _(child.title))
            panel.changed.connect(self._child_changed)
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self.apply_search)
        self.ui.search.textChanged.connect(lambda _t: self._search_timer.start())
        self.ui.search.returnPressed.connect(self.apply_search)
        self.writes = allows(services.ctx.actor, self.service.write_action)
        for button in (self.ui.addButton, self.ui.editButton, self.ui.deleteButton):
            button.setVisible(self.writes)
        self.ui.trashButton.setVisible(self.writes)
        self.action_buttons = [
            (action, self._action_button(action))
            for action in concept.actions
            if allows(services.ctx.actor, action.needs)
        ]
        self.ui.addButton.clicked.connect(self.add)
        self.ui.editButton.clicked.connect(self.edit)
        self.ui.deleteButton.clicked.connect(self.delete)
        self.ui.trashButton.clicked.connect(self.open_trash)
        self._set_up_printing()
        export_button(self.ui.exportButton, services, lambda: page_source(self))
        self.ui.undoButton.clicked.connect(self.undo_delete)
        self.ui.table.doubleClicked.connect(lambda _i: self.edit())
        self.ui.table.activated.connect(lambda _i: self.edit())
        self.ui.table.selectionModel().selectionChanged.connect(self._selected)
        self.model.modelReset.connect(self._update_count)
        self.model.rowsInserted.connect(self._update_count)
        self._hide_undo()
        self._deleted: Any = None
        self.loaded = False

    # -- filters -----------------------------------------------------------------------------

    def _combo(self, first: str, items: list[tuple[str, Any]], name: str) -> QComboBox:
        box = QComboBox(self)
        box.setAccessibleName(name)
        box.setToolTip(name)
        box.addItem(first, None)
        for text, data in items:
            box.addItem(text, data)
        # Sized to a short text, not the longest choice: the page must fit a 1366-pixel screen.
        box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        box.setMinimumContentsLength(min(16, max(len(first), 8)))
        box.activated.connect(lambda _i: self.apply_filters())
        self.ui.filterLayout.addWidget(box)
        return box

    def _build_filters(self) -> None:
        if self.concept.views:
            views = [(_(v.title), v) for v in self.concept.views]
            self.view_box = self._combo(_("All records"), views, _("Show"))
        for key in self.concept.filters:
            spec = self.service.schema.fields[key]
            assert isinstance(spec, ChoiceField)
            label = _(spec.label)
            members = [(m.label, m) for m in spec.enum]
            self.filter_boxes[key] = self._combo(
                _("{what}: all").format(what=label), members, label
            )
        if self.concept.fiscal_year:
            this_year = fiscal_year(date.today())
            years = [
                (_("Fiscal year {year}").format(year=y), y)
                for y in range(this_year + 1, this_year - FISCAL_YEARS_SHOWN, -1)
            ]
            self.year_box = self._combo(_("Every fiscal year"), years, _("Fiscal year"))

    def apply_filters(self) -> None:
        view = self.view_box.currentData() if self.view_box is not None else None
        special = view is not None
        for box in [*self.filter_boxes.values(), self.year_box]:
            if box is not None:
                box.setEnabled(not special)
        filters = {k: b.currentData() for k, b in self.filter_boxes.items() if b.currentData()}
        year = self.year_box.currentData() if self.year_box is not None else None
        if view is not None:
            self.model.fetch = lambda q: view.fetch(self.services, q)
        else:
            self.model.fetch = self.service.list
        self.model.set_query(filters=filters, fiscal_year=year)

    def apply_search(self) -> None:
        self._search_timer.stop()
        if self.ui.search.text() != self.model.query.text:
            self.model.set_query(text=self.ui.search.text())

    # -- loading and showing -----------------------------------------------------------------

    def _child_changed(self) -> None:
        """A sub-record changed the record (a resolution's status follows its latest report,
        a meeting's details count who came): reload the list, keep the record chosen."""
        record = self.current()
        self.model.reload()
        if record is not None:
            self.select(record.id)

    def load(self) -> None:
        """Fetch the first page; called when the page is first shown, and after changes."""
        self.model.reload()
        self.loaded = True
        self._show_sort()
        self._selected()

    def _show_sort(self) -> None:
        header = self.ui.table.horizontalHeader()
        descending = self.model.query.descending
        order = Qt.SortOrder.DescendingOrder if descending else Qt.SortOrder.AscendingOrder
        header.blockSignals(True)
        header.setSortIndicator(self.model.sort_column(), order)
        header.blockSignals(False)

    def _update_count(self) -> None:
        self.ui.countLabel.setText(count_text(len(self.model.records), self.model.total))

    def current(self) -> Any:
        rows = self.ui.table.selectionModel().selectedRows()
        return self.model.record(rows[0].row()) if rows else None

    def _selected(self) -> None:
        record = self.current()
        self.ui.editButton.setEnabled(record is not None)
        self.ui.deleteButton.setEnabled(record is not None)
        self.ui.printButton.setEnabled(record is not None)
        for action, button in self.action_buttons:
            button.setEnabled(record is not None and action.applies(record))
        for index in range(1, self.ui.detailTabs.count()):
            self.ui.detailTabs.setTabEnabled(index, record is not None)
        if record is None:
            self.ui.detail.setHtml(
                "<p style='color:#666'>" + _("Choose a record in the list to see it here.") + "</p>"
            )
            for panel in self.children_panels:
                panel.show_parent(None)
            return
        try:
            full = self.service.get(record.id)
            extra = self.concept.details(self.services, full) if self.concept.details else []
            self.ui.detail.setHtml(detail_html(self.service, self.service_for, full, extra))
        except DomainError as error:  # deleted meanwhile on another PC
            self.ui.detail.setPlainText(str(error))
            return
        for panel in self.children_panels:
            panel.show_parent(full)

    def select(self, ident: Any) -> None:
        """Select the record ``ident``, fetching further pages when it lies beyond the
        loaded ones (a new exchange sorts last by date)."""
        row = self.model.row_of(ident)
        pages = 0
        while row < 0 and self.model.canFetchMore() and pages < PAGES_SEARCHED:
            self.model.fetchMore()
            row = self.model.row_of(ident)
            pages += 1
        if row >= 0:
            self.ui.table.selectRow(row)
            self.ui.table.scrollTo(self.model.index(row, 0))

    # -- actions -----------------------------------------------------------------------------

    def focus_search(self) -> None:
        self.ui.search.setFocus()
        self.ui.search.selectAll()

    def _set_up_printing(self) -> None:
        """A menu of the documents about one record of this list (meetings: invitation,
        memo, minutes …); no button when there are none. The menu is filled when first
        shown: the list of documents takes 40 ms to load, too much for opening a list."""
        from lao_desktop.documents.content.records import MODEL_OF

        model: type[Any] | None = getattr(type(self.service), "model", None)
        if model is None or model not in MODEL_OF.values():
            self.ui.printButton.hide()
            return
        menu = QMenu(self.ui.printButton)
        menu.aboutToShow.connect(lambda: self._fill_print_menu(menu, model))
        self.ui.printButton.setMenu(menu)
        shortcut = QShortcut(QKeySequence("Ctrl+P"), self)
        shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        shortcut.activated.connect(self._print_menu)

    def _fill_print_menu(self, menu: QMenu, model: type[Any]) -> None:
        if menu.actions():
            return
        from lao_desktop.gui.document_actions import kinds_about

        for kind in kinds_about(model):
            if not allows(self.services.ctx.actor, kind.needs):
                continue
            action = menu.addAction(kind.title_text())
            action.setToolTip(kind.label())
            action.triggered.connect(lambda _checked=False, name=kind.name: self.print_record(name))

    def _print_menu(self) -> None:
        if self.ui.printButton.isEnabled():
            self.ui.printButton.showMenu()

    def print_record(self, kind: str) -> None:
        """Preview the document ``kind`` about the chosen record, to print or save it."""
        from lao_desktop.documents.content.options import ReportOptions
        from lao_desktop.gui.document_actions import preview

        record = self.current()
        if record is not None:
            preview(self, self.services, kind, ReportOptions(record_id=record.id))

    def _action_button(self, action: RecordAction) -> QPushButton:
        button = QPushButton(_(action.title), self)
        if action.tip:
            button.setToolTip(_(action.tip))
        button.clicked.connect(lambda _checked=False, a=action: self.run(a))
        bar = self.ui.toolbarLayout
        bar.insertWidget(bar.indexOf(self.ui.printButton), button)
        return button

    def run(self, action: RecordAction) -> None:
        record = self.current()
        if record is None or not action.applies(record):
            return
        try:
            reload = action.run(self.services, self.service.get(record.id), self)
        except DomainError as error:
            show_error(self, error)
            return
        if reload:
            self.model.reload()
            self.select(record.id)

    def _dialog(self, record: Any = None) -> RecordDialog:
        create = None
        if self.concept.create is not None:
            make = self.concept.create
            create = lambda data: make(self.services, data)  # noqa: E731
        return RecordDialog(self, self.service, self.service_for, record=record, create=create)

    def add(self) -> None:
        if not self.writes:
            return
        dialog = self._dialog()
        if dialog.exec():
            self.model.reload()
            self.select(dialog.saved.id)

    def edit(self) -> None:
        record = self.current()
        if record is None or not self.writes:
            return
        try:
            dialog = self._dialog(self.service.get(record.id))
        except DomainError as error:
            show_error(self, error)
            self.model.reload()
            return
        if dialog.exec():
            self.model.reload()
            self.select(record.id)

    def delete(self) -> None:
        record = self.current()
        if record is None:
            return
        name = self.service.names([record.id]).get(record.id, "")
        if not confirm(
            self,
            _("Delete"),
            _("Move “{name}” to the trash? You can restore it from the trash.").format(name=name),
        ):
            return
        try:
            self.service.delete(record.id)
        except DomainError as error:
            show_error(self, error)
            return
        self._deleted = record
        self.ui.undoLabel.setText(_("“{name}” was moved to the trash.").format(name=name))
        self.ui.undoLabel.show()
        self.ui.undoButton.show()
        self.model.reload()
        self._selected()

    def undo_delete(self) -> None:
        if self._deleted is None:
            return
        try:
            self.service.restore(self._deleted.id)
        except DomainError as error:
            show_error(self, error)
        else:
            self.model.reload()
            self.select(self._deleted.id)
        self._deleted = None
        self._hide_undo()

    def _hide_undo(self) -> None:
        self.ui.undoLabel.hide()
        self.ui.undoButton.hide()

    def open_trash(self) -> None:
        TrashDialog(self, self.service, self.concept.columns, self.service_for).exec()
        self.model.reload()
