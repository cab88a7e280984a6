"""Field specifications: convert what a form, a command or a spreadsheet gives into the
stored value, or say in the interface language what is wrong and how to fix it.

A field's ``convert`` receives a non-empty value (None and blank strings mean "empty" and
are handled by ``Schema``) and raises ``FieldValueError`` with a translated explanation.
"""

from __future__ import annotations

import re
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime, time
from decimal import Decimal, InvalidOperation
from enum import Enum
from typing import Any

from lao_desktop.i18n import _, language
from lao_desktop.models.enums import LabeledEnum
from lao_desktop.thai.dates import parse_date
from lao_desktop.thai.digits import to_arabic_digits
from lao_desktop.thai.errors import ThaiInputError
from lao_desktop.thai.idcard import is_masked_national_id, validate_national_id
from lao_desktop.thai.phone import normalize_phone
from lao_desktop.thai.text import clean_text


class FieldValueError(ValueError):
    """A value that cannot be accepted; the message is already translated."""


def bilingual(error: ThaiInputError) -> str:
    """The message of a Thai utility's error in the interface language."""
    return error.message_en if language() == "en" else error.message_th


@dataclass(frozen=True, kw_only=True)
class Field:
    label: str  # msgid, translated when shown
    required: bool = False
    default: Any = None  # stored when the field is left empty
    sensitive: bool = False  # personal data: never written into the audit trail in clear

    def convert(self, raw: Any) -> Any:
        return raw

    def empty_value(self) -> Any:
        return self.default


@dataclass(frozen=True, kw_only=True)
class TextField(Field):
    max_length: int = 300
    multiline: bool = False

    def convert(self, raw: Any) -> str:
        text = clean_text(str(raw), multiline=self.multiline)
        if len(text) > self.max_length:
            raise FieldValueError(
                _("is {n} characters long; shorten it to at most {max}.").format(
                    n=len(text), max=self.max_length
                )
            )
        if any(ord(c) < 32 and c not in "\n\t" for c in text):
            raise FieldValueError(_("contains control characters; retype it."))
        return text


@dataclass(frozen=True, kw_only=True)
class NotesField(TextField):
    """Long free text: vision, minutes, obligations, notes."""

    max_length: int = 20_000
    multiline: bool = True


@dataclass(frozen=True, kw_only=True)
class ChoiceField(Field):
    enum: type[LabeledEnum]

    def convert(self, raw: Any) -> LabeledEnum:
        if isinstance(raw, self.enum):
            return raw
        try:
            return self.enum.parse(str(raw))
        except ValueError:
            choices = ", ".join(m.label for m in self.enum)
            raise FieldValueError(
                _("“{value}” is not one of the choices; choose one of: {choices}.").format(
                    value=str(raw)[:50], choices=choices
                )
            ) from None


@dataclass(frozen=True, kw_only=True)
class DateField(Field):
    def convert(self, raw: Any) -> date:
        if isinstance(raw, datetime):
            return raw.date()
        if isinstance(raw, date):
            return raw
        try:
            return parse_date(str(raw))
        except ThaiInputError as error:
            raise FieldValueError(bilingual(error)) from None


_TIME = re.compile(r"^(\d{1,2})[:.](\d{2})(?:\s*น\.?)?$")


@dataclass(frozen=True, kw_only=True)
class TimeField(Field):
    def convert(self, raw: Any) -> time:
        if isinstance(raw, time):
            return raw
        match = _TIME.match(to_arabic_digits(str(raw)).strip())
        if match:
            hour, minute = int(match.group(1)), int(match.group(2))
            if hour < 24 and minute < 60:
                return time(hour, minute)
        raise FieldValueError(
            _(
                "“{value}” is not a time; type hours and minutes, for example 09.30 or 13:00."
            ).format(value=str(raw)[:20])
        )


@dataclass(frozen=True, kw_only=True)
class IntField(Field):
    minimum: int | None = 0
    maximum: int | None = None
    count: bool = False  # a number of things (shown 1,250); else an identifier (ครั้งที่, พ.ศ.)

    def convert(self, raw: Any) -> int:
        if isinstance(raw, bool):
            raise FieldValueError(_("must be a whole number."))
        text = to_arabic_digits(str(raw)).strip().replace(",", "")
        try:
            value = int(Decimal(text)) if isinstance(raw, str) else int(raw)
            if isinstance(raw, str) and Decimal(text) != value:
                raise ValueError
        except (ValueError, InvalidOperation, TypeError):
            raise FieldValueError(
                _("“{value}” is not a whole number; type digits only, for example 12.").format(
                    value=str(raw)[:20]
                )
            ) from None
        if self.minimum is not None and value < self.minimum:
            raise FieldValueError(_("must be at least {min}.").format(min=self.minimum))
        if self.maximum is not None and value > self.maximum:
            raise FieldValueError(_("must be at most {max}.").format(max=self.maximum))
        return value


@dataclass(frozen=True, kw_only=True)
class DecimalField(Field):
    places: int = 2
    maximum: Decimal = Decimal("999999999999")

    def convert(self, raw: Any) -> Decimal:
        text = to_arabic_digits(str(raw)).strip().replace(",", "").replace("บาท", "").strip()
        try:
            value = Decimal(text)
            if not value.is_finite():
                raise InvalidOperation
        except InvalidOperation:
            raise FieldValueError(
                _("“{value}” is not a number; type digits only, for example 12500.50.").format(
                    value=str(raw)[:30]
                )
            ) from None
        if value < 0:
            raise FieldValueError(_("cannot be negative."))
        if value > self.maximum:
            raise FieldValueError(_("is too large; check the number of digits."))
        if value != value.quantize(Decimal(1).scaleb(-self.places)):
            raise FieldValueError(
                _("has more than {places} decimal places; round it.").format(places=self.places)
            )
        return value


@dataclass(frozen=True, kw_only=True)
class MoneyField(DecimalField):
    places: int = 2


@dataclass(frozen=True, kw_only=True)
class BoolField(Field):
    default: Any = False

    def convert(self, raw: Any) -> bool:
        if isinstance(raw, bool):
            return raw
        text = str(raw).strip().casefold()
        if text in {"1", "true", "yes", "y", "ใช่", "x", "✓"}:
            return True
        if text in {"0", "false", "no", "n", "ไม่", "ไม่ใช่"}:
            return False
        raise FieldValueError(_("must be yes or no."))


@dataclass(frozen=True, kw_only=True)
class PhoneField(Field):
    def convert(self, raw: Any) -> str:
        try:
            return normalize_phone(str(raw))
        except ThaiInputError as error:
            raise FieldValueError(bilingual(error)) from None


_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")


@dataclass(frozen=True, kw_only=True)
class EmailField(Field):
    def convert(self, raw: Any) -> str:
        text = clean_text(str(raw))
        if len(text) > 254 or not _EMAIL.match(text):
            # Without the address typed: a contact's e-mail is personal data (PDPA), and
            # messages end up in logs.
            raise FieldValueError(_("is not an e-mail address; type it like name@example.go.th."))
        return text


@dataclass(frozen=True, kw_only=True)
class NationalIdField(Field):
    """A 13-digit national ID number (personal data): hidden in the audit trail, masked
    when handed out; its errors never repeat the number. A masked number given back on an
    update means "unchanged" (the contact service keeps the stored one); it is refused here
    only where there is nothing stored to keep."""

    sensitive: bool = True

    def convert(self, raw: Any) -> str:
        if is_masked_national_id(str(raw)):
            raise FieldValueError(
                _(
                    "shows only the last digits; type the whole 13-digit number from the "
                    "card, or leave it empty."
                )
            )
        try:
            return validate_national_id(str(raw))
        except ThaiInputError as error:
            raise FieldValueError(bilingual(error)) from None


@dataclass(frozen=True, kw_only=True)
class CodeField(Field):
    """A code of fixed digits (province 2, district 4, subdistrict 6, postal code 5)."""

    digits: int

    def convert(self, raw: Any) -> str:
        text = to_arabic_digits(str(raw)).strip()
        if not (text.isdigit() and len(text) == self.digits):
            raise FieldValueError(_("must be a code of {n} digits.").format(n=self.digits))
        return text


@dataclass(frozen=True, kw_only=True)
class RefField(Field):
    """The id of another record; it must exist and not be in the trash."""

    model: type[Any]
    what: str  # msgid naming the referenced kind of record

    def convert(self, raw: Any) -> uuid.UUID:
        if isinstance(raw, uuid.UUID):
            return raw
        if hasattr(raw, "id") and isinstance(raw.id, uuid.UUID):
            return raw.id
        try:
            return uuid.UUID(str(raw).strip())
        except ValueError:
            raise FieldValueError(
                _("is not a valid record reference; choose the {what} from the list.").format(
                    what=_(self.what)
                )
            ) from None


@dataclass(frozen=True)
class Check:
    """A rule across fields, run on the record as it would be saved."""

    fields: tuple[str, ...]  # the field the message is shown next to comes first
    rule: Callable[[dict[str, Any]], str | None]  # returns a translated problem or None


def enum_values(enum: type[Enum]) -> list[str]:
    return [str(m.value) for m in enum]
