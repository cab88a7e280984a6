"""Backup, verify and restore against the physical limit (not part of the test run).

    python tests/benchmarks/backup_bench.py [--db /tmp/large.db] [--target DIR] [--repeat 3]
                                            [--profile backup|verify|restore|encrypted]

The database is copied first and only the copy is used (a backup notes its time in the
database). In the same run, median of ``--repeat``:

- (a) ``dd if=DB of=TARGET/copy bs=4M conv=fsync``: copying the file to the target folder and
  forcing it to disk, the physical limit;
- (b) ``back_up`` into the target folder (snapshot, quick_check, write, fsync, read back);
- (c) ``verify_backup`` of that file (checksums, integrity_check, every scan's checksum);
- (d) ``restore_backup`` into a copy of the database (checks, safety copy, load);
- the same backup and verify with a passphrase (encrypted).

Prints seconds and the ratios (backup + verify) / dd and restore / dd; the issue's target is
≤ 5×. ``--profile STEP`` runs that step once more under cProfile and prints where the time goes.
Without ``--db``, the large demo is built into the system's temp folder (several minutes).
"""

from __future__ import annotations

import argparse
import cProfile
import os
import pstats
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

PASSPHRASE = "ม้าลายกินหญ้าริมน้ำ 2569"
TARGET = 5.0


class Steps:
    """A progress callback that notes when each step begins; ``durations()`` afterwards."""

    def __init__(self) -> None:
        self.begun: list[tuple[str, float]] = []

    def __call__(self, done: int, total: int, what: str) -> None:
        if not self.begun or self.begun[-1][0] != what:
            self.begun.append((what, time.perf_counter()))

    def durations(self, end: float) -> list[tuple[str, float]]:
        ends = [at for _, at in self.begun[1:]] + [end]
        return [(what, stop - at) for (what, at), stop in zip(self.begun, ends, strict=True)]


def timed(action: Callable[[], object], repeat: int, reset: Callable[[], None]) -> float:
    """Median seconds of ``action``; ``reset`` runs before each, untimed."""
    samples = []
    for _ in range(repeat):
        reset()
        started = time.perf_counter()
        action()
        samples.append(time.perf_counter() - started)
    return statistics.median(samples)


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--db", type=Path, default=Path(tempfile.gettempdir()) / "large.db")
    parser.add_argument("--target", type=Path, help="the folder to write to (a USB stick)")
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--profile", choices=["backup", "verify", "restore", "encrypted"])
    args = parser.parse_args()

    from lao_desktop import i18n

    i18n.set_language("en")
    work = Path(tempfile.mkdtemp(prefix="lao-backup-bench-"))
    # Never the user's data folder: restores keep their safety copies under it.
    os.environ["LAO_DESKTOP_HOME"] = str(work / "home")
    try:
        return run(args, work)
    finally:
        shutil.rmtree(work, ignore_errors=True)


def run(args: argparse.Namespace, work: Path) -> int:
    from lao_desktop.backup.make import back_up
    from lao_desktop.backup.restore import restore_backup, verify_backup
    from lao_desktop.db.database import Database, open_database, resolve_url
    from lao_desktop.services import Services
    from lao_desktop.services.context import SYSTEM

    if not args.db.exists():
        from lao_desktop.demo.builder import build_demo

        print(f"building the large demo into {args.db} …", file=sys.stderr)
        build_demo(open_database(args.db), size="large", seed=2569)
    live = work / "live.db"
    for suffix in ("", "-wal"):
        if Path(f"{args.db}{suffix}").exists():
            shutil.copyfile(f"{args.db}{suffix}", f"{live}{suffix}")
    db = open_database(live)
    db.dispose()  # the copy checkpointed: one file, as dd copies it
    target = args.target or work / "target"
    target.mkdir(parents=True, exist_ok=True)
    size = live.stat().st_size
    print(f"{args.db}: {size / 1e6:.0f} MB; writing to {target}", file=sys.stderr)

    copy = target / "lao-bench-dd-copy"
    dd = ["dd", f"if={live}", f"of={copy}", "bs=4M", "conv=fsync", "status=none"]
    made: list[Path] = []

    def clear_target() -> None:
        copy.unlink(missing_ok=True)
        for path in made:
            path.unlink(missing_ok=True)
        made.clear()

    breakdown: dict[str, list[tuple[str, float]]] = {}

    def noted(name: str, action: Callable[[Steps], object]) -> None:
        steps = Steps()
        action(steps)
        breakdown[name] = steps.durations(time.perf_counter())

    def backup(passphrase: str | None = None) -> None:
        services = Services(open_database(live))
        noted(
            "back up" if passphrase is None else "back up, encrypted",
            lambda steps: made.append(
                back_up(services, target, passphrase=passphrase, progress=steps).path
            ),
        )
        services.ctx.db.dispose()

    def verify(passphrase: str | None = None) -> None:
        noted(
            "verify" if passphrase is None else "verify, encrypted",
            lambda steps: verify_backup(made[-1], passphrase=passphrase, progress=steps),
        )

    restore_into = work / "restored" / "lao-network.db"

    def fresh_restore_target() -> None:
        shutil.rmtree(restore_into.parent, ignore_errors=True)
        restore_into.parent.mkdir()
        shutil.copyfile(live, restore_into)
        shutil.rmtree(work / "safety", ignore_errors=True)

    def restore() -> None:
        database = Database(resolve_url(restore_into))
        noted(
            "restore",
            lambda steps: restore_backup(
                made[0], database, SYSTEM, safety_folder=work / "safety", progress=steps
            ),
        )

    def keep_one_backup() -> None:
        if not made:
            backup()

    rows: list[tuple[str, float]] = []
    seconds_dd = timed(lambda: subprocess.run(dd, check=True), args.repeat, clear_target)
    rows.append(("(a) dd … bs=4M conv=fsync (the limit)", seconds_dd))
    seconds_backup = timed(backup, args.repeat, clear_target)
    rows.append(("(b) back up", seconds_backup))
    seconds_verify = timed(verify, args.repeat, keep_one_backup)
    rows.append(("(c) verify", seconds_verify))

    def restore_setup() -> None:
        keep_one_backup()
        fresh_restore_target()

    seconds_restore = timed(restore, args.repeat, restore_setup)
    rows.append(("(d) restore into a copy", seconds_restore))
    seconds_encrypted = timed(lambda: backup(PASSPHRASE), args.repeat, clear_target)
    rows.append(("back up, encrypted", seconds_encrypted))
    seconds_decrypt = timed(lambda: verify(PASSPHRASE), args.repeat, lambda: None)
    rows.append(("verify, encrypted", seconds_decrypt))

    width = max(len(name) for name, _ in rows)
    for name, seconds in rows:
        print(f"{name.ljust(width)}  {seconds:6.2f} s  {seconds / seconds_dd:5.1f}× dd")
    ratios = [
        ("(backup + verify) / dd", (seconds_backup + seconds_verify) / seconds_dd),
        ("restore / dd", seconds_restore / seconds_dd),
        ("(encrypted backup + verify) / dd", (seconds_encrypted + seconds_decrypt) / seconds_dd),
    ]
    for name, ratio in ratios:
        verdict = "ok" if ratio <= TARGET else "OVER"
        print(f"{name.ljust(width)}  {ratio:6.1f}×   target ≤ {TARGET:.0f}× {verdict}")

    print("\nsteps of the last run of each (seconds; the last step runs to the end):")
    for name, took in breakdown.items():
        print(f"  {name}: " + ", ".join(f"{what} {seconds:.2f}" for what, seconds in took))

    if args.profile:
        profiled: dict[str, tuple[Callable[[], None], Callable[[], None]]] = {
            "backup": (backup, clear_target),
            "verify": (verify, keep_one_backup),
            "restore": (restore, restore_setup),
            "encrypted": (lambda: backup(PASSPHRASE), clear_target),
        }
        action, setup = profiled[args.profile]
        clear_target()
        setup()
        profiler = cProfile.Profile()
        profiler.runcall(action)
        pstats.Stats(profiler).sort_stats("tottime").print_stats(15)
    clear_target()
    return 0


if __name__ == "__main__":
    sys.exit(main())
