"""Meetings with attendance and agenda, and resolutions with their follow-up."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QMessageBox, QWidget

from lao_desktop.gui.concepts.base import Child, Concept, RecordAction, View
from lao_desktop.gui.models.record_table import Column, fixed_page
from lao_desktop.i18n import N_, _
from lao_desktop.services.query import ListQuery, Page
from lao_desktop.services.registry import Services


def attendance_summary(services: Services, meeting: Any) -> str:
    """ "Present: 12 · Absent: 2 · On leave: 1 · Invited guest: 3"."""
    counts = services.attendance.summary(meeting.id)
    return " · ".join(f"{status.label}: {count:,}" for status, count in counts.items())


def _fill_from_committee(services: Services, meeting: Any, parent: QWidget) -> bool:
    added = services.attendance.fill_from_committee(meeting.id)
    if added == 0:  # say so: a button that seems to do nothing confuses
        QMessageBox.information(
            parent,
            _("Fill from the committee"),
            _("Every current member of the committee is already in the list."),
        )
    return added > 0


ATTENDANCE = Child(
    title=N_("Attendance"),
    service="attendance",
    parent_key="meeting_id",
    columns=(
        Column(N_("Order in the list"), "sequence", width=6),
        Column(N_("Name"), "person_name", width=24),
        Column(N_("Position"), "position_text", width=20),
        Column(N_("Attendance"), "status", width=14),
        Column(N_("Note"), "note"),
    ),
    ref_filters=lambda meeting: (
        {"committee_member_id": {"committee_id": meeting.committee_id}}
        if meeting.committee_id
        else {}
    ),
    actions=(
        RecordAction(
            N_("Fill from the committee"),
            _fill_from_committee,
            applies=lambda meeting: meeting.committee_id is not None,
            tip=N_(
                "List every current member of the meeting's committee as present; then mark "
                "who was absent or on leave. Only for a meeting of a committee."
            ),
        ),
    ),
    summary=attendance_summary,
)

AGENDA = Child(
    title=N_("Agenda"),
    service="agenda",
    parent_key="meeting_id",
    columns=(
        Column(N_("Agenda number"), "sequence", width=6),
        Column(N_("Kind of agenda item"), "kind", width=22),
        Column(N_("Agenda title"), "title", width=40),
    ),
)

RESOLUTIONS_OF_MEETING = Child(
    title=N_("Resolutions"),
    service="decisions",
    parent_key="meeting_id",
    columns=(
        Column(N_("Resolution number"), "number", width=6),
        Column(N_("Resolution"), "text", width=40),
        Column(N_("Due date"), "due_date"),
        Column(N_("Status"), "status", width=12),
    ),
    ref_filters=lambda meeting: {"agenda_item_id": {"meeting_id": meeting.id}},
)


def _meeting_details(services: Services, meeting: Any) -> list[tuple[str, str]]:
    return [(N_("Attendance"), attendance_summary(services, meeting))]


def _create_meeting(services: Services, data: Any) -> Any:
    return services.meetings.create_with_standard_agenda(data)


MEETINGS = Concept(
    title=N_("Meetings"),
    service="meetings",
    columns=(
        Column(N_("Meeting number"), "number", sort="number", width=6),
        Column(N_("Year (B.E.)"), "year_be", width=6),
        Column(N_("Meeting title"), "title", width=36),
        Column(N_("Meeting date"), "meeting_date", sort="date"),
        Column(N_("Place"), "place", width=20),
        Column(N_("Committee"), "committee_id", width=30),
    ),
    fiscal_year=True,
    newest_first=True,
    children=(ATTENDANCE, AGENDA, RESOLUTIONS_OF_MEETING),
    details=_meeting_details,
    create=_create_meeting,
)

RESPONSIBLES = Child(
    title=N_("Responsible partners"),
    service="decision_responsibles",
    parent_key="decision_id",
    columns=(
        Column(N_("Responsible partner"), "partner_id", width=30),
        Column(N_("Task"), "task", width=30),
    ),
)

FOLLOW_UPS = Child(
    title=N_("Follow-up reports"),
    service="decision_follow_ups",
    parent_key="decision_id",
    columns=(
        Column(N_("Report date"), "reported_on"),
        Column(N_("Status"), "status", width=14),
        Column(N_("Progress"), "note", width=40),
    ),
)


def _overdue(services: Services, query: ListQuery) -> Page[Any]:
    return fixed_page(services.decisions.overdue())


DECISIONS = Concept(
    title=N_("Resolutions"),
    service="decisions",
    columns=(
        Column(N_("Meeting"), "meeting_id", width=24),
        Column(N_("Resolution number"), "number", sort="number", width=6),
        Column(N_("Resolution"), "text", width=40),
        Column(N_("Due date"), "due_date", sort="due_date"),
        Column(N_("Status"), "status", width=12),
        Column(N_("Completed on"), "completed_on"),
    ),
    filters=("status",),
    fiscal_year=True,
    views=(View(N_("Overdue resolutions"), _overdue),),
    children=(RESPONSIBLES, FOLLOW_UPS),
)
