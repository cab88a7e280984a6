"""Bring the Thai catalogue up to date with the strings in the code.

    python tools/update_catalogue.py          # add new strings (empty msgstr), mark stale ones,
                                              # and compile the .mo the program reads
    python tools/update_catalogue.py --check  # exit 1 when a string has no Thai or the .mo is
                                              # stale (used by tests)

Strings are the literal first arguments of ``_()`` and ``N_()`` calls in ``lao_desktop/``.
"""

from __future__ import annotations

import argparse
import ast
import sys
from pathlib import Path

import polib

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "lao_desktop"
CATALOGUE = ROOT / "resources" / "locale" / "th" / "LC_MESSAGES" / "lao_desktop.po"
COMPILED = CATALOGUE.with_suffix(".mo")
MARKERS = {"_", "N_"}


def strings_in_code() -> dict[str, list[str]]:
    """msgid -> places it is used ("path:line")."""
    found: dict[str, list[str]] = {}
    for path in sorted(PACKAGE.rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
        for node in ast.walk(tree):
            if (
                isinstance(node, ast.Call)
                and isinstance(node.func, ast.Name)
                and node.func.id in MARKERS
                and node.args
                and isinstance(node.args[0], ast.Constant)
                and isinstance(node.args[0].value, str)
            ):
                where = f"{path.relative_to(ROOT)}:{node.lineno}"
                found.setdefault(node.args[0].value, []).append(where)
    return found


def untranslated() -> list[str]:
    po = polib.pofile(str(CATALOGUE))
    done = {e.msgid for e in po if e.msgstr and not e.obsolete and "fuzzy" not in e.flags}
    return sorted(set(strings_in_code()) - done)


def compiled() -> bytes:
    """The .mo the .po compiles to (translated entries only: no fuzzy, no obsolete)."""
    return bytes(polib.pofile(str(CATALOGUE)).to_binary())


def compiled_is_current() -> bool:
    return COMPILED.is_file() and COMPILED.read_bytes() == compiled()


def update() -> None:
    po = polib.pofile(str(CATALOGUE), wrapwidth=0)
    code = strings_in_code()
    existing = {e.msgid: e for e in po}
    for msgid, places in code.items():
        entry = existing.get(msgid)
        if entry is None:
            entry = polib.POEntry(msgid=msgid, msgstr="")
            po.append(entry)
        entry.occurrences = [tuple(p.rsplit(":", 1)) for p in places]  # type: ignore[misc]
        entry.obsolete = False
    for msgid, entry in existing.items():
        if msgid not in code and msgid:
            entry.obsolete = True
    po.save(str(CATALOGUE))
    COMPILED.write_bytes(compiled())


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--check", action="store_true")
    args = parser.parse_args()
    if args.check:
        missing = untranslated()
        for msgid in missing:
            print(f"no Thai for: {msgid!r}")
        stale = not compiled_is_current()
        if stale:
            print(f"{COMPILED.relative_to(ROOT)} is stale: run tools/update_catalogue.py")
        return 1 if missing or stale else 0
    update()
    print(f"{CATALOGUE.relative_to(ROOT)}: {len(untranslated())} strings without Thai")
    return 0


if __name__ == "__main__":
    sys.exit(main())
