"""Speed and size of the desktop program on the large demo database. Not part of the test run.

    python tests/benchmarks/gui_bench.py [--db PATH] [--runs 5]

Reuses (or builds, ~4 minutes) the large demo of run.py, then prints each figure with its
target from issue 3: start-up against a bare PySide6 window, opening every list, each
keystroke of a search, and the memory after visiting every section.
"""

from __future__ import annotations

import argparse
import os
import re
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from lao_desktop.demo.builder import DEMO_PASSWORD

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
BARE = Path(__file__).with_name("bare_window.py")
Row = tuple[str, str, str, str]
SEARCHED = "กลุ่มแม่บ้านบ้านหนองแวง"  # a clerk types a housewives' group letter by letter


# -- start-up: a bare PySide6 window against `lao-desktop --smoke-test`, each run as a
# fresh process, alternately, so both see the same machine at the same moment.
def _env(cache: Path) -> dict[str, str]:
    """Offscreen, and with compiled bytecode as an installed program has it: the
    development shell may set PYTHONDONTWRITEBYTECODE, which would compile every module of
    ours at every start. The cache goes to a temporary folder, not into the source tree."""
    env = dict(
        os.environ,
        QT_QPA_PLATFORM="offscreen",
        PYTHONPYCACHEPREFIX=str(cache),
        LAO_DESKTOP_HOME=str(cache.parent / "home"),  # this PC's settings, not the user's
        LAO_DESKTOP_PASSWORD=DEMO_PASSWORD,
    )
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    return env


def _figures(command: list[str], env: dict[str, str]) -> dict[str, float]:
    done = subprocess.run(command, env=env, capture_output=True, text=True, timeout=120)
    if done.returncode != 0:
        raise RuntimeError(f"{command} exited {done.returncode}: {done.stderr[-2000:]}")
    pattern = r"^(first paint|data shown): (\d+) ms$"
    found = re.findall(pattern, done.stdout, re.MULTILINE)
    return {name: float(ms) for name, ms in found}


def startup(db: Path, runs: int) -> dict[str, float]:
    """Medians in ms: ``bare paint``, ``our paint``, ``data shown`` (Home read from the
    database, logged in as the demo's administrator)."""
    with tempfile.TemporaryDirectory() as folder:
        env = _env(Path(folder) / "pycache")
        shot = str(Path(folder) / "shot.png")
        bare = [sys.executable, str(BARE)]
        ours = [sys.executable, "-m", "lao_desktop", "--db", str(db), "--user", "admin"]
        ours += ["--smoke-test", shot]
        _figures(bare, env)  # warm-up: bytecode written, files in the page cache
        _figures(ours, env)
        names = ("bare paint", "our paint", "data shown")
        samples: dict[str, list[float]] = {name: [] for name in names}
        for _ in range(runs):
            samples["bare paint"].append(_figures(bare, env)["first paint"])
            figures = _figures(ours, env)
            samples["our paint"].append(figures["first paint"])
            samples["data shown"].append(figures["data shown"])
    return {name: statistics.median(values) for name, values in samples.items()}


# -- inside one process on the large database


def verdict(name: str, value: float, target: float, unit: str = "ms") -> Row:
    ok = "PASS" if value <= target else "FAIL"
    return (name, f"{value:,.0f} {unit}", f"≤ {target:,.0f} {unit}", ok)


def ms(action: Callable[[], object]) -> float:
    started = time.perf_counter()
    action()
    return (time.perf_counter() - started) * 1000


def resident_mb() -> float:
    try:
        import psutil  # type: ignore[import-untyped]

        return float(psutil.Process().memory_info().rss) / 2**20
    except ImportError:
        with open("/proc/self/status", encoding="ascii") as status:
            line = next(x for x in status if x.startswith("VmRSS:"))
        return int(line.split()[1]) / 1024


def concepts() -> list[tuple[str, Any]]:
    from importlib import import_module
    from pkgutil import iter_modules

    import lao_desktop.gui.concepts as package
    from lao_desktop.gui.concepts.base import Concept

    found = []
    for info in iter_modules(package.__path__):
        module = import_module(f"{package.__name__}.{info.name}")
        found += [(n, c) for n, c in vars(module).items() if isinstance(c, Concept)]
    return found


def open_list(services: Any, concept: Any, service_for: Any) -> tuple[float, Any]:
    """Construction, the first page of 200 with its count and linked names, and the paint."""
    from lao_desktop.gui.list_page import ListPage

    started = time.perf_counter()
    page = ListPage(services, concept, service_for)
    page.resize(1000, 700)
    page.show()
    page.load()
    page.repaint()
    return (time.perf_counter() - started) * 1000, page


def lists(services: Any, rows: list[Row]) -> None:
    """Each list's first opening (judged: it pays the one-time costs), then three more."""
    from lao_desktop.gui.sections import service_finder

    service_for = service_finder(services)
    worst = ("", 0.0)
    for name, concept in concepts():
        samples = []
        for _ in range(4):
            elapsed, page = open_list(services, concept, service_for)
            samples.append(elapsed)
            page.close()
            page.deleteLater()
        again = statistics.median(samples[1:])
        rows.append(verdict(f"open list {name} (again: {again:.0f} ms)", samples[0], 100))
        worst = max(worst, (name, samples[0]), key=lambda w: w[1])
    rows.append(verdict(f"open list: slowest ({worst[0]})", worst[1], 100))


def search(services: Any, rows: list[Row]) -> None:
    """Each keystroke's refresh: what runs when the search box's delay has passed."""
    from lao_desktop.gui.concepts.partners import PARTNERS
    from lao_desktop.gui.list_page import ListPage
    from lao_desktop.gui.sections import service_finder

    page = ListPage(services, PARTNERS, service_finder(services))
    page.show()
    page.load()
    times = []
    for end in range(1, len(SEARCHED) + 1):
        page.ui.search.setText(SEARCHED[:end])
        times.append(ms(page.apply_search))
    found = page.model.total
    worst = max(range(len(times)), key=times.__getitem__)
    rows.append(verdict(f"search keystroke, median ('{SEARCHED}')", statistics.median(times), 50))
    rows.append(verdict(f"search keystroke, slowest ('{SEARCHED[: worst + 1]}')", times[worst], 50))
    rows.append((f"  … {found:,} partners match the whole name", "", "", ""))
    page.close()


def memory(services: Any, rows: list[Row]) -> None:
    from PySide6.QtWidgets import QApplication, QTabWidget

    from lao_desktop.gui.main_window import MainWindow

    window = MainWindow()
    window.show()
    window.attach(services)
    for section in window.sections:
        window.open_section(section.key)
        page = window.page(section.key)
        if isinstance(page, QTabWidget):  # every tab of a section, too
            for index in range(page.count()):
                page.setCurrentIndex(index)
                QApplication.processEvents()
        QApplication.processEvents()
    rows.append(verdict("memory after visiting every section", resident_mb(), 300, "MB"))
    window.close()


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--db", type=Path, default=Path(tempfile.gettempdir()) / "lao-bench.db")
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()

    from lao_desktop.db.database import open_database

    if not args.db.exists():
        from lao_desktop.demo.builder import build_demo

        print(f"building the large demo into {args.db} …", file=sys.stderr)
        build_demo(open_database(args.db), size="large", seed=2569)

    rows: list[Row] = []
    start = startup(args.db, args.runs)
    rows.append(
        (
            f"bare PySide6 window: first paint (median of {args.runs})",
            f"{start['bare paint']:.0f} ms",
            "",
            "",
        )
    )
    target = 2 * start["bare paint"]
    rows.append(verdict("lao-desktop: first paint", start["our paint"], target))
    rows.append(
        (
            "lao-desktop: Home shows figures read now",
            f"{start['data shown']:.0f} ms",
            "(SQLAlchemy and the services load first)",
            "",
        )
    )

    from lao_desktop.gui.app import make_application, settle, warm_up
    from lao_desktop.services.registry import Services

    app = make_application()
    services = Services(open_database(args.db))
    settle()  # as the program does once Home is shown
    warm_up()  # … and this on a background thread
    lists(services, rows)
    search(services, rows)
    memory(services, rows)
    app.processEvents()

    header: Row = ("figure", "measured", "target", "")
    widths = [max(len(r[i]) for r in (header, *rows)) for i in range(4)]
    print(f"{args.db}: {services.partners.count():,} partners; {os.cpu_count()} cores")
    for row in (header, *rows):
        print("  ".join(cell.ljust(width) for cell, width in zip(row, widths, strict=True)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
