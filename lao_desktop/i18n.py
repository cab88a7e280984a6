"""The one translation catalogue, shared by the services, the command line and the GUI.

Source strings are English; the Thai catalogue is ``resources/locale/th/LC_MESSAGES/
lao_desktop.po``, read at run time in its compiled form ``lao_desktop.mo`` (made by
``tools/update_catalogue.py``; a test fails when it is stale) — parsing the ``.po`` took 20 ms
of every start. Thai is the default interface language. ``N_`` marks a string for the
catalogue without translating it yet (labels defined at import time); translate those with
``_`` when they are shown.
"""

from __future__ import annotations

import gettext
from functools import cache

from lao_desktop.paths import resource_path

LANGUAGES = ("th", "en")
_current = "th"


def set_language(code: str) -> None:
    global _current
    if code not in LANGUAGES:
        raise ValueError(f"unknown language {code!r}; choose one of {LANGUAGES}")
    _current = code


def language() -> str:
    return _current


def catalogue_path(code: str = "th", suffix: str = ".mo") -> str:
    return str(resource_path("locale", code, "LC_MESSAGES", "lao_desktop" + suffix))


@cache
def _catalogue(code: str) -> gettext.GNUTranslations:
    with open(catalogue_path(code), "rb") as compiled:
        return gettext.GNUTranslations(compiled)


def translate(message: str, code: str) -> str:
    """``message`` in the language ``code``, whatever the interface language is."""
    if code == "en":
        return message
    return _catalogue(code).gettext(message)


def _(message: str) -> str:
    return translate(message, _current)


def N_(message: str) -> str:
    return message
