"""A contact person with distinctive personal values, appearing in every kind of record
that can hold a person (seats on committees with and without an order, attendance, a
network they coordinate, an agreement they signed, an activity and a network membership
that mention them), for the personal-data tests."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date

from lao_desktop.models.enums import Role
from lao_desktop.services import Actor, Services
from lao_desktop.thai.idcard import check_digit
from tests.factories import thai_partner

FIRST, LAST, TITLE = "สมชาย", "ทดสอบข้อมูล", "นาย"
FULL_NAME = f"{TITLE}{FIRST} {LAST}"
NATIONAL_ID = "310050123456" + str(check_digit("310050123456"))
PHONE = "0897654321"
LINE_ID = "somchai.pdpa77"
EMAIL = "somchai.pdpa77@example.co.th"
POSITION = "ผู้ใหญ่บ้านหมู่ที่ 4 บ้านโนนสูง"
NOTES = "ติดต่อได้ช่วงเย็นที่บ้านเลขที่ 99/9"
# What must never show outside the person's own export (digits as stored and as printed).
PERSONAL_VALUES = (
    NATIONAL_ID,
    f"{NATIONAL_ID[0]}-{NATIONAL_ID[1:5]}-{NATIONAL_ID[5:10]}-{NATIONAL_ID[10:12]}-{NATIONAL_ID[12]}",
    PHONE,
    "089-765-4321",
    LINE_ID,
    EMAIL,
    NOTES,
)

CLERK = Actor(None, "clerk", Role.CLERK)
EXECUTIVE = Actor(None, "nayok", Role.EXECUTIVE)
ADMIN = Actor(None, "admin", Role.ADMIN)


@dataclass(frozen=True)
class World:
    contact_id: uuid.UUID
    partner_id: uuid.UUID
    official_seat: uuid.UUID  # on a committee appointed by an order
    working_seat: uuid.UUID  # on a committee without an order
    attendance: uuid.UUID
    network: uuid.UUID
    membership: uuid.UUID
    signatory: uuid.UUID
    participant: uuid.UUID


def as_role(services: Services, actor: Actor) -> Services:
    return Services(services.ctx.db, actor)


def build_world(services: Services) -> World:
    with services.transaction():
        partner = services.partners.create(thai_partner())
        contact = services.contacts.create(
            {
                "partner_id": partner.id,
                "title": TITLE,
                "first_name": FIRST,
                "last_name": LAST,
                "position": POSITION,
                "phone": PHONE,
                "line_id": LINE_ID,
                "email": EMAIL,
                "national_id": NATIONAL_ID,
                "notes": NOTES,
            }
        )
        appointed = services.committees.create(
            {"name": "คณะกรรมการเครือข่ายสวัสดิการชุมชน", "order_number": "12/2569"}
        )
        working = services.committees.create({"name": "คณะทำงานจัดงานประเพณีบุญบั้งไฟ"})
        official = services.committee_members.create(
            {"committee_id": appointed.id, "contact_id": contact.id, "position": "member"}
        )
        informal = services.committee_members.create(
            {
                "committee_id": working.id,
                "contact_id": contact.id,
                "person_title": POSITION,
                "position": "member",
            }
        )
        meeting = services.meetings.create(
            {
                "committee_id": appointed.id,
                "title": "การประชุมคณะกรรมการเครือข่ายสวัสดิการชุมชน",
                "meeting_date": date(2026, 3, 5),
                "chair_name": FULL_NAME,
            }
        )
        attendance = services.attendance.create(
            {"meeting_id": meeting.id, "committee_member_id": official.id, "status": "present"}
        )
        network = services.networks.create(
            {
                "name": "เครือข่ายสวัสดิการชุมชนตำบลนาคูณใหญ่",
                "level": "subdistrict",
                "pillar": "people",
                "form": "partner_network",
                "coordinator_partner_id": partner.id,
                "coordinator_contact_id": contact.id,
            }
        )
        membership = services.network_members.create(
            {
                "network_id": network.id,
                "partner_id": partner.id,
                "notes": f"ประสานงานผ่าน{FULL_NAME} ทุกเดือน",
            }
        )
        agreement = services.agreements.create(
            {"kind": "mou", "name": "บันทึกข้อตกลงความร่วมมือด้านสวัสดิการชุมชน"}
        )
        signatory = services.agreement_signatories.create(
            {
                "agreement_id": agreement.id,
                "name": FULL_NAME,
                "position": "ผู้ใหญ่บ้าน",
                "is_witness": True,
            }
        )
        activity = services.activities.create(
            {"name": "อบรมอาสาสมัครดูแลผู้สูงอายุ", "kind": "training", "start_on": date(2026, 2, 1)}
        )
        participant = services.activity_participants.create(
            {"activity_id": activity.id, "partner_id": partner.id, "role": f"วิทยากร: {FULL_NAME}"}
        )
    return World(
        contact.id,
        partner.id,
        official.id,
        informal.id,
        attendance.id,
        network.id,
        membership.id,
        signatory.id,
        participant.id,
    )
