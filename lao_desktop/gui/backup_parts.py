"""What the backup screens share: how they say when and how much (B.E. times, the record
counts a clerk recognises), who may act, and dialogs that grow with what they show."""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING, Any

from PySide6.QtWidgets import QWidget

from lao_desktop.i18n import N_, _
from lao_desktop.thai.dates import format_datetime_be

if TYPE_CHECKING:
    from lao_desktop.backup.manifest import Manifest

# The tables a clerk knows by name (the lists of the program), in the navigation's order;
# the others (links between records, the audit trail, settings) are counted in the total only,
# the scanned documents beside the table, with their size.
COUNTED = (
    ("partners", N_("Partners")),
    ("contact_persons", N_("Contact persons")),
    ("networks", N_("Networks")),
    ("committees", N_("Committees")),
    ("meetings", N_("Meetings")),
    ("decisions", N_("Resolutions")),
    ("resource_exchanges", N_("Resource exchanges")),
    ("agreements", N_("Agreements")),
    ("joint_plans", N_("Joint plans")),
    ("activities", N_("Activities")),
    ("knowledge_items", N_("Knowledge items")),
)

SCREEN_MARGIN = 60  # room left for the title bar and the taskbar


def when(moment: datetime) -> str:
    """A moment in this PC's time, B.E.: "21 พฤศจิกายน 2569 09:47 น."."""
    return format_datetime_be(moment.astimezone(), "full")


def counts(manifest: Manifest) -> list[tuple[str, int]]:
    """(what, records) for the lists a clerk knows, then every record in the backup."""
    rows = [(_(title), manifest.counts.get(table, 0)) for table, title in COUNTED]
    return [*rows, (_("All records together"), manifest.records)]


def say(dialog: QWidget, label: Any, text: str) -> None:
    """``text`` in a dialog's message label, hidden when empty; the dialog grows to show it."""
    label.setText(text)
    label.setVisible(bool(text))
    if text:
        grow_to_fit(dialog)


def grow_to_fit(dialog: QWidget) -> None:
    """Make ``dialog`` tall enough for what it shows now, within the screen: Qt does not
    count the lines of wrapped labels in a window's minimum size, so a message that appears
    would squeeze the boxes above it."""
    layout = dialog.layout()
    if layout is None:
        return
    layout.activate()
    width = dialog.width()
    if layout.hasHeightForWidth():
        need = layout.totalHeightForWidth(width)
    else:
        need = layout.totalSizeHint().height()
    screen = dialog.screen()
    room = screen.availableGeometry().height() - SCREEN_MARGIN if screen is not None else need
    height = min(max(need, dialog.height()), max(room, dialog.height()))
    if height > dialog.height():
        dialog.resize(width, height)
