"""Money in Thai words, as written on official documents and receipts (…บาทถ้วน).

PyThaiNLP's ``bahttext`` was checked and not used: it accepts only float (so amounts above
2**53 lose satang and ``Decimal`` is refused), writes 0.50 as "ศูนย์บาทห้าสิบสตางค์" instead
of "ห้าสิบสตางค์", and reads 1,000,001,000,000 as "หนึ่งล้านหนึ่งล้าน" instead of
"หนึ่งล้านเอ็ดล้าน". The tests compare this module with it where it is right.
"""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Context, Decimal

__all__ = ["baht_text"]

_DIGITS = ("", "หนึ่ง", "สอง", "สาม", "สี่", "ห้า", "หก", "เจ็ด", "แปด", "เก้า")
_PLACES = ("", "สิบ", "ร้อย", "พัน", "หมื่น", "แสน")
_MILLION = 1_000_000
_SATANG = Decimal("0.01")


def _below_million(n: int, has_higher: bool) -> str:
    """Words for 1..999,999; ``has_higher`` says that millions are read before this part."""
    words: list[str] = []
    digits = str(n)
    for position, char in enumerate(digits):
        digit = int(char)
        place = len(digits) - 1 - position
        if digit == 0:
            continue
        if place == 1 and digit == 1:
            words.append("สิบ")
        elif place == 1 and digit == 2:
            words.append("ยี่สิบ")
        elif place == 0 and digit == 1 and (n > 9 or has_higher):
            # เอ็ด: a final one after any higher digit (ยี่สิบเอ็ด, หนึ่งล้านเอ็ด).
            words.append("เอ็ด")
        else:
            words.append(_DIGITS[digit] + _PLACES[place])
    return "".join(words)


def _number_words(n: int) -> str:
    """Words for a positive integer; beyond a million the count of millions is read first."""
    millions, rest = divmod(n, _MILLION)
    head = _number_words(millions) + "ล้าน" if millions else ""
    return head + (_below_million(rest, bool(millions)) if rest else "")


def baht_text(amount: Decimal | int) -> str:
    """The amount in words, rounded half up to the satang.

    ``Decimal("12500")`` → "หนึ่งหมื่นสองพันห้าร้อยบาทถ้วน",
    ``Decimal("50.25")`` → "ห้าสิบบาทยี่สิบห้าสตางค์", ``Decimal("0.50")`` → "ห้าสิบสตางค์".
    Floats are refused (their binary value is not the amount a person typed), and so are
    negative amounts (documents write a refund in words, not a minus sign).
    """
    if isinstance(amount, bool) or not isinstance(amount, Decimal | int):
        raise TypeError(f"amount must be Decimal or int, not {type(amount).__name__}")
    value = Decimal(amount)
    if not value.is_finite():
        raise ValueError(f"amount {amount} is not a number")
    # Enough precision for any amount: the default 28 digits would fail past 10**26 baht.
    context = Context(prec=max(28, value.adjusted() + 4))
    value = value.quantize(_SATANG, rounding=ROUND_HALF_UP, context=context)
    if value < 0:
        raise ValueError(f"amount {amount} is negative")
    baht = int(value)
    satang = int((value - baht) * 100)
    if baht == 0 and satang == 0:
        return "ศูนย์บาทถ้วน"
    baht_words = _number_words(baht) + "บาท" if baht else ""
    if satang == 0:
        return baht_words + "ถ้วน"
    return baht_words + _number_words(satang) + "สตางค์"
