"""The compiled forms in lao_desktop/gui/forms/ are what tools/build_ui.py makes of ui/*.ui,
and the check notices a form changed without compiling it again."""

from __future__ import annotations

import shutil
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "tools"))
import build_ui


def test_the_compiled_forms_are_up_to_date() -> None:
    problems = build_ui.stale()
    assert problems == [], "run `python tools/build_ui.py`:\n" + "\n".join(problems)


def test_every_form_is_compiled_with_our_translation() -> None:
    for form in sorted(build_ui.FORMS.glob("*.ui")):
        code = build_ui.target_of(form).read_text(encoding="utf-8")
        assert code.startswith("# Automatically generated from ui/")
        assert "QCoreApplication.translate" not in code, "texts go through the catalogue"
        assert "from lao_desktop.i18n import _" in code


@pytest.fixture
def copy(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The forms and their compiled code copied into a scratch tree the check looks at."""
    forms, target = tmp_path / "ui", tmp_path / "lao_desktop" / "gui" / "forms"
    shutil.copytree(build_ui.FORMS, forms)
    target.mkdir(parents=True)
    for compiled in build_ui.TARGET.glob("ui_*.py"):
        shutil.copy(compiled, target)
    monkeypatch.setattr(build_ui, "ROOT", tmp_path)
    monkeypatch.setattr(build_ui, "FORMS", forms)
    monkeypatch.setattr(build_ui, "TARGET", target)
    assert build_ui.stale() == []
    return tmp_path


def test_a_changed_form_is_noticed_and_compiling_fixes_it(copy: Path) -> None:
    form = copy / "ui" / "record_dialog.ui"
    text = form.read_text(encoding="utf-8")
    changed = text.replace("Enter saves; Esc cancels.", "Enter saves; Esc closes.")
    assert changed != text
    form.write_text(changed, encoding="utf-8")
    assert build_ui.stale() == [
        "lao_desktop/gui/forms/ui_record_dialog.py is not compiled from record_dialog.ui"
    ]
    build_ui.build()
    assert build_ui.stale() == []
    compiled = (copy / "lao_desktop/gui/forms/ui_record_dialog.py").read_text(encoding="utf-8")
    assert '_(u"Fields marked * must be filled in. Enter saves; Esc closes.")' in compiled


def test_a_hand_edited_compiled_form_is_noticed(copy: Path) -> None:
    compiled = copy / "lao_desktop/gui/forms/ui_list_page.py"
    compiled.write_text(compiled.read_text(encoding="utf-8") + "# a quick fix\n", "utf-8")
    assert build_ui.stale() == [
        "lao_desktop/gui/forms/ui_list_page.py is not compiled from list_page.ui"
    ]


def test_a_compiled_form_without_its_form_is_noticed(copy: Path) -> None:
    (copy / "ui" / "trash_dialog.ui").unlink()
    assert build_ui.stale() == ["lao_desktop/gui/forms/ui_trash_dialog.py has no form in ui/"]


def test_a_new_form_not_yet_compiled_is_noticed(copy: Path) -> None:
    shutil.copy(copy / "ui" / "trash_dialog.ui", copy / "ui" / "another_dialog.ui")
    assert build_ui.stale() == [
        "lao_desktop/gui/forms/ui_another_dialog.py is not compiled from another_dialog.ui"
    ]


def test_the_command_exits_1_when_stale(copy: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "argv", ["build_ui.py", "--check"])
    assert build_ui.main() == 0
    (copy / "lao_desktop/gui/forms/ui_list_page.py").unlink()
    assert build_ui.main() == 1
