"""Settings: the office's details, its emblem, how documents look, and this PC's language.

One Save button stores what changed, all or nothing; problems appear next to their fields
and everything typed stays. The emblem is stored as soon as an image is chosen. A new
language takes effect by rebuilding the main window (``language_changed``).
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QPixmap, QShortcut
from PySide6.QtWidgets import QFileDialog, QLabel, QWidget

from lao_desktop import i18n, preferences
from lao_desktop.errors import DomainError, FieldProblem, ValidationError
from lao_desktop.gui.field_editors import add_field_row, build_editors
from lao_desktop.gui.forms.ui_settings_page import Ui_SettingsPage
from lao_desktop.gui.messages import error_text
from lao_desktop.gui.record_dialog import record_values
from lao_desktop.gui.sections import service_finder
from lao_desktop.i18n import _
from lao_desktop.services.file_checks import image_info
from lao_desktop.services.registry import Services
from lao_desktop.services.settings import BUNDLED_FONT, DOCUMENT_FONT

log = logging.getLogger(__name__)

# Shown on the page itself, not as office details: the digits sit with the other document
# choices, and the demo flag is set by the demo builder only (a clerk who switched it on
# would let a demo replace the office's real data).
SEPARATE = frozenset({"use_thai_digits", "is_demo"})
# Each language named in itself, so a clerk who cannot read the current one finds theirs.
LANGUAGE_NAMES = {"th": "ไทย (Thai)", "en": "English (อังกฤษ)"}
PREVIEW_SIZE = 120


class SettingsPage(QWidget):
    language_changed = Signal(str)  # saved and set: the window should be rebuilt

    def __init__(self, services: Services) -> None:
        super().__init__()
        self.ui = Ui_SettingsPage()
        self.ui.setupUi(self)
        self.services = services
        self.loaded = False
        schema = services.office.schema
        self.editors = build_editors(schema, service_finder(services), hidden=SEPARATE)
        self.error_labels: dict[str, QLabel] = {}
        for editor in self.editors:
            add_field_row(
                self.ui.officeFields, editor, self.services.office.schema, self.error_labels
            )
        self.error_labels["use_thai_digits"] = self.ui.thaiDigitsProblem
        self.error_labels[DOCUMENT_FONT] = self.ui.fontProblem
        self.error_labels["emblem_png"] = self.ui.emblemProblem
        for code in i18n.LANGUAGES:
            self.ui.language.addItem(LANGUAGE_NAMES.get(code, code), code)
        self.font_file: str = ""  # the office's own TrueType file, when chosen
        self._snapshot: dict[str, Any] = {}  # the office values as loaded
        self._saved_font = BUNDLED_FONT
        self.ui.saveButton.clicked.connect(self.save)
        self.ui.chooseEmblemButton.clicked.connect(self.choose_emblem)
        self.ui.removeEmblemButton.clicked.connect(lambda: self._store_emblem(None))
        self.ui.chooseFontButton.clicked.connect(self.choose_font)
        QShortcut(QKeySequence("Ctrl+S"), self, self.save)

    # -- loading -------------------------------------------------------------------------------

    def load(self) -> None:
        office = self.services.office.current()
        values = record_values(self.services.office, office) if office is not None else {}
        for editor in self.editors:
            editor.load(values, {})
        self.ui.thaiDigits.setChecked(bool(values.get("use_thai_digits")))
        self.ui.demoNote.setVisible(bool(values.get("is_demo")))
        self._show_emblem(office.emblem_png if office is not None else None)
        own = self.services.settings.document_font()
        self._set_font_file(str(own) if own is not None else "")
        (self.ui.ownFont if own is not None else self.ui.bundledFont).setChecked(True)
        self.ui.language.setCurrentIndex(self.ui.language.findData(i18n.language()))
        self._snapshot = self.office_values()
        self._saved_font = self.font_value()
        self._clear_problems()
        self.loaded = True

    def office_values(self) -> dict[str, Any]:
        data: dict[str, Any] = {}
        for editor in self.editors:
            data.update(editor.values())
        data["use_thai_digits"] = self.ui.thaiDigits.isChecked()
        return data

    def font_value(self) -> str:
        return self.font_file if self.ui.ownFont.isChecked() else BUNDLED_FONT

    # -- saving --------------------------------------------------------------------------------

    def save(self) -> bool:
        """Store what changed; True when saved (then a new language is applied)."""
        self._clear_problems()
        data, font = self.office_values(), self.font_value()
        office_changed = data != self._snapshot
        font_changed = font != self._saved_font
        font_problems = self._font_problems(font) if font_changed else []
        try:
            with self.services.transaction():
                if office_changed:
                    self.services.office.save(data)
                if font_problems:  # after the office, so both kinds of problem show at once
                    raise ValidationError(font_problems)
                if font_changed:
                    self.services.settings.set(DOCUMENT_FONT, font)
        except ValidationError as error:
            extra = [p for p in font_problems if p not in error.problems]
            self._show_problems([*error.problems, *extra])
            return False
        except DomainError as error:
            self._show_banner(error_text(error))
            return False
        language = str(self.ui.language.currentData())
        if office_changed or font_changed:
            self.load()  # the stored forms (phone numbers, codes) as the services keep them
        self.ui.savedNote.setText(_("Saved."))
        if language != i18n.language():
            preferences.set_language(language)
            i18n.set_language(language)
            self.language_changed.emit(language)
        return True

    def _font_problems(self, font: str) -> list[FieldProblem]:
        if font != BUNDLED_FONT and not font:
            return [FieldProblem(DOCUMENT_FONT, _("Choose the font file first."))]
        try:
            self.services.settings.clean(DOCUMENT_FONT, font)
        except ValidationError as error:
            return error.problems
        return []

    # -- the font ------------------------------------------------------------------------------

    def choose_font(self) -> None:
        path, _filter = QFileDialog.getOpenFileName(
            self, _("Choose the font of documents"), "", _("TrueType fonts (*.ttf *.TTF)")
        )
        if not path:
            return
        self._set_font_file(path)
        self.ui.ownFont.setChecked(True)
        problems = self._font_problems(path)
        self.ui.fontProblem.setText("\n".join(p.message for p in problems))
        self.ui.fontProblem.setVisible(bool(problems))

    def _set_font_file(self, path: str) -> None:
        self.font_file = path
        self.ui.fontFile.setText(Path(path).name if path else _("no file chosen"))
        self.ui.fontFile.setToolTip(path)

    # -- the emblem ----------------------------------------------------------------------------

    def choose_emblem(self) -> None:
        path, _filter = QFileDialog.getOpenFileName(
            self, _("Choose the emblem image"), "", _("Images (*.png *.jpg *.jpeg)")
        )
        if not path:
            return
        try:
            data = Path(path).read_bytes()
        except OSError:
            self._emblem_problem(_("The file cannot be opened; check that it still exists."))
            return
        self._store_emblem(data)

    def _store_emblem(self, data: bytes | None) -> None:
        self._emblem_problem("")
        try:
            office = self.services.office.set_emblem(data)
        except ValidationError as error:
            self._emblem_problem("\n".join(p.message for p in error.problems))
            return
        except DomainError as error:
            self._emblem_problem(error_text(error))
            return
        self._show_emblem(office.emblem_png)

    def _emblem_problem(self, text: str) -> None:
        self.ui.emblemProblem.setText(text)
        self.ui.emblemProblem.setVisible(bool(text))

    def _show_emblem(self, data: bytes | None) -> None:
        picture = QPixmap()
        # The format is named: left to guess, Qt may take a small PNG for another format.
        image = image_info(data) if data else None
        if data and image is not None and picture.loadFromData(data, image.kind.upper()):
            self.ui.emblemPreview.setPixmap(
                picture.scaled(
                    PREVIEW_SIZE,
                    PREVIEW_SIZE,
                    Qt.AspectRatioMode.KeepAspectRatio,
                    Qt.TransformationMode.SmoothTransformation,
                )
            )
        else:
            self.ui.emblemPreview.setPixmap(QPixmap())
            self.ui.emblemPreview.setText(_("No emblem"))
        self.ui.removeEmblemButton.setEnabled(bool(data))

    # -- problems ------------------------------------------------------------------------------

    def _clear_problems(self) -> None:
        self.ui.problems.hide()
        self.ui.savedNote.clear()
        for label in self.error_labels.values():
            if label is not self.ui.emblemProblem:
                label.clear()
                label.hide()

    def _show_banner(self, text: str) -> None:
        self.ui.problems.setText(text)
        self.ui.problems.show()
        self.ui.scroll.ensureWidgetVisible(self.ui.problems)

    def _show_problems(self, problems: list[FieldProblem]) -> None:
        self._show_banner(_("Not saved. Please correct what is marked in red."))
        first: QWidget | None = None
        for problem in problems:
            label = self.error_labels.get(problem.field)
            if label is None:  # a rule about a field the page does not show
                self._show_banner(f"{self.ui.problems.text()}\n{problem.message}")
                continue
            text = label.text()
            label.setText(f"{text}\n{problem.message}" if text else problem.message)
            label.show()
            if first is None:
                first = next((e.widget for e in self.editors if problem.field in e.keys), label)
        if first is not None:
            self.ui.scroll.ensureWidgetVisible(first)
            first.setFocus()
