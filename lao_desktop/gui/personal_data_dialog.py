"""One contact person's personal data (PDPA): the national ID number masked, shown on request
to the roles that may see it (audited), and for administrators a data subject's export
(JSON or PDF) and erasure (after a confirmation that names what is cleared and what is kept,
with the reason asked for).

Open it for a contact with ``PersonalDataDialog(parent, services, contact_id).exec()``, or
as a contact tab's row action with ``open_personal_data`` (``RecordAction.run``'s signature).
The services enforce every permission; the buttons only follow them.
"""

from __future__ import annotations

import uuid
from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from lao_desktop.errors import DomainError
from lao_desktop.gui.messages import error_text, show_error
from lao_desktop.i18n import _
from lao_desktop.services.permissions import Action, allows
from lao_desktop.services.personal_erase import Erasure, describe_plan
from lao_desktop.services.registry import Services

FILE_TYPES = "JSON (*.json);;PDF (*.pdf)"


class ErasureDialog(QDialog):
    """The question before erasing: what is cleared, what is kept, and why (the reason)."""

    def __init__(self, parent: QWidget | None, name: str, plan: Erasure) -> None:
        super().__init__(parent)
        self.setWindowTitle(_("Erase this person's data"))
        layout = QVBoxLayout(self)
        intro = QLabel(
            _(
                "The personal data of {name} will be erased. This cannot be undone; "
                "the records the law requires stay as they were recorded."
            ).format(name=name)
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.plan_text = QLabel("\n".join(describe_plan(plan)))
        self.plan_text.setWordWrap(True)
        layout.addWidget(self.plan_text)
        form = QFormLayout()
        self.reason = QLineEdit()
        self.reason.setPlaceholderText(_("for example: request of 1 March 2569, no. 45/2569"))
        form.addRow(_("Reason *"), self.reason)
        layout.addLayout(form)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.erase_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.erase_button.setText(_("Erase"))
        self.erase_button.setEnabled(False)
        self.reason.textChanged.connect(
            lambda text: self.erase_button.setEnabled(bool(text.strip()))
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.resize(520, self.sizeHint().height())


class PersonalDataDialog(QDialog):
    erased = Signal()  # the person was erased: lists showing them should reload

    def __init__(self, parent: QWidget | None, services: Services, contact_id: uuid.UUID) -> None:
        super().__init__(parent)
        self.services = services
        self.contact_id = contact_id
        contact = services.contacts.get(contact_id)  # the number arrives masked
        self.name = contact.full_name
        partner = services.partners.names([contact.partner_id]).get(contact.partner_id, "")
        actor = services.ctx.actor
        self.setWindowTitle(_("Personal data of {name}").format(name=self.name))

        layout = QVBoxLayout(self)
        form = QFormLayout()
        form.addRow(_("Name"), QLabel(self.name))
        form.addRow(_("Partner"), QLabel(partner))
        row = QHBoxLayout()
        self.national_id = QLabel(contact.national_id or _("— not recorded —"))
        row.addWidget(self.national_id, 1)
        self.show_button = QPushButton(_("Show"))
        self.show_button.setEnabled(
            bool(contact.national_id) and allows(actor, Action.SEE_PERSONAL)
        )
        self.show_button.setToolTip(
            _("Shows the whole number; who looked and when is recorded in the audit trail.")
            if allows(actor, Action.SEE_PERSONAL)
            else _("Your role does not allow seeing national ID numbers.")
        )
        self.show_button.clicked.connect(self.reveal)
        row.addWidget(self.show_button)
        form.addRow(_("National ID number"), row)
        layout.addLayout(form)

        administrator = allows(actor, Action.ADMINISTER)
        self.export_button = QPushButton(_("Export this person's data…"))
        self.erase_button = QPushButton(_("Erase this person…"))
        for button in (self.export_button, self.erase_button):
            button.setEnabled(administrator)
            button.setVisible(administrator)
        self.export_button.clicked.connect(self.export)
        self.erase_button.clicked.connect(self.erase)
        actions = QHBoxLayout()
        actions.addWidget(self.export_button)
        actions.addWidget(self.erase_button)
        actions.addStretch(1)
        layout.addLayout(actions)
        if administrator:
            note = QLabel(
                _(
                    "For a request of the person under the Personal Data Protection Act: "
                    "a copy of everything held about them, or the erasure of their data."
                )
            )
            note.setWordWrap(True)
            layout.addWidget(note)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout.addWidget(close)
        self.resize(520, self.sizeHint().height())

    def reveal(self) -> None:
        try:
            number = self.services.personal_data.reveal_national_id(self.contact_id)
        except DomainError as error:
            show_error(self, error)
            return
        self.national_id.setText(number or _("— not recorded —"))
        self.show_button.setEnabled(False)

    def export(self) -> None:
        chosen, _kind = QFileDialog.getSaveFileName(
            self, _("Export this person's data"), f"{self.name}.pdf", FILE_TYPES
        )
        if not chosen:
            return
        target = Path(chosen)
        if target.suffix.lower() not in (".json", ".pdf"):
            target = target.with_suffix(".pdf")
        try:
            written = write_export(self.services, self.contact_id, target)
        except (DomainError, OSError) as error:
            QMessageBox.warning(self, _("Cannot do that"), error_text(error))
            return
        QMessageBox.information(self, _("Exported"), _("Written: {path}").format(path=written))

    def erase(self) -> None:
        try:
            plan = self.services.personal_data.erasure_plan(self.contact_id)
        except DomainError as error:
            show_error(self, error)
            return
        question = ErasureDialog(self, self.name, plan)
        if not question.exec():
            return
        try:
            done = self.services.personal_data.erase_person(self.contact_id, question.reason.text())
        except DomainError as error:
            show_error(self, error)
            return
        QMessageBox.information(
            self,
            _("Erased"),
            _("Erased; the contact is now called “{name}”.").format(name=done.placeholder),
        )
        self.erased.emit()
        self.accept()


def write_export(services: Services, contact_id: uuid.UUID, target: Path) -> Path:
    """Export the person (audited once) and write it as JSON or PDF by the file's suffix."""
    report = services.personal_data.export_person(contact_id)
    if target.suffix.lower() == ".json":
        from lao_desktop.services.personal_report import write_json

        return write_json(report, target)
    from lao_desktop.documents.kinds.person import person_pdf
    from lao_desktop.files import write_atomically

    write_atomically(target, person_pdf(services, report, date.today()))
    return target


def open_personal_data(services: Services, contact: Any, parent: QWidget) -> bool:
    """A contact tab's row action: the dialog for the chosen contact; True (reload the list)
    when the person was erased."""
    dialog = PersonalDataDialog(parent, services, contact.id)
    erased: list[bool] = []
    dialog.erased.connect(lambda: erased.append(True))
    dialog.exec()
    return bool(erased)
