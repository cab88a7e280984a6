"""The Windows installer script, installer/windows/lao-desktop.nsi, compiled here by makensis.

Debian's nsis compiles NSIS scripts on Linux. Around a stand-in payload (fake lao-desktop.exe and
lao-desktop-cli.exe and a small _internal/ folder) the script must compile with every warning
treated as an error (-WX: a text missing in one language is such a warning) into a Windows
program with its version information. Its texts exist in Thai and English, and the only code that
deletes the clerk's data is the uninstaller's option that starts unticked. The compile tests need
makensis and fail without it; test_nsis_wine.py runs the setup program.
"""

from __future__ import annotations

import re
import struct
import subprocess
from dataclasses import dataclass
from pathlib import Path

import pytest

from lao_desktop import paths
from tests.installer.nsis_support import (
    ENGLISH,
    ICON,
    LICENSE,
    SCRIPT,
    THAI,
    THAI_LETTERS,
    VERSION,
    compile_script,
    find_makensis,
    make_payload,
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
