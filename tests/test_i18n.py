"""Every string a person can see has Thai, and switching language switches it."""

from __future__ import annotations

import sys
from pathlib import Path

from lao_desktop import i18n
from lao_desktop.i18n import _
from lao_desktop.models.enums import Level

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tools"))
import update_catalogue


def test_every_visible_string_has_thai() -> None:
    missing = update_catalogue.untranslated()
    assert missing == [], f"{len(missing)} strings have no Thai; run tools/update_catalogue.py"


def test_the_compiled_catalogue_is_current() -> None:
    assert update_catalogue.compiled_is_current(), "run tools/update_catalogue.py"


def test_strings_are_found_in_the_code() -> None:
    found = update_catalogue.strings_in_code()
    assert "Partner name" in found  # a label marked with N_()
    assert any(place.startswith("lao_desktop/services/") for place in found["Partner name"])


def test_switching_language() -> None:
    i18n.set_language("th")
    assert Level.VILLAGE.label == "หมู่บ้าน"
    assert _("Partner name") == "ชื่อภาคี"
    i18n.set_language("en")
    assert Level.VILLAGE.label == "Village"
    assert Level.parse("หมู่บ้าน") is Level.VILLAGE  # Thai typed into an English interface


def test_what_a_clerk_may_type_names_one_choice_only() -> None:
    """Short forms ("ท้องที่", "ชุมชน") must never match two members of one list."""
    from lao_desktop.models import enums

    lists = [
        value
        for value in vars(enums).values()
        if isinstance(value, type)
        and issubclass(value, enums.LabeledEnum)
        and value is not enums.LabeledEnum
    ]
    assert len(lists) > 10
    for choices in lists:
        seen: dict[str, str] = {}
        for member in choices:
            for name in member.names():
                assert seen.setdefault(name, member.value) == member.value, (choices, name)
    assert enums.Pillar.parse("ท้องที่") is enums.Pillar.LOCALITY
    assert enums.Sector.parse("ชุมชน") is enums.Sector.COMMUNITY
