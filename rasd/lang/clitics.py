"""The one proclitic analysis: a folded word split into its proclitics (و ف، ب ل ك، ال) and its stem.

The forms and how they stack are data (`rasd/data/lang/clitics.tsv`). What data alone cannot say is
whether a leading و/ف/ب/ل/ك is a clitic or the word's own first letter (وزير، وصل، فلسطين، بوتين): a
reading that strips one is taken only when its stem is commoner in general Arabic than the whole word
(wordfreq, `rasd.lang.frequency`). An article is always a clitic when a stem of `MIN_ARTICLE_STEM`
letters remains. A word neither form of which is in the frequency list (most rare names) loses a
leading conjunction only when `MIN_UNSEEN_CONJ_STEM` letters remain, and keeps a leading preposition.
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
    """The proclitic forms by slot, from clitics.tsv."""

    conj: tuple[str, ...]
    prep: tuple[str, ...]
    article: tuple[str, ...]
    prep_article: tuple[str, ...]
    keep: frozenset[str] = frozenset()


@functools.cache
def load_clitics() -> CliticTable:
    slots: dict[str, list[str]] = {"conj": [], "prep": [], "article": [], "prep+article": [], "keep": []}
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
    )


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


def stem_of(word: str) -> str:
    """The folded word without its proclitics: the key every stage matches words on."""
    return _split(fold(word)).stem
