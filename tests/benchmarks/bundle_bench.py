"""Benchmark of the frozen program (not part of the test run).

    python tests/benchmarks/bundle_bench.py [--bundle dist/lao-desktop]

Builds the bundle with installer/build.py unless one is given, then prints its size (on disk
and packed as .tar.gz, about what a download or an NSIS installer weighs), the time of
``--version`` (the program's bare start) and of ``--smoke-test`` on the demo office (first
paint and data shown), medians of five runs. Targets: first paint well under a second.
"""

from __future__ import annotations

import argparse
import os
import re
import statistics
import subprocess
import sys
import tarfile
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from installer.build import executable_name, folder_size  # noqa: E402
from installer.build import main as build  # noqa: E402

RUNS = 5


def packed_size(folder: Path, scratch: Path) -> int:
    archive = scratch / "bundle.tar.gz"
    with tarfile.open(archive, "w:gz", compresslevel=9) as tar:
        tar.add(folder, arcname=folder.name)
    return archive.stat().st_size


def run(program: Path, *args: str, env: dict[str, str]) -> tuple[float, str]:
    started = time.perf_counter()
    done = subprocess.run(
        [str(program), *args], env=env, capture_output=True, text=True, check=True
    )
    return (time.perf_counter() - started) * 1000, done.stdout


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--bundle", type=Path, help="a bundle already built")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as scratch_name:
        scratch = Path(scratch_name)
        bundle = args.bundle
        if bundle is None:
            started = time.perf_counter()
            dist, work = str(scratch / "dist"), str(scratch / "work")
            if build(["--dist", dist, "--work", work]) != 0:
                raise SystemExit("the build failed")
            print(f"build: {time.perf_counter() - started:.0f} s")
            bundle = scratch / "dist" / "lao-desktop"
        files = sum(1 for path in bundle.rglob("*") if path.is_file())
        print(f"bundle: {folder_size(bundle) / 2**20:.0f} MB in {files} files")
        print(f"packed (.tar.gz -9): {packed_size(bundle, scratch) / 2**20:.0f} MB")

        program = bundle / executable_name()
        env = {
            **os.environ,
            "LAO_DESKTOP_HOME": str(scratch / "home"),
            "QT_QPA_PLATFORM": "offscreen",
            "LAO_DESKTOP_PASSWORD": "demo-2569",
        }
        database = scratch / "demo.db"
        run(program, "--db", str(database), "demo", "--demo-password", "demo-2569", env=env)
        version = [run(program, "--version", env=env)[0] for _ in range(RUNS)]
        print(f"--version: {statistics.median(version):.0f} ms (median of {RUNS})")
        paint, data = [], []
        for _ in range(RUNS):
            _, out = run(
                program,
                "--db",
                str(database),
                "--user",
                "admin",
                "--smoke-test",
                str(scratch / "shot.png"),
                env=env,
            )
            figures = dict(re.findall(r"^(first paint|data shown): (\d+) ms$", out, re.M))
            paint.append(int(figures["first paint"]))
            data.append(int(figures["data shown"]))
        print(
            f"first paint: {statistics.median(paint)} ms, data shown: "
            f"{statistics.median(data)} ms (medians of {RUNS}, offscreen)"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
