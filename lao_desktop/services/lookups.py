"""Small queries the services share: the next free number, whether a value is taken."""

from __future__ import annotations

from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from lao_desktop.models.base import Record


def live(model: Any, exclude: Record | None, *where: Any) -> list[Any]:
    """Conditions for live rows of ``model`` matching ``where``, other than ``exclude``."""
    clauses = [model.deleted_at.is_(None), *where]
    return clauses if exclude is None else [*clauses, model.id != exclude.id]


def next_in(session: Session, column: Any, *where: Any, exclude: Record | None = None) -> int:
    """One more than the largest value of ``column`` among the live rows matching ``where``."""
    stmt = select(func.max(column)).where(*live(column.class_, exclude, *where))
    return int(session.scalar(stmt) or 0) + 1


def taken(session: Session, model: Any, exclude: Record | None, *where: Any) -> bool:
    """Whether a live row other than ``exclude`` matches ``where``."""
    stmt = select(model.id).where(*live(model, exclude, *where)).limit(1)
    return session.scalar(stmt) is not None
