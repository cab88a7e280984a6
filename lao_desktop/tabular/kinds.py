"""The kinds of records a sheet can hold: their columns, built from the services' own field
lists, how an imported row finds the record it updates, and each kind's template example.

Every live record kind can be exported; the kinds with ``keys`` can also be imported, in the
order of ``KINDS`` (a partner before its contacts, a network before its members).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from functools import cache
from typing import Any

from lao_desktop.i18n import N_, translate
from lao_desktop.services.activities import (
    ActivityParticipantService,
    ActivityService,
    KnowledgeService,
)
from lao_desktop.services.agreement_parts import (
    AgreementPartyService,
    AgreementSignatoryService,
    ScanField,
)
from lao_desktop.services.agreements import AgreementService
from lao_desktop.services.committees import CommitteeMemberService, CommitteeService
from lao_desktop.services.decisions import (
    DecisionFollowUpService,
    DecisionResponsibleService,
    DecisionService,
)
from lao_desktop.services.entity import EntityService
from lao_desktop.services.exchanges import ExchangeService
from lao_desktop.services.fields import NationalIdField, RefField
from lao_desktop.services.meetings import AgendaService, AttendanceService, MeetingService
from lao_desktop.services.networks import NetworkMemberService, NetworkService
from lao_desktop.services.partners import ContactService, PartnerService
from lao_desktop.services.plans import PlanResponsibilityService, PlanService
from lao_desktop.services.registry import Services
from lao_desktop.tabular.columns import (
    PLACE_COLUMNS,
    Column,
    FieldColumn,
    IdColumn,
    RefColumn,
    RefIdColumn,
    header_key,
)
from lao_desktop.tabular.extras import AGREEMENT_PARTIES, PARTNER_CONTACT, Extra

_PLACE_FIELDS = {"province_code", "district_code", "subdistrict_code"}


@dataclass(frozen=True)
class Kind:
    name: str  # on the command line: --kind partners
    title: str  # msgid: the sheet's name
    service: type[EntityService[Any]]
    # Fields that together name a record when a row has no system ID; () = export only.
    keys: tuple[str, ...] = ()
    example: Mapping[str, str] = field(default_factory=dict)  # header msgid -> template text
    extra: Extra | None = None  # columns of another record saved with each row
    aliases: tuple[str, ...] = ()  # other sheet names that mean this kind
    headers: Mapping[str, tuple[str, ...]] = field(default_factory=dict)  # field -> other names

    def sheet_title(self) -> str:
        return translate(self.title, "th")

    def sheet_names(self) -> set[str]:
        titles = [translate(self.title, code) for code in ("th", "en")]
        return {header_key(t) for t in (*titles, self.name, *self.aliases)}

    def service_of(self, services: Services) -> EntityService[Any]:
        return services.for_model(self.service.model)

    def columns(self) -> tuple[Column, ...]:
        return _columns(self, self.service)


def _columns(kind: Kind, service: type[EntityService[Any]]) -> tuple[Column, ...]:
    """The service's fields in its order; links as a name column, with their system IDs
    at the right end next to the record's own."""
    columns: list[Column] = []
    ids: list[Column] = []
    for name, spec in service.schema.fields.items():
        if isinstance(spec, ScanField):
            continue  # a scanned file does not fit in a cell
        if name in _PLACE_FIELDS:
            if name == "province_code":
                columns.extend(PLACE_COLUMNS)
            continue
        if isinstance(spec, RefField):
            columns.append(
                RefColumn(
                    spec.label,
                    (name,),
                    kind.headers.get(name, ()),
                    required=spec.required,
                    model=spec.model,
                    width=30,
                )
            )
            ids.append(RefIdColumn(spec.label, (name,), width=38))
            continue
        # A national ID number is accepted from the office's list but never written out.
        exported = not isinstance(spec, NationalIdField)
        aliases = kind.headers.get(name, ())
        columns.append(
            FieldColumn(spec.label, (name,), aliases, required=spec.required, exported=exported)
        )
    if kind.extra is not None:
        columns.extend(kind.extra.columns)
    return (*columns, *ids, IdColumn())


PARTNERS = Kind(
    "partners",
    N_("Partners"),
    PartnerService,
    keys=("name", "province_code", "district_code", "subdistrict_code", "moo"),
    example={
        N_("Partner name"): "กลุ่มแม่บ้านบ้านนาคูณ",
        N_("Sector"): "ภาคประชาชน",
        N_("Pillar"): "ภาคประชาชน",
        N_("Level"): "หมู่บ้าน",
        N_("Province"): "นครพนม",
        N_("District"): "นาหว้า",
        N_("Subdistrict"): "นาคูณใหญ่",
        N_("Village number (moo)"): "3",
        N_("Phone"): "081-234-5678",
        N_("Contact: first name"): "สมศรี",
        N_("Contact: last name"): "ใจดี",
        N_("Contact: position"): "ประธานกลุ่ม",
    },
    extra=PARTNER_CONTACT,
    aliases=("ภาคีเครือข่าย", "partner"),
    headers={
        "name": ("ชื่อ", "ชื่อหน่วยงาน", "ชื่อองค์กร", "ชื่อกลุ่ม", "name"),
        "phone": ("โทร", "เบอร์โทร", "เบอร์โทรศัพท์", "tel"),
        "moo": ("หมู่", "ม."),
    },
)
CONTACTS = Kind(
    "contacts",
    N_("Contact persons"),
    ContactService,
    keys=("partner_id", "first_name", "last_name"),
    example={
        N_("Partner"): "กลุ่มแม่บ้านบ้านนาคูณ",
        N_("Name title"): "นาง",
        N_("First name"): "สมศรี",
        N_("Last name"): "ใจดี",
        N_("Position"): "ประธานกลุ่ม",
        N_("Phone"): "0812345678",
        N_("Main contact"): "ใช่",
    },
    aliases=("ผู้ติดต่อ", "ผู้ประสานงาน", "contact"),
)
NETWORKS = Kind(
    "networks",
    N_("Networks"),
    NetworkService,
    keys=("name",),
    example={
        N_("Network name"): "เครือข่ายอาสาสมัครดูแลผู้สูงอายุตำบลนาคูณใหญ่",
        N_("Level"): "ตำบล",
        N_("Pillar"): "ภาคประชาชน",
        N_("Form of network"): "เครือข่ายภาคี",
        N_("Province"): "นครพนม",
        N_("Established on"): "1/10/2568",
    },
    aliases=("เครือข่ายความร่วมมือ", "network"),
)
NETWORK_MEMBERS = Kind(
    "network_members",
    N_("Network members"),
    NetworkMemberService,
    keys=("network_id", "partner_id"),
    example={
        N_("Network"): "เครือข่ายอาสาสมัครดูแลผู้สูงอายุตำบลนาคูณใหญ่",
        N_("Partner"): "กลุ่มแม่บ้านบ้านนาคูณ",
        N_("Role in the network"): "สมาชิก",
        N_("Date joined"): "1/10/2568",
    },
    aliases=("สมาชิก", "members", "memberships"),
)
COMMITTEES = Kind(
    "committees",
    N_("Committees"),
    CommitteeService,
    keys=("name",),
    example={
        N_("Committee name"): "คณะกรรมการเครือข่ายอาสาสมัครดูแลผู้สูงอายุ",
        N_("Order number"): "15/2568",
        N_("Order date"): "1/10/2568",
    },
    aliases=("committee",),
)
COMMITTEE_MEMBERS = Kind(
    "committee_members",
    N_("Committee members"),
    CommitteeMemberService,
    keys=("committee_id", "person_name"),
    example={
        N_("Committee"): "คณะกรรมการเครือข่ายอาสาสมัครดูแลผู้สูงอายุ",
        N_("Name of the member"): "นายสมชาย ใจงาม",
        N_("Official title"): "กำนันตำบลนาคูณใหญ่",
        N_("Position in the committee"): "ประธานกรรมการ",
        N_("Order in the list"): "1",
    },
    aliases=("กรรมการ", "committee member"),
)
EXCHANGES = Kind(
    "exchanges",
    N_("Resource exchanges"),
    ExchangeService,
    keys=("exchange_date", "from_partner_id", "to_partner_id", "kind", "description"),
    example={
        N_("Date of exchange"): "15/11/2569",
        N_("From (giver)"): "กลุ่มแม่บ้านบ้านนาคูณ",
        N_("Kind of resource"): "กำลังคน",
        N_("Status"): "ส่งมอบแล้ว",
        N_("Description"): "อาสาสมัครช่วยงานวันผู้สูงอายุ",
        N_("Quantity"): "12",
        N_("Unit"): "คน",
        N_("Value (baht)"): "3600",
    },
    aliases=("การแลกเปลี่ยนทรัพยากร", "exchange"),
    headers={
        "exchange_date": ("วันที่", "date"),
        "from_partner_id": ("จาก", "from"),
        "to_partner_id": ("ถึง", "to"),
        "value_baht": ("มูลค่า", "value"),
    },
)
AGREEMENTS = Kind(
    "agreements",
    N_("Agreements"),
    AgreementService,
    keys=("name",),
    example={
        N_("Kind of agreement"): "MOU",
        N_("Agreement title (Thai)"): "บันทึกข้อตกลงความร่วมมือการจัดการขยะชุมชน",
        N_("Date signed"): "1/12/2568",
        N_("Expiry date"): "30/9/2570",
        N_("Status"): "มีผลบังคับใช้",
        N_("Parties (partner names, one per line)"): "โรงเรียนบ้านนาคูณ\nวัดศรีสว่าง",
    },
    extra=AGREEMENT_PARTIES,
    aliases=("ข้อตกลง", "mou", "agreement"),
)
AGREEMENT_PARTY_KIND = Kind(
    "agreement_parties",
    N_("Agreement parties"),
    AgreementPartyService,
    keys=("agreement_id", "partner_id"),
    aliases=("คู่ภาคี",),
)
PLANS = Kind("plans", N_("Joint plans"), PlanService, keys=("name",), aliases=("แผน", "plan"))

# Import order: what a row links to is imported before it.
IMPORTABLE = (
    PARTNERS,
    CONTACTS,
    NETWORKS,
    NETWORK_MEMBERS,
    COMMITTEES,
    COMMITTEE_MEMBERS,
    AGREEMENTS,
    AGREEMENT_PARTY_KIND,
    PLANS,
    EXCHANGES,
)
# Exported in the whole-database workbook, after the importable ones.
EXPORT_ONLY = (
    Kind("plan_responsibilities", N_("Plan responsibilities"), PlanResponsibilityService),
    Kind("meetings", N_("Meetings"), MeetingService),
    Kind("attendance", N_("Attendance"), AttendanceService),
    Kind("agenda", N_("Agenda items"), AgendaService),
    Kind("decisions", N_("Resolutions"), DecisionService),
    Kind("decision_responsibles", N_("Responsible partners"), DecisionResponsibleService),
    Kind("decision_follow_ups", N_("Follow-up reports"), DecisionFollowUpService),
    Kind("agreement_signatories", N_("Signatories"), AgreementSignatoryService),
    Kind("activities", N_("Activities"), ActivityService),
    Kind("activity_participants", N_("Activity participants"), ActivityParticipantService),
    Kind("knowledge", N_("Knowledge items"), KnowledgeService),
)
KINDS = IMPORTABLE + EXPORT_ONLY


@cache
def _by_name() -> dict[str, Kind]:
    return {kind.name: kind for kind in KINDS}


def kind_named(name: str) -> Kind:
    """The kind called ``name`` on the command line; KeyError if there is none."""
    return _by_name()[name.strip().casefold().replace("-", "_")]
