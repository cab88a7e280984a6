"""The Thai 13-digit national ID number (เลขประจำตัวประชาชน).

It is personal data: lists and printouts show it masked unless the person has the right to
see it, and it never goes into a message: an error says which rule the number breaks, never
the number itself (messages end up in logs, on screenshots and in bug reports).
"""

from __future__ import annotations

import re
from typing import Final

from lao_desktop.thai.digits import to_arabic_digits
from lao_desktop.thai.errors import ThaiInputError

__all__ = [
    "NationalIdError",
    "check_digit",
    "format_national_id",
    "is_masked_national_id",
    "is_valid_national_id",
    "mask_national_id",
    "normalize_national_id",
    "validate_national_id",
]

_EXAMPLE: Final = "1-2345-67890-12-1"
# Separators people type or paste: spaces, hyphens and the dashes Word substitutes.
_SEPARATORS = re.compile(r"[\s\-\u2010-\u2015\u2212.]")
_GROUPS: Final = (1, 4, 5, 2, 1)
# What ``mask_national_id`` shows (x-xxxx-xxxxx-12-1), also typed without the hyphens.
_MASKED = re.compile(r"^x-?xxxx-?xxxxx-?(\d\d)-?(\d)$", re.IGNORECASE)


class NationalIdError(ThaiInputError):
    """A national ID that cannot be right."""


def check_digit(first_twelve: str) -> int:
    """The 13th digit: (11 - Σ digit[i]·(13-i) mod 11) mod 10, over the first 12 digits."""
    if len(first_twelve) != 12 or not first_twelve.isascii() or not first_twelve.isdigit():
        raise ValueError("check_digit needs exactly 12 digits")
    total = sum(int(digit) * (13 - i) for i, digit in enumerate(first_twelve))
    return (11 - total % 11) % 10


def normalize_national_id(text: str) -> str:
    """The 13 digits alone: "1-2345-67890-12-1" or "๑ ๒๓๔๕ …" → "1234567890121".

    Raises ``NationalIdError`` when the result is not 13 digits; the check digit is not
    verified here (see ``is_valid_national_id``), so stored numbers can still be shown.
    """
    digits = _SEPARATORS.sub("", to_arabic_digits(text))
    if not digits:
        raise NationalIdError(
            "ยังไม่ได้กรอกเลขประจำตัวประชาชน",
            "The national ID number is empty.",
        )
    if not (digits.isascii() and digits.isdigit()):
        raise NationalIdError(
            f"เลขประจำตัวประชาชนต้องเป็นตัวเลขเท่านั้น เช่น {_EXAMPLE}",
            f"A national ID number has digits only, for example {_EXAMPLE}.",
        )
    if len(digits) != 13:
        raise NationalIdError(
            f"เลขประจำตัวประชาชนต้องมี 13 หลัก แต่กรอกมา {len(digits)} หลัก เช่น {_EXAMPLE}",
            f"A national ID number has 13 digits, not {len(digits)}; for example {_EXAMPLE}.",
        )
    return digits


def is_valid_national_id(text: str) -> bool:
    """True when the text is 13 digits (separators allowed) with a correct check digit."""
    try:
        digits = normalize_national_id(text)
    except NationalIdError:
        return False
    return check_digit(digits[:12]) == int(digits[12])


def validate_national_id(text: str) -> str:
    """``normalize_national_id`` that also raises ``NationalIdError`` on a wrong check digit."""
    digits = normalize_national_id(text)
    if check_digit(digits[:12]) != int(digits[12]):
        raise NationalIdError(
            "เลขประจำตัวประชาชนไม่ถูกต้อง: หลักที่ 13 (หลักสุดท้าย) ไม่ตรงกับหลักตรวจสอบที่คำนวณ"
            "จาก 12 หลักแรก มักเกิดจากพิมพ์ผิดหนึ่งหลักหรือสลับตำแหน่งกัน "
            "กรุณาตรวจทานกับบัตรอีกครั้ง",
            "The national ID number is wrong: its 13th (last) digit does not match the check "
            "digit computed from the first 12 digits, usually one digit mistyped or two "
            "swapped; compare it with the card again.",
        )
    return digits


def _grouped(digits: str) -> list[str]:
    groups: list[str] = []
    start = 0
    for size in _GROUPS:
        groups.append(digits[start : start + size])
        start += size
    return groups


def format_national_id(national_id: str) -> str:
    """As printed on the card: "1234567890121" → "1-2345-67890-12-1"."""
    return "-".join(_grouped(normalize_national_id(national_id)))


def is_masked_national_id(text: str) -> bool:
    """Whether ``text`` is a masked number as ``mask_national_id`` shows it: a form that
    gives it back means "unchanged", not a new number."""
    return bool(_MASKED.match(text.strip()))


def mask_national_id(national_id: str) -> str:
    """Only the last three digits shown: "1234567890121" → "x-xxxx-xxxxx-12-1".

    A number already masked (as the services hand it out) is returned as it is shown."""
    masked = _MASKED.match(national_id.strip())
    if masked:
        return f"x-xxxx-xxxxx-{masked.group(1)}-{masked.group(2)}"
    digits = normalize_national_id(national_id)
    hidden = "x" * 10 + digits[10:]
    return "-".join(_grouped(hidden))
