"""Ask for one date (B.E.) and do something with it, e.g. end a committee member's term.

What the service says is wrong with the date shows under the box, and the dialog stays
open with the date kept, as in the record forms.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from PySide6.QtWidgets import QDialog, QWidget

from lao_desktop.errors import DomainError
from lao_desktop.gui.forms.ui_date_dialog import Ui_DateDialog
from lao_desktop.gui.messages import error_text
from lao_desktop.i18n import _


class DateDialog(QDialog):
    def __init__(
        self,
        parent: QWidget | None,
        title: str,
        question: str,
        initial: date | None,
        apply: Callable[[date], Any],
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_DateDialog()
        self.ui.setupUi(self)
        self.setWindowTitle(title)
        self.ui.question.setText(question)
        self.ui.date.set_date(initial)
        self.apply = apply
        self.ui.buttons.accepted.connect(self.save)
        self.ui.buttons.rejected.connect(self.reject)
        self.ui.date.setFocus()
        self.ui.date.edit.selectAll()

    def save(self) -> None:
        day = self.ui.date.date()
        if day is None:
            # The box itself says what it could not read; this says what to do.
            self._problem(_("Type the date, e.g. 30/9/2569, or choose it from the calendar."))
            return
        try:
            self.apply(day)
        except DomainError as error:
            self._problem(error_text(error))
            return
        self.accept()

    def _problem(self, text: str) -> None:
        self.ui.problem.setText(text)
        self.ui.problem.show()
