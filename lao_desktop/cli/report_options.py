"""The options of ``lao-desktop report``, kept apart from ``report.py`` so that building the
command line (which every start of the program does) loads neither the documents nor the
database layer: that cost 400 ms before the window's first paint."""

from __future__ import annotations

import argparse
from typing import Any

from lao_desktop.i18n import _


def add_parser(commands: Any) -> None:
    """The ``report`` subcommand and its options (the catalogue is not imported here)."""
    report = commands.add_parser(
        "report", help=_("print an official document or a report to a PDF file")
    )
    report.add_argument("kind", nargs="?", metavar=_("KIND"), help=_("the kind of document"))
    report.add_argument("--list", action="store_true", help=_("list the kinds of document"))
    # SUPPRESS: when not given here, the --db given before "report" stays.
    report.add_argument("--db", default=argparse.SUPPRESS, metavar=_("PATH-or-URL"))
    report.add_argument("--out", metavar=_("FILE.pdf"), help=_("the PDF file to write"))
    report.add_argument(
        "--id", dest="record_id", metavar="UUID", help=_("the record (default: the most recent)")
    )
    report.add_argument(
        "--year", metavar=_("B.E."), help=_("the fiscal year in B.E. (default: the current one)")
    )
    report.add_argument("--subject", help=_("letter or memo: the subject"))
    report.add_argument("--to", help=_("letter or memo: whom it is addressed to"))
    report.add_argument(
        "--body-file",
        metavar=_("FILE"),
        help=_("letter or memo: a UTF-8 text file, each line a paragraph"),
    )
    report.add_argument("--reference", default="", help=_("letter: what it refers to"))
    report.add_argument(
        "--enclosure", action="append", default=[], help=_("letter: an enclosure (repeatable)")
    )
    report.add_argument("--signer", help=_("who signs (default: the office's executive)"))
    report.add_argument("--position", help=_("the signer's position"))
