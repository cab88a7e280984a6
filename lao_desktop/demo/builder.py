"""``build_demo``: fill a new database with a realistic example office, through the services.

The office is อบต.นาคูณใหญ่ (อำเภอนาหว้า จังหวัดนครพนม), which the research in
``seeds/`` describes building networks from the village up to the national level. Every
record is made by a service call (validated, audited) acting as the demo's clerk; dates are
relative to today, so "expiring soon" and "overdue" hold whenever the demo is made.
"""

from __future__ import annotations

from sqlalchemy import func, select

from lao_desktop.db.database import Database
from lao_desktop.demo import (
    agreements,
    approvals,
    committees,
    meetings,
    networks,
    office,
    partners,
    work,
)
from lao_desktop.demo.context import SIZES, Demo, Progress
from lao_desktop.errors import DomainError
from lao_desktop.i18n import N_, _
from lao_desktop.models import (
    Activity,
    ActivityParticipant,
    AgendaItem,
    Agreement,
    AgreementDocument,
    AgreementParty,
    AgreementRenewal,
    AgreementSignatory,
    Committee,
    CommitteeMember,
    ContactPerson,
    Decision,
    DecisionFollowUp,
    DecisionResponsible,
    JointPlan,
    KnowledgeItem,
    Meeting,
    MeetingAttendance,
    Network,
    NetworkMember,
    Office,
    Partner,
    PlanResponsibility,
    ResourceExchange,
    User,
)
from lao_desktop.models.enums import Role
from lao_desktop.services import Actor, Services

# What build_demo counts, in this order: (msgid of the kind, model). The msgids are the
# services' labels, so the catalogue already has them in Thai.
COUNTED = (
    (N_("Office"), Office),
    (N_("User"), User),
    (N_("Partner"), Partner),
    (N_("Contact person"), ContactPerson),
    (N_("Network"), Network),
    (N_("Network member"), NetworkMember),
    (N_("Committee"), Committee),
    (N_("Committee member"), CommitteeMember),
    (N_("Meeting"), Meeting),
    (N_("Attendance"), MeetingAttendance),
    (N_("Agenda item"), AgendaItem),
    (N_("Resolution"), Decision),
    (N_("Responsible partner"), DecisionResponsible),
    (N_("Follow-up report"), DecisionFollowUp),
    (N_("Agreement"), Agreement),
    (N_("Agreement party"), AgreementParty),
    (N_("Signatory"), AgreementSignatory),
    (N_("Agreement renewal"), AgreementRenewal),
    (N_("Scanned document"), AgreementDocument),
    (N_("Joint plan"), JointPlan),
    (N_("Plan responsibility"), PlanResponsibility),
    (N_("Resource exchange"), ResourceExchange),
    (N_("Activity"), Activity),
    (N_("Activity participant"), ActivityParticipant),
    (N_("Knowledge item"), KnowledgeItem),
)


class DemoRefusedError(DomainError):
    """The database is not empty: the demo goes only into a new database file."""


def _refuse_unless_empty(services: Services) -> None:
    office = services.office.current()
    if office is not None and office.is_demo:
        raise DemoRefusedError(
            _(
                "This database already holds demonstration data. To make the demo again, "
                "use a new database file (for example --db demo2.db)."
            )
        )
    if office is not None or services.partners.count() > 0:
        raise DemoRefusedError(
            _(
                "This database holds an office's own data; the demo would mix with it and is "
                "not made. Use a new database file for the demo (for example --db demo.db)."
            )
        )


def count_records(db: Database) -> dict[str, int]:
    """Live and deleted rows of every counted kind, keyed by the translated label."""
    with db.read_session() as session:
        return {
            _(label): int(session.scalar(select(func.count()).select_from(model)) or 0)
            for label, model in COUNTED
        }


DEMO_PASSWORD = "demo-2569"  # printed by ``lao-desktop demo``: a demo, not an office's data


def build_demo(
    db: Database,
    *,
    size: str = "small",
    seed: int = 2569,
    progress: Progress | None = None,
    password: str = DEMO_PASSWORD,
) -> dict[str, int]:
    """Fill the empty database ``db`` with the demo office; returns the records per kind.

    ``size``: "small" (an SAO: about a hundred partners, a few seconds) or "large" (a
    province pooling its offices: over 100,000 records, for benchmarks). The same seed
    gives the same data. Refuses (DemoRefusedError) a database that holds any office's data.
    The accounts admin, clerk and executive get ``password``.
    """
    if size not in SIZES:
        raise ValueError(f"size must be one of {', '.join(SIZES)}, not {size!r}")
    system = Services(db)
    demo = Demo(system, SIZES[size], seed, progress)
    office.choose_staff(demo)
    specs = partners.partner_specs(demo)
    with system.transaction():
        _refuse_unless_empty(system)  # inside the write transaction: nobody slips in between
        users = office.create_office(system, demo)
        for user in users.values():
            system.accounts.reset_password(user.id, password)
    # The records are entered by the clerk, as in the office: the audit trail says so.
    clerk = users["clerk"]
    demo.services = Services(db, Actor(clerk.id, clerk.username, Role.CLERK))
    demo.plan_work(_planned_work(demo, specs))

    demo.in_batches(specs, lambda spec: partners.create_partner(demo, spec), _("Partner"), weight=3)
    network_specs = networks.network_specs(demo)
    networks.create_networks(demo, network_specs)
    committees.create_committees(demo, committees.committee_specs(demo, network_specs))
    meetings.create_meetings(demo, meetings.meeting_specs(demo))
    agreements.create_agreements(demo)
    work.create_plans(demo)
    work.create_exchanges(demo)
    work.create_activities(demo)
    work.create_knowledge(demo)
    executive = users["executive"]
    approvals.approve_work(
        demo, Services(db, Actor(executive.id, executive.username, Role.EXECUTIVE))
    )
    demo.finish(_("Done"))
    return count_records(db)


def _planned_work(demo: Demo, specs: list[partners.PartnerSpec]) -> int:
    """About how many service calls the demo makes: the scale of the progress bar."""
    sizes = demo.sizes
    areas = {s.data.get("subdistrict_code") for s in specs if sizes.extra_areas}
    networks_count = 16 + len(areas) * (1 + sizes.village_networks)
    committees_count = 8 + len(areas)
    return (
        3 * len(specs)
        + 8 * networks_count
        + 12 * committees_count
        + 30 * sizes.meetings
        + 6 * sizes.agreements
        + 5 * sizes.plans
        + sizes.exchanges
        + 5 * sizes.activities
        + sizes.knowledge
    )
