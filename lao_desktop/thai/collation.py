"""Thai dictionary order.

``thai_sort_key`` turns a text into a string whose plain code-point order is Thai
dictionary order, so both databases can keep it in an ordinary indexed column and sort by
it with their binary collation (fast, and the same on SQLite and PostgreSQL). The SQLite
collation ``thai`` and the ICU collation ``thai`` on PostgreSQL serve ad-hoc ordering.

Levels, as in the Royal Institute dictionary: first the letters with each leading vowel
(เ แ โ ใ ไ) read after the consonant it precedes and without tone marks; then the tone
marks; then the original text as a tie-breaker.
"""

from __future__ import annotations

import re
import unicodedata

from lao_desktop.thai.digits import to_arabic_digits

_LEADING_VOWEL = re.compile("([\u0e40-\u0e44])([\u0e01-\u0e2e])")
_MARKS = re.compile("[\u0e47-\u0e4e]")  # ็ ่ ้ ๊ ๋ ์ ํ ๎
_LEVEL_SEPARATOR = "\x01"  # below every printable character: shorter words sort first


def thai_sort_key(text: str) -> str:
    normalized = to_arabic_digits(unicodedata.normalize("NFC", text).strip().casefold())
    swapped = _LEADING_VOWEL.sub(r"\2\1", normalized)
    primary = _MARKS.sub("", swapped)
    tones = "".join(_MARKS.findall(swapped))
    return f"{primary}{_LEVEL_SEPARATOR}{tones}{_LEVEL_SEPARATOR}{normalized}"


def thai_collate(left: str, right: str) -> int:
    """A SQLite collation function (-1, 0, 1) with the same order as the key."""
    a, b = thai_sort_key(left), thai_sort_key(right)
    return (a > b) - (a < b)
