"""Opening an up-to-date database must not load Alembic (130 ms of every start)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from lao_desktop.db.database import open_database
from lao_desktop.db.migrate import head_revision, newest_numbered_revision


def test_the_newest_file_is_alembics_head() -> None:
    assert newest_numbered_revision() == head_revision()


def test_opening_an_up_to_date_database_skips_alembic(tmp_path: Path) -> None:
    target = tmp_path / "up-to-date.db"
    open_database(target).dispose()
    script = (
        "import sys; from lao_desktop.db.database import open_database; "
        f"open_database({str(target)!r}).dispose(); print('alembic' in sys.modules)"
    )
    result = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == "False"
