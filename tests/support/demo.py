"""The small demo office, built once per test session (about 4 s); each caller gets a copy."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from lao_desktop.db.database import open_database
from lao_desktop.demo.builder import build_demo

_TEMPLATE: list[Path] = []


def demo_copy(factory: pytest.TempPathFactory, target: Path | None = None) -> Path:
    """A new copy of the demo database, at ``target`` or in a new temporary folder."""
    if not _TEMPLATE:
        folder = factory.mktemp("demo-template")
        database = open_database(folder / "demo.db")
        build_demo(database)
        database.dispose()  # closes the last connection: the WAL is checkpointed
        _TEMPLATE.append(folder / "demo.db")
    target = target or factory.mktemp("copy") / "demo.db"
    shutil.copyfile(_TEMPLATE[0], target)
    return target
