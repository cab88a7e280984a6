"""The operations every concept has: create, update, delete (to the trash), restore, get,
list, count and search — each write validated, permitted, audited, in one transaction."""

from __future__ import annotations

import builtins
import uuid
from collections.abc import Iterable, Mapping, Sequence
from typing import Any, ClassVar, Generic, TypeVar

from sqlalchemy import ColumnElement, Select, String, func, select, text
from sqlalchemy.orm import Session
from sqlalchemy.orm.exc import StaleDataError
from sqlalchemy.orm.interfaces import LoaderOption

from lao_desktop.db.types import utcnow
from lao_desktop.errors import ConflictError, FieldProblem, NotFoundError, ValidationError
from lao_desktop.i18n import _
from lao_desktop.models.base import Record
from lao_desktop.services import audit
from lao_desktop.services.context import ServiceContext
from lao_desktop.services.fields import FieldValueError, RefField
from lao_desktop.services.permissions import Action, require
from lao_desktop.services.query import EVERYTHING, MAX_PAGE, ListQuery, Page
from lao_desktop.services.schema import Schema, is_empty
from lao_desktop.thai.collation import thai_sort_key
from lao_desktop.thai.fiscal import fiscal_year_range
from lao_desktop.thai.text import search_text

M = TypeVar("M", bound=Record)


class EntityService(Generic[M]):
    model: ClassVar[type[Any]]
    label: ClassVar[str]  # msgid naming one record of this kind, e.g. "Partner"
    schema: ClassVar[Schema]
    filterable: ClassVar[tuple[str, ...]] = ()  # schema fields usable as list filters
    sortable: ClassVar[Mapping[str, str]] = {"name": "sort_key"}  # sort name -> attribute
    default_sort: ClassVar[str] = "name"
    date_column: ClassVar[str | None] = None  # for date_from/date_to and fiscal_year
    detail_options: ClassVar[Sequence[LoaderOption]] = ()  # what get() loads with the record
    write_action: ClassVar[Action] = Action.WRITE  # users and settings: Action.ADMINISTER
    numbering_lock: ClassVar[int | None] = None  # PostgreSQL: serialises number assignment

    def __init__(self, ctx: ServiceContext) -> None:
        self.ctx = ctx

    # -- what a concept may refine --------------------------------------------------------

    def describe(self, obj: M) -> str:
        """A short text naming the record (audit summaries, messages)."""
        return str(getattr(obj, "name", obj.id))

    def search_parts(self, obj: M) -> builtins.list[str | None]:
        return [getattr(obj, "name", None)]

    def derive(self, obj: M) -> None:
        """Set the stored derived columns (sort key, search text) from the values."""
        if hasattr(obj, "sort_key") and hasattr(obj, "name"):
            obj.sort_key = thai_sort_key(obj.name)
        if hasattr(obj, "search_text"):
            obj.search_text = search_text(*self.search_parts(obj))

    def extra_problems(
        self, session: Session, values: Mapping[str, Any], obj: M | None
    ) -> builtins.list[FieldProblem]:
        """Rules that need the database (duplicates, numbering); ``values`` is merged.

        Run again when a record comes back from the trash: its number may be taken by then.
        """
        return []

    def prefill(self, session: Session, data: dict[str, Any], obj: M | None) -> None:
        """Add derived defaults (next number, a name from a chosen person) to the raw input
        before validation; ``obj`` is None on create."""

    # -- helpers for concept services -----------------------------------------------------

    def peek(self, data: Mapping[str, Any], obj: M | None, name: str) -> Any:
        """The value ``name`` will have after the write; None if empty or unreadable."""
        if name not in data:
            return None if obj is None else getattr(obj, name)
        if is_empty(data[name]):
            return None
        try:
            return self.schema.fields[name].convert(data[name])
        except FieldValueError:
            return None

    def left_empty(self, data: Mapping[str, Any], obj: M | None, name: str) -> bool:
        """Whether ``name`` needs a default: left empty on create, or emptied on update."""
        return is_empty(data.get(name)) and (obj is None or name in data)

    def problem(self, key: str, message: str, /, **values: Any) -> FieldProblem:
        """A problem of field ``key``; ``message`` is translated, ``{field}`` is its label."""
        return FieldProblem(key, message.format(field=_(self.schema.fields[key].label), **values))

    # -- writes ---------------------------------------------------------------------------

    def create(self, data: Mapping[str, Any], *, ident: uuid.UUID | None = None) -> M:
        """A new record; ``ident`` keeps the id it had where it came from (an imported
        export), so that the same record is recognised in both places."""
        require(self.ctx.actor, self.write_action)
        with self.ctx.transaction() as session:
            values = self._validated(session, data, None)
            obj: M = self.model(**values)
            obj.id = ident or uuid.uuid4()
            obj.created_by = obj.updated_by = self.ctx.actor.user_id
            self.derive(obj)
            session.add(obj)
            if self.ctx.in_unit:  # inserted with the others when the unit ends
                self.ctx.added(obj)
            else:
                session.flush()
            changes = {
                k: [None, self._shown(k, v)] for k, v in values.items() if v not in (None, "")
            }
            self._audit(session, "create", obj, changes)
        return obj

    def update(
        self, ident: uuid.UUID, data: Mapping[str, Any], *, expected_version: int | None = None
    ) -> M:
        """Change the given fields. ``expected_version``: the version the clerk opened;
        if someone saved in between, ConflictError instead of overwriting their work."""
        require(self.ctx.actor, self.write_action)
        try:
            with self.ctx.transaction() as session:
                obj = self._load(session, ident, deleted=False)
                if expected_version is not None and obj.version != expected_version:
                    raise ConflictError(_(self.label))
                values = self._validated(session, data, obj)
                changes = {
                    k: [self._shown(k, getattr(obj, k)), self._shown(k, v)]
                    for k, v in values.items()
                    if getattr(obj, k) != v
                }
                if not changes:
                    return obj
                for key, value in values.items():
                    setattr(obj, key, value)
                obj.updated_by = self.ctx.actor.user_id
                self.derive(obj)
                session.flush()
                self._audit(session, "update", obj, changes)
        except StaleDataError:
            raise ConflictError(_(self.label)) from None
        return obj

    def delete(self, ident: uuid.UUID) -> None:
        """Move to the trash; ``restore`` brings it back."""
        require(self.ctx.actor, self.write_action)
        with self.ctx.transaction() as session:
            obj = self._load(session, ident, deleted=False)
            obj.deleted_at = utcnow()
            obj.deleted_by = self.ctx.actor.user_id
            session.flush()
            self._audit(session, "delete", obj, {})

    def restore(self, ident: uuid.UUID) -> M:
        require(self.ctx.actor, self.write_action)
        with self.ctx.transaction() as session:
            self._lock(session)
            obj = self._load(session, ident, deleted=True)
            current = {k: getattr(obj, k) for k in self.schema.fields}
            problems = self.extra_problems(session, current, obj)
            if problems:
                raise ValidationError(problems)
            obj.deleted_at = None
            obj.deleted_by = None
            obj.updated_by = self.ctx.actor.user_id
            session.flush()
            self._audit(session, "restore", obj, {})
        return obj

    # -- reads ----------------------------------------------------------------------------

    def get(self, ident: uuid.UUID, *, include_deleted: bool = False) -> M:
        require(self.ctx.actor, Action.READ)
        with self.ctx.reading() as session:
            stmt = select(self.model).where(self.model.id == ident).options(*self.detail_options)
            obj = session.scalar(stmt)
            if obj is None or (obj.is_deleted and not include_deleted):
                raise NotFoundError(_(self.label), ident)
            found: M = obj
            return found

    def list(self, query: ListQuery = EVERYTHING) -> Page[M]:
        require(self.ctx.actor, Action.READ)
        limit = max(1, min(query.limit, MAX_PAGE))
        offset = max(0, query.offset)
        with self.ctx.reading() as session:
            stmt = self._ordered(self._filtered(select(self.model), query), query)
            items = list(session.scalars(stmt.offset(offset).limit(limit)))
            if len(items) < limit and (items or offset == 0):
                # The last page: the total is known without a second pass over the table
                # (most keystrokes of a search end here: a few rows match).
                total = offset + len(items)
            else:
                total = self._count(session, query)
        return Page(items, total, offset, limit)

    def count(self, query: ListQuery = EVERYTHING) -> int:
        require(self.ctx.actor, Action.READ)
        with self.ctx.reading() as session:
            return self._count(session, query)

    def count_by(self, field: str, query: ListQuery = EVERYTHING) -> dict[Any, int]:
        """How many records (matching ``query``) have each value of ``field``, in one
        GROUP BY query: {member: n}; values no record has are left out, empty ones count
        under None."""
        return self.counts_by(field, query=query)[field]

    def counts_by(self, *fields: str, query: ListQuery = EVERYTHING) -> dict[str, dict[Any, int]]:
        """``count_by`` of several fields from ONE pass over the table (the dashboard's
        partners by level, sector and pillar): grouped by all of them at once in SQL, the
        few combinations then added up per field here."""
        require(self.ctx.actor, Action.READ)
        columns = [getattr(self.model, f) for f in fields]
        stmt = select(*columns, func.count()).select_from(self.model).group_by(*columns)
        counts: dict[str, dict[Any, int]] = {f: {} for f in fields}
        with self.ctx.reading() as session:
            for *values, n in session.execute(self._filtered(stmt, query)):
                for f, value in zip(fields, values, strict=True):
                    counts[f][value] = counts[f].get(value, 0) + int(n)
        return counts

    def search(self, text: str, limit: int = 20) -> builtins.list[M]:
        return self.list(ListQuery(text=text, limit=limit)).items

    def names(self, idents: Iterable[uuid.UUID]) -> dict[uuid.UUID, str]:
        """``describe`` of each record, in one query: the names a list shows for its links.
        Records in the trash are named too (an old link may point at one)."""
        require(self.ctx.actor, Action.READ)
        wanted = {i for i in idents if i is not None}
        if not wanted:
            return {}
        with self.ctx.reading() as session:
            found = session.scalars(select(self.model).where(self.model.id.in_(wanted)))
            return {obj.id: self.describe(obj) for obj in found}

    # -- internals ------------------------------------------------------------------------

    def _count(self, session: Session, query: ListQuery) -> int:
        stmt = self._filtered(select(func.count()).select_from(self.model), query)
        return int(session.scalar(stmt) or 0)

    def _filtered(self, stmt: Select[Any], query: ListQuery) -> Select[Any]:
        m = self.model
        stmt = stmt.where(m.deleted_at.is_not(None) if query.trash else m.deleted_at.is_(None))
        for name, wanted in query.filters.items():
            if name not in self.filterable:
                raise KeyError(f"{self.model.__name__} cannot be filtered by {name!r}")
            stmt = stmt.where(self._filter_clause(name, wanted))
        if query.text.strip() and hasattr(m, "search_text"):
            needle = search_text(query.text).replace("\\", "\\\\")
            needle = needle.replace("%", "\\%").replace("_", "\\_")
            stmt = stmt.where(m.search_text.like(f"%{needle}%", escape="\\"))
        date_from, date_to = query.date_from, query.date_to
        if query.fiscal_year is not None:
            date_from, date_to = fiscal_year_range(query.fiscal_year)
        if self.date_column and (date_from or date_to):
            column = getattr(m, self.date_column)
            if date_from:
                stmt = stmt.where(column >= date_from)
            if date_to:
                stmt = stmt.where(column <= date_to)
        return stmt

    def _filter_clause(self, name: str, wanted: Any) -> ColumnElement[bool]:
        column = getattr(self.model, name)
        spec = self.schema.fields.get(name)
        values = wanted if isinstance(wanted, list | tuple | set | frozenset) else [wanted]
        converted = [spec.convert(v) if spec and v is not None else v for v in values]
        if None in converted:
            rest = [v for v in converted if v is not None]
            clause: ColumnElement[bool] = column.is_(None)
            return clause | column.in_(rest) if rest else clause
        result: ColumnElement[bool] = column.in_(converted)
        return result

    def _ordered(self, stmt: Select[Any], query: ListQuery) -> Select[Any]:
        attribute = self.sortable.get(query.sort or self.default_sort)
        if attribute is None:
            raise KeyError(f"{self.model.__name__} cannot be sorted by {query.sort!r}")
        column: Any = getattr(self.model, attribute)
        if query.text.strip() and hasattr(self.model, "search_text"):
            # A substring search reads every row anyway. Walking the sort index instead
            # (SQLite's choice) fetches the rows one by one in index order and is 3x slower
            # when few match (50 vs 15 ms on 20,000 partners); coalesce(x, x) is the same
            # order in words no index matches, so the table is scanned and only the first
            # page kept sorted.
            column = func.coalesce(column, column)
        # Empty values last on both databases (SQLite would put them first).
        primary = (column.desc() if query.descending else column.asc()).nulls_last()
        return stmt.order_by(primary, self.model.id)  # id: a stable order across pages

    def _lock(self, session: Session) -> None:
        if self.numbering_lock is not None and session.get_bind().dialect.name == "postgresql":
            session.execute(text("SELECT pg_advisory_xact_lock(:k)"), {"k": self.numbering_lock})

    def _load(self, session: Session, ident: uuid.UUID, *, deleted: bool) -> M:
        obj: M | None = session.get(self.model, ident)
        if obj is None or obj.is_deleted != deleted:
            raise NotFoundError(_(self.label), ident)
        return obj

    def _validated(
        self, session: Session, data: Mapping[str, Any], obj: M | None
    ) -> dict[str, Any]:
        self._lock(session)
        filled = dict(data)
        self.prefill(session, filled, obj)
        current = None if obj is None else {k: getattr(obj, k) for k in self.schema.fields}
        values = self.schema.clean(filled, current)
        for key, value in list(values.items()):
            column = self.model.__table__.c[key]
            if value is None and not column.nullable and isinstance(column.type, String):
                values[key] = ""  # optional text stored as empty, not NULL
        merged = {**(current or {}), **values}
        problems = self._reference_problems(session, values, current)
        problems += self.extra_problems(session, merged, obj)
        if problems:
            raise ValidationError(problems)
        return values

    def _reference_problems(
        self, session: Session, values: Mapping[str, Any], current: Mapping[str, Any] | None
    ) -> builtins.list[FieldProblem]:
        problems: builtins.list[FieldProblem] = []
        for key, value in values.items():
            spec = self.schema.fields[key]
            if not isinstance(spec, RefField) or value is None:
                continue
            if current is not None and current.get(key) == value:
                continue  # unchanged: an old link to a deleted record may stay
            target = self.ctx.found(session, spec.model, value)
            if target is None:
                problem = _("{field}: the chosen {what} does not exist; choose another.")
            elif target.is_deleted:
                problem = _(
                    "{field}: the chosen {what} is in the trash; "
                    "restore it first or choose another."
                )
            else:
                continue
            problems.append(
                FieldProblem(key, problem.format(field=_(spec.label), what=_(spec.what)))
            )
        return problems

    def _shown(self, key: str, value: Any) -> Any:
        spec = self.schema.fields.get(key)
        if spec is not None and spec.sensitive and value not in (None, ""):
            return audit.HIDDEN
        return audit.plain(value)

    def _audit(self, session: Session, action: str, obj: M, changes: dict[str, Any]) -> None:
        audit.record(
            session,
            self.ctx.actor,
            action,
            self.model.__tablename__,
            obj.id,
            self.describe(obj),
            changes,
        )
