"""The kinds of document the program prints: one ``Kind`` each, by its short command-line
name. A kind knows what it is about (a record type, or nothing), whether it covers a fiscal
year, how to gather its content, how to find "the most recent" record when none is named,
and where its layout lives.

A layout is the module ``lao_desktop.documents.kinds.<name>``, imported only when a PDF is
made (so listing kinds or reading content never loads ReportLab). See ``documents.make`` for
what a layout module provides.
"""

from __future__ import annotations

import importlib.util
import uuid
from collections.abc import Callable
from dataclasses import dataclass, replace
from typing import Any

from lao_desktop.documents.content import records
from lao_desktop.documents.content.agreements import agreements
from lao_desktop.documents.content.announcement import announcement
from lao_desktop.documents.content.annual import annual
from lao_desktop.documents.content.audit import audit
from lao_desktop.documents.content.base import ContentError
from lao_desktop.documents.content.certificate import certificate
from lao_desktop.documents.content.directory import directory
from lao_desktop.documents.content.exchanges import exchanges
from lao_desktop.documents.content.followup import followup
from lao_desktop.documents.content.letters import free_text_missing, invitation, letter
from lao_desktop.documents.content.memo import memo
from lao_desktop.documents.content.minutes import minutes
from lao_desktop.documents.content.mou import mou
from lao_desktop.documents.content.options import ReportOptions
from lao_desktop.documents.content.order import order
from lao_desktop.documents.content.person import person
from lao_desktop.documents.content.records import Finder, RecordType
from lao_desktop.i18n import N_, _
from lao_desktop.services.permissions import Action
from lao_desktop.services.registry import Services

LAYOUT_PACKAGE = "lao_desktop.documents.kinds"

# content(services, record id or None, options): the record id is already checked and
# resolved for a kind about a record; None for the others.
ContentFunction = Callable[[Services, uuid.UUID | None, ReportOptions], Any]


@dataclass(frozen=True)
class Kind:
    name: str  # command-line name, lowercase
    description: str  # msgid: one line saying what it is
    about: RecordType | None  # the record it is about, None for a free text or a report
    takes_year: bool  # covers a fiscal year (--year; the current one by default)
    content: ContentFunction
    latest: Finder | None = None  # the record used when none is named
    free_text: bool = False  # written by hand (--subject, --to, --body-file)
    title: str = ""  # msgid: its short name, for menus and window titles
    needs: Action = Action.READ  # who may print it (its content function checks again)

    @property
    def layout_module(self) -> str:
        return f"{LAYOUT_PACKAGE}.{self.name}"

    def has_layout(self) -> bool:
        return importlib.util.find_spec(self.layout_module) is not None

    def label(self) -> str:
        return _(self.description)

    def title_text(self) -> str:
        return _(self.title or self.description)


def _about(function: Callable[[Services, uuid.UUID, ReportOptions], Any]) -> ContentFunction:
    def content(services: Services, record_id: uuid.UUID | None, options: ReportOptions) -> Any:
        assert record_id is not None, "resolve_record first"
        return function(services, record_id, options)

    return content


def _report(function: Callable[[Services, ReportOptions], Any]) -> ContentFunction:
    return lambda services, _record_id, options: function(services, options)


def _memo(services: Services, record_id: uuid.UUID | None, options: ReportOptions) -> Any:
    if options.text is None and record_id is None:
        raise ContentError(free_text_missing())
    return memo(services, options if record_id is None else _with_id(options, record_id))


def _with_id(options: ReportOptions, record_id: uuid.UUID) -> ReportOptions:
    return replace(options, record_id=record_id)


KINDS: tuple[Kind, ...] = (
    Kind(
        "letter",
        N_("Official letter (free text): subject, addressee, body, signature"),
        None,
        False,
        _report(letter),
        free_text=True,
        title=N_("Official letter"),
    ),
    Kind(
        "invitation",
        N_("Letter inviting the members and guests of a meeting, with its agenda"),
        "meeting",
        False,
        _about(invitation),
        records.next_meeting,
        title=N_("Meeting invitation"),
    ),
    Kind(
        "memo",
        N_("Internal memo: free text, or the report of a meeting's resolutions to the executive"),
        "meeting",
        False,
        _memo,
        records.meeting_held,
        free_text=True,
        title=N_("Memo"),
    ),
    Kind(
        "order",
        N_("Order appointing a committee: members, positions and duties"),
        "committee",
        False,
        _about(order),
        records.latest_committee,
        title=N_("Committee appointment order"),
    ),
    Kind(
        "announcement",
        N_("Announcement of a network's vision, mission, goals and member partners"),
        "network",
        False,
        _about(announcement),
        records.latest_network,
        title=N_("Network announcement"),
    ),
    Kind(
        "minutes",
        N_("Minutes of a meeting: attendance, agenda, resolutions and follow-up"),
        "meeting",
        False,
        _about(minutes),
        records.meeting_held,
        title=N_("Meeting minutes"),
    ),
    Kind(
        "mou",
        N_("Memorandum of understanding: parties, objectives, obligations and signatures"),
        "agreement",
        False,
        _about(mou),
        records.latest_agreement,
        title=N_("Memorandum of understanding"),
    ),
    Kind(
        "directory",
        N_("Network directory: partners by level and sector, with their contacts"),
        None,
        False,
        _report(directory),
        title=N_("Network directory"),
    ),
    Kind(
        "exchanges",
        N_("Resource exchange ledger of a fiscal year, with totals by kind, partner and month"),
        None,
        True,
        _report(exchanges),
        title=N_("Resource exchange ledger"),
    ),
    Kind(
        "agreements",
        N_("Register of agreements with their status, dates and days to expiry"),
        None,
        False,
        _report(agreements),
        title=N_("Register of agreements"),
    ),
    Kind(
        "followup",
        N_("Follow-up of resolutions not yet done, overdue ones first"),
        None,
        False,
        _report(followup),
        title=N_("Resolution follow-up"),
    ),
    Kind(
        "annual",
        N_("Annual network report of a fiscal year, with charts"),
        None,
        True,
        _report(annual),
        title=N_("Annual network report"),
    ),
    Kind(
        "certificate",
        N_("Certificate of appreciation and thank-you letter for a partner"),
        "partner",
        True,
        _about(certificate),
        records.latest_giver,
        title=N_("Certificate of appreciation"),
    ),
    Kind(
        "person",
        N_(
            "A person's own data: everything held about one contact person, for their "
            "request under the personal data protection act (administrators only)"
        ),
        "contact",
        False,
        _about(person),
        records.no_latest_person,
        title=N_("Personal data of one person"),
        needs=Action.ADMINISTER,
    ),
    Kind(
        "audit",
        N_("Audit trail report: who did what and when, with the latest hash of the whole trail"),
        None,
        False,
        _report(audit),
        title=N_("Audit trail report"),
        needs=Action.AUDIT,
    ),
)
BY_NAME = {kind.name: kind for kind in KINDS}


def kind_named(name: str) -> Kind:
    kind = BY_NAME.get(name.strip().lower())
    if kind is None:
        message = _("There is no document kind “{name}”; the kinds are: {kinds}.")
        raise ContentError(message.format(name=name, kinds=", ".join(BY_NAME)))
    return kind


def resolve_record(kind: Kind, services: Services, options: ReportOptions) -> uuid.UUID | None:
    """The record the document is about: the one named (checked), else the most recent one;
    None for a kind about no record, and for a memo written by hand."""
    if kind.about is None or (kind.free_text and options.text is not None):
        if options.record_id is not None and kind.about is None:
            message = _("The document “{kind}” is not about one record; leave out --id.")
            raise ContentError(message.format(kind=kind.name))
        return None
    if options.record_id is not None:
        return records.check_record(services, kind.about, options.record_id)
    assert kind.latest is not None
    found = kind.latest(services, options.day)
    if found is None:
        raise records.nothing_yet(kind.about)
    return found


def gather(kind: Kind, services: Services, options: ReportOptions) -> Any:
    """The content of a document of ``kind``: the record resolved, the year checked."""
    if options.year is not None and not kind.takes_year:
        message = _("The document “{kind}” does not cover a fiscal year; leave out --year.")
        raise ContentError(message.format(kind=kind.name))
    return kind.content(services, resolve_record(kind, services, options), options)
