"""Typed SQLAlchemy models, one module per concept. Importing this registers them all."""

from lao_desktop.models.activity import Activity, ActivityParticipant, KnowledgeItem
from lao_desktop.models.agreement import (
    Agreement,
    AgreementDocument,
    AgreementParty,
    AgreementRenewal,
    AgreementSignatory,
)
from lao_desktop.models.audit import AuditEntry
from lao_desktop.models.base import Base, Record
from lao_desktop.models.committee import Committee, CommitteeMember
from lao_desktop.models.decision import Decision, DecisionFollowUp, DecisionResponsible
from lao_desktop.models.exchange import ResourceExchange
from lao_desktop.models.meeting import AgendaItem, Meeting, MeetingAttendance
from lao_desktop.models.network import Network, NetworkMember
from lao_desktop.models.office import Office, Setting
from lao_desktop.models.partner import ContactPerson, Partner
from lao_desktop.models.plan import JointPlan, PlanResponsibility
from lao_desktop.models.user import User

__all__ = [
    "Activity",
    "ActivityParticipant",
    "AgendaItem",
    "Agreement",
    "AgreementDocument",
    "AgreementParty",
    "AgreementRenewal",
    "AgreementSignatory",
    "AuditEntry",
    "Base",
    "Committee",
    "CommitteeMember",
    "ContactPerson",
    "Decision",
    "DecisionFollowUp",
    "DecisionResponsible",
    "JointPlan",
    "KnowledgeItem",
    "Meeting",
    "MeetingAttendance",
    "Network",
    "NetworkMember",
    "Office",
    "Partner",
    "PlanResponsibility",
    "Record",
    "ResourceExchange",
    "Setting",
    "User",
]
