"""Provinces, districts and subdistricts of Thailand (DOPA codes), from ``geothai``.

Our own small types keep ``geothai`` out of the rest of the program. Data is loaded on first
use and cached; lists are in Thai order. Abolished districts and subdistricts are left out
unless asked for: old records may still hold their codes.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache, lru_cache
from typing import Final, TypeVar

from lao_desktop.thai.collation import thai_sort_key

__all__ = [
    "District",
    "Province",
    "Subdistrict",
    "check_location",
    "district",
    "districts",
    "find_district",
    "find_province",
    "find_subdistrict",
    "province",
    "provinces",
    "subdistrict",
    "subdistricts",
]

BANGKOK: Final = "10"


@dataclass(frozen=True, slots=True)
class Province:
    code: str  # 2 digits
    name_th: str
    name_en: str


@dataclass(frozen=True, slots=True)
class District:
    code: str  # 4 digits, starting with the province code
    province_code: str
    name_th: str
    name_en: str
    abolished: bool = False


@dataclass(frozen=True, slots=True)
class Subdistrict:
    code: str  # 6 digits, starting with the district code
    district_code: str
    name_th: str
    name_en: str
    postal_code: str  # the main one; "" for an abolished subdistrict
    postal_codes: tuple[str, ...] = ()  # all, when the subdistrict spans post office zones
    abolished: bool = False


@dataclass(frozen=True)
class _Data:
    provinces: tuple[Province, ...]
    province_by_code: dict[str, Province]
    district_by_code: dict[str, District]
    subdistrict_by_code: dict[str, Subdistrict]
    districts_of: dict[str, list[District]]  # as geothai lists them; sorted when asked
    subdistricts_of: dict[str, list[Subdistrict]]


_Area = TypeVar("_Area", Province, District, Subdistrict)


def _thai_order(items: list[_Area]) -> tuple[_Area, ...]:
    return tuple(sorted(items, key=lambda item: (thai_sort_key(item.name_th), item.code)))


@cache
def _data() -> _Data:
    # Imported here: nothing is read until a screen or a check needs places.
    import geothai
    from geothai.abolished import abolished_areas

    all_provinces = [Province(p.code, p.name_th, p.name_en) for p in geothai.provinces()]
    all_districts: list[District] = []
    all_subdistricts: list[Subdistrict] = []
    for p in all_provinces:
        for gd in geothai.districts(p.code):
            all_districts.append(District(gd.code, p.code, gd.name_th, gd.name_en))
            for gs in geothai.subdistricts(gd.code):
                postal = tuple(gs.postal_codes)
                all_subdistricts.append(
                    Subdistrict(gs.code, gd.code, gs.name_th, gs.name_en, postal[0], postal)
                )
    for a in abolished_areas():
        name_en = a.name_en or ""
        if a.level == "district":
            all_districts.append(District(a.code, a.code[:2], a.name_th, name_en, True))
        elif a.level == "subdistrict":
            all_subdistricts.append(
                Subdistrict(a.code, a.code[:4], a.name_th, name_en, "", (), True)
            )

    districts_of: dict[str, list[District]] = {}
    for d in all_districts:
        districts_of.setdefault(d.province_code, []).append(d)
    subdistricts_of: dict[str, list[Subdistrict]] = {}
    for s in all_subdistricts:
        subdistricts_of.setdefault(s.district_code, []).append(s)
    return _Data(
        provinces=_thai_order(all_provinces),
        province_by_code={p.code: p for p in all_provinces},
        district_by_code={d.code: d for d in all_districts},
        subdistrict_by_code={s.code: s for s in all_subdistricts},
        districts_of=districts_of,
        subdistricts_of=subdistricts_of,
    )


# Sorted per province / district on first request: sorting all 10,000 names at once took
# 130 ms of the first list that shows a place name, where a name lookup needs no order.
@cache
def _districts_in_order(province_code: str) -> tuple[District, ...]:
    return _thai_order(_data().districts_of.get(province_code, []))


@cache
def _subdistricts_in_order(district_code: str) -> tuple[Subdistrict, ...]:
    return _thai_order(_data().subdistricts_of.get(district_code, []))


def provinces() -> list[Province]:
    """All 77 provinces in Thai order."""
    return list(_data().provinces)


def province(code: str) -> Province | None:
    return _data().province_by_code.get(code)


def districts(province_code: str, *, include_abolished: bool = False) -> list[District]:
    """The districts (อำเภอ, in Bangkok เขต) of a province in Thai order; [] if unknown."""
    found = _districts_in_order(province_code)
    return [d for d in found if include_abolished or not d.abolished]


def district(code: str, *, include_abolished: bool = False) -> District | None:
    found = _data().district_by_code.get(code)
    return found if found and (include_abolished or not found.abolished) else None


def subdistricts(district_code: str, *, include_abolished: bool = False) -> list[Subdistrict]:
    """The subdistricts (ตำบล, in Bangkok แขวง) of a district in Thai order; [] if unknown."""
    found = _subdistricts_in_order(district_code)
    return [s for s in found if include_abolished or not s.abolished]


def subdistrict(code: str, *, include_abolished: bool = False) -> Subdistrict | None:
    found = _data().subdistrict_by_code.get(code)
    return found if found and (include_abolished or not found.abolished) else None


# --- finding by name ----------------------------------------------------------------------

# What people write before a name: full words, short forms with a dot, English words.
_PREFIXES = re.compile(
    r"^(?:จังหวัด|จ\s*\.|อำเภอ|กิ่งอำเภอ|อ\s*\.|เขต|ตำบล|ต\s*\.|แขวง|"
    r"(?:changwat|amphoe|khet|tambon|khwaeng)\b)\s*",
    re.IGNORECASE,
)
_SUFFIXES = re.compile(r"\s+(?:province|district|sub-?district)$", re.IGNORECASE)
_MARKS = re.compile(r"[\s.'’\-ฯ]")  # ฯ: "กรุงเทพฯ" is how Bangkok is usually written
_PROVINCE_ALIASES: Final = {"กทม": BANGKOK, "กรุงเทพ": BANGKOK, "bkk": BANGKOK, "อยุธยา": "14"}


@lru_cache(maxsize=16384)  # an Excel import looks up the same few names over and over
def _name_key(text: str) -> str:
    """A typed name in one form: no level word, no spaces, dots or hyphens, lower case."""
    stripped = _SUFFIXES.sub("", _PREFIXES.sub("", " ".join(text.split())))
    return _MARKS.sub("", stripped).casefold()


@cache
def _province_by_name() -> dict[str, Province]:
    table = {key: _data().province_by_code[code] for key, code in _PROVINCE_ALIASES.items()}
    for p in _data().provinces:
        table[_name_key(p.name_th)] = p
        table[_name_key(p.name_en)] = p
    return table


def find_province(name: str) -> Province | None:
    """The province named "นครพนม", "จ.นครพนม", "จังหวัดนครพนม", "Nakhon Phanom" or coded "48".

    Returns None when no province has that name.
    """
    text = name.strip()
    if text in _data().province_by_code:
        return _data().province_by_code[text]
    key = _name_key(text)
    return _province_by_name().get(key) if key else None


def _matches(key: str, name_th: str, name_en: str) -> bool:
    return key in (_name_key(name_th), _name_key(name_en))


def find_district(province_code: str, name: str) -> District | None:
    """A current district of the province by name; "อ.เมือง" / "Mueang" is the capital."""
    key = _name_key(name)
    if not key:
        return None
    found = districts(province_code)
    for d in found:
        if _matches(key, d.name_th, d.name_en):
            return d
    # "อ.เมือง" means the capital district (code xx01); Bangkok has none.
    if key in ("เมือง", "mueang", "muang") and province_code != BANGKOK:
        return next((d for d in found if d.code.endswith("01")), None)
    return None


def find_subdistrict(district_code: str, name: str) -> Subdistrict | None:
    """A current subdistrict of the district by name: "ต.นาคูณใหญ่", "Na Khun Yai"."""
    key = _name_key(name)
    if not key:
        return None
    return next(
        (s for s in subdistricts(district_code) if _matches(key, s.name_th, s.name_en)), None
    )


# --- consistency --------------------------------------------------------------------------


def _words(province_code: str) -> tuple[str, str]:
    """Bangkok has เขต and แขวง where the provinces have อำเภอ and ตำบล."""
    return ("เขต", "แขวง") if province_code == BANGKOK else ("อำเภอ", "ตำบล")


def check_location(
    province_code: str | None,
    district_code: str | None = None,
    subdistrict_code: str | None = None,
) -> str | None:
    """None if the codes belong together, else a Thai sentence saying what does not match.

    Codes may be missing from the right (province only, province and district); an empty
    string counts as missing. Abolished codes are reported, so old records can be fixed.
    """
    p_code, d_code, s_code = province_code or None, district_code or None, subdistrict_code or None
    if s_code and not d_code:
        return "เลือกตำบลแล้วแต่ยังไม่ได้เลือกอำเภอ กรุณาเลือกอำเภอก่อน"
    if d_code and not p_code:
        return "เลือกอำเภอแล้วแต่ยังไม่ได้เลือกจังหวัด กรุณาเลือกจังหวัดก่อน"
    if p_code is None:
        return None
    p = province(p_code)
    if p is None:
        return f"ไม่พบจังหวัดรหัส {p_code}"
    district_word, subdistrict_word = _words(p.code)
    if d_code is None:
        return None
    d = district(d_code, include_abolished=True)
    if d is None:
        return f"ไม่พบ{district_word}รหัส {d_code}"
    if d.abolished:
        return f"{district_word}{d.name_th} (รหัส {d.code}) ถูกยกเลิกแล้ว กรุณาเลือก{district_word}ใหม่"
    if d.province_code != p.code:
        owner = province(d.province_code)
        where = f" แต่อยู่ในจังหวัด{owner.name_th}" if owner else ""
        return f"{district_word}{d.name_th} ไม่ได้อยู่ในจังหวัด{p.name_th}{where}"
    if s_code is None:
        return None
    s = subdistrict(s_code, include_abolished=True)
    if s is None:
        return f"ไม่พบ{subdistrict_word}รหัส {s_code}"
    if s.abolished:
        return (
            f"{subdistrict_word}{s.name_th} (รหัส {s.code}) ถูกยกเลิกแล้ว กรุณาเลือก{subdistrict_word}ใหม่"
        )
    if s.district_code != d.code:
        owner_d = district(s.district_code, include_abolished=True)
        owner_p = province(s.district_code[:2])
        where = ""
        if owner_d and owner_p:
            owner_words = _words(owner_p.code)
            where = f" แต่อยู่ใน{owner_words[0]}{owner_d.name_th} จังหวัด{owner_p.name_th}"
        return f"{subdistrict_word}{s.name_th} ไม่ได้อยู่ใน{district_word}{d.name_th}{where}"
    return None
