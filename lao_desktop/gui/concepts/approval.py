"""The executive's approval of agreements and joint plans, as a list shows it: a column,
a line in the details, and Approve / Withdraw approval for executives and administrators."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QWidget

from lao_desktop.gui.concepts.base import RecordAction
from lao_desktop.gui.format import shown
from lao_desktop.gui.messages import confirm
from lao_desktop.gui.models.record_table import Column
from lao_desktop.i18n import N_, _
from lao_desktop.services.permissions import Action
from lao_desktop.services.registry import Services


def _approved_on(record: Any) -> str:
    return shown(record.approved_at.astimezone().date()) if record.approved_at else ""


COLUMN = Column(N_("Approved on"), "approved_at", sort="approved", text=_approved_on)


def details(services: Services, service: str, record: Any) -> list[tuple[str, str]]:
    """The details line "Approved by … on …" (nothing while not approved)."""
    text: str = getattr(services, service).approval_text(record)
    return [(N_("Approval"), text)] if text else []


def _approve(service: str) -> Any:
    def run(services: Services, record: Any, parent: QWidget) -> bool:
        found = getattr(services, service)
        name = found.describe(record)
        if not confirm(
            parent,
            _("Approve"),
            _(
                "Approve “{name}” as it stands now? If a clerk changes its content later, "
                "the approval is withdrawn and it must be approved again."
            ).format(name=name),
        ):
            return False
        found.approve(record.id, expected_version=record.version)
        return True

    return run


def _withdraw(service: str) -> Any:
    def run(services: Services, record: Any, parent: QWidget) -> bool:
        found = getattr(services, service)
        if not confirm(
            parent,
            _("Withdraw approval"),
            _("Withdraw the approval of “{name}”?").format(name=found.describe(record)),
        ):
            return False
        found.withdraw_approval(record.id)
        return True

    return run


def actions(service: str) -> tuple[RecordAction, ...]:
    return (
        RecordAction(
            N_("Approve…"),
            _approve(service),
            applies=lambda record: record.approved_at is None,
            tip=N_("Approve it as it stands now (executives and administrators)."),
            needs=Action.APPROVE,
        ),
        RecordAction(
            N_("Withdraw approval…"),
            _withdraw(service),
            applies=lambda record: record.approved_at is not None,
            needs=Action.APPROVE,
        ),
    )
