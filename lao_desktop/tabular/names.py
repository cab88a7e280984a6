"""Linked records found by the names a spreadsheet gives them ("ภาคี: วัดศรีสว่าง")."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from typing import Any

from sqlalchemy import select

from lao_desktop.i18n import _
from lao_desktop.services.registry import Services
from lao_desktop.tabular.columns import CellProblem
from lao_desktop.thai.text import clean_text


def _key(name: str) -> str:
    return clean_text(name).casefold()


class NameIndex:
    """Live records of each model by the name the program shows for them; read once per
    model and import, and kept up to date with the records the import adds."""

    def __init__(self, services: Services) -> None:
        self.services = services
        self._index: dict[type[Any], dict[str, list[uuid.UUID]]] = {}

    def __call__(self, model: type[Any], name: str) -> uuid.UUID:
        found = self._of(model).get(_key(name), [])
        what = _(self.services.for_model(model).label)
        if not found:
            raise CellProblem(
                _(
                    "{what} “{name}” was not found; add or import it first, or check the spelling."
                ).format(what=what, name=name[:80])
            )
        if len(found) > 1:
            raise CellProblem(
                _(
                    "{count} records of {what} are named “{name}”; fill in the system ID column "
                    "to say which one."
                ).format(count=len(found), what=what, name=name[:80])
            )
        return found[0]

    def add(self, model: type[Any], record: Any) -> Callable[[], object]:
        """A record the import has just added; returns how to forget it again."""
        if model not in self._index:
            return lambda: None
        found = self._index[model].setdefault(
            _key(self.services.for_model(model).describe(record)), []
        )
        found.append(record.id)
        return found.pop

    def _of(self, model: type[Any]) -> dict[str, list[uuid.UUID]]:
        if model not in self._index:
            service = self.services.for_model(model)
            index: dict[str, list[uuid.UUID]] = {}
            with service.ctx.reading() as session:
                for record in session.scalars(select(model).where(model.deleted_at.is_(None))):
                    index.setdefault(_key(service.describe(record)), []).append(record.id)
            self._index[model] = index
        return self._index[model]
