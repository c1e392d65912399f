"""Content-word stems of a normalised line: what the cleaner compares a headline with the text on.

Shared by story segmentation and the line model (which `lexicon.py` loads, so it cannot import
`segment.py`)."""

from __future__ import annotations

import functools
import re

WORD = re.compile(r"[^\W\d_]+")
_CLITIC = re.compile(r"^(?:وبال|وال|بال|فال|كال|لل|ال|و|ف|ب|ل)(?=\w{3})")


def stems(norm: str, stopwords: frozenset[str]) -> set[str]:
    """Content words with one proclitic stripped, cut to 5 letters, for comparing a headline with text."""
    return {
        word[:5] for word in map(_stripped, WORD.findall(norm)) if len(word) >= 3 and word not in stopwords
    }


@functools.lru_cache(maxsize=1 << 16)
def _stripped(word: str) -> str:
    """The word with one proclitic off (memoised: words repeat on every page)."""
    return _CLITIC.sub("", word, count=1)
