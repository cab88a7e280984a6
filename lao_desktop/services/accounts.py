"""Logging in, passwords and lockout, and the first start's setup of the office and its
administrator.

A login that fails counts against the account: after ``FREE_FAILURES`` the account waits a
delay that doubles with every further failure (up to ``LONGEST_WAIT``), and an administrator
can unlock it. Whoever copies the database file bypasses this: full-disk encryption is the
protection for the file itself (README).
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import func, select

from lao_desktop.db.types import utcnow
from lao_desktop.errors import FieldProblem, LoginError, NotFoundError, ValidationError
from lao_desktop.i18n import N_, _
from lao_desktop.models.enums import Role
from lao_desktop.models.office import Office
from lao_desktop.models.user import User
from lao_desktop.services import audit, passwords
from lao_desktop.services.context import SYSTEM, Actor, ServiceContext
from lao_desktop.services.permissions import Action, require

FREE_FAILURES = 5
FIRST_WAIT = timedelta(seconds=30)
LONGEST_WAIT = timedelta(hours=1)
_DUMMY_HASH = passwords.hash_password("an account that does not exist")


def wait_after(failures: int) -> timedelta:
    """How long an account waits after ``failures`` failed logins in a row."""
    if failures < FREE_FAILURES:
        return timedelta(0)
    return min(FIRST_WAIT * (1 << min(failures - FREE_FAILURES, 16)), LONGEST_WAIT)


class AccountService:
    label = N_("User")

    def __init__(self, ctx: ServiceContext) -> None:
        self.ctx = ctx

    # -- first start -------------------------------------------------------------------------

    def needs_setup(self) -> bool:
        """True until an administrator with a password exists (a new or an old database)."""
        with self.ctx.reading() as session:
            admins = session.scalar(
                select(func.count())
                .select_from(User)
                .where(
                    User.role == Role.ADMIN,
                    User.active.is_(True),
                    User.password_hash.is_not(None),
                    User.deleted_at.is_(None),
                )
            )
        return not admins

    def office_name(self) -> str:
        """The office's name for the login screen (shown before anyone has logged in)."""
        with self.ctx.reading() as session:
            return session.scalar(select(Office.name).where(Office.deleted_at.is_(None))) or ""

    def set_up(self, office: Mapping[str, Any], admin: Mapping[str, Any], password: str) -> Actor:
        """The office and its first administrator, in one transaction; only while
        ``needs_setup``. The administrator as the acting user."""
        from lao_desktop.services.registry import Services

        if not self.needs_setup():
            raise LoginError(_("The office is already set up: log in instead."))
        self._check_password(password, str(admin.get("username", "")))
        system = Services(self.ctx.db, SYSTEM)
        with system.transaction():
            system.office.save(office)
            user = system.users.create({**admin, "role": Role.ADMIN})
            self._store_password(system.ctx, user, password, "set_password")
        return Actor(user.id, user.username, Role.ADMIN)

    # -- logging in ----------------------------------------------------------------------------

    def log_in(self, username: str, password: str, now: datetime | None = None) -> Actor:
        """The acting user for ``username`` and ``password``; LoginError otherwise (the same
        message for an unknown name and a wrong password)."""
        moment = now or utcnow()
        name = username.strip().casefold()
        with self.ctx.db.write_session() as session:
            user = session.scalar(
                select(User).where(User.username == name, User.deleted_at.is_(None))
            )
            if user is None or not user.active or user.password_hash is None:
                passwords.matches(password, _DUMMY_HASH)  # the same time as a real check
                raise LoginError(_("The user name or the password is wrong."))
            locked = user.locked_until
            if locked is not None and locked > moment:
                raise LoginError(_locked_message(locked))
            if not passwords.matches(password, user.password_hash):
                user.failed_logins += 1
                wait = wait_after(user.failed_logins)
                user.locked_until = moment + wait if wait else None
                audit.record(
                    session, Actor(user.id, user.username, user.role), "login_failed",
                    User.__tablename__, user.id, _("Failed login"),
                    {"failed_logins": [user.failed_logins - 1, user.failed_logins]},
                )  # fmt: skip
                session.commit()
                message = _("The user name or the password is wrong.")
                if wait:
                    message += " " + _locked_message(moment + wait)
                raise LoginError(message)
            actor = Actor(user.id, user.username, user.role)
            user.failed_logins = 0
            user.locked_until = None
            user.last_login_at = moment
            if passwords.needs_rehash(user.password_hash):
                user.password_hash = passwords.hash_password(password)
            audit.record(session, actor, "login", User.__tablename__, user.id, _("Logged in"))
        return actor

    def log_out(self) -> None:
        """Noted in the trail, so it shows when a session ended (not only when one began)."""
        actor = self.ctx.actor
        if actor.user_id is None:
            return
        with self.ctx.transaction() as session:
            audit.record(
                session, actor, "logout", User.__tablename__, actor.user_id, _("Logged out")
            )

    # -- passwords ----------------------------------------------------------------------------

    def change_password(self, old: str, new: str) -> None:
        """The acting user's own password; the old one must be given."""
        actor = self.ctx.actor
        with self.ctx.transaction() as session:
            user = session.get(User, actor.user_id) if actor.user_id else None
            if user is None:
                raise NotFoundError(_(self.label), actor.username)
            if not passwords.matches(old, user.password_hash):
                raise ValidationError([FieldProblem("old", _("The current password is wrong."))])
            self._check_password(new, user.username)
            self._store_password(self.ctx, user, new, "change_password")

    def reset_password(self, user_id: Any, new: str) -> None:
        """An administrator sets another user's password (forgotten, or a new account);
        this also unlocks the account."""
        require(self.ctx.actor, Action.ADMINISTER)
        with self.ctx.transaction() as session:
            user = session.get(User, user_id)
            if user is None:
                raise NotFoundError(_(self.label), user_id)
            self._check_password(new, user.username)
            self._store_password(self.ctx, user, new, "set_password")

    def unlock(self, user_id: Any) -> None:
        require(self.ctx.actor, Action.ADMINISTER)
        with self.ctx.transaction() as session:
            user = session.get(User, user_id)
            if user is None:
                raise NotFoundError(_(self.label), user_id)
            before = user.failed_logins
            user.failed_logins, user.locked_until = 0, None
            audit.record(
                session, self.ctx.actor, "unlock", User.__tablename__, user.id,
                _("Unlocked {user}").format(user=user.username),
                {"failed_logins": [before, 0]},
            )  # fmt: skip

    def _check_password(self, password: str, username: str) -> None:
        problem = passwords.problem(password, username)
        if problem is not None:
            raise ValidationError([FieldProblem("password", problem)])

    @staticmethod
    def _store_password(ctx: ServiceContext, user: User, password: str, action: str) -> None:
        with ctx.transaction() as session:
            user = session.merge(user)
            user.password_hash = passwords.hash_password(password)
            user.failed_logins, user.locked_until = 0, None
            session.flush()
            # The hash itself never goes into the trail.
            audit.record(
                session, ctx.actor, action, User.__tablename__, user.id,
                _("Password set for {user}").format(user=user.username),
                {"password": [audit.HIDDEN, audit.HIDDEN]},
            )  # fmt: skip


def _locked_message(until: datetime) -> str:
    local = until.astimezone()
    return _("The account is locked until {time} after too many wrong passwords; an "
             "administrator can unlock it.").format(time=local.strftime("%H:%M:%S"))  # fmt: skip
