"""What the installer-script tests share: the script, a stand-in payload, the compile."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
SCRIPT = ROOT / "installer" / "windows" / "lao-desktop.nsi"
LICENSE = ROOT / "LICENSE"
ICON = ROOT / "resources" / "icons" / "lao-desktop.ico"
VERSION = "7.8.9"  # not the program's: the setup program must carry whatever it is given
THAI, ENGLISH = "1054", "1033"
THAI_LETTERS = re.compile("[\u0e00-\u0e7f]")


def find_makensis() -> str:
    found = shutil.which("makensis")
    if found:
        return found
    for base in (os.environ.get("PROGRAMFILES(X86)"), os.environ.get("PROGRAMFILES")):
        if base and (Path(base) / "NSIS" / "makensis.exe").is_file():
            return str(Path(base) / "NSIS" / "makensis.exe")
    pytest.fail(
        "makensis (NSIS) is not installed, so the installer script cannot be checked: "
        "apt-get install nsis (Debian), choco install nsis (Windows)",
        pytrace=False,
    )


def make_payload(folder: Path, version: str = VERSION, program: bytes | None = None) -> Path:
    """What PyInstaller leaves in dist/lao-desktop/, in miniature."""
    internal = folder / "_internal"
    (internal / "lao_desktop" / "resources" / "icons").mkdir(parents=True)
    for name in ("lao-desktop.exe", "lao-desktop-cli.exe"):  # the window and its console twin
        (folder / name).write_bytes(program or b"MZ" + bytes(4094))
    (internal / "base_library.zip").write_bytes(bytes(range(256)) * 64)
    (internal / "lao_desktop" / "resources" / "icons" / "lao-desktop.ico").write_bytes(
        ICON.read_bytes()
    )
    (internal / f"version-{version}.txt").write_text(version, encoding="utf-8")
    return folder


def compile_script(
    makensis: str,
    payload: Path,
    out: Path,
    *extra: str,
    script: Path = SCRIPT,
    version: str = VERSION,
) -> subprocess.CompletedProcess[str]:
    """The command line of installer/build.py, with -WX (warnings are errors) and -V4 (every
    LangString as the compiler read it)."""
    charset = ["-OUTPUTCHARSET", "UTF8"] if sys.platform == "win32" else []
    command = [
        makensis,
        "-WX",
        "-V4",
        *charset,
        "-INPUTCHARSET",
        "UTF8",
        f"-DVERSION={version}",
        f"-DSOURCE_DIR={payload}",
        f"-DOUTFILE={out}",
        *extra,
        str(script),
    ]
    return subprocess.run(
        command,
        capture_output=True,
        text=True,
        encoding="utf-8",
        errors="replace",
        timeout=600,
        check=False,
    )
