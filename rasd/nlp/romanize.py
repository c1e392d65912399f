"""A readable Latin form of an Arabic name, for entities the catalog does not know.

Arabic script leaves short vowels unwritten, so any romanisation guesses them: this one writes
ا و ي as long vowels where they cannot be consonants and puts "a" between two consonants. The
output is always flagged `romanized` so that no one mistakes it for a catalog name.
"""

from __future__ import annotations

import functools
import re

from rasd.lang.normalize import translate_table
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


def romanize(name: str) -> str:
    """'محمد مخبر' -> 'Mahamad Makhabar' (approximate); 'الحوثي' -> 'al-Hawathi'."""
    words = []
    for word in name.translate(_MARKS).split():
        if not re.search(r"[\u0600-\u06ff]", word):
            words.append(word)
            continue
        if _ARTICLE.match(word):
            words.append("al-" + _word(word[2:]))
        else:
            words.append(_word(word))
    return " ".join(words)
