"""Every choice is read back from its label in either language, whatever was read before
(two lists share values such as "other": their names must not be mixed up)."""

from __future__ import annotations

import pytest

from lao_desktop.i18n import translate
from lao_desktop.models import enums
from lao_desktop.models.enums import LabeledEnum

CHOICES = [
    c
    for c in vars(enums).values()
    if isinstance(c, type) and issubclass(c, LabeledEnum) and c is not LabeledEnum
]


@pytest.mark.parametrize("code", ["th", "en"])
def test_every_choice_parses_its_label(code: str) -> None:
    for enum in CHOICES + CHOICES[::-1]:  # both orders: nothing read first wins
        for member in enum:
            assert enum.parse(translate(member.msgid, code)) is member, (enum, member)


def test_the_start_of_one_label_is_enough_but_not_of_two() -> None:
    assert enums.Pillar.parse("ภาคประชาชน") is enums.Pillar.PEOPLE
    with pytest.raises(ValueError):
        enums.Level.parse("อำเ")  # too short to mean anything
