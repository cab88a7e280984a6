"""Generate the next migration from the difference between the models and the migrations.

    python tools/new_migration.py "add the budget source to plans"

It migrates a scratch SQLite database to the newest revision, compares it with the models
and writes the new revision into lao_desktop/db/migrations/versions/. Review it (and add
what autogenerate cannot see: data moves, triggers), then run the tests.
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

from alembic import command

from lao_desktop.db.database import open_database
from lao_desktop.db.migrate import alembic_config, head_revision


def main() -> int:
    if len(sys.argv) != 2:
        print(__doc__)
        return 2
    with tempfile.TemporaryDirectory() as folder:
        db = open_database(Path(folder) / "scratch.db")
        next_id = f"{int(head_revision().split('_')[0]) + 1:04d}"
        with db.engine.begin() as connection:
            command.revision(
                alembic_config(connection), message=sys.argv[1], autogenerate=True, rev_id=next_id
            )
        db.dispose()
    return 0


if __name__ == "__main__":
    sys.exit(main())
