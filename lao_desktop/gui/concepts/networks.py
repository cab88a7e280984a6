"""Networks (เครือข่าย) and their member partners."""

from __future__ import annotations

from lao_desktop.gui.concepts.base import Child, Concept
from lao_desktop.gui.concepts.places import province_name
from lao_desktop.gui.models.record_table import Column
from lao_desktop.i18n import N_

MEMBERS = Child(
    title=N_("Members"),
    service="network_members",
    parent_key="network_id",
    columns=(
        Column(N_("Partner"), "partner_id", width=30),
        Column(N_("Role in the network"), "role", width=16),
        Column(N_("Date joined"), "joined_on"),
        Column(N_("Date left"), "left_on"),
    ),
)

COMMITTEES_OF_NETWORK = Child(
    title=N_("Committees"),
    service="committees",
    parent_key="network_id",
    columns=(
        Column(N_("Committee name"), "name", width=30),
        Column(N_("Start of term"), "term_start"),
        Column(N_("End of term"), "term_end"),
    ),
)

NETWORKS = Concept(
    title=N_("Networks"),
    service="networks",
    columns=(
        Column(N_("Network name"), "name", sort="name", width=40),
        Column(N_("Level"), "level", width=10),
        Column(N_("Pillar"), "pillar", width=12),
        Column(N_("Form of network"), "form", width=16),
        Column(N_("Province"), "province_code", text=province_name, width=12),
        Column(N_("Established on"), "established_on", sort="established_on"),
    ),
    filters=("level", "pillar", "form"),
    fiscal_year=True,
    children=(MEMBERS, COMMITTEES_OF_NETWORK),
)
