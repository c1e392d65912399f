"""A readable Latin form of an Arabic name, for entities the catalog does not know.

Arabic script leaves short vowels unwritten, so any romanisation guesses them. Each word is spelled,
in order: from the hand table of common name words (`name_words.tsv`: محمد -> Mohammed); from the
lexicon of name pairs; by the letter model learned from those pairs (`rasd.nlp.translit`), so that
عبد الرحمن reads Abdulrahman and ليفاندوفسكي Levandovski. The article is written "al-". The output
is always flagged `romanized` so that no one mistakes it for a catalog name. `learned=False` gives
the older letter-table spelling, kept as the benchmark's baseline (benchmarks/translit.py).
The tables and the model are loaded once into a `Romanizer` (`load_romanizer`, held by
`LinkResources.romanizer`) and passed in.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass

from rasd.lang.normalize import fold, translate_table
from rasd.nlp.translit import Transliterator, load_transliterator
from rasd.resources import read_tsv

_MARKS = translate_table(("diacritics", "tatweel", "invisible"))
_ARTICLE = re.compile(r"^(?:ال)(?=\w\w)")


@dataclass(frozen=True)
class Romanizer:
    """What `romanize` reads: the letter table, the common name words and the name model."""

    letters: Mapping[str, tuple[str, str]]  # nlp/romanize.tsv: letter -> (consonant, vowel)
    names: Mapping[str, str]  # nlp/name_words.tsv: folded Arabic -> English
    model: Transliterator  # the name lexicon and letter model (`rasd.nlp.translit`)


def load_letter_table() -> dict[str, tuple[str, str]]:
    """nlp/romanize.tsv: letter -> (consonant, vowel)."""
    rows = read_tsv("nlp/romanize.tsv", ("letter", "consonant", "vowel"), min_columns=2)
    return {r["letter"]: (r["consonant"], r["vowel"]) for r in rows}


def load_name_words() -> dict[str, str]:
    """nlp/name_words.tsv: folded Arabic name word -> its English spelling."""
    rows = read_tsv("nlp/name_words.tsv", ("arabic", "english"))
    return {fold(r["arabic"]): r["english"] for r in rows}


def load_romanizer(folder: str | None = None) -> Romanizer:
    """The tables and the shipped name model (or one built into `folder`), read once per process."""
    return Romanizer(load_letter_table(), load_name_words(), load_transliterator(folder))


def by_letters(word: str, table: Mapping[str, tuple[str, str]] | None = None) -> str:
    """The letter-table spelling of one word (ا و ي as long vowels where they cannot be consonants,
    "a" between two consonants): the baseline the learned model replaced. `table`:
    `Romanizer.letters` (the file's when not given)."""
    table = load_letter_table() if table is None else table
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
    return _capital("".join(out).strip("'"))


def _joined(words: list[str]) -> list[str]:
    """عبد الرحمن -> عبدالرحمن: the compound is one name word, written as one."""
    out: list[str] = []
    for word in words:
        if out and fold(out[-1]) == "عبد" and word.startswith("ال"):
            out[-1] += word
        else:
            out.append(word)
    return out


def _capital(text: str) -> str:
    return text[:1].upper() + text[1:]


def _spell(word: str, learned: bool, r: Romanizer) -> str:
    if not learned:
        return by_letters(word, r.letters)
    return _capital(r.model.word(word))


def _name_word(word: str, r: Romanizer, learned: bool = True) -> str:
    known = r.names
    folded = fold(word)
    if folded in known:
        return known[folded]
    if learned and folded in r.model.lexicon:  # a whole word such as الكسندر (Alexander)
        return _spell(word, learned, r)
    if _ARTICLE.match(word):
        rest = word[2:]
        return "al-" + known.get(fold(rest), _spell(rest, learned, r))
    return _spell(word, learned, r)


def romanize(name: str, *, learned: bool = True, romanizer: Romanizer | None = None) -> str:
    """'محمد المومني' -> 'Mohammed al-Momani' (approximate): common name words from a table
    (rasd/data/nlp/name_words.tsv), the rest from the lexicon or the letter model. `romanizer`:
    `LinkResources.romanizer` (loaded from the files when not given: a one-off call)."""
    r = romanizer or load_romanizer()
    words = []
    for word in _joined(name.translate(_MARKS).split()):
        words.append(_name_word(word, r, learned) if re.search(r"[\u0600-\u06ff]", word) else word)
    return " ".join(words)
