"""Partners (ภาคี) and their contact persons."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QWidget

from lao_desktop.gui.concepts.base import Child, Concept, RecordAction
from lao_desktop.gui.concepts.places import province_name
from lao_desktop.gui.models.record_table import Column
from lao_desktop.i18n import N_
from lao_desktop.services.permissions import Action
from lao_desktop.services.registry import Services


def _personal_data(services: Services, contact: Any, parent: QWidget) -> bool:
    from lao_desktop.gui.personal_data_dialog import open_personal_data

    return open_personal_data(services, contact, parent)


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
    actions=(
        RecordAction(
            N_("Personal data…"),
            _personal_data,
            on_row=True,
            tip=N_(
                "The ID number on request, and for administrators a person's export or erasure."
            ),
            needs=Action.READ,
        ),
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
