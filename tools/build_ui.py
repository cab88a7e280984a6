"""Compile the Qt Designer forms in ui/ into lao_desktop/gui/forms/.

    python tools/build_ui.py          # regenerate every ui_<name>.py
    python tools/build_ui.py --check  # exit 1 when a compiled form is stale (used by tests)

Texts in forms are English msgids; the generated code translates them with the program's
one catalogue (``lao_desktop.i18n._``), not Qt's own translation system.
"""

from __future__ import annotations

import argparse
import re
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
FORMS = ROOT / "ui"
TARGET = ROOT / "lao_desktop" / "gui" / "forms"
HEADER = (
    "# Automatically generated from ui/{name} - do not edit.\n"
    "# Use `python tools/build_ui.py` to update it.\n"
)
# uic writes QCoreApplication.translate("Context", u"text", None); the program has one
# gettext-style catalogue, so texts go through _() instead.
_TRANSLATE = re.compile(r'QCoreApplication\.translate\("[^"]*",\s*(u?"(?:[^"\\]|\\.)*"),\s*None\)')


def uic() -> str:
    found = shutil.which("pyside6-uic") or str(Path(sys.executable).parent / "pyside6-uic")
    return found


def compiled(form: Path) -> str:
    raw = subprocess.run(
        [uic(), "--no-autoconnection", str(form)],
        check=True,
        capture_output=True,
        text=True,
        encoding="utf-8",
    ).stdout
    body = raw.split(
        "################################################################################\n"
    )[-1]
    body = _TRANSLATE.sub(r"_(\1)", body)
    imports = "from lao_desktop.i18n import _\n"
    return HEADER.format(name=form.name) + "# ruff: noqa\n# mypy: ignore-errors\n" + imports + body


def target_of(form: Path) -> Path:
    return TARGET / f"ui_{form.stem}.py"


def stale() -> list[str]:
    problems = []
    expected = {target_of(f): f for f in sorted(FORMS.glob("*.ui"))}
    for path, form in expected.items():
        if not path.exists() or path.read_text(encoding="utf-8") != compiled(form):
            problems.append(f"{path.relative_to(ROOT)} is not compiled from {form.name}")
    for path in TARGET.glob("ui_*.py"):
        if path not in expected:
            problems.append(f"{path.relative_to(ROOT)} has no form in ui/")
    return problems


def build() -> None:
    TARGET.mkdir(parents=True, exist_ok=True)
    for form in sorted(FORMS.glob("*.ui")):
        target_of(form).write_text(compiled(form), encoding="utf-8")


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--check", action="store_true")
    if parser.parse_args().check:
        problems = stale()
        for problem in problems:
            print(problem)
        return 1 if problems else 0
    build()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
