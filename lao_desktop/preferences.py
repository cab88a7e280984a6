"""Choices of this PC only (the interface language, where backups went), kept in a small
JSON file in the data folder: two clerks sharing one database may each read the program in
their own language.

A missing, unreadable or damaged file means "nothing chosen yet", never a failed start.
"""

from __future__ import annotations

import json
import logging
from pathlib import Path
from typing import Any

from lao_desktop import i18n, paths
from lao_desktop.files import write_atomically

log = logging.getLogger(__name__)
FILE_NAME = "preferences.json"


def file_path() -> Path:
    return paths.data_dir() / FILE_NAME


def load() -> dict[str, Any]:
    """Everything stored; {} when there is no usable file."""
    path = file_path()
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return {}
    except (OSError, UnicodeDecodeError, ValueError) as error:
        log.warning("ignoring unreadable preferences %s: %s", path, error)
        return {}
    if not isinstance(data, dict):
        log.warning("ignoring preferences %s: not a JSON object", path)
        return {}
    return data


def language() -> str | None:
    """The interface language chosen on this PC, or None (then Thai, the default)."""
    code = load().get("language")
    return code if code in i18n.LANGUAGES else None


def set_language(code: str) -> None:
    if code not in i18n.LANGUAGES:
        raise ValueError(f"unknown language {code!r}; choose one of {i18n.LANGUAGES}")
    _save({**load(), "language": code})


def backup_place() -> tuple[str, bool]:
    """Where the last backup went on this PC, and whether it was a folder chosen by hand (not
    a USB stick found by the program); ("", False) when none."""
    place = load().get("backup_place")
    if not isinstance(place, str):
        return "", False
    return place, bool(load().get("backup_place_is_folder"))


def set_backup_place(place: str, is_folder: bool) -> None:
    _save({**load(), "backup_place": place, "backup_place_is_folder": is_folder})


def _save(data: dict[str, Any]) -> None:
    text = json.dumps(data, ensure_ascii=False, indent=2)
    write_atomically(file_path(), text.encode("utf-8"))
