"""Thai telephone numbers: one stored form, one printed form.

Mobile numbers have 10 digits and start 06, 08 or 09; fixed lines have 9 digits and start
02–07 (02 is Bangkok). The stored form is the digits alone, with " ต่อ <n>" for an extension:
"0812345678", "021234567 ต่อ 12".
"""

from __future__ import annotations

import re
import unicodedata
from typing import Final

from lao_desktop.thai.digits import to_arabic_digits
from lao_desktop.thai.errors import ThaiInputError

__all__ = ["PhoneError", "format_phone", "normalize_phone"]

_EXAMPLES_TH: Final = "เช่น 081-234-5678 หรือ 02-123-4567"
_EXAMPLES_EN: Final = "for example 081-234-5678 or 02-123-4567"
_EXTENSION = re.compile(r"\s*(?:ต่อ|ext\.?|x|#)\s*(\d{1,6})\s*$", re.IGNORECASE)
_SEPARATORS = re.compile(r"[\s\-\u2010-\u2015.()]")
# Two numbers in one field ("081-234-5678, 02-123-4567") must be split by the person.
_SEVERAL = re.compile(r"[,;/]|หรือ|\bor\b", re.IGNORECASE)
_EXTENSION_WORD: Final = " ต่อ "
_MAX_LENGTH: Final = 40


class PhoneError(ThaiInputError):
    """A telephone number that cannot be right."""


def _national_digits(number: str) -> str:
    """Country code +66 / 66 replaced by the trunk 0 ("+66 (0)81…" too)."""
    if number.startswith("+"):
        if not number.startswith("+66"):
            raise PhoneError(
                f"รับเฉพาะหมายเลขโทรศัพท์ในประเทศไทย (+66) {_EXAMPLES_TH}",
                f"Only Thai telephone numbers (+66) are accepted, {_EXAMPLES_EN}.",
            )
        rest = number[3:]
        return rest if rest.startswith("0") else "0" + rest
    # 66 without "+": no Thai number starts with 6, so it can only be the country code.
    if number.startswith("66") and len(number) in (10, 11):
        return "0" + number[2:]
    return number


def _check_length(digits: str) -> None:
    kind = digits[1]
    if kind in "689":
        expected, what_th, what_en = 10, "โทรศัพท์มือถือ", "A mobile number"
    elif kind in "234567":
        expected, what_th, what_en = 9, "โทรศัพท์พื้นฐาน", "A fixed-line number"
    else:
        # The number itself stays out of the message: a contact's phone is personal data.
        raise PhoneError(
            f"หมายเลขที่ขึ้นต้นด้วย 0{kind} ไม่ใช่หมายเลขโทรศัพท์ในประเทศไทย {_EXAMPLES_TH}",
            f"A number starting with 0{kind} is not a Thai telephone number, {_EXAMPLES_EN}.",
        )
    if len(digits) != expected:
        raise PhoneError(
            f"หมายเลข{what_th}ต้องมี {expected} หลัก แต่กรอกมา {len(digits)} หลัก {_EXAMPLES_TH}",
            f"{what_en} has {expected} digits, not {len(digits)}, {_EXAMPLES_EN}.",
        )


def normalize_phone(text: str) -> str:
    """The stored form of a typed number; raises ``PhoneError`` (a ``ValueError``) if wrong.

    "081-234-5678" and "+66 81 234 5678" → "0812345678"; "02-123-4567 ต่อ 12" →
    "021234567 ต่อ 12". An extension may be written ต่อ, ext., x or #.
    """
    value = " ".join(to_arabic_digits(unicodedata.normalize("NFC", text)).split())
    if not value:
        raise PhoneError("ยังไม่ได้กรอกหมายเลขโทรศัพท์", "The telephone number is empty.")
    if len(value) > _MAX_LENGTH:
        raise PhoneError(
            f"อ่านหมายเลขโทรศัพท์ไม่ได้: ยาวเกินไป {_EXAMPLES_TH}",
            f"Cannot read the telephone number: it is too long, {_EXAMPLES_EN}.",
        )
    if _SEVERAL.search(value):
        raise PhoneError(
            f"กรอกหมายเลขโทรศัพท์ได้ช่องละหนึ่งหมายเลข {_EXAMPLES_TH}",
            f"Enter one telephone number per field, {_EXAMPLES_EN}.",
        )
    extension = ""
    if found := _EXTENSION.search(value):
        extension = found.group(1)
        value = value[: found.start()]
    number = _SEPARATORS.sub("", value)
    if not re.fullmatch(r"\+?\d+", number):
        raise PhoneError(
            f"หมายเลขโทรศัพท์ต้องเป็นตัวเลข {_EXAMPLES_TH} (เบอร์ต่อให้เขียนว่า “ต่อ 12”)",
            f"A telephone number has digits only, {_EXAMPLES_EN} (write an extension as “ต่อ 12”).",
        )
    digits = _national_digits(number)
    if not digits.startswith("0") or len(digits) < 2:
        raise PhoneError(
            f"หมายเลขโทรศัพท์ต้องขึ้นต้นด้วย 0 หรือ +66 {_EXAMPLES_TH}",
            f"A telephone number starts with 0 or +66, {_EXAMPLES_EN}.",
        )
    _check_length(digits)
    return digits + (_EXTENSION_WORD + extension if extension else "")


def format_phone(digits: str) -> str:
    """Grouped as Thais write it: "081-234-5678", "02-123-4567", "042-123-456"."""
    number, _, extension = normalize_phone(digits).partition(_EXTENSION_WORD)
    if len(number) == 10:
        grouped = f"{number[:3]}-{number[3:6]}-{number[6:]}"
    elif number.startswith("02"):
        grouped = f"{number[:2]}-{number[2:5]}-{number[5:]}"
    else:
        grouped = f"{number[:3]}-{number[3:6]}-{number[6:]}"
    return grouped + (_EXTENSION_WORD + extension if extension else "")
