"""What the demo builders share: the services, the seeded randomness, today, the sizes, the
records made so far (ids only) and the batching of service calls into transactions."""

from __future__ import annotations

import random
import uuid
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import TypeVar

from lao_desktop.models.enums import Level, Pillar, Sector
from lao_desktop.services import Services
from lao_desktop.thai.fiscal import fiscal_year, fiscal_year_range

T = TypeVar("T")
Progress = Callable[[int, int, str], None]


@dataclass(frozen=True)
class Sizes:
    partners: int
    contacts: tuple[int, int]  # per partner
    extra_areas: bool  # partners and networks beyond the office's district (large)
    members: tuple[int, int]  # per network
    village_networks: int  # networks per extra subdistrict (large)
    committee_members: tuple[int, int]
    meetings: int
    decisions: tuple[int, int]  # per meeting
    exchanges: int
    agreements: int
    plans: int
    activities: int
    knowledge: int
    batch: int  # service calls per transaction (about)


SIZES = {
    "small": Sizes(
        partners=120,
        contacts=(1, 3),
        extra_areas=False,
        members=(5, 12),
        village_networks=0,
        committee_members=(7, 13),
        meetings=40,
        decisions=(2, 4),
        exchanges=300,
        agreements=12,
        plans=10,
        activities=30,
        knowledge=15,
        batch=5000,
    ),
    "large": Sizes(
        partners=20_000,
        contacts=(1, 2),
        extra_areas=True,
        members=(6, 15),
        village_networks=2,
        committee_members=(9, 13),
        meetings=1_000,
        decisions=(2, 4),
        exchanges=60_000,
        agreements=300,
        plans=400,
        activities=1_500,
        knowledge=400,
        batch=2000,
    ),
}


@dataclass(eq=False)  # compared and hashed by identity
class PartnerRef:
    """What the builders need to know of a partner made earlier."""

    id: uuid.UUID
    name: str
    sector: Sector
    pillar: Pillar
    level: Level
    province: str | None
    district: str | None
    subdistrict: str | None
    moo: int | None
    contacts: list[tuple[uuid.UUID, str, str]] = field(default_factory=list)  # id, name, position


@dataclass(eq=False)  # compared and hashed by identity
class NetworkRef:
    id: uuid.UUID
    name: str
    level: Level
    pillar: Pillar
    established: date
    members: list[PartnerRef] = field(default_factory=list)


@dataclass(eq=False)  # compared and hashed by identity
class CommitteeRef:
    id: uuid.UUID
    name: str
    network: NetworkRef | None
    terms: list[tuple[date, date, str]]  # (start, end, chair's name), oldest first
    partners: list[PartnerRef] = field(default_factory=list)


@dataclass(eq=False)  # compared and hashed by identity
class PlanRef:
    id: uuid.UUID
    name: str
    network: NetworkRef | None
    start: date
    end: date
    partners: list[PartnerRef]


class Demo:
    """One run of the demo generator."""

    def __init__(self, services: Services, sizes: Sizes, seed: int, progress: Progress | None):
        self.services = services
        self.sizes = sizes
        self.rng = random.Random(seed)
        self.today = date.today()
        # Four full fiscal years before the current one, and the current one up to today.
        self.current_fy = fiscal_year(self.today)
        self.first_day = fiscal_year_range(self.current_fy - 4)[0]
        self._progress = progress
        self._done = 0
        self._total = 1
        self.partners: list[PartnerRef] = []
        self.staff: list[tuple[str, str]] = []  # (full name, position) of the office's people
        self.villages: dict[tuple[str, int], str] = {}  # (subdistrict code, moo) -> name
        self.networks: list[NetworkRef] = []
        self.committees: list[CommitteeRef] = []
        self.agreements: list[tuple[uuid.UUID, list[PartnerRef]]] = []
        self.plans: list[PlanRef] = []
        self.activities: list[uuid.UUID] = []

    # -- progress and batching ----------------------------------------------------------------

    def plan_work(self, total: int) -> None:
        self._total = max(1, total)

    def finish(self, what: str) -> None:
        self._done = self._total
        self.report(what)

    def report(self, what: str) -> None:
        if self._progress is not None:
            self._progress(min(self._done, self._total), self._total, what)

    def in_batches(
        self, items: Sequence[T], make: Callable[[T], int], what: str, weight: int = 1
    ) -> None:
        """Call ``make`` on every item, many per transaction. ``make`` returns the number of
        service calls it made; a transaction closes after about ``sizes.batch`` of them.
        Each item counts ``weight`` units of progress."""
        self.report(what)
        index = 0
        while index < len(items):
            calls = 0
            with self.services.transaction():
                while index < len(items) and calls < self.sizes.batch:
                    calls += make(items[index])
                    index += 1
                    self._done += weight
                    if index % 100 == 0:
                        self.report(what)
            self.report(what)

    # -- dates ------------------------------------------------------------------------------

    def day_between(self, first: date, last: date) -> date:
        if last <= first:
            return first
        return first + timedelta(days=self.rng.randint(0, (last - first).days))

    def workday(self, day: date) -> date:
        """The day, or the Monday after when it falls on a weekend."""
        while day.weekday() >= 5:
            day += timedelta(days=1)
        return day

    def past_day(self, since: date | None = None) -> date:
        return self.day_between(since or self.first_day, self.today - timedelta(days=1))
