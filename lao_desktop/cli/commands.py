"""What each command does, on top of the services."""

from __future__ import annotations

import sys
import time

from lao_desktop.db.database import Database, open_database, resolve_url
from lao_desktop.i18n import _


def check(target: str | None) -> int:
    from lao_desktop.cli.check import run_check

    url = resolve_url(target)
    db = Database(url)
    if db.path is not None and not db.path.exists():
        print(_("No database file at {path}.").format(path=db.path), file=sys.stderr)
        return 1
    findings = run_check(db)
    db.dispose()
    print(db.describe())
    for finding in findings:
        print(("✓ " if finding.ok else "✗ ") + finding.message)
    return 0 if all(f.ok for f in findings) else 1


def demo(target: str | None, size: str, seed: int, password: str | None) -> int:
    from lao_desktop.demo.builder import DEMO_PASSWORD, build_demo
    from lao_desktop.services.passwords import problem

    password = password or DEMO_PASSWORD
    if (reason := problem(password)) is not None:
        print(_("Error: {message}").format(message=reason), file=sys.stderr)
        return 2

    db = open_database(target)
    started = time.perf_counter()

    def progress(done: int, total: int, what: str) -> None:
        print(
            f"\r{done * 100 // max(total, 1):3d}% {what:<40}", end="", file=sys.stderr, flush=True
        )

    counts = build_demo(db, size=size, seed=seed, progress=progress, password=password)
    print(file=sys.stderr)
    seconds = time.perf_counter() - started
    total = sum(counts.values())
    print(
        _("Demo office created in {where}: {n} records in {s:.1f} s.").format(
            where=db.describe(), n=f"{total:,}", s=seconds
        )
    )
    for name, count in counts.items():
        print(f"  {name}: {count:,}")
    print(_("Accounts admin, clerk and executive, password: {password}").format(password=password))
    db.dispose()
    return 0
