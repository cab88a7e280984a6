"""Resource exchanges between partners and the office."""

from __future__ import annotations

from lao_desktop.gui.concepts.base import Concept
from lao_desktop.gui.models.record_table import Column
from lao_desktop.i18n import N_

EXCHANGES = Concept(
    title=N_("Resource exchanges"),
    service="exchanges",
    columns=(
        Column(N_("Date of exchange"), "exchange_date", sort="date"),
        Column(N_("Description"), "description", width=34),
        Column(N_("Kind of resource"), "kind", width=12),
        Column(N_("From (giver)"), "from_partner_id", width=24),
        Column(N_("To (receiver)"), "to_partner_id", width=24),
        Column(N_("Value (baht)"), "value_baht", sort="value", width=12),
        Column(N_("Status"), "status", width=10),
    ),
    filters=("kind", "status"),
    fiscal_year=True,
    newest_first=True,
)
