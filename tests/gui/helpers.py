"""Steps the GUI tests share: filling a record form the way a clerk does (Thai typed key by
key, choices picked, links chosen from the picker)."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QDialog, QLineEdit, QWidget
from pytestqt.qtbot import QtBot

from lao_desktop.gui import automatic_backup
from lao_desktop.gui.field_editors import (
    ChoiceEditor,
    DateEditor,
    Editor,
    LineEditor,
    NotesEditor,
    RefEditor,
    ServiceFor,
)
from lao_desktop.gui.main_window import MainWindow
from lao_desktop.gui.record_dialog import RecordDialog
from lao_desktop.gui.widgets.record_picker import RecordPicker
from lao_desktop.services.entity import EntityService
from lao_desktop.services.fields import TextField
from lao_desktop.services.query import ListQuery
from lao_desktop.services.registry import Services
from tests.gui.conftest import type_text

A_DATE = "21/11/2569"
# Links a form needs although the schema does not mark them required (a rule across fields).
EXTRA_LINKS = {"exchanges": ("from_partner_id",)}


def name_key(service: EntityService[Any]) -> str:
    """The field that names a record: the first required text (name, title, description …)."""
    return next(
        key
        for key, spec in service.schema.fields.items()
        if spec.required and isinstance(spec, TextField)
    )


def editor_of(dialog: RecordDialog, key: str) -> Editor:
    return next(e for e in dialog.editors if key in e.keys)


def retype(widget: QWidget, text: str) -> None:
    """Select what the box holds and type ``text`` over it."""
    widget.setFocus()
    QTest.keyClick(widget, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    QTest.keyClick(widget, Qt.Key.Key_Delete)
    type_text(widget, text)


def pick_record(qtbot: QtBot, picker: RecordPicker, typed: str) -> str:
    """Type part of a name, wait for the completer's list, activate its first line."""
    picker.edit.setFocus()
    type_text(picker.edit, typed)
    qtbot.waitUntil(lambda: picker.matches.rowCount() > 0, timeout=3000)
    popup = picker.completer.popup()
    qtbot.waitUntil(popup.isVisible, timeout=3000)
    popup.setCurrentIndex(picker.completer.completionModel().index(0, 0))
    QTest.keyClick(popup, Qt.Key.Key_Return)
    chosen = picker.edit.text()
    assert isinstance(picker.value(), uuid.UUID), chosen
    return chosen


def some_search_text(service: EntityService[Any]) -> str:
    """A few letters of an existing record's searchable text, as a clerk remembers it."""
    record = service.list(ListQuery(limit=1)).items[0]
    first = next(p for p in service.search_parts(record) if p)
    return first[:6]


def fill_required(
    qtbot: QtBot, dialog: RecordDialog, service_for: ServiceFor, name: str, concept: str = ""
) -> None:
    """Fill every required field of ``dialog`` (and the links a rule needs)."""
    key_of_name = name_key(dialog.service)
    fields = dialog.service.schema.fields
    extra = EXTRA_LINKS.get(concept, ())
    for editor in dialog.editors:
        key = editor.keys[0]
        if not (fields[key].required or key in extra):
            continue
        if key == key_of_name and isinstance(editor, LineEditor | NotesEditor):
            retype(editor.edit, name)
        elif isinstance(editor, LineEditor):
            retype(editor.edit, "ทดสอบ")
        elif isinstance(editor, DateEditor):
            retype(editor.edit.edit, A_DATE)
        elif isinstance(editor, ChoiceEditor):
            if editor.combo.currentData() is None:
                editor.combo.setFocus()
                QTest.keyClick(editor.combo, Qt.Key.Key_Down)
            assert editor.combo.currentData() is not None
        elif isinstance(editor, RefEditor):
            spec = fields[key]
            target = service_for(spec.model)  # type: ignore[attr-defined]
            pick_record(qtbot, editor.picker, some_search_text(target))


def press_save(dialog: RecordDialog) -> None:
    """Enter in a one-line box saves (the default button); in a text box Ctrl+Enter does."""
    line = next(
        (w for w in dialog.findChildren(QLineEdit) if w.isVisible() and not w.completer()),
        None,
    )
    if line is not None:
        line.setFocus()
        QTest.keyClick(line, Qt.Key.Key_Return)
    else:
        dialog.save()


def fake_exec(
    monkeypatch: pytest.MonkeyPatch, cls: type[QDialog], steps: Callable[[Any], None]
) -> list[Any]:
    """Instead of a modal loop, show the dialog, run ``steps`` on it, return its result.
    The dialogs seen are collected in the list returned."""
    seen: list[Any] = []

    def run(self: QDialog) -> int:
        seen.append(self)
        self.show()
        steps(self)
        self.hide()
        return int(self.result())

    monkeypatch.setattr(cls, "exec", run)
    return seen


def window_on(qtbot: QtBot, services: Services, target: str) -> MainWindow:
    """The window attached to ``services``, its data shown and its automatic copy made (a
    restore or a backup would otherwise wait for it)."""
    window = MainWindow(target)
    qtbot.addWidget(window)
    window.show()
    with qtbot.waitSignal(window.data_shown, timeout=10_000):
        window.attach(services)
    qtbot.waitUntil(lambda: not automatic_backup.running(target), timeout=30_000)
    return window
