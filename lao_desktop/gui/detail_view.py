"""The read-only view of one record: every field, as a clerk reads it."""

from __future__ import annotations

import html
from typing import Any

from lao_desktop.gui.concepts.places import place_name
from lao_desktop.gui.field_editors import ServiceFor
from lao_desktop.gui.format import shown
from lao_desktop.gui.record_dialog import record_values, ref_names
from lao_desktop.gui.widgets.location_picker import KEYS as LOCATION_KEYS
from lao_desktop.i18n import _
from lao_desktop.services.entity import EntityService


def detail_html(
    service: EntityService[Any],
    service_for: ServiceFor,
    record: Any,
    extra: list[tuple[str, str]] = (),  # type: ignore[assignment]
) -> str:
    values = record_values(service, record)
    names = ref_names(service, service_for, values)
    title = service.names([record.id]).get(record.id, "")
    rows = [
        (
            _(spec.label),
            place_name(key, values[key])
            if key in LOCATION_KEYS
            else shown(values[key], spec, names),
        )
        for key, spec in service.schema.fields.items()
    ]
    rows += [(_(label), text) for label, text in extra]
    rows.append((_("Last changed"), shown(record.updated_at)))
    cells = "".join(
        f"<tr><td style='color:#555;padding:2px 12px 2px 0;white-space:nowrap' valign='top'>"
        f"{html.escape(label)}</td><td style='padding:2px 0'>"
        f"{html.escape(text).replace(chr(10), '<br>') or '—'}</td></tr>"
        for label, text in rows
    )
    return f"<h3>{html.escape(title)}</h3><table>{cells}</table>"
