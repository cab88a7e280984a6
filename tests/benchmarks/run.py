"""Speed figures on the large demo database. Not part of the test run.

    .venv/bin/python tests/benchmarks/run.py [--db PATH] [--rebuild] [--repeat 25]

Builds the large demo (100,000+ records) into PATH (default: a file in the system's temp
folder) unless it is already there, then times the list operations the program does while a
clerk types, and prints a table: median and 95th percentile in milliseconds, and the target.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from lao_desktop.db.database import open_database
from lao_desktop.services import ListQuery, Services


def timed(action: Callable[[], object], repeat: int) -> tuple[float, float]:
    action()  # warm the page cache and statement cache, as a running program has them
    samples = []
    for _ in range(repeat):
        started = time.perf_counter()
        action()
        samples.append((time.perf_counter() - started) * 1000)
    samples.sort()
    return statistics.median(samples), samples[int(len(samples) * 0.95) - 1]


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--db", type=Path, default=Path(tempfile.gettempdir()) / "lao-bench.db")
    parser.add_argument("--rebuild", action="store_true")
    parser.add_argument("--repeat", type=int, default=25)
    args = parser.parse_args()

    rows: list[tuple[str, str, str, str]] = []
    if args.rebuild or not args.db.exists():
        for suffix in ("", "-wal", "-shm"):
            Path(f"{args.db}{suffix}").unlink(missing_ok=True)
        from lao_desktop.demo.builder import build_demo

        started = time.perf_counter()
        counts = build_demo(open_database(args.db), size="large", seed=2569)
        seconds = time.perf_counter() - started
        total = sum(counts.values())
        rows.append((f"create the large demo ({total:,} records)", f"{seconds:.1f} s", "", ""))

    services = Services(open_database(args.db))
    partners = services.partners
    total = partners.count()
    size_mb = args.db.stat().st_size / 1e6
    print(f"{args.db}: {size_mb:.0f} MB, {total:,} partners", file=sys.stderr)

    cases: list[tuple[str, Callable[[], object], float]] = [
        ("first page, 200 partners in Thai order", lambda: partners.list(ListQuery()), 50),
        (
            "200 partners, Thai order, text filter 'กลุ่ม'",
            lambda: partners.list(ListQuery(text="กลุ่ม")),
            50,
        ),
        (
            "200 partners, Thai order, rare text 'ทอผ้า'",
            lambda: partners.list(ListQuery(text="ทอผ้า")),
            50,
        ),
        ("count partners matching 'กลุ่ม'", lambda: partners.count(ListQuery(text="กลุ่ม")), 50),
        (
            "200 partners, level + sector filter, Thai order",
            lambda: partners.list(ListQuery(filters={"level": "village", "sector": "community"})),
            50,
        ),
        (
            "page 50 (offset 10,000) in Thai order",
            lambda: partners.list(ListQuery(offset=10_000)),
            50,
        ),
        (
            "200 exchanges of fiscal year 2568 by date",
            lambda: services.exchanges.list(ListQuery(fiscal_year=2568)),
            50,
        ),
    ]
    for name, action, target in cases:
        median, p95 = timed(action, args.repeat)
        verdict = "ok" if median <= target else "SLOW"
        rows.append((name, f"{median:.1f} ms", f"{p95:.1f} ms", f"≤ {target:.0f} ms {verdict}"))

    widths = [max(len(r[i]) for r in rows) for i in range(4)]
    header = ("operation", "median", "p95", "target")
    widths = [max(w, len(h)) for w, h in zip(widths, header, strict=True)]
    for row in (header, *rows):
        print("  ".join(cell.ljust(width) for cell, width in zip(row, widths, strict=True)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
