"""Networks in a tree from the village to the international level, and their member
partners (with the dates they joined and left)."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from lao_desktop.demo import network_texts as nt
from lao_desktop.demo import vocabulary as v
from lao_desktop.demo.context import Demo, NetworkRef, PartnerRef
from lao_desktop.demo.office import DISTRICT, PROVINCE, SUBDISTRICT
from lao_desktop.i18n import _
from lao_desktop.models.enums import Level, NetworkForm, Pillar
from lao_desktop.thai import geo

RANK = {level: rank for rank, level in enumerate(Level)}
YEAR = timedelta(days=365)


@dataclass
class NetworkSpec:
    name: str
    level: Level
    pillar: Pillar
    committee: bool
    parent: int | None  # index in the list of specs
    where: tuple[str | None, str | None, str | None, int | None]
    committee_name: str = ""


class Areas:
    """The partners made so far, by where they are."""

    def __init__(self, partners: list[PartnerRef]) -> None:
        self.by_key: dict[tuple[Any, ...], list[PartnerRef]] = defaultdict(list)
        for p in partners:
            self.by_key[("level", p.level)].append(p)
            if p.province:
                self.by_key[("p", p.province)].append(p)
            if p.district:
                self.by_key[("d", p.district)].append(p)
            if p.subdistrict:
                self.by_key[("s", p.subdistrict)].append(p)
                if p.moo:
                    self.by_key[("m", p.subdistrict, p.moo)].append(p)

    def get(self, *key: Any) -> list[PartnerRef]:
        return self.by_key.get(key, [])

    def candidates(self, spec: NetworkSpec) -> list[PartnerRef]:
        province, district, subdistrict, moo = spec.where
        level = spec.level
        if level is Level.VILLAGE and subdistrict and moo:
            near = self.get("s", subdistrict)
            return self.get("m", subdistrict, moo) + [p for p in near if p.moo is None]
        if level is Level.SUBDISTRICT and subdistrict:
            return self.get("s", subdistrict) + self.get("d", subdistrict[:4])[:12]
        if level is Level.DISTRICT and district:
            return [p for p in self.get("d", district) if p.level is not Level.VILLAGE]
        if level is Level.PROVINCE and province:
            return [
                p
                for p in self.get("p", province)
                if RANK[p.level] >= RANK[Level.DISTRICT] or p.sector.value == "other_lao"
            ][:400]
        if level is Level.NATIONAL:
            return self.get("level", Level.NATIONAL) + self.get("level", Level.PROVINCE)[:20]
        return (
            self.get("level", Level.INTERNATIONAL)
            + self.get("level", Level.PROVINCE)[:10]
            + self.get("level", Level.DISTRICT)[:6]
        )


def network_specs(demo: Demo) -> list[NetworkSpec]:
    rng = demo.rng
    moos = rng.sample(range(1, 13), 4)
    specs: list[NetworkSpec] = []
    for plan in nt.NETWORKS:
        where: tuple[str | None, str | None, str | None, int | None] = (None, None, None, None)
        name = plan.name
        if plan.level is Level.VILLAGE:
            moo = moos.pop()
            name = name.format(village=v.NA_KHUN_YAI_VILLAGES[moo - 1])
            where = (PROVINCE, DISTRICT, SUBDISTRICT, moo)
        elif plan.level is Level.SUBDISTRICT:
            where = (PROVINCE, DISTRICT, SUBDISTRICT, None)
        elif plan.level is Level.DISTRICT:
            where = (PROVINCE, DISTRICT, None, None)
        elif plan.level is Level.PROVINCE:
            where = (PROVINCE, None, None, None)
        specs.append(
            NetworkSpec(
                name,
                plan.level,
                plan.pillar,
                plan.committee,
                plan.parent,
                where,
                plan.committee_name,
            )
        )
    if demo.sizes.extra_areas:
        _other_networks(demo, specs)
    return specs


def _other_networks(demo: Demo, specs: list[NetworkSpec]) -> None:
    """Large demo: a development network in every other subdistrict with partners, with
    its committee and a few village networks inside it."""
    rng = demo.rng
    subdistricts = sorted({p.subdistrict for p in demo.partners if p.subdistrict})
    village_plans = nt.NETWORKS[12:]
    for code in subdistricts:
        if code.startswith(DISTRICT):
            continue
        place = geo.subdistrict(code)
        if place is None:
            continue
        parent = 2 if code.startswith(PROVINCE) else None
        specs.append(
            NetworkSpec(
                f"เครือข่ายความร่วมมือพัฒนาตำบล{place.name_th}",
                Level.SUBDISTRICT,
                Pillar.LOCAL_GOVERNMENT,
                True,
                parent,
                (code[:2], code[:4], code, None),
                f"คณะกรรมการเครือข่ายความร่วมมือพัฒนาตำบล{place.name_th}",
            )
        )
        own = len(specs) - 1
        moos = sorted({moo for (s, moo) in demo.villages if s == code})
        for moo in rng.sample(moos, min(len(moos), demo.sizes.village_networks)):
            plan = v.pick(rng, village_plans)
            name = plan.name.format(village=demo.villages[(code, moo)])
            specs.append(
                NetworkSpec(
                    name, Level.VILLAGE, plan.pillar, False, own, (code[:2], code[:4], code, moo)
                )
            )


def _established(demo: Demo, level: Level) -> date:
    """Higher networks are older; the village ones started during the demo's years."""
    rng = demo.rng
    if RANK[level] >= RANK[Level.PROVINCE]:
        return demo.first_day - timedelta(days=rng.randint(365, 6 * 365))
    if level is Level.VILLAGE:
        return demo.day_between(demo.first_day, demo.today - YEAR)
    return demo.first_day - timedelta(days=rng.randint(30, 3 * 365))


def create_networks(demo: Demo, specs: list[NetworkSpec]) -> None:
    areas = Areas(demo.partners)
    networks_service = demo.services.networks
    members_service = demo.services.network_members
    rng = demo.rng

    def make(spec: NetworkSpec) -> int:
        established = _established(demo, spec.level)
        pool = areas.candidates(spec)
        same = [p for p in pool if p.pillar is spec.pillar]
        others = [p for p in pool if p.pillar is not spec.pillar]
        count = rng.randint(*demo.sizes.members)
        chosen = v.sample(rng, same, 1, max(1, count * 2 // 3))
        chosen += v.sample(rng, others, count - len(chosen), count - len(chosen))
        coordinator = next((p for p in chosen if p.contacts), None)
        province, district, subdistrict, moo = spec.where
        data: dict[str, Any] = {
            "name": spec.name,
            "level": spec.level,
            "pillar": spec.pillar,
            "form": NetworkForm.COMMITTEE if spec.committee else NetworkForm.PARTNER_NETWORK,
            "province_code": province,
            "district_code": district,
            "subdistrict_code": subdistrict,
            "moo": moo,
            "parent_id": None if spec.parent is None else demo.networks[spec.parent].id,
            "coordinator_partner_id": coordinator.id if coordinator else None,
            "coordinator_contact_id": coordinator.contacts[0][0] if coordinator else None,
            "established_on": established,
            "vision": v.pick(rng, nt.NETWORK_TEXTS["vision"]),
            "mission": v.pick(rng, nt.NETWORK_TEXTS["mission"]),
            "goals": v.pick(rng, nt.NETWORK_TEXTS["goals"]),
            "strategy": v.pick(rng, nt.NETWORK_TEXTS["strategy"]),
        }
        network = networks_service.create(data)
        ref = NetworkRef(network.id, spec.name, spec.level, spec.pillar, established)
        for partner in chosen:
            joined = demo.day_between(established, demo.today - timedelta(days=60))
            left = None
            if partner is not coordinator and rng.random() < 0.08:
                left = demo.day_between(joined + timedelta(days=90), demo.today)
            else:
                ref.members.append(partner)
            role = nt.COORDINATOR_ROLE if partner is coordinator else v.pick(rng, nt.MEMBER_ROLES)
            members_service.create(
                {
                    "network_id": network.id,
                    "partner_id": partner.id,
                    "role": role,
                    "joined_on": joined,
                    "left_on": left,
                }
            )
        demo.networks.append(ref)
        return 1 + len(chosen)

    demo.in_batches(specs, make, _(networks_service.label), weight=8)
