"""The sections of the main window, in the order of the navigation list.

Each section's page is built the first time it is opened, so the window appears at once.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtWidgets import QTabWidget, QWidget

from lao_desktop.gui.concepts.base import Concept
from lao_desktop.gui.field_editors import ServiceFor
from lao_desktop.gui.list_page import ListPage
from lao_desktop.i18n import N_, _
from lao_desktop.services.entity import EntityService
from lao_desktop.services.registry import Services


def service_finder(services: Services) -> ServiceFor:
    """The service that owns records of a model class (for pickers and linked names)."""
    by_model = {
        type(s).model: s
        for s in vars(services).values()
        if isinstance(s, EntityService) and hasattr(type(s), "model")
    }

    def service_for(model: type[Any]) -> EntityService[Any]:
        return by_model[model]

    return service_for


class ConceptTabs(QTabWidget):
    """Several lists under one navigation entry (meetings and resolutions …)."""

    def __init__(self, pages: list[tuple[str, QWidget]]) -> None:
        super().__init__()
        for title, page in pages:
            self.addTab(page, title)
        self.currentChanged.connect(lambda _i: self.load())

    def load(self) -> None:
        page = self.currentWidget()
        if hasattr(page, "load") and not getattr(page, "loaded", False):
            page.load()

    def focus_search(self) -> None:
        page = self.currentWidget()
        if hasattr(page, "focus_search"):
            page.focus_search()

    def add(self) -> None:
        page = self.currentWidget()
        if hasattr(page, "add"):
            page.add()


@dataclass(frozen=True)
class Section:
    key: str
    title: str  # msgid
    build: Callable[[Services, ServiceFor], QWidget]


def _lists(*concepts: Concept) -> Callable[[Services, ServiceFor], QWidget]:
    def build(services: Services, service_for: ServiceFor) -> QWidget:
        if len(concepts) == 1:
            return ListPage(services, concepts[0], service_for)
        return ConceptTabs([(_(c.title), ListPage(services, c, service_for)) for c in concepts])

    return build


def _home(services: Services, service_for: ServiceFor) -> QWidget:
    from lao_desktop.gui.home_page import HomePage

    return HomePage(services)


def _networks(services: Services, service_for: ServiceFor) -> QWidget:
    from lao_desktop.gui.concepts.networks import NETWORKS
    from lao_desktop.gui.network_tree import NetworkTreePage

    return ConceptTabs(
        [
            (_("List of networks"), ListPage(services, NETWORKS, service_for)),
            (_("Networks by level"), NetworkTreePage(services)),
        ]
    )


def _settings(services: Services, service_for: ServiceFor) -> QWidget:
    from lao_desktop.gui.settings_page import SettingsPage

    return SettingsPage(services)


def sections() -> list[Section]:
    from lao_desktop.gui.concepts.agreements import AGREEMENTS
    from lao_desktop.gui.concepts.committees import COMMITTEES
    from lao_desktop.gui.concepts.exchanges import EXCHANGES
    from lao_desktop.gui.concepts.meetings import DECISIONS, MEETINGS
    from lao_desktop.gui.concepts.partners import PARTNERS
    from lao_desktop.gui.concepts.plans import ACTIVITIES, KNOWLEDGE, PLANS

    return [
        Section("home", N_("Home"), _home),
        Section("partners", N_("Partners"), _lists(PARTNERS)),
        Section("networks", N_("Networks"), _networks),
        Section("committees", N_("Committees"), _lists(COMMITTEES)),
        Section("meetings", N_("Meetings and resolutions"), _lists(MEETINGS, DECISIONS)),
        Section("exchanges", N_("Resource exchanges"), _lists(EXCHANGES)),
        Section("agreements", N_("Agreements"), _lists(AGREEMENTS)),
        Section("plans", N_("Joint plans and activities"), _lists(PLANS, ACTIVITIES, KNOWLEDGE)),
        Section("settings", N_("Settings"), _settings),
    ]
