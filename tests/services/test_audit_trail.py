"""Browsing, labelling and verifying the audit trail: who may, what each filter finds, and
that every way of tampering with the file is named at the right entry."""

from __future__ import annotations

import json
import re
import uuid
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import text
from sqlalchemy.exc import DBAPIError

from lao_desktop.db.database import Database
from lao_desktop.errors import PermissionDeniedError
from lao_desktop.models.enums import Role
from lao_desktop.services import Actor, Services
from lao_desktop.services import audit as audit_module
from lao_desktop.services.audit import HIDDEN, CheckCancelled, Problem
from lao_desktop.services.audit_labels import ACTIONS
from lao_desktop.services.audit_trail import AuditQuery, action_label, change_lines, entity_label
from tests.factories import thai_partner
from tests.support import audit_tamper

EXECUTIVE = Actor(uuid.uuid4(), "nayok", Role.EXECUTIVE)
ADMIN = Actor(uuid.uuid4(), "admin", Role.ADMIN)
CLERK = Actor(uuid.uuid4(), "somsri", Role.CLERK)
PACKAGE = Path(__file__).resolve().parents[2] / "lao_desktop"


def _writes(db: Database) -> uuid.UUID:
    """Five entries: the clerk adds and changes a partner, the admin deletes and restores
    it, then the clerk adds another; returns the first partner's id."""
    clerk, admin = Services(db, CLERK), Services(db, ADMIN)
    partner = clerk.partners.create(thai_partner())
    clerk.partners.update(partner.id, {"notes": "ประชุมทุกเดือน", "level": "district"})
    admin.partners.delete(partner.id)
    admin.partners.restore(partner.id)
    clerk.partners.create(thai_partner(name="วัดป่าสามัคคีธรรม", moo=9))
    return partner.id


@pytest.fixture
def partner_id(db: Database) -> uuid.UUID:
    return _writes(db)


@pytest.mark.parametrize("actor", [EXECUTIVE, ADMIN])
def test_executive_and_administrator_read_the_trail(
    db: Database, partner_id: uuid.UUID, actor: Actor
) -> None:
    trail = Services(db, actor).audit_trail
    page = trail.list()
    assert page.total == trail.count() == 5
    assert [e.action for e in page.items] == ["create", "restore", "delete", "update", "create"]
    assert trail.usernames() == ["admin", "somsri"]
    assert trail.entities() == ["partners"]
    assert trail.actions() == ["create", "delete", "restore", "update"]
    head = trail.head()
    assert head is not None and head.id == page.items[0].id and head.hash == page.items[0].hash
    assert trail.get(head.id) is not None
    result = trail.verify()
    assert result.intact and result.entries == 5 and result.head == head.hash


def test_a_clerk_is_refused_every_reading(db: Database, partner_id: uuid.UUID) -> None:
    trail = Services(db, CLERK).audit_trail
    for read in (
        trail.list,
        trail.count,
        trail.all,
        trail.usernames,
        trail.entities,
        trail.actions,
        trail.head,
        trail.verify,
        lambda: trail.get(1),
        lambda: trail.names_for([]),
    ):
        with pytest.raises(PermissionDeniedError, match="somsri"):
            read()


def test_filters_by_user_record_action_and_text(db: Database, partner_id: uuid.UUID) -> None:
    trail = Services(db, EXECUTIVE).audit_trail

    def actions(**filters: object) -> list[str]:
        return [e.action for e in trail.list(AuditQuery(**filters)).items]  # type: ignore[arg-type]

    assert actions(user="admin") == ["restore", "delete"]
    assert actions(user=" Admin ") == ["restore", "delete"]  # as a name is typed
    assert actions(user=CLERK.user_id) == ["create", "update", "create"]
    assert actions(entity_id=partner_id) == ["restore", "delete", "update", "create"]
    assert actions(entity="partners", action="create") == ["create", "create"]
    assert actions(entity="meetings") == []
    assert actions(action="update", user="admin") == []
    name = str(thai_partner()["name"])
    assert len(actions(text=name[2:8])) == 4
    assert actions(text="สามัคคี") == ["create"]
    assert actions(text="100%") == [] and actions(text="_") == []  # LIKE's wildcards are text


def test_pages_newest_first_with_the_total(db: Database, partner_id: uuid.UUID) -> None:
    trail = Services(db, ADMIN).audit_trail
    first = trail.list(AuditQuery(limit=2))
    second = trail.list(AuditQuery(offset=2, limit=2))
    last = trail.list(AuditQuery(offset=4, limit=2))
    assert first.total == second.total == last.total == 5
    ids = [e.id for p in (first, second, last) for e in p.items]
    assert ids == sorted(ids, reverse=True) and len(set(ids)) == 5
    assert [e.id for e in trail.all()] == ids


def test_dates_are_the_pcs_local_days_inclusive(
    db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Entries at 23:59 and 00:01 local time on both sides of a day's boundaries."""
    monkeypatch.setenv("TZ", "Asia/Bangkok")
    import time

    time.tzset()
    try:
        day = date(2026, 11, 21)
        bangkok = timedelta(hours=7)
        moments = {
            "before": datetime(2026, 11, 20, 23, 59) - bangkok,
            "first": datetime(2026, 11, 21, 0, 1) - bangkok,
            "last": datetime(2026, 11, 21, 23, 59) - bangkok,
            "after": datetime(2026, 11, 22, 0, 1) - bangkok,
        }
        services = Services(db, ADMIN)
        for summary, moment in moments.items():
            monkeypatch.setattr(audit_module, "utcnow", lambda m=moment: m.replace(tzinfo=UTC))
            with services.transaction() as session:
                audit_module.record(session, ADMIN, "login", "users", ADMIN.user_id, summary)
        found = services.audit_trail.list(AuditQuery(date_from=day, date_to=day)).items
        assert [e.summary for e in found] == ["last", "first"]
        assert services.audit_trail.count(AuditQuery(date_from=day)) == 3
        assert services.audit_trail.count(AuditQuery(date_to=day)) == 3
        assert services.audit_trail.verify().intact
    finally:
        monkeypatch.undo()
        time.tzset()


def test_changes_read_as_field_old_new(db: Database, partner_id: uuid.UUID, english: None) -> None:
    trail = Services(db, EXECUTIVE).audit_trail
    update = trail.list(AuditQuery(action="update")).items[0]
    assert change_lines(update) == ["Level: Village → District", "Notes: ประชุมทุกเดือน"]
    assert entity_label("partners") == "Partner"
    assert entity_label("committee_members") == "Committee member"
    assert entity_label("agreement_documents") == "Scanned document"  # not in the registry
    assert entity_label("database") == "Whole database"
    assert entity_label("no_such_table") == "no_such_table"
    assert action_label("delete") == "Moved to the trash"


def test_hidden_personal_data_and_settings_read_in_words(db: Database, english: None) -> None:
    services = Services(db, ADMIN)
    with services.transaction() as session:
        changes = {"password": [HIDDEN, HIDDEN], "failed_logins": [3, 0]}
        entry = audit_module.record(session, ADMIN, "unlock", "users", None, "x", changes)
    assert change_lines(entry) == [
        "Failed logins: 3 → 0",
        "Password: (hidden: personal data) → (hidden: personal data)",
    ]
    services.settings.set("backup_reminder_days", "10")
    entry = services.audit_trail.list().items[0]
    assert entity_label(entry.entity) == "Setting"
    assert change_lines(entry) == ["Backup reminder after days: 10"]


def test_every_action_the_program_records_has_a_label() -> None:
    """Actions written anywhere in the package: record(session, actor, "x", …),
    _audit(session, "x", …) and the accounts' password actions. A new action without a
    label would show its code name."""
    found: set[str] = set()
    calls = re.compile(
        r"(?:record\(\s*session,\s*[\w.()]+,|_audit\(\s*session,"
        r"|_store_password\([^)]*?,)\s*\"(\w+)\""
    )
    for path in PACKAGE.rglob("*.py"):
        found.update(calls.findall(path.read_text(encoding="utf-8")))
    assert {"create", "update", "delete", "restore", "login", "set_password"} <= found
    assert found - set(ACTIONS) == set()


# -- tampering ------------------------------------------------------------------------------


def _verify(db: Database, expected_head: str | None = None) -> audit_module.ChainCheck:
    return Services(db, EXECUTIVE).audit_trail.verify(expected_head)


def test_an_altered_entry_is_named(db: Database, partner_id: uuid.UUID) -> None:
    assert db.path is not None
    audit_tamper.alter_summary(db.path, 3)
    result = _verify(db)
    assert result.broken is not None
    assert (result.broken.id, result.broken.problem) == (3, Problem.CONTENT)
    assert (result.broken.username, result.broken.action) == ("admin", "delete")
    assert result.broken.entity_id == partner_id and result.entries == 2


def test_a_removed_middle_entry_breaks_the_next_link(db: Database, partner_id: uuid.UUID) -> None:
    assert db.path is not None
    audit_tamper.delete_entry(db.path, 2)
    broken = _verify(db).broken
    assert broken is not None and (broken.id, broken.problem) == (3, Problem.LINK)


def test_the_first_entries_removed(db: Database, partner_id: uuid.UUID) -> None:
    assert db.path is not None
    audit_tamper.delete_entry(db.path, 1)
    broken = _verify(db).broken
    assert broken is not None and (broken.id, broken.problem) == (2, Problem.LINK)


def test_newest_entries_cut_off_are_caught_against_a_saved_head(
    db: Database, partner_id: uuid.UUID
) -> None:
    assert db.path is not None
    saved = audit_tamper.head(db.path)
    audit_tamper.delete_newest(db.path, 2)
    assert _verify(db).intact  # the rest of the chain is whole: only the head shows it
    result = _verify(db, saved)
    assert result.broken is not None and result.broken.problem == Problem.MISSING_END
    assert result.broken.id == 3  # the newest entry still there
    assert _verify(db, saved.upper()).broken is not None


def test_an_older_saved_head_still_verifies_after_new_work(
    db: Database, partner_id: uuid.UUID
) -> None:
    assert db.path is not None
    saved = audit_tamper.head(db.path)
    Services(db, CLERK).partners.create(thai_partner(moo=4))
    result = _verify(db, saved)
    assert result.intact and result.entries == 6 and result.head != saved


def test_a_forged_newest_entry_is_named(db: Database, partner_id: uuid.UUID) -> None:
    assert db.path is not None
    forged = audit_tamper.append_forged(db.path)
    broken = _verify(db).broken
    assert broken is not None and (broken.id, broken.problem) == (forged, Problem.CONTENT)


def test_a_forged_entry_inserted_in_the_middle(db: Database, partner_id: uuid.UUID) -> None:
    assert db.path is not None
    following = audit_tamper.insert_forged_after(db.path, 2)
    assert audit_tamper.ids(db.path) == [1, 2, 3, 4, 5, 6]
    broken = _verify(db).broken
    assert broken is not None and (broken.id, broken.problem) == (following, Problem.LINK)


def test_reordered_entries(db: Database, partner_id: uuid.UUID) -> None:
    assert db.path is not None
    audit_tamper.swap(db.path, 2, 4)
    broken = _verify(db).broken
    assert broken is not None and (broken.id, broken.problem) == (2, Problem.LINK)


def test_a_rewritten_chain_is_caught_only_against_a_saved_head(
    db: Database, partner_id: uuid.UUID
) -> None:
    assert db.path is not None
    saved = audit_tamper.head(db.path)
    audit_tamper.rewrite_from(db.path, 2)
    assert _verify(db).intact
    broken = _verify(db, saved).broken
    assert broken is not None and broken.problem == Problem.MISSING_END


def test_verify_reports_progress_and_can_be_cancelled(db: Database) -> None:
    services = Services(db, ADMIN)
    with services.transaction() as session:
        for n in range(5001):
            audit_module.record(session, ADMIN, "login", "users", None, f"{n}")
    seen: list[tuple[int, int]] = []
    result = services.audit_trail.verify(progress=lambda d, t, _w: seen.append((d, t)))
    assert result.intact and seen == [(5000, 5001)]
    with pytest.raises(CheckCancelled):
        services.audit_trail.verify(cancelled=lambda: True)


def test_the_database_refuses_update_and_delete(any_db: Database) -> None:
    _writes(any_db)
    for statement in (
        "UPDATE audit_log SET summary = 'x' WHERE id = 2",
        "DELETE FROM audit_log WHERE id = (SELECT max(id) FROM audit_log)",
    ):
        with pytest.raises(DBAPIError, match="append-only"), any_db.write_session() as session:
            session.execute(text(statement))
    result = Services(any_db, ADMIN).audit_trail.verify()
    assert result.intact and result.entries == 5


def test_entries_hold_json_changes(db: Database, partner_id: uuid.UUID) -> None:
    """The stored form the labels read: {field: [old, new]}."""
    entry = Services(db, ADMIN).audit_trail.list(AuditQuery(action="update")).items[0]
    assert json.loads(entry.changes)["level"] == ["village", "district"]


def test_linked_records_read_by_their_names(db: Database, english: None) -> None:
    admin = Services(db, ADMIN)
    network = admin.networks.create({"name": "เครือข่ายสวัสดิการชุมชน", "level": "subdistrict",
                                     "pillar": "people", "form": "partner_network"})  # fmt: skip
    partner = admin.partners.create(thai_partner())
    member = admin.network_members.create({"network_id": network.id, "partner_id": partner.id})
    trail = Services(db, EXECUTIVE).audit_trail
    entry = trail.list(AuditQuery(entity_id=member.id)).items[0]
    names = trail.names_for([entry])
    assert names[str(network.id)] == "เครือข่ายสวัสดิการชุมชน"
    lines = change_lines(entry, names=names)
    assert any(line.endswith(": เครือข่ายสวัสดิการชุมชน") for line in lines), lines
    assert any(line.endswith(": กลุ่มแม่บ้านบ้านนาคูณใหญ่") for line in lines), lines
