"""Choose another record (a partner, a network …) by typing part of its name.

Only the matches of what is typed are fetched, so it stays fast with 100,000 partners.
"""

from __future__ import annotations

import uuid
from collections.abc import Mapping
from typing import Any

from PySide6.QtCore import QStringListModel, Qt, QTimer, Signal
from PySide6.QtWidgets import QCompleter, QHBoxLayout, QLineEdit, QWidget

from lao_desktop.i18n import _
from lao_desktop.services.entity import EntityService
from lao_desktop.services.query import ListQuery

SEARCH_DELAY_MS = 150
MATCHES = 30


class RecordPicker(QWidget):
    changed = Signal()

    def __init__(
        self,
        service: EntityService[Any],
        what: str,
        filters: Mapping[str, Any] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.service = service
        self.filters = dict(filters or {})  # e.g. only the agenda items of this meeting
        self.edit = QLineEdit(self)
        self.edit.setPlaceholderText(_("Type part of the name of the {what}").format(what=what))
        self.edit.setClearButtonEnabled(True)
        self.matches = QStringListModel(self)
        self.completer = QCompleter(self.matches, self)
        self.completer.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        self.completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.completer.setMaxVisibleItems(12)
        self.edit.setCompleter(self.completer)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.edit)
        self.setFocusProxy(self.edit)
        self._ids: dict[str, uuid.UUID] = {}
        self._chosen: uuid.UUID | None = None
        self._chosen_text = ""
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SEARCH_DELAY_MS)
        self._timer.timeout.connect(self.search_now)
        self.edit.textEdited.connect(lambda _t: self._timer.start())
        self.completer.activated.connect(self._picked)

    def search_now(self) -> None:
        text = self.edit.text().strip()
        found = self.service.list(ListQuery(text=text, filters=self.filters, limit=MATCHES))
        names = self.service.names(obj.id for obj in found.items)
        self._ids = {}
        for obj in found.items:
            name = names.get(obj.id, "")
            if name in self._ids:
                name = f"{name} ({str(obj.id)[:8]})"
            self._ids[name] = obj.id
        self.matches.setStringList(list(self._ids))
        if self.edit.hasFocus():
            self.completer.complete()

    def _picked(self, text: str) -> None:
        self._chosen = self._ids.get(text)
        self._chosen_text = text
        self.edit.setText(text)
        self.changed.emit()

    def value(self) -> uuid.UUID | str | None:
        """The chosen record's id; None when empty; the typed text when nothing was chosen
        (the service then says to choose from the list)."""
        text = self.edit.text().strip()
        if not text:
            return None
        if self._chosen is not None and text == self._chosen_text:
            return self._chosen
        if text in self._ids:
            return self._ids[text]
        return text

    def set_value(self, ident: uuid.UUID | None, name: str = "") -> None:
        self._chosen = ident
        self._chosen_text = name if ident else ""
        self.edit.setText(self._chosen_text)
