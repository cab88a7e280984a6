"""The error of the Thai utilities: a Thai and an English message for the same problem."""

from __future__ import annotations


class ThaiInputError(ValueError):
    """Input that cannot be right; ``str()`` is the Thai message.

    These modules sit below the translation catalogue (they are plain utilities), so each
    error carries both languages and the caller picks the interface language.
    """

    def __init__(self, message_th: str, message_en: str) -> None:
        super().__init__(message_th)
        self.message_th = message_th
        self.message_en = message_en

    def __str__(self) -> str:
        return self.message_th
