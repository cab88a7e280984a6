"""What a list asks for, and the page it gets back."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date
from typing import Any, Generic, TypeVar

T = TypeVar("T")

MAX_PAGE = 1000


@dataclass(frozen=True)
class ListQuery:
    text: str = ""  # search as you type: a substring of the record's searchable text
    filters: Mapping[str, Any] = field(default_factory=dict)  # value, or a list of values
    date_from: date | None = None  # on the service's date column, inclusive
    date_to: date | None = None
    fiscal_year: int | None = None  # B.E.; 1 Oct – 30 Sep
    trash: bool = False  # only deleted records (the trash) instead of only live ones
    sort: str | None = None  # a name from the service's ``sortable``
    descending: bool = False
    offset: int = 0
    limit: int = 200


@dataclass(frozen=True)
class Page(Generic[T]):
    items: list[T]
    total: int
    offset: int
    limit: int


EVERYTHING = ListQuery()  # the first page of all live records, in the default order
