"""A data subject's own data (รายงานข้อมูลส่วนบุคคลของเจ้าของข้อมูล), for a request under the
Personal Data Protection Act B.E. 2562: every field held about one contact person (the
national ID number in full: it is theirs), the records of other registers that hold them and
what an erasure would keep, and the audit trail about them.

``person(services, contact_id, options)`` gathers it through ``export_person``
(administrators only, audited as "export"); ``person_content(report, office, day)`` turns a
report already gathered (the one also written as JSON) into the printed strings.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any, Final

from lao_desktop.documents.content.base import Formats, OfficeInfo, office_info
from lao_desktop.documents.content.options import ReportOptions
from lao_desktop.services.personal_report import AuditLine, HeldRecord, PersonReport
from lao_desktop.services.registry import Services
from lao_desktop.thai.dates import format_datetime_be
from lao_desktop.thai.idcard import NationalIdError, format_national_id

TITLE: Final = "รายงานข้อมูลส่วนบุคคลของเจ้าของข้อมูล"
LAW: Final = "ตามพระราชบัญญัติคุ้มครองข้อมูลส่วนบุคคล พ.ศ. 2562"
# The contact's fields as the document names them, in the order printed.
FIELDS: Final = (
    ("title", "คำนำหน้าชื่อ"),
    ("first_name", "ชื่อ"),
    ("last_name", "นามสกุล"),
    ("position", "ตำแหน่ง"),
    ("phone", "หมายเลขโทรศัพท์"),
    ("line_id", "LINE ID"),
    ("email", "อีเมล"),
    ("national_id", "เลขประจำตัวประชาชน"),
    ("is_primary", "ผู้ติดต่อหลักของภาคี"),
    ("notes", "หมายเหตุ"),
    ("created_at", "บันทึกข้อมูลเมื่อ"),
    ("updated_at", "แก้ไขล่าสุดเมื่อ"),
    ("deleted_at", "ย้ายไปถังขยะเมื่อ"),
)
TABLES: Final = {
    "contact_persons": "ข้อมูลผู้ติดต่อ",
    "committee_members": "กรรมการหรือคณะทำงาน",
    "meeting_attendance": "การเข้าประชุม",
    "networks": "ผู้ประสานงานเครือข่าย",
    "meetings": "ประธาน ผู้จดหรือผู้ตรวจรายงานการประชุม",
    "agreement_signatories": "ผู้ลงนามในข้อตกลง",
    "decision_responsibles": "ผู้รับผิดชอบตามมติที่ประชุม",
    "plan_responsibilities": "ผู้รับผิดชอบในแผนงานร่วม",
    "activity_participants": "ผู้เข้าร่วมกิจกรรม",
    "network_members": "สมาชิกเครือข่าย",
}
FOUND_BY: Final = {"link": "เชื่อมโยงกับข้อมูลผู้ติดต่อ", "name": "ระบุชื่อไว้ในรายการ"}
KEPT: Final = {True: "เก็บไว้ตามที่บันทึก", False: "ลบชื่อออก"}
ACTIONS: Final = {
    "create": "เพิ่มข้อมูล",
    "update": "แก้ไขข้อมูล",
    "delete": "ย้ายไปถังขยะ",
    "restore": "กู้คืนจากถังขยะ",
    "view": "ดูเลขประจำตัวประชาชน",
    "export": "ส่งออกข้อมูลตามคำขอ",
    "erase": "ลบข้อมูลส่วนบุคคล",
}
NOTES: Final = (
    "เอกสารนี้จัดทำตามคำขอของเจ้าของข้อมูลส่วนบุคคล เพื่อแจ้งข้อมูลทั้งหมดที่หน่วยงานเก็บรักษา"
    "เกี่ยวกับเจ้าของข้อมูล รายการในทะเบียนอื่นที่มีชื่อเจ้าของข้อมูล และประวัติการบันทึก การเข้าถึง "
    "และการส่งออกข้อมูลดังกล่าว",
    "รายการที่ระบุว่า “เก็บไว้ตามที่บันทึก” เป็นเอกสารทางราชการหรือข้อตกลงที่ต้องเก็บรักษาไว้ "
    "(คำสั่งแต่งตั้ง รายงานการประชุม มติที่ประชุม และข้อตกลงที่ลงนามแล้ว) หากเจ้าของข้อมูลขอให้ลบ"
    "ข้อมูล รายการเหล่านี้จะยังคงชื่อตามที่บันทึกไว้ แต่ข้อมูลติดต่อจะถูกลบออกทั้งหมด",
    "เอกสารนี้มีเลขประจำตัวประชาชนของเจ้าของข้อมูลแสดงเต็ม โปรดมอบแก่เจ้าของข้อมูลโดยตรง",
)


@dataclass(frozen=True)
class RecordRow:
    number: str
    kind: str
    summary: str
    found_by: str
    on_erasure: str


@dataclass(frozen=True)
class AuditRow:
    number: str
    when: str
    user: str
    action: str
    what: str


@dataclass(frozen=True)
class PersonContent:
    office: OfficeInfo
    title: str
    lines: tuple[str, ...]  # under the title: the office, the law, the date
    name: str
    partner: str
    fields: tuple[tuple[str, str], ...]  # (label, value) of every field held
    records: tuple[RecordRow, ...]
    audit: tuple[AuditRow, ...]
    notes: tuple[str, ...]
    made_by: str


def person(services: Services, contact_id: uuid.UUID, options: ReportOptions) -> PersonContent:
    report = services.personal_data.export_person(contact_id)
    return person_content(report, office_info(services), options.day)


def person_content(report: PersonReport, office: OfficeInfo, day: date) -> PersonContent:
    fmt = Formats(office.thai_digits)
    return PersonContent(
        office=office,
        title=TITLE,
        lines=(office.name, LAW, f"ข้อมูล ณ วันที่ {fmt.date(day)}"),
        name=report.full_name,
        partner=report.partner_name,
        fields=tuple(_fields(report, fmt)),
        records=tuple(_record(n, r, fmt) for n, r in enumerate(report.records, start=1)),
        audit=tuple(_audit(n, a, fmt) for n, a in enumerate(report.audit, start=1)),
        notes=NOTES,
        made_by=report.made_by,
    )


def _fields(report: PersonReport, fmt: Formats) -> list[tuple[str, str]]:
    values = report.person
    rows = [("ภาคีที่สังกัด", report.partner_name)]
    for key, label in FIELDS:
        rows.append((label, _value(key, values.get(key), fmt)))
    return rows


def _value(key: str, value: Any, fmt: Formats) -> str:
    if value is None or value == "":
        return "-"
    if key == "national_id":
        try:
            return fmt.digits(format_national_id(str(value)))
        except NationalIdError:
            return str(value)
    if key == "phone":
        return fmt.phone(str(value))
    if key == "is_primary":
        return "ใช่" if value else "ไม่ใช่"
    if key.endswith("_at"):
        return _when(datetime.fromisoformat(str(value)), fmt)
    # Machine text (a LINE ID, an e-mail address) keeps its Arabic digits.
    return str(value) if key in ("line_id", "email") else fmt.digits(str(value))


def _when(moment: datetime, fmt: Formats) -> str:
    return fmt.digits(format_datetime_be(moment.astimezone()))


def _record(number: int, record: HeldRecord, fmt: Formats) -> RecordRow:
    return RecordRow(
        number=fmt.number(number),
        kind=TABLES.get(record.table, record.table),
        summary=fmt.digits(record.summary),
        found_by=FOUND_BY.get(record.found_by, record.found_by),
        on_erasure=KEPT[record.kept],
    )


def _audit(number: int, line: AuditLine, fmt: Formats) -> AuditRow:
    labels = dict(FIELDS)
    changed = [labels.get(key, key) for key in line.changes if key in labels]
    what = TABLES.get(line.entity, line.entity)
    if line.summary:
        what += f": {line.summary}"
    if changed and line.entity == "contact_persons":
        what += f" ({', '.join(changed)})"
    return AuditRow(
        number=fmt.number(number),
        when=_when(line.at, fmt),
        user=line.username,
        action=ACTIONS.get(line.action, line.action),
        what=fmt.digits(what),
    )
