"""Partners (ภาคี) and their contact people."""

from __future__ import annotations

import uuid
from collections.abc import Mapping
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from lao_desktop.errors import FieldProblem
from lao_desktop.i18n import N_, _
from lao_desktop.models.enums import Level, Pillar, Sector
from lao_desktop.models.partner import ContactPerson, Partner
from lao_desktop.services.entity import EntityService
from lao_desktop.services.fields import (
    BoolField,
    ChoiceField,
    EmailField,
    NationalIdField,
    NotesField,
    PhoneField,
    RefField,
    TextField,
)
from lao_desktop.services.location import LOCATION_CHECK, LOCATION_FIELDS
from lao_desktop.services.national_ids import mask_in_place, stored_national_id
from lao_desktop.services.schema import Schema
from lao_desktop.thai.collation import thai_sort_key
from lao_desktop.thai.idcard import (
    is_masked_national_id,
    is_valid_national_id,
    normalize_national_id,
)
from lao_desktop.thai.text import clean_text


class PartnerService(EntityService[Partner]):
    model = Partner
    label = N_("Partner")
    schema = Schema(
        {
            "name": TextField(label=N_("Partner name"), required=True),
            "short_name": TextField(label=N_("Short name"), max_length=100),
            "sector": ChoiceField(label=N_("Sector"), required=True, enum=Sector),
            "pillar": ChoiceField(label=N_("Pillar"), required=True, enum=Pillar),
            "level": ChoiceField(label=N_("Level"), required=True, enum=Level),
            **LOCATION_FIELDS,
            "address": NotesField(label=N_("Address"), max_length=1000),
            "phone": PhoneField(label=N_("Phone")),
            "email": EmailField(label=N_("E-mail")),
            "line_id": TextField(label=N_("LINE ID"), max_length=100),
            "website": TextField(label=N_("Website")),
            "notes": NotesField(label=N_("Notes")),
        },
        (LOCATION_CHECK,),
    )
    filterable = ("sector", "pillar", "level", "province_code", "district_code", "subdistrict_code")
    sortable = {"name": "sort_key", "level": "level", "sector": "sector", "pillar": "pillar"}
    detail_options = (selectinload(Partner.contacts),)

    def search_parts(self, obj: Partner) -> list[str | None]:
        return [obj.name, obj.short_name, obj.phone, obj.email, obj.line_id]

    def extra_problems(
        self, session: Session, values: Mapping[str, Any], obj: Partner | None
    ) -> list[FieldProblem]:
        # The same name in the same place is almost always the same partner typed twice.
        # Groups with one name in many villages (กลุ่มแม่บ้าน) differ by subdistrict or หมู่.
        # Only the name goes to SQL: the sort-key index finds the few rows with that name at
        # once, where SQLite might otherwise scan a whole province.
        place = ("province_code", "district_code", "subdistrict_code", "moo")
        stmt = select(Partner.id, *(getattr(Partner, c) for c in place)).where(
            Partner.sort_key == thai_sort_key(clean_text(values["name"])),
            Partner.deleted_at.is_(None),
        )
        same_place = [
            other
            # Without flushing partners an import has added but not inserted yet: a row
            # for the same one is refused by the import itself (a fifth of its time).
            for other in session.execute(stmt, execution_options={"autoflush": False})
            if (obj is None or other[0] != obj.id)
            and all(other[i] == values.get(column) for i, column in enumerate(place, 1))
        ]
        if not same_place:
            return []
        return [
            FieldProblem(
                "name",
                _(
                    "Partner name: “{name}” already exists at this location; open the existing "
                    "partner instead, or add the village number (moo) if it is another group."
                ).format(name=values["name"]),
            )
        ]


class ContactService(EntityService[ContactPerson]):
    model = ContactPerson
    label = N_("Contact person")
    schema = Schema(
        {
            "partner_id": RefField(
                label=N_("Partner"), required=True, model=Partner, what=N_("partner")
            ),
            "title": TextField(label=N_("Name title"), max_length=50),
            "first_name": TextField(label=N_("First name"), required=True, max_length=150),
            "last_name": TextField(label=N_("Last name"), max_length=150),
            "position": TextField(label=N_("Position"), max_length=200),
            # A person's contact details are personal data (PDPA): the audit trail records
            # that they changed, never the values.
            "phone": PhoneField(label=N_("Phone"), sensitive=True),
            "line_id": TextField(label=N_("LINE ID"), max_length=100, sensitive=True),
            "email": EmailField(label=N_("E-mail"), sensitive=True),
            "national_id": NationalIdField(label=N_("National ID number")),
            "is_primary": BoolField(label=N_("Main contact")),
            "notes": NotesField(label=N_("Notes"), sensitive=True),
        }
    )
    filterable = ("partner_id",)
    sortable = {"name": "sort_key"}

    # The national ID number leaves this service masked (see ``national_ids``): loaded
    # contacts are masked as they load; the one just written is masked before it is returned.

    def create(self, data: Mapping[str, Any], *, ident: uuid.UUID | None = None) -> ContactPerson:
        contact = super().create(data, ident=ident)
        mask_in_place(contact)
        return contact

    def update(
        self, ident: uuid.UUID, data: Mapping[str, Any], *, expected_version: int | None = None
    ) -> ContactPerson:
        contact = super().update(ident, data, expected_version=expected_version)
        mask_in_place(contact)
        return contact

    def prefill(self, session: Session, data: dict[str, Any], obj: ContactPerson | None) -> None:
        """An edit form gives back the masked number it was shown, or the number as stored:
        both mean "unchanged", so the stored number is kept and nothing is recorded."""
        raw = data.get("national_id")
        if obj is None or not isinstance(raw, str) or not raw.strip():
            return
        if is_masked_national_id(raw):
            del data["national_id"]
            return
        stored = stored_national_id(session, obj.id)
        same = is_valid_national_id(raw) and normalize_national_id(raw) == stored
        if stored is not None and same:
            del data["national_id"]

    def describe(self, obj: ContactPerson) -> str:
        return obj.full_name

    def search_parts(self, obj: ContactPerson) -> list[str | None]:
        return [obj.title, obj.first_name, obj.last_name, obj.position, obj.phone]

    def derive(self, obj: ContactPerson) -> None:
        # Thai lists sort people by first name, then last name; the title does not count.
        obj.sort_key = thai_sort_key(f"{obj.first_name} {obj.last_name}")
        super().derive(obj)
