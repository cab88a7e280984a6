"""The audit trail (executive and administrator): filter by user, kind of record, action,
dates and words of the summary; a lazy list, newest first; the chosen entry's changes in
words; verify the whole chain off the UI thread; print the audit report of what is shown.

The page reads nothing until ``load()`` (the window calls it when the section is opened);
a role that may not audit sees a sentence saying so instead of an error.
"""

from __future__ import annotations

import html
import logging
from datetime import date
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QAbstractItemView, QComboBox, QHeaderView, QWidget

from lao_desktop.documents.content.options import ReportOptions
from lao_desktop.errors import DomainError
from lao_desktop.gui.document_actions import preview
from lao_desktop.gui.export_actions import export_button
from lao_desktop.gui.forms.ui_audit_page import Ui_AuditPage
from lao_desktop.gui.jobs import Progress, run_job
from lao_desktop.gui.list_export import audit_source
from lao_desktop.gui.messages import error_text
from lao_desktop.gui.models.audit_table import TITLES, WIDTHS, AuditTableModel, entry_texts
from lao_desktop.gui.views import TITLE_ROOM
from lao_desktop.gui.widgets.date_edit import ThaiDateEdit
from lao_desktop.i18n import _
from lao_desktop.services.audit import ChainCheck
from lao_desktop.services.audit_labels import broken_text
from lao_desktop.services.audit_trail import (
    AuditQuery,
    action_label,
    change_lines,
    entity_label,
)
from lao_desktop.services.context import SYSTEM
from lao_desktop.services.permissions import Action, allows

if TYPE_CHECKING:
    from lao_desktop.services.registry import Services

log = logging.getLogger(__name__)
SEARCH_DELAY_MS = 300
GOOD = "color: #1b5e20; font-weight: bold;"
BAD = "color: #b3261e; font-weight: bold;"


class AuditPage(QWidget):
    def __init__(self, services: Services) -> None:
        super().__init__()
        self.ui = Ui_AuditPage()
        self.ui.setupUi(self)
        self.services = services
        self.loaded = False
        self.last_check: ChainCheck | None = None
        ui = self.ui
        self.date_from = ThaiDateEdit(self)
        self.date_to = ThaiDateEdit(self)
        ui.fromLayout.addWidget(self.date_from)
        ui.toLayout.addWidget(self.date_to)
        self.model = AuditTableModel(services.audit_trail, parent=self)
        self._set_up_table()
        ui.splitter.setStretchFactor(0, 3)
        ui.splitter.setStretchFactor(1, 2)
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self.apply_filters)
        ui.search.textChanged.connect(lambda _t: self._search_timer.start())
        ui.search.returnPressed.connect(self.apply_filters)
        for box in (ui.userBox, ui.kindBox, ui.actionBox):
            box.activated.connect(lambda _i: self.apply_filters())
            # Sized to a short text, not the longest choice: the page fits a 1366-pixel screen.
            box.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
            )
            box.setMinimumContentsLength(16)
        for edit in (self.date_from, self.date_to):
            edit.changed.connect(self._date_changed)
        ui.clearButton.clicked.connect(self.clear_filters)
        ui.verifyButton.clicked.connect(self.verify)
        ui.printButton.clicked.connect(self.print_report)
        export_button(ui.exportButton, services, lambda: audit_source(self))
        ui.table.selectionModel().selectionChanged.connect(lambda *_a: self._show_detail())
        self.model.modelReset.connect(self._show_count)
        self.model.rowsInserted.connect(self._show_count)

    def _set_up_table(self) -> None:
        table = self.ui.table
        table.setModel(self.model)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setAlternatingRowColors(True)
        table.setWordWrap(False)
        table.verticalHeader().setVisible(False)
        table.verticalHeader().setDefaultSectionSize(int(table.fontMetrics().height() * 1.7))
        header = table.horizontalHeader()
        header.setStretchLastSection(True)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        char = table.fontMetrics().averageCharWidth()
        for number, (title, width) in enumerate(zip(TITLES, WIDTHS, strict=True)):
            if width:
                shown = header.fontMetrics().horizontalAdvance(_(title)) + TITLE_ROOM
                table.setColumnWidth(number, max(width * char, shown))

    # -- showing -------------------------------------------------------------------------------

    def load(self) -> None:
        self.loaded = True
        allowed = allows(self.services.ctx.actor, Action.AUDIT)
        for widget in (
            self.ui.verifyButton,
            self.ui.printButton,
            self.ui.exportButton,
            self.ui.table,
        ):
            widget.setEnabled(allowed)
        if not allowed:
            self.ui.count.setText(
                _("Only an executive or an administrator can read the audit trail.")
            )
            return
        try:
            self._fill_filters()
            self.model.set_query(self.query())
        except DomainError as error:
            self.ui.count.setText(error_text(error))

    def _fill_filters(self) -> None:
        trail = self.services.audit_trail
        ui = self.ui
        _fill(ui.userBox, _("Every user"), [(self._person(n), n) for n in trail.usernames()])
        kinds = sorted(((entity_label(e), e) for e in trail.entities()), key=lambda p: p[0])
        _fill(ui.kindBox, _("Every kind of record"), kinds)
        actions = sorted(((action_label(a), a) for a in trail.actions()), key=lambda p: p[0])
        _fill(ui.actionBox, _("Every action"), actions)

    def _person(self, username: str) -> str:
        """ "นายอภิชาติ บุญชัย (executive)": the name a clerk knows, and the one in the trail."""
        if not hasattr(self, "_display_names"):
            users = self.services.users.list().items
            self._display_names = {u.username: u.display_name for u in users}
            self._display_names[SYSTEM.username] = _("the program itself")
        shown = self._display_names.get(username)
        return f"{shown} ({username})" if shown else username

    def query(self) -> AuditQuery:
        ui = self.ui
        return AuditQuery(
            user=ui.userBox.currentData(),
            entity=ui.kindBox.currentData(),
            action=ui.actionBox.currentData(),
            date_from=self.date_from.date(),
            date_to=self.date_to.date(),
            text=ui.search.text().strip(),
        )

    def apply_filters(self) -> None:
        self._search_timer.stop()
        if not self.loaded or not allows(self.services.ctx.actor, Action.AUDIT):
            return
        try:
            self.model.set_query(self.query())
        except DomainError as error:
            self.ui.count.setText(error_text(error))
        self.ui.detail.clear()

    def _date_changed(self) -> None:
        # A half-typed date is not applied: the box beside it says what is wrong.
        for edit in (self.date_from, self.date_to):
            if edit.text().strip() and edit.date() is None:
                return
        self.apply_filters()

    def clear_filters(self) -> None:
        ui = self.ui
        for box in (ui.userBox, ui.kindBox, ui.actionBox):
            box.setCurrentIndex(0)
        for edit in (self.date_from, self.date_to):
            edit.blockSignals(True)
            edit.set_date(None)
            edit.blockSignals(False)
        ui.search.blockSignals(True)
        ui.search.clear()
        ui.search.blockSignals(False)
        self.apply_filters()

    def _show_count(self) -> None:
        shown, total = len(self.model.entries), self.model.total
        self.ui.count.setText(
            _("{shown} of {total} entries, newest first").format(
                shown=f"{shown:,}", total=f"{total:,}"
            )
        )

    def _show_detail(self) -> None:
        rows = self.ui.table.selectionModel().selectedRows()
        if not rows:
            self.ui.detail.clear()
            return
        entry = self.model.entry(rows[0].row())
        number, time, user, action, record, summary = entry_texts(entry)
        facts = [
            (_("No."), number),
            (_("Time"), time),
            (_("User"), user),
            (_("Action"), action),
            (_("Record"), f"{record} {entry.entity_id or ''}".strip()),
        ]
        parts = [f"<h3>{html.escape(summary)}</h3>", "<table>"]
        parts += [
            f"<tr><td><b>{html.escape(k)}</b>&nbsp;&nbsp;</td><td>{html.escape(v)}</td></tr>"
            for k, v in facts
        ]
        parts.append("</table>")
        lines = change_lines(entry, names=self.services.audit_trail.names_for([entry]))
        if lines:
            parts.append(f"<p><b>{html.escape(_('Changes'))}</b></p><ul>")
            parts += [f"<li>{html.escape(line)}</li>" for line in lines]
            parts.append("</ul>")
        self.ui.detail.setHtml("".join(parts))

    # -- verify and print ----------------------------------------------------------------------

    def verify(self) -> None:
        db, actor = self.services.ctx.db, self.services.ctx.actor
        self.ui.verifyButton.setEnabled(False)
        self.ui.verifyResult.setText(_("Verifying the audit trail…"))
        self.ui.verifyResult.setStyleSheet("")

        def work(progress: Progress) -> ChainCheck:
            from lao_desktop.services.registry import Services

            # A Services of its own: the page's context belongs to the UI thread.
            trail = Services(db, actor).audit_trail
            return trail.verify(progress=lambda d, t, _w: progress(d, t, _("Verifying…")))

        run_job(self, _("Verifying the audit trail"), work, self.show_check, self._failed)

    def show_check(self, result: ChainCheck) -> None:
        self.last_check = result
        self.ui.verifyButton.setEnabled(True)
        if result.broken is None:
            text = _("The audit trail verifies: {n} entries, none changed or removed.").format(
                n=f"{result.entries:,}"
            )
            text += "\n" + _("Latest hash: {hash}").format(hash=result.head or "-")
            self.ui.verifyResult.setStyleSheet(GOOD)
        else:
            text = broken_text(result)
            self.ui.verifyResult.setStyleSheet(BAD)
        self.ui.verifyResult.setText(text)

    def _failed(self, error: BaseException) -> None:
        self.ui.verifyButton.setEnabled(True)
        self.ui.verifyResult.setStyleSheet(BAD)
        self.ui.verifyResult.setText(error_text(error))

    def print_report(self) -> None:
        options = ReportOptions(audit=self.query(), today=date.today())
        preview(self, self.services, "audit", options)


def _fill(box: QComboBox, everything: str, items: list[tuple[str, Any]]) -> None:
    """The choices of a filter, keeping the one chosen when it is still there."""
    chosen = box.currentData()
    box.clear()
    box.addItem(everything, None)
    for text, data in items:
        box.addItem(text, data)
    found = box.findData(chosen) if chosen is not None else 0
    box.setCurrentIndex(max(found, 0))
