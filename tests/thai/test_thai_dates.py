from __future__ import annotations

import re
from datetime import date, datetime, timedelta

import pytest

from lao_desktop.thai.dates import (
    THAI_MONTHS,
    THAI_MONTHS_ABBR,
    DateStyle,
    ThaiDateError,
    be_year,
    format_date,
    format_datetime_be,
    from_be,
    parse_date,
)

THAI_LETTER = re.compile("[\u0e01-\u0e2e]")
STYLES: tuple[DateStyle, ...] = ("full", "abbr", "short")


def test_month_names() -> None:
    assert len(THAI_MONTHS) == len(THAI_MONTHS_ABBR) == 12
    assert THAI_MONTHS[0] == "มกราคม"
    assert THAI_MONTHS[10] == "พฤศจิกายน"
    assert THAI_MONTHS[11] == "ธันวาคม"
    assert THAI_MONTHS_ABBR[0] == "ม.ค."
    assert THAI_MONTHS_ABBR[10] == "พ.ย."
    assert THAI_MONTHS_ABBR[11] == "ธ.ค."
    assert len(set(THAI_MONTHS)) == len(set(THAI_MONTHS_ABBR)) == 12


@pytest.mark.parametrize(
    ("d", "be"),
    [(date(2026, 11, 21), 2569), (date(2027, 1, 1), 2570), (date(1857, 1, 1), 2400)],
)
def test_be_year_and_from_be(d: date, be: int) -> None:
    assert be_year(d) == be
    assert from_be(be, d.month, d.day) == d


@pytest.mark.parametrize(("year", "month", "day"), [(2569, 2, 29), (2569, 13, 1), (3000, 1, 1)])
def test_from_be_refuses_dates_that_do_not_exist(year: int, month: int, day: int) -> None:
    with pytest.raises(ThaiDateError):
        from_be(year, month, day)


@pytest.mark.parametrize(
    ("d", "style", "thai", "expected"),
    [
        (date(2026, 11, 21), "full", False, "21 พฤศจิกายน 2569"),
        (date(2026, 11, 21), "abbr", False, "21 พ.ย. 2569"),
        (date(2026, 11, 21), "short", False, "21/11/2569"),
        (date(2026, 11, 21), "full", True, "๒๑ พฤศจิกายน ๒๕๖๙"),
        (date(2026, 11, 21), "abbr", True, "๒๑ พ.ย. ๒๕๖๙"),
        (date(2026, 11, 21), "short", True, "๒๑/๑๑/๒๕๖๙"),
        (date(2026, 1, 1), "full", False, "1 มกราคม 2569"),
        (date(2026, 1, 1), "short", False, "01/01/2569"),
        (date(2024, 2, 29), "abbr", False, "29 ก.พ. 2567"),
        (date(2027, 12, 31), "abbr", False, "31 ธ.ค. 2570"),
    ],
)
def test_format_date(d: date, style: DateStyle, thai: bool, expected: str) -> None:
    assert format_date(d, style, thai_digits=thai) == expected


def test_format_date_refuses_unknown_style() -> None:
    with pytest.raises(ValueError):
        format_date(date(2026, 11, 21), "long")  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("dt", "style", "thai", "expected"),
    [
        (datetime(2026, 11, 21, 14, 5), "abbr", False, "21 พ.ย. 2569 14:05 น."),
        (datetime(2026, 11, 21, 9, 0, 59), "abbr", False, "21 พ.ย. 2569 09:00 น."),
        (datetime(2026, 11, 21, 14, 5), "full", False, "21 พฤศจิกายน 2569 14:05 น."),
        (datetime(2026, 11, 21, 14, 5), "abbr", True, "๒๑ พ.ย. ๒๕๖๙ ๑๔:๐๕ น."),
    ],
)
def test_format_datetime_be(dt: datetime, style: DateStyle, thai: bool, expected: str) -> None:
    assert format_datetime_be(dt, style, thai_digits=thai) == expected


@pytest.mark.parametrize(
    "text",
    [
        "21/11/2569",
        "21/11/2026",
        "21-11-69",
        "21-11-2569",
        "21.11.2569",
        "21 / 11 / 2569",
        "2569-11-21",
        "2026-11-21",
        "2026/11/21",
        "2026-11-21 00:00:00",
        "2026-11-21T00:00:00",
        "21/11/2569 0:00",
        "21 พฤศจิกายน 2569",
        "21 พฤศจิกายน พ.ศ. 2569",
        "วันที่ 21 พฤศจิกายน พ.ศ. 2569",
        "21 พ.ย. 69",
        "21 พ.ย. 2569",
        "21 พ.ย.2569",
        "21พ.ย.69",
        "21 พย 69",
        "21 พ. ย. 2569",
        "๒๑/๑๑/๒๕๖๙",
        "๒๑ พ.ย. ๖๙",
        "  21/11/2569  ",
        "\t21/11/2569\n",
        "\u200b21/11/2569\ufeff",
        "พ.ศ. 2569-11-21",
        "21/11/พ.ศ.2569",
        "21/11/2569 พ.ศ.",
        "21/11/2569 พศ",
        "21/11/2569 B.E.",
        "ค.ศ. 2026-11-21",
        "21 พ.ย. ค.ศ. 2026",
        "21/11/2026 AD",
        "21/11/26 ค.ศ.",
    ],
)
def test_parse_date_accepts(text: str) -> None:
    assert parse_date(text) == date(2026, 11, 21)


def test_parse_date_without_year_uses_the_year_of_today() -> None:
    today = date(2025, 1, 15)
    assert parse_date("21/11", today=today) == date(2025, 11, 21)
    assert parse_date("21 พ.ย.", today=today) == date(2025, 11, 21)
    assert parse_date("29 ก.พ.", today=date(2024, 6, 1)) == date(2024, 2, 29)
    with pytest.raises(ThaiDateError):
        parse_date("29 ก.พ.", today=today)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("1/1/2400", date(1857, 1, 1)),  # smallest B.E. year
        ("31/12/2700", date(2157, 12, 31)),  # largest B.E. year
        ("1/1/1857", date(1857, 1, 1)),  # C.E. at the lower edge
        ("31/12/2157", date(2157, 12, 31)),  # C.E. at the upper edge
        ("29/02/2567", date(2024, 2, 29)),  # leap year in B.E.
        ("29/2/2024", date(2024, 2, 29)),
        ("1/1/00", date(1957, 1, 1)),  # 2-digit year: B.E. 2500
        ("31/12/99", date(2056, 12, 31)),  # B.E. 2599
        ("30/09/2569", date(2026, 9, 30)),
    ],
)
def test_parse_date_edges(text: str, expected: date) -> None:
    assert parse_date(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "31/02/2569",
        "29/02/2568",
        "30/02/2567",
        "31/04/2569",
        "31/06/2026",
        "00/11/2569",
        "21/00/2569",
        "21/13/2569",
        "21/11/3000",
        "21/11/2701",
        "31/12/1856",
        "21/11/2300",  # neither clearly B.E. nor C.E.
        "1/1/2399",
        "21/11/2200",  # C.E. 2200 is B.E. 2743, too late
        "ค.ศ. 21/11/2569",
        "พ.ศ. 21/11/2026",
        "21/11/2569 พ.ศ. ค.ศ.",
        "21/11 พ.ศ.",
        "21/11/256",
        "21/11/2",
        "21/11/25690",
        "21 พฤศจิ 2569",
        "21 November 2026",
        "21 พ.ย. 2569 พ.ย.",
        "abc",
        "",
        "   ",
        "😀",
        "📅 21/11/2569",
        "21/11/2569 😀",
        "x" * 5000,
        "1" * 5000,
        "21/11/2569" * 500,
        "๑" * 5000,
        "11/21/2026",
        "2569",
        "21",
        "-",
        "//",
        "21//2569",
    ],
)
def test_parse_date_refuses(text: str) -> None:
    with pytest.raises(ThaiDateError) as caught:
        parse_date(text)
    error = caught.value
    assert isinstance(error, ValueError)
    assert str(error) == error.message_th
    assert THAI_LETTER.search(error.message_th)
    assert error.message_en[0].isascii()
    assert re.search("[A-Za-z]{4}", error.message_en)
    assert len(error.message_th) < 300
    assert len(error.message_en) < 300


def test_parse_date_error_says_what_is_wrong_and_how_to_type_it() -> None:
    with pytest.raises(ThaiDateError) as caught:
        parse_date("31/02/2569")
    error = caught.value
    assert "31/02/2569" in error.message_th
    assert "ไม่มีอยู่จริง" in error.message_th
    assert "กุมภาพันธ์" in error.message_th
    assert "28 วัน" in error.message_th
    assert "วว/ดด/ปปปป" in error.message_th
    assert "21/11/2569" in error.message_th
    assert "February" in error.message_en
    assert "28 days" in error.message_en
    assert "DD/MM/YYYY" in error.message_en


@pytest.mark.parametrize(
    ("text", "th_part", "en_part"),
    [
        ("", "ยังไม่ได้กรอก", "empty"),
        ("21/13/2569", "เดือนที่ 13", "month 13"),
        ("21/11/3000", "3000", "3000"),
        ("ค.ศ. 21/11/2569", "ค.ศ. 2569", "2569 C.E."),
        ("21/11/2300", "ไม่ชัดเจน", "not clear"),
        ("21 พฤศจิ 2569", "ชื่อเดือน", "month name"),
        ("21/11/256", "4 หลัก", "4 digits"),
        ("abc", "abc", "abc"),
    ],
)
def test_parse_date_error_messages_name_the_problem(text: str, th_part: str, en_part: str) -> None:
    with pytest.raises(ThaiDateError) as caught:
        parse_date(text)
    assert th_part in caught.value.message_th
    assert en_part in caught.value.message_en


def test_long_junk_is_shortened_in_the_message() -> None:
    with pytest.raises(ThaiDateError) as caught:
        parse_date("x" * 5000)
    assert "x" * 30 + "…" in caught.value.message_th
    assert "x" * 31 not in caught.value.message_th


@pytest.mark.parametrize("be", [2567, 2569])  # a leap year and a common year
@pytest.mark.parametrize("style", STYLES)
@pytest.mark.parametrize("thai", [False, True])
def test_format_then_parse_gives_back_every_day_of_a_year(
    be: int, style: DateStyle, thai: bool
) -> None:
    day = from_be(be, 1, 1)
    seen = 0
    while be_year(day) == be:
        assert parse_date(format_date(day, style, thai_digits=thai)) == day
        day += timedelta(days=1)
        seen += 1
    assert seen == (366 if be == 2567 else 365)


def test_format_then_parse_the_first_and_last_day_of_the_range() -> None:
    for d in (from_be(2400, 1, 1), from_be(2700, 12, 31)):
        for style in STYLES:
            assert parse_date(format_date(d, style)) == d
