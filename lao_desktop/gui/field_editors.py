"""One input widget per field of a service's schema, so every form has every field.

Each editor gives the raw values for the service (which converts and validates them, and
says in Thai what is wrong); it never converts on its own.
"""

from __future__ import annotations

import uuid
from abc import ABC, abstractmethod
from collections.abc import Callable, Mapping
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from lao_desktop.gui.format import shown
from lao_desktop.gui.widgets.date_edit import ThaiDateEdit
from lao_desktop.gui.widgets.location_picker import KEYS as LOCATION_KEYS
from lao_desktop.gui.widgets.location_picker import LocationPicker
from lao_desktop.gui.widgets.record_picker import RecordPicker
from lao_desktop.i18n import N_, _
from lao_desktop.services.entity import EntityService
from lao_desktop.services.fields import (
    BoolField,
    ChoiceField,
    DateField,
    DecimalField,
    Field,
    IntField,
    MoneyField,
    NationalIdField,
    NotesField,
    RefField,
)
from lao_desktop.services.schema import Schema

ServiceFor = Callable[[type[Any]], EntityService[Any]]  # the service of a model class


class Editor(ABC):
    """Widgets for one or more schema fields (the place picker fills three)."""

    def __init__(self, keys: tuple[str, ...], widget: QWidget, label: str) -> None:
        self.keys = keys
        self.widget = widget
        self.label = label

    @abstractmethod
    def values(self) -> dict[str, Any]:
        """The raw values for the service, by field key."""

    @abstractmethod
    def load(self, record: Mapping[str, Any], names: Mapping[uuid.UUID, str]) -> None:
        """Show a record's values; ``names`` names the records it links to."""


class LineEditor(Editor):
    def __init__(self, key: str, spec: Field) -> None:
        edit = QLineEdit()
        if isinstance(spec, IntField | DecimalField):
            edit.setAlignment(Qt.AlignmentFlag.AlignRight)
            edit.setMaximumWidth(220)
        if isinstance(spec, NationalIdField):
            # Personal data: hidden unless the clerk is typing in the box.
            edit.setEchoMode(QLineEdit.EchoMode.PasswordEchoOnEdit)
        widget: QWidget = edit
        if isinstance(spec, MoneyField):
            widget = QWidget()
            row = QHBoxLayout(widget)
            row.setContentsMargins(0, 0, 0, 0)
            row.addWidget(edit)
            row.addWidget(QLabel(_("baht")))
            row.addStretch(1)
            widget.setFocusProxy(edit)
        super().__init__((key,), widget, spec.label)
        self.edit = edit
        self.spec = spec

    def values(self) -> dict[str, Any]:
        return {self.keys[0]: self.edit.text()}

    def load(self, record: Mapping[str, Any], names: Mapping[uuid.UUID, str]) -> None:
        value = record.get(self.keys[0])
        if isinstance(self.spec, NationalIdField):
            self.edit.setText(value or "")
        else:
            self.edit.setText(shown(value, self.spec))


class NotesEditor(Editor):
    def __init__(self, key: str, spec: Field) -> None:
        edit = QPlainTextEdit()
        edit.setTabChangesFocus(True)
        edit.setMinimumHeight(70)
        edit.setMaximumHeight(140)
        super().__init__((key,), edit, spec.label)
        self.edit = edit

    def values(self) -> dict[str, Any]:
        return {self.keys[0]: self.edit.toPlainText()}

    def load(self, record: Mapping[str, Any], names: Mapping[uuid.UUID, str]) -> None:
        self.edit.setPlainText(record.get(self.keys[0]) or "")


class ChoiceEditor(Editor):
    def __init__(self, key: str, spec: ChoiceField) -> None:
        combo = QComboBox()
        if not spec.required or spec.default is not None:
            combo.addItem(_("— not specified —"), None)
        for member in spec.enum:
            combo.addItem(member.label, member)
        if spec.required and spec.default is None:
            combo.setCurrentIndex(-1)  # a required choice is made by the clerk, not guessed
            combo.setPlaceholderText(_("— choose —"))
        super().__init__((key,), combo, spec.label)
        self.combo = combo

    def values(self) -> dict[str, Any]:
        return {self.keys[0]: self.combo.currentData()}

    def load(self, record: Mapping[str, Any], names: Mapping[uuid.UUID, str]) -> None:
        self.combo.setCurrentIndex(self.combo.findData(record.get(self.keys[0])))


class DateEditor(Editor):
    def __init__(self, key: str, spec: Field) -> None:
        edit = ThaiDateEdit()
        super().__init__((key,), edit, spec.label)
        self.edit = edit

    def values(self) -> dict[str, Any]:
        return {self.keys[0]: self.edit.text()}

    def load(self, record: Mapping[str, Any], names: Mapping[uuid.UUID, str]) -> None:
        self.edit.set_date(record.get(self.keys[0]))


class BoolEditor(Editor):
    def __init__(self, key: str, spec: Field) -> None:
        box = QCheckBox(_(spec.label))
        super().__init__((key,), box, spec.label)
        self.box = box

    def values(self) -> dict[str, Any]:
        return {self.keys[0]: self.box.isChecked()}

    def load(self, record: Mapping[str, Any], names: Mapping[uuid.UUID, str]) -> None:
        self.box.setChecked(bool(record.get(self.keys[0])))


class RefEditor(Editor):
    def __init__(self, key: str, spec: RefField, service: EntityService[Any], filters: Any) -> None:
        picker = RecordPicker(service, _(spec.what), filters)
        super().__init__((key,), picker, spec.label)
        self.picker = picker

    def values(self) -> dict[str, Any]:
        return {self.keys[0]: self.picker.value()}

    def load(self, record: Mapping[str, Any], names: Mapping[uuid.UUID, str]) -> None:
        ident = record.get(self.keys[0])
        self.picker.set_value(ident, names.get(ident, "") if ident else "")


class LocationEditor(Editor):
    def __init__(self) -> None:
        picker = LocationPicker()
        super().__init__(LOCATION_KEYS, picker, N_("Location"))
        self.picker = picker

    def values(self) -> dict[str, Any]:
        return dict(self.picker.codes())

    def load(self, record: Mapping[str, Any], names: Mapping[uuid.UUID, str]) -> None:
        self.picker.set_codes(*(record.get(k) for k in LOCATION_KEYS))


ERROR_STYLE = "color: #b3261e;"


def add_field_row(
    form: QFormLayout, editor: Editor, schema: Schema, error_labels: dict[str, QLabel]
) -> None:
    """The editor with its label (* when required) and, under it, a red line for the
    service's problems with its fields, registered in ``error_labels`` by field key."""
    required = any(schema.fields[k].required for k in editor.keys)
    host = QWidget()
    column = QVBoxLayout(host)
    column.setContentsMargins(0, 0, 0, 0)
    column.setSpacing(2)
    column.addWidget(editor.widget)
    error = QLabel(host)
    error.setStyleSheet(ERROR_STYLE)
    error.setWordWrap(True)
    error.hide()
    column.addWidget(error)
    for key in editor.keys:
        error_labels[key] = error
    label = QLabel(_(editor.label) + (" *" if required else ""))
    label.setBuddy(editor.widget)
    form.addRow(label, host)


def build_editors(
    schema: Schema,
    service_for: ServiceFor,
    *,
    hidden: frozenset[str] = frozenset(),
    ref_filters: Mapping[str, Mapping[str, Any]] | None = None,
) -> list[Editor]:
    """Editors for every field of ``schema`` except ``hidden`` (a parent link set by the
    caller), in the schema's order. ``ref_filters`` narrows a picker, e.g. to the agenda
    items of one meeting."""
    editors: list[Editor] = []
    keys = [k for k in schema.fields if k not in hidden]
    for key in keys:
        spec = schema.fields[key]
        if key in LOCATION_KEYS:
            if key == LOCATION_KEYS[0] and all(k in schema.fields for k in LOCATION_KEYS):
                editors.append(LocationEditor())
            continue
        editor: Editor
        if isinstance(spec, ChoiceField):
            editor = ChoiceEditor(key, spec)
        elif isinstance(spec, BoolField):
            editor = BoolEditor(key, spec)
        elif isinstance(spec, DateField):
            editor = DateEditor(key, spec)
        elif isinstance(spec, NotesField):
            editor = NotesEditor(key, spec)
        elif isinstance(spec, RefField):
            filters = (ref_filters or {}).get(key)
            editor = RefEditor(key, spec, service_for(spec.model), filters)
        else:
            editor = LineEditor(key, spec)
        editors.append(editor)
    return editors
