from __future__ import annotations

import random
from decimal import Decimal

import pytest
from pythainlp.util import bahttext

from lao_desktop.thai.baht import baht_text


@pytest.mark.parametrize(
    ("amount", "expected"),
    [
        ("12500", "หนึ่งหมื่นสองพันห้าร้อยบาทถ้วน"),
        ("50.25", "ห้าสิบบาทยี่สิบห้าสตางค์"),
        ("21", "ยี่สิบเอ็ดบาทถ้วน"),
        ("1000001", "หนึ่งล้านเอ็ดบาทถ้วน"),
        ("0", "ศูนย์บาทถ้วน"),
        ("0.00", "ศูนย์บาทถ้วน"),
        ("0.50", "ห้าสิบสตางค์"),
        ("0.01", "หนึ่งสตางค์"),
        ("0.21", "ยี่สิบเอ็ดสตางค์"),
        ("1", "หนึ่งบาทถ้วน"),
        ("1.01", "หนึ่งบาทหนึ่งสตางค์"),
        ("10", "สิบบาทถ้วน"),
        ("11", "สิบเอ็ดบาทถ้วน"),
        ("20", "ยี่สิบบาทถ้วน"),
        ("99", "เก้าสิบเก้าบาทถ้วน"),
        ("100", "หนึ่งร้อยบาทถ้วน"),
        ("101", "หนึ่งร้อยเอ็ดบาทถ้วน"),
        ("111", "หนึ่งร้อยสิบเอ็ดบาทถ้วน"),
        ("120", "หนึ่งร้อยยี่สิบบาทถ้วน"),
        ("1001", "หนึ่งพันเอ็ดบาทถ้วน"),
        ("200000", "สองแสนบาทถ้วน"),
        ("1000000", "หนึ่งล้านบาทถ้วน"),
        ("10000000", "สิบล้านบาทถ้วน"),
        ("11000000", "สิบเอ็ดล้านบาทถ้วน"),
        ("21000021", "ยี่สิบเอ็ดล้านยี่สิบเอ็ดบาทถ้วน"),
        ("101000000", "หนึ่งร้อยเอ็ดล้านบาทถ้วน"),
        ("2500000.75", "สองล้านห้าแสนบาทเจ็ดสิบห้าสตางค์"),
        (
            "123456789.99",
            "หนึ่งร้อยยี่สิบสามล้านสี่แสนห้าหมื่นหกพันเจ็ดร้อยแปดสิบเก้าบาทเก้าสิบเก้าสตางค์",
        ),
        ("1000000000000", "หนึ่งล้านล้านบาทถ้วน"),
        ("1000000000001", "หนึ่งล้านล้านเอ็ดบาทถ้วน"),
        ("1000001000000", "หนึ่งล้านเอ็ดล้านบาทถ้วน"),
        ("2000000000000.01", "สองล้านล้านบาทหนึ่งสตางค์"),
        ("1000000000000000000", "หนึ่งล้านล้านล้านบาทถ้วน"),
        (
            "12345678901234567.89",
            "หนึ่งหมื่นสองพันสามร้อยสี่สิบห้าล้านหกแสนเจ็ดหมื่นแปดพันเก้าร้อยเอ็ดล้าน"
            "สองแสนสามหมื่นสี่พันห้าร้อยหกสิบเจ็ดบาทแปดสิบเก้าสตางค์",
        ),
    ],
)
def test_baht_text(amount: str, expected: str) -> None:
    assert baht_text(Decimal(amount)) == expected


@pytest.mark.parametrize(
    ("amount", "expected"),
    [
        ("1.005", "หนึ่งบาทหนึ่งสตางค์"),  # half up to the satang
        ("1.004", "หนึ่งบาทถ้วน"),
        ("0.995", "หนึ่งบาทถ้วน"),
        ("0.004", "ศูนย์บาทถ้วน"),
        ("99.999", "หนึ่งร้อยบาทถ้วน"),
        ("999999.995", "หนึ่งล้านบาทถ้วน"),
        ("-0.001", "ศูนย์บาทถ้วน"),
    ],
)
def test_baht_text_rounds_to_the_satang(amount: str, expected: str) -> None:
    assert baht_text(Decimal(amount)) == expected


def test_baht_text_accepts_int() -> None:
    assert baht_text(12500) == "หนึ่งหมื่นสองพันห้าร้อยบาทถ้วน"


def test_baht_text_keeps_satang_beyond_float_precision() -> None:
    # 2**53 + 1 baht and 1 satang cannot be held by a float.
    amount = Decimal(2**53 + 1) + Decimal("0.01")
    assert baht_text(amount).endswith("บาทหนึ่งสตางค์")
    assert baht_text(amount) != baht_text(amount - Decimal("0.01"))


def test_baht_text_huge_amount_beyond_decimal_context() -> None:
    # 10**40 baht: more digits than the default 28-digit decimal context.
    amount = Decimal("1" + "0" * 40 + ".005")
    assert baht_text(amount) == "หนึ่งหมื่น" + "ล้าน" * 6 + "บาทหนึ่งสตางค์"


def test_baht_text_agrees_with_pythainlp_where_pythainlp_is_right() -> None:
    # bahttext is right from 1 baht up to a trillion (below that its float is exact to the
    # satang, and no count of millions reaches a million); compare on many amounts.
    rng = random.Random(2569)
    amounts = [Decimal(n) for n in range(1, 3000)]
    for _ in range(3000):
        digits = rng.randint(1, 12)
        baht = rng.randint(10 ** (digits - 1), 10**digits - 1)
        amounts.append(Decimal(baht) + Decimal(rng.randint(0, 99)) / 100)
    for amount in amounts:
        assert baht_text(amount) == bahttext(float(amount)), amount


@pytest.mark.parametrize(
    ("amount", "error"),
    [
        (Decimal("-1"), ValueError),
        (Decimal("-0.01"), ValueError),
        (-5, ValueError),
        (Decimal("NaN"), ValueError),
        (Decimal("Infinity"), ValueError),
        (12.5, TypeError),
        ("12.50", TypeError),
        (True, TypeError),
    ],
)
def test_baht_text_refuses(amount: object, error: type[Exception]) -> None:
    with pytest.raises(error):
        baht_text(amount)  # type: ignore[arg-type]
