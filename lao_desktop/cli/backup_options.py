"""The options of ``backup``, ``verify``, ``restore`` and ``recovery-key``; light, like
``report_options``: building the command line must not load the database layer."""

from __future__ import annotations

import argparse
from typing import Any

from lao_desktop.i18n import _


def _secrets(command: argparse.ArgumentParser) -> None:
    command.add_argument(
        "--passphrase-file",
        metavar=_("FILE"),
        help=_("a file holding the passphrase (its first line); encrypts a new backup"),
    )


def add_parsers(commands: Any) -> None:
    backup = commands.add_parser(
        "backup", help=_("write a verified backup file of the database into a folder")
    )
    backup.add_argument("--db", default=argparse.SUPPRESS, metavar=_("PATH-or-URL"))
    backup.add_argument("--to", required=True, metavar=_("FOLDER"), help=_("where to write it"))
    _secrets(backup)

    for name, text in (
        ("verify", _("check a backup file completely, without restoring it")),
        ("restore", _("replace the database's data by a backup (a safety copy is kept)")),
    ):
        command = commands.add_parser(name, help=text)
        command.add_argument("file", metavar=_("FILE"), help=_("the backup file"))
        _secrets(command)
        command.add_argument(
            "--recovery-key-file",
            metavar=_("FILE"),
            help=_("a file holding the office's printed recovery key, instead of the passphrase"),
        )
        if name == "restore":
            command.add_argument("--db", default=argparse.SUPPRESS, metavar=_("PATH-or-URL"))
            command.add_argument(
                "--yes", action="store_true", help=_("do not ask for confirmation")
            )

    key = commands.add_parser(
        "recovery-key",
        help=_("make a new recovery key for encrypted backups and print its sheet to a PDF"),
    )
    key.add_argument("--db", default=argparse.SUPPRESS, metavar=_("PATH-or-URL"))
    key.add_argument("--out", required=True, metavar=_("FILE.pdf"), help=_("the sheet to print"))
