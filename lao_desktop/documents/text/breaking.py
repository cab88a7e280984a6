"""Thai line breaking: between words (PyThaiNLP newmm), never inside one that fits.

``break_lines(spans, width, first_width)`` fills lines greedily. Thai has no spaces between
words, so the text is segmented with a dictionary (loaded on first use, ~0.5 s); the office's
own names are added with ``add_words`` so that นาคูณใหญ่ is not broken as นา|คูณ|ใหญ่.

Rules: a line never starts with ๆ, ฯ or closing punctuation; a run of Latin letters, digits
and punctuation breaks only at spaces; a word wider than the line is split between grapheme
clusters (a consonant keeps its marks, a leading vowel its consonant); newlines are kept.
"""

from __future__ import annotations

import threading
import unicodedata
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import Any, Final

__all__ = ["Line", "Piece", "add_words", "break_lines", "graphemes", "words"]

# Never at the start of a line.
_NO_START: Final = frozenset("ๆฯ)]}»”’.,;:!?%")
# Never at the end of a line (the word after it stays with it).
_NO_END: Final = frozenset("([{«“‘")
# Following vowels that belong to the consonant before them, like a mark.
_FOLLOWING: Final = frozenset("\u0e30\u0e32\u0e33\u0e45")
# Leading vowels: written before the consonant they belong to.
_LEADING: Final = frozenset("\u0e40\u0e41\u0e42\u0e43\u0e44")

_lock = threading.Lock()
_trie: Any = None
_extra_words: set[str] = set()


def _dictionary() -> Any:
    """PyThaiNLP's word list plus the office's words, as a trie (built on first use)."""
    global _trie
    if _trie is None:
        with _lock:
            if _trie is None:
                from pythainlp.corpus.common import thai_words
                from pythainlp.util import Trie

                _trie = Trie(set(thai_words()) | _extra_words)
    return _trie


def add_words(new_words: Iterable[str]) -> None:
    """Keep these names whole (office, villages, networks): added to the dictionary."""
    added = {w.strip() for w in new_words if w and w.strip() and " " not in w.strip()}
    added -= _extra_words
    if not added:
        return
    with _lock:
        _extra_words.update(added)
        if _trie is not None:
            for word in added:
                _trie.add(word)
    words.cache_clear()


@lru_cache(maxsize=20_000)
def words(text: str) -> tuple[str, ...]:
    """``text`` cut into words and runs of spaces (newmm, with the office's words)."""
    from pythainlp.tokenize import word_tokenize

    return tuple(
        word_tokenize(text, custom_dict=_dictionary(), engine="newmm", keep_whitespace=True)
    )


def _is_thai(ch: str) -> bool:
    return "\u0e00" <= ch <= "\u0e7f"


def _attaches(ch: str) -> bool:
    """A character that cannot begin a grapheme cluster: marks and following vowels."""
    return unicodedata.category(ch) in ("Mn", "Mc", "Me") or ch in _FOLLOWING


def graphemes(word: str) -> list[str]:
    """Clusters a line may be broken between: ก|ว|ย|เตี๋|ย|ว, never a mark alone."""
    clusters: list[str] = []
    for ch in word:
        if clusters and (_attaches(ch) or ch in _NO_START or clusters[-1][-1] in _LEADING):
            clusters[-1] += ch
        else:
            clusters.append(ch)
    return clusters


@dataclass(frozen=True)
class Piece:
    """Text drawn in one font (a span of a paragraph, cut into lines)."""

    text: str
    font: str
    size: float


@dataclass(frozen=True)
class Line:
    pieces: tuple[Piece, ...]
    width: float
    hard_end: bool  # ended by a newline or the paragraph's end


Measure = Callable[[str, str, float], float]  # (font, text, size) -> points


@dataclass(frozen=True)
class _Span:
    text: str
    font: str
    size: float


def _glue(prev: str, nxt: str) -> bool:
    """True where no break may fall between two adjacent tokens."""
    if not prev or not nxt:
        return False
    if nxt[0] in _NO_START or prev[-1] in _NO_END:
        return True
    # Latin words, numbers and their punctuation (12,500.00; e-mail; พ.ศ.2569) break at spaces.
    return not _is_thai(prev[-1]) and not _is_thai(nxt[0])


def _units(spans: Sequence[_Span]) -> list[list[list[Piece]]]:
    """Paragraph → hard lines → unbreakable units (each a list of pieces) or spaces."""
    text = "".join(s.text for s in spans)
    owner: list[int] = []
    for index, span in enumerate(spans):
        owner.extend([index] * len(span.text))
    hard_lines: list[list[list[Piece]]] = [[]]
    pos = 0
    for raw_line_no, raw_line in enumerate(text.split("\n")):
        if raw_line_no:
            hard_lines.append([])
            pos += 1
        units = hard_lines[-1]
        prev = ""
        for token in words(raw_line) if raw_line else ():
            pieces = _split_by_owner(token, pos, owner, spans)
            pos += len(token)
            if token.isspace():
                units.append(pieces)
                prev = token
                continue
            if token[0] in _NO_START and len(units) >= 2 and units[-1][0].text.isspace():
                # "ต่าง ๆ": the space and ๆ stay with the word before them.
                space = units.pop()
                units[-1].extend(space)
                units[-1].extend(pieces)
            elif units and not units[-1][0].text.isspace() and _glue(prev, token):
                units[-1].extend(pieces)
            else:
                units.append(pieces)
            prev = token
    return hard_lines


def _split_by_owner(token: str, pos: int, owner: list[int], spans: Sequence[_Span]) -> list[Piece]:
    pieces: list[Piece] = []
    start = 0
    for i in range(1, len(token) + 1):
        if i == len(token) or owner[pos + i] != owner[pos + start]:
            span = spans[owner[pos + start]]
            pieces.append(Piece(token[start:i], span.font, span.size))
            start = i
    return pieces


def _merge(pieces: list[Piece]) -> tuple[Piece, ...]:
    merged: list[Piece] = []
    for piece in pieces:
        if merged and merged[-1].font == piece.font and merged[-1].size == piece.size:
            merged[-1] = Piece(merged[-1].text + piece.text, piece.font, piece.size)
        else:
            merged.append(piece)
    return tuple(merged)


def _split_long(
    unit: list[Piece], room: float, width: float, measure: Measure
) -> list[list[Piece]]:
    """Cut a unit wider than a line between grapheme clusters: first part fits ``room``."""
    clusters = [(c, p.font, p.size) for p in unit for c in graphemes(p.text)]
    parts: list[list[Piece]] = [[]]
    used, limit = 0.0, room
    for cluster, font, size in clusters:
        w = measure(font, cluster, size)
        if parts[-1] and used + w > limit:
            parts.append([])
            used, limit = 0.0, width
        parts[-1].append(Piece(cluster, font, size))
        used += w
    return parts


def break_lines(
    spans: Sequence[tuple[str, str, float]],
    width: float,
    measure: Measure,
    first_width: float | None = None,
) -> list[Line]:
    """Lines of at most ``width`` points (``first_width`` for the first one, e.g. indented).

    ``spans`` are (text, font, size) runs, e.g. a bold name inside body text.
    """
    spans_ = [_Span(t, f, s) for t, f, s in spans]
    lines: list[Line] = []

    def limit() -> float:
        return first_width if (first_width is not None and not lines) else width

    for hard_line in _units(spans_):
        current: list[Piece] = []
        used = 0.0
        pending_space: list[Piece] = []

        def flush(hard: bool) -> None:
            nonlocal current, used
            lines.append(Line(_merge(current), used, hard))
            current, used = [], 0.0

        for unit in hard_line:
            if unit[0].text.isspace():
                if current:
                    pending_space = unit
                continue
            unit_w = sum(measure(p.font, p.text, p.size) for p in unit)
            space_w = sum(measure(p.font, p.text, p.size) for p in pending_space)
            if current and used + space_w + unit_w <= limit():
                current.extend(pending_space)
                current.extend(unit)
                used += space_w + unit_w
            else:
                if current:
                    flush(False)
                if unit_w <= limit():
                    current, used = list(unit), unit_w
                else:
                    parts = _split_long(unit, limit(), width, measure)
                    for part in parts[:-1]:
                        current = part
                        used = sum(measure(p.font, p.text, p.size) for p in part)
                        flush(False)
                    current = parts[-1]
                    used = sum(measure(p.font, p.text, p.size) for p in current)
            pending_space = []
        flush(True)
    return lines
