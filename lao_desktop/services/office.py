"""The office running the program: one record, created at first setup or by the demo."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from sqlalchemy import select

from lao_desktop.errors import FieldProblem, ValidationError
from lao_desktop.i18n import N_, _
from lao_desktop.models.enums import OfficeType
from lao_desktop.models.office import Office
from lao_desktop.services import audit
from lao_desktop.services.entity import EntityService
from lao_desktop.services.fields import (
    BoolField,
    ChoiceField,
    CodeField,
    EmailField,
    IntField,
    NotesField,
    PhoneField,
    TextField,
)
from lao_desktop.services.file_checks import emblem_problem
from lao_desktop.services.location import LOCATION_CHECK, LOCATION_FIELDS
from lao_desktop.services.permissions import Action, require
from lao_desktop.services.schema import Schema


class OfficeService(EntityService[Office]):
    model = Office
    label = N_("Office")
    schema = Schema(
        {
            "name": TextField(label=N_("Office name"), required=True),
            "office_type": ChoiceField(label=N_("Type of office"), required=True, enum=OfficeType),
            "dopa_code": CodeField(label=N_("DOPA code"), digits=7),
            **LOCATION_FIELDS,
            "address": NotesField(label=N_("Address"), max_length=1000),
            "postal_code": CodeField(label=N_("Postal code"), digits=5),
            "phone": PhoneField(label=N_("Phone")),
            "email": EmailField(label=N_("E-mail")),
            "website": TextField(label=N_("Website")),
            "executive_name": TextField(label=N_("Executive's name"), max_length=200),
            "executive_position": TextField(label=N_("Executive's position"), max_length=200),
            "document_prefix": TextField(label=N_("Document number prefix"), max_length=40),
            "use_thai_digits": BoolField(label=N_("Thai digits in documents")),
            "fiscal_year_start_month": IntField(
                label=N_("First month of the fiscal year"), minimum=1, maximum=12
            ),
            "is_demo": BoolField(label=N_("Demonstration data")),
        },
        (LOCATION_CHECK,),
    )
    sortable = {"name": "name"}
    write_action = Action.ADMINISTER

    def current(self) -> Office | None:
        """The office, or None before the first setup."""
        require(self.ctx.actor, Action.READ)
        with self.ctx.reading() as session:
            stmt = select(Office).where(Office.deleted_at.is_(None)).order_by(Office.created_at)
            return session.scalars(stmt.limit(1)).first()

    def save(self, data: Mapping[str, Any]) -> Office:
        """Create the office on first setup, afterwards update it."""
        with self.ctx.transaction():
            existing = self.current()
            if existing is None:
                return self.create(data)
            return self.update(existing.id, data)

    def set_emblem(self, image: bytes | None) -> Office:
        """Store the office's emblem (a PNG or JPEG image), or remove it with None.

        Documents print a labelled placeholder until an emblem is stored.
        """
        require(self.ctx.actor, self.write_action)
        if image is not None:
            problem = emblem_problem(image)
            if problem is not None:
                raise ValidationError([FieldProblem("emblem_png", problem)])
        with self.ctx.transaction() as session:
            office = self.current()
            if office is None:
                message = _("Save the office details first, then choose the emblem.")
                raise ValidationError([FieldProblem("emblem_png", message)])
            old = office.emblem_png
            if old == image:
                return office
            office.emblem_png = image
            office.updated_by = self.ctx.actor.user_id
            session.flush()
            changes = {"emblem_png": [audit.plain(old), audit.plain(image)]}
            audit.record(
                session,
                self.ctx.actor,
                "update",
                Office.__tablename__,
                office.id,
                self.describe(office),
                changes,
            )
        return office
