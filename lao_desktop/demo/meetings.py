"""Committee meetings over the demo's fiscal years: the standard agenda, attendance filled
from the committee (a few absent, a few guests), and resolutions with the partners
responsible and their follow-up reports — some done, some overdue, some still open."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, time, timedelta
from typing import Any

from lao_desktop.demo import network_texts as nt
from lao_desktop.demo import vocabulary as v
from lao_desktop.demo import work_texts as t
from lao_desktop.demo.context import CommitteeRef, Demo, PartnerRef
from lao_desktop.i18n import _
from lao_desktop.models.enums import AgendaKind, AttendanceStatus, DecisionStatus
from lao_desktop.services import ListQuery


@dataclass
class MeetingSpec:
    committee: CommitteeRef
    day: date


def meeting_specs(demo: Demo) -> list[MeetingSpec]:
    """Meetings shared out over the committees (those with several terms meet more), in
    date order so that each year's numbers run 1, 2, 3 …; the busiest committees have one
    meeting coming up."""
    rng = demo.rng
    weights = [3 if len(c.terms) > 1 else 1 for c in demo.committees]
    total = sum(weights) or 1
    counts = [max(1, demo.sizes.meetings * w // total) for w in weights]
    for index in rng.sample(range(len(counts)), len(counts)):
        if sum(counts) >= demo.sizes.meetings:
            break
        counts[index] += 1
    specs: list[MeetingSpec] = []
    for committee, weight, count in zip(demo.committees, weights, counts, strict=True):
        first = max(committee.terms[0][0], demo.first_day) + timedelta(days=14)
        last = min(committee.terms[-1][1], demo.today - timedelta(days=1))
        days: set[date] = set()
        if weight > 1:
            days.add(demo.workday(demo.today + timedelta(days=rng.randint(3, 20))))
        tries = 0
        while len(days) < count and tries < count * 20:
            days.add(demo.workday(demo.day_between(first, last)))
            tries += 1
        specs += [MeetingSpec(committee, day) for day in days]
    specs.sort(key=lambda s: (s.day, s.committee.name))
    return specs[: max(demo.sizes.meetings, 1)]


def _chair(committee: CommitteeRef, day: date) -> str:
    for start, end, chair in committee.terms:
        if start <= day <= end:
            return chair
    return committee.terms[-1][2]


class _Meetings:
    def __init__(self, demo: Demo) -> None:
        self.demo = demo
        self.meetings = demo.services.meetings
        self.attendance = demo.services.attendance
        self.decisions = demo.services.decisions
        self.overdue = 0
        self.projects = [p.name for p in t.PLANS] + [a for t in t.ACTIVITIES.values() for a in t]

    def make(self, spec: MeetingSpec) -> int:
        demo, rng = self.demo, self.demo.rng
        (start_h, start_m), (end_h, end_m) = v.pick(rng, nt.MEETING_TIMES)
        past = spec.day < demo.today
        meeting = self.meetings.create_with_standard_agenda(
            {
                "committee_id": spec.committee.id,
                "title": f"การประชุม{spec.committee.name}",
                "meeting_date": spec.day,
                "start_time": time(start_h, start_m),
                "end_time": time(end_h, end_m),
                "place": v.pick(rng, nt.MEETING_PLACES),
                "chair_name": _chair(spec.committee, spec.day),
                "minutes_taker": v.pick(rng, demo.staff[9:11])[0],
                "minutes_checker": demo.staff[4][0],
                "notes": "" if past else "ส่งหนังสือเชิญประชุมและระเบียบวาระให้คณะกรรมการแล้ว",
            }
        )
        calls = 1 + len(AgendaKind)
        present = self.attendance.fill_from_committee(meeting.id)
        calls += present
        if past and present > 3:
            calls += self._absences(meeting.id)
        calls += self._guests(meeting.id, spec.committee)
        if past:
            item = next(a for a in meeting.agenda if a.kind is AgendaKind.FOR_DECISION)
            for _ in range(rng.randint(*demo.sizes.decisions)):
                calls += self._decision(meeting.id, item.id, spec, present)
        return calls

    def _absences(self, meeting_id: Any) -> int:
        rng = self.demo.rng
        rows = self.attendance.list(ListQuery(filters={"meeting_id": meeting_id})).items
        absent = v.sample(rng, rows[1:], 0, 2)  # the chair (first) came
        for row in absent:
            status = AttendanceStatus.ON_LEAVE if rng.random() < 0.7 else AttendanceStatus.ABSENT
            note = v.pick(rng, nt.ABSENCE_NOTES) if status is AttendanceStatus.ON_LEAVE else ""
            self.attendance.update(row.id, {"status": status, "note": note})
        return len(absent)

    def _guests(self, meeting_id: Any, committee: CommitteeRef) -> int:
        rng = self.demo.rng
        pool = committee.network.members if committee.network else self.demo.partners[:60]
        pool = [p for p in pool if p.contacts and p not in committee.partners]
        guests = v.sample(rng, pool, 0, 2)
        for partner in guests:
            _contact, name, position = v.pick(rng, partner.contacts)
            self.attendance.create(
                {
                    "meeting_id": meeting_id,
                    "partner_id": partner.id,
                    "person_name": name,
                    "position_text": f"{position} {partner.name}"[:300],
                    "status": AttendanceStatus.INVITED,
                }
            )
        return len(guests)

    def _decision(self, meeting_id: Any, item_id: Any, spec: MeetingSpec, present: int) -> int:
        demo, rng = self.demo, self.demo.rng
        pool = spec.committee.partners or demo.partners[:40]
        responsible: list[PartnerRef] = v.sample(rng, pool, 1, 3)
        text = v.pick(rng, nt.DECISION_TEXTS).format(
            project=v.pick(rng, self.projects),
            partner=responsible[0].name,
            topic=v.pick(rng, nt.DECISION_TOPICS),
            n=rng.randint(10, 60),
        )
        due = spec.day + timedelta(days=rng.randint(14, 120))
        against = 1 if rng.random() < 0.1 else 0
        decision = self.decisions.create(
            {
                "meeting_id": meeting_id,
                "agenda_item_id": item_id,
                "text": text,
                "votes_for": max(present - against, 0) if present else None,
                "votes_against": against if present else None,
                "votes_abstain": 0 if present else None,
                "due_date": due,
            }
        )
        tasks = [(p.id, v.pick(rng, nt.RESPONSIBLE_TASKS)) for p in responsible]
        self.decisions.set_responsibles(decision.id, tasks)
        return 1 + len(tasks) + self._follow_ups(decision.id, spec.day, due)

    def _follow_ups(self, decision_id: Any, held: date, due: date) -> int:
        """Reports up to today: done, cancelled, overdue (past due, not done) or open."""
        demo, rng = self.demo, self.demo.rng
        yesterday = demo.today - timedelta(days=1)
        reports: list[tuple[date, DecisionStatus]] = []
        midway = demo.day_between(held + timedelta(days=7), min(due, yesterday))
        if due < demo.today:
            roll = rng.random()
            if self.overdue < 2 or roll < 0.07:
                self.overdue += 1
                if rng.random() < 0.6:
                    reports.append((midway, DecisionStatus.IN_PROGRESS))
            elif roll < 0.14:
                reports.append((midway, DecisionStatus.CANCELLED))
            else:
                if rng.random() < 0.5:
                    reports.append((midway, DecisionStatus.IN_PROGRESS))
                done = demo.day_between(midway, min(due + timedelta(days=15), yesterday))
                reports.append((done, DecisionStatus.DONE))
        elif held + timedelta(days=7) < demo.today and rng.random() < 0.5:
            reports.append((midway, DecisionStatus.IN_PROGRESS))
        for day, status in reports:
            note = v.pick(rng, nt.FOLLOW_UP_NOTES[status.value])
            self.decisions.add_follow_up(decision_id, day, status, note)
        return 2 * len(reports)  # a report also updates the resolution


def create_meetings(demo: Demo, specs: list[MeetingSpec]) -> None:
    builder = _Meetings(demo)
    demo.in_batches(specs, builder.make, _(builder.meetings.label), weight=30)
