"""The command line: the same operations as the program, without a window.

``lao-desktop`` alone opens the program's window.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence

from lao_desktop import __version__, i18n
from lao_desktop.cli import (
    audit_options,
    backup_options,
    personal_options,
    report_options,
    spreadsheet_options,
)
from lao_desktop.errors import DomainError
from lao_desktop.i18n import _


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="lao-desktop",
        description=_("LAO Network Desktop: cooperation networks of local administrations."),
    )
    parser.add_argument("--version", action="version", version=f"lao-desktop {__version__}")
    parser.add_argument(
        "--db",
        metavar=_("PATH-or-URL"),
        help=_(
            "the database: a file path, or postgresql+psycopg://user@host/name "
            "(default: LAO_DESKTOP_DB, else the file in your data folder)"
        ),
    )
    parser.add_argument("--lang", choices=i18n.LANGUAGES, help=_("language of messages"))
    parser.add_argument("--user", metavar=_("NAME"), help=_("act as this user"))
    parser.add_argument(
        "--password-file",
        metavar=_("FILE"),
        help=_("the user's password on the first line (else LAO_DESKTOP_PASSWORD, else asked)"),
    )
    parser.add_argument(
        "--smoke-test",
        metavar=_("OUT.png"),
        help=_(
            "open the window, wait until the first screen shows its data, save a screenshot "
            "and print the milliseconds to first paint and to data shown"
        ),
    )
    commands = parser.add_subparsers(dest="command", metavar=_("COMMAND"))

    demo = commands.add_parser(
        "demo", help=_("fill a new database with a realistic example office")
    )
    demo.add_argument("--size", choices=("small", "large"), default="small")
    demo.add_argument(
        "--seed", type=int, default=2569, help=_("random seed (same seed, same data)")
    )
    demo.add_argument(
        "--demo-password",
        metavar=_("PASSWORD"),
        help=_("the password of the accounts admin, clerk and executive (default: printed)"),
    )

    commands.add_parser("check", help=_("check the database: integrity and schema version"))
    report_options.add_parser(commands)
    backup_options.add_parsers(commands)
    personal_options.add_parser(commands)
    audit_options.add_parser(commands)
    spreadsheet_options.add_parsers(commands)
    return parser


_BACKUP_COMMANDS = {
    "backup": "backup",
    "verify": "verify",
    "restore": "restore",
    "recovery-key": "recovery_key",
}


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    if args.lang:
        i18n.set_language(args.lang)
    try:
        if args.command == "check":
            from lao_desktop.cli.commands import check

            return check(args.db)
        if args.command == "report":
            from lao_desktop.cli.report import run as report

            return report(args)
        if args.command == "audit":
            from lao_desktop.cli.audit import run as audit

            return audit(args)
        if args.command == "person":
            from lao_desktop.cli.personal import run as person

            return person(args)
        if args.command in ("import", "export", "template"):
            from lao_desktop.cli.spreadsheet import run as spreadsheet

            return spreadsheet(args)
        if args.command in _BACKUP_COMMANDS:
            from lao_desktop.cli import backup

            return int(getattr(backup, _BACKUP_COMMANDS[args.command])(args))
        if args.command == "demo":
            from lao_desktop.cli.commands import demo

            return demo(args.db, args.size, args.seed, args.demo_password)
        from lao_desktop.gui.app import run

        login = args if args.user or args.smoke_test else None
        return run(args.db, args.smoke_test, language_given=bool(args.lang), login=login)
    except DomainError as error:
        print(_("Error: {message}").format(message=error), file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print(_("Stopped."), file=sys.stderr)
        return 130
