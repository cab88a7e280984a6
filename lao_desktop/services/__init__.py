"""Use cases: every write is validated, permitted, audited and committed in one go."""

from lao_desktop.services.context import SYSTEM, Actor
from lao_desktop.services.query import ListQuery, Page
from lao_desktop.services.registry import Services

__all__ = ["SYSTEM", "Actor", "ListQuery", "Page", "Services"]
