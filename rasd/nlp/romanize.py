"""A readable Latin form of an Arabic name, for entities the catalog does not know.

Arabic script leaves short vowels unwritten, so any romanisation guesses them: this one writes
ا و ي as long vowels where they cannot be consonants and puts "a" between two consonants. The
output is always flagged `romanized` so that no one mistakes it for a catalog name.
"""

from __future__ import annotations

import functools
import re

from rasd.lang.normalize import fold, translate_table
from rasd.resources import read_tsv

_MARKS = translate_table(("diacritics", "tatweel", "invisible"))
_ARTICLE = re.compile(r"^(?:ال)(?=\w\w)")


@functools.cache
def _table() -> dict[str, tuple[str, str]]:
    rows = read_tsv("nlp/romanize.tsv", ("letter", "consonant", "vowel"), min_columns=2)
    return {r["letter"]: (r["consonant"], r["vowel"]) for r in rows}


def _word(word: str) -> str:
    table = _table()
    out: list[str] = []
    prev_consonant = False
    for i, ch in enumerate(word):
        consonant, vowel = table.get(ch, (ch, ""))
        if i == 0 and ch == "ع":  # an initial ʿayn is heard as a vowel: عبيدي -> Abidi, not 'bidi
            out.append("a")
            continue
        as_vowel = bool(vowel) and (not consonant or (i > 0 and prev_consonant))
        if as_vowel:
            out.append(vowel)
            prev_consonant = False
            continue
        if prev_consonant and consonant and consonant != "'":
            out.append("a")
        out.append(consonant)
        prev_consonant = bool(consonant) and consonant != "'"
    text = "".join(out).strip("'")
    return text[:1].upper() + text[1:]


@functools.cache
def _name_words() -> dict[str, str]:
    rows = read_tsv("nlp/name_words.tsv", ("arabic", "english"))
    return {fold(r["arabic"]): r["english"] for r in rows}


def _joined(words: list[str]) -> list[str]:
    """عبد الرحمن -> عبدالرحمن: the compound is one name word, written as one."""
    out: list[str] = []
    for word in words:
        if out and fold(out[-1]) == "عبد" and word.startswith("ال"):
            out[-1] += word
        else:
            out.append(word)
    return out


def _name_word(word: str) -> str:
    known = _name_words()
    if fold(word) in known:
        return known[fold(word)]
    if _ARTICLE.match(word):
        rest = word[2:]
        return "al-" + known.get(fold(rest), _word(rest))
    return _word(word)


def romanize(name: str) -> str:
    """'محمد المومني' -> 'Mohammed al-Mwmani' (approximate): common name words from a table
    (rasd/data/nlp/name_words.tsv), the rest letter by letter."""
    words = []
    for word in _joined(name.translate(_MARKS).split()):
        words.append(_name_word(word) if re.search(r"[\u0600-\u06ff]", word) else word)
    return " ".join(words)
