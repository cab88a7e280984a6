"""Errors shown to a person: domain errors in their own words, anything else apologetically."""

from __future__ import annotations

import logging

from PySide6.QtWidgets import QMessageBox, QWidget

from lao_desktop.errors import DomainError
from lao_desktop.i18n import _

log = logging.getLogger(__name__)


def error_text(error: BaseException) -> str:
    if isinstance(error, DomainError):
        return str(error)
    log.error("unexpected error", exc_info=error)
    return _(
        "Something went wrong that the program did not expect: {error}. Nothing was saved. "
        "Please try again; if it happens again, tell the person who looks after this PC."
    ).format(error=type(error).__name__)


def show_error(parent: QWidget | None, error: BaseException) -> None:
    QMessageBox.warning(parent, _("Cannot do that"), error_text(error))


def confirm(parent: QWidget | None, title: str, text: str) -> bool:
    answer = QMessageBox.question(
        parent,
        title,
        text,
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        QMessageBox.StandardButton.No,
    )
    return answer == QMessageBox.StandardButton.Yes
