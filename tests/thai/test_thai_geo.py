from __future__ import annotations

import pytest

from lao_desktop.thai import geo
from lao_desktop.thai.collation import thai_sort_key

NAKHON_PHANOM = "48"
NA_WA = "4809"
NA_KHUN_YAI = "480904"
SAKON_NAKHON = "47"
MUEANG_NAKHON_PHANOM = "4801"
ABOLISHED_BANG_SUE = "100205"  # a Bangkok แขวง abolished in 2006


def test_provinces_are_all_there_in_thai_order() -> None:
    found = geo.provinces()
    assert len(found) == 77
    assert len({p.code for p in found}) == 77
    keys = [thai_sort_key(p.name_th) for p in found]
    assert keys == sorted(keys)
    names = [p.name_th for p in found]
    assert names[0] == "กระบี่"
    # Thai order reads เชียงใหม่ under ช; code-point order would put it after ฮ.
    assert names.index("เชียงใหม่") < names.index("ตรัง")
    assert names != sorted(names)


def test_lists_are_copies() -> None:
    geo.provinces().clear()
    geo.districts(NAKHON_PHANOM).clear()
    assert len(geo.provinces()) == 77
    assert geo.districts(NAKHON_PHANOM)


def test_nakhon_phanom_na_wa_na_khun_yai() -> None:
    province = geo.province(NAKHON_PHANOM)
    assert province == geo.Province(NAKHON_PHANOM, "นครพนม", "Nakhon Phanom")
    district = next(d for d in geo.districts(NAKHON_PHANOM) if d.name_th == "นาหว้า")
    assert district.code == NA_WA
    assert district.province_code == NAKHON_PHANOM
    assert district == geo.district(NA_WA)
    subdistrict = next(s for s in geo.subdistricts(NA_WA) if s.name_th == "นาคูณใหญ่")
    assert subdistrict.code == NA_KHUN_YAI
    assert subdistrict.district_code == NA_WA
    assert subdistrict.name_en == "Na Khun Yai"
    assert subdistrict.postal_code == "48180"
    assert subdistrict == geo.subdistrict(NA_KHUN_YAI)
    assert geo.check_location(NAKHON_PHANOM, NA_WA, NA_KHUN_YAI) is None


def test_districts_and_subdistricts_are_in_thai_order() -> None:
    names = [d.name_th for d in geo.districts(NAKHON_PHANOM)]
    assert "เมืองนครพนม" in names
    assert [thai_sort_key(n) for n in names] == sorted(thai_sort_key(n) for n in names)
    sub_names = [s.name_th for s in geo.subdistricts(NA_WA)]
    assert [thai_sort_key(n) for n in sub_names] == sorted(thai_sort_key(n) for n in sub_names)


def test_dataclasses_are_frozen() -> None:
    province = geo.provinces()[0]
    with pytest.raises(AttributeError):
        province.name_th = "x"  # type: ignore[misc]


@pytest.mark.parametrize("code", ["", "99", "4809", "abc"])
def test_unknown_province_code(code: str) -> None:
    assert geo.province(code) is None


@pytest.mark.parametrize("code", ["", "9999", "48", "480904", "abcd"])
def test_unknown_district_code(code: str) -> None:
    assert geo.district(code) is None
    assert geo.subdistricts(code) == []


@pytest.mark.parametrize("code", ["", "999999", "4809", "48", "abcdef"])
def test_unknown_subdistrict_code(code: str) -> None:
    assert geo.subdistrict(code) is None


@pytest.mark.parametrize("code", ["", "99", "4809", "ab"])
def test_no_districts_for_unknown_province(code: str) -> None:
    assert geo.districts(code) == []


@pytest.mark.parametrize(
    "name",
    [
        "นครพนม",
        "จ.นครพนม",
        "จ. นครพนม",
        "จังหวัดนครพนม",
        "จังหวัด นครพนม",
        "  นครพนม ",
        "Nakhon Phanom",
        "nakhon phanom",
        "NAKHON PHANOM",
        "NakhonPhanom",
        "Nakhon Phanom Province",
        "Changwat Nakhon Phanom",
        "48",
    ],
)
def test_find_province(name: str) -> None:
    found = geo.find_province(name)
    assert found is not None
    assert found.code == NAKHON_PHANOM


@pytest.mark.parametrize(
    ("name", "code"),
    [
        ("กทม", "10"),
        ("กทม.", "10"),
        ("กรุงเทพฯ", "10"),
        ("กรุงเทพมหานคร", "10"),
        ("Bangkok", "10"),
        ("อยุธยา", "14"),
        ("พระนครศรีอยุธยา", "14"),
        ("สกลนคร", SAKON_NAKHON),
        ("อ่างทอง", "15"),  # อ่าง… must not be read as the short form อ.
    ],
)
def test_find_other_provinces(name: str, code: str) -> None:
    found = geo.find_province(name)
    assert found is not None
    assert found.code == code


@pytest.mark.parametrize("name", ["", "   ", "นคร", "abc", "จ.", "😀", "x" * 5000, "นาหว้า"])
def test_find_province_finds_nothing(name: str) -> None:
    assert geo.find_province(name) is None


def test_every_province_is_found_by_its_names() -> None:
    for p in geo.provinces():
        assert geo.find_province(p.name_th) == p
        assert geo.find_province(f"จังหวัด{p.name_th}") == p
        assert geo.find_province(p.name_en) == p


@pytest.mark.parametrize(
    ("name", "code"),
    [
        ("นาหว้า", NA_WA),
        ("อ.นาหว้า", NA_WA),
        ("อำเภอนาหว้า", NA_WA),
        ("Na Wa", NA_WA),
        ("อ.เมือง", MUEANG_NAKHON_PHANOM),
        ("เมือง", MUEANG_NAKHON_PHANOM),
        ("Mueang", MUEANG_NAKHON_PHANOM),
        ("เมืองนครพนม", MUEANG_NAKHON_PHANOM),
    ],
)
def test_find_district(name: str, code: str) -> None:
    found = geo.find_district(NAKHON_PHANOM, name)
    assert found is not None
    assert found.code == code


def test_find_district_only_in_that_province() -> None:
    assert geo.find_district(SAKON_NAKHON, "นาหว้า") is None
    assert geo.find_district(NAKHON_PHANOM, "") is None
    assert geo.find_district("10", "เมือง") is None  # Bangkok has no capital district


@pytest.mark.parametrize("name", ["นาคูณใหญ่", "ต.นาคูณใหญ่", "ตำบลนาคูณใหญ่", "Na Khun Yai"])
def test_find_subdistrict(name: str) -> None:
    found = geo.find_subdistrict(NA_WA, name)
    assert found is not None
    assert found.code == NA_KHUN_YAI


def test_find_subdistrict_only_in_that_district() -> None:
    assert geo.find_subdistrict(MUEANG_NAKHON_PHANOM, "นาคูณใหญ่") is None
    assert geo.find_subdistrict(NA_WA, "") is None


@pytest.mark.parametrize(
    ("province_code", "district_code", "subdistrict_code"),
    [
        (None, None, None),
        ("", "", ""),
        (NAKHON_PHANOM, None, None),
        (NAKHON_PHANOM, NA_WA, None),
        (NAKHON_PHANOM, NA_WA, NA_KHUN_YAI),
        (NAKHON_PHANOM, NA_WA, ""),
        ("10", "1001", "100101"),
    ],
)
def test_consistent_locations(
    province_code: str | None, district_code: str | None, subdistrict_code: str | None
) -> None:
    assert geo.check_location(province_code, district_code, subdistrict_code) is None


@pytest.mark.parametrize(
    ("province_code", "district_code", "subdistrict_code", "parts"),
    [
        (SAKON_NAKHON, NA_WA, None, ["นาหว้า", "สกลนคร", "นครพนม"]),
        (SAKON_NAKHON, NA_WA, NA_KHUN_YAI, ["นาหว้า", "สกลนคร"]),
        (NAKHON_PHANOM, MUEANG_NAKHON_PHANOM, NA_KHUN_YAI, ["นาคูณใหญ่", "เมืองนครพนม", "นาหว้า"]),
        ("99", None, None, ["ไม่พบจังหวัด", "99"]),
        (NAKHON_PHANOM, "4899", None, ["ไม่พบอำเภอ", "4899"]),
        (NAKHON_PHANOM, NA_WA, "480999", ["ไม่พบตำบล", "480999"]),
        (None, NA_WA, None, ["จังหวัด"]),
        (NAKHON_PHANOM, None, NA_KHUN_YAI, ["อำเภอ"]),
        (None, None, NA_KHUN_YAI, ["อำเภอ"]),
        ("10", "1002", ABOLISHED_BANG_SUE, ["แขวง", "บางซื่อ", "ยกเลิก"]),
        ("10", "1001", "100201", ["แขวง", "เขต"]),  # Bangkok words
    ],
)
def test_inconsistent_locations_are_explained(
    province_code: str | None,
    district_code: str | None,
    subdistrict_code: str | None,
    parts: list[str],
) -> None:
    message = geo.check_location(province_code, district_code, subdistrict_code)
    assert message is not None
    for part in parts:
        assert part in message


def test_every_current_subdistrict_is_consistent_with_its_parents() -> None:
    count = 0
    for p in geo.provinces():
        for d in geo.districts(p.code):
            assert d.province_code == p.code
            for s in geo.subdistricts(d.code):
                assert geo.check_location(p.code, d.code, s.code) is None
                assert len(s.postal_code) == 5
                assert s.postal_code in s.postal_codes
                count += 1
    assert count > 7000


def test_abolished_units_are_left_out_unless_asked_for() -> None:
    assert geo.subdistrict(ABOLISHED_BANG_SUE) is None
    old = geo.subdistrict(ABOLISHED_BANG_SUE, include_abolished=True)
    assert old is not None
    assert old.abolished
    assert old.name_th == "บางซื่อ"
    assert all(not s.abolished for s in geo.subdistricts("1002"))
    assert any(s.abolished for s in geo.subdistricts("1002", include_abolished=True))
    for p in geo.provinces():
        assert all(not d.abolished for d in geo.districts(p.code))
    abolished_districts = [
        d
        for p in geo.provinces()
        for d in geo.districts(p.code, include_abolished=True)
        if d.abolished
    ]
    assert abolished_districts
    first = abolished_districts[0]
    assert geo.district(first.code) is None
    assert geo.district(first.code, include_abolished=True) == first
