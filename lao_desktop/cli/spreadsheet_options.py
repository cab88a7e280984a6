"""The options of ``import``, ``export`` and ``template``; light, like ``report_options``:
building the command line must not load the database layer."""

from __future__ import annotations

import argparse
from typing import Any

from lao_desktop.i18n import _

# The names of tabular.kinds, repeated here so that --help needs no database code; a test
# checks that both lists agree.
IMPORTABLE = (
    "partners",
    "contacts",
    "networks",
    "network_members",
    "committees",
    "committee_members",
    "agreements",
    "agreement_parties",
    "plans",
    "exchanges",
)
EXPORT_ONLY = (
    "plan_responsibilities",
    "meetings",
    "attendance",
    "agenda",
    "decisions",
    "decision_responsibles",
    "decision_follow_ups",
    "agreement_signatories",
    "activities",
    "activity_participants",
    "knowledge",
)
ALL = "all"


def add_parsers(commands: Any) -> None:
    db_option = {"default": argparse.SUPPRESS, "metavar": _("PATH-or-URL")}
    importing = commands.add_parser(
        "import",
        help=_(
            "bring records in from an Excel (.xlsx) or CSV file; nothing is saved if a row "
            "has a problem"
        ),
    )
    importing.add_argument("file", metavar=_("FILE"), help=_("the .xlsx or .csv file"))
    importing.add_argument(
        "--kind",
        required=True,
        choices=(*IMPORTABLE, ALL),
        help=_("what the file holds; all: every sheet of a whole-database workbook"),
    )
    importing.add_argument(
        "--dry-run", action="store_true", help=_("only check the file and say what would change")
    )
    importing.add_argument(
        "--skip-bad",
        action="store_true",
        help=_("import the good rows and leave out the rows with problems"),
    )
    importing.add_argument("--db", **db_option)

    exporting = commands.add_parser(
        "export", help=_("write records to an Excel (.xlsx) or CSV file")
    )
    exporting.add_argument(
        "--kind",
        required=True,
        choices=(*IMPORTABLE, *EXPORT_ONLY, ALL),
        help=_("which records; all: the whole database as one workbook (.xlsx)"),
    )
    exporting.add_argument("--out", required=True, metavar=_("FILE"), help=_(".xlsx or .csv"))
    exporting.add_argument("--db", **db_option)

    template = commands.add_parser(
        "template", help=_("write an empty import form with Thai headers and an example row")
    )
    template.add_argument("--kind", required=True, choices=IMPORTABLE)
    template.add_argument("--out", required=True, metavar=_("FILE"), help=_(".xlsx or .csv"))
