"""Build the program for this computer's system: ``python installer/build.py``.

Leaves the one-folder bundle in ``dist/lao-desktop/`` (the program ``lao-desktop``, or
``lao-desktop.exe`` on Windows). On Linux it adds the menu entry and icon to the bundle; on
Windows it then compiles the installer ``dist/LAO-Network-Desktop-<version>-setup.exe`` with
NSIS (``makensis``). Needs the project installed with its build extra: ``pip install .[build]``.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

INSTALLER = Path(__file__).resolve().parent
ROOT = INSTALLER.parent
SPEC = INSTALLER / "lao-desktop.spec"
NSIS_SCRIPT = INSTALLER / "windows" / "lao-desktop.nsi"
NAME = "lao-desktop"


class BuildError(Exception):
    """What stopped the build, said so that whoever builds knows what to do."""


def version() -> str:
    sys.path.insert(0, str(ROOT))
    from lao_desktop import __version__

    return __version__


def folder_size(folder: Path) -> int:
    """Bytes on disk; PyInstaller links some libraries twice by name (symbolic links)."""
    files = (path for path in folder.rglob("*") if path.is_file() and not path.is_symlink())
    return sum(path.stat().st_size for path in files)


def bundle(dist: Path, work: Path) -> Path:
    """Run PyInstaller on the spec; the bundle's folder."""
    try:
        import PyInstaller.__main__ as pyinstaller
    except ImportError as error:
        raise BuildError("PyInstaller is missing: pip install '.[build]'") from error
    pyinstaller.run(
        [
            str(SPEC),
            "--noconfirm",
            "--clean",
            "--log-level=ERROR",  # its warnings name optional libraries nobody here uses
            f"--distpath={dist}",
            f"--workpath={work}",
        ]
    )
    folder = dist / NAME
    if not (folder / executable_name()).is_file():
        raise BuildError(f"PyInstaller made no {executable_name()} in {folder}")
    return folder


def executable_name() -> str:
    return f"{NAME}.exe" if sys.platform == "win32" else NAME


def add_linux_menu_entry(folder: Path) -> None:
    """The .desktop file, its icon and the script that puts both in the user's menu."""
    for name in ("lao-desktop.desktop", "install.sh"):
        shutil.copy2(INSTALLER / "linux" / name, folder / name)
    shutil.copy2(ROOT / "resources" / "icons" / "lao-desktop.png", folder / "lao-desktop.png")


def windows_installer(folder: Path, dist: Path, makensis: str) -> Path:
    """Compile the NSIS script around the bundle."""
    out = dist / f"LAO-Network-Desktop-{version()}-setup.exe"
    command = [
        makensis,
        "-INPUTCHARSET",
        "UTF8",
        f"-DVERSION={version()}",
        f"-DSOURCE_DIR={folder}",
        f"-DOUTFILE={out}",
        str(NSIS_SCRIPT),
    ]
    if subprocess.run(command, check=False).returncode != 0:
        raise BuildError("makensis failed: its messages are above")
    return out


def find_makensis() -> str | None:
    found = shutil.which("makensis")
    if found:
        return found
    for base in (os.environ.get("PROGRAMFILES(X86)"), os.environ.get("PROGRAMFILES")):
        candidate = Path(base or "") / "NSIS" / "makensis.exe"
        if base and candidate.is_file():
            return str(candidate)
    return None


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--dist", type=Path, default=ROOT / "dist", help="output folder")
    parser.add_argument("--work", type=Path, default=ROOT / "build", help="scratch folder")
    parser.add_argument(
        "--no-installer", action="store_true", help="Windows: the bundle only, no setup.exe"
    )
    args = parser.parse_args(argv)
    started = time.monotonic()
    try:
        folder = bundle(args.dist.resolve(), args.work.resolve())
        print(f"bundle: {folder} ({folder_size(folder) / 2**20:.0f} MB)")
        if sys.platform.startswith("linux"):
            add_linux_menu_entry(folder)
            print(f"menu entry: sh {folder / 'install.sh'}")
        if sys.platform == "win32" and not args.no_installer:
            makensis = find_makensis()
            if makensis is None:
                raise BuildError(
                    "NSIS is missing: install it (https://nsis.sourceforge.io, or "
                    "'choco install nsis'), or build the bundle only with --no-installer"
                )
            setup = windows_installer(folder, args.dist.resolve(), makensis)
            print(f"installer: {setup} ({setup.stat().st_size / 2**20:.0f} MB)")
    except BuildError as error:
        print(f"build failed: {error}", file=sys.stderr)
        return 1
    print(f"done in {time.monotonic() - started:.0f} s")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
