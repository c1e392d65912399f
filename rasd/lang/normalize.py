"""The matching form of Arabic text, with a map back to the original.

Display always uses the original text; every matcher (boilerplate patterns, lexicons, names)
works on the normalised form. Rewrites are data (`rasd/data/lang/charmap.json`); this module
only compiles them into one `str.translate` table and keeps the offset map so a match in the
normalised text can be reported at its place in the original.
"""

from __future__ import annotations

import bisect
import functools
import json
import re
import unicodedata

from rasd.errors import DataFileError
from rasd.resources import data_path

#: Every group, in application order: the profile used for matching.
MATCH_GROUPS = (
    "diacritics",
    "tatweel",
    "invisible",
    "alef",
    "alef_maksura",
    "teh_marbuta",
    "persian_letters",
    "digits",
    "quotes",
    "punctuation",
    "spaces",
)
#: Strings up to this long are memoised by `fold` (a word or a short name) …
FOLD_MEMO_CHARS = 32
#: … up to this many of them (then the memo starts afresh).
FOLD_MEMO_SIZE = 1 << 16


@functools.cache
def _charmap() -> dict:
    try:
        return json.loads(data_path("lang/charmap.json").read_text(encoding="utf-8"))
    except (OSError, json.JSONDecodeError) as exc:
        raise DataFileError(f"lang/charmap.json: {exc}") from exc


def _group_table(group: dict) -> dict[str, str]:
    table = dict(group.get("map", {}))
    for lo, hi in group.get("ranges", []):
        for cp in range(int(lo, 16), int(hi, 16) + 1):
            table[chr(cp)] = group.get("to", "")
    return table


@functools.cache
def translate_table(groups: tuple[str, ...] = MATCH_GROUPS) -> dict[int, str]:
    """One `str.translate` table: presentation forms decomposed, then each group in turn."""
    data = _charmap()
    unknown = [g for g in groups if g not in data]
    if unknown:
        raise DataFileError(f"lang/charmap.json: no group named {', '.join(unknown)}")
    steps = [_group_table(data[g]) for g in groups]

    def rewrite(ch: str) -> str:
        for step in steps:
            ch = "".join(step.get(c, c) for c in ch)
        return ch

    sources = {c for step in steps for c in step}
    sources |= {chr(cp) for cp in (*range(0xFB50, 0xFE00), *range(0xFE70, 0xFEFF))}
    table = {}
    for ch in sources:
        decomposed = unicodedata.normalize("NFKC", ch) if 0xFB50 <= ord(ch) <= 0xFEFE else ch
        out = rewrite(decomposed)
        if out != ch:
            table[ord(ch)] = out
    return table


@functools.cache
def _code_table(groups: tuple[str, ...]) -> list[int | str | None]:
    """`translate_table(groups)` as a list indexed by code point, every character in it.

    `str.translate` looks each character up in its table; a list index is quicker than a dict, and a
    character the table lacks costs an exception, so unchanged characters (of the BMP and up to the
    highest one rewritten) map to themselves; characters beyond them are left as they are anyway.
    """
    rewrites = translate_table(groups)
    table: list[int | str | None] = list(range(max(0x10000, max(rewrites, default=0) + 1)))
    for code, out in rewrites.items():
        table[code] = out or None  # None deletes
    return table


class Normalized:
    """A normalised text and, on demand, the offset of each of its characters in the original.

    The offset map is built only when a span is mapped back (most lines never are), which keeps
    normalising a whole corpus at `str.translate` speed. When the rewrite only deletes characters
    (diacritics, tatweel, invisible marks) or replaces them one for one — nearly always — the map
    is the list of deleted positions, searched by bisection, not one entry per character.
    """

    __slots__ = ("_groups", "_offsets", "_shifts", "original", "text")

    def __init__(self, original: str, text: str, groups: tuple[str, ...] | None) -> None:
        self.original = original
        self.text = text
        self._groups = groups  # None: the two texts align one to one
        self._offsets: list[int] | None = None  # per normalised character, when a rewrite expands
        self._shifts: list[int] | None = None  # per deleted character: its position minus those before it

    def _original_index(self, i: int) -> int:
        """Where the normalised character `i` comes from in the original."""
        if self._shifts is None and self._offsets is None:
            groups = self._groups or MATCH_GROUPS
            if _pattern(_expanding(groups)).search(self.original) is None:
                deleted = _pattern(_deleted(groups)).finditer(self.original)
                self._shifts = [m.start() - k for k, m in enumerate(deleted)]
            else:
                table = translate_table(groups)
                offsets: list[int] = []
                for k, ch in enumerate(self.original):
                    rewritten = table.get(ord(ch))
                    offsets.extend([k] * (1 if rewritten is None else len(rewritten)))
                self._offsets = offsets
        if self._shifts is not None:  # every deleted character at or before i moves it one to the right
            return i + bisect.bisect_right(self._shifts, i)
        assert self._offsets is not None
        return self._offsets[i]

    def from_original(self, i: int) -> int:
        """Where the original offset `i` falls in the normalised text: the first normalised character
        that comes from offset `i` or later (the text's length past its end). A search of the
        normalised text between `from_original(a)` and `from_original(b)` reads the original a…b."""
        if self._groups is None:
            return i
        return bisect.bisect_left(range(len(self.text)), i, key=self._original_index)

    def to_original(self, start: int, end: int) -> tuple[int, int]:
        """Map a [start, end) span of the normalised text back onto the original text."""
        if self._groups is None:
            return start, end
        if start >= len(self.text):
            return len(self.original), len(self.original)
        first = self._original_index(start)
        return first, (self._original_index(end - 1) + 1 if end > start else first)


def normalize(text: str, groups: tuple[str, ...] = MATCH_GROUPS) -> Normalized:
    """The matching form of `text`; the offset map is only built if a span is mapped back."""
    out = text.translate(_code_table(groups))
    if len(out) == len(text) and _pattern(_multi(groups)).search(text) is None:
        return Normalized(text, out, None)
    return Normalized(text, out, groups)


@functools.cache
def _multi(groups: tuple[str, ...]) -> frozenset[str]:
    """Characters whose rewrite is not exactly one character long."""
    return frozenset(chr(k) for k, v in translate_table(groups).items() if len(v) != 1)


@functools.cache
def _expanding(groups: tuple[str, ...]) -> frozenset[str]:
    """Characters rewritten into more than one character (ligatures such as ﻻ)."""
    return frozenset(chr(k) for k, v in translate_table(groups).items() if len(v) > 1)


@functools.cache
def _deleted(groups: tuple[str, ...]) -> frozenset[str]:
    """Characters the rewrite deletes (diacritics, tatweel, invisible marks)."""
    return frozenset(chr(k) for k, v in translate_table(groups).items() if v == "")


@functools.cache
def _pattern(chars: frozenset[str]) -> re.Pattern[str]:
    """A character class of `chars`: a regex finds them faster than a set built from every character."""
    if not chars:
        return re.compile(r"(?!)")
    return re.compile("[" + "".join(re.escape(c) for c in sorted(chars)) + "]")


@functools.cache
def _match_table() -> list[int | str | None]:
    return _code_table(MATCH_GROUPS)


class _FoldMemo(dict):
    """Folded forms of short strings by the string; a miss folds (and keeps it if short)."""

    __slots__ = ()

    def __missing__(self, text: str) -> str:
        out = text.translate(_match_table())
        if len(text) <= FOLD_MEMO_CHARS:
            if len(self) >= FOLD_MEMO_SIZE:
                self.clear()
            self[text] = out
        return out


#: Just the normalised string, for keys and comparisons: `fold(text) == normalize(text).text`.
#: Words are folded over and over (every token of every story, by several stages), so short strings
#: are memoised and `fold` is the memo's own lookup: a word met before costs one dict lookup in C,
#: no Python call. Longer strings seldom repeat and are translated directly, not kept.
fold = _FoldMemo().__getitem__
