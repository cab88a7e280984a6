"""Committees of the networks and of the office: appointment orders, terms and seats
(chair, vice chairs, members, secretary), the ended terms kept as history."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from lao_desktop.demo import network_texts as nt
from lao_desktop.demo import vocabulary as v
from lao_desktop.demo.context import CommitteeRef, Demo, NetworkRef, PartnerRef
from lao_desktop.demo.networks import Areas, NetworkSpec
from lao_desktop.demo.office import SUBDISTRICT
from lao_desktop.i18n import _
from lao_desktop.models.enums import CommitteePosition, Level
from lao_desktop.thai.dates import be_year
from lao_desktop.thai.fiscal import fiscal_year_range


@dataclass
class CommitteeSpec:
    name: str
    network: NetworkRef | None
    history: bool  # several terms, the ended ones kept as history


def committee_specs(demo: Demo, specs: list[NetworkSpec]) -> list[CommitteeSpec]:
    with_committee = [
        CommitteeSpec(spec.committee_name, demo.networks[index], False)
        for index, spec in enumerate(specs)
        if spec.committee_name
    ]
    office = [CommitteeSpec(name, None, False) for name in nt.OFFICE_COMMITTEES]
    if not demo.sizes.extra_areas:
        with_committee, office = with_committee[:5], office[:3]
    chosen = with_committee[:4] + office + with_committee[4:]
    main = next(c for c in chosen if "พัฒนาตำบลนาคูณใหญ่" in c.name)
    main.history = True
    office[0].history = True
    return chosen


def _terms(demo: Demo, history: bool) -> list[tuple[date, date]]:
    """Two-year terms from 1 October; with history, all terms since the demo's first
    fiscal year, else one longer term that covers today."""
    rng = demo.rng
    if history:
        terms = []
        fy = demo.current_fy - 4
        while fiscal_year_range(fy)[0] <= demo.today:
            terms.append((fiscal_year_range(fy)[0], fiscal_year_range(fy + 1)[1]))
            fy += 2
        return terms
    start = demo.workday(demo.first_day + timedelta(days=rng.randint(0, 500)))
    end = fiscal_year_range(demo.current_fy + 1)[1]
    return [(start, end)]


def create_committees(demo: Demo, specs: list[CommitteeSpec]) -> None:
    committees = demo.services.committees
    members = demo.services.committee_members
    rng = demo.rng
    areas = Areas(demo.partners)
    own_area = [p for p in areas.get("s", SUBDISTRICT) if p.contacts]

    def make(spec: CommitteeSpec) -> int:
        terms = _terms(demo, spec.history)
        start, end = terms[-1]
        order_date = start - timedelta(days=rng.randint(7, 40))
        committee = committees.create(
            {
                "name": spec.name,
                "network_id": spec.network.id if spec.network else None,
                "authority": v.pick(rng, nt.COMMITTEE_AUTHORITY),
                "order_number": f"{rng.randint(12, 240)}/{be_year(order_date)}",
                "order_date": order_date,
                "term_start": start,
                "term_end": end,
            }
        )
        pool = [p for p in (spec.network.members if spec.network else own_area) if p.contacts]
        if len(pool) < 12:
            pool += [p for p in own_area if p not in pool]
        ref = CommitteeRef(committee.id, spec.name, spec.network, [])
        calls = 1
        for term_start, term_end in terms:
            dated = spec.history  # several terms: every seat carries its own dates
            seats = _seats(demo, spec, pool, rng.randint(*demo.sizes.committee_members))
            chair = seats[0][0]
            ref.terms.append((term_start, term_end, chair))
            for sequence, (name, title, partner, contact, position) in enumerate(seats, 1):
                data: dict[str, Any] = {
                    "committee_id": committee.id,
                    "person_title": title,
                    "position": position,
                    "sequence": sequence,
                    "term_start": term_start if dated else None,
                    "term_end": term_end if dated else None,
                }
                if contact is not None and partner is not None:
                    data["contact_id"] = contact
                    data["partner_id"] = partner.id
                    if partner not in ref.partners:
                        ref.partners.append(partner)
                else:
                    data["person_name"] = name
                members.create(data)
                calls += 1
        demo.committees.append(ref)
        return calls

    demo.in_batches(specs, make, _(committees.label), weight=12)


Seat = tuple[str, str, PartnerRef | None, Any, CommitteePosition]


def _seats(demo: Demo, spec: CommitteeSpec, pool: list[PartnerRef], count: int) -> list[Seat]:
    """The order's list: chair, vice chair(s), members, secretary and assistant."""
    rng = demo.rng
    staff = demo.staff
    office_led = spec.history or spec.network is None or spec.network.level is Level.INTERNATIONAL
    people = v.sample(rng, pool, count, count)
    seats: list[Seat] = []

    def partner_seat(partner: PartnerRef, position: CommitteePosition) -> Seat:
        contact_id, name, title = partner.contacts[0]
        return (name, title, partner, contact_id, position)

    if office_led or not people:
        seats.append((*staff[0], None, None, CommitteePosition.CHAIR))
    else:
        seats.append(partner_seat(people.pop(0), CommitteePosition.CHAIR))
    vice_chairs = 2 if count > 11 else 1
    for index, partner in enumerate(people):
        vice = index < vice_chairs
        seats.append(
            partner_seat(
                partner, CommitteePosition.VICE_CHAIR if vice else CommitteePosition.MEMBER
            )
        )
    if rng.random() < 0.4:
        seats.append((*staff[3], None, None, CommitteePosition.ADVISOR))
    seats.append((*staff[4], None, None, CommitteePosition.MEMBER_SECRETARY))
    seats.append((*v.pick(rng, staff[6:]), None, None, CommitteePosition.ASSISTANT_SECRETARY))
    return seats
