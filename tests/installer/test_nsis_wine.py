"""The setup program itself, run under Wine: install, upgrade, downgrade, a program that is
still running, uninstall, /ALLUSERS. Silent runs need no display. Debian's NSIS has 64-bit stubs,
which Wine runs without its 32-bit half; the script's logic is the same in the x86 build that is
shipped. CI installs wine64; on Windows itself this module does not apply.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.installer.nsis_support import (
    THAI,
    compile_script,
    find_makensis,
    make_payload,
)

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(sys.platform == "win32", reason="Wine runs Windows programs on Linux"),
]

WINE = shutil.which("wine64") or (
    "/usr/lib/wine/wine64" if Path("/usr/lib/wine/wine64").is_file() else None
)
UNINSTALL_KEY = r"Software\Microsoft\Windows\CurrentVersion\Uninstall\LAONetworkDesktop"
THAI_SHORTCUT = "โปรแกรมเครือข่ายความร่วมมือ อปท..lnk"
ENGLISH_SHORTCUT = "LAO Network Desktop.lnk"

# A stand-in program that runs for a while: Windows (and Wine) cannot delete it meanwhile.
SLEEPER = """Unicode true
Target amd64-unicode
OutFile "${OUT}"
RequestExecutionLevel user
SilentInstall silent
Section
  Sleep ${MS}
SectionEnd
"""


class Wine:
    """A fresh 64-bit Wine prefix that says it is Windows 10."""

    def __init__(self, wine: str, prefix: Path) -> None:
        self.wine = wine
        self.env = {
            **os.environ,
            "WINEPREFIX": str(prefix),
            "WINEDEBUG": "-all",
            "WINEDLLOVERRIDES": "mscoree,mshtml=",  # no Mono or Gecko to install
        }
        self.env.pop("DISPLAY", None)
        self.drive = prefix / "drive_c"
        self.run("wineboot", "--init", timeout=300)
        self.run("reg", "add", r"HKCU\Software\Wine", "/v", "Version", "/d", "win10", "/f")
        users = [p for p in (self.drive / "users").iterdir() if p.name != "Public"]
        assert len(users) == 1, users
        self.home = users[0]
        # Wine links Desktop and Documents to the Linux home: give them folders of their own.
        for name in ("Desktop", "Documents", "Downloads", "Music", "Pictures", "Videos"):
            link = self.home / name
            if link.is_symlink():
                link.unlink()
                link.mkdir()

    def run(self, *args: str, timeout: float = 180) -> int:
        return subprocess.run(
            [self.wine, *args], env=self.env, capture_output=True, timeout=timeout, check=False
        ).returncode

    def start(self, program: Path) -> subprocess.Popen[bytes]:
        return subprocess.Popen([self.wine, str(program)], env=self.env)

    def value(self, root: str, name: str) -> str | None:
        query = subprocess.run(
            [self.wine, "reg", "query", f"{root}\\{UNINSTALL_KEY}", "/v", name],
            env=self.env,
            capture_output=True,
            timeout=60,
            check=False,
        )
        text = query.stdout.decode("utf-8", "replace").replace("\r", "")
        match = re.search(rf"^\s*{re.escape(name)}\s{{4}}REG_\w+\s{{4}}(.*)$", text, re.M)
        return match.group(1) if match else None

    def windows_path(self, path: Path) -> str:
        return "C:\\" + str(path.relative_to(self.drive)).replace("/", "\\")

    def uninstall(self, folder: Path, *args: str) -> int:
        """The uninstaller run in place (_?=), so that its end can be awaited."""
        code = self.run(str(folder / "uninstall.exe"), *args, f"_?={self.windows_path(folder)}")
        (folder / "uninstall.exe").unlink(missing_ok=True)
        if folder.is_dir() and not any(folder.iterdir()):
            folder.rmdir()
        return code

    def stop(self) -> None:
        server = Path(self.wine).with_name("wineserver")
        subprocess.run([str(server), "-k"], env=self.env, timeout=60, check=False)


@pytest.fixture(scope="module")
def makensis() -> str:
    return find_makensis()


@pytest.fixture(scope="module")
def wine(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Wine]:
    if WINE is None:
        pytest.fail(
            "Wine is not installed, so the setup program cannot be run: apt-get install wine64",
            pytrace=False,
        )
    running = Wine(WINE, tmp_path_factory.mktemp("wine") / "prefix")
    yield running
    running.stop()


def test_the_setup_program_under_wine(makensis: str, wine: Wine, tmp_path: Path) -> None:
    """Debian's NSIS also has 64-bit stubs: Wine without its 32-bit half runs that build."""
    amd64 = "-XTarget amd64-unicode"

    def sleeper(seconds: int) -> bytes:
        out = tmp_path / f"sleep{seconds}.exe"
        (tmp_path / "sleeper.nsi").write_text(SLEEPER, encoding="utf-8")
        made = subprocess.run(
            [makensis, "-V1", f"-DOUT={out}", f"-DMS={seconds * 1000}", tmp_path / "sleeper.nsi"],
            capture_output=True,
            timeout=120,
            check=False,
        )
        assert made.returncode == 0, made.stdout
        return out.read_bytes()

    short = sleeper(5)
    setups = {}
    for version in ("0.1.0", "0.2.0", "0.0.9"):
        payload = make_payload(tmp_path / f"payload-{version}", version, short)
        setups[version] = tmp_path / f"LAO-Network-Desktop-{version}-setup.exe"
        made = compile_script(makensis, payload, setups[version], amd64, version=version)
        assert made.returncode == 0, made.stdout[-3000:]

    home, drive = wine.home, wine.drive
    mine = home / "AppData" / "Local" / "Programs" / "LAO Network Desktop"
    everyone = drive / "Program Files" / "LAO Network Desktop"
    start_menu = home / "AppData" / "Roaming" / "Microsoft" / "Windows" / "Start Menu" / "Programs"
    common_menu = drive / "ProgramData" / "Microsoft" / "Windows" / "Start Menu" / "Programs"
    data = home / "AppData" / "Local" / "LAONetwork" / "LAONetworkDesktop"

    # A new installation for this user, in Thai.
    assert wine.run(str(setups["0.1.0"]), "/S") == 0
    assert (mine / "lao-desktop.exe").is_file()
    assert (mine / "lao-desktop-cli.exe").is_file()
    assert (mine / "_internal" / "version-0.1.0.txt").is_file()
    assert (start_menu / THAI_SHORTCUT).is_file()
    assert (home / "Desktop" / THAI_SHORTCUT).is_file()
    assert wine.value("HKCU", "DisplayVersion") == "0.1.0"
    assert wine.value("HKCU", "Installer Language") == THAI
    assert wine.value("HKCU", "InstallLocation") == wine.windows_path(mine)
    assert wine.value("HKCU", "QuietUninstallString") == (
        f'"{wine.windows_path(mine)}\\uninstall.exe" /S'
    )
    assert wine.value("HKLM", "DisplayVersion") is None
    (data / "backups").mkdir(parents=True)
    (data / "lao-network.db").write_bytes(b"the office's data")
    (data / "backups" / "automatic.laobak").write_bytes(b"a copy")

    # An upgrade: nothing of the old version stays; English; no desktop shortcut.
    assert wine.run(str(setups["0.2.0"]), "/S", "/LANG=en", "/NODESKTOP") == 0
    assert not (mine / "_internal" / "version-0.1.0.txt").exists()
    assert (mine / "_internal" / "version-0.2.0.txt").is_file()
    assert not (start_menu / THAI_SHORTCUT).exists()
    assert (start_menu / ENGLISH_SHORTCUT).is_file()
    assert list((home / "Desktop").glob("*.lnk")) == []
    assert wine.value("HKCU", "DisplayVersion") == "0.2.0"
    # ... remembered by the next run.
    assert wine.run(str(setups["0.2.0"]), "/S") == 0
    assert (start_menu / ENGLISH_SHORTCUT).is_file()
    assert list((home / "Desktop").glob("*.lnk")) == []

    # An older version is refused in silent mode, unless asked for.
    assert wine.run(str(setups["0.0.9"]), "/S") == 2
    assert wine.value("HKCU", "DisplayVersion") == "0.2.0"
    assert wine.run(str(setups["0.0.9"]), "/S", "/ALLOWDOWNGRADE") == 0
    assert (mine / "_internal" / "version-0.0.9.txt").is_file()
    assert not (mine / "_internal" / "version-0.2.0.txt").exists()

    # The program still running: a silent upgrade waits for it to end...
    running = wine.start(mine / "lao-desktop.exe")
    time.sleep(1.5)
    started = time.monotonic()
    assert wine.run(str(setups["0.2.0"]), "/S") == 0
    assert time.monotonic() - started > 2
    running.wait(timeout=60)
    # ... and gives up after 30 s, leaving the installation as it was.
    (mine / "lao-desktop.exe").write_bytes(sleeper(60))
    running = wine.start(mine / "lao-desktop.exe")
    time.sleep(1.5)
    assert wine.run(str(setups["0.1.0"]), "/S", "/ALLOWDOWNGRADE") == 2
    assert (mine / "_internal" / "version-0.2.0.txt").is_file()
    assert wine.value("HKCU", "DisplayVersion") == "0.2.0"
    running.kill()
    running.wait(timeout=60)
    time.sleep(1)

    # A silent uninstall removes the program and keeps the data.
    assert wine.uninstall(mine, "/S") == 0
    assert not mine.exists()
    assert list(start_menu.glob("*.lnk")) == []
    assert wine.value("HKCU", "DisplayVersion") is None
    assert (data / "lao-network.db").read_bytes() == b"the office's data"
    assert (data / "backups" / "automatic.laobak").is_file()

    # For all users (Wine runs as an administrator); a later plain run upgrades that one.
    assert wine.run(str(setups["0.1.0"]), "/S", "/ALLUSERS") == 0
    assert (everyone / "_internal" / "version-0.1.0.txt").is_file()
    assert wine.value("HKLM", "DisplayVersion") == "0.1.0"
    assert wine.value("HKCU", "DisplayVersion") is None
    assert (common_menu / THAI_SHORTCUT).is_file()
    assert (drive / "users" / "Public" / "Desktop" / THAI_SHORTCUT).is_file()
    assert wine.run(str(setups["0.2.0"]), "/S") == 0
    assert wine.value("HKLM", "DisplayVersion") == "0.2.0"
    assert not (everyone / "_internal" / "version-0.1.0.txt").exists()
    assert not mine.exists()
    assert wine.uninstall(everyone, "/S") == 0
    assert not everyone.exists()
    assert wine.value("HKLM", "DisplayVersion") is None
    assert not (common_menu / THAI_SHORTCUT).exists()
    assert (data / "lao-network.db").is_file()

    # /D= places a new installation; the uninstaller leaves the clerk's own files there.
    assert wine.run(str(setups["0.1.0"]), "/S", r"/D=C:\Apps\LAO") == 0
    folder = drive / "Apps" / "LAO"
    assert (folder / "lao-desktop.exe").is_file()
    (folder / "notes.txt").write_text("mine", encoding="utf-8")
    assert wine.uninstall(folder, "/S") == 0
    assert sorted(p.name for p in folder.iterdir()) == ["notes.txt"]
