"""House rules that keep the code easy to change."""

from __future__ import annotations

import ast
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "lao_desktop"


def _imports(path: Path) -> set[str]:
    names: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names |= {alias.name for alias in node.names}
        elif isinstance(node, ast.ImportFrom) and node.module:
            names.add(node.module)
    return names


def test_qt_only_in_the_gui_package() -> None:
    offenders = [
        str(path.relative_to(ROOT))
        for path in PACKAGE.rglob("*.py")
        if "gui" not in path.relative_to(PACKAGE).parts[:1]
        and any(name.split(".")[0] == "PySide6" for name in _imports(path))
    ]
    assert offenders == []


def test_lower_layers_do_not_import_upper_ones() -> None:
    lower = ["models", "db", "thai"]
    upper = ("lao_desktop.services", "lao_desktop.cli", "lao_desktop.gui", "lao_desktop.demo")
    offenders = [
        str(path.relative_to(ROOT))
        for layer in lower
        for path in (PACKAGE / layer).rglob("*.py")
        if any(name.startswith(upper) for name in _imports(path))
    ]
    assert offenders == []


def test_every_package_folder_is_installed() -> None:
    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    listed = set(config["tool"]["setuptools"]["packages"])
    folders = {
        ".".join(path.parent.relative_to(ROOT).parts)
        for path in PACKAGE.rglob("*.py")
        if "__pycache__" not in path.parts
    }
    assert folders - listed == set()


def test_the_window_paints_before_the_database_layer_loads() -> None:
    """What runs before the first paint (the command line, the window, Home with its saved
    figures) must not import SQLAlchemy, the services or the documents: that is 400 ms on a
    slow PC (it crept in once through the report command's options)."""
    import subprocess
    import sys

    code = (
        "import sys; import lao_desktop.cli as c; c.build_parser();"
        "import lao_desktop.gui.app, lao_desktop.gui.home_page;"
        "print(sorted(m for m in sys.modules if m.split('.')[0] == 'sqlalchemy'"
        " or m.startswith(('lao_desktop.services', 'lao_desktop.documents', 'reportlab'))))"
    )
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=ROOT
    )
    assert done.stdout.strip() == "[]"
