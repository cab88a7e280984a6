"""All services of one database for one acting user."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from sqlalchemy.orm import Session

from lao_desktop.db.database import Database
from lao_desktop.services.context import SYSTEM, Actor, ServiceContext
from lao_desktop.services.office import OfficeService
from lao_desktop.services.partners import ContactService, PartnerService
from lao_desktop.services.users import UserService


class Services:
    def __init__(self, db: Database, actor: Actor = SYSTEM) -> None:
        self.ctx = ServiceContext(db, actor)
        self.office = OfficeService(self.ctx)
        self.users = UserService(self.ctx)
        self.partners = PartnerService(self.ctx)
        self.contacts = ContactService(self.ctx)

    @contextmanager
    def transaction(self) -> Iterator[Session]:
        """Several service calls as one: all saved, or none."""
        with self.ctx.transaction() as session:
            yield session
