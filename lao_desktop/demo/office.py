"""The demo office, อบต.นาคูณใหญ่ (อำเภอนาหว้า จังหวัดนครพนม), its people and its accounts."""

from __future__ import annotations

from lao_desktop.demo import vocabulary as v
from lao_desktop.demo.context import Demo
from lao_desktop.models.enums import OfficeType, Role
from lao_desktop.models.user import User
from lao_desktop.services import Services
from lao_desktop.thai import geo

PROVINCE = "48"  # นครพนม
DISTRICT = "4809"  # นาหว้า
SUBDISTRICT = "480904"  # นาคูณใหญ่
OFFICE_NAME = "องค์การบริหารส่วนตำบลนาคูณใหญ่"


def choose_staff(demo: Demo) -> None:
    """Names for the office's own people (the first use of the seeded randomness)."""
    for position, woman in v.OFFICE_STAFF:
        title, first, last = v.person(demo.rng, woman)
        demo.staff.append((f"{title}{first} {last}", position))


def create_office(services: Services, demo: Demo) -> dict[str, User]:
    """The office (marked demo) and the accounts admin, clerk and executive."""
    place = geo.subdistrict(SUBDISTRICT)
    services.office.save(
        {
            "name": OFFICE_NAME,
            "office_type": OfficeType.SAO,
            "dopa_code": "6480904",
            "province_code": PROVINCE,
            "district_code": DISTRICT,
            "subdistrict_code": SUBDISTRICT,
            "moo": 1,
            "address": "99 หมู่ที่ 1 บ้านนาคูณใหญ่",
            "postal_code": place.postal_code if place else "48180",
            "phone": "042-590-123",
            "email": "saraban@nakhunyai.example.go.th",
            "website": "https://nakhunyai.example.go.th",
            "executive_name": demo.staff[0][0],
            "executive_position": demo.staff[0][1],
            "document_prefix": "นพ ๗๗๖๐๑/",
            "use_thai_digits": True,
            "fiscal_year_start_month": 10,
            "is_demo": True,
        }
    )
    accounts = (
        ("admin", Role.ADMIN, 9),  # นักวิเคราะห์นโยบายและแผน looks after the computers
        ("clerk", Role.CLERK, 10),
        ("executive", Role.EXECUTIVE, 0),
    )
    users = {}
    for username, role, staff in accounts:
        name, position = demo.staff[staff]
        users[username] = services.users.create(
            {"username": username, "display_name": name, "position": position, "role": role}
        )
    return users
