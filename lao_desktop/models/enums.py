"""Fixed lists of the domain, each value with a label in the catalogue (Thai first).

Stored as their short English values; shown through ``label``. ``parse`` accepts the value,
the English label or the Thai label, as typed in a form, a command or a spreadsheet.
"""

from __future__ import annotations

from enum import StrEnum
from functools import cache
from typing import Self

from lao_desktop.i18n import LANGUAGES, N_, _, translate


class LabeledEnum(StrEnum):
    msgid: str

    def __new__(cls, value: str, msgid: str) -> Self:
        member = str.__new__(cls, value)
        member._value_ = value
        member.msgid = msgid
        return member

    @property
    def label(self) -> str:
        return _(self.msgid)

    @classmethod
    def parse(cls, text: str) -> Self:
        wanted = " ".join(text.split()).casefold()
        for member in cls:
            if wanted in member.names():
                return member
        # The start of one label only, as offices abbreviate in their lists
        # ("ภาคประชาชน" for "ภาคประชาชนและประชาสังคม").
        if len(wanted) >= 4:
            starting = {m for m in cls for name in m.names() if name.startswith(wanted)}
            if len(starting) == 1:
                return starting.pop()
        raise ValueError(text)

    def names(self) -> frozenset[str]:
        """What a person may type for this member: its value, its labels in every language,
        and their short forms ("ท้องที่" for "ท้องที่ (กำนัน ผู้ใหญ่บ้าน)", either side of "/")."""
        return _names(type(self), self.value, self.msgid)


# By class and value, not by member: members of two enums with the same value are equal.
@cache  # the catalogues do not change while the program runs; an import parses 10,000s
def _names(_enum: type[LabeledEnum], value: str, msgid: str) -> frozenset[str]:
    names = {value}
    for code in LANGUAGES:
        label = translate(msgid, code).casefold()
        short = label.split(" (")[0].split(":")[0].strip()
        names |= {label, short, *(part.strip() for part in short.split("/"))}
    return frozenset(names)


class Sector(LabeledEnum):
    STATE = "state", N_("Government agency")
    PRIVATE = "private", N_("Private sector")
    CIVIL_SOCIETY = "civil_society", N_("Civil society")
    COMMUNITY = "community", N_("Community / people")
    ACADEMIC = "academic", N_("Academic institution")
    RELIGIOUS = "religious", N_("Religious institution")
    OTHER_LAO = "other_lao", N_("Other local administration")


class Pillar(LabeledEnum):
    LOCAL_GOVERNMENT = "local_government", N_("Local government (thongthin)")
    LOCALITY = "locality", N_("Locality: kamnan and village heads (thongthi)")
    PEOPLE = "people", N_("People and civil society")


class Level(LabeledEnum):
    """Where a partner or network works, from the smallest area up."""

    VILLAGE = "village", N_("Village")
    SUBDISTRICT = "subdistrict", N_("Subdistrict")
    DISTRICT = "district", N_("District")
    PROVINCE = "province", N_("Province")
    NATIONAL = "national", N_("National")
    INTERNATIONAL = "international", N_("International")


class NetworkForm(LabeledEnum):
    COMMITTEE = "committee", N_("Committee")
    PARTNER_NETWORK = "partner_network", N_("Partner network")


class CommitteePosition(LabeledEnum):
    CHAIR = "chair", N_("Chair")
    VICE_CHAIR = "vice_chair", N_("Vice chair")
    MEMBER = "member", N_("Member")
    MEMBER_SECRETARY = "member_secretary", N_("Member and secretary")
    ASSISTANT_SECRETARY = "assistant_secretary", N_("Assistant secretary")
    ADVISOR = "advisor", N_("Advisor")


class AttendanceStatus(LabeledEnum):
    PRESENT = "present", N_("Present")
    ABSENT = "absent", N_("Absent")
    ON_LEAVE = "on_leave", N_("On leave")
    INVITED = "invited", N_("Invited guest")


class AgendaKind(LabeledEnum):
    """The five standard items (ระเบียบวาระ) of a Thai official meeting."""

    ANNOUNCEMENTS = "announcements", N_("Matters the chair informs the meeting of")
    CONFIRM_MINUTES = "confirm_minutes", N_("Confirmation of the previous minutes")
    FOLLOW_UP = "follow_up", N_("Matters arising / follow-up")
    FOR_DECISION = "for_decision", N_("Matters for consideration")
    OTHER = "other", N_("Other matters")


class DecisionStatus(LabeledEnum):
    PENDING = "pending", N_("Not started")
    IN_PROGRESS = "in_progress", N_("In progress")
    DONE = "done", N_("Done")
    CANCELLED = "cancelled", N_("Cancelled")


class ExchangeKind(LabeledEnum):
    MANPOWER = "manpower", N_("Manpower")
    BUDGET = "budget", N_("Budget")
    EQUIPMENT = "equipment", N_("Equipment")
    VENUE = "venue", N_("Venue")
    VEHICLE = "vehicle", N_("Vehicle")
    KNOWLEDGE = "knowledge", N_("Knowledge")
    OTHER = "other", N_("Other")


class ExchangeStatus(LabeledEnum):
    PLEDGED = "pledged", N_("Pledged")
    DELIVERED = "delivered", N_("Delivered")
    RETURNED = "returned", N_("Returned")
    CANCELLED = "cancelled", N_("Cancelled")


class AgreementKind(LabeledEnum):
    MOU = "mou", N_("Memorandum of understanding (MOU)")
    MOA = "moa", N_("Memorandum of agreement (MOA)")
    CONTRACT = "contract", N_("Other agreement or contract")


class AgreementStatus(LabeledEnum):
    DRAFT = "draft", N_("Draft")
    ACTIVE = "active", N_("In force")
    EXPIRED = "expired", N_("Expired")
    TERMINATED = "terminated", N_("Terminated")


class PlanStatus(LabeledEnum):
    PLANNED = "planned", N_("Planned")
    ONGOING = "ongoing", N_("Ongoing")
    COMPLETED = "completed", N_("Completed")
    CANCELLED = "cancelled", N_("Cancelled")


class ActivityKind(LabeledEnum):
    TRAINING = "training", N_("Training")
    STUDY_VISIT = "study_visit", N_("Study visit")
    ACADEMIC_MEETING = "academic_meeting", N_("Academic meeting")
    PUBLIC_RELATIONS = "public_relations", N_("Public relations")
    JOINT_WORK = "joint_work", N_("Joint work")
    OTHER = "other", N_("Other")


class KnowledgeKind(LabeledEnum):
    LESSON = "lesson", N_("Lesson learned")
    GOOD_PRACTICE = "good_practice", N_("Good practice")
    MANUAL = "manual", N_("Manual or guide")
    RESEARCH = "research", N_("Research")


class Role(LabeledEnum):
    CLERK = "clerk", N_("Clerk")
    EXECUTIVE = "executive", N_("Executive")
    ADMIN = "admin", N_("Administrator")


class OfficeType(LabeledEnum):
    SAO = "sao", N_("Subdistrict administrative organization")
    SUBDISTRICT_MUNICIPALITY = "subdistrict_municipality", N_("Subdistrict municipality")
    TOWN_MUNICIPALITY = "town_municipality", N_("Town municipality")
    CITY_MUNICIPALITY = "city_municipality", N_("City municipality")
    PAO = "pao", N_("Provincial administrative organization")
