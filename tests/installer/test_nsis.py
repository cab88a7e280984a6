"""The Windows installer script, installer/windows/lao-desktop.nsi, compiled here by makensis.

Debian's nsis compiles NSIS scripts on Linux. Around a stand-in payload (a fake lao-desktop.exe
and a small _internal/ folder) the script must compile with every warning treated as an error
(-WX: a text missing in one language is such a warning) into a Windows program with its version
information. Its texts exist in Thai and English, and the only code that deletes the clerk's data
is the uninstaller's option that starts unticked.

With Wine (``apt-get install wine64``) a slow test also runs the setup program: install, upgrade,
downgrade, a program that is still running, uninstall, /ALLUSERS. It needs no display (silent
runs) and is skipped without Wine; the compile tests need makensis and fail without it.
"""

from __future__ import annotations

import os
import re
import shutil
import struct
import subprocess
import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from lao_desktop import paths

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
    (folder / "lao-desktop.exe").write_bytes(program or b"MZ" + bytes(4094))
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


@dataclass
class Compiled:
    result: subprocess.CompletedProcess[str]
    setup: Path

    @property
    def output(self) -> str:
        return self.result.stdout + self.result.stderr


@pytest.fixture(scope="module")
def makensis() -> str:
    return find_makensis()


@pytest.fixture(scope="module")
def compiled(makensis: str, tmp_path_factory: pytest.TempPathFactory) -> Compiled:
    work = tmp_path_factory.mktemp("nsis")
    payload = make_payload(work / "lao-desktop")
    setup = work / f"LAO-Network-Desktop-{VERSION}-setup.exe"
    return Compiled(compile_script(makensis, payload, setup), setup)


def script_text() -> str:
    return SCRIPT.read_text(encoding="utf-8-sig")


def test_the_script_compiles_without_warnings(compiled: Compiled) -> None:
    assert compiled.result.returncode == 0, compiled.output[-4000:]
    assert not re.search(r"^warning", compiled.output, re.MULTILINE), compiled.output[-4000:]


def test_the_setup_program_is_a_windows_program(compiled: Compiled) -> None:
    data = compiled.setup.read_bytes()
    assert data[:2] == b"MZ"
    pe = struct.unpack_from("<I", data, 0x3C)[0]
    assert data[pe : pe + 4] == b"PE\0\0"
    # x86: NSIS's Windows releases have no other stub, and it runs on every Windows.
    assert struct.unpack_from("<H", data, pe + 4)[0] == 0x14C
    assert struct.unpack_from("<H", data, pe + 24 + 68)[0] == 2  # a GUI program
    # The stub, the uninstaller and the compressed stand-in payload: not empty, not bloated.
    assert 100_000 < len(data) < 2_000_000


def test_the_setup_program_carries_the_version(compiled: Compiled) -> None:
    data = compiled.setup.read_bytes()
    fixed = data.find(b"\xbd\x04\xef\xfe")  # VS_FIXEDFILEINFO
    assert fixed > 0
    file_ms, file_ls, product_ms, product_ls = struct.unpack_from("<4I", data, fixed + 8)
    assert (file_ms, file_ls) == (product_ms, product_ls) == ((7 << 16) | 8, 9 << 16)
    assert "LAO Network Desktop".encode("utf-16-le") in data
    assert f"{VERSION}\0".encode("utf-16-le") in data


def test_installer_and_uninstaller_have_both_languages(compiled: Compiled) -> None:
    for part in ("Install", "Uninstall"):
        assert re.search(rf"^{part}: .*\b2 language tables", compiled.output, re.MULTILINE), part
    script = script_text()
    assert script.index('MUI_LANGUAGE "Thai"') < script.index('MUI_LANGUAGE "English"')


def script_langstrings() -> dict[str, dict[str, str]]:
    """Each LangString of the script: {name: {"THAI" or "ENGLISH": text}}."""
    script = script_text()
    defines = dict(re.findall(r'^!define (\w+) "(.*)"$', script, re.MULTILINE))
    found: dict[str, dict[str, str]] = {}
    for name, language, text in re.findall(
        r'^LangString (\w+) \$\{LANG_(\w+)\} "(.*)"$', script, re.MULTILINE
    ):
        assert language not in found.get(name, {}), f"{name} twice in {language}"
        text = re.sub(r"\$\{(\w+)\}", lambda m: defines.get(m[1], m[0]), text)
        found.setdefault(name, {})[language] = text
    return found


def test_every_text_is_in_thai_and_in_english(compiled: Compiled) -> None:
    ours = script_langstrings()
    assert len(ours) > 50
    for name, texts in sorted(ours.items()):
        assert set(texts) == {"THAI", "ENGLISH"}, f"{name}: {sorted(texts)}"
        assert THAI_LETTERS.search(texts["THAI"]), f"{name} has no Thai: {texts['THAI']}"
        assert not THAI_LETTERS.search(texts["ENGLISH"]), f"{name} in English has Thai"
        # ... and makensis read both (its -V4 output: 'LangString: "name" 1054 "text"').
        for language in (THAI, ENGLISH):
            assert f'\nLangString: "{name}" {language} "' in compiled.output, (name, language)
    used = set(re.findall(r"\$\((\w+)\)", script_text()))
    assert used - set(ours) == set(), "texts used but not defined"
    assert set(ours) - used == set(), "texts defined but never used"


def test_a_missing_translation_fails_the_compile(makensis: str, tmp_path: Path) -> None:
    """The check above can fail: drop one English text and makensis -WX refuses."""
    lines = script_text().splitlines(keepends=True)
    dropped = [line for line in lines if line.startswith("LangString SectionDeleteData ${LANG_EN")]
    assert len(dropped) == 1
    broken = tmp_path / "broken.nsi"
    broken.write_text("".join(line for line in lines if line not in dropped), encoding="utf-8")
    result = compile_script(
        makensis,
        make_payload(tmp_path / "lao-desktop"),
        tmp_path / "broken-setup.exe",
        f"-DLICENSE_FILE={LICENSE}",
        f"-DICON_FILE={ICON}",
        script=broken,
    )
    assert result.returncode != 0
    assert '"SectionDeleteData" is not set in language table of language English' in (
        result.stdout + result.stderr
    )


def test_a_missing_bundle_is_refused(makensis: str, tmp_path: Path) -> None:
    payload = make_payload(tmp_path / "lao-desktop")
    (payload / "lao-desktop.exe").unlink()
    result = compile_script(makensis, payload, tmp_path / "setup-without-program.exe")
    assert result.returncode != 0
    assert "lao-desktop.exe is missing" in result.stdout + result.stderr
    assert not (tmp_path / "setup-without-program.exe").exists()


@dataclass
class Block:
    kind: str  # Section or Function
    header: str
    body: list[str]


def blocks() -> list[Block]:
    """The script's sections and functions (those of the SHARED_FUNCTIONS macro twice over,
    as the installer's and as the uninstaller's), comments left out."""
    found: list[Block] = []
    current: Block | None = None
    for raw in script_text().splitlines():
        line = raw.split(";", 1)[0].strip() if not raw.lstrip().startswith("LangString") else ""
        if not line:
            continue
        opening = re.match(r"(Section|Function)\s+(.*)", line)
        if opening and current is None:
            current = Block(opening.group(1), opening.group(2), [])
        elif line in ("SectionEnd", "FunctionEnd") and current is not None:
            found.append(current)
            current = None
        elif current is not None:
            current.body.append(line)
    assert current is None
    return found


def test_only_the_unticked_uninstaller_option_deletes_the_users_data() -> None:
    data_deletion = re.compile(r"^(RMDir|Delete)\b.*(\$DataDir|DATA_PARENT|DATA_FOLDER|LAONetwork)")
    deleting = [b for b in blocks() if any(data_deletion.match(line) for line in b.body)]
    assert [b.header for b in deleting] == ['/o "un.$(SectionDeleteData)" UnSecData']
    section = deleting[0]
    assert section.kind == "Section"  # not a function another section could call
    # Never in a silent uninstall, never for an all-users installation.
    assert "${AndIfNot} ${Silent}" in section.body
    assert "${If} $AllUsers == 0" in section.body
    # $DataDir is this user's folder, set once, and empty for an all-users installation.
    assignments = [
        (b.header, line) for b in blocks() for line in b.body if line.startswith("StrCpy $DataDir")
    ]
    assert assignments == [
        ("un.onInit", 'StrCpy $DataDir ""'),
        ("un.onInit", 'StrCpy $DataDir "$LOCALAPPDATA\\${DATA_PARENT}\\${DATA_FOLDER}"'),
    ]
    init = next(b for b in blocks() if b.header == "un.onInit")
    assert "!insertmacro SetSectionFlag ${UnSecData} ${SF_RO}" in init.body


def test_the_data_folder_is_the_programs() -> None:
    """What the uninstaller offers to delete is where lao_desktop.paths keeps the data."""
    defines = dict(re.findall(r'^!define (DATA_\w+) "(.*)"$', script_text(), re.MULTILINE))
    assert defines == {"DATA_PARENT": paths.APP_AUTHOR, "DATA_FOLDER": paths.APP_NAME}


def test_nothing_but_the_bundle_is_removed_from_the_program_folder() -> None:
    removals = [
        line for b in blocks() for line in b.body if re.match(r"RMDir\s+/r", line, re.IGNORECASE)
    ]
    assert set(removals) == {'RMDir /r "$INSTDIR\\_internal"', 'RMDir /r "$DataDir"'}
    # An upgrade removes the old program and its _internal before any new file goes in.
    install = next(b for b in blocks() if b.header == '"!$(SectionProgram)" SecProgram')
    body = install.body
    first_file = next(i for i, line in enumerate(body) if line.startswith("File "))
    assert body.index("Call DeleteProgramFile") < first_file
    assert body.index("Call RemoveInternalFolder") < first_file


# --- The setup program run under Wine ------------------------------------------------------

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
def wine(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Wine]:
    if WINE is None or not sys.platform.startswith("linux"):
        pytest.skip("Wine is not installed (apt-get install wine64)")
    running = Wine(WINE, tmp_path_factory.mktemp("wine") / "prefix")
    yield running
    running.stop()


@pytest.mark.slow
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
