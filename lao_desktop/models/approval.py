"""The executive's approval of an agreement or a joint plan (who and when, both or neither).

Set and cleared only by ``services.approval``: the columns are not in the editable schema.
``approved_by`` holds a user UUID without a foreign key, like the other "who" columns
(records merged in from another office carry users this database does not know).
"""

from __future__ import annotations

import uuid
from datetime import datetime
from typing import Any

from sqlalchemy.ext.hybrid import hybrid_property
from sqlalchemy.orm import Mapped


class Approvable:
    approved_at: Mapped[datetime | None]
    approved_by: Mapped[uuid.UUID | None]

    @hybrid_property
    def approved(self) -> bool:
        """Whether the record stands approved; in queries, ``approved_at IS NOT NULL`` (the
        lists filter and count by it)."""
        return self.approved_at is not None

    @approved.inplace.expression
    @classmethod
    def _approved_expression(cls) -> Any:
        return cls.approved_at.is_not(None)
