"""The partners of the demo office, from its villages to abroad, and their contact people."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from lao_desktop.demo import partner_kinds as k
from lao_desktop.demo import vocabulary as v
from lao_desktop.demo.context import Demo, PartnerRef
from lao_desktop.demo.office import DISTRICT, PROVINCE, SUBDISTRICT
from lao_desktop.models.enums import Level, Pillar, Sector
from lao_desktop.thai import geo

_LINE_NAMES = ("noi", "daeng", "lek", "nok", "tom", "ple", "boy", "joy", "kung", "pla", "nan")


Where = tuple[str | None, str | None, str | None, int | None]  # province, district, sub, moo


@dataclass
class PartnerSpec:
    data: dict[str, Any]
    positions: tuple[str, ...]
    people: str = "thai"
    fill: dict[str, str] = field(default_factory=dict)


class _Specs:
    """Collects partner specs, one per name and place."""

    def __init__(self, demo: Demo) -> None:
        self.demo = demo
        self.items: list[PartnerSpec] = []
        self._seen: set[tuple[Any, ...]] = set()

    def add(self, spec: PartnerSpec) -> bool:
        d = spec.data
        key = (d["name"], d.get("province_code"), d.get("subdistrict_code"), d.get("moo"))
        if key in self._seen:
            return False
        self._seen.add(key)
        self.items.append(spec)
        return True

    def from_kind(
        self,
        kind: k.PartnerKind,
        fill: dict[str, str],
        where: Where,
        address: str = "",
    ) -> PartnerSpec:
        rng = self.demo.rng
        province, district, subdistrict, moo = where
        values = {"village": "", "temple": "", "subdistrict": "", "district": "", **fill}
        if kind.level in (Level.VILLAGE, Level.SUBDISTRICT) and kind.sector is not Sector.STATE:
            phone = v.mobile_phone(rng) if rng.random() < 0.6 else None
        else:
            phone = v.office_phone(rng)
        data: dict[str, Any] = {
            "name": kind.pattern.format(**values),
            "short_name": kind.short.format(**values) or None,
            "sector": kind.sector,
            "pillar": kind.pillar,
            "level": kind.level,
            "province_code": province,
            "district_code": district,
            "subdistrict_code": subdistrict,
            "moo": moo,
            "address": address,
            "phone": phone,
        }
        return PartnerSpec(data, kind.positions, fill=values)


def _areas(code: str) -> tuple[str, str, str]:
    """Names of the subdistrict with this code, its district and province."""
    s = geo.subdistrict(code)
    d = geo.district(code[:4])
    p = geo.province(code[:2])
    assert s and d and p, code
    return s.name_th, d.name_th, p.name_th


def _villages(specs: _Specs, code: str, names: list[str], kinds_per_village: int) -> None:
    rng = specs.demo.rng
    s_name, d_name, p_name = _areas(code)
    for moo, village in enumerate(names, start=1):
        chosen = v.sample(rng, k.VILLAGE_KINDS, 2, kinds_per_village)
        for kind in chosen:
            fill = {
                "village": village,
                "temple": v.pick(rng, v.TEMPLE_NAMES),
                "subdistrict": s_name,
                "district": d_name,
                "province": p_name,
            }
            address = f"{rng.randint(1, 250)} หมู่ที่ {moo} {village}"
            specs.add(specs.from_kind(kind, fill, (code[:2], code[:4], code, moo), address))


def _fixed(specs: _Specs, partner: k.FixedPartner) -> None:
    rng = specs.demo.rng
    district = geo.find_district("10", partner.district) if partner.district else None
    data: dict[str, Any] = {
        "name": partner.name,
        "short_name": partner.short or None,
        "sector": partner.sector,
        "pillar": partner.pillar,
        "level": partner.level,
        "province_code": "10" if district else None,
        "district_code": district.code if district else None,
        "address": partner.address,
        "phone": v.office_phone(rng, "2") if district else None,
        "email": partner.email or None,
        "notes": partner.notes,
    }
    specs.add(PartnerSpec(data, partner.positions, partner.people))


def partner_specs(demo: Demo) -> list[PartnerSpec]:
    """Every partner to create, the office's own area first."""
    rng = demo.rng
    specs = _Specs(demo)
    small = not demo.sizes.extra_areas
    for fixed in (*k.NATIONAL_PARTNERS, *k.INTERNATIONAL_PARTNERS):
        _fixed(specs, fixed)
    for p_code in (PROVINCE, *v.NEIGHBOUR_PROVINCES):
        province = geo.province(p_code)
        assert province is not None
        capital = f"{p_code}01"
        kinds: tuple[k.PartnerKind, ...] = k.PROVINCE_KINDS
        if p_code != PROVINCE:
            kinds = kinds[:1]
        if small and p_code == PROVINCE:
            kinds = kinds[:8]
        for kind in kinds:
            fill = {"province": province.name_th}
            specs.add(specs.from_kind(kind, fill, (p_code, capital, None, None)))
        for name, short in k.UNIVERSITIES.get(p_code, ()):
            data = {
                "name": name,
                "short_name": short,
                "sector": Sector.ACADEMIC,
                "pillar": Pillar.PEOPLE,
                "level": Level.PROVINCE,
                "province_code": p_code,
                "district_code": capital,
                "phone": v.office_phone(rng),
            }
            specs.add(PartnerSpec(data, k.UNIVERSITY_POSITIONS))
    # The office's district: its agencies, firms, and the other subdistricts' kamnan and LAO.
    d_name = _areas(SUBDISTRICT)[1]
    for kind in k.DISTRICT_KINDS:
        specs.add(specs.from_kind(kind, {"district": d_name}, (PROVINCE, DISTRICT, None, None)))
    for firm in k.DISTRICT_FIRMS[: 5 if small else None]:
        data = {
            "name": firm,
            "sector": Sector.PRIVATE,
            "pillar": Pillar.PEOPLE,
            "level": Level.DISTRICT,
            "province_code": PROVINCE,
            "district_code": DISTRICT,
            "phone": v.mobile_phone(rng),
        }
        specs.add(PartnerSpec(data, k.FIRM_POSITIONS))
    for place in geo.subdistricts(DISTRICT):
        if place.code == SUBDISTRICT:
            continue
        fill = {"subdistrict": place.name_th, "district": d_name}
        where = (PROVINCE, DISTRICT, place.code, None)
        specs.add(specs.from_kind(k.SUBDISTRICT_KINDS[0], fill, where))
        lao = k.SUBDISTRICT_KINDS[1]
        if place.name_th == d_name:  # the district town is a เทศบาลตำบล
            lao = k.PartnerKind(
                "เทศบาลตำบล{subdistrict}",
                lao.sector,
                lao.pillar,
                lao.level,
                ("นายกเทศมนตรีตำบล{subdistrict}", "ปลัดเทศบาล"),
                "ทต.{subdistrict}",
            )
        specs.add(specs.from_kind(lao, fill, where))
    # The office's own subdistrict: everything but the office itself, then its villages.
    fill = {"subdistrict": _areas(SUBDISTRICT)[0], "district": d_name}
    for kind in (*k.SUBDISTRICT_KINDS[:1], *k.SUBDISTRICT_KINDS[2:], *k.OWN_SUBDISTRICT_EXTRA):
        specs.add(specs.from_kind(kind, fill, (PROVINCE, DISTRICT, SUBDISTRICT, None)))
    _own_villages(specs)
    if demo.sizes.extra_areas:
        _other_areas(specs)
    return specs.items[: demo.sizes.partners]


def _own_villages(specs: _Specs) -> None:
    """Every village has the common groups; other groups are added until the target."""
    demo = specs.demo
    rng = demo.rng
    s_name, d_name, p_name = _areas(SUBDISTRICT)
    where = [(PROVINCE, DISTRICT, SUBDISTRICT, moo) for moo in range(1, 13)]
    extras: list[tuple[int, k.PartnerKind]] = []
    for moo, village in enumerate(v.NA_KHUN_YAI_VILLAGES, start=1):
        fill = {
            "village": village,
            "temple": v.TEMPLE_NAMES[moo - 1],
            "subdistrict": s_name,
            "district": d_name,
            "province": p_name,
        }
        for index, kind in enumerate(k.VILLAGE_KINDS):
            if index in k.COMMON_VILLAGE_KINDS:
                address = f"{rng.randint(1, 250)} หมู่ที่ {moo} {village}"
                specs.add(specs.from_kind(kind, fill, where[moo - 1], address))
            else:
                extras.append((moo, kind))
    rng.shuffle(extras)
    wanted = demo.sizes.partners if not demo.sizes.extra_areas else len(specs.items) + len(extras)
    for moo, kind in extras:
        if len(specs.items) >= wanted:
            break
        village = v.NA_KHUN_YAI_VILLAGES[moo - 1]
        fill = {
            "village": village,
            "temple": v.TEMPLE_NAMES[moo - 1],
            "subdistrict": s_name,
            "district": d_name,
            "province": p_name,
        }
        address = f"{rng.randint(1, 250)} หมู่ที่ {moo} {village}"
        specs.add(specs.from_kind(kind, fill, where[moo - 1], address))


def _other_areas(specs: _Specs) -> None:
    """Large demo: the agencies, subdistricts and villages of the province and its
    neighbours, as a province pooling its offices' data would hold."""
    demo = specs.demo
    rng = demo.rng
    for p_code in (PROVINCE, *v.NEIGHBOUR_PROVINCES):
        for district in geo.districts(p_code):
            if district.code == DISTRICT:
                continue
            for kind in k.DISTRICT_KINDS:
                at_district: Where = (p_code, district.code, None, None)
                specs.add(specs.from_kind(kind, {"district": district.name_th}, at_district))
            for place in geo.subdistricts(district.code):
                if len(specs.items) >= demo.sizes.partners:
                    return
                fill = {"subdistrict": place.name_th, "district": district.name_th}
                where: Where = (p_code, district.code, place.code, None)
                for kind in k.SUBDISTRICT_KINDS:
                    specs.add(specs.from_kind(kind, fill, where))
                names = [v.village_name(rng) for _ in range(rng.randint(8, 16))]
                _villages(specs, place.code, names, 8)


def _contact_name(demo: Demo, spec: PartnerSpec, position: str) -> tuple[str, str, str, str]:
    """(title, first name, last name, e-mail) for a contact with this position."""
    rng = demo.rng
    if spec.people != "thai":
        title, first, last, mail = v.foreigner(rng, spec.people)
        domain = (spec.data.get("email") or "@partner.example.org").split("@")[1]
        return title, first, last, f"{mail}@{domain}" if mail else ""
    if position.startswith(("เจ้าอาวาส", "เจ้าคณะ")):
        title, first, last = v.monk(rng)
        return title, first, last, ""
    woman = True if ("แม่บ้าน" in position or "สตรี" in position) else None
    title, first, last = v.person(rng, woman)
    if position.startswith("ผู้กำกับการ"):
        title = "พ.ต.อ."
    elif position.startswith("สารวัตร") and "กำนัน" not in position:
        title = "พ.ต.ท."
    elif position.startswith(("นายแพทย์", "ผู้อำนวยการโรงพยาบาล")):
        title = "นพ."
    elif spec.data["sector"] is Sector.ACADEMIC and spec.data["level"] is not Level.VILLAGE:
        title = v.pick(rng, ("ดร.", "ผศ.ดร.", "อาจารย์", title))
    return title, first, last, ""


def create_partner(demo: Demo, spec: PartnerSpec) -> int:
    """The partner and 1–3 contact people; returns the number of service calls."""
    rng = demo.rng
    services = demo.services
    partner = services.partners.create(spec.data)
    d = spec.data
    ref = PartnerRef(
        partner.id,
        partner.name,
        partner.sector,
        partner.pillar,
        partner.level,
        d.get("province_code"),
        d.get("district_code"),
        d.get("subdistrict_code"),
        d.get("moo"),
    )
    if spec.fill.get("village") and ref.subdistrict and ref.moo:
        demo.villages[(ref.subdistrict, ref.moo)] = spec.fill["village"]
    count = rng.randint(*demo.sizes.contacts)
    for index in range(count):
        if index < len(spec.positions):
            position = spec.positions[index].format(**spec.fill)
        else:
            position = "ผู้ประสานงาน"
        title, first, last, email = _contact_name(demo, spec, position)
        data: dict[str, Any] = {
            "partner_id": partner.id,
            "title": title,
            "first_name": first,
            "last_name": last,
            "position": position,
            "phone": v.mobile_phone(rng) if spec.people == "thai" else None,
            "email": email or None,
            "is_primary": index == 0,
        }
        if spec.people == "thai" and rng.random() < 0.35:
            data["line_id"] = f"{v.pick(rng, _LINE_NAMES)}{rng.randint(10, 2569)}"
        village_head = index == 0 and d["level"] is Level.VILLAGE and "ผู้ใหญ่บ้าน" in position
        if village_head and d.get("subdistrict_code") == SUBDISTRICT and rng.random() < 0.6:
            data["national_id"] = v.national_id(rng, DISTRICT)
        contact = services.contacts.create(data)
        ref.contacts.append((contact.id, contact.full_name, position))
    demo.partners.append(ref)
    return 1 + count
