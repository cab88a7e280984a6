"""The options of ``lao-desktop audit verify | list | print``; light, like ``report_options``:
building the command line must not load the database layer."""

from __future__ import annotations

import argparse
from typing import Any

from lao_desktop.i18n import _


def _filters(command: argparse.ArgumentParser) -> None:
    # --by, not --user: --user names who runs the command.
    command.add_argument("--by", metavar=_("NAME"), help=_("only what this user did"))
    command.add_argument(
        "--kind",
        metavar=_("KIND"),
        help=_("only records of this kind: its table (partners) or its name (Partner)"),
    )
    command.add_argument("--id", dest="record_id", metavar="UUID", help=_("only this record"))
    command.add_argument(
        "--action", metavar=_("ACTION"), help=_("only this action: create, update, delete …")
    )
    command.add_argument(
        "--from", dest="date_from", metavar=_("DATE"), help=_("from this day (e.g. 1/10/2569)")
    )
    command.add_argument(
        "--to", dest="date_to", metavar=_("DATE"), help=_("up to and including this day")
    )
    command.add_argument("--search", default="", metavar=_("TEXT"), help=_("a part of the summary"))


def add_parser(commands: Any) -> None:
    audit = commands.add_parser(
        "audit", help=_("check, list or print the audit trail (executive or administrator)")
    )
    steps = audit.add_subparsers(dest="audit_command", metavar=_("STEP"), required=True)

    verify = steps.add_parser(
        "verify", help=_("check the whole chain of the audit trail; exit 1 when it is broken")
    )
    verify.add_argument("--db", default=argparse.SUPPRESS, metavar=_("PATH-or-URL"))
    latest = verify.add_mutually_exclusive_group()
    latest.add_argument(
        "--head",
        metavar=_("HASH"),
        help=_("a latest hash kept earlier (a printed audit report): it must be in the chain"),
    )
    latest.add_argument(
        "--backup",
        metavar=_("FILE"),
        help=_("a backup file: the latest hash in its description must be in the chain"),
    )

    listing = steps.add_parser("list", help=_("list entries of the audit trail, newest first"))
    listing.add_argument("--db", default=argparse.SUPPRESS, metavar=_("PATH-or-URL"))
    _filters(listing)
    listing.add_argument(
        "--limit", type=int, default=50, metavar="N", help=_("at most N entries (default 50)")
    )
    listing.add_argument("--offset", type=int, default=0, metavar="N", help=_("skip N entries"))
    listing.add_argument(
        "--changes", action="store_true", help=_("show each entry's changes under it")
    )

    printing = steps.add_parser(
        "print", help=_("print the audit report (the entries, the latest hash) to a PDF file")
    )
    printing.add_argument("--db", default=argparse.SUPPRESS, metavar=_("PATH-or-URL"))
    _filters(printing)
    printing.add_argument(
        "--out", required=True, metavar=_("FILE.pdf"), help=_("the PDF file to write")
    )
