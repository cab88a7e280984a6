"""What every document's content shares: the office as printed, how numbers and dates are
printed (B.E., Thai digits as the office chose), people as they sign, and the errors a
person sees when a document cannot be made.

Content modules read the services and return frozen dataclasses of ready-to-print strings,
so that a layout is a straight transcription. Fixed wording of an official format is Thai by
nature and written here as Thai constants, whatever the interface language.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, replace
from datetime import date, time
from decimal import Decimal
from typing import Any, TypeVar

from lao_desktop.errors import DomainError
from lao_desktop.i18n import _, translate
from lao_desktop.models.enums import LabeledEnum
from lao_desktop.models.office import Office
from lao_desktop.services.entity import EntityService
from lao_desktop.services.query import MAX_PAGE, ListQuery
from lao_desktop.services.registry import Services
from lao_desktop.thai import geo
from lao_desktop.thai.baht import baht_text
from lao_desktop.thai.dates import (
    BE_OFFSET,
    MAX_BE_YEAR,
    MIN_BE_YEAR,
    MONTHS_EN,
    THAI_MONTHS,
    THAI_MONTHS_ABBR,
    be_year,
    format_date,
)
from lao_desktop.thai.digits import format_number, to_thai_digits
from lao_desktop.thai.errors import ThaiInputError
from lao_desktop.thai.fiscal import fiscal_year, fiscal_year_range
from lao_desktop.thai.phone import format_phone

T = TypeVar("T")

THAI_WEEKDAYS = ("จันทร์", "อังคาร", "พุธ", "พฤหัสบดี", "ศุกร์", "เสาร์", "อาทิตย์")
# Machine text keeps Arabic digits even when the office prints Thai digits.
_MACHINE_TEXT = re.compile(r"\S+@\S+|\S*(?:://|www\.)\S*")
_THAI_LETTER = re.compile("[\u0e00-\u0e7f]")
_LATIN_LETTER = re.compile("[A-Za-z]")


class ContentError(DomainError):
    """A document cannot be made from what was asked (no such record, a year that is not
    B.E., nothing in the database yet); the message is translated and says what to do."""


def thai_label(member: LabeledEnum) -> str:
    """A list value in Thai: documents are Thai whatever the interface language."""
    return translate(member.msgid, "th")


Day = date  # Formats.date() hides the type's name inside the class


@dataclass(frozen=True)
class Formats:
    """How this office prints numbers, dates and money (Thai digits or not)."""

    thai_digits: bool = False

    def digits(self, text: str) -> str:
        """Digits of prose as the office prints them; e-mail and web addresses kept."""
        if not self.thai_digits or not text:
            return text
        parts, last = [], 0
        for match in _MACHINE_TEXT.finditer(text):
            parts += [to_thai_digits(text[last : match.start()]), match.group()]
            last = match.end()
        return "".join([*parts, to_thai_digits(text[last:])])

    def date(self, day: Day | None, style: str = "full") -> str:
        """21 พฤศจิกายน 2569 (full), 21 พ.ย. 2569 (abbr), 21/11/2569 (short); "" for None."""
        if day is None:
            return ""
        return format_date(day, style, self.thai_digits)  # type: ignore[arg-type]

    def date_with_be(self, day: Day | None) -> str:
        """21 พฤศจิกายน พ.ศ. 2569, as orders and announcements write it."""
        if day is None:
            return ""
        text = f"{day.day} {THAI_MONTHS[day.month - 1]} พ.ศ. {be_year(day)}"
        return self.digits(text)

    def weekday_date(self, day: Day) -> str:
        """วันศุกร์ที่ 14 สิงหาคม 2569, as minutes name the day of a meeting."""
        return f"วัน{THAI_WEEKDAYS[day.weekday()]}ที่ {self.date(day)}"

    def month(self, first_day: Day) -> str:
        """ต.ค. 2568: a month of a report's table or chart."""
        return self.digits(f"{THAI_MONTHS_ABBR[first_day.month - 1]} {be_year(first_day)}")

    def time(self, moment: time | None) -> str:
        """09.30 น.; "" for None."""
        if moment is None:
            return ""
        return self.digits(f"{moment.hour:02d}.{moment.minute:02d} น.")

    def number(self, value: int | Decimal, decimals: int = 0) -> str:
        return format_number(value, decimals, self.thai_digits)

    def amount(self, value: Decimal | None) -> str:
        """12,500.00 (a money column); "-" when there is no value."""
        return "-" if value is None else format_number(value, 2, self.thai_digits)

    def baht(self, value: Decimal) -> str:
        """12,500.00 บาท (หนึ่งหมื่นสองพันห้าร้อยบาทถ้วน): money written in a sentence."""
        return f"{format_number(value, 2, self.thai_digits)} บาท ({baht_text(value)})"

    def phone(self, number: str | None) -> str:
        if not number:
            return ""
        try:
            shown = format_phone(number)
        except ThaiInputError:  # stored before the check existed: print it as it is
            shown = number
        return self.digits(shown)

    def fiscal_year(self, year: int) -> str:
        """ปีงบประมาณ พ.ศ. 2569 (1 ตุลาคม 2568 – 30 กันยายน 2569)."""
        first, last = fiscal_year_range(year)
        shown = f"ปีงบประมาณ พ.ศ. {year} ({self.date(first)} – {self.date(last)})"
        return self.digits(shown)

    def period(self, start: Day | None, end: Day | None) -> str:
        """ตั้งแต่วันที่ 1 ตุลาคม 2568 ถึงวันที่ 30 กันยายน 2570; "" without dates."""
        if start is None and end is None:
            return ""
        if end is None:
            return f"ตั้งแต่วันที่ {self.date(start)} เป็นต้นไป"
        if start is None:
            return f"จนถึงวันที่ {self.date(end)}"
        return f"ตั้งแต่วันที่ {self.date(start)} ถึงวันที่ {self.date(end)}"


def date_en(day: date | None) -> str:
    """28 December 2022: the English side of a bilingual agreement (C.E.)."""
    return "" if day is None else f"{day.day} {MONTHS_EN[day.month - 1]} {day.year}"


def english_name(short_name: str | None) -> str | None:
    """A partner's English name where the data has one: the short name, when it is written
    in Latin letters (international partners keep their English name there)."""
    if not short_name or _THAI_LETTER.search(short_name) or not _LATIN_LETTER.search(short_name):
        return None
    return short_name


@dataclass(frozen=True)
class Person:
    """Someone named on a document: a signatory, an attendee, a contact."""

    name: str
    position: str = ""


@dataclass(frozen=True)
class OfficeInfo:
    """The office as its documents print it."""

    name: str
    address: str  # one line: house, village, ตำบล อำเภอ จังหวัด postal code
    address_lines: tuple[str, ...]  # the same in lines for the letterhead
    phone: str
    email: str
    website: str
    executive: Person
    document_prefix: str  # "นพ ๗๗๖๐๑/": printed after "ที่ "
    emblem_png: bytes | None
    thai_digits: bool


def place_parts(
    province_code: str | None,
    district_code: str | None,
    subdistrict_code: str | None,
    moo: int | None = None,
) -> list[str]:
    """หมู่ที่ n, ตำบล…, อำเภอ…, จังหวัด… from the national codes (แขวง/เขต in Bangkok)."""
    bangkok = province_code == geo.BANGKOK
    parts = [f"หมู่ที่ {moo}"] if moo else []
    sub = geo.subdistrict(subdistrict_code, include_abolished=True) if subdistrict_code else None
    if sub is not None:
        parts.append(("แขวง" if bangkok else "ตำบล") + sub.name_th)
    district = geo.district(district_code, include_abolished=True) if district_code else None
    if district is not None:
        name = district.name_th
        parts.append(name if name.startswith("เขต") else ("เขต" if bangkok else "อำเภอ") + name)
    province = geo.province(province_code) if province_code else None
    if province is not None:
        parts.append(province.name_th if bangkok else "จังหวัด" + province.name_th)
    return parts


def full_address(street: str, parts: list[str], postal_code: str | None = None) -> list[str]:
    """The street part as typed, then each place part it does not already name."""
    lines = [" ".join(street.split())] if street.strip() else []
    lines += [p for p in parts if p not in street]
    if postal_code and postal_code not in street:
        lines.append(postal_code)
    return lines


def office_info(services: Services) -> OfficeInfo:
    office: Office | None = services.office.current()
    if office is None:
        raise ContentError(_no_office_message())
    fmt = Formats(office.use_thai_digits)
    parts = full_address(
        office.address,
        place_parts(office.province_code, office.district_code, office.subdistrict_code, None),
        office.postal_code,
    )
    # Letterhead: the street on one line, the place names on the next.
    street = parts[:1] if office.address.strip() else []
    lines = tuple(fmt.digits(x) for x in [*street, " ".join(parts[len(street) :])] if x)
    prefix = (office.document_prefix or "").strip()
    prefix = prefix.removeprefix("ที่").strip()
    return OfficeInfo(
        name=office.name,
        address=fmt.digits(" ".join(parts)),
        address_lines=lines,
        phone=fmt.phone(office.phone),
        email=office.email or "",
        website=office.website or "",
        executive=Person(office.executive_name or "", office.executive_position or ""),
        document_prefix=fmt.digits(prefix),
        emblem_png=office.emblem_png,
        thai_digits=office.use_thai_digits,
    )


def _no_office_message() -> str:
    return _(
        "The office details are not saved yet; fill them in under Settings (or make the demo "
        "office) before printing documents."
    )


def paragraphs(text: str | None) -> tuple[str, ...]:
    """The non-empty lines of a long text, each a paragraph or a list item."""
    return tuple(line.strip() for line in (text or "").splitlines() if line.strip())


def all_items(service: EntityService[Any], query: ListQuery) -> Iterator[Any]:
    """Every record a list query matches, page by page (a page holds at most MAX_PAGE)."""
    offset = 0
    while True:
        page = service.list(replace(query, offset=offset, limit=MAX_PAGE))
        yield from page.items
        offset += len(page.items)
        if len(page.items) < MAX_PAGE:
            return


def numbered(items: list[T], make: Callable[[int, T], Any]) -> tuple[Any, ...]:
    """``make(n, item)`` for each item, n from 1."""
    return tuple(make(n, item) for n, item in enumerate(items, start=1))


def report_year(options_year: int | None, today: date) -> int:
    """The B.E. fiscal year a report covers: the one asked for (checked), else the current."""
    if options_year is None:
        return fiscal_year(today)
    return check_be_year(options_year)


def check_be_year(year: int) -> int:
    """``year`` if it is a plausible B.E. year; a C.E. year is refused with the B.E. one."""
    if MIN_BE_YEAR <= year <= MAX_BE_YEAR:
        return year
    if MIN_BE_YEAR - BE_OFFSET <= year <= MAX_BE_YEAR - BE_OFFSET:
        message = _(
            "{year} is a year of the Christian era; years are given in the Buddhist era "
            "(B.E.): did you mean {be}?"
        )
        raise ContentError(message.format(year=year, be=year + BE_OFFSET))
    message = _("{year} is not a Buddhist-era year; give the fiscal year in B.E., e.g. {example}.")
    raise ContentError(message.format(year=year, example=fiscal_year(date.today())))
