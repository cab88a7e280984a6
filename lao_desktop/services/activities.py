"""Activities (training, study visits, academic meetings, PR), who took part, and the
knowledge items (lessons, good practice) that came out of them."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from lao_desktop.errors import FieldProblem
from lao_desktop.i18n import N_, _
from lao_desktop.models.activity import Activity, ActivityParticipant, KnowledgeItem
from lao_desktop.models.enums import ActivityKind, KnowledgeKind
from lao_desktop.models.network import Network
from lao_desktop.models.partner import Partner
from lao_desktop.models.plan import JointPlan
from lao_desktop.services.entity import EntityService
from lao_desktop.services.fields import (
    Check,
    ChoiceField,
    DateField,
    IntField,
    NotesField,
    RefField,
    TextField,
)
from lao_desktop.services.schema import Schema


def _period_rule(values: dict[str, Any]) -> str | None:
    # A one-day activity may give the same day as its end.
    start: date | None = values.get("start_on")
    end: date | None = values.get("end_on")
    if start and end and end < start:
        return _("{field}: the activity cannot end before it starts; check both dates.").format(
            field=_(N_("End date"))
        )
    return None


class ActivityService(EntityService[Activity]):
    model = Activity
    label = N_("Activity")
    schema = Schema(
        {
            "name": TextField(label=N_("Activity name"), required=True),
            "kind": ChoiceField(label=N_("Kind of activity"), required=True, enum=ActivityKind),
            "start_on": DateField(label=N_("Start date"), required=True),
            "end_on": DateField(label=N_("End date")),
            "place": TextField(label=N_("Place")),
            "network_id": RefField(label=N_("Network"), model=Network, what=N_("network")),
            "plan_id": RefField(label=N_("Joint plan"), model=JointPlan, what=N_("joint plan")),
            "participant_count": IntField(
                label=N_("Number of participants"), minimum=0, count=True
            ),
            "description": NotesField(label=N_("Description")),
            "outcome": NotesField(label=N_("Outcome")),
        },
        (Check(("end_on", "start_on"), _period_rule),),
    )
    filterable = ("kind", "network_id", "plan_id")
    sortable = {"date": "start_on", "name": "sort_key"}
    default_sort = "date"
    date_column = "start_on"
    detail_options = (selectinload(Activity.participants),)

    def search_parts(self, obj: Activity) -> list[str | None]:
        return [obj.name, obj.place]


class ActivityParticipantService(EntityService[ActivityParticipant]):
    """The partners who took part in an activity, each once."""

    model = ActivityParticipant
    label = N_("Activity participant")
    schema = Schema(
        {
            "activity_id": RefField(
                label=N_("Activity"), required=True, model=Activity, what=N_("activity")
            ),
            "partner_id": RefField(
                label=N_("Partner"), required=True, model=Partner, what=N_("partner")
            ),
            "role": TextField(label=N_("Role"), max_length=200),
        }
    )
    filterable = ("activity_id", "partner_id")
    sortable = {"created": "created_at"}
    default_sort = "created"

    def describe(self, obj: ActivityParticipant) -> str:
        return obj.partner.name

    def extra_problems(
        self, session: Session, values: Mapping[str, Any], obj: ActivityParticipant | None
    ) -> list[FieldProblem]:
        stmt = select(ActivityParticipant.id).where(
            ActivityParticipant.activity_id == values["activity_id"],
            ActivityParticipant.partner_id == values["partner_id"],
            ActivityParticipant.deleted_at.is_(None),
        )
        if obj is not None:
            stmt = stmt.where(ActivityParticipant.id != obj.id)
        if session.scalar(stmt.limit(1)) is None:
            return []
        message = _("{field}: this partner is already listed for the activity; edit its entry.")
        return [FieldProblem("partner_id", message.format(field=_(N_("Partner"))))]


class KnowledgeService(EntityService[KnowledgeItem]):
    model = KnowledgeItem
    label = N_("Knowledge item")
    schema = Schema(
        {
            "name": TextField(label=N_("Title of the item"), required=True),
            "kind": ChoiceField(label=N_("Kind of knowledge"), required=True, enum=KnowledgeKind),
            "summary": NotesField(label=N_("Summary")),
            "body": NotesField(label=N_("Full text"), max_length=200_000),
            "summary_en": NotesField(label=N_("Summary (English)")),
            "source": TextField(label=N_("Source")),
            "tags": TextField(label=N_("Tags")),
            "published_on": DateField(label=N_("Date published")),
            "network_id": RefField(label=N_("Network"), model=Network, what=N_("network")),
            "activity_id": RefField(label=N_("Activity"), model=Activity, what=N_("activity")),
        }
    )
    filterable = ("kind", "network_id", "activity_id")
    sortable = {"name": "sort_key", "published": "published_on"}
    date_column = "published_on"

    def search_parts(self, obj: KnowledgeItem) -> list[str | None]:
        return [obj.name, obj.summary, obj.tags]
