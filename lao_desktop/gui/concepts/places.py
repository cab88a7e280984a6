"""Place names for list columns, from the codes a record stores."""

from __future__ import annotations

from typing import Any

from lao_desktop.i18n import language
from lao_desktop.thai import geo


def province_name(record: Any) -> str:
    code = getattr(record, "province_code", None)
    found = geo.province(code) if code else None
    if found is None:
        return ""
    return found.name_en if language() == "en" else found.name_th


def place_name(key: str, code: str | None) -> str:
    """The name of a province, district or subdistrict code, for the detail view."""
    if not code:
        return ""
    area: geo.Province | geo.District | geo.Subdistrict | None
    if key == "province_code":
        area = geo.province(code)
    elif key == "district_code":
        area = geo.district(code)
    else:
        area = geo.subdistrict(code)
    if area is None:
        return code
    return area.name_en if language() == "en" else area.name_th
