"""Joint plans with the division of work and budget, activities and knowledge items."""

from __future__ import annotations

from typing import Any

from lao_desktop.gui.concepts import approval
from lao_desktop.gui.concepts.base import Child, Concept
from lao_desktop.gui.format import baht
from lao_desktop.gui.models.record_table import Column
from lao_desktop.i18n import N_
from lao_desktop.services.registry import Services

RESPONSIBILITIES = Child(
    title=N_("Division of work"),
    service="plan_responsibilities",
    parent_key="plan_id",
    columns=(
        Column(N_("Order in the list"), "sequence", width=6),
        Column(N_("Responsible partner"), "partner_id", width=28),
        Column(N_("Task"), "task", width=30),
        Column(N_("Budget (baht)"), "budget_baht", width=12),
    ),
)

ACTIVITIES_OF_PLAN = Child(
    title=N_("Activities"),
    service="activities",
    parent_key="plan_id",
    columns=(
        Column(N_("Activity name"), "name", width=30),
        Column(N_("Kind of activity"), "kind", width=14),
        Column(N_("Start date"), "start_on"),
    ),
)


def _plan_details(services: Services, plan: Any) -> list[tuple[str, str]]:
    lines = [(N_("Total budget (baht)"), baht(services.plans.budget_total(plan.id)))]
    return lines + approval.details(services, "plans", plan)


PLANS = Concept(
    title=N_("Joint plans"),
    service="plans",
    columns=(
        Column(N_("Plan or project name"), "name", sort="name", width=40),
        Column(N_("Fiscal year"), "fiscal_year", sort="fiscal_year", width=8),
        Column(N_("Network"), "network_id", width=28),
        Column(N_("Start date"), "start_on", sort="start"),
        Column(N_("End date"), "end_on"),
        Column(N_("Status"), "status", width=12),
        approval.COLUMN,
    ),
    filters=("status",),
    children=(RESPONSIBILITIES, ACTIVITIES_OF_PLAN),
    details=_plan_details,
    actions=approval.actions("plans"),
)

PARTICIPANTS = Child(
    title=N_("Participants"),
    service="activity_participants",
    parent_key="activity_id",
    columns=(
        Column(N_("Partner"), "partner_id", width=30),
        Column(N_("Role"), "role", width=20),
    ),
)

KNOWLEDGE_OF_ACTIVITY = Child(
    title=N_("Knowledge items"),
    service="knowledge",
    parent_key="activity_id",
    columns=(
        Column(N_("Title of the item"), "name", width=30),
        Column(N_("Kind of knowledge"), "kind", width=16),
        Column(N_("Date published"), "published_on"),
    ),
)

ACTIVITIES = Concept(
    title=N_("Activities"),
    service="activities",
    columns=(
        Column(N_("Activity name"), "name", sort="name", width=36),
        Column(N_("Kind of activity"), "kind", width=14),
        Column(N_("Start date"), "start_on", sort="date"),
        Column(N_("Place"), "place", width=20),
        Column(N_("Number of participants"), "participant_count", width=8),
        Column(N_("Network"), "network_id", width=24),
    ),
    filters=("kind",),
    fiscal_year=True,
    newest_first=True,
    children=(PARTICIPANTS, KNOWLEDGE_OF_ACTIVITY),
)

KNOWLEDGE = Concept(
    title=N_("Knowledge items"),
    service="knowledge",
    columns=(
        Column(N_("Title of the item"), "name", sort="name", width=36),
        Column(N_("Kind of knowledge"), "kind", width=16),
        Column(N_("Source"), "source", width=20),
        Column(N_("Date published"), "published_on", sort="published"),
        Column(N_("Network"), "network_id", width=24),
    ),
    filters=("kind",),
    fiscal_year=True,
    newest_first=True,
)
