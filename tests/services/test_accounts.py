"""First start, logging in, lockout and passwords."""

from __future__ import annotations

import logging
import unicodedata
from datetime import timedelta

import pytest
from sqlalchemy import select

from lao_desktop.db.types import utcnow
from lao_desktop.errors import LoginError, PermissionDeniedError, ValidationError
from lao_desktop.models.audit import AuditEntry
from lao_desktop.models.enums import Role
from lao_desktop.models.user import User
from lao_desktop.services import Services, passwords
from lao_desktop.services.accounts import FREE_FAILURES, wait_after
from lao_desktop.services.context import Actor

OFFICE = {"name": "องค์การบริหารส่วนตำบลทดสอบ", "office_type": "sao"}
ADMIN = {"username": "Somchai", "display_name": "นายสมชาย ใจดี"}
PASSWORD = "ข้าวเหนียว มะม่วง"
pytestmark = pytest.mark.usefixtures("english")  # นี้ มี สระ และ วรรณยุกต์


@pytest.fixture
def admin(services: Services) -> Actor:
    return services.accounts.set_up(OFFICE, ADMIN, PASSWORD)


def test_first_start_sets_up_the_office_and_its_administrator(services: Services) -> None:
    assert services.accounts.needs_setup()
    actor = services.accounts.set_up(OFFICE, ADMIN, PASSWORD)
    assert actor.role is Role.ADMIN and actor.username == "somchai"
    assert not services.accounts.needs_setup()
    office = services.office.current()
    assert office is not None and office.name == OFFICE["name"]
    with pytest.raises(LoginError, match="already set up"):
        services.accounts.set_up(OFFICE, {"username": "other", "display_name": "x"}, PASSWORD)


def test_setup_refuses_a_weak_password_and_saves_nothing(services: Services) -> None:
    with pytest.raises(ValidationError, match="at least 8"):
        services.accounts.set_up(OFFICE, ADMIN, "1234")
    assert services.office.current() is None and services.accounts.needs_setup()


def test_log_in_gives_the_acting_user(services: Services, admin: Actor) -> None:
    actor = services.accounts.log_in(" SOMCHAI ", PASSWORD)
    assert actor == admin
    with services.ctx.reading() as session:
        user = session.get(User, admin.user_id)
        assert user is not None and user.last_login_at is not None


def test_thai_typed_in_another_order_still_matches(services: Services, admin: Actor) -> None:
    # ปู่ with the tone mark typed before the vowel below: the same word on screen.
    stored, typed = "ปู่ย่าตายาย", "ป\u0e48\u0e39ย่าตายาย"
    assert typed != stored and unicodedata.normalize("NFC", typed) == stored
    services.accounts.reset_password(admin.user_id, stored)
    assert services.accounts.log_in("somchai", typed) == admin


def test_a_wrong_password_and_an_unknown_name_get_the_same_message(
    services: Services, admin: Actor
) -> None:
    with pytest.raises(LoginError) as wrong:
        services.accounts.log_in("somchai", "wrong password")
    with pytest.raises(LoginError) as unknown:
        services.accounts.log_in("nobody", PASSWORD)
    assert str(wrong.value) == str(unknown.value)


def test_repeated_failures_lock_the_account_with_growing_delays(
    services: Services, admin: Actor
) -> None:
    now = utcnow()
    for _attempt in range(FREE_FAILURES):
        with pytest.raises(LoginError):
            services.accounts.log_in("somchai", "guess", now)
    # Locked now: even the right password waits.
    with pytest.raises(LoginError, match="locked"):
        services.accounts.log_in("somchai", PASSWORD, now + timedelta(seconds=29))
    assert services.accounts.log_in("somchai", PASSWORD, now + timedelta(seconds=31)) == admin
    # The count starts again after a good login; the delays double, with a ceiling.
    assert [wait_after(n).total_seconds() for n in range(4, 9)] == [0, 30, 60, 120, 240]
    assert wait_after(100) == timedelta(hours=1)


def test_an_administrator_unlocks_and_resets(services: Services, admin: Actor) -> None:
    clerk_user = Services(services.ctx.db, admin).users.create(
        {"username": "clerk", "display_name": "เจ้าหน้าที่", "role": Role.CLERK}
    )
    boss = Services(services.ctx.db, admin)
    boss.accounts.reset_password(clerk_user.id, "รหัสของเจ้าหน้าที่")
    now = utcnow()
    for _attempt in range(FREE_FAILURES + 2):
        with pytest.raises(LoginError):
            services.accounts.log_in("clerk", "guess", now)
    clerk = Actor(clerk_user.id, "clerk", Role.CLERK)
    for call in (
        lambda: Services(services.ctx.db, clerk).accounts.unlock(clerk_user.id),
        lambda: Services(services.ctx.db, clerk).accounts.reset_password(admin.user_id, "x" * 12),
    ):
        with pytest.raises(PermissionDeniedError):
            call()
    boss.accounts.unlock(clerk_user.id)
    assert services.accounts.log_in("clerk", "รหัสของเจ้าหน้าที่", now) == clerk


def test_each_user_changes_their_own_password(services: Services, admin: Actor) -> None:
    own = Services(services.ctx.db, admin).accounts
    with pytest.raises(ValidationError, match="current password is wrong"):
        own.change_password("not it", "รหัสใหม่ที่ยาวพอ")
    with pytest.raises(ValidationError, match="too easy"):
        own.change_password(PASSWORD, "aaaaaaaaaaaa")
    own.change_password(PASSWORD, "รหัสใหม่ที่ยาวพอ")
    with pytest.raises(LoginError):
        services.accounts.log_in("somchai", PASSWORD)
    assert services.accounts.log_in("somchai", "รหัสใหม่ที่ยาวพอ") == admin


def test_a_hash_made_with_older_parameters_is_renewed_at_login(
    services: Services, admin: Actor, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(passwords, "ITERATIONS", 2)
    services.accounts.reset_password(admin.user_id, PASSWORD)
    monkeypatch.undo()
    with services.ctx.reading() as session:
        old = session.scalars(select(User.password_hash)).one()
    assert old is not None and passwords.needs_rehash(old)
    services.accounts.log_in("somchai", PASSWORD)
    with services.ctx.reading() as session:
        new = session.scalars(select(User.password_hash)).one()
    assert new is not None and new != old and not passwords.needs_rehash(new)


def test_logins_are_in_the_audit_trail_and_passwords_are_nowhere(
    services: Services, admin: Actor, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    with pytest.raises(LoginError):
        services.accounts.log_in("somchai", "my secret guess")
    services.accounts.log_in("somchai", PASSWORD)
    with services.ctx.reading() as session:
        entries = session.scalars(select(AuditEntry).order_by(AuditEntry.id)).all()
        stored = session.scalars(select(User.password_hash)).one()
    actions = [e.action for e in entries]
    assert actions[-2:] == ["login_failed", "login"] and "set_password" in actions
    trail = " ".join(e.changes + e.summary for e in entries)
    assert stored is not None and stored not in trail
    for secret in (PASSWORD, "my secret guess", stored):
        assert secret not in trail and secret not in caplog.text
