"""Password hashes: Argon2id (memory-hard) in the PHC string form, from ``cryptography``.

Passwords are normalised to Unicode NFC first: the same Thai syllable typed with its vowel and
tone mark in the other order must still match (RELIABILITY.md).
"""

from __future__ import annotations

import os
import re
import unicodedata

from cryptography.exceptions import InvalidKey
from cryptography.hazmat.primitives.kdf.argon2 import Argon2id

from lao_desktop.i18n import _

MIN_LENGTH = 8
MAX_LENGTH = 200
# 64 MiB, 3 passes, 4 lanes: 0.13 s a check here, fast enough for a login on an office PC.
MEMORY_COST, ITERATIONS, LANES = 64 * 1024, 3, 4
_ENCODED = re.compile(r"^\$argon2id\$v=19\$m=(\d+),t=(\d+),p=(\d+)\$")


def normalized(password: str) -> bytes:
    return unicodedata.normalize("NFC", password).encode("utf-8")


def problem(password: str, username: str = "") -> str | None:
    """Why a new password is refused (translated), or None."""
    text = unicodedata.normalize("NFC", password)
    if len(text) < MIN_LENGTH:
        return _("The password must be at least {n} characters long.").format(n=MIN_LENGTH)
    if len(text) > MAX_LENGTH:
        return _("The password must be at most {n} characters long.").format(n=MAX_LENGTH)
    if len(set(text)) < 3 or (username and text.casefold() == username.casefold()):
        return _("This password is too easy to guess: use a few words or mix characters.")
    return None


def hash_password(password: str) -> str:
    kdf = Argon2id(
        salt=os.urandom(16),
        length=32,
        iterations=ITERATIONS,
        lanes=LANES,
        memory_cost=MEMORY_COST,
    )
    return kdf.derive_phc_encoded(normalized(password))


def matches(password: str, encoded: str | None) -> bool:
    if not encoded:
        return False
    try:
        Argon2id.verify_phc_encoded(normalized(password), encoded)
    except (InvalidKey, ValueError):
        return False
    return True


def needs_rehash(encoded: str) -> bool:
    """A hash made with other parameters than today's: hashed again at the next login."""
    found = _ENCODED.match(encoded)
    if found is None:
        return True
    memory, iterations, lanes = (int(n) for n in found.groups())
    return (memory, iterations, lanes) != (MEMORY_COST, ITERATIONS, LANES)
