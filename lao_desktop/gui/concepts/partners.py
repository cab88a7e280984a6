"""Partners (ภาคี) and their contact persons."""

from __future__ import annotations

from lao_desktop.gui.concepts.base import Child, Concept
from lao_desktop.gui.concepts.places import province_name
from lao_desktop.gui.models.record_table import Column
from lao_desktop.i18n import N_

CONTACTS = Child(
    title=N_("Contact persons"),
    service="contacts",
    parent_key="partner_id",
    columns=(
        Column(
            N_("Name"),
            "first_name",
            text=lambda c: " ".join(p for p in (c.title, c.first_name, c.last_name) if p),
            width=24,
        ),
        Column(N_("Position"), "position", width=18),
        Column(N_("Phone"), "phone", width=12),
        Column(N_("Main contact"), "is_primary"),
    ),
)

NETWORKS_OF_PARTNER = Child(
    title=N_("Networks"),
    service="network_members",
    parent_key="partner_id",
    columns=(
        Column(N_("Network"), "network_id", width=30),
        Column(N_("Role in the network"), "role", width=16),
        Column(N_("Date joined"), "joined_on"),
        Column(N_("Date left"), "left_on"),
    ),
)

PARTNERS = Concept(
    title=N_("Partners"),
    service="partners",
    columns=(
        Column(N_("Partner name"), "name", sort="name", width=40),
        Column(N_("Level"), "level", sort="level", width=10),
        Column(N_("Sector"), "sector", sort="sector", width=16),
        Column(N_("Pillar"), "pillar", sort="pillar", width=12),
        Column(N_("Province"), "province_code", text=province_name, width=12),
        Column(N_("Phone"), "phone"),
    ),
    filters=("level", "sector", "pillar"),
    children=(CONTACTS, NETWORKS_OF_PARTNER),
)
