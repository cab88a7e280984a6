"""The executive's approvals, made as the executive so the audit trail shows them: the
agreements past drafting and the plans under way or done; the draft agreement and the plans
not yet started await approval, and one agreement changed after approval shows the
withdrawal."""

from __future__ import annotations

from lao_desktop.demo.context import Demo
from lao_desktop.i18n import _
from lao_desktop.models.enums import AgreementStatus
from lao_desktop.services import ListQuery, Services
from lao_desktop.services.query import MAX_PAGE


def approve_work(demo: Demo, executive: Services) -> None:
    demo.report(_("Approvals"))
    agreements = executive.agreements
    with executive.transaction():
        signed = [
            a.id
            for offset in range(0, len(demo.agreements), MAX_PAGE)
            for a in agreements.list(ListQuery(offset=offset, limit=MAX_PAGE)).items
            if a.status is not AgreementStatus.DRAFT
        ]
        for ident in signed:
            agreements.approve(ident)
        for plan in demo.plans:
            if plan.start <= demo.today:
                executive.plans.approve(plan.id)
    if signed:
        # A clerk's later change to what was approved: the approval is withdrawn with it.
        demo.services.agreements.update(signed[-1], {"objectives": "ปรับวัตถุประสงค์ตามข้อเสนอของคู่ภาคี"})
    demo.report(_("Approvals"))
