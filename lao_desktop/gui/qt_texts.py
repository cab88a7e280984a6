"""Qt's own texts (standard buttons, the edit menu of text boxes) from our one catalogue.

Qt ships no Thai translation of itself, so without this a Thai clerk would see "Cancel" and
"Select All". The texts are Qt's source strings, kept here so the catalogue tools find them.
"""

from __future__ import annotations

from PySide6.QtCore import QTranslator

from lao_desktop.i18n import N_, _

QT_TEXTS = frozenset(
    {
        N_("OK"),
        N_("&OK"),
        N_("Save"),
        N_("&Save"),
        N_("Cancel"),
        N_("&Cancel"),
        N_("Close"),
        N_("&Close"),
        N_("Apply"),
        N_("Discard"),
        N_("Don't Save"),
        N_("Close without Saving"),
        N_("&Yes"),
        N_("&No"),
        N_("Yes to &All"),
        N_("N&o to All"),
        N_("Abort"),
        N_("Retry"),
        N_("Ignore"),
        N_("Reset"),
        N_("Restore Defaults"),
        N_("Help"),
        N_("Open"),
        N_("&Open"),
        N_("&Undo"),
        N_("&Redo"),
        N_("Cu&t"),
        N_("&Copy"),
        N_("&Paste"),
        N_("Delete"),
        N_("Select All"),
        N_("Copy &Link Location"),
        N_("Show Details..."),
        N_("Hide Details..."),
        N_("Look in:"),
        N_("File &name:"),
        N_("Files of type:"),
        N_("Back"),
        N_("Forward"),
        N_("Parent Directory"),
        N_("Create New Folder"),
        N_("List View"),
        N_("Detail View"),
        N_("Name"),
        N_("Size"),
        N_("Type"),
        N_("Date Modified"),
        N_("Computer"),
        N_("All Files (*)"),
    }
)


class CatalogueTranslator(QTranslator):
    """Answers Qt's requests for its own texts from the program's catalogue."""

    def translate(
        self, context: str, source: str, disambiguation: str | None = None, n: int = -1
    ) -> str | None:
        if source in QT_TEXTS:
            return _(source)
        # Not ours: None (a null QString) lets Qt keep its own text. "" would be taken as
        # the translation: the print dialog's labels came out blank and A4 lost its name.
        return None

    def isEmpty(self) -> bool:
        return False
