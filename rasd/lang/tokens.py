"""The one tokenizer: a text split into word tokens with offsets, computed once and read by every stage.

Tokens follow ANERcorp (the NER model learnt from it): punctuation stands apart but clitics stay on
their word (`والرئيس` is one token; `rasd.lang.clitics` splits them when a stage needs the stem), and a
number keeps its decimals and a glued `%`. Invisible controls (bidi marks, zero-width joiners) and
whitespace separate tokens and never become tokens. Each token carries its folded form
(`rasd.lang.normalize.fold`), the key every matcher uses.

A story is tokenised once (`story_tokens`, by the pipeline's tokens stage) and its stages read the
same tokens (`Story.tokens`); a stage that works sentence by sentence takes the tokens of a span with
`TokenIndex.between` instead of tokenising the sentence again.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable

from rasd.lang.normalize import fold
from rasd.records import StoryTokens, Token, TokenIndex

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


_MARK = re.compile(f"[{_MARKS}]")


class _WordStart(dict):
    """Whether a token starting with this character is a word (a letter, digit or mark starts one),
    by the character; a miss decides it. Few distinct characters start tokens, so it stays small."""

    __slots__ = ()

    def __missing__(self, first: str) -> bool:
        out = self[first] = first.isalnum() or _MARK.match(first) is not None
        return out


_word_start = _WordStart()


def is_word(token: Token) -> bool:
    """A number or a run of letters (a `WORD_RE` match), not punctuation nor a symbol."""
    return _word_start[token.text[0]]


def word_tokens(tokens: Iterable[Token]) -> list[Token]:
    """The tokens that are words (`is_word`), without a Python call per token."""
    starts = _word_start
    return [t for t in tokens if starts[t.text[0]]]


def story_tokens(title: str | None, text: str) -> StoryTokens:
    """A story's tokens, made once: the title and body read as one text (title, line break, body)."""
    head = (title + "\n") if title else ""
    return StoryTokens(tokenize(head + text), len(head))


__all__ = [
    "TOKEN_RE",
    "WORD_RE",
    "StoryTokens",
    "Token",
    "TokenIndex",
    "is_word",
    "story_tokens",
    "tokenize",
    "trim_words",
    "word_tokens",
]


def trim_words(
    text: str, cut_start: Callable[[str], bool], cut_end: Callable[[str], bool]
) -> tuple[int, int] | None:
    """The offsets in `text` of what is left after cutting whitespace-separated words off its start
    while `cut_start(word)` holds, then off its end while `cut_end(word)` holds; None when no word is
    left. A name's span loses the news words, titles or prepositions a tagger took with it."""
    words = [(w.start(), w.end()) for w in re.finditer(r"\S+", text)]
    first, last = 0, len(words)
    while first < last and cut_start(text[slice(*words[first])]):
        first += 1
    while last > first and cut_end(text[slice(*words[last - 1])]):
        last -= 1
    return None if first == last else (words[first][0], words[last - 1][1])
