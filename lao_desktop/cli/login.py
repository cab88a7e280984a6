"""Who acts on the command line: ``--user NAME`` with the password from ``--password-file F``,
the variable ``LAO_DESKTOP_PASSWORD``, or a prompt. A database with no administrator yet (a
new office, or one made before accounts existed) has nobody to log in as: the program acts
as itself until the office is set up."""

from __future__ import annotations

import argparse
import getpass
import os
import sys
from pathlib import Path

from lao_desktop.db.database import Database
from lao_desktop.errors import DatabaseError, LoginError
from lao_desktop.i18n import _
from lao_desktop.services.context import SYSTEM, Actor
from lao_desktop.services.registry import Services

PASSWORD_ENV_VAR = "LAO_DESKTOP_PASSWORD"


def read_password(args: argparse.Namespace, prompt: str) -> str:
    """The password: the first line of ``--password-file``, else the variable, else asked."""
    file = getattr(args, "password_file", None)
    if file:
        try:
            lines = Path(file).read_text(encoding="utf-8-sig").splitlines()
        except (OSError, UnicodeDecodeError) as error:
            raise LoginError(
                _("Cannot read the password file {path}: {reason}").format(
                    path=file, reason=getattr(error, "strerror", None) or error
                )
            ) from error
        if not lines or not lines[0]:
            raise LoginError(_("The password file {path} is empty.").format(path=file))
        return lines[0]
    from_env = os.environ.get(PASSWORD_ENV_VAR)
    if from_env:
        return from_env
    if not sys.stdin.isatty():
        raise LoginError(
            _(
                "No password given: use --password-file FILE or the variable {var}, or run "
                "the command in a terminal to be asked."
            ).format(var=PASSWORD_ENV_VAR)
        )
    return getpass.getpass(prompt)


def acting_user(db: Database, args: argparse.Namespace) -> Actor:
    accounts = Services(db).accounts
    if accounts.needs_setup():
        return SYSTEM
    user = getattr(args, "user", None)
    if not user:
        raise LoginError(
            _(
                "This office's data is protected by accounts: give --user NAME (the password "
                "by --password-file FILE, the variable {var}, or at the prompt)."
            ).format(var=PASSWORD_ENV_VAR)
        )
    password = read_password(args, _("Password of {user}: ").format(user=user))
    return accounts.log_in(user, password)


def existing_database(args: argparse.Namespace) -> Database:
    """The database ``--db`` names; for a file path that leads nowhere an error, not a new
    empty database (a typing error must not look like an office without data)."""
    from lao_desktop.db.database import open_database, resolve_url

    target = getattr(args, "db", None)
    probe = Database(resolve_url(target))
    path = probe.path
    probe.dispose()
    if path is not None and not path.exists():
        raise DatabaseError(_("No database file at {path}.").format(path=path))
    return open_database(target)


def logged_in(db: Database, args: argparse.Namespace) -> Services:
    """The services of ``db`` acting as the user the command line names."""
    return Services(db, acting_user(db, args))
