"""The executive's approval of agreements and joint plans.

An approval covers the content the executive saw. A clerk's later change to that content
withdraws it in the same transaction, and the change's audit entry says so; so does a change
to the record's parts that the approval covered (an agreement's parties and their
obligations, a plan's division of work and budget), in an entry of its own on the record.
Changes that only record what happened after the approval (signing date, status, notes) keep
it: the services list them in ``approval_keeps``.
"""

from __future__ import annotations

import threading
import uuid
from datetime import datetime
from typing import Any, ClassVar, TypeVar

from sqlalchemy import ColumnElement, inspect
from sqlalchemy.orm import Session
from sqlalchemy.orm.exc import StaleDataError

from lao_desktop.db.types import utcnow
from lao_desktop.errors import ConflictError, DomainError
from lao_desktop.i18n import N_, _
from lao_desktop.models.approval import Approvable
from lao_desktop.models.base import Record
from lao_desktop.models.user import User
from lao_desktop.services import audit
from lao_desktop.services.context import Actor
from lao_desktop.services.entity import EntityService
from lao_desktop.services.fields import BoolField
from lao_desktop.services.permissions import Action, require
from lao_desktop.thai.dates import format_datetime_be

A = TypeVar("A", bound=Record)
P = TypeVar("P", bound=Record)

_APPROVED = BoolField(label=N_("Approved"))


class ApprovalError(DomainError):
    """Approving what is already approved, or withdrawing an approval there is not."""


def _approval(obj: Record) -> Approvable:
    assert isinstance(obj, Approvable), f"{type(obj).__name__} cannot be approved"
    return obj


def _when(moment: datetime) -> str:
    return format_datetime_be(moment.astimezone())  # the office's clock, not UTC


def _who(session: Session, user_id: uuid.UUID | None) -> str:
    user = session.get(User, user_id) if user_id is not None else None
    if user is None:
        return _("an unknown user")  # approved in another office, or by the program
    return user.display_name or user.username


def approval_text(session: Session, obj: Record) -> str:
    """The approval as a sentence ("Approved by <name> on <date time>"); "" if none."""
    record = _approval(obj)
    if record.approved_at is None:
        return ""
    return _("Approved by {who} on {when}").format(
        who=_who(session, record.approved_by), when=_when(record.approved_at)
    )


def _cleared(record: Approvable) -> dict[str, Any]:
    """Clear the approval; the audit changes that say so."""
    changes = {
        "approved_at": [audit.plain(record.approved_at), None],
        "approved_by": [audit.plain(record.approved_by), None],
    }
    record.approved_at = None
    record.approved_by = None
    return changes


WITHDRAWN_NOTE = N_("approval withdrawn: it covered the earlier content")


class ApprovableService(EntityService[A]):
    """An entity service whose records the executive approves (agreements, joint plans)."""

    approval_keeps: ClassVar[frozenset[str]] = frozenset()  # fields that keep the approval

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        # Records whose update is withdrawing their approval: derive() notes it before the
        # flush, _audit() after it puts it in the entry.
        self._withdrawing = threading.local()

    # -- the executive's operations -------------------------------------------------------

    def approve(self, ident: uuid.UUID, *, expected_version: int | None = None) -> A:
        """Approve the record as it is now. ``expected_version``: the version the executive
        read; if a clerk saved since, ConflictError (they would approve unseen content)."""
        require(self.ctx.actor, Action.APPROVE)
        try:
            with self.ctx.transaction() as session:
                obj = self._load(session, ident, deleted=False)
                if expected_version is not None and obj.version != expected_version:
                    raise ConflictError(_(self.label))
                record = _approval(obj)
                if record.approved_at is not None:
                    raise ApprovalError(
                        _(
                            "{what} “{name}” is already approved ({approval}); there is "
                            "nothing to approve again."
                        ).format(
                            what=_(self.label),
                            name=self.describe(obj),
                            approval=approval_text(session, obj),
                        )
                    )
                record.approved_at = utcnow()
                record.approved_by = self.ctx.actor.user_id
                obj.updated_by = self.ctx.actor.user_id
                session.flush()
                changes = {
                    "approved_at": [None, audit.plain(record.approved_at)],
                    "approved_by": [None, audit.plain(record.approved_by)],
                }
                self._audit(session, "approve", obj, changes)
        except StaleDataError:
            raise ConflictError(_(self.label)) from None
        return obj

    def withdraw_approval(self, ident: uuid.UUID) -> A:
        """Take the approval back (the record is then as if never approved)."""
        require(self.ctx.actor, Action.APPROVE)
        with self.ctx.transaction() as session:
            obj = self._load(session, ident, deleted=False)
            record = _approval(obj)
            if record.approved_at is None:
                raise ApprovalError(
                    _("{what} “{name}” is not approved; there is no approval to withdraw.").format(
                        what=_(self.label), name=self.describe(obj)
                    )
                )
            changes = _cleared(record)
            obj.updated_by = self.ctx.actor.user_id
            session.flush()
            self._audit(session, "withdraw_approval", obj, changes)
        return obj

    def approval_text(self, obj: A) -> str:
        """The approval as a sentence for a screen or a document; "" if not approved."""
        require(self.ctx.actor, Action.READ)  # it reads the approver's name
        with self.ctx.reading() as session:
            return approval_text(session, obj)

    # -- a clerk's change withdraws it ----------------------------------------------------

    def derive(self, obj: A) -> None:
        super().derive(obj)
        state = inspect(obj)
        record = _approval(obj)
        covered = set(self.schema.fields) - self.approval_keeps
        if (
            state.persistent
            and record.approved_at is not None
            and any(state.attrs[key].history.has_changes() for key in covered)
        ):
            self._pending()[obj.id] = _cleared(record)
        else:
            self._pending().pop(obj.id, None)

    def _pending(self) -> dict[uuid.UUID, dict[str, Any]]:
        pending: dict[uuid.UUID, dict[str, Any]] | None = getattr(
            self._withdrawing, "records", None
        )
        if pending is None:
            pending = self._withdrawing.records = {}
        return pending

    def _audit(self, session: Session, action: str, obj: A, changes: dict[str, Any]) -> None:
        withdrawn = self._pending().pop(obj.id, None) if action == "update" else None
        if withdrawn is None:
            super()._audit(session, action, obj, changes)
            return
        summary = f"{self.describe(obj)} — {_(WITHDRAWN_NOTE)}"
        audit.record(
            session,
            self.ctx.actor,
            action,
            self.model.__tablename__,
            obj.id,
            summary,
            {**changes, **withdrawn},
        )

    # -- lists ----------------------------------------------------------------------------

    def _filter_clause(self, name: str, wanted: Any) -> ColumnElement[bool]:
        if name != "approved":
            return super()._filter_clause(name, wanted)
        values = wanted if isinstance(wanted, list | tuple | set | frozenset) else [wanted]
        flags = {_APPROVED.convert(v) for v in values}
        approved_at = self.model.approved_at
        if flags == {True}:
            clause: ColumnElement[bool] = approved_at.is_not(None)
        elif flags == {False}:
            clause = approved_at.is_(None)
        else:
            clause = approved_at.is_(None) | approved_at.is_not(None)
        return clause


class ApprovedPartService(EntityService[P]):
    """A part of an approvable record (parties, the division of work): writing one
    withdraws the record's approval, since the approval covered it."""

    parent_model: ClassVar[type[Record]]
    parent_key: ClassVar[str]  # the part's column naming its record

    def _audit(self, session: Session, action: str, obj: P, changes: dict[str, Any]) -> None:
        super()._audit(session, action, obj, changes)
        parent = session.get(self.parent_model, getattr(obj, self.parent_key))
        if parent is None or _approval(parent).approved_at is None:
            return
        withdrawn = _cleared(_approval(parent))
        parent.updated_by = self.ctx.actor.user_id
        session.flush()
        withdraw_recorded(session, self.ctx.actor, parent, _(self.label), withdrawn)


def withdraw_recorded(
    session: Session, actor: Actor, parent: Record, part: str, changes: dict[str, Any]
) -> None:
    summary = _("{name} — approval withdrawn: {part} changed after it was approved").format(
        name=getattr(parent, "name", parent.id), part=part
    )
    audit.record(
        session, actor, "withdraw_approval", parent.__tablename__, parent.id, summary, changes
    )
