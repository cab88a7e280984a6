"""Every file location the program uses, in one place.

Resources are found the same way from a source checkout, an installed wheel and a
PyInstaller bundle (which keeps them in ``lao_desktop/resources``, as the wheel does). User
data goes to the platform's data folder; ``LAO_DESKTOP_HOME`` overrides it (tests, portable
installs).
"""

from __future__ import annotations

import hashlib
import os
from pathlib import Path

import platformdirs

APP_NAME = "LAONetworkDesktop"
APP_AUTHOR = "LAONetwork"


def resource_path(*parts: str) -> Path:
    """A file under ``resources/`` (fonts, translations, icons)."""
    package = Path(__file__).resolve().parent
    packaged = package / "resources"  # an installed wheel; the PyInstaller bundle (the spec)
    base = packaged if packaged.is_dir() else package.parent / "resources"  # a source checkout
    return base.joinpath(*parts)


def data_dir() -> Path:
    """The user's data folder; created on first use."""
    override = os.environ.get("LAO_DESKTOP_HOME")
    path = Path(override) if override else Path(platformdirs.user_data_dir(APP_NAME, APP_AUTHOR))
    path.mkdir(parents=True, exist_ok=True)
    return path


def default_database_path() -> Path:
    return data_dir() / "lao-network.db"


DATABASE_ENV_VAR = "LAO_DESKTOP_DB"


def database_target(target: str | os.PathLike[str] | None = None) -> str:
    """The database to open: ``--db``, else ``LAO_DESKTOP_DB``, else the file in the user's
    data folder. A SQLAlchemy URL (with ``://``) as given; a file as its absolute path."""
    value = os.fspath(target) if target is not None else os.environ.get(DATABASE_ENV_VAR) or None
    if value is None:
        return str(default_database_path())
    if "://" in value:
        return value
    return str(Path(value).expanduser().resolve())


def database_key(target: str) -> str:
    """A name for the database ``target`` (from ``database_target``) that files kept per
    database can carry, without writing a server password to disk."""
    return hashlib.sha256(target.encode("utf-8")).hexdigest()
