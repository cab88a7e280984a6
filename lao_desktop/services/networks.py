"""Networks (เครือข่าย), nested by level, and the partners that are their members.

A membership runs from ``joined_on`` up to (not including) ``left_on``: on the day it left
the partner is no longer a member, so it may join again from that day.
"""

from __future__ import annotations

import uuid
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date
from typing import Any, cast

from sqlalchemy import ColumnElement, and_, func, inspect, or_, select
from sqlalchemy.orm import Session, object_session, selectinload

from lao_desktop.errors import FieldProblem, NotFoundError
from lao_desktop.i18n import N_, _
from lao_desktop.models.enums import Level, NetworkForm, Pillar
from lao_desktop.models.network import Network, NetworkMember
from lao_desktop.models.partner import ContactPerson, Partner
from lao_desktop.services.entity import EntityService
from lao_desktop.services.fields import (
    Check,
    ChoiceField,
    DateField,
    NotesField,
    RefField,
    TextField,
)
from lao_desktop.services.location import LOCATION_CHECK, LOCATION_FIELDS
from lao_desktop.services.permissions import Action, require
from lao_desktop.services.schema import Schema
from lao_desktop.thai.dates import format_date

# Smallest area first, as the enum is declared: village < subdistrict < … < international.
LEVEL_RANK = {level: rank for rank, level in enumerate(Level)}


@dataclass(eq=False)  # compared by identity: a tree can be large
class NetworkNode:
    """A network in the tree shown to the clerk, with its current member count."""

    network: Network
    children: list[NetworkNode] = field(default_factory=list)
    member_count: int = 0


def related_name(obj: Any, relation: str, model: type[Any], ident: uuid.UUID | None) -> str:
    """The name of a linked record for messages; works on attached and detached objects."""
    if ident is None:
        return ""
    session = object_session(obj)
    target = session.get(model, ident) if session is not None else None
    if target is None and relation not in inspect(obj).unloaded:
        target = getattr(obj, relation)
    if target is None:
        return str(ident)
    return str(getattr(target, "full_name", None) or target.name)


def shown_period(start: date | None, end: date | None) -> str:
    since = format_date(start, "abbr") if start else "…"
    until = format_date(end, "abbr") if end else _("no end date")
    return f"{since} – {until}"


def _display_order(node: NetworkNode) -> tuple[int, str]:
    return (-LEVEL_RANK[node.network.level], node.network.sort_key)


def current_membership(on: date) -> ColumnElement[bool]:
    return and_(
        or_(NetworkMember.joined_on.is_(None), NetworkMember.joined_on <= on),
        or_(NetworkMember.left_on.is_(None), NetworkMember.left_on > on),
    )


class NetworkService(EntityService[Network]):
    model = Network
    label = N_("Network")
    schema = Schema(
        {
            "name": TextField(label=N_("Network name"), required=True),
            "level": ChoiceField(label=N_("Level"), required=True, enum=Level),
            "pillar": ChoiceField(label=N_("Pillar"), required=True, enum=Pillar),
            "form": ChoiceField(label=N_("Form of network"), required=True, enum=NetworkForm),
            **LOCATION_FIELDS,
            "parent_id": RefField(label=N_("Parent network"), model=Network, what=N_("network")),
            "coordinator_partner_id": RefField(
                label=N_("Coordinating partner"), model=Partner, what=N_("partner")
            ),
            "coordinator_contact_id": RefField(
                label=N_("Coordinator contact"), model=ContactPerson, what=N_("contact person")
            ),
            "established_on": DateField(label=N_("Established on")),
            "vision": NotesField(label=N_("Vision")),
            "mission": NotesField(label=N_("Mission")),
            "goals": NotesField(label=N_("Goals")),
            "strategy": NotesField(label=N_("Strategy")),
            "notes": NotesField(label=N_("Notes")),
        },
        (LOCATION_CHECK,),
    )
    filterable = ("level", "pillar", "form", "parent_id", "province_code")
    sortable = {"name": "sort_key", "established_on": "established_on"}
    date_column = "established_on"
    detail_options = (
        selectinload(Network.parent),
        selectinload(Network.coordinator_partner),
        selectinload(Network.coordinator_contact),
    )

    def search_parts(self, obj: Network) -> list[str | None]:
        return [obj.name, obj.notes]

    def extra_problems(
        self, session: Session, values: Mapping[str, Any], obj: Network | None
    ) -> list[FieldProblem]:
        problems = self._level_problems(session, values, obj)
        partner_id, contact_id = values["coordinator_partner_id"], values["coordinator_contact_id"]
        contact = session.get(ContactPerson, contact_id) if contact_id else None
        partner = session.get(Partner, partner_id) if partner_id else None
        if contact is not None and partner is not None and contact.partner_id != partner.id:
            message = _(
                "{field}: {contact} is not a contact person of {partner}; choose a "
                "contact of the coordinating partner, or change the partner."
            )
            names = {"contact": contact.full_name, "partner": partner.name}
            problems.append(self.problem("coordinator_contact_id", message, **names))
        return problems

    def _level_problems(
        self, session: Session, values: Mapping[str, Any], obj: Network | None
    ) -> list[FieldProblem]:
        problems: list[FieldProblem] = []
        level: Level = values["level"]
        higher = [lv for lv in Level if LEVEL_RANK[lv] > LEVEL_RANK[level]]
        live = Network.deleted_at.is_(None)
        if obj is not None and higher:
            stmt = select(Network).where(Network.parent_id == obj.id, live)
            child = session.scalars(
                stmt.where(Network.level.in_(higher)).order_by(Network.sort_key)
            ).first()
            if child is not None:
                message = _(
                    "{field}: “{child}” inside this network works at the {child_level} level, "
                    "higher than {level}; choose a higher level, or move that network first."
                )
                names = {"child": child.name, "child_level": child.level.label}
                problems.append(self.problem("level", message, level=level.label, **names))
        parent = session.get(Network, values["parent_id"]) if values["parent_id"] else None
        if parent is None:
            return problems
        if obj is not None and parent.id == obj.id:
            message = _(
                "{field}: a network cannot be inside itself; choose another parent "
                "network or leave it empty."
            )
        elif obj is not None and any(n.id == obj.id for n in self._chain(session, parent)):
            message = _(
                "{field}: “{parent}” is itself inside this network, so it cannot also "
                "contain it; choose a network higher up, or leave it empty."
            )
        elif LEVEL_RANK[parent.level] < LEVEL_RANK[level]:
            message = _(
                "{field}: “{parent}” works at the {parent_level} level, below {level}; a "
                "network can only be inside one of the same or a higher level (a village network "
                "inside a subdistrict network). Choose another parent network or change the level."
            )
        else:
            return problems
        names = {"parent": parent.name, "parent_level": parent.level.label}
        problems.append(self.problem("parent_id", message, level=level.label, **names))
        return problems

    @staticmethod
    def _chain(session: Session, start: Network) -> list[Network]:
        """``start`` and the networks above it, nearest first; stops at a broken cycle."""
        chain: list[Network] = []
        seen: set[uuid.UUID] = set()
        current: Network | None = start
        while current is not None and current.id not in seen:
            chain.append(current)
            seen.add(current.id)
            current = session.get(Network, current.parent_id) if current.parent_id else None
        return chain

    def ancestors(self, network_id: uuid.UUID) -> list[Network]:
        """The networks above this one, the top first and the direct parent last (a
        breadcrumb). Stops below a network in the trash, as the tree does."""
        require(self.ctx.actor, Action.READ)
        with self.ctx.reading() as session:
            network = session.get(Network, network_id)
            if network is None or network.is_deleted:
                raise NotFoundError(_(self.label), network_id)
            above: list[Network] = []
            for candidate in self._chain(session, network)[1:]:
                if candidate.is_deleted:
                    break
                above.append(candidate)
            return above[::-1]

    def tree(self, root_id: uuid.UUID | None = None) -> list[NetworkNode]:
        """The live networks as a tree: higher levels first (national → village), then Thai
        order. A network whose parent is in the trash shows at the top. ``root_id``: only
        that network and what is inside it."""
        require(self.ctx.actor, Action.READ)
        with self.ctx.reading() as session:
            networks = session.scalars(select(Network).where(Network.deleted_at.is_(None)))
            count_stmt = (
                select(NetworkMember.network_id, func.count())
                .join(Partner, Partner.id == NetworkMember.partner_id)
                .where(
                    NetworkMember.deleted_at.is_(None),
                    Partner.deleted_at.is_(None),
                    current_membership(date.today()),
                )
                .group_by(NetworkMember.network_id)
            )
            counts: dict[uuid.UUID, int] = {row[0]: row[1] for row in session.execute(count_stmt)}
            nodes = {n.id: NetworkNode(n, [], counts.get(n.id, 0)) for n in networks}
        ordered = sorted(nodes.values(), key=_display_order)
        roots: list[NetworkNode] = []
        for node in ordered:
            parent_id = node.network.parent_id
            parent = nodes.get(parent_id) if parent_id is not None else None
            (parent.children if parent is not None else roots).append(node)
        _break_cycles(roots, ordered, nodes)
        if root_id is None:
            return roots
        if root_id not in nodes:
            raise NotFoundError(_(self.label), root_id)
        return [nodes[root_id]]


def _break_cycles(
    roots: list[NetworkNode], ordered: list[NetworkNode], nodes: dict[uuid.UUID, NetworkNode]
) -> None:
    """Networks in a parent cycle (only possible in data merged from elsewhere) are not
    reachable from any root: show each cycle from its first network, at the top."""
    reached: set[uuid.UUID] = set()
    for node in [*roots, *ordered]:
        if node.network.id in reached:
            continue
        if node not in roots:  # unreachable so far: a cycle
            nodes[cast(uuid.UUID, node.network.parent_id)].children.remove(node)
            roots.append(node)
        stack = [node]
        while stack:
            current = stack.pop()
            if current.network.id not in reached:
                reached.add(current.network.id)
                stack.extend(current.children)
    roots.sort(key=_display_order)


def _left_before_joined(values: dict[str, Any]) -> str | None:
    joined, left = values.get("joined_on"), values.get("left_on")
    if joined is None or left is None or left >= joined:
        return None
    return _(
        "Date left: {left} is before the date joined ({joined}); correct the date left or the "
        "date joined."
    ).format(left=format_date(left, "abbr"), joined=format_date(joined, "abbr"))


class NetworkMemberService(EntityService[NetworkMember]):
    model = NetworkMember
    label = N_("Network member")
    schema = Schema(
        {
            "network_id": RefField(
                label=N_("Network"), required=True, model=Network, what=N_("network")
            ),
            "partner_id": RefField(
                label=N_("Partner"), required=True, model=Partner, what=N_("partner")
            ),
            "role": TextField(label=N_("Role in the network"), max_length=200),
            "joined_on": DateField(label=N_("Date joined")),
            "left_on": DateField(label=N_("Date left")),
            "notes": NotesField(label=N_("Notes")),
        },
        (Check(("left_on", "joined_on"), _left_before_joined),),
    )
    filterable = ("network_id", "partner_id")
    sortable = {"joined_on": "joined_on"}
    default_sort = "joined_on"
    date_column = "joined_on"
    detail_options = (selectinload(NetworkMember.partner), selectinload(NetworkMember.network))

    def describe(self, obj: NetworkMember) -> str:
        partner = related_name(obj, "partner", Partner, obj.partner_id)
        network = related_name(obj, "network", Network, obj.network_id)
        return f"{partner} — {network}"

    def search_parts(self, obj: NetworkMember) -> list[str | None]:
        return [obj.role, obj.notes]

    def extra_problems(
        self, session: Session, values: Mapping[str, Any], obj: NetworkMember | None
    ) -> list[FieldProblem]:
        joined, left = values.get("joined_on"), values.get("left_on")
        stmt = select(NetworkMember).where(
            NetworkMember.network_id == values["network_id"],
            NetworkMember.partner_id == values["partner_id"],
            NetworkMember.deleted_at.is_(None),
        )
        if obj is not None:
            stmt = stmt.where(NetworkMember.id != obj.id)
        if left is not None:
            stmt = stmt.where(
                or_(NetworkMember.joined_on.is_(None), NetworkMember.joined_on < left)
            )
        if joined is not None:
            stmt = stmt.where(or_(NetworkMember.left_on.is_(None), NetworkMember.left_on > joined))
        other = session.scalars(stmt.order_by(NetworkMember.joined_on).limit(1)).first()
        if other is None:
            return []
        partner = session.get(Partner, values["partner_id"])
        message = _(
            "{field}: {partner} is already a member of this network for {period}, which overlaps "
            "these dates; enter the date it left that membership first, or change the dates."
        )
        period = shown_period(other.joined_on, other.left_on)
        return [
            self.problem(
                "partner_id", message, partner=partner.name if partner else "", period=period
            )
        ]

    def members_of(
        self, network_id: uuid.UUID, *, current_only: bool = True, on: date | None = None
    ) -> list[NetworkMember]:
        """The network's memberships, partner loaded, in the partners' Thai order.
        ``current_only``: only those that are members on ``on`` (today by default)."""
        where = NetworkMember.network_id == network_id
        return self._memberships(where, NetworkMember.partner, Partner, current_only, on)

    def networks_of(
        self, partner_id: uuid.UUID, *, current_only: bool = True, on: date | None = None
    ) -> list[NetworkMember]:
        """The partner's memberships, network loaded, in the networks' Thai order (the
        membership carries the role and the dates; ``.network`` is the network)."""
        where = NetworkMember.partner_id == partner_id
        return self._memberships(where, NetworkMember.network, Network, current_only, on)

    def _memberships(
        self,
        where: ColumnElement[bool],
        relation: Any,
        other: type[Partner] | type[Network],
        current_only: bool,
        on: date | None,
    ) -> list[NetworkMember]:
        require(self.ctx.actor, Action.READ)
        stmt = (
            select(NetworkMember)
            .join(relation)
            .where(where, NetworkMember.deleted_at.is_(None), other.deleted_at.is_(None))
            .options(selectinload(relation))
            .order_by(other.sort_key, NetworkMember.joined_on, NetworkMember.id)
        )
        if current_only:
            stmt = stmt.where(current_membership(on or date.today()))
        with self.ctx.reading() as session:
            return list(session.scalars(stmt))
