"""The audit trail cannot be edited unnoticed, and roles are enforced in the services."""

from __future__ import annotations

import pytest
from sqlalchemy import text
from sqlalchemy.exc import DBAPIError

from lao_desktop.db.database import Database
from lao_desktop.errors import PermissionDeniedError
from lao_desktop.models.enums import Role
from lao_desktop.services import Actor, Services
from lao_desktop.services.audit import first_broken_entry
from tests.factories import thai_partner


def _three_writes(services: Services) -> None:
    partner = services.partners.create(thai_partner())
    services.partners.update(partner.id, {"notes": "แก้ไข"})
    services.partners.delete(partner.id)


def test_the_database_refuses_to_change_the_trail(any_db: Database) -> None:
    services = Services(any_db)
    _three_writes(services)
    for statement in ("UPDATE audit_log SET username = 'x'", "DELETE FROM audit_log"):
        with pytest.raises(DBAPIError, match="append-only"), any_db.write_session() as session:
            session.execute(text(statement))
    with any_db.read_session() as session:
        assert first_broken_entry(session) is None


def test_an_edited_entry_is_found(db: Database) -> None:
    services = Services(db)
    _three_writes(services)
    with db.write_session() as session:  # someone with the file and an SQLite tool
        session.execute(text("DROP TRIGGER audit_log_no_update"))
        session.execute(text("UPDATE audit_log SET summary = 'ไม่มีอะไร' WHERE id = 2"))
    with db.read_session() as session:
        assert first_broken_entry(session) == 2


def test_executive_may_read_but_not_write(services: Services) -> None:
    partner = services.partners.create(thai_partner())
    executive = Services(services.ctx.db, Actor(None, "nayok", Role.EXECUTIVE))
    assert executive.partners.get(partner.id).name == partner.name
    with pytest.raises(PermissionDeniedError, match="nayok"):
        executive.partners.create(thai_partner(moo=9))
    with pytest.raises(PermissionDeniedError):
        executive.partners.delete(partner.id)


def test_clerk_writes_data_but_not_users_or_office(services: Services) -> None:
    clerk = Services(services.ctx.db, Actor(None, "clerk", Role.CLERK))
    clerk.partners.create(thai_partner())
    with pytest.raises(PermissionDeniedError):
        clerk.users.create({"username": "x", "display_name": "x", "role": "clerk"})
    with pytest.raises(PermissionDeniedError):
        clerk.office.save({"name": "อบต.ทดสอบ", "office_type": "sao"})
