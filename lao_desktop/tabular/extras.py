"""Columns of another record saved with each row: a partner's main contact typed on the
partner's row, an agreement's parties listed in one cell. Offices keep their lists so."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select

from lao_desktop.errors import FieldProblem, ValidationError
from lao_desktop.i18n import N_
from lao_desktop.models.agreement import AgreementParty
from lao_desktop.models.partner import ContactPerson, Partner
from lao_desktop.services.registry import Services
from lao_desktop.services.schema import is_empty
from lao_desktop.tabular.columns import CellProblem, Column, Names, Resolve, RowInput
from lao_desktop.tabular.writing import Cell
from lao_desktop.thai.text import clean_text


@dataclass(frozen=True)
class ExtraColumn(Column):
    """Read into the row's ``extra``; not written out (the other record has its own sheet)."""

    exported: bool = False

    def clear(self, row: RowInput) -> None:
        """Nothing: an empty cell leaves the other record as it is."""

    def value(self, record: Any, names: Names) -> Cell:
        return None

    def read(self, raw: Any, row: RowInput, resolve: Resolve) -> None:
        row.extra[self.fills[0]] = raw


# (services, the row's saved record, the extra cells by key, resolve, whether the row added
# the record) -> None; raises ValidationError whose fields are the extra columns' keys.
Save = Callable[[Services, Any, dict[str, Any], Resolve, bool], None]


@dataclass(frozen=True)
class Extra:
    columns: tuple[ExtraColumn, ...]
    save: Save


# -- a partner's main contact ---------------------------------------------------------------

_CONTACT = "contact."
_CONTACT_COLUMNS = (
    ExtraColumn(N_("Contact: name title"), (_CONTACT + "title",)),
    ExtraColumn(N_("Contact: first name"), (_CONTACT + "first_name",)),
    ExtraColumn(N_("Contact: last name"), (_CONTACT + "last_name",)),
    ExtraColumn(N_("Contact: position"), (_CONTACT + "position",)),
    ExtraColumn(N_("Contact: phone"), (_CONTACT + "phone",)),
    ExtraColumn(N_("Contact: e-mail"), (_CONTACT + "email",)),
    ExtraColumn(N_("Contact: LINE ID"), (_CONTACT + "line_id",)),
)


def _save_contact(
    services: Services, partner: Partner, cells: dict[str, Any], resolve: Resolve, added: bool
) -> None:
    data = {
        key.removeprefix(_CONTACT): value
        for key, value in cells.items()
        if key.startswith(_CONTACT)
    }
    if all(is_empty(v) for v in data.values()):
        return
    contacts = services.contacts
    first, last = (contacts.peek(data, None, k) or "" for k in ("first_name", "last_name"))
    present: list[tuple[Any, str, str]] = []
    if not added:  # a partner added by this row has no contacts yet
        with contacts.ctx.reading() as session:
            present = [
                (row[0], row[1], row[2])
                for row in session.execute(
                    select(
                        ContactPerson.id, ContactPerson.first_name, ContactPerson.last_name
                    ).where(
                        ContactPerson.partner_id == partner.id,
                        ContactPerson.deleted_at.is_(None),
                    )
                )
            ]
    same = next((ident for ident, f, la in present if (f, la) == (first, last)), None)
    try:
        if same is not None:
            contacts.update(same, data)
        else:
            contacts.create({**data, "partner_id": partner.id, "is_primary": not present})
    except ValidationError as error:
        raise ValidationError(
            [FieldProblem(_CONTACT + p.field, p.message) for p in error.problems]
        ) from None


PARTNER_CONTACT = Extra(_CONTACT_COLUMNS, _save_contact)


# -- an agreement's parties -----------------------------------------------------------------

_PARTIES = "parties"
_SEPARATORS = re.compile(r"[\n;]+")


def _save_parties(
    services: Services, agreement: Any, cells: dict[str, Any], resolve: Resolve, added: bool
) -> None:
    raw = cells.get(_PARTIES)
    if is_empty(raw):
        return
    names = [clean_text(n) for n in _SEPARATORS.split(str(raw)) if clean_text(n)]
    try:
        wanted = [resolve(Partner, name) for name in names]
    except CellProblem as problem:
        raise ValidationError([FieldProblem(_PARTIES, str(problem))]) from None
    with services.ctx.reading() as session:
        present = set(
            session.scalars(
                select(AgreementParty.partner_id).where(
                    AgreementParty.agreement_id == agreement.id,
                    AgreementParty.deleted_at.is_(None),
                )
            )
        )
    sequence = len(present)
    for partner_id in dict.fromkeys(wanted):  # each once, in the order given
        if partner_id in present:
            continue
        sequence += 1
        services.agreement_parties.create(
            {"agreement_id": agreement.id, "partner_id": partner_id, "sequence": sequence}
        )


AGREEMENT_PARTIES = Extra(
    (ExtraColumn(N_("Parties (partner names, one per line)"), (_PARTIES,), aliases=("ภาคี",)),),
    _save_parties,
)
