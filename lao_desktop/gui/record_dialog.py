"""Add or edit one record of any concept; every field of the service's schema is on it.

The service validates; its problems appear next to their fields, in the interface
language, and the dialog stays open with everything typed kept.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Mapping
from typing import Any

from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QWidget

from lao_desktop.errors import DomainError, ValidationError
from lao_desktop.gui.field_editors import ServiceFor, add_field_row, build_editors
from lao_desktop.gui.forms.ui_record_dialog import Ui_RecordDialog
from lao_desktop.gui.messages import confirm, error_text
from lao_desktop.i18n import _
from lao_desktop.services.entity import EntityService
from lao_desktop.services.fields import RefField


def record_values(service: EntityService[Any], record: Any) -> dict[str, Any]:
    return {key: getattr(record, key, None) for key in service.schema.fields}


def ref_names(
    service: EntityService[Any], service_for: ServiceFor, values: Mapping[str, Any]
) -> dict[uuid.UUID, str]:
    """Names of the records that ``values`` link to, for showing them."""
    names: dict[uuid.UUID, str] = {}
    for key, spec in service.schema.fields.items():
        if isinstance(spec, RefField) and values.get(key) is not None:
            names.update(service_for(spec.model).names([values[key]]))
    return names


class RecordDialog(QDialog):
    def __init__(
        self,
        parent: QWidget | None,
        service: EntityService[Any],
        service_for: ServiceFor,
        *,
        record: Any = None,
        fixed: Mapping[str, Any] | None = None,
        ref_filters: Mapping[str, Mapping[str, Any]] | None = None,
        initial: Mapping[str, Any] | None = None,
        create: Callable[[Mapping[str, Any]], Any] | None = None,
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_RecordDialog()
        self.ui.setupUi(self)
        self.service = service
        self.record = record
        self.fixed = dict(fixed or {})
        self.saved: Any = None
        self.create_record = create or service.create
        what = _(service.label)
        title = _("Edit {what}") if record is not None else _("New {what}")
        self.setWindowTitle(title.format(what=what))
        self.editors = build_editors(
            service.schema, service_for, hidden=frozenset(self.fixed), ref_filters=ref_filters
        )
        self.error_labels: dict[str, QLabel] = {}
        for editor in self.editors:
            add_field_row(self.ui.fields, editor, service.schema, self.error_labels)
        values = record_values(service, record) if record is not None else dict(initial or {})
        names = ref_names(service, service_for, values)
        for editor in self.editors:
            editor.load(values, names)
        self._snapshot = self.values()
        save = self.ui.buttons.button(QDialogButtonBox.StandardButton.Save)
        save.setDefault(True)
        self.ui.buttons.accepted.connect(self.save)
        self.ui.buttons.rejected.connect(self.reject)
        for keys in ("Ctrl+Return", "Ctrl+Enter", "Ctrl+S"):
            QShortcut(QKeySequence(keys), self, self.save)
        if self.editors:
            self.editors[0].widget.setFocus()

    def values(self) -> dict[str, Any]:
        data: dict[str, Any] = {}
        for editor in self.editors:
            data.update(editor.values())
        return data

    def save(self) -> None:
        data = {**self.values(), **self.fixed}
        self._clear_problems()
        try:
            if self.record is None:
                self.saved = self.create_record(data)
            else:
                self.saved = self.service.update(
                    self.record.id, data, expected_version=self.record.version
                )
        except ValidationError as error:
            self._show_problems(error)
            return
        except DomainError as error:
            self._show_banner(error_text(error))
            return
        self.accept()

    def reject(self) -> None:
        if self.values() != self._snapshot and not confirm(
            self, _("Discard changes?"), _("What you typed has not been saved. Close anyway?")
        ):
            return
        super().reject()

    def _clear_problems(self) -> None:
        self.ui.problems.hide()
        for label in self.error_labels.values():
            label.clear()
            label.hide()

    def _show_banner(self, text: str) -> None:
        self.ui.problems.setText(text)
        self.ui.problems.show()

    def _show_problems(self, error: ValidationError) -> None:
        self._show_banner(_("Not saved. Please correct what is marked in red."))
        first: QWidget | None = None
        for problem in error.problems:
            label = self.error_labels.get(problem.field)
            if label is None:  # a rule about a field this form does not show
                self._show_banner(f"{self.ui.problems.text()}\n{problem.message}")
                continue
            text = label.text()
            label.setText(f"{text}\n{problem.message}" if text else problem.message)
            label.show()
            if first is None:
                first = next(e.widget for e in self.editors if problem.field in e.keys)
        if first is not None:
            self.ui.scroll.ensureWidgetVisible(first)
            first.setFocus()
