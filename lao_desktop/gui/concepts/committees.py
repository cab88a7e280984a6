"""Committees (คณะกรรมการ): members with positions and terms, past members kept."""

from __future__ import annotations

from datetime import date
from typing import Any

from lao_desktop.gui.concepts.base import Child, Concept
from lao_desktop.gui.models.record_table import Column
from lao_desktop.i18n import N_, _
from lao_desktop.services.registry import Services


def _term_state(member: Any) -> str:
    end = member.term_end
    return _("Past member") if end is not None and end < date.today() else _("Current member")


MEMBERS = Child(
    title=N_("Members"),
    service="committee_members",
    parent_key="committee_id",
    columns=(
        Column(N_("Order in the list"), "sequence", width=6),
        Column(N_("Name of the member"), "person_name", width=24),
        Column(N_("Position in the committee"), "position", width=18),
        Column(N_("Partner represented"), "partner_id", width=24),
        Column(N_("Start of term"), "term_start"),
        Column(N_("End of term"), "term_end"),
        Column(N_("Membership"), "term_end", text=_term_state, width=12),
    ),
)

MEETINGS_OF_COMMITTEE = Child(
    title=N_("Meetings"),
    service="meetings",
    parent_key="committee_id",
    columns=(
        Column(N_("Meeting number"), "number", width=6),
        Column(N_("Year (B.E.)"), "year_be", width=6),
        Column(N_("Meeting title"), "title", width=30),
        Column(N_("Meeting date"), "meeting_date"),
    ),
)


def _details(services: Services, committee: Any) -> list[tuple[str, str]]:
    members = services.committees.current_members(committee.id)
    past = services.committees.past_members(committee.id)
    return [
        (N_("Current members"), f"{len(members):,}"),
        (N_("Past members"), f"{len(past):,}"),
    ]


COMMITTEES = Concept(
    title=N_("Committees"),
    service="committees",
    columns=(
        Column(N_("Committee name"), "name", sort="name", width=40),
        Column(N_("Network"), "network_id", width=30),
        Column(N_("Order number"), "order_number", width=10),
        Column(N_("Order date"), "order_date", sort="order_date"),
        Column(N_("Start of term"), "term_start", sort="term_start"),
        Column(N_("End of term"), "term_end"),
    ),
    fiscal_year=True,
    children=(MEMBERS, MEETINGS_OF_COMMITTEE),
    details=_details,
)
