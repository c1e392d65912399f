"""The one tokenizer: a text split into word tokens with offsets, computed once and read by every stage.

Tokens follow ANERcorp (the NER model learnt from it): punctuation stands apart but clitics stay on
their word (`والرئيس` is one token; `rasd.lang.clitics` splits them when a stage needs the stem), and a
number keeps its decimals and a glued `%`. Invisible controls (bidi marks, zero-width joiners) and
whitespace separate tokens and never become tokens. Each token carries its folded form
(`rasd.lang.normalize.fold`), the key every matcher uses.

A story is tokenised once (`tokenize`); a stage that works sentence by sentence takes the tokens of a
span with `TokenIndex.between` instead of tokenising the sentence again.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable, Sequence
from typing import NamedTuple

from rasd.lang.normalize import fold

_MARKS = "\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u0640"  # harakat, Quranic marks, tatweel
_INVISIBLE = "\u00ad\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufeff"
_NUMBER = r"\d+(?:[.,٫٬]\d+)*[%٪]?"  # 2002, 1.3, 1,000, 30%
_LETTERS = rf"(?:[^\W\d_]+|[{_MARKS}]+)+"  # a run of letters (Arabic or Latin) with their diacritics
TOKEN_RE = re.compile(
    rf"{_NUMBER}|{_LETTERS}"
    rf"|[^\s{_INVISIBLE}]"  # any other visible character is a token of its own
)
#: The tokens that are words (numbers and runs of letters), for counting the words of a span.
WORD_RE = re.compile(rf"{_NUMBER}|{_LETTERS}")


class Token(NamedTuple):
    """A word of a text: its [start, end) span, the text as written and its folded form.

    A named tuple, not a dataclass: a story has hundreds of tokens and a tuple is made in one step."""

    start: int
    end: int
    text: str
    norm: str


_new = tuple.__new__


def tokenize(text: str) -> tuple[Token, ...]:
    """Every token of `text`, in order, with its [start, end) span and its folded form."""
    return tuple(
        [_new(Token, (m.start(), m.end(), (word := m.group()), fold(word))) for m in TOKEN_RE.finditer(text)]
    )


def tokens_from_words(words: Iterable[str]) -> tuple[Token, ...]:
    """Tokens for text that arrives already tokenised (CoNLL): offsets into the words joined by spaces."""
    tokens = []
    start = 0
    for word in words:
        tokens.append(Token(start, start + len(word), word, fold(word)))
        start += len(word) + 1
    return tuple(tokens)


class TokenIndex:
    """A story's tokens with their starts, for taking the tokens of a sentence or any other span."""

    __slots__ = ("starts", "tokens")

    def __init__(self, tokens: Sequence[Token]) -> None:
        self.tokens = tokens
        self.starts = [t.start for t in tokens]

    def between(self, start: int, end: int) -> Sequence[Token]:
        """The tokens that start in [start, end)."""
        i = bisect.bisect_left(self.starts, start)
        return self.tokens[i : bisect.bisect_left(self.starts, end, i)]


_MARK = re.compile(f"[{_MARKS}]")


def is_word(token: Token) -> bool:
    """A number or a run of letters (a `WORD_RE` match), not punctuation nor a symbol."""
    first = token.text[0]
    return first.isalnum() or _MARK.match(first) is not None


class StoryTokens:
    """A story's tokens, computed once and shared by its stages: the body's in body offsets, and the
    title and body read as one text (title, a line break, body) for the stages that read both."""

    __slots__ = ("_body", "joined", "shift")

    def __init__(self, title: str | None, text: str) -> None:
        head = (title + "\n") if title else ""
        self.shift = len(head)  # where the body starts in the joined text
        self.joined = tokenize(head + text)
        self._body: TokenIndex | None = None

    @property
    def body(self) -> TokenIndex:
        """The body's tokens, offsets into the body text."""
        if self._body is None:
            shift = self.shift
            first = bisect.bisect_left(self.joined, shift, key=lambda t: t.start)
            self._body = TokenIndex(
                [_new(Token, (t[0] - shift, t[1] - shift, t[2], t[3])) for t in self.joined[first:]]
                if shift
                else self.joined
            )
        return self._body
