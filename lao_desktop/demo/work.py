"""Joint plans with the budget of each partner, resource exchanges of every kind over the
fiscal years, activities with their participants, and the knowledge items that came out."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import timedelta
from decimal import Decimal
from typing import Any

from lao_desktop.demo import network_texts as nt
from lao_desktop.demo import vocabulary as v
from lao_desktop.demo import work_texts as t
from lao_desktop.demo.context import Demo, NetworkRef, PartnerRef, PlanRef
from lao_desktop.demo.office import DISTRICT, PROVINCE
from lao_desktop.i18n import _
from lao_desktop.models.enums import (
    ActivityKind,
    ExchangeStatus,
    Level,
    PlanStatus,
)
from lao_desktop.thai.fiscal import fiscal_year, fiscal_year_range

DAY = timedelta(days=1)


# -- plans -------------------------------------------------------------------------------


def create_plans(demo: Demo) -> None:
    rng = demo.rng
    plans = demo.services.plans
    tasks = demo.services.plan_responsibilities
    years = list(range(demo.current_fy - 4, demo.current_fy + 1))
    pool = [p for p in demo.partners if p.level is not Level.INTERNATIONAL]

    def make(index: int) -> int:
        text = t.PLANS[index % len(t.PLANS)]
        year = years[index % len(years)] if index < len(t.PLANS) else v.pick(rng, years)
        first, last = fiscal_year_range(year)
        start = first + timedelta(days=rng.randint(0, 90))
        end = min(last, start + timedelta(days=rng.randint(120, 330)))
        if end < demo.today:
            status = PlanStatus.CANCELLED if rng.random() < 0.06 else PlanStatus.COMPLETED
        else:
            status = PlanStatus.ONGOING if start <= demo.today else PlanStatus.PLANNED
        network: NetworkRef | None = v.pick(rng, demo.networks) if demo.networks else None
        suffix = "" if index < len(t.PLANS) else f" ระยะที่ {index // len(t.PLANS) + 1}"
        plan = plans.create(
            {
                "name": f"{text.name}{suffix}",
                "fiscal_year": year,
                "network_id": network.id if network else None,
                "description": f"{text.name} ดำเนินการร่วมกับภาคีเครือข่ายตามความถนัดของแต่ละฝ่าย",
                "goals": text.goals,
                "indicators": text.indicators,
                "start_on": start,
                "end_on": end,
                "status": status,
            }
        )
        members = network.members if network and len(network.members) >= 3 else pool
        partners: list[PartnerRef] = v.sample(rng, members, 1, min(4, len(text.tasks)))
        tasks.create(
            {
                "plan_id": plan.id,
                "task": "ประสานงาน บริหารโครงการ และรายงานผล",
                "budget_baht": v.money(rng, 20_000, 300_000, 1000),
                "sequence": 1,
            }
        )
        for sequence, (partner, task) in enumerate(zip(partners, text.tasks, strict=False), 2):
            budget = v.money(rng, 2_000, 80_000, 500) if rng.random() < 0.75 else None
            tasks.create(
                {
                    "plan_id": plan.id,
                    "partner_id": partner.id,
                    "task": task,
                    "budget_baht": budget,
                    "sequence": sequence,
                }
            )
        demo.plans.append(PlanRef(plan.id, plan.name, network, start, end, partners))
        return 2 + len(partners)

    demo.in_batches(list(range(demo.sizes.plans)), make, _(plans.label), weight=5)


# -- exchanges ---------------------------------------------------------------------------


@dataclass
class _Links:
    networks_of: dict[Any, list[NetworkRef]]
    agreements_of: dict[Any, list[Any]]
    plans_by_year: dict[int, list[PlanRef]]


def _links(demo: Demo) -> _Links:
    networks_of: dict[Any, list[NetworkRef]] = defaultdict(list)
    for network in demo.networks:
        for partner in network.members:
            networks_of[partner.id].append(network)
    agreements_of: dict[Any, list[Any]] = defaultdict(list)
    for agreement_id, partners in demo.agreements:
        for partner in partners:
            agreements_of[partner.id].append(agreement_id)
    plans_by_year: dict[int, list[PlanRef]] = defaultdict(list)
    for plan in demo.plans:
        plans_by_year[fiscal_year(plan.start)].append(plan)
    return _Links(networks_of, agreements_of, plans_by_year)


def create_exchanges(demo: Demo) -> None:
    rng = demo.rng
    exchanges = demo.services.exchanges
    links = _links(demo)
    near = [p for p in demo.partners if p.district in (None, DISTRICT) or p.province == PROVINCE]
    near = near[:600] if demo.sizes.extra_areas else near
    fitting = {
        text.who: [p for p in near if text.who in p.name] for text in t.EXCHANGES if text.who
    }

    def partner(who: str) -> PartnerRef:
        if who and fitting[who] and rng.random() < 0.85:
            return v.pick(rng, fitting[who])
        return v.pick(rng, near if rng.random() < 0.7 else demo.partners)

    def make(_index: int) -> int:
        text = v.pick(rng, t.EXCHANGES)
        upcoming = rng.random() < 0.04
        day = demo.today + timedelta(days=rng.randint(1, 60)) if upcoming else demo.past_day()
        direction = text.direction
        if direction == "any":
            direction = v.pick(rng, ("in", "in", "out", "between"))
        giver = partner(text.who) if direction in ("in", "between") else None
        receiver = partner(text.who if direction == "out" else "") if direction != "in" else None
        if giver is not None and receiver is not None and giver.id == receiver.id:
            receiver = None
        quantity = rng.randint(*text.quantity) if text.quantity[1] else None
        each = rng.randint(*text.baht_each)
        value = Decimal(each * (quantity or 1)).quantize(Decimal("0.01"))
        if quantity is None:
            value = v.money(rng, *text.baht_each, 500)
        if upcoming:
            status = ExchangeStatus.PLEDGED
        elif rng.random() < 0.03:
            status = ExchangeStatus.CANCELLED
        elif text.returnable and day < demo.today - timedelta(days=14) and rng.random() < 0.6:
            status = ExchangeStatus.RETURNED
        else:
            status = ExchangeStatus.DELIVERED
        side = giver or receiver
        assert side is not None
        network = (
            v.pick(rng, links.networks_of[side.id])
            if links.networks_of[side.id] and (rng.random() < 0.4)
            else None
        )
        agreement = (
            v.pick(rng, links.agreements_of[side.id])
            if links.agreements_of[side.id] and (rng.random() < 0.3)
            else None
        )
        plans = [p for p in links.plans_by_year[fiscal_year(day)] if p.start <= day <= p.end]
        plan = v.pick(rng, plans) if plans and rng.random() < 0.3 else None
        exchanges.create(
            {
                "exchange_date": day,
                "from_partner_id": giver.id if giver else None,
                "to_partner_id": receiver.id if receiver else None,
                "kind": text.kind,
                "status": status,
                "description": text.description,
                "quantity": quantity,
                "unit": text.unit if quantity is not None else "",
                "value_baht": value if value else None,
                "network_id": network.id if network else None,
                "agreement_id": agreement,
                "plan_id": plan.id if plan else None,
            }
        )
        return 1

    demo.in_batches(list(range(demo.sizes.exchanges)), make, _(exchanges.label))


# -- activities and knowledge --------------------------------------------------------------

_KIND_WEIGHTS = (
    (ActivityKind.TRAINING, 5),
    (ActivityKind.STUDY_VISIT, 2),
    (ActivityKind.ACADEMIC_MEETING, 2),
    (ActivityKind.PUBLIC_RELATIONS, 3),
    (ActivityKind.JOINT_WORK, 4),
    (ActivityKind.OTHER, 1),
)


def create_activities(demo: Demo) -> None:
    rng = demo.rng
    activities = demo.services.activities
    participants = demo.services.activity_participants
    kinds = [kind for kind, weight in _KIND_WEIGHTS for _ in range(weight)]

    def make(_index: int) -> int:
        kind = v.pick(rng, kinds)
        name = v.pick(rng, t.ACTIVITIES[kind])
        upcoming = rng.random() < 0.08
        start = demo.today + timedelta(days=rng.randint(3, 45)) if upcoming else demo.past_day()
        days = rng.randint(1, 3) if kind is ActivityKind.STUDY_VISIT else rng.randint(0, 1)
        plans = [p for p in demo.plans if p.start <= start <= p.end]
        plan = v.pick(rng, plans) if plans and rng.random() < 0.5 else None
        network = (
            plan.network
            if plan
            else (v.pick(rng, demo.networks) if demo.networks and rng.random() < 0.6 else None)
        )
        place = (
            name.split(" ", 1)[1]
            if kind is ActivityKind.STUDY_VISIT and " " in name
            else (v.pick(rng, nt.MEETING_PLACES))
        )
        activity = activities.create(
            {
                "name": f"{name} ประจำปีงบประมาณ {fiscal_year(start)}",
                "kind": kind,
                "start_on": start,
                "end_on": start + days * DAY,
                "place": place,
                "network_id": network.id if network else None,
                "plan_id": plan.id if plan else None,
                "participant_count": rng.randint(15, 150),
                "description": f"{name} โดยความร่วมมือของภาคีเครือข่าย",
                "outcome": "" if upcoming else v.pick(rng, t.ACTIVITY_OUTCOMES),
            }
        )
        pool = (plan.partners if plan else []) + (network.members if network else [])
        pool = list(dict.fromkeys(pool)) if len(pool) >= 4 else demo.partners[:200]
        chosen = v.sample(rng, pool, 2, 8)
        for index, partner in enumerate(chosen):
            role = "เจ้าภาพร่วม" if index == 0 else v.pick(rng, t.PARTICIPANT_ROLES)
            participants.create(
                {"activity_id": activity.id, "partner_id": partner.id, "role": role}
            )
        if not upcoming:
            demo.activities.append(activity.id)
        return 1 + len(chosen)

    demo.in_batches(list(range(demo.sizes.activities)), make, _(activities.label), weight=5)


def create_knowledge(demo: Demo) -> None:
    rng = demo.rng
    knowledge = demo.services.knowledge

    def make(index: int) -> int:
        text = t.KNOWLEDGE[index % len(t.KNOWLEDGE)]
        edition = index // len(t.KNOWLEDGE)
        activity = v.pick(rng, demo.activities) if demo.activities and rng.random() < 0.4 else None
        network = v.pick(rng, demo.networks) if demo.networks and rng.random() < 0.5 else None
        knowledge.create(
            {
                "name": text.name if not edition else f"{text.name} (ฉบับปรับปรุงครั้งที่ {edition})",
                "kind": text.kind,
                "summary": text.summary,
                "body": f"{text.summary}\n\nรายละเอียดและขั้นตอนการดำเนินงานเรียบเรียงโดย"
                "เจ้าหน้าที่องค์การบริหารส่วนตำบลนาคูณใหญ่ร่วมกับภาคีเครือข่าย",
                "summary_en": text.summary_en,
                "source": text.source or "องค์การบริหารส่วนตำบลนาคูณใหญ่",
                "tags": text.tags,
                "published_on": demo.past_day(),
                "network_id": network.id if network else None,
                "activity_id": activity,
            }
        )
        return 1

    demo.in_batches(list(range(demo.sizes.knowledge)), make, _(knowledge.label))
