"""Agreements (MOU, MOA, บันทึกข้อตกลง): parties, signatories, renewals and expiry."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from lao_desktop.gui.agreement_scans import attach_scan, open_scan, size_text
from lao_desktop.gui.concepts import approval
from lao_desktop.gui.concepts.base import Child, Concept, RecordAction, View
from lao_desktop.gui.models.record_table import Column, fixed_page
from lao_desktop.i18n import N_, _
from lao_desktop.services.agreements import AgreementService
from lao_desktop.services.permissions import Action
from lao_desktop.services.query import ListQuery, Page
from lao_desktop.services.registry import Services

WARNING_DAYS = 90


def days_left_text(agreement: Any) -> str:
    days = AgreementService.days_to_expiry(agreement)
    if days is None:
        return ""
    if days < 0:
        return _("expired {n} days ago").format(n=f"{-days:,}")
    if days == 0:
        return _("expires today")
    return _("{n} days left").format(n=f"{days:,}")


PARTIES = Child(
    title=N_("Parties"),
    service="agreement_parties",
    parent_key="agreement_id",
    columns=(
        Column(N_("Order in the list"), "sequence", width=6),
        Column(N_("Partner"), "partner_id", width=30),
        Column(N_("Obligations"), "obligations", width=40),
    ),
)

SIGNATORIES = Child(
    title=N_("Signatories"),
    service="agreement_signatories",
    parent_key="agreement_id",
    columns=(
        Column(N_("Order in the list"), "sequence", width=6),
        Column(N_("Name of signatory"), "name", width=24),
        Column(N_("Position"), "position", width=24),
        Column(N_("Party"), "party_id", width=24),
        Column(N_("Witness"), "is_witness"),
    ),
    ref_filters=lambda agreement: {"party_id": {"agreement_id": agreement.id}},
)


def _renew(services: Services, data: Mapping[str, Any]) -> Any:
    return services.agreements.renew(
        data["agreement_id"],
        data.get("renewed_on") or "",
        data.get("new_expiry") or "",
        data.get("note") or "",
    )


RENEWALS = Child(
    title=N_("Renewals"),
    service="agreements.renewals",
    parent_key="agreement_id",
    columns=(
        Column(N_("Date of renewal"), "renewed_on"),
        Column(N_("Previous expiry date"), "previous_expiry"),
        Column(N_("New expiry date"), "new_expiry"),
        Column(N_("Note"), "note", width=30),
    ),
    create=_renew,
)


SCANS = Child(
    title=N_("Scanned copies"),
    service="agreements.documents",
    parent_key="agreement_id",
    columns=(
        Column(N_("File name"), "filename", width=36),
        Column(N_("Size"), "size_bytes", text=size_text, width=10),
        Column(N_("Date attached"), "created_at"),
    ),
    actions=(
        RecordAction(
            N_("Attach a scan…"),
            attach_scan,
            tip=N_("Add the signed copy as a PDF, JPEG or PNG file of at most 20 MB."),
        ),
        RecordAction(N_("Open"), open_scan, on_row=True, needs=Action.READ),
    ),
    # A scan is attached from a file, never typed in a form.
    can_add=False,
    can_edit=False,
)


def _expiring(services: Services, query: ListQuery) -> Page[Any]:
    return fixed_page(services.agreements.expiring(WARNING_DAYS))


def _expired(services: Services, query: ListQuery) -> Page[Any]:
    return fixed_page(services.agreements.expired_but_active())


def _details(services: Services, agreement: Any) -> list[tuple[str, str]]:
    lines = [(N_("Days to expiry"), days_left_text(agreement))]
    return lines + approval.details(services, "agreements", agreement)


AGREEMENTS = Concept(
    title=N_("Agreements"),
    service="agreements",
    columns=(
        Column(N_("Agreement title (Thai)"), "name", sort="name", width=40),
        Column(N_("Kind of agreement"), "kind", width=10),
        Column(N_("Status"), "status", width=12),
        Column(N_("Date signed"), "signed_on", sort="signed"),
        Column(N_("Expiry date"), "expires_on", sort="expires"),
        Column(N_("Days to expiry"), "expires_on", text=days_left_text, width=14),
        approval.COLUMN,
    ),
    filters=("kind", "status"),
    fiscal_year=True,
    views=(
        View(N_("Expiring within 90 days"), _expiring),
        View(N_("Expired but still marked in force"), _expired),
    ),
    children=(PARTIES, SIGNATORIES, RENEWALS, SCANS),
    details=_details,
    actions=approval.actions("agreements"),
)
