"""Content-word stems of a normalised line: what the cleaner compares a headline with the text on.

Shared by story segmentation and the line model (which `lexicon.py` loads, so it cannot import
`segment.py`)."""

from __future__ import annotations

import functools
import re

from rasd.lang.memo import Memo

WORD = re.compile(r"[^\W\d_]+")
_CLITIC = re.compile(r"^(?:وبال|وال|بال|فال|كال|لل|ال|و|ف|ب|ل)(?=\w{3})")


def stems(norm: str, stopwords: frozenset[str]) -> set[str]:
    """Content words with one proclitic stripped, cut to 5 letters, for comparing a headline with text."""
    memo = _memos.get(stopwords)
    if memo is None:
        memo = _memos[stopwords] = Memo(functools.partial(_stem, stopwords=stopwords), STEM_MEMO_WORDS)
    found = set(map(memo.__getitem__, WORD.findall(norm)))
    found.discard("")
    return found


def _stem(word: str, stopwords: frozenset[str]) -> str:
    """A word's stem for `stems` ("" for a stopword or a stem under 3 letters)."""
    stripped = _CLITIC.sub("", word, count=1)
    return stripped[:5] if len(stripped) >= 3 and stripped not in stopwords else ""


#: distinct words whose stems are kept per stopword list (cleared when full)
STEM_MEMO_WORDS = 1 << 16
_memos: dict[frozenset[str], Memo[str, str]] = {}
