"""Content-word stems of a normalised line: what the cleaner compares a headline with the text on.

Shared by story segmentation and the line model (which `lexicon.py` loads, so it cannot import
`segment.py`)."""

from __future__ import annotations

import re

WORD = re.compile(r"[^\W\d_]+")
_CLITIC = re.compile(r"^(?:وبال|وال|بال|فال|كال|لل|ال|و|ف|ب|ل)(?=\w{3})")


def stems(norm: str, stopwords: frozenset[str]) -> set[str]:
    """Content words with one proclitic stripped, cut to 5 letters, for comparing a headline with text."""
    memo = _memos.get(stopwords)
    if memo is None:
        memo = _memos[stopwords] = _StemMemo(stopwords)
    found = set(map(memo.__getitem__, WORD.findall(norm)))
    found.discard("")
    return found


class _StemMemo(dict):
    """A word's stem for `stems` ("" for a stopword or a stem under 3 letters), by the word; a miss
    computes it. Words repeat on every page, so a repeat is one dict lookup in C, no Python call."""

    __slots__ = ("stopwords",)

    def __init__(self, stopwords: frozenset[str]) -> None:
        super().__init__()
        self.stopwords = stopwords

    def __missing__(self, word: str) -> str:
        stripped = _CLITIC.sub("", word, count=1)
        out = stripped[:5] if len(stripped) >= 3 and stripped not in self.stopwords else ""
        if len(self) >= STEM_MEMO_WORDS:
            self.clear()
        self[word] = out
        return out


#: distinct words whose stems are kept per stopword list (cleared when full)
STEM_MEMO_WORDS = 1 << 16
_memos: dict[frozenset[str], _StemMemo] = {}
