from __future__ import annotations

import random

import pytest

from lao_desktop.thai.idcard import (
    NationalIdError,
    check_digit,
    format_national_id,
    is_masked_national_id,
    is_valid_national_id,
    mask_national_id,
    normalize_national_id,
    validate_national_id,
)

KNOWN_GOOD = "1234567890121"
KNOWN_BAD = "1234567890123"  # right length, wrong check digit


def make_id(first_twelve: str) -> str:
    """The check digit computed here independently of the module under test."""
    total = sum(int(first_twelve[i]) * (13 - i) for i in range(12))
    return first_twelve + str((11 - total % 11) % 10)


def generated_ids(count: int) -> list[str]:
    rng = random.Random(13)
    return [make_id(str(rng.randint(1, 8)) + f"{rng.randrange(10**11):011d}") for _ in range(count)]


def test_known_good_and_bad() -> None:
    assert make_id(KNOWN_GOOD[:12]) == KNOWN_GOOD
    assert is_valid_national_id(KNOWN_GOOD)
    assert not is_valid_national_id(KNOWN_BAD)


@pytest.mark.parametrize("national_id", generated_ids(500))
def test_generated_ids_are_valid_and_a_wrong_last_digit_is_not(national_id: str) -> None:
    assert is_valid_national_id(national_id)
    assert validate_national_id(national_id) == national_id
    assert check_digit(national_id[:12]) == int(national_id[12])
    for wrong in "0123456789":
        if wrong != national_id[12]:
            assert not is_valid_national_id(national_id[:12] + wrong)


def test_check_digit_needs_twelve_digits() -> None:
    for bad in ("", "12345678901", "1234567890123", "12345678901a", "๑๒๓๔๕๖๗๘๙๐๑๒"):
        with pytest.raises(ValueError):
            check_digit(bad)


@pytest.mark.parametrize(
    "text",
    [
        "1234567890121",
        "1-2345-67890-12-1",
        "1 2345 67890 12 1",
        " 1-2345-67890-12-1 ",
        "1–2345–67890–12–1",  # en dashes from Word
        "1.2345.67890.12.1",
        "๑-๒๓๔๕-๖๗๘๙๐-๑๒-๑",
        "๑๒๓๔๕๖๗๘๙๐๑๒๑",
    ],
)
def test_normalize_national_id(text: str) -> None:
    assert normalize_national_id(text) == "1234567890121"
    assert is_valid_national_id(text)
    assert format_national_id(text) == "1-2345-67890-12-1"
    assert mask_national_id(text) == "x-xxxx-xxxxx-12-1"


@pytest.mark.parametrize(
    ("text", "th_part", "en_part"),
    [
        ("", "ยังไม่ได้กรอก", "empty"),
        ("   ", "ยังไม่ได้กรอก", "empty"),
        ("abc", "ตัวเลข", "digits only"),
        ("1234567890l21", "ตัวเลข", "digits only"),
        ("123456789012😀", "ตัวเลข", "digits only"),
        ("123", "3 หลัก", "not 3"),
        ("12345678901234", "14 หลัก", "not 14"),
        ("1" * 5000, "5000 หลัก", "not 5000"),
        ("x" * 5000, "ตัวเลข", "digits only"),
    ],
)
def test_normalize_refuses(text: str, th_part: str, en_part: str) -> None:
    with pytest.raises(NationalIdError) as caught:
        normalize_national_id(text)
    assert isinstance(caught.value, ValueError)
    assert str(caught.value) == caught.value.message_th
    assert th_part in caught.value.message_th
    assert en_part in caught.value.message_en
    assert not is_valid_national_id(text)
    with pytest.raises(NationalIdError):
        format_national_id(text)
    with pytest.raises(NationalIdError):
        mask_national_id(text)


def test_validate_explains_a_wrong_check_digit() -> None:
    with pytest.raises(NationalIdError) as caught:
        validate_national_id(KNOWN_BAD)
    # The rule broken, never the number: messages end up in logs and screenshots (PDPA).
    for message in (caught.value.message_th, caught.value.message_en):
        assert "1-2345-67890-12-3" not in message and KNOWN_BAD not in message
        assert not any(part in message for part in ("2345", "67890"))
    assert "ไม่ถูกต้อง" in caught.value.message_th and "หลักที่ 13" in caught.value.message_th
    assert "check digit" in caught.value.message_en and "13th" in caught.value.message_en


def test_masked_numbers_are_recognised_and_stay_masked() -> None:
    assert is_masked_national_id("x-xxxx-xxxxx-12-3")
    assert is_masked_national_id("XXXXXXXXXX123")
    assert not is_masked_national_id(KNOWN_GOOD)
    assert not is_masked_national_id("x-xxxx-xxxxx-1-23")
    assert mask_national_id("x-xxxx-xxxxx-12-3") == "x-xxxx-xxxxx-12-3"
    assert mask_national_id("xxxxxxxxxx123") == "x-xxxx-xxxxx-12-3"


def test_format_and_mask_work_on_stored_ids_with_a_wrong_check_digit() -> None:
    # Old records may hold a mistyped number: it must still be shown, masked.
    assert format_national_id(KNOWN_BAD) == "1-2345-67890-12-3"
    assert mask_national_id(KNOWN_BAD) == "x-xxxx-xxxxx-12-3"


@pytest.mark.parametrize("national_id", generated_ids(50))
def test_mask_hides_all_but_the_last_three_digits(national_id: str) -> None:
    masked = mask_national_id(national_id)
    assert [len(part) for part in masked.split("-")] == [1, 4, 5, 2, 1]
    shown = [c for c in masked if c.isdigit()]
    assert "".join(shown) == national_id[-3:]
    assert normalize_national_id(format_national_id(national_id)) == national_id
