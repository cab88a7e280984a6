"""What each official document says, read from the small demo office and compared with the
services read directly: names, B.E. dates, numbers as the office prints them."""

from __future__ import annotations

import uuid
from dataclasses import replace
from datetime import date, timedelta
from typing import Any

import pytest

from lao_desktop.db.database import open_database
from lao_desktop.documents.catalogue import BY_NAME, KINDS, gather, kind_named, resolve_record
from lao_desktop.documents.content.base import ContentError, Formats
from lao_desktop.documents.content.options import FreeText, ReportOptions
from lao_desktop.models.enums import AgendaKind, AttendanceStatus, Level
from lao_desktop.services import Services
from lao_desktop.services.query import ListQuery
from lao_desktop.thai.dates import format_date
from lao_desktop.thai.digits import to_thai_digits
from tests.documents.conftest import demo_copy

TODAY = date.today()


@pytest.fixture(scope="module")
def fmt(demo: Services) -> Formats:
    office = demo.office.current()
    assert office is not None and office.use_thai_digits  # the demo prints Thai digits
    return Formats(True)


def make(services: Services, kind: str, **options: Any) -> Any:
    return gather(kind_named(kind), services, ReportOptions(today=TODAY, **options))


LETTER = FreeText(
    subject="ขอความอนุเคราะห์ใช้สถานที่",
    to="ผู้อำนวยการโรงเรียนนาคูณใหญ่พัฒนศึกษา",
    body=("ด้วยองค์การบริหารส่วนตำบลนาคูณใหญ่จะจัดการประชุมในวันที่ 5 ธันวาคม 2569", "จึงเรียนมา"),
    reference="หนังสือ ที่ นพ 77601/123",
    enclosures=("กำหนดการ", "แผนที่"),
)


def test_every_kind_is_listed_once_with_a_description() -> None:
    names = [kind.name for kind in KINDS]
    assert len(names) == len(set(names)) == 15
    assert set(names) == {
        *("letter", "invitation", "memo", "order", "announcement", "minutes", "mou", "person"),
        *("directory", "exchanges", "agreements", "followup", "annual", "certificate", "audit"),
    }
    assert all(kind.description and kind.name.islower() for kind in KINDS)
    assert {k.name for k in KINDS if k.takes_year} == {"exchanges", "annual", "certificate"}
    assert BY_NAME["order"].layout_module == "lao_desktop.documents.kinds.order"


def test_letter_is_the_free_text_with_the_office_and_its_executive(demo: Services) -> None:
    content = make(demo, "letter", text=LETTER)
    office = demo.office.current()
    assert office is not None
    assert content.subject == LETTER.subject
    assert content.paragraphs[0].endswith("๕ ธันวาคม ๒๕๖๙")
    assert content.enclosures == ("กำหนดการ", "แผนที่")
    assert content.reference == "หนังสือ ที่ นพ ๗๗๖๐๑/๑๒๓"
    assert content.date == format_date(TODAY, "full", True)
    assert content.signatory.name == office.executive_name
    assert content.closing == "ขอแสดงความนับถือ"
    assert content.number == "นพ ๗๗๖๐๑/"
    assert "นครพนม" in content.office.address
    other = replace(LETTER, signer="นางสาวประภาพร สิทธิวงศ์", position="ปลัด")
    assert make(demo, "letter", text=other).signatory.position == "ปลัด"


def test_a_letter_without_its_text_is_refused(demo: Services) -> None:
    with pytest.raises(ContentError):
        make(demo, "letter")
    with pytest.raises(ContentError, match="--subject"):
        make(demo, "letter", text=replace(LETTER, subject=" "))


def test_minutes_hold_the_meeting_as_recorded(demo: Services, fmt: Formats) -> None:
    meeting_id = resolve_record(kind_named("minutes"), demo, ReportOptions(today=TODAY))
    assert meeting_id is not None
    meeting = demo.meetings.get(meeting_id)
    content = make(demo, "minutes", record_id=meeting_id)
    assert content.number == to_thai_digits(f"ครั้งที่ {meeting.number}/{meeting.year_be}")
    assert format_date(meeting.meeting_date, "full", True) in content.held_on
    assert content.place == meeting.place
    present = [a.person_name for a in meeting.attendance if a.status is AttendanceStatus.PRESENT]
    assert [p.name for p in content.present] == present
    away = [
        a
        for a in meeting.attendance
        if a.status in (AttendanceStatus.ABSENT, AttendanceStatus.ON_LEAVE)
    ]
    assert [p.name for p in content.absent] == [a.person_name for a in away]
    assert content.opened_at == fmt.time(meeting.start_time)
    assert content.closed_at.endswith(" น.")
    assert content.minute_taker.name == meeting.minutes_taker
    assert content.checker.name == meeting.minutes_checker
    decisions = demo.decisions.list(ListQuery(filters={"meeting_id": meeting.id})).items
    printed = [r.text for item in content.items for r in item.resolutions]
    assert sorted(printed) == sorted(to_thai_digits(d.text) for d in decisions)
    assert [i.number for i in content.items][:5] == [
        to_thai_digits(f"ระเบียบวาระที่ {n}") for n in range(1, 6)
    ]
    assert content.items[0].kind is AgendaKind.ANNOUNCEMENTS


def test_minutes_follow_up_earlier_resolutions_still_open(demo: Services) -> None:
    found = 0
    for meeting in demo.meetings.list(ListQuery(date_to=TODAY, limit=1000)).items:
        content = make(demo, "minutes", record_id=meeting.id)
        for line in content.follow_up:
            found += 1
            assert line.meeting.startswith("ครั้งที่ ")
            assert line.status
    assert found > 0


def test_invitation_is_for_the_next_meeting_with_its_agenda(demo: Services) -> None:
    content = make(demo, "invitation")
    coming = demo.meetings.list(ListQuery(date_from=TODAY, sort="date", limit=1)).items
    meeting = demo.meetings.get(coming[0].id) if coming else None
    assert meeting is not None
    assert content.meeting_title == meeting.title
    assert len(content.agenda) == len(meeting.agenda)
    assert {p.name for p in content.addressees} == {a.person_name for a in meeting.attendance}
    assert content.letter.subject.startswith("ขอเชิญประชุม")
    assert to_thai_digits(format_date(meeting.meeting_date)) in content.letter.paragraphs[0]


def test_memo_reports_a_meetings_resolutions_to_the_executive(demo: Services) -> None:
    content = make(demo, "memo")
    office = demo.office.current()
    assert office is not None
    held = demo.meetings.list(ListQuery(date_to=TODAY, sort="date", descending=True, limit=1))
    meeting = held.items[0]
    decisions = demo.decisions.list(ListQuery(filters={"meeting_id": meeting.id})).items
    assert content.to == office.executive_position
    assert content.title == "บันทึกข้อความ"
    assert len(content.items) == len(decisions)
    assert content.instructions_from.name == office.executive_name
    free = make(demo, "memo", text=LETTER)
    assert free.subject == LETTER.subject and free.items == ()


def test_order_lists_the_term_it_appoints_with_its_recorded_number(demo: Services) -> None:
    committees = demo.committees.list(ListQuery(sort="order_date", descending=True, limit=1))
    committee = demo.committees.get(committees.items[0].id)
    content = make(demo, "order")
    assert committee.order_number and committee.order_date
    assert content.number == to_thai_digits(committee.order_number)
    assert content.given_on.endswith(to_thai_digits(f"พ.ศ. {committee.order_date.year + 543}"))
    seated = demo.committees.current_members(committee.id, on=committee.term_start)
    assert [m.name for m in content.members] == [s.person_name for s in seated]
    assert content.members[0].position == "ประธานกรรมการ"
    assert content.duties and content.subject == f"แต่งตั้ง{committee.name}"


def test_an_order_without_a_recorded_number_is_left_blank(
    tmp_path_factory: pytest.TempPathFactory,
) -> None:
    copy = open_database(demo_copy(tmp_path_factory))
    services = Services(copy)
    committee = services.committees.list(ListQuery(limit=1)).items[0]
    services.committees.update(committee.id, {"order_number": None, "order_date": None})
    content = make(services, "order", record_id=committee.id)
    assert content.number == "" and not content.number_recorded
    assert content.given_on == ""
    copy.dispose()


def test_announcement_publishes_the_networks_vision_and_members(demo: Services) -> None:
    networks = demo.networks.list(ListQuery(sort="established_on", descending=True, limit=1))
    network = networks.items[0]
    content = make(demo, "announcement")
    members = demo.network_members.members_of(network.id, on=TODAY)
    assert [m.name for m in content.members] == [m.partner.name for m in members]
    assert content.vision[0] == to_thai_digits(network.vision.splitlines()[0].strip())
    assert content.given_on == to_thai_digits(
        f"{TODAY.day} {format_date(TODAY).split()[1]} พ.ศ. {TODAY.year + 543}"
    )


def test_mou_of_an_international_partner_is_bilingual(demo: Services) -> None:
    agreements = demo.agreements.list(ListQuery(limit=100)).items
    international = next(a for a in agreements if a.name_en)
    content = make(demo, "mou", record_id=international.id)
    assert content.bilingual and content.title_en == international.name_en
    assert content.objectives_en and content.term_en.startswith("This memorandum")
    abroad = [p for p in content.parties if p.name_en]
    assert abroad and all(p.obligations_en for p in abroad)
    assert content.witnesses and all(p.signatories for p in content.parties)
    local = next(a for a in agreements if not a.name_en and a.signed_on)
    thai = make(demo, "mou", record_id=local.id)
    assert not thai.bilingual and thai.document_title_en == "" and thai.title_en is None


def test_directory_has_every_partner_by_level_and_no_national_id(demo: Services) -> None:
    content = make(demo, "directory")
    partners = demo.partners.count()
    assert content.total == partners
    levels = [lv.level for lv in content.levels]
    assert levels[0] == "ระดับหมู่บ้าน" and levels[-1] == "ระดับต่างประเทศ"
    names = [p.name for lv in content.levels for s in lv.sectors for p in s.partners]
    assert len(names) == partners
    assert [p.number for lv in content.levels for s in lv.sectors for p in s.partners][:3] == [
        "๑",
        "๒",
        "๓",
    ]
    ids = {c.national_id for c in demo.contacts.list(ListQuery(limit=1000)).items if c.national_id}
    assert ids, "the demo should hold national ids for this test to mean something"
    text = repr(content)
    assert not any(i in text or to_thai_digits(i) in text for i in ids)
    village = demo.partners.count(ListQuery(filters={"level": Level.VILLAGE}))
    assert sum(len(s.partners) for s in content.levels[0].sectors) == village


def test_the_most_recent_record_is_used_without_an_id(demo: Services) -> None:
    minutes = resolve_record(kind_named("minutes"), demo, ReportOptions(today=TODAY))
    held = demo.meetings.list(ListQuery(date_to=TODAY, sort="date", descending=True, limit=5)).items
    assert minutes == held[0].id
    invitation = resolve_record(kind_named("invitation"), demo, ReportOptions(today=TODAY))
    assert demo.meetings.get(invitation).meeting_date >= TODAY
    order = resolve_record(kind_named("order"), demo, ReportOptions(today=TODAY))
    dates = [c.order_date for c in demo.committees.list().items if c.order_date]
    assert demo.committees.get(order).order_date == max(dates)
    mou = resolve_record(kind_named("mou"), demo, ReportOptions(today=TODAY))
    signed = [a.signed_on for a in demo.agreements.list().items if a.signed_on]
    assert demo.agreements.get(mou).signed_on == max(signed)


def test_an_id_of_another_kind_of_record_is_refused(demo: Services) -> None:
    partner = demo.partners.list(ListQuery(limit=1)).items[0]
    with pytest.raises(ContentError, match="ภาคี"):
        make(demo, "minutes", record_id=partner.id)
    with pytest.raises(ContentError, match=str(uuid.UUID(int=7))):
        make(demo, "order", record_id=uuid.UUID(int=7))
    with pytest.raises(ContentError, match="--id"):
        make(demo, "directory", record_id=partner.id)


def test_an_empty_database_has_nothing_to_print(services: Services) -> None:
    with pytest.raises(ContentError):  # no office yet
        make(services, "directory")
    services.office.save({"name": "องค์การบริหารส่วนตำบลทดสอบ", "office_type": "sao"})
    with pytest.raises(ContentError, match="การประชุม"):
        make(services, "minutes")
    assert make(services, "directory").total == 0


def test_years_are_buddhist_era(demo: Services) -> None:
    with pytest.raises(ContentError, match="2569"):
        make(demo, "exchanges", year=2026)
    with pytest.raises(ContentError):
        make(demo, "exchanges", year=25690)
    with pytest.raises(ContentError, match="--year"):
        make(demo, "order", year=2569)
    assert make(demo, "exchanges").fiscal_year == TODAY.year + 543 + (TODAY.month >= 10)


def test_dates_are_printed_in_the_offices_digits(demo: Services) -> None:
    arabic = Formats(False)
    thai = Formats(True)
    day = date(2026, 11, 21)
    assert arabic.date(day) == "21 พฤศจิกายน 2569"
    assert thai.date_with_be(day) == "๒๑ พฤศจิกายน พ.ศ. ๒๕๖๙"
    assert thai.digits("โทร 042 ดู https://x.example/2569 หรือ a1@b.go.th") == (
        "โทร ๐๔๒ ดู https://x.example/2569 หรือ a1@b.go.th"
    )
    assert thai.fiscal_year(2569) == "ปีงบประมาณ พ.ศ. ๒๕๖๙ (๑ ตุลาคม ๒๕๖๘ – ๓๐ กันยายน ๒๕๖๙)"
    assert thai.weekday_date(day) == "วันเสาร์ที่ ๒๑ พฤศจิกายน ๒๕๖๙"
    assert arabic.period(day, day + timedelta(days=1)).startswith("ตั้งแต่วันที่ 21")
