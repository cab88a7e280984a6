from __future__ import annotations

import pytest

from lao_desktop.thai.phone import PhoneError, format_phone, normalize_phone


@pytest.mark.parametrize(
    ("text", "normalized", "formatted"),
    [
        ("081-234-5678", "0812345678", "081-234-5678"),
        ("0812345678", "0812345678", "081-234-5678"),
        ("081 234 5678", "0812345678", "081-234-5678"),
        ("+66 81 234 5678", "0812345678", "081-234-5678"),
        ("+66812345678", "0812345678", "081-234-5678"),
        ("+66 (0)81 234 5678", "0812345678", "081-234-5678"),
        ("66812345678", "0812345678", "081-234-5678"),
        ("(081) 234-5678", "0812345678", "081-234-5678"),
        ("๐๘๑-๒๓๔-๕๖๗๘", "0812345678", "081-234-5678"),
        ("061-234-5678", "0612345678", "061-234-5678"),
        ("091.234.5678", "0912345678", "091-234-5678"),
        ("02-123-4567", "021234567", "02-123-4567"),
        ("021234567", "021234567", "02-123-4567"),
        ("+66 2 123 4567", "021234567", "02-123-4567"),
        ("042 123456", "042123456", "042-123-456"),
        ("042-123-456", "042123456", "042-123-456"),
        ("053-123-456", "053123456", "053-123-456"),
        ("6642123456", "042123456", "042-123-456"),
        ("02-123-4567 ต่อ 12", "021234567 ต่อ 12", "02-123-4567 ต่อ 12"),
        ("02-123-4567ต่อ12", "021234567 ต่อ 12", "02-123-4567 ต่อ 12"),
        ("042 123456 ext. 305", "042123456 ต่อ 305", "042-123-456 ต่อ 305"),
        ("042 123456 x305", "042123456 ต่อ 305", "042-123-456 ต่อ 305"),
        ("042 123456 #305", "042123456 ต่อ 305", "042-123-456 ต่อ 305"),
        ("  081-234-5678  ", "0812345678", "081-234-5678"),
    ],
)
def test_normalize_and_format(text: str, normalized: str, formatted: str) -> None:
    assert normalize_phone(text) == normalized
    assert format_phone(text) == formatted
    assert format_phone(normalized) == formatted
    assert normalize_phone(formatted) == normalized  # the printed form reads back


@pytest.mark.parametrize(
    ("text", "th_part", "en_part"),
    [
        ("", "ยังไม่ได้กรอก", "empty"),
        ("   ", "ยังไม่ได้กรอก", "empty"),
        ("abc", "ตัวเลข", "digits only"),
        ("081-234-567", "10 หลัก", "10 digits"),  # mobile one digit short
        ("081-234-56789", "10 หลัก", "10 digits"),
        ("02-123-45678", "9 หลัก", "9 digits"),  # fixed line one digit too many
        ("042-123-45", "9 หลัก", "9 digits"),
        ("0012345678", "ไม่ใช่หมายเลขโทรศัพท์ในประเทศไทย", "not a Thai"),
        ("0112345678", "ไม่ใช่หมายเลขโทรศัพท์ในประเทศไทย", "not a Thai"),
        ("812345678", "ขึ้นต้นด้วย 0", "starts with 0"),
        ("0", "ขึ้นต้นด้วย 0", "starts with 0"),
        ("12345", "ขึ้นต้นด้วย 0", "starts with 0"),
        ("+1 202 555 0100", "ประเทศไทย", "Only Thai"),
        ("+66 81 234 567", "10 หลัก", "10 digits"),
        ("081-234-5678, 02-123-4567", "หนึ่งหมายเลข", "one telephone number"),
        ("081-234-5678 หรือ 081-234-5679", "หนึ่งหมายเลข", "one telephone number"),
        ("02-123-4567/8", "หนึ่งหมายเลข", "one telephone number"),
        ("081-234-5678 😀", "ตัวเลข", "digits only"),
        ("😀", "ตัวเลข", "digits only"),
        ("02-123-4567 ต่อ", "ตัวเลข", "digits only"),
        ("0" * 5000, "ยาวเกินไป", "too long"),
        ("x" * 5000, "ยาวเกินไป", "too long"),
    ],
)
def test_refuses(text: str, th_part: str, en_part: str) -> None:
    with pytest.raises(PhoneError) as caught:
        normalize_phone(text)
    error = caught.value
    assert isinstance(error, ValueError)
    assert str(error) == error.message_th
    assert th_part in error.message_th
    assert en_part in error.message_en
    with pytest.raises(PhoneError):
        format_phone(text)
