"""Documents and reports: choose a kind, fill in what it needs, then preview, print or save.

Letters and memos are written here; documents about one record (minutes, orders, MOUs …)
take the record chosen here or the most recent one (they are also printed from the record's
own list); reports take a fiscal year where they cover one.
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QListWidgetItem, QWidget

from lao_desktop.documents.catalogue import KINDS, Kind
from lao_desktop.documents.content.options import FreeText, ReportOptions
from lao_desktop.documents.content.records import MODEL_OF, record_name
from lao_desktop.gui.document_actions import preview
from lao_desktop.gui.forms.ui_documents_page import Ui_DocumentsPage
from lao_desktop.gui.widgets.date_edit import ThaiDateEdit
from lao_desktop.gui.widgets.record_picker import RecordPicker
from lao_desktop.i18n import N_, _
from lao_desktop.services.permissions import allows
from lao_desktop.thai.fiscal import fiscal_year

if TYPE_CHECKING:
    from lao_desktop.gui.field_editors import ServiceFor
    from lao_desktop.services.registry import Services

YEARS_BACK = 10  # fiscal years offered before the current one
ROLE = Qt.ItemDataRole.UserRole
# The list's groups, in order: (heading msgid, which kinds)
GROUPS = (
    (N_("Letters and memos"), lambda k: k.free_text),
    (N_("Documents about a record"), lambda k: k.about is not None and not k.free_text),
    (N_("Reports"), lambda k: k.about is None and not k.free_text),
)


class DocumentsPage(QWidget):
    def __init__(self, services: Services, service_for: ServiceFor) -> None:
        super().__init__()
        self.ui = Ui_DocumentsPage()
        self.ui.setupUi(self)
        self.services = services
        self.service_for = service_for
        self.kind: Kind | None = None
        self.pickers: dict[str, RecordPicker] = {}
        self.date_edit = ThaiDateEdit(self)
        self.date_edit.set_date(date.today())
        self.ui.dateLayout.addWidget(self.date_edit)
        this_year = fiscal_year(date.today())
        for year in range(this_year, this_year - YEARS_BACK - 1, -1):
            self.ui.yearBox.addItem(_("Fiscal year {year}").format(year=year), year)
        self._fill_kinds()
        self.ui.kindList.currentItemChanged.connect(lambda item, _old: self._chosen(item))
        self.ui.previewButton.clicked.connect(self.make)
        self.ui.kindList.setCurrentRow(1)  # the first kind under the first heading

    def _fill_kinds(self) -> None:
        bold = QFont(self.font())
        bold.setBold(True)
        for heading, belongs in GROUPS:
            header = QListWidgetItem(_(heading), self.ui.kindList)
            header.setFont(bold)
            header.setFlags(Qt.ItemFlag.ItemIsEnabled)  # a heading, not a choice
            for kind in KINDS:
                if belongs(kind) and allows(self.services.ctx.actor, kind.needs):
                    item = QListWidgetItem("    " + kind.title_text(), self.ui.kindList)
                    item.setData(ROLE, kind.name)
                    item.setToolTip(kind.label())

    def choose(self, name: str) -> None:
        for row in range(self.ui.kindList.count()):
            if self.ui.kindList.item(row).data(ROLE) == name:
                self.ui.kindList.setCurrentRow(row)
                return
        raise KeyError(name)

    def _chosen(self, item: QListWidgetItem | None) -> None:
        name = item.data(ROLE) if item is not None else None
        self.kind = next((k for k in KINDS if k.name == name), None)
        self.ui.problem.clear()
        if self.kind is None:
            return
        kind = self.kind
        self.ui.title.setText(kind.title_text())
        self.ui.description.setText(kind.label())
        form = self.ui.form
        form.setRowVisible(self.ui.recordLabel, kind.about is not None)
        for about, picker in self.pickers.items():
            picker.setVisible(about == kind.about)
        if kind.about is not None:
            self._picker(kind.about)
            what = record_name(kind.about)
            self.ui.recordLabel.setText(what[:1].upper() + what[1:])
            hint = _("Leave it empty for the most recent one.")
            if kind.free_text:
                hint = _(
                    "Choose a meeting to report its resolutions (empty: the last meeting "
                    "held), or write the memo in the boxes below instead."
                )
            self.ui.recordHint.setText(hint)
        form.setRowVisible(self.ui.yearBox, kind.takes_year)
        ui = self.ui
        for box in (ui.subject, ui.to, ui.reference, ui.body, ui.signer, ui.position):
            form.setRowVisible(box, kind.free_text)
        form.setRowVisible(self.ui.enclosures, kind.name == "letter")

    def _picker(self, about: str) -> RecordPicker:
        picker = self.pickers.get(about)
        if picker is None:
            service = self.service_for(MODEL_OF[about])  # type: ignore[index]
            picker = RecordPicker(service, record_name(about), parent=self)  # type: ignore[arg-type]
            self.ui.recordLayout.insertWidget(0, picker)
            self.pickers[about] = picker
        picker.show()
        return picker

    # -- making it -----------------------------------------------------------------------------

    def _free_text(self) -> FreeText | None:
        """The letter or memo typed here; None when nothing is typed (a memo then reports
        a meeting). ValueError with the clerk's message when something needed is missing."""
        ui = self.ui
        body = tuple(line.strip() for line in ui.body.toPlainText().splitlines() if line.strip())
        subject, to = ui.subject.text().strip(), ui.to.text().strip()
        assert self.kind is not None
        if self.kind.name == "memo" and not (subject or to or body):
            return None
        missing = [
            label
            for label, value in (
                (_("Subject (เรื่อง)"), subject),
                (_("To (เรียน)"), to),
                (_("Text, one paragraph a line"), body),
            )
            if not value
        ]
        if missing:
            raise ValueError(_("Please fill in: {fields}.").format(fields=", ".join(missing)))
        enclosures = tuple(
            line.strip() for line in ui.enclosures.toPlainText().splitlines() if line.strip()
        )
        return FreeText(
            subject=subject,
            to=to,
            body=body,
            reference=ui.reference.text().strip(),
            enclosures=enclosures if self.kind.name == "letter" else (),
            signer=ui.signer.text().strip() or None,
            position=ui.position.text().strip() or None,
        )

    def options(self) -> ReportOptions:
        """What the clerk asked for; ValueError with a message saying what to fix."""
        kind = self.kind
        assert kind is not None
        day = self.date_edit.date()
        if day is None:
            raise ValueError(_("The date on the document is not a date; type e.g. 21/11/2569."))
        text = self._free_text() if kind.free_text else None
        record = None
        if kind.about is not None and text is None:
            chosen = self._picker(kind.about).value()
            if isinstance(chosen, str):  # typed, but nothing chosen from the matches
                raise ValueError(
                    _("No {what} is named “{text}”; choose one from the list that opens as "
                      "you type, or leave the box empty.").format(
                        what=record_name(kind.about), text=chosen
                    )
                )  # fmt: skip
            record = chosen
        year = self.ui.yearBox.currentData() if kind.takes_year else None
        return ReportOptions(record_id=record, year=year, today=day, text=text)

    def make(self) -> None:
        if self.kind is None:
            return
        try:
            options = self.options()
        except ValueError as problem:
            self.ui.problem.setText(str(problem))
            return
        self.ui.problem.clear()
        preview(self, self.services, self.kind.name, options)
