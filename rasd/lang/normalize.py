"""The matching form of Arabic text, with a map back to the original.

Display always uses the original text; every matcher (boilerplate patterns, lexicons, names)
works on the normalised form. Rewrites are data (`rasd/data/lang/charmap.json`); this module
only compiles them into one `str.translate` table and keeps the offset map so a match in the
normalised text can be reported at its place in the original.
"""

from __future__ import annotations

import functools
import json
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


class Normalized:
    """A normalised text and, on demand, the offset of each of its characters in the original.

    The offset map is built only when a span is mapped back (most lines never are), which keeps
    normalising a whole corpus at `str.translate` speed.
    """

    __slots__ = ("_groups", "_offsets", "original", "text")

    def __init__(self, original: str, text: str, groups: tuple[str, ...] | None) -> None:
        self.original = original
        self.text = text
        self._groups = groups  # None: the two texts align one to one
        self._offsets: list[int] | None = None

    def _offset_map(self) -> list[int]:
        if self._offsets is None:
            groups = self._groups or MATCH_GROUPS
            table = translate_table(groups)
            if not set(self.original) & _expanding(groups):  # only deletions and 1:1 rewrites
                deleted = _deleted(groups)
                self._offsets = [i for i, ch in enumerate(self.original) if ch not in deleted]
            else:
                offsets: list[int] = []
                for i, ch in enumerate(self.original):
                    rewritten = table.get(ord(ch))
                    offsets.extend([i] * (1 if rewritten is None else len(rewritten)))
                self._offsets = offsets
        return self._offsets

    def to_original(self, start: int, end: int) -> tuple[int, int]:
        """Map a [start, end) span of the normalised text back onto the original text."""
        if self._groups is None:
            return start, end
        offsets = self._offset_map()
        if start >= len(offsets):
            return len(self.original), len(self.original)
        last = offsets[end - 1] + 1 if end > start else offsets[start]
        return offsets[start], last


def normalize(text: str, groups: tuple[str, ...] = MATCH_GROUPS) -> Normalized:
    """The matching form of `text`; the offset map is only built if a span is mapped back."""
    table = translate_table(groups)
    out = text.translate(table)
    if len(out) == len(text) and not set(text) & _multi(groups):
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


def fold(text: str) -> str:
    """Just the normalised string, for keys and comparisons."""
    return text.translate(translate_table(MATCH_GROUPS))
