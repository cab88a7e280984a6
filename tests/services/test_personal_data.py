"""Personal data (PDPA): national ID numbers masked unless revealed (audited), a data
subject's export, erasure that keeps the records the law requires, and no personal value in
logs, messages or the audit trail."""

from __future__ import annotations

import json
import logging
import uuid
from pathlib import Path

import pytest
from sqlalchemy import select, text

from lao_desktop.errors import (
    ConflictError,
    DomainError,
    NotFoundError,
    PermissionDeniedError,
    ValidationError,
)
from lao_desktop.models import (
    ActivityParticipant,
    AgreementSignatory,
    AuditEntry,
    CommitteeMember,
    ContactPerson,
    MeetingAttendance,
    Network,
    NetworkMember,
)
from lao_desktop.services import ListQuery, Services
from lao_desktop.services.audit import HIDDEN, first_broken_entry
from lao_desktop.services.personal_erase import PLACEHOLDER
from lao_desktop.services.personal_report import PersonReport, write_json
from tests.support.personal import (
    ADMIN,
    CLERK,
    EMAIL,
    EXECUTIVE,
    FIRST,
    FULL_NAME,
    LAST,
    LINE_ID,
    NATIONAL_ID,
    PERSONAL_VALUES,
    PHONE,
    World,
    as_role,
    build_world,
)

SHOWN_ID = PERSONAL_VALUES[1]  # 3-1005-01234-56-x as on the card
MASKED_ID = f"x-xxxx-xxxxx-{NATIONAL_ID[10:12]}-{NATIONAL_ID[12]}"


@pytest.fixture
def world(services: Services) -> World:
    return build_world(services)


def _audit(services: Services, action: str) -> list[AuditEntry]:
    with services.ctx.reading() as session:
        stmt = select(AuditEntry).where(AuditEntry.action == action).order_by(AuditEntry.id)
        return list(session.scalars(stmt))


def _stored(services: Services, contact_id: uuid.UUID) -> ContactPerson:
    """The row as the database holds it (a fresh read of every column, the ID in clear)."""
    with services.ctx.reading() as session:
        row = session.execute(
            select(ContactPerson.__table__).where(ContactPerson.id == contact_id)
        ).one()
    return row  # type: ignore[return-value]


def _whole_trail(services: Services) -> str:
    with services.ctx.reading() as session:
        rows = session.execute(text("SELECT * FROM audit_log")).all()
    return "\n".join(str(tuple(row)) for row in rows)


# -- masked by default ------------------------------------------------------------------------


def test_every_way_a_contact_is_handed_out_is_masked(services: Services, world: World) -> None:
    clerk = as_role(services, CLERK)
    assert clerk.contacts.get(world.contact_id).national_id == MASKED_ID
    listed = clerk.contacts.list(ListQuery(filters={"partner_id": world.partner_id})).items
    assert [c.national_id for c in listed] == [MASKED_ID]
    assert [c.national_id for c in clerk.partners.get(world.partner_id).contacts] == [MASKED_ID]
    network = clerk.networks.get(world.network)
    assert network.coordinator_contact is not None
    assert network.coordinator_contact.national_id == MASKED_ID
    updated = clerk.contacts.update(world.contact_id, {"position": "กำนัน"})
    assert updated.national_id == MASKED_ID
    assert _stored(services, world.contact_id).national_id == NATIONAL_ID


def test_search_text_and_names_hold_no_id(services: Services, world: World) -> None:
    row = _stored(services, world.contact_id)
    assert NATIONAL_ID not in row.search_text and NATIONAL_ID[-4:] not in row.search_text
    names = services.contacts.names([world.contact_id])
    assert names == {world.contact_id: FULL_NAME}
    assert services.contacts.count(ListQuery(text=NATIONAL_ID)) == 0


def test_an_edit_form_giving_back_the_mask_keeps_the_stored_number(
    services: Services, world: World
) -> None:
    clerk = as_role(services, CLERK)
    contact = clerk.contacts.get(world.contact_id)
    form = {key: getattr(contact, key) for key in clerk.contacts.schema.fields}
    form["position"] = "กำนันตำบลนาคูณใหญ่"
    clerk.contacts.update(contact.id, form, expected_version=contact.version)
    assert _stored(services, world.contact_id).national_id == NATIONAL_ID
    # The number typed again as it is stored: unchanged too, no change recorded.
    before = len(_audit(services, "update"))
    clerk.contacts.update(contact.id, {"national_id": SHOWN_ID})
    assert len(_audit(services, "update")) == before
    # A new number replaces it; an emptied box clears it.
    clerk.contacts.update(contact.id, {"national_id": "1-2345-67890-12-1"})
    assert _stored(services, world.contact_id).national_id == "1234567890121"
    clerk.contacts.update(contact.id, {"national_id": ""})
    assert _stored(services, world.contact_id).national_id is None


def test_a_new_contact_with_a_masked_number_is_told_to_type_it(
    services: Services, world: World, english: None
) -> None:
    with pytest.raises(ValidationError) as error:
        services.contacts.create(
            {"partner_id": world.partner_id, "first_name": "สมหญิง", "national_id": MASKED_ID}
        )
    assert "whole 13-digit number" in error.value.for_field("national_id")[0]


# -- reveal -----------------------------------------------------------------------------------


@pytest.mark.parametrize("actor", [CLERK, ADMIN], ids=["clerk", "admin"])
def test_clerk_and_admin_may_reveal_and_each_time_is_audited(
    services: Services, world: World, actor: object
) -> None:
    acting = as_role(services, actor)  # type: ignore[arg-type]
    assert acting.personal_data.reveal_national_id(world.contact_id) == SHOWN_ID
    assert acting.personal_data.reveal_national_id(world.contact_id) == SHOWN_ID
    views = _audit(services, "view")
    assert len(views) == 2
    assert {(v.entity, v.entity_id, v.username) for v in views} == {
        ("contact_persons", world.contact_id, acting.ctx.actor.username)
    }
    assert views[0].summary == FULL_NAME
    assert NATIONAL_ID not in _whole_trail(services)


def test_executive_may_not_reveal_and_nothing_is_recorded(services: Services, world: World) -> None:
    with pytest.raises(PermissionDeniedError):
        as_role(services, EXECUTIVE).personal_data.reveal_national_id(world.contact_id)
    assert _audit(services, "view") == []


def test_reveal_of_unknown_or_deleted_contact(services: Services, world: World) -> None:
    clerk = as_role(services, CLERK)
    with pytest.raises(NotFoundError):
        clerk.personal_data.reveal_national_id(uuid.uuid4())
    clerk.contacts.delete(world.contact_id)
    with pytest.raises(NotFoundError):
        clerk.personal_data.reveal_national_id(world.contact_id)
    assert _audit(services, "view") == []


def test_reveal_without_a_number_gives_empty(services: Services, world: World) -> None:
    contact = services.contacts.create({"partner_id": world.partner_id, "first_name": "สมศรี"})
    assert as_role(services, CLERK).personal_data.reveal_national_id(contact.id) == ""


# -- export -----------------------------------------------------------------------------------


def test_export_holds_everything_about_the_person(
    services: Services, world: World, tmp_path: Path
) -> None:
    admin = as_role(services, ADMIN)
    report = admin.personal_data.export_person(world.contact_id)
    assert report.full_name == FULL_NAME
    person = report.person
    assert (person["first_name"], person["last_name"]) == (FIRST, LAST)
    assert person["national_id"] == NATIONAL_ID  # the subject's own: in clear
    assert (person["phone"], person["line_id"], person["email"]) == (PHONE, LINE_ID, EMAIL)
    found = {(r.table, r.record_id): r for r in report.records}
    assert set(found) == {
        ("committee_members", world.official_seat),
        ("committee_members", world.working_seat),
        ("meeting_attendance", world.attendance),
        ("networks", world.network),
        ("meetings", found_meeting_id(report)),
        ("network_members", world.membership),
        ("agreement_signatories", world.signatory),
        ("activity_participants", world.participant),
    }
    assert found["committee_members", world.official_seat].kept
    assert not found["committee_members", world.working_seat].kept
    assert found["agreement_signatories", world.signatory].found_by == "name"
    assert {a.action for a in report.audit} == {"create"}
    assert {a.entity for a in report.audit} >= {"contact_persons", "committee_members"}

    written = write_json(report, tmp_path / "person.json")
    data = json.loads(written.read_text(encoding="utf-8"))
    assert data["person"]["national_id"] == NATIONAL_ID
    assert data["partner"]["id"] == str(world.partner_id)
    assert len(data["records"]) == len(report.records)
    assert "sort_key" not in data["person"]
    assert {r["kind"] for r in data["records"]} >= {"Agreement signature", "Network coordinator"}

    exports = _audit(services, "export")
    assert [(e.entity_id, e.username) for e in exports] == [(world.contact_id, "admin")]
    assert NATIONAL_ID not in _whole_trail(services)


def found_meeting_id(report: PersonReport) -> uuid.UUID:
    return next(r.record_id for r in report.records if r.table == "meetings")


@pytest.mark.parametrize("actor", [CLERK, EXECUTIVE], ids=["clerk", "executive"])
def test_only_an_administrator_exports_or_erases(
    services: Services, world: World, actor: object
) -> None:
    acting = as_role(services, actor)  # type: ignore[arg-type]
    with pytest.raises(PermissionDeniedError):
        acting.personal_data.export_person(world.contact_id)
    with pytest.raises(PermissionDeniedError):
        acting.personal_data.erase_person(world.contact_id, "คำขอของเจ้าของข้อมูล")
    assert _audit(services, "export") == [] and _audit(services, "erase") == []
    assert _stored(services, world.contact_id).first_name == FIRST


def test_unknown_contact_is_refused_clearly(services: Services, english: None) -> None:
    admin = as_role(services, ADMIN)
    ident = uuid.uuid4()
    with pytest.raises(NotFoundError, match=f"Contact person {ident} was not found"):
        admin.personal_data.export_person(ident)
    with pytest.raises(NotFoundError, match=str(ident)):
        admin.personal_data.erase_person(ident, "คำขอ")


# -- erase ------------------------------------------------------------------------------------


def test_erase_clears_the_person_and_keeps_the_legal_records(
    services: Services, world: World
) -> None:
    admin = as_role(services, ADMIN)
    result = admin.personal_data.erase_person(world.contact_id, "คำขอลงวันที่ 1 มีนาคม 2569")
    row = _stored(services, world.contact_id)
    assert row.first_name == result.placeholder and row.first_name.startswith(PLACEHOLDER)
    assert (row.title, row.last_name, row.notes) == ("", "", "")
    assert (row.phone, row.line_id, row.email, row.national_id, row.position) == (None,) * 5
    assert row.deleted_at is not None  # out of the partner's contacts
    assert FIRST not in row.search_text and LAST not in row.sort_key
    with services.ctx.reading() as session:
        seat = session.get(CommitteeMember, world.official_seat)
        working = session.get(CommitteeMember, world.working_seat)
        network = session.get(Network, world.network)
        attendance = session.get(MeetingAttendance, world.attendance)
        signatory = session.get(AgreementSignatory, world.signatory)
        participant = session.get(ActivityParticipant, world.participant)
        membership = session.get(NetworkMember, world.membership)
        assert seat is not None and working is not None and network is not None
        assert attendance is not None and signatory is not None
        assert participant is not None and membership is not None
        # Kept: the appointment order, the minutes, the signature.
        assert seat.person_name == FULL_NAME
        assert attendance.person_name == FULL_NAME
        assert signatory.name == FULL_NAME
        # Removed where no law keeps it.
        assert working.person_name == result.placeholder and working.person_title is None
        assert network.coordinator_contact_id is None
        assert network.coordinator_partner_id == world.partner_id
        assert participant.role == f"วิทยากร: {result.placeholder}"
        assert FULL_NAME not in membership.notes and result.placeholder in membership.notes
    assert result.changed == {
        "committee_members": 1,
        "networks": 1,
        "activity_participants": 1,
        "network_members": 1,
    }
    assert result.kept == {
        "committee_members": 1,
        "meeting_attendance": 1,
        "meetings": 1,
        "agreement_signatories": 1,
    }
    # Search no longer finds the person among the contacts.
    for words in (FIRST, LAST, PHONE, "089-765"):
        query = ListQuery(text=words, trash=True)
        assert services.contacts.count(query) == 0, words
    assert as_role(services, ADMIN).personal_data.find_contacts(FULL_NAME) == []


def test_erase_is_audited_with_the_reason_only(services: Services, world: World) -> None:
    reason = "คำขอของเจ้าของข้อมูล เลขรับ 45/2569"
    result = as_role(services, ADMIN).personal_data.erase_person(world.contact_id, reason)
    erased = _audit(services, "erase")
    assert len(erased) == 5  # four other rows and the contact, in the erasing transaction
    own = erased[-1]
    assert (own.entity, own.entity_id, own.username) == (
        "contact_persons",
        world.contact_id,
        "admin",
    )
    assert own.summary == result.placeholder
    changes = json.loads(own.changes)
    assert changes["reason"] == [None, reason]
    assert all(old == HIDDEN for key, (old, _new) in changes.items() if key != "reason")
    entries = "\n".join(f"{e.summary} {e.changes}" for e in erased)
    assert FIRST not in entries and LAST not in entries
    for value in PERSONAL_VALUES:
        assert value not in _whole_trail(services)
    with services.ctx.reading() as session:
        assert first_broken_entry(session) is None


def test_erase_twice_changes_nothing_more(services: Services, world: World) -> None:
    admin = as_role(services, ADMIN)
    first = admin.personal_data.erase_person(world.contact_id, "คำขอ")
    entries = len(_audit(services, "erase"))
    again = admin.personal_data.erase_person(world.contact_id, "คำขอซ้ำ")
    assert again.placeholder == first.placeholder
    assert not again.did_anything and again.cleared == [] and again.changed == {}
    assert len(_audit(services, "erase")) == entries
    # The export of an erased person still works, and says what is left.
    report = admin.personal_data.export_person(world.contact_id)
    assert report.person["first_name"] == first.placeholder
    assert report.person["national_id"] is None


def test_erase_needs_a_reason(services: Services, world: World, english: None) -> None:
    with pytest.raises(ValidationError, match="Reason"):
        as_role(services, ADMIN).personal_data.erase_person(world.contact_id, "   ")
    assert _stored(services, world.contact_id).first_name == FIRST


def test_erase_is_one_transaction(
    services: Services, world: World, monkeypatch: pytest.MonkeyPatch
) -> None:
    from lao_desktop.services import personal_erase

    def broken(*_args: object) -> dict[str, list[object]]:
        raise RuntimeError("disk gone")

    monkeypatch.setattr(personal_erase, "_clear_contact", broken)
    with pytest.raises(RuntimeError):
        as_role(services, ADMIN).personal_data.erase_person(world.contact_id, "คำขอ")
    with services.ctx.reading() as session:
        working = session.get(CommitteeMember, world.working_seat)
        assert working is not None and working.person_name == FULL_NAME
    assert _audit(services, "erase") == []


def test_a_namesake_linked_to_another_contact_is_left_alone(
    services: Services, world: World
) -> None:
    other_partner = services.partners.create({**_partner_data(), "name": "วัดโนนสูง"})
    namesake = services.contacts.create(
        {"partner_id": other_partner.id, "title": "นาย", "first_name": FIRST, "last_name": LAST}
    )
    committee = services.committees.create({"name": "คณะทำงานวัด"})
    seat = services.committee_members.create(
        {"committee_id": committee.id, "contact_id": namesake.id, "position": "member"}
    )
    as_role(services, ADMIN).personal_data.erase_person(world.contact_id, "คำขอ")
    with services.ctx.reading() as session:
        kept = session.get(CommitteeMember, seat.id)
        assert kept is not None and kept.person_name == FULL_NAME
    matches = services.personal_data.find_contacts(FULL_NAME)
    assert [m.contact_id for m in matches] == [namesake.id]


def _partner_data() -> dict[str, object]:
    from tests.factories import thai_partner

    return thai_partner(moo=7)


# -- nothing personal in logs, messages or the trail ------------------------------------------


def test_no_personal_value_in_logs_messages_or_the_trail(
    services: Services,
    world: World,
    caplog: pytest.LogCaptureFixture,
    capsys: pytest.CaptureFixture[str],
) -> None:
    caplog.set_level(logging.DEBUG)
    clerk, admin = as_role(services, CLERK), as_role(services, ADMIN)
    messages: list[str] = []
    failures: list[type] = []

    def expect_error(call: object, *args: object, **kwargs: object) -> None:
        try:
            call(*args, **kwargs)  # type: ignore[operator]
        except DomainError as error:
            failures.append(type(error))
            messages.append(str(error))
            if isinstance(error, ValidationError):
                messages.extend(p.message for p in error.problems)
        else:
            raise AssertionError(f"{call} did not fail")

    contact_id = world.contact_id
    wrong_id = NATIONAL_ID[:12] + str((int(NATIONAL_ID[12]) + 1) % 10)
    for data in (
        {"national_id": wrong_id},
        {"national_id": NATIONAL_ID + "9"},
        {"national_id": NATIONAL_ID[:9] + "ก" + NATIONAL_ID[10:]},
        {"email": EMAIL.replace("@", " at ")},
        {"phone": "01" + PHONE[2:]},
        {"phone": PHONE + "99"},
        {"line_id": LINE_ID * 10},
    ):
        expect_error(clerk.contacts.update, contact_id, data)
    expect_error(
        clerk.contacts.create,
        {"partner_id": world.partner_id, "first_name": FIRST, "email": "x" + EMAIL + "@"},
    )
    stale = clerk.contacts.get(contact_id).version
    clerk.contacts.update(contact_id, {"phone": "0811111111"})
    clerk.contacts.update(contact_id, {"phone": PHONE, "email": EMAIL, "line_id": LINE_ID})
    expect_error(clerk.contacts.update, contact_id, {"notes": "x"}, expected_version=stale)
    expect_error(as_role(services, EXECUTIVE).personal_data.reveal_national_id, contact_id)
    expect_error(clerk.personal_data.export_person, contact_id)
    expect_error(admin.personal_data.reveal_national_id, uuid.uuid4())
    expect_error(admin.personal_data.erase_person, contact_id, "")
    assert clerk.personal_data.reveal_national_id(contact_id) == SHOWN_ID
    admin.personal_data.export_person(contact_id)
    admin.personal_data.erase_person(contact_id, "คำขอ")

    assert len(failures) == 13 and ConflictError in failures
    captured = capsys.readouterr()
    seen = {
        "messages": "\n".join(messages),
        "log": "\n".join(r.getMessage() + str(r.exc_info or "") for r in caplog.records),
        "stderr": captured.err,
        "stdout": captured.out,
        "audit trail": _whole_trail(services),
    }
    for where, shown in seen.items():
        for value in (*PERSONAL_VALUES, wrong_id):
            assert value not in shown, f"{value} in the {where}"
    assert HIDDEN in seen["audit trail"]


def test_the_plan_says_what_the_erasure_then_does(services: Services, world: World) -> None:
    with pytest.raises(PermissionDeniedError):
        as_role(services, CLERK).personal_data.erasure_plan(world.contact_id)
    admin = as_role(services, ADMIN)
    plan = admin.personal_data.erasure_plan(world.contact_id)
    assert _audit(services, "erase") == [] and _stored(services, world.contact_id).phone == PHONE
    done = admin.personal_data.erase_person(world.contact_id, "คำขอ")
    assert (plan.cleared, plan.changed, plan.kept) == (done.cleared, done.changed, done.kept)
    after = admin.personal_data.erasure_plan(world.contact_id)
    assert not after.did_anything
    # Only the linked rows are found now: the name that found the others is gone.
    assert after.kept == {"committee_members": 1, "meeting_attendance": 1}
