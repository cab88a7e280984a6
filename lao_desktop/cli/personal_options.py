"""The options of ``person export`` and ``person erase``; light, like ``report_options``:
building the command line must not load the database layer."""

from __future__ import annotations

import argparse
from typing import Any

from lao_desktop.i18n import _


def add_parser(commands: Any) -> None:
    person = commands.add_parser(
        "person",
        help=_("one person's personal data: export a copy, or erase it (administrators)"),
    )
    actions = person.add_subparsers(dest="person_command", metavar=_("ACTION"), required=True)
    contact_help = _("the contact person: their id, or their name if only one person has it")

    export = actions.add_parser(
        "export", help=_("write everything held about the person to a JSON or PDF file")
    )
    export.add_argument("contact", metavar=_("CONTACT"), help=contact_help)
    export.add_argument(
        "--out",
        required=True,
        metavar=_("FILE.json|FILE.pdf"),
        help=_("the file to write: .json (machine-readable) or .pdf (to print)"),
    )
    export.add_argument("--db", default=argparse.SUPPRESS, metavar=_("PATH-or-URL"))

    erase = actions.add_parser(
        "erase",
        help=_("erase the person's data, keeping the records the law requires"),
    )
    erase.add_argument("contact", metavar=_("CONTACT"), help=contact_help)
    erase.add_argument(
        "--reason",
        required=True,
        metavar=_("TEXT"),
        help=_("why (for example the date and number of the person's request); audited"),
    )
    erase.add_argument("--yes", action="store_true", help=_("do not ask for confirmation"))
    erase.add_argument("--db", default=argparse.SUPPRESS, metavar=_("PATH-or-URL"))
