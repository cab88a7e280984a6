"""Who is acting, on which database, inside which transaction."""

from __future__ import annotations

import threading
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any

from sqlalchemy.orm import Session

from lao_desktop.db.database import Database
from lao_desktop.models.enums import Role


@dataclass(frozen=True)
class Actor:
    user_id: uuid.UUID | None
    username: str
    role: Role


# The program itself (migrations, first start) before anyone has logged in.
SYSTEM = Actor(None, "system", Role.ADMIN)


class ServiceContext:
    """The database and the acting user shared by all services of one ``Services``.

    ``transaction()`` opens one write transaction; service calls made inside it join it
    (each in a savepoint, so a caller can catch one failed call and go on), and nothing is
    committed until the outermost block ends without error. Per thread.
    """

    def __init__(self, db: Database, actor: Actor) -> None:
        self.db = db
        self.actor = actor
        self._local = threading.local()

    @property
    def _session(self) -> Session | None:
        return getattr(self._local, "session", None)

    @contextmanager
    def transaction(self) -> Iterator[Session]:
        outer = self._session
        if outer is not None:
            if self.in_unit:
                yield outer  # the unit's savepoint takes back everything on failure
                return
            with outer.begin_nested():
                yield outer
            return
        with self.db.write_session() as session:
            self._local.session = session
            try:
                yield session
            finally:
                self._local.session = None

    def added(self, record: Any) -> None:
        """A record a service added in a unit, inserted only when the unit ends."""
        self._local.added[(type(record), record.id)] = record

    def found(self, session: Session, model: type[Any], ident: uuid.UUID) -> Any:
        """The record ``ident`` of ``model``, also one added in this unit and not yet
        inserted (a contact's partner on the same imported row), without a query for it."""
        record = getattr(self._local, "added", {}).get((model, ident))
        return record if record is not None else session.get(model, ident)

    @property
    def in_unit(self) -> bool:
        return bool(getattr(self._local, "in_unit", False))

    @contextmanager
    def unit(self) -> Iterator[Session]:
        """Service calls that stand or fall together inside a transaction (imported rows
        and their contacts): one savepoint for all of them instead of one each, and the
        records added are inserted together when the unit ends: together a half of the time
        of a large import. The caller must not add, in one unit, two records that a service
        would refuse together (the import refuses two rows for the same record itself)."""
        outer = self._session
        if outer is None or self.in_unit:
            raise RuntimeError("unit() belongs inside transaction(), once")
        with outer.begin_nested():
            self._local.in_unit, self._local.added = True, {}
            try:
                yield outer
            finally:
                self._local.in_unit, self._local.added = False, {}

    @contextmanager
    def reading(self) -> Iterator[Session]:
        outer = self._session
        if outer is not None:
            yield outer
            return
        with self.db.read_session() as session:
            yield session
