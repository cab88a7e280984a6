"""The sections of the main window, in the order of the navigation list.

Each section's page is built the first time it is opened, so the window appears at once.
Nothing heavy is imported here at module level: the window paints before SQLAlchemy, the
services and the concept screens are loaded (see app.py), which roughly halves the time to
the first paint.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from importlib import import_module
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QTabWidget, QWidget

from lao_desktop.i18n import N_, _

if TYPE_CHECKING:
    from lao_desktop.gui.concepts.base import Concept
    from lao_desktop.gui.field_editors import ServiceFor
    from lao_desktop.services.registry import Services


def service_finder(services: Services) -> ServiceFor:
    """The service that owns records of a model class (for pickers and linked names)."""
    return services.for_model


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
    # Shown only to roles allowed this ``permissions.Action`` (its value: the module is not
    # loaded before the first paint).
    needs: str = ""


def concept(name: str) -> Concept:
    """A concept screen by ``module.NAME`` under gui/concepts, imported when first needed."""
    module, attribute = name.split(".")
    found: Concept = getattr(import_module(f"lao_desktop.gui.concepts.{module}"), attribute)
    return found


def _lists(*names: str) -> Callable[[Services, ServiceFor], QWidget]:
    def build(services: Services, service_for: ServiceFor) -> QWidget:
        from lao_desktop.gui.list_page import ListPage

        concepts = [concept(name) for name in names]
        if len(concepts) == 1:
            return ListPage(services, concepts[0], service_for)
        return ConceptTabs([(_(c.title), ListPage(services, c, service_for)) for c in concepts])

    return build


def _home(services: Services, service_for: ServiceFor) -> QWidget:
    from lao_desktop.gui.home_page import HomePage

    return HomePage(services)


def _networks(services: Services, service_for: ServiceFor) -> QWidget:
    from lao_desktop.gui.list_page import ListPage
    from lao_desktop.gui.network_tree import NetworkTreePage

    return ConceptTabs(
        [
            (_("List of networks"), ListPage(services, concept("networks.NETWORKS"), service_for)),
            (_("Networks by level"), NetworkTreePage(services)),
        ]
    )


def _documents(services: Services, service_for: ServiceFor) -> QWidget:
    from lao_desktop.gui.documents_page import DocumentsPage

    return DocumentsPage(services, service_for)


def _backup(services: Services, service_for: ServiceFor) -> QWidget:
    from lao_desktop.gui.backup_page import BackupPage

    return BackupPage(services)


def _settings(services: Services, service_for: ServiceFor) -> QWidget:
    from lao_desktop.gui.settings_page import SettingsPage

    return SettingsPage(services)


def _audit(services: Services, service_for: ServiceFor) -> QWidget:
    from lao_desktop.gui.audit_page import AuditPage

    return AuditPage(services)


def _users(services: Services, service_for: ServiceFor) -> QWidget:
    from lao_desktop.gui.users_page import UsersPage

    return UsersPage(services, service_for)


def sections() -> list[Section]:
    return [
        Section("home", N_("Home"), _home),
        Section("partners", N_("Partners"), _lists("partners.PARTNERS")),
        Section("networks", N_("Networks"), _networks),
        Section("committees", N_("Committees"), _lists("committees.COMMITTEES")),
        Section(
            "meetings",
            N_("Meetings and resolutions"),
            _lists("meetings.MEETINGS", "meetings.DECISIONS"),
        ),
        Section("exchanges", N_("Resource exchanges"), _lists("exchanges.EXCHANGES")),
        Section("agreements", N_("Agreements"), _lists("agreements.AGREEMENTS")),
        Section(
            "plans",
            N_("Joint plans and activities"),
            _lists("plans.PLANS", "plans.ACTIVITIES", "plans.KNOWLEDGE"),
        ),
        Section("documents", N_("Documents and reports"), _documents),
        Section("backup", N_("Backup and restore"), _backup),
        Section("audit", N_("Audit trail"), _audit, needs="audit"),
        Section("users", N_("Users"), _users, needs="administer"),
        Section("settings", N_("Settings"), _settings),
    ]
