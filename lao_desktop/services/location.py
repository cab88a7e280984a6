"""The province → district → subdistrict check shared by every located record."""

from __future__ import annotations

from typing import Any

from lao_desktop.i18n import N_, _, language
from lao_desktop.services.fields import Check, CodeField, IntField
from lao_desktop.thai.geo import check_location

LOCATION_FIELDS = {
    "province_code": CodeField(label=N_("Province"), digits=2),
    "district_code": CodeField(label=N_("District"), digits=4),
    "subdistrict_code": CodeField(label=N_("Subdistrict"), digits=6),
    "moo": IntField(label=N_("Village number (moo)"), minimum=1, maximum=999),
}


def _consistent(values: dict[str, Any]) -> str | None:
    problem = check_location(
        values.get("province_code"), values.get("district_code"), values.get("subdistrict_code")
    )
    if problem is None:
        return None
    if language() == "th":
        return problem
    return _(
        "Location: the province, district and subdistrict do not belong together; "
        "choose them again from the lists."
    )


LOCATION_CHECK = Check(("subdistrict_code", "district_code", "province_code"), _consistent)
