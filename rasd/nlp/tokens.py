"""Split a story into word tokens the way ANERcorp was tokenised, keeping offsets into the text.

The NER model learnt from ANERcorp, where punctuation stands apart but clitics stay on their word
(`والرئيس` is one token) and a number keeps its decimals and a glued `%`. Tokenising new text the
same way keeps the model's features meaningful. Invisible controls (bidi marks, zero-width joiners)
and whitespace separate tokens and never become tokens.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from rasd.lang.normalize import fold
from rasd.records import Token

_MARKS = "\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u0640"  # harakat, Quranic marks, tatweel
_INVISIBLE = "\u00ad\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufeff"
TOKEN_RE = re.compile(
    r"\d+(?:[.,٫٬]\d+)*[%٪]?"  # 2002, 1.3, 1,000, 30%
    rf"|(?:[^\W\d_]|[{_MARKS}])+"  # a run of letters (Arabic or Latin) with their diacritics
    rf"|[^\s{_INVISIBLE}]"  # any other visible character is a token of its own
)


def tokenize(text: str) -> tuple[Token, ...]:
    """Every token of `text`, in order, with its [start, end) span and its folded form."""
    return tuple(Token(m.start(), m.end(), m.group(), fold(m.group())) for m in TOKEN_RE.finditer(text))


def tokens_from_words(words: Iterable[str]) -> tuple[Token, ...]:
    """Tokens for text that arrives already tokenised (CoNLL): offsets into the words joined by spaces."""
    tokens = []
    start = 0
    for word in words:
        tokens.append(Token(start, start + len(word), word, fold(word)))
        start += len(word) + 1
    return tuple(tokens)
