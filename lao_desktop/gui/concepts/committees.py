"""Committees (คณะกรรมการ): members with positions and terms, past members kept."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtWidgets import QWidget

from lao_desktop.gui.concepts.base import Child, Concept, RecordAction
from lao_desktop.gui.date_dialog import DateDialog
from lao_desktop.gui.models.record_table import Column
from lao_desktop.i18n import N_, _
from lao_desktop.services.registry import Services


def _is_current(member: Any) -> bool:
    end = member.term_end
    return end is None or end >= date.today()


def _term_state(member: Any) -> str:
    return _("Current member") if _is_current(member) else _("Past member")


def _end_term(services: Services, member: Any, parent: QWidget) -> bool:
    """Ask for the last day served; the member stays in the list as a past member."""
    question = _("The last day {name} serves on the committee:").format(name=member.person_name)
    dialog = DateDialog(
        parent,
        _("End of term"),
        question,
        date.today(),
        lambda day: services.committee_members.end_term(member.id, day),
    )
    return bool(dialog.exec())


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
    actions=(
        RecordAction(
            N_("End term…"),
            _end_term,
            on_row=True,
            applies=_is_current,
            tip=N_("Record the last day a current member serves; the member is kept as history."),
        ),
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
