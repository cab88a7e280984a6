"""Users (administrators only): the accounts list with Set password… and Unlock, and how
soon an unused program locks itself."""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QSpinBox, QVBoxLayout, QWidget

from lao_desktop.errors import DomainError
from lao_desktop.gui.concepts.users import USERS
from lao_desktop.gui.field_editors import ServiceFor
from lao_desktop.gui.list_page import ListPage
from lao_desktop.gui.messages import error_text
from lao_desktop.i18n import _
from lao_desktop.services.registry import Services
from lao_desktop.services.settings import IDLE_LOCK_MINUTES


class UsersPage(QWidget):
    def __init__(self, services: Services, service_for: ServiceFor) -> None:
        super().__init__()
        self.services = services
        self.list = ListPage(services, USERS, service_for)
        self.minutes = QSpinBox(self)
        self.minutes.setRange(0, 480)
        self.minutes.setSuffix(" " + _("minutes"))
        self.minutes.setSpecialValueText(_("never"))
        self.minutes.setAccessibleName(_("Lock after minutes unused"))
        label = QLabel(_("Lock the program when nobody has used it for"), self)
        label.setBuddy(self.minutes)
        self.save_button = QPushButton(_("Save"), self)
        self.save_button.clicked.connect(self.save_minutes)
        self.note = QLabel(self)
        self.note.setWordWrap(True)
        row = QHBoxLayout()
        row.setContentsMargins(9, 0, 9, 9)  # in line with the list's own margins
        row.addWidget(label)
        row.addWidget(self.minutes)
        row.addWidget(self.save_button)
        row.addWidget(self.note, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.list, 1)
        layout.addLayout(row)
        self.loaded = False

    def load(self) -> None:
        self.list.load()
        self.minutes.setValue(self.services.settings.idle_lock_minutes())
        self.loaded = True

    def focus_search(self) -> None:
        self.list.focus_search()

    def add(self) -> None:
        self.list.add()

    def save_minutes(self) -> None:
        try:
            self.services.settings.set(IDLE_LOCK_MINUTES, str(self.minutes.value()))
        except DomainError as error:
            self.note.setStyleSheet("color: #b3261e;")
            self.note.setText(error_text(error))
            return
        self.note.setStyleSheet("")
        self.note.setText(_("Saved; it applies from the next login."))
