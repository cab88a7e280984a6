"""This PC's interface language, kept in a JSON file in the data folder."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from lao_desktop import paths, preferences


def test_nothing_chosen_without_a_file() -> None:
    assert not preferences.file_path().exists()
    assert preferences.language() is None
    assert preferences.load() == {}


def test_language_is_kept_in_the_data_folder(tmp_path: Path) -> None:
    preferences.set_language("en")
    assert preferences.file_path().parent == paths.data_dir()
    assert paths.data_dir() == tmp_path / "home"  # LAO_DESKTOP_HOME, set by conftest
    assert preferences.language() == "en"
    preferences.set_language("th")
    assert preferences.language() == "th"
    assert json.loads(preferences.file_path().read_text(encoding="utf-8")) == {"language": "th"}
    assert [p.name for p in paths.data_dir().iterdir()] == ["preferences.json"]  # no leftovers


def test_other_preferences_survive_a_language_change() -> None:
    preferences.file_path().write_text('{"window": [10, 20]}', encoding="utf-8")
    preferences.set_language("en")
    assert preferences.load() == {"window": [10, 20], "language": "en"}


@pytest.mark.parametrize(
    "content",
    [b"", b"{not json", b"[1, 2]", b'{"language": "fr"}', b'{"language": 7}', b"\xff\xfe\x00"],
)
def test_a_damaged_file_means_nothing_chosen(content: bytes) -> None:
    preferences.file_path().write_bytes(content)
    assert preferences.language() is None
    preferences.set_language("en")  # and it is replaced by a good one
    assert preferences.language() == "en"


def test_unknown_languages_are_refused() -> None:
    with pytest.raises(ValueError):
        preferences.set_language("fr")
    assert not preferences.file_path().exists()
