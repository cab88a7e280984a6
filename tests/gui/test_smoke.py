"""``lao-desktop --smoke-test OUT.png``: the program starts on a database, shows the first
screen with its data, saves a screenshot, prints its start-up figures and exits 0."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication

from lao_desktop.db.database import open_database
from lao_desktop.demo.builder import DEMO_PASSWORD, build_demo


@pytest.fixture(scope="module")
def small_demo(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The small demo (2,600 records), built once for this module."""
    target = tmp_path_factory.mktemp("smoke") / "demo.db"
    db = open_database(target)
    build_demo(db, size="small", seed=2569)
    db.dispose()
    return target


def smoke_test(
    db: Path, shot: Path, home: Path, user: str = "admin"
) -> subprocess.CompletedProcess[str]:
    env = dict(
        os.environ,
        QT_QPA_PLATFORM="offscreen",
        LAO_DESKTOP_HOME=str(home),
        LAO_DESKTOP_PASSWORD=DEMO_PASSWORD,
    )
    command = [sys.executable, "-m", "lao_desktop", "--db", str(db), "--user", user]
    command += ["--smoke-test", str(shot)]
    return subprocess.run(command, env=env, capture_output=True, text=True, timeout=120)


def colours(image: QImage) -> int:
    """Distinct colours on a grid of points across the image (enough to tell text and
    lists from an empty window, and much quicker than every pixel)."""
    step = 4
    return len(
        {
            image.pixel(x, y)
            for x in range(0, image.width(), step)
            for y in range(0, image.height(), step)
        }
    )


def test_smoke_test_shows_the_data_and_saves_a_screenshot(
    small_demo: Path, tmp_path: Path, qapp: QApplication
) -> None:
    shot = tmp_path / "out.png"
    done = smoke_test(small_demo, shot, tmp_path / "home")

    assert done.returncode == 0, done.stderr
    paint = re.search(r"^first paint: (\d+) ms$", done.stdout, re.MULTILINE)
    shown = re.search(r"^data shown: (\d+) ms$", done.stdout, re.MULTILINE)
    assert paint is not None and shown is not None, done.stdout
    assert 0 < int(paint.group(1)) <= int(shown.group(1))
    image = QImage(str(shot))
    assert not image.isNull()
    assert image.width() >= 800 and image.height() >= 500  # the whole window
    assert colours(image) >= 50  # Thai text, lists and counts, not a blank window


def test_a_smoke_test_with_a_wrong_password_shows_nothing(small_demo: Path, tmp_path: Path) -> None:
    shot = tmp_path / "out.png"
    done = smoke_test(small_demo, shot, tmp_path / "home", user="nobody")
    assert done.returncode == 2
    assert not shot.exists()


def test_smoke_test_fails_on_a_database_it_cannot_open(tmp_path: Path) -> None:
    damaged = tmp_path / "damaged.db"
    damaged.write_bytes(b"this is not a database" * 100)
    shot = tmp_path / "out.png"
    done = smoke_test(damaged, shot, tmp_path / "home")

    assert done.returncode != 0
    assert not shot.exists()
