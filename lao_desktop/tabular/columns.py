"""The columns of a sheet: what heads them, what a record puts in them on export, and what
a cell puts into a service's input on import.

Headers are Thai (the office's language) in templates and exports; on import a column is
also found by its English header or its field name, in any order, with spaces, case and the
required mark "*" ignored.
"""

from __future__ import annotations

import re
import uuid
from abc import ABC, abstractmethod
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any

from lao_desktop.i18n import LANGUAGES, N_, _, translate
from lao_desktop.models.enums import LabeledEnum
from lao_desktop.tabular.writing import Cell, cell
from lao_desktop.thai import geo
from lao_desktop.thai.digits import to_arabic_digits
from lao_desktop.thai.text import clean_text

REQUIRED_MARK = " *"
SYSTEM_ID = N_("System ID")
_HEADER_JUNK = re.compile(r"[\s*:._\-–()]+")


def header_key(text: Any) -> str:
    """A header in one form: "ชื่อภาคี *", "ชื่อ ภาคี" and "Partner Name" match their column."""
    return _HEADER_JUNK.sub("", clean_text(str(text))).casefold()


def thai(value: Any) -> Cell:
    """A stored value as it goes into the office's spreadsheet: choices by their Thai label."""
    if isinstance(value, LabeledEnum):
        return translate(value.msgid, "th")
    return cell(value)


class CellProblem(Exception):
    """What is wrong with one cell, already in the interface language."""


@dataclass
class RowInput:
    """What the cells of one row give: the service's input, and the record's own id."""

    data: dict[str, Any] = field(default_factory=dict)
    ident: uuid.UUID | None = None
    failed: set[str] = field(default_factory=set)  # fields whose cell had a problem
    extra: dict[str, Any] = field(default_factory=dict)  # for a kind's own columns


# Finds the live record of a model with a name: (model, name) -> id; raises CellProblem.
Resolve = Callable[[type[Any], str], uuid.UUID]
# Names of linked records by model, for export: {model: {id: name}}.
Names = Mapping[type[Any], Mapping[uuid.UUID, str]]


@dataclass(frozen=True)
class Column(ABC):
    header: str  # msgid
    fills: tuple[str, ...] = ()  # the service fields this column fills (to place its problems)
    aliases: tuple[str, ...] = ()
    required: bool = False
    exported: bool = True  # False: only read (a template column, a national ID number)
    width: int = 0

    def title(self) -> str:
        """The Thai header, marked when the column must be filled."""
        text = translate(self.header, "th")
        return text + REQUIRED_MARK if self.required else text

    def names(self) -> set[str]:
        titles = [translate(self.header, code) for code in LANGUAGES]
        return {header_key(t) for t in (*titles, *self.fills, *self.aliases)} - {""}

    def clear(self, row: RowInput) -> None:
        """An empty cell: the field is emptied (unless an ID column already filled it)."""
        for name in self.fills:
            row.data.setdefault(name, None)

    @abstractmethod
    def value(self, record: Any, names: Names) -> Cell:
        """What ``record`` puts in this column on export."""

    @abstractmethod
    def read(self, raw: Any, row: RowInput, resolve: Resolve) -> None:
        """Put a non-empty cell into ``row``; raise CellProblem if it cannot be used."""


@dataclass(frozen=True)
class FieldColumn(Column):
    """A field passed as typed to the service, which converts and checks it."""

    def value(self, record: Any, names: Names) -> Cell:
        return thai(getattr(record, self.fills[0], None))

    def read(self, raw: Any, row: RowInput, resolve: Resolve) -> None:
        row.data[self.fills[0]] = raw


@dataclass(frozen=True)
class IdColumn(Column):
    """The record's own UUID: a file exported here updates the same records when imported."""

    header: str = SYSTEM_ID
    aliases: tuple[str, ...] = ("id", "uuid", "รหัส")
    width: int = 38

    def value(self, record: Any, names: Names) -> Cell:
        return str(record.id)

    def read(self, raw: Any, row: RowInput, resolve: Resolve) -> None:
        row.ident = parse_uuid(raw)


@dataclass(frozen=True)
class RefColumn(Column):
    """A linked record by its name ("ภาคี": the partner's name)."""

    model: type[Any] = object

    def value(self, record: Any, names: Names) -> Cell:
        ident = getattr(record, self.fills[0], None)
        return None if ident is None else names.get(self.model, {}).get(ident, "")

    def read(self, raw: Any, row: RowInput, resolve: Resolve) -> None:
        key = self.fills[0]
        if row.data.get(key) is None:  # the id column, when filled, wins over the name
            row.data[key] = resolve(self.model, str(raw))


@dataclass(frozen=True)
class RefIdColumn(Column):
    """A linked record by its UUID, next to its name in exported files."""

    def title(self) -> str:
        return translate(N_("{field} (system ID)"), "th").format(field=translate(self.header, "th"))

    def names(self) -> set[str]:
        titles = [
            translate(N_("{field} (system ID)"), code).format(field=translate(self.header, code))
            for code in LANGUAGES
        ]
        return {header_key(t) for t in titles}

    def value(self, record: Any, names: Names) -> Cell:
        ident = getattr(record, self.fills[0], None)
        return None if ident is None else str(ident)

    def read(self, raw: Any, row: RowInput, resolve: Resolve) -> None:
        row.data[self.fills[0]] = parse_uuid(raw)


def parse_uuid(raw: Any) -> uuid.UUID:
    try:
        return uuid.UUID(str(raw).strip())
    except ValueError:
        raise CellProblem(
            _(
                "“{value}” is not a system ID; leave this column as the program exported it, "
                "or empty it for a new record."
            ).format(value=str(raw)[:40])
        ) from None


# -- places by name -------------------------------------------------------------------------


def _code_or_name(raw: Any) -> str:
    return to_arabic_digits(clean_text(str(raw)))


@dataclass(frozen=True)
class ProvinceColumn(Column):
    header: str = N_("Province")
    fills: tuple[str, ...] = ("province_code",)
    aliases: tuple[str, ...] = ("จ", "changwat")

    def value(self, record: Any, names: Names) -> Cell:
        found = geo.province(record.province_code) if record.province_code else None
        return found.name_th if found else None

    def read(self, raw: Any, row: RowInput, resolve: Resolve) -> None:
        found = geo.find_province(_code_or_name(raw))
        if found is None:
            raise CellProblem(
                _("there is no province “{name}”; check the spelling, e.g. นครพนม.").format(
                    name=str(raw)[:60]
                )
            )
        row.data["province_code"] = found.code


@dataclass(frozen=True)
class DistrictColumn(Column):
    header: str = N_("District")
    fills: tuple[str, ...] = ("district_code",)
    aliases: tuple[str, ...] = ("อ", "เขต", "amphoe")

    def value(self, record: Any, names: Names) -> Cell:
        found = geo.district(record.district_code, include_abolished=True)
        return found.name_th if record.district_code and found else None

    def read(self, raw: Any, row: RowInput, resolve: Resolve) -> None:
        text = _code_or_name(raw)
        found = geo.district(text) if text.isdigit() else None
        province = row.data.get("province_code")
        if found is None and province:
            found = geo.find_district(province, text)
        if found is None and "province_code" not in row.failed:  # else said already
            raise CellProblem(_unknown_place(N_("district"), raw, province))
        if found is not None:
            row.data["district_code"] = found.code


@dataclass(frozen=True)
class SubdistrictColumn(Column):
    header: str = N_("Subdistrict")
    fills: tuple[str, ...] = ("subdistrict_code",)
    aliases: tuple[str, ...] = ("ต", "แขวง", "tambon")

    def value(self, record: Any, names: Names) -> Cell:
        found = geo.subdistrict(record.subdistrict_code, include_abolished=True)
        return found.name_th if record.subdistrict_code and found else None

    def read(self, raw: Any, row: RowInput, resolve: Resolve) -> None:
        text = _code_or_name(raw)
        found = geo.subdistrict(text) if text.isdigit() else None
        district = row.data.get("district_code")
        if found is None and district:
            found = geo.find_subdistrict(district, text)
        if found is None and not row.failed & {"province_code", "district_code"}:
            raise CellProblem(_unknown_place(N_("subdistrict"), raw, district))
        if found is not None:
            row.data["subdistrict_code"] = found.code


def _unknown_place(what: str, raw: Any, above: str | None) -> str:
    if not above:
        return _("fill in the {above} first, so that the {what} can be found.").format(
            what=_(what), above=_("province") if what == N_("district") else _("district")
        )
    return _("there is no {what} “{name}” in the {above} given; check the spelling.").format(
        what=_(what),
        name=str(raw)[:60],
        above=_("province") if what == N_("district") else _("district"),
    )


PLACE_COLUMNS: tuple[Column, ...] = (ProvinceColumn(), DistrictColumn(), SubdistrictColumn())
