"""Trying service operations as the demo office's clerk, executive and administrator.

``try_as`` runs one call as one role and checks it against the matrix of
``services.permissions``: allowed, it must not be refused; refused, it must raise
PermissionDeniedError and leave every row of the database as it was (so no audit entry).
"""

from __future__ import annotations

import hashlib
import inspect
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import pytest
from sqlalchemy import func, select

from lao_desktop.db.database import Database
from lao_desktop.errors import PermissionDeniedError
from lao_desktop.models import AuditEntry, Base, User
from lao_desktop.models.base import Record
from lao_desktop.models.enums import Role
from lao_desktop.services import Actor, ListQuery, Services
from lao_desktop.services.permissions import Action, allows

ROLES = (Role.CLERK, Role.EXECUTIVE, Role.ADMIN)
USERNAME = {Role.CLERK: "clerk", Role.EXECUTIVE: "executive", Role.ADMIN: "admin"}


def reachable_services(services: Services) -> dict[str, Any]:
    """Every service object a front end can reach, by its path: the attributes of
    ``Services`` and the services they hold (``agreements.renewals``)."""
    found: dict[str, Any] = {}

    def visit(path: str, service: Any) -> None:
        found[path] = service
        for name, value in vars(service).items():
            if not name.startswith("_") and hasattr(value, "ctx") and name != "ctx":
                visit(f"{path}.{name}", value)

    for name, value in vars(services).items():
        if name != "ctx" and hasattr(value, "ctx"):
            visit(name, value)
    return found


def public_methods(service: Any) -> set[str]:
    cls = type(service)
    return {
        name
        for name in dir(cls)
        if not name.startswith("_")
        and callable(getattr(cls, name))
        and not inspect.isclass(getattr(cls, name))
    }


def resolve(services: Services, path: str) -> Any:
    service: Any = services
    for part in path.split("."):
        service = getattr(service, part)
    return service


def fingerprint(db: Database) -> str:
    """A digest of every row of every table."""
    digest = hashlib.sha256()
    with db.engine.connect() as connection:
        for table in Base.metadata.sorted_tables:
            rows = connection.execute(select(table)).all()
            digest.update(table.name.encode())
            for row in sorted(repr(tuple(row)) for row in rows):
                digest.update(row.encode())
    return digest.hexdigest()


def audit_count(db: Database) -> int:
    with db.read_session() as session:
        return int(session.scalar(select(func.count()).select_from(AuditEntry)) or 0)


def last_audit(db: Database) -> AuditEntry:
    with db.read_session() as session:
        entry = session.scalars(select(AuditEntry).order_by(AuditEntry.id.desc())).first()
        assert entry is not None
        return entry


def trail_since(db: Database, count: int) -> list[tuple[str, str, Any]]:
    """(action, user name, record id) of the audit entries after the first ``count``."""
    with db.read_session() as session:
        stmt = select(AuditEntry.action, AuditEntry.username, AuditEntry.entity_id)
        rows = session.execute(stmt.order_by(AuditEntry.id).offset(count)).all()
        return [(row.action, row.username, row.entity_id) for row in rows]


@dataclass
class DemoOffice:
    """A copy of the demo office, its accounts, and records to act on."""

    db: Database

    @property
    def system(self) -> Services:
        return Services(self.db)

    def actor(self, role: Role) -> Actor:
        with self.db.read_session() as session:
            user = session.scalars(select(User).where(User.username == USERNAME[role])).one()
            return Actor(user.id, user.username, role)

    def acting(self, role: Role) -> Services:
        return Services(self.db, self.actor(role))

    def first(self, path: str, *, filters: dict[str, Any] | None = None, **more: Any) -> Any:
        """A live record of the service at ``path`` matching the list filters given."""
        service = resolve(self.system, path)
        wanted = {**(filters or {}), **more}
        items = service.list(ListQuery(filters=wanted, limit=1)).items
        assert items, f"the demo has no {path} record with {wanted}"
        record: Record = items[0]
        return record


Call = Callable[[Services, DemoOffice], object]


def try_as(office: DemoOffice, role: Role, action: Action | None, call: Call) -> bool:
    """Run ``call`` acting as ``role``; ``action`` None: open to everyone (logging in).
    Whether it was allowed."""
    services = office.acting(role)
    if action is None or allows(services.ctx.actor, action):
        try:
            call(services, office)
        except PermissionDeniedError as error:
            pytest.fail(f"{role.value} was refused what the matrix allows ({action}): {error}")
        return True
    before, entries = fingerprint(office.db), audit_count(office.db)
    with pytest.raises(PermissionDeniedError, match=USERNAME[role]):
        call(services, office)
    assert audit_count(office.db) == entries, "a refused call wrote an audit entry"
    assert fingerprint(office.db) == before, "a refused call changed the data"
    return False
