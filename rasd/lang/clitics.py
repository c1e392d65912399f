"""The one clitic analysis: a folded word split into its proclitics (و ف، ب ل ك، ال) and its stem.

Every stage reads clitics from here: the forms, how they stack, the future prefix س, the pronoun
suffixes and a few exceptions are data (`rasd/data/lang/clitics.tsv`); `stacks()` lists every way the
proclitics can stand before a word (for matchers that try each reading), `split_word` decides the one
reading of a word, and `conjunction_readings` gives a lexicon the word with and without a glued و/ف.

What data alone cannot say is whether a leading و/ف/ب/ل/ك is a clitic or the word's own first letter
(وزير، وصل، وقعت، فيصل، فلسطين، بوتين): a reading that strips one is taken only when its stem is
commoner in general Arabic than the whole word (wordfreq, `rasd.lang.frequency`). An article is always
a clitic when a stem of `MIN_ARTICLE_STEM` letters remains. A word neither form of which is in the
frequency list (most rare names) loses a leading conjunction only when `MIN_UNSEEN_CONJ_STEM` letters
remain, and keeps a leading preposition; no reading leaves a stem under `MIN_CLITIC_STEM` letters.

A lexicon lookup (event triggers, speech verbs) does not need that decision: it tries the word whole,
then without a leading و/ف (`conjunction_readings`), so a root و stays on a word the lexicon holds
whole (وصلت، وقعا) and واضاف still finds اضاف.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass

from rasd.errors import DataFileError
from rasd.lang.frequency import load_word_frequencies, zipf
from rasd.lang.normalize import fold
from rasd.resources import data_path

MIN_STEM = 2  # no reading leaves fewer letters than this
MIN_ARTICLE_STEM = 3  # والد، الي are not و + ال + a one- or two-letter stem
MIN_UNSEEN_CONJ_STEM = 4  # an unseen word keeps its و/ف unless four letters remain (وبزشكيان → بزشكيان)
MIN_CLITIC_STEM = 3  # a reading without an article keeps three letters: وليد is not و + ل + يد
#: How much commoner (Zipf units) a stem must be than the whole word for a clitic reading without an
#: article: 0.3 strips بحضور (4.27 → 4.61) and keeps بايدن (3.50 → ايدن 3.61) and بلينكن (2.0 → 2.3).
MIN_ZIPF_GAIN = 0.3


@dataclass(frozen=True, slots=True)
class Reading:
    """A word as proclitics + stem, both in the folded matching form."""

    proclitics: str
    stem: str

    @property
    def has_article(self) -> bool:
        return self.proclitics.endswith("ال") or self.proclitics.endswith("لل")


@dataclass(frozen=True, slots=True)
class CliticTable:
    """The clitic forms by slot, from clitics.tsv."""

    conj: tuple[str, ...]
    prep: tuple[str, ...]
    article: tuple[str, ...]
    prep_article: tuple[str, ...]
    keep: frozenset[str] = frozenset()
    future: tuple[str, ...] = ()
    suffix: tuple[str, ...] = ()
    short: frozenset[str] = frozenset()

    def stacks(self) -> tuple[str, ...]:
        """Every proclitic stack a word can carry (conj? prep? article?, and prep+article), longest
        first: و، بال، وبال، لل، ولل …"""
        preps = ("", *self.prep)
        found = {c + p + a for c in ("", *self.conj) for p in preps for a in ("", *self.article)}
        found |= {c + pa for c in ("", *self.conj) for pa in self.prep_article}
        return tuple(sorted(found - {""}, key=lambda s: (-len(s), s)))


SLOTS = ("conj", "prep", "article", "prep+article", "keep", "future", "suffix", "short")


@functools.cache
def load_clitics() -> CliticTable:
    slots: dict[str, list[str]] = {slot: [] for slot in SLOTS}
    path = "lang/clitics.tsv"
    try:
        lines = data_path(path).read_text(encoding="utf-8").splitlines()
    except OSError as exc:
        raise DataFileError(f"{path}: {exc}") from exc
    for number, line in enumerate(lines, 1):
        if not line.strip() or line.startswith("#"):
            continue
        cells = line.split("\t")
        if len(cells) < 2 or cells[1] not in slots:
            raise DataFileError(f"{path}:{number}: expected form<TAB>slot with a slot of {', '.join(slots)}")
        slots[cells[1]].append(fold(cells[0]))
    return CliticTable(
        tuple(slots["conj"]),
        tuple(slots["prep"]),
        tuple(slots["article"]),
        tuple(slots["prep+article"]),
        frozenset(slots["keep"]),
        tuple(slots["future"]),
        tuple(slots["suffix"]),
        frozenset(slots["short"]),
    )


@functools.cache
def stacks() -> tuple[str, ...]:
    """Every proclitic stack of the table, longest first (`CliticTable.stacks`)."""
    return load_clitics().stacks()


@functools.cache
def suffixes() -> tuple[str, ...]:
    """The pronoun suffixes of the table, in its order: ه، ها، هما، هم، ي، نا."""
    return load_clitics().suffix


def _readings(word: str, table: CliticTable) -> list[Reading]:
    """Every way the word's start can be read as stacked proclitics (conj? then prep? then article?)."""
    found = []
    for conj in ("", *table.conj):
        if not word.startswith(conj):
            continue
        rest = word[len(conj) :]
        if rest in table.keep:
            found.append(Reading(conj, rest))
            continue
        options = [("", rest)]
        options += [(p, rest[len(p) :]) for p in (*table.prep, *table.prep_article) if rest.startswith(p)]
        for prep, after in options:
            if prep in table.prep_article:
                found.append(Reading(conj + prep, after))
                continue
            found.append(Reading(conj + prep, after))
            found += [Reading(conj + prep + a, after[len(a) :]) for a in table.article if after.startswith(a)]
    return [r for r in found if r.proclitics and len(r.stem) >= MIN_STEM]


def without_article(word: str) -> str:
    """A folded word without a leading ال when a stem of `MIN_ARTICLE_STEM` letters or more is left
    (المقداد -> مقداد; ال, الي stay): the plain strip for keys that need no reading of the word."""
    return word[2:] if word.startswith("ال") and len(word) - 2 >= MIN_ARTICLE_STEM else word


def split_word(word: str) -> Reading:
    """The reading of one word (folded here): its proclitics and stem; ("", word) when it has none."""
    return _split(fold(word))


@functools.lru_cache(maxsize=1 << 16)
def _split(word: str) -> Reading:
    table = load_clitics()
    freq = load_word_frequencies()
    if word in table.keep:
        return Reading("", word)
    readings = _readings(word, table)
    kept = [r for r in readings if r.stem in table.keep]
    if kept:
        return kept[0]
    with_article = [r for r in readings if r.has_article and len(r.stem) >= MIN_ARTICLE_STEM]
    if with_article:
        return max(with_article, key=lambda r: len(r.proclitics))
    # a stem that is itself an article + a short word (و + الي) is not a reading: والي، والد stay whole
    readings = [
        r
        for r in readings
        if len(r.stem) >= MIN_CLITIC_STEM
        and not (r.stem.startswith("ال") and len(r.stem) < 2 + MIN_ARTICLE_STEM)
    ]
    whole = zipf(freq.get(word, 0.0))
    seen = [r for r in readings if zipf(freq.get(r.stem, 0.0)) > whole + MIN_ZIPF_GAIN]
    if seen:
        return max(seen, key=lambda r: (freq.get(r.stem, 0.0), -len(r.stem)))
    if whole == 0.0:
        conj = [r for r in readings if r.proclitics in table.conj and len(r.stem) >= MIN_UNSEEN_CONJ_STEM]
        if conj and freq.get(conj[0].stem, 0.0) == 0.0:
            return conj[0]
    return Reading("", word)


@functools.lru_cache(maxsize=1 << 16)
def conjunction_readings(word: str) -> tuple[str, ...]:
    """A folded word as a lexicon can hold it: itself, then without a leading و/ف when what is left
    can be a word (`MIN_CLITIC_STEM` letters, or a listed function word: ولم → لم). A lexicon lookup
    tries them in turn, so a word that is an entry itself (وصلت، وقعا) is read whole, and واضاف finds
    اضاف whatever the frequencies say."""
    table = load_clitics()
    for conj in table.conj:
        rest = word[len(conj) :]
        if word.startswith(conj) and (len(rest) >= MIN_CLITIC_STEM or rest in table.short):
            return (word, rest)
    return (word,)


def stem_of(word: str) -> str:
    """The folded word without its proclitics: the key every stage matches words on."""
    return _split(fold(word)).stem
