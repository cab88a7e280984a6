"""Cleaning of typed and pasted text before it is validated or stored."""

from __future__ import annotations

import re
import unicodedata

# Zero-width characters and the BOM come in with text pasted from Word, Excel and the web.
_INVISIBLE = re.compile("[\u200b\u200c\u200d\u2060\ufeff\u00ad]")
_SPACES = re.compile(r"[ \t\u00a0\u3000]+")


def clean_text(value: str, *, multiline: bool = False) -> str:
    """NFC, no invisible characters, runs of spaces folded, trimmed.

    NFC matters for Thai: the same syllable typed with vowel and tone mark in the other
    order must compare equal (search, duplicates, passwords).
    """
    text = unicodedata.normalize("NFC", value)
    text = _INVISIBLE.sub("", text)
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if multiline:
        lines = [_SPACES.sub(" ", line).strip() for line in text.split("\n")]
        return "\n".join(lines).strip()
    return _SPACES.sub(" ", text.replace("\n", " ")).strip()


def search_text(*parts: str | None) -> str:
    """Folded text for substring search: case-folded, one space between parts."""
    return " ".join(clean_text(p).casefold() for p in parts if p)
