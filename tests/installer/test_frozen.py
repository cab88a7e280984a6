"""The frozen program, as an office gets it: built by installer/build.py, run with no Python.

The bundle is built once for this module (about 40 s), or taken from ``LAO_DESKTOP_BUNDLE``
(the Windows workflow builds it first). Every run gets an empty PATH, a fresh home and, on
Linux, a fontconfig that knows no fonts, so the program can lean on nothing of this machine's:
not its Python, not its tools, not its Thai fonts.
"""

from __future__ import annotations

import os
import re
import struct
import subprocess
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from pypdf import PdfReader

from lao_desktop import __version__
from lao_desktop.db.database import Database
from lao_desktop.demo.builder import DEMO_PASSWORD

pytestmark = pytest.mark.slow

ROOT = Path(__file__).resolve().parents[2]
SUBJECT = "ขอความอนุเคราะห์เข้าร่วมประชุมเครือข่ายความร่วมมือ"
BODY = (
    "ด้วยองค์การบริหารส่วนตำบลได้จัดทำโครงการพัฒนาเครือข่ายความร่วมมือระหว่างองค์กร"
    "ปกครองส่วนท้องถิ่นในพื้นที่ จึงขอความอนุเคราะห์ท่านเข้าร่วมประชุมตามวันและเวลาดังกล่าว"
)


@dataclass
class Frozen:
    program: Path  # what people start: the windowed lao-desktop.exe on Windows
    command: Path  # what runs commands: lao-desktop-cli.exe there, the same program elsewhere
    home: Path

    def run(
        self, *args: str, timeout: float = 120, program: Path | None = None
    ) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [str(program or self.command), *args],
            cwd=self.home,  # not the source tree: nothing may be found there
            env=self.environment(),
            capture_output=True,
            text=True,
            encoding="utf-8",
            timeout=timeout,
            check=False,
        )

    def environment(self) -> dict[str, str]:
        empty = self.home / "empty-path"
        empty.mkdir(exist_ok=True)
        env = {
            "PATH": str(empty),
            "HOME": str(self.home),
            "LAO_DESKTOP_HOME": str(self.home / "data"),
            "LAO_DESKTOP_PASSWORD": DEMO_PASSWORD,
            "QT_QPA_PLATFORM": "offscreen",
            "LANG": "C.UTF-8",
            "PYTHONIOENCODING": "utf-8",
        }
        if sys.platform == "win32":  # what Windows itself needs to start any program
            for name in ("SystemRoot", "WINDIR", "TEMP", "TMP"):
                env[name] = os.environ[name]
            env.update(USERPROFILE=str(self.home), LOCALAPPDATA=str(self.home / "local"))
        else:
            env["FONTCONFIG_FILE"] = str(self.no_fonts())
        return env

    def no_fonts(self) -> Path:
        (self.home / "no-fonts").mkdir(exist_ok=True)
        config = self.home / "fonts.conf"
        config.write_text(
            '<?xml version="1.0"?><fontconfig>'
            f"<dir>{self.home / 'no-fonts'}</dir><cachedir>{self.home / 'fc-cache'}</cachedir>"
            "</fontconfig>",
            encoding="utf-8",
        )
        return config


@pytest.fixture(scope="module")
def bundle(tmp_path_factory: pytest.TempPathFactory) -> Path:
    given = os.environ.get("LAO_DESKTOP_BUNDLE")
    if given:
        return Path(given).resolve()
    out = tmp_path_factory.mktemp("build")
    built = subprocess.run(
        [
            sys.executable,
            str(ROOT / "installer" / "build.py"),
            "--dist",
            str(out / "dist"),
            "--work",
            str(out / "work"),
        ],
        capture_output=True,
        text=True,
        timeout=1200,
        check=False,
    )
    assert built.returncode == 0, built.stdout[-3000:] + built.stderr[-3000:]
    return out / "dist" / "lao-desktop"


@pytest.fixture(scope="module")
def frozen(bundle: Path, tmp_path_factory: pytest.TempPathFactory) -> Frozen:
    home = tmp_path_factory.mktemp("frozen-home")
    if sys.platform == "win32":
        return Frozen(bundle / "lao-desktop.exe", bundle / "lao-desktop-cli.exe", home)
    return Frozen(bundle / "lao-desktop", bundle / "lao-desktop", home)


@pytest.fixture(scope="module")
def demo_database(frozen: Frozen) -> Iterator[Path]:
    database = frozen.home / "office.db"
    made = frozen.run("--db", str(database), "demo", "--demo-password", DEMO_PASSWORD)
    assert made.returncode == 0, made.stderr
    yield database


def test_the_bundle_carries_its_own_python_fonts_and_translations(bundle: Path) -> None:
    internal = bundle / "_internal"
    assert list(internal.glob("*python3*")), "no Python runtime in the bundle"
    resources = internal / "lao_desktop" / "resources"
    assert (resources / "fonts" / "Sarabun-Regular.ttf").is_file()
    assert (resources / "fonts" / "OFL.txt").is_file()
    assert (resources / "locale" / "th" / "LC_MESSAGES" / "lao_desktop.mo").is_file()
    assert (resources / "icons" / "lao-desktop.png").is_file()
    assert (internal / "lao_desktop" / "db" / "migrations" / "env.py").is_file()
    # What the spec leaves out stays out.
    assert not (internal / "PySide6" / "Qt" / "translations").exists()
    assert not list(internal.rglob("*WebEngine*"))
    corpus = sorted(p.name for p in (internal / "pythainlp" / "corpus").iterdir())
    assert corpus == ["stopwords_th.txt", "words_th.txt"]


def test_version(frozen: Frozen) -> None:
    result = frozen.run("--version")
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == f"lao-desktop {__version__}"


def test_demo_fills_a_new_database(frozen: Frozen, demo_database: Path) -> None:
    checked = frozen.run("--db", str(demo_database), "check")
    assert checked.returncode == 0, checked.stdout + checked.stderr
    assert demo_database.stat().st_size > 500_000


def test_letter_is_a_pdf_with_correct_thai(frozen: Frozen, demo_database: Path) -> None:
    body = frozen.home / "body.txt"
    body.write_text(BODY + "\n", encoding="utf-8")
    pdf = frozen.home / "letter.pdf"
    result = frozen.run(
        "--db",
        str(demo_database),
        "--user",
        "admin",
        "report",
        "letter",
        "--subject",
        SUBJECT,
        "--to",
        "นายอำเภอนาหว้า",
        "--body-file",
        str(body),
        "--out",
        str(pdf),
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert pdf.read_bytes().startswith(b"%PDF-")
    reader = PdfReader(pdf)
    text = re.sub(r"\s+", "", "".join(page.extract_text() for page in reader.pages))
    for expected in (SUBJECT, BODY, "ขอแสดงความนับถือ", "องค์การบริหารส่วนตำบลนาคูณใหญ่"):
        assert re.sub(r"\s+", "", expected) in text
    fonts = {
        str(font["/BaseFont"])
        for page in reader.pages
        for font in page["/Resources"]["/Font"].values()
    }
    # ReportLab names Helvetica on every page as its starting font; the text is in Sarabun.
    drawn_in = fonts - {"/Helvetica"}
    assert drawn_in and all("Sarabun" in name for name in drawn_in), fonts


def test_window_opens_offscreen_and_shows_the_data(frozen: Frozen, demo_database: Path) -> None:
    shot = frozen.home / "window.png"
    result = frozen.run(
        "--db",
        str(demo_database),
        "--user",
        "admin",
        "--smoke-test",
        str(shot),
        program=frozen.program,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    timings = dict(re.findall(r"^(first paint|data shown): (\d+) ms$", result.stdout, re.M))
    assert set(timings) == {"first paint", "data shown"}, result.stdout
    width, height = png_size(shot)
    assert width >= 800 and height >= 500
    assert shot.stat().st_size > 40_000  # a drawn window full of text, not an empty frame
    assert "font" not in result.stderr.lower(), result.stderr


def png_size(path: Path) -> tuple[int, int]:
    data = path.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    width, height = struct.unpack(">II", data[16:24])
    return width, height


@pytest.mark.postgres
def test_server_mode_through_the_bundled_driver(frozen: Frozen, pg_db: Database) -> None:
    url = pg_db.url.render_as_string(hide_password=False)
    result = frozen.run("--db", url, "check")
    assert result.returncode == 0, result.stdout + result.stderr
    assert pg_db.url.database in result.stdout, result.stdout


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the Linux bundle's menu entry")
def test_linux_menu_entry_points_at_the_bundle(bundle: Path, tmp_path: Path) -> None:
    data = tmp_path / "xdg-data"
    done = subprocess.run(
        ["sh", str(bundle / "install.sh")],
        env={**os.environ, "XDG_DATA_HOME": str(data)},
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    entry = (data / "applications" / "lao-desktop.desktop").read_text(encoding="utf-8")
    assert f'Exec="{bundle / "lao-desktop"}"' in entry.splitlines()
    assert "Name[th]=โปรแกรมเครือข่ายความร่วมมือ อปท." in entry.splitlines()
    icon = data / "icons" / "hicolor" / "256x256" / "apps" / "lao-desktop.png"
    assert png_size(icon) == (256, 256)
