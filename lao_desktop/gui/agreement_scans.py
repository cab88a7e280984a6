"""The signed copy of an agreement: attach a scan from a file, open a stored one.

A scan is opened by writing it to a file of its own in the temporary folder and handing
that file to the program the PC opens such files with (a PDF reader, a picture viewer).
"""

from __future__ import annotations

import tempfile
from pathlib import Path, PurePath
from typing import Any

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from lao_desktop.backup import drives
from lao_desktop.i18n import _
from lao_desktop.services.registry import Services

SCAN_PATTERNS = "*.pdf *.jpg *.jpeg *.png *.PDF *.JPG *.JPEG *.PNG"


def size_text(document: Any) -> str:
    return drives.size_text(document.size_bytes or 0)


def attach_scan(services: Services, agreement: Any, parent: QWidget) -> bool:
    """Ask for the file; the service checks it (PDF, JPEG or PNG, at most 20 MB) and says
    what is wrong with a wrong one, which the sub-records tab shows."""
    kinds = _("Scanned copies (PDF, JPEG or PNG)")
    path = QFileDialog.getOpenFileName(
        parent,
        _("Attach a scan of the signed agreement"),
        "",
        f"{kinds} ({SCAN_PATTERNS});;{_('All files')} (*)",
    )[0]
    if not path:
        return False
    services.agreements.attach_scan(agreement.id, path)
    return True


def scan_file(document: Any) -> Path:
    """Where a stored scan is written to be opened: a folder per scan, so that two scans
    with the same file name never overwrite each other while both are open."""
    folder = Path(tempfile.gettempdir()) / "lao-desktop-scans" / str(document.id)
    return folder / PurePath(document.filename).name


def open_scan(services: Services, document: Any, parent: QWidget) -> bool:
    content = services.agreements.scan_content(document.id)
    path = scan_file(document)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(content)
    except OSError as error:
        message = _(
            "The scan could not be written to {path} ({reason}); check that the disk is "
            "not full, then try again."
        ).format(path=path, reason=error.strerror or error)
        QMessageBox.warning(parent, _("Cannot do that"), message)
        return False
    if not QDesktopServices.openUrl(QUrl.fromLocalFile(str(path))):
        message = _(
            "No program on this PC opens {name}. Install a PDF reader or picture viewer; "
            "the scan was saved as {path}."
        ).format(name=document.filename, path=path)
        QMessageBox.warning(parent, _("Cannot do that"), message)
    return False  # nothing changed in the list
