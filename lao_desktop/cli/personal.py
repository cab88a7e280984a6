"""``lao-desktop person``: a data subject's requests, for administrators.

    lao-desktop person export CONTACT --out FILE.json|FILE.pdf
    lao-desktop person erase CONTACT --reason TEXT [--yes]

CONTACT is the contact person's id, or their name (with or without the title) when only one
person has it; several people with the name are listed with their ids to choose from. The
file and the contact are checked before anything is read, so a mistake leaves no "export"
in the audit trail.
"""

from __future__ import annotations

import argparse
import os
import sys
import uuid
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from lao_desktop.errors import DomainError
from lao_desktop.i18n import _

if TYPE_CHECKING:
    from lao_desktop.services.registry import Services

SUFFIXES = (".json", ".pdf")


class PersonCommandError(DomainError):
    """A contact or a file the command cannot use; the message says what to give instead."""


def run(args: argparse.Namespace) -> int:
    out = _output(args.out) if args.person_command == "export" else None
    services = _services(args)
    try:
        contact_id = _contact(services, args.contact)
        if out is not None:
            return _export(services, contact_id, out)
        return _erase(services, contact_id, args.reason, args.yes)
    finally:
        services.ctx.db.dispose()


def _export(services: Services, contact_id: uuid.UUID, out: Path) -> int:
    from lao_desktop.services.personal_report import write_json

    report = services.personal_data.export_person(contact_id)
    if out.suffix.lower() == ".json":
        write_json(report, out)
    else:
        from lao_desktop.documents.kinds.person import person_pdf
        from lao_desktop.files import write_atomically

        write_atomically(out, person_pdf(services, report, date.today()))
    print(_("Written: {path}").format(path=out))
    return 0


def _erase(services: Services, contact_id: uuid.UUID, reason: str, yes: bool) -> int:
    from lao_desktop.services.personal_erase import describe_plan

    plan = services.personal_data.erasure_plan(contact_id)
    print("\n".join(describe_plan(plan)))
    if not plan.did_anything:
        print(_("Nothing left to erase: this person's data was erased before."))
        return 0
    if not yes and not _confirmed():
        print(_("Nothing was erased."), file=sys.stderr)
        return 1
    done = services.personal_data.erase_person(contact_id, reason)
    print(_("Erased; the contact is now called “{name}”.").format(name=done.placeholder))
    return 0


def _confirmed() -> bool:
    if not sys.stdin.isatty():
        print(_("Add --yes to erase without a question."), file=sys.stderr)
        return False
    answer = input(_("Type YES to erase this person's data: "))
    return answer.strip().upper() in {"YES", "Y", _("YES")}


def _contact(services: Services, text: str) -> uuid.UUID:
    matches = services.personal_data.find_contacts(text)
    if len(matches) == 1:
        return matches[0].contact_id
    if not matches:
        raise PersonCommandError(
            _(
                "No contact person has the id or the name “{text}”; give the id (copy it from "
                "the program) or the name exactly as it is written, with or without the title."
            ).format(text=text)
        )
    lines = [
        f"  {m.contact_id}  {m.full_name} — {m.partner_name}"
        + (f" ({_('in the trash')})" if m.in_trash else "")
        for m in matches
    ]
    message = _("{n} contact persons are called “{text}”; give the id of one of them:")
    raise PersonCommandError("\n".join([message.format(n=len(matches), text=text), *lines]))


def _output(text: str) -> Path:
    out = Path(text).expanduser()
    if out.suffix.lower() not in SUFFIXES:
        raise PersonCommandError(
            _(
                "Give a file ending in .json (machine-readable) or .pdf (to print), not {path}."
            ).format(path=out)
        )
    folder = out.parent if str(out.parent) else Path(".")
    if not folder.is_dir() or not os.access(folder, os.W_OK | os.X_OK):
        raise PersonCommandError(
            _("The folder {folder} does not exist or cannot be written to; choose another.").format(
                folder=folder
            )
        )
    return out


def _services(args: argparse.Namespace) -> Services:
    from lao_desktop.cli.login import existing_database, logged_in

    return logged_in(existing_database(args), args)
