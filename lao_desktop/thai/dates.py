"""Buddhist-era (พ.ศ.) dates: dates are stored as ``datetime.date`` and shown in B.E.

พ.ศ. = ค.ศ. + 543. Qt and the databases know only the Gregorian calendar, so every date a
person reads or types goes through ``format_date`` and ``parse_date``.
"""

from __future__ import annotations

import calendar
import re
import unicodedata
from datetime import date, datetime
from typing import Final, Literal

from lao_desktop.thai.digits import to_arabic_digits, to_thai_digits
from lao_desktop.thai.errors import ThaiInputError

__all__ = [
    "BE_OFFSET",
    "MAX_BE_YEAR",
    "MIN_BE_YEAR",
    "MONTHS_EN",
    "THAI_MONTHS",
    "THAI_MONTHS_ABBR",
    "DateStyle",
    "ThaiDateError",
    "be_year",
    "format_date",
    "format_datetime_be",
    "from_be",
    "parse_date",
]

BE_OFFSET: Final = 543
# Years a record of a living office can hold; anything else is a typing mistake.
MIN_BE_YEAR: Final = 2400
MAX_BE_YEAR: Final = 2700
# A 4-digit year up to this is C.E.; from MIN_BE_YEAR it is B.E.; in between it is unclear.
_MAX_CE_GUESS: Final = 2200

THAI_MONTHS: Final = (
    "มกราคม",
    "กุมภาพันธ์",
    "มีนาคม",
    "เมษายน",
    "พฤษภาคม",
    "มิถุนายน",
    "กรกฎาคม",
    "สิงหาคม",
    "กันยายน",
    "ตุลาคม",
    "พฤศจิกายน",
    "ธันวาคม",
)
THAI_MONTHS_ABBR: Final = (
    "ม.ค.",
    "ก.พ.",
    "มี.ค.",
    "เม.ย.",
    "พ.ค.",
    "มิ.ย.",
    "ก.ค.",
    "ส.ค.",
    "ก.ย.",
    "ต.ค.",
    "พ.ย.",
    "ธ.ค.",
)
# Fixed, not calendar.month_name: that one follows the PC's locale.
MONTHS_EN: Final = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)

DateStyle = Literal["full", "abbr", "short"]

_HOW_TH: Final = "พิมพ์ในรูปแบบ วว/ดด/ปปปป เช่น 21/11/2569"
_HINT_TH: Final = "กรุณา" + _HOW_TH
_HINT_EN: Final = "Type it as DD/MM/YYYY, for example 21/11/2569."


class ThaiDateError(ThaiInputError):
    """A date that cannot be read or does not exist."""


def be_year(d: date) -> int:
    """The Buddhist-era year of a date: 2026-11-21 → 2569."""
    return d.year + BE_OFFSET


def from_be(year: int, month: int, day: int) -> date:
    """The date for a B.E. year, month and day; raises ``ThaiDateError`` if it does not exist."""
    _check_be_year(year)
    _check_month(month)
    _check_day(year, month, day)
    return date(year - BE_OFFSET, month, day)


def format_date(d: date, style: DateStyle = "full", thai_digits: bool = False) -> str:
    """21 พฤศจิกายน 2569 (full), 21 พ.ย. 2569 (abbr) or 21/11/2569 (short)."""
    year = be_year(d)
    if style == "full":
        text = f"{d.day} {THAI_MONTHS[d.month - 1]} {year}"
    elif style == "abbr":
        text = f"{d.day} {THAI_MONTHS_ABBR[d.month - 1]} {year}"
    elif style == "short":
        text = f"{d.day:02d}/{d.month:02d}/{year}"
    else:
        raise ValueError(f"unknown date style {style!r}")
    return to_thai_digits(text) if thai_digits else text


def format_datetime_be(dt: datetime, style: DateStyle = "abbr", thai_digits: bool = False) -> str:
    """A timestamp as a clerk reads it: "21 พ.ย. 2569 14:05 น.".

    The clock time is shown as given: convert an aware timestamp to local time first.
    """
    text = f"{format_date(dt.date(), style)} {dt.hour:02d}:{dt.minute:02d} น."
    return to_thai_digits(text) if thai_digits else text


# --- parsing ------------------------------------------------------------------------------

_INVISIBLE = re.compile("[\u200b\u200c\u200d\u2060\ufeff\u00ad]")
# Era markers, also typed without dots or spaces (พศ, พ.ศ, B.E.).
_BE_MARK = re.compile(r"พ\s*\.?\s*ศ\s*\.?|\bB\s*\.?\s*E\b\.?", re.IGNORECASE)
_CE_MARK = re.compile(r"ค\s*\.?\s*ศ\s*\.?|\b(?:C\s*\.?\s*E|A\s*\.?\s*D)\b\.?", re.IGNORECASE)
_PREFIX = re.compile(r"^(?:วันที่|วัน)\s*")
# Excel and pandas write a time after a date ("2026-11-21 00:00:00"): the date is kept.
_TIME_SUFFIX = r"(?:[ T]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?)?"
_ISO = re.compile(rf"(\d{{4}})\s*[-/.]\s*(\d{{1,2}})\s*[-/.]\s*(\d{{1,2}}){_TIME_SUFFIX}")
_NUMERIC = re.compile(rf"(\d{{1,2}})\s*[-/.]\s*(\d{{1,2}})(?:\s*[-/.]\s*(\d+))?{_TIME_SUFFIX}")
_WITH_MONTH_NAME = re.compile(r"(\d{1,2})\s*([^\d\s]+(?:\s+[^\d\s]+)?)\s*(\d+)?")
# Longer than any date anyone types; junk is refused before the patterns look at it.
_MAX_LENGTH: Final = 60

_Era = Literal["be", "ce"] | None


def _month_key(name: str) -> str:
    return re.sub(r"[\s.]", "", name).casefold()


def _month_lookup() -> dict[str, int]:
    table: dict[str, int] = {}
    for number, (full, abbr) in enumerate(zip(THAI_MONTHS, THAI_MONTHS_ABBR, strict=True), 1):
        table[_month_key(full)] = number
        table[_month_key(abbr)] = number  # "พ.ย." and the dotless "พย"
    return table


_MONTH_BY_NAME: Final = _month_lookup()


def _shown(text: str) -> str:
    """The typed text, shortened so that a pasted page does not flood the message."""
    return text if len(text) <= 30 else text[:30] + "…"


def _unreadable(text: str) -> ThaiDateError:
    return ThaiDateError(
        f"อ่านวันที่ “{_shown(text)}” ไม่ได้ {_HINT_TH}",
        f"Cannot read the date “{_shown(text)}”. {_HINT_EN}",
    )


def _check_be_year(year: int, typed_ce: bool = False) -> None:
    if MIN_BE_YEAR <= year <= MAX_BE_YEAR:
        return
    # Name the year as it was typed, or "ค.ศ. 2569" would be reported as พ.ศ. 3112.
    ce = year - BE_OFFSET
    shown_th = f"ค.ศ. {ce} (พ.ศ. {year})" if typed_ce else f"พ.ศ. {year}"
    shown_en = f"{ce} C.E. ({year} B.E.)" if typed_ce else f"{year} B.E."
    low, high = MIN_BE_YEAR, MAX_BE_YEAR
    raise ThaiDateError(
        f"ปี {shown_th} อยู่นอกช่วงที่รับได้ (พ.ศ. {low}–{high}) {_HINT_TH}",
        f"The year {shown_en} is outside {low}–{high} B.E. "
        f"({low - BE_OFFSET}–{high - BE_OFFSET} C.E.). {_HINT_EN}",
    )


def _check_month(month: int) -> None:
    if not 1 <= month <= 12:
        raise ThaiDateError(
            f"เดือนที่ {month} ไม่มีอยู่จริง: เดือนต้องเป็นเลข 1 ถึง 12 {_HINT_TH}",
            f"There is no month {month}: months are numbered 1 to 12. {_HINT_EN}",
        )


def _check_day(be: int, month: int, day: int) -> None:
    last = calendar.monthrange(be - BE_OFFSET, month)[1]
    if not 1 <= day <= last:
        typed = f"{day:02d}/{month:02d}/{be}"
        if day < 1:
            why_th, why_en = "วันที่ต้องเริ่มจาก 1", "days start at 1"
        else:
            why_th = f"เดือน{THAI_MONTHS[month - 1]} {be} มีเพียง {last} วัน"
            why_en = f"{MONTHS_EN[month - 1]} {be} B.E. ({be - BE_OFFSET}) has only {last} days"
        raise ThaiDateError(
            f"วันที่ {typed} ไม่มีอยู่จริง: {why_th} {_HINT_TH}",
            f"{typed} does not exist: {why_en}. {_HINT_EN}",
        )


def _be_from_typed_year(digits: str, era: _Era) -> int:
    """Apply the era rule of ``parse_date`` to the year as typed."""
    value = int(digits)
    if len(digits) == 2:
        return value + (2000 + BE_OFFSET if era == "ce" else 2500)
    if len(digits) != 4:
        raise ThaiDateError(
            f"ปี “{digits}” ต้องมี 4 หลัก (เช่น 2569) หรือ 2 หลัก (เช่น 69) {_HINT_TH}",
            f"The year “{digits}” must have 4 digits (2569) or 2 digits (69). {_HINT_EN}",
        )
    if era == "be":
        return value
    if era == "ce" or value <= _MAX_CE_GUESS:
        return value + BE_OFFSET
    if value >= MIN_BE_YEAR:
        return value
    raise ThaiDateError(
        f"ปี {value} ไม่ชัดเจนว่าเป็น พ.ศ. หรือ ค.ศ. กรุณาใส่ “พ.ศ.” หรือ “ค.ศ.” หน้าปี หรือ{_HOW_TH}",
        f"It is not clear whether {value} is B.E. or C.E.: write “พ.ศ.” or “ค.ศ.” before "
        f"the year. {_HINT_EN}",
    )


def _take_era(text: str) -> tuple[str, _Era]:
    be, ce = _BE_MARK.search(text), _CE_MARK.search(text)
    if be and ce:
        raise ThaiDateError(
            f"วันที่ “{_shown(text)}” มีทั้ง พ.ศ. และ ค.ศ. กรุณาใส่อย่างใดอย่างหนึ่ง",
            f"The date “{_shown(text)}” has both B.E. and C.E.; write only one.",
        )
    if be:
        return _BE_MARK.sub(" ", text), "be"
    if ce:
        return _CE_MARK.sub(" ", text), "ce"
    return text, None


def _normalize(text: str) -> str:
    text = _INVISIBLE.sub("", unicodedata.normalize("NFC", text))
    return " ".join(to_arabic_digits(text).split())


def parse_date(text: str, today: date | None = None) -> date:
    """Read a date as a clerk types it or as Excel gives it; raise ``ThaiDateError`` if not.

    Accepted: "21/11/2569", "21-11-69", "21.11.2569", "2569-11-21", "2026-11-21" (ISO, an
    Excel time after it is ignored), "21 พฤศจิกายน 2569", "21 พ.ย. 69", "วันที่ 21 พ.ย. พ.ศ.
    2569", Thai digits, and "21/11" or "21 พ.ย." for that day in the year of ``today``.

    The year: an explicit "พ.ศ." / "ค.ศ." (or B.E. / C.E. / A.D.) wins. Otherwise a 4-digit
    year of 2400 or more is B.E., of 2200 or less is C.E., and one in between is refused as
    unclear; a 2-digit year is B.E. 25xx (69 → 2569), or 20xx after "ค.ศ.". The result must
    fall in B.E. 2400–2700.
    """
    if not text or not text.strip():
        raise ThaiDateError(
            f"ยังไม่ได้กรอกวันที่ {_HINT_TH}",
            f"The date is empty. {_HINT_EN}",
        )
    if len(text) > _MAX_LENGTH * 4:  # a pasted page: refuse it before normalizing it all
        raise _unreadable(text.strip())
    original = _normalize(text)
    if len(original) > _MAX_LENGTH:
        raise _unreadable(original)
    body, era = _take_era(original)
    body = _PREFIX.sub("", " ".join(body.split()))

    year_text: str | None
    if match := _ISO.fullmatch(body):
        year_text, month_text, day_text = match.groups()
        month = int(month_text)
    elif match := _NUMERIC.fullmatch(body):
        day_text, month_text, year_text = match.groups()
        month = int(month_text)
    elif match := _WITH_MONTH_NAME.fullmatch(body):
        day_text, month_name, year_text = match.groups()
        found = _MONTH_BY_NAME.get(_month_key(month_name))
        if found is None:
            raise ThaiDateError(
                f"ไม่รู้จักชื่อเดือน “{_shown(month_name)}” กรุณาพิมพ์ชื่อเดือนเต็ม เช่น "
                f"พฤศจิกายน หรือแบบย่อ เช่น พ.ย. หรือ{_HOW_TH}",
                f"Unknown month name “{_shown(month_name)}”: write it in full (พฤศจิกายน) or "
                f"short (พ.ย.). {_HINT_EN}",
            )
        month = found
    else:
        raise _unreadable(original)

    if year_text is None:
        be = be_year(today or date.today())
        if era is not None:  # "21/11 พ.ศ." has a marker but no year to apply it to
            raise _unreadable(original)
        _check_be_year(be)
    else:
        be = _be_from_typed_year(year_text, era)
        _check_be_year(be, typed_ce=be != int(year_text) and len(year_text) == 4)
    _check_month(month)
    _check_day(be, month, int(day_text))
    return date(be - BE_OFFSET, month, int(day_text))
