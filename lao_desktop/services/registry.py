"""All services of one database for one acting user."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from sqlalchemy.orm import Session

from lao_desktop.db.database import Database
from lao_desktop.services.accounts import AccountService
from lao_desktop.services.activities import (
    ActivityParticipantService,
    ActivityService,
    KnowledgeService,
)
from lao_desktop.services.agreement_parts import AgreementPartyService, AgreementSignatoryService
from lao_desktop.services.agreements import AgreementService
from lao_desktop.services.audit_trail import AuditTrailService
from lao_desktop.services.committees import CommitteeMemberService, CommitteeService
from lao_desktop.services.context import SYSTEM, Actor, ServiceContext
from lao_desktop.services.decisions import (
    DecisionFollowUpService,
    DecisionResponsibleService,
    DecisionService,
)
from lao_desktop.services.entity import EntityService
from lao_desktop.services.exchanges import ExchangeService
from lao_desktop.services.meetings import AgendaService, AttendanceService, MeetingService
from lao_desktop.services.networks import NetworkMemberService, NetworkService
from lao_desktop.services.office import OfficeService
from lao_desktop.services.partners import ContactService, PartnerService
from lao_desktop.services.personal_data import PersonalDataService
from lao_desktop.services.plans import PlanResponsibilityService, PlanService
from lao_desktop.services.settings import SettingsService
from lao_desktop.services.users import UserService


class Services:
    def __init__(self, db: Database, actor: Actor = SYSTEM) -> None:
        ctx = self.ctx = ServiceContext(db, actor)
        self.office = OfficeService(ctx)
        self.users = UserService(ctx)
        self.accounts = AccountService(ctx)
        self.partners = PartnerService(ctx)
        self.contacts = ContactService(ctx)
        self.networks = NetworkService(ctx)
        self.network_members = NetworkMemberService(ctx)
        self.committees = CommitteeService(ctx)
        self.committee_members = CommitteeMemberService(ctx)
        self.meetings = MeetingService(ctx)
        self.attendance = AttendanceService(ctx)
        self.agenda = AgendaService(ctx)
        self.decisions = DecisionService(ctx)
        self.decision_responsibles = DecisionResponsibleService(ctx)
        self.decision_follow_ups = DecisionFollowUpService(ctx)
        self.exchanges = ExchangeService(ctx)
        self.agreements = AgreementService(ctx)
        self.agreement_parties = AgreementPartyService(ctx)
        self.agreement_signatories = AgreementSignatoryService(ctx)
        self.plans = PlanService(ctx)
        self.plan_responsibilities = PlanResponsibilityService(ctx)
        self.activities = ActivityService(ctx)
        self.activity_participants = ActivityParticipantService(ctx)
        self.knowledge = KnowledgeService(ctx)
        self.settings = SettingsService(ctx)
        self.personal_data = PersonalDataService(ctx)
        self.audit_trail = AuditTrailService(ctx)

    def for_model(self, model: type[Any]) -> EntityService[Any]:
        """The service that owns records of a model class (pickers, linked names, imports)."""
        for service in vars(self).values():
            if (
                isinstance(service, EntityService)
                and getattr(type(service), "model", None) is model
            ):
                return service
        raise KeyError(model.__name__)

    @contextmanager
    def transaction(self) -> Iterator[Session]:
        """Several service calls as one: all saved, or none."""
        with self.ctx.transaction() as session:
            yield session
