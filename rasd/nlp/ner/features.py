"""The CRF's view of a token: its folded form, stem, affixes, shape, neighbours and cue words.

Arabic has no capital letters, so a name is recognised by what surrounds it: a title before it
(الرئيس), an organisation head (وزارة), a place cue (مدينة), a reporting verb, its clitics and
its affixes. Features are plain strings, built once per distinct word (memoised on the extractor,
bounded) so that tagging stays fast in pure Python.

The gazetteer hook: a `GazetteerFn` maps a sentence's tokens to labels per token (e.g.
"B-LOC-gaz") and each label becomes a feature (with the "extra" group, also the labels of the
tokens either side). The shipped model is trained with the entity catalog
(`rasd.nlp.ner.gazetteer.catalog_gazetteer`) and must be run with it; the model's sidecar records
this and `NerTagger` checks it.

The "freq" group reads general Arabic word frequencies (`rasd.lang.frequency`, from the
wordfreq package): how rare a word is, and whether it takes the article as nouns do or shuns it
as names do. A tagger also passes the model's own attributes (`known`), so that a memoised word
keeps only the features the model has weights for.
"""

from __future__ import annotations

import functools
import math
import re
from collections.abc import Callable, Collection, Mapping, Sequence
from dataclasses import dataclass, field

from rasd.errors import DataFileError
from rasd.lang.clitics import stacks
from rasd.lang.frequency import zipf
from rasd.lang.normalize import fold
from rasd.records import Token
from rasd.resources import read_lines, read_tsv

#: Bump when features change: a model only works with the features it was trained on.
FEATURE_VERSION = 3
#: Named groups, so that training can leave one out (ablations, docs/ner.md).
FEATURE_GROUPS = frozenset(
    {
        "word",
        "stem",
        "affix",
        "ngram",
        "cands",
        "shape",
        "context",
        "bigram",
        "cue",
        "window",
        "doc",
        "gazetteer",
        "extra",
        "freq",
        # distributional word classes from Arabic Wikipedia (rasd/data/ner/clusters.tsv): +2.6 F1 on
        # two held-out tenths of train, +1.6 official ANERcorp test, +2.9 AQMAR (docs/ner.md)
        "cluster",
    }
)
#: Groups a model may be trained with that are not on by default (docs/ner.md, feature version 4
#: trials): "affix4" (4-letter affixes, stem prefixes: +0.3 on held-out train, within the spread
#: between folds).
OPTIONAL_GROUPS = frozenset({"affix4"})
CUE_KINDS = frozenset({"title", "org", "loc", "given", "particle", "speech", "currency"})
#: The proclitic stacks (conjunction + preposition + article, as they look after `fold`; longest
#: first) are every stack of the shared clitic table (`rasd.lang.clitics.stacks`, read on first use):
#: the 26 the model was trained with.
MIN_STEM = 2
#: The word-class table of the "cluster" group (`scripts/build_ner_clusters.py`), under rasd/data.
CLUSTERS = "ner/clusters.tsv"
_CONTEXT = ((-2, "w-2=", "c-2="), (-1, "w-1=", "c-1="), (1, "w+1=", "c+1="), (2, "w+2=", "c+2="))
_OFFSETS = tuple(d for d, _, _ in _CONTEXT)

#: Tokens → one collection of labels (e.g. {"B-LOC"}) per token.
GazetteerFn = Callable[[Sequence[Token]], Sequence[Collection[str]]]


@dataclass(frozen=True, slots=True)
class CueLexicon:
    """Cue words (titles, organisation heads, place words …) keyed by their folded form."""

    kinds: Mapping[str, tuple[str, ...]]

    def lookup(self, norm: str, prefixes: Sequence[str] | None = None) -> tuple[str, ...]:
        """The kinds of cue `norm` is, trying the word and every clitic-stripped form of it.

        `prefixes`: `proclitics(norm)` when the caller has it already."""
        kinds = self.kinds
        found = kinds.get(norm, ())
        for prefix in proclitics(norm) if prefixes is None else prefixes:
            found += kinds.get(norm[len(prefix) :], ())
        return tuple(sorted(set(found))) if found else ()

    def words(self, kind: str) -> frozenset[str]:
        """The folded cue words of one kind (linking reads the titles and given names from here)."""
        return frozenset(w for w, kinds in self.kinds.items() if kind in kinds)


def load_cues(relpath: str = "ner/cues.tsv") -> CueLexicon:
    """Read the cue list (word<TAB>kind); an unknown kind is a data error."""
    kinds: dict[str, set[str]] = {}
    for row in read_tsv(relpath, ("word", "kind")):
        if row["kind"] not in CUE_KINDS:
            raise DataFileError(f"{relpath}: unknown cue kind {row['kind']!r} for {row['word']!r}")
        kinds.setdefault(fold(row["word"]), set()).add(row["kind"])
    return CueLexicon({w: tuple(sorted(k)) for w, k in kinds.items()})


@functools.cache
def _proclitic_table() -> tuple[frozenset[str], tuple[int, ...]]:
    """The stacks as a set, and their lengths longest first."""
    found = stacks()
    return frozenset(found), tuple(sorted({len(p) for p in found}, reverse=True))


def proclitics(norm: str) -> list[str]:
    """Every proclitic prefix of `norm` that leaves ≥2 letters, longest first (`stacks()` order).

    Peeling, cue lookup, candidate stems and frequency readings all ask this; one word has at most
    one prefix of each length, so trying each length once gives the same list as trying each prefix.
    """
    room = len(norm) - MIN_STEM
    table, lengths = _proclitic_table()
    return [norm[:n] for n in lengths if n <= room and norm[:n] in table]


def peel(norm: str) -> tuple[str, str]:
    """(proclitics, stem): the longest conjunction/preposition/article prefix that leaves ≥2 letters."""
    found = proclitics(norm)
    if found:
        return found[0], norm[len(found[0]) :]
    return "", norm


def shape(word: str) -> str:
    """Script class of a token: arabic, latin (Latin/latin-cap), digit, punct or mixed."""
    if not word:
        return "punct"
    if word.isdigit():
        return "digit"
    if not word.isalnum():
        return "num" if word[0].isdigit() else "punct"
    if word.isascii():
        return "Latin" if word[0].isupper() else "latin"
    if any(c.isascii() or c.isdigit() for c in word):
        return "mixed"
    return "arabic"


def digit_pattern(word: str) -> str:
    """Digits as 9 (runs of 9 over 4 squeezed), other characters kept: years, dates, amounts."""
    pattern = re.sub(r"\d", "9", word)
    return re.sub(r"9{5,}", "99999", pattern)


_LENGTHS = ("0", "1", "2", "3", "4-5", "4-5", "6-8", "6-8", "6-8")


def length_bucket(n: int) -> str:
    """Coarse length: short tokens are particles and initials, long ones are often names."""
    return _LENGTHS[n] if n < len(_LENGTHS) else "9+"


@dataclass(frozen=True, slots=True)
class WordInfo:
    """What a word contributes about itself, and what its neighbours read from it."""

    own: tuple[str, ...]
    key: str
    stem: str
    cues: tuple[str, ...]
    shape: str
    freq: str = ""
    #: what the word says about a token 2 and 1 before it, 1 and 2 after it (its context features)
    around: tuple[tuple[str, ...], ...] = ((), (), (), ())


@dataclass(slots=True)
class FeatureExtractor:
    """Sentence of folded words → CRF attribute lists. Keep one per tagger: it memoises words."""

    cues: CueLexicon
    groups: frozenset[str] = FEATURE_GROUPS
    frequencies: Mapping[str, float] | None = None
    #: word → its class at each granularity (`load_clusters`), read by the "cluster" group
    clusters: Mapping[str, tuple[str, ...]] | None = None
    #: the attributes a model knows: when given, a word's features are cut to these once, when it is
    #: memoised (CRFsuite ignores the others anyway, so the tags are the same, only faster)
    known: Collection[str] | None = None
    memo_size: int = 200_000
    _memo: dict[str, WordInfo] = field(default_factory=dict, repr=False)

    def word(self, norm: str) -> WordInfo:
        """The word-level features of one folded token (memoised; the memo is cleared when full)."""
        info = self._memo.get(norm)
        if info is None:
            if len(self._memo) >= self.memo_size:
                self._memo.clear()
            info = self._memo[norm] = self._word(norm)
        return info

    def _word(self, norm: str) -> WordInfo:
        key = norm.lower()
        prefixes = proclitics(key)
        prefix = prefixes[0] if prefixes else ""
        stem = key[len(prefix) :]
        groups = self.groups
        own = [f"w={key}"] if "word" in groups else []
        if "stem" in groups:
            own += [f"st={stem}", f"pre={prefix}"]
            if prefix.endswith(("ال", "لل")) or (not prefix and key.startswith("ال")):
                own.append("art")
        if "affix" in groups:
            own += [f"p{n}={key[:n]}" for n in (1, 2, 3) if len(key) > n]
            own += [f"s{n}={key[-n:]}" for n in (1, 2, 3) if len(key) > n]
            own += [f"ss{n}={stem[-n:]}" for n in (2, 3) if len(stem) > n]
        if "affix4" in groups:
            own += [f"{name}={part}" for name, part in _affix4(key, stem)]
        kind = shape(norm)
        if "shape" in groups:
            own += [f"sh={kind}", f"len={length_bucket(len(key))}"]
        if "extra" in groups and kind in ("digit", "num", "mixed"):
            own.append(f"dg={digit_pattern(key)}")
        cues = self.cues.lookup(key, prefixes) if "cue" in groups else ()
        own += [f"c0={kind}" for kind in cues]
        if "ngram" in groups and len(stem) > 3:
            padded = f"^{stem}$"
            own += [f"g3={padded[k : k + 3]}" for k in range(len(padded) - 2)]
        if "cands" in groups:
            own += [f"cd={key[len(p) :]}" for p in prefixes]
        freq = ""
        if "freq" in groups and self.frequencies is not None and kind == "arabic":
            freq, more = _frequency(self.frequencies, key, prefixes)
            own += more
        classes = ()
        if "cluster" in groups and self.clusters is not None:
            classes = word_classes(self.clusters, key, stem)
            own += [f"k{n}={c}" for n, c in enumerate(classes)]
            if stem != key and (stem_classes := self.clusters.get(stem)):
                own += [f"ks{n}={c}" for n, c in enumerate(stem_classes)]
        around = self._around(key, stem, cues, classes) if "context" in groups else ((), (), (), ())
        known = self.known
        if known is not None:
            own = [f for f in own if f in known]
        return WordInfo(tuple(own), key, stem, cues, kind, freq, around)

    def _around(
        self, key: str, stem: str, cues: tuple[str, ...], classes: tuple[str, ...] = ()
    ) -> tuple[tuple[str, ...], ...]:
        """The context features a word gives the tokens 2 and 1 before it, 1 and 2 after it (`_CONTEXT`)."""
        with_cues = "cue" in self.groups and cues
        known = self.known
        out = []
        for d, w_name, c_name in _CONTEXT:
            feats = [w_name + key]
            if d == -1 or d == 1:
                feats.append(f"st{d:+d}={stem}")
                feats += [f"k{d:+d}.{n}={c}" for n, c in enumerate(classes)]
            if with_cues:
                feats += [c_name + kind for kind in cues]
            out.append(tuple([f for f in feats if f in known]) if known is not None else tuple(feats))
        return tuple(out)

    def document(
        self,
        sentences: Sequence[Sequence[str]],
        hits: Sequence[Sequence[Collection[str]] | None] | None = None,
    ) -> list[list[list[str]]]:
        """Attribute lists for the sentences of one document (a story, or a block of CoNLL sentences)."""
        infos = [[self.word(n) for n in norms] for norms in sentences]
        evidence = _evidence(infos) if "doc" in self.groups else {}
        return [self._sentence(s, hits[k] if hits else None, evidence) for k, s in enumerate(infos)]

    def sentence(
        self, norms: Sequence[str], gazetteer_hits: Sequence[Collection[str]] | None = None
    ) -> list[list[str]]:
        """One attribute list per token of a sentence (given as folded words)."""
        return self.document([norms], [gazetteer_hits])[0]

    def _sentence(
        self, infos: Sequence[WordInfo], gazetteer_hits: Sequence[Collection[str]] | None, evidence: dict
    ) -> list[list[str]]:
        n = len(infos)
        groups = self.groups
        context, bigram, extra = "context" in groups, "bigram" in groups, "extra" in groups
        window = "window" in groups and any(o.cues for o in infos)
        freq = "freq" in groups and self.frequencies is not None
        gaz = None
        if gazetteer_hits is not None and "gazetteer" in groups:
            gaz = [sorted(labels) if labels else () for labels in gazetteer_hits]
        out = []
        for i, info in enumerate(infos):
            feats = ["bias", *info.own]
            if context:
                feats += _context(infos, i, n)
            if window:
                before = {k for o in infos[max(0, i - 3) : i] for k in o.cues}
                if before:
                    feats += sorted("cw-=" + k for k in before)
                after = {k for o in infos[i + 1 : i + 4] for k in o.cues}
                if after:
                    feats += sorted("cw+=" + k for k in after)
            if bigram:
                feats.append(f"b-={infos[i - 1].key if i else '^'}|{info.key}")
                feats.append(f"b+={info.key}|{infos[i + 1].key if i + 1 < n else '$'}")
            if evidence:
                feats += evidence.get(info.stem, ())
            if gaz is not None:
                feats += ["g0=" + label for label in gaz[i]]
                if extra:
                    if i:
                        feats += ["g-1=" + label for label in gaz[i - 1]]
                    if i + 1 < n:
                        feats += ["g+1=" + label for label in gaz[i + 1]]
            if freq:
                feats.append(f"fq-1={infos[i - 1].freq if i else '^'}")
                feats.append(f"fq+1={infos[i + 1].freq if i + 1 < n else '$'}")
            if extra:
                feats.append(f"sh-1={infos[i - 1].shape if i else '^'}")
                feats.append(f"sh+1={infos[i + 1].shape if i + 1 < n else '$'}")
                if i == 0 or i == n - 1:
                    feats.append("pos=first" if i == 0 else "pos=last")
            out.append(feats)
        return out


def _affix4(key: str, stem: str) -> list[tuple[str, str]]:
    """The "affix4" group: 4-letter prefix and suffix of the word, 4-letter stem suffix, and stem
    prefixes of 2-4 letters (the word's own prefixes start with its proclitics)."""
    found = [(f"{side}4", part) for side, part in (("p", key[:4]), ("s", key[-4:])) if len(key) > 4]
    if len(stem) > 4:
        found.append(("ss4", stem[-4:]))
    found += [(f"sp{n}", stem[:n]) for n in (2, 3, 4) if stem != key and len(stem) > n]
    return found


def load_clusters(relpath: str = CLUSTERS) -> dict[str, tuple[str, ...]]:
    """Folded word → class ids, one per granularity: `word<TAB>id<TAB>id…` lines
    (`scripts/build_ner_clusters.py`); every line must have as many ids as the first."""
    table: dict[str, tuple[str, ...]] = {}
    width = 0
    for line in read_lines(relpath):
        word, *ids = line.split("\t")
        width = width or len(ids)
        if not ids or len(ids) != width:
            raise DataFileError(f"{relpath}: {word!r} has {len(ids)} class ids, expected {width or 'some'}")
        table[fold(word).lower()] = tuple(ids)
    return table


def word_classes(clusters: Mapping[str, tuple[str, ...]], key: str, stem: str) -> tuple[str, ...]:
    """The classes of a word as written, else of its stem (clitics rarely change a word's class)."""
    return clusters.get(key) or clusters.get(stem) or ()


def _frequency(
    table: Mapping[str, float], key: str, prefixes: Sequence[str] | None = None
) -> tuple[str, list[str]]:
    """(Zipf bucket, features) of an Arabic word: how common its commonest reading is (the word, or
    the word less some proclitics: `fq`), how common the word is exactly as written (`fqk`), and
    how much commoner the definite form (ال + that reading) is than the bare one, as a rounded
    log10 ratio in -3..3 (`far`; `x` when neither occurs): names seldom take the article."""
    if prefixes is None:
        prefixes = proclitics(key)
    readings = [key, *(key[len(p) :] for p in prefixes)]
    best, bare = 0.0, key
    for reading in readings:
        f = table.get(reading, 0.0)
        if f > best:
            best, bare = f, reading
    if bare.startswith("ال") and len(bare) > 3:
        bare = bare[2:]
    definite, plain = table.get("ال" + bare, 0.0), table.get(bare, 0.0)
    bucket = str(int(zipf(best)))
    ratio = "x"
    if definite or plain:
        ratio = str(max(-3, min(3, round(math.log10((definite + 1e-9) / (plain + 1e-9))))))
    return bucket, [f"fq={bucket}", f"fqk={int(zipf(table.get(key, 0.0)))}", f"far={ratio}"]


def _context(infos: Sequence[WordInfo], i: int, n: int) -> list[str]:
    """Neighbours at ±1 and ±2: their words, stems (±1) and cue kinds; ^ and $ beyond the edges."""
    feats: list[str] = []
    for slot, d in enumerate(_OFFSETS):
        j = i + d
        if 0 <= j < n:
            feats += infos[j].around[slot]
        elif d == -1:
            feats.append("w-1=^")
        elif d == 1:
            feats.append("w+1=$")
    return feats


def _evidence(sentences: Sequence[Sequence[WordInfo]]) -> dict[str, tuple[str, ...]]:
    """Per stem, what surrounds its occurrences in the document: a name repeats without its title."""
    found: dict[str, set[str]] = {}
    counts: dict[str, int] = {}
    for infos in sentences:
        for i, info in enumerate(infos):
            if len(info.stem) < 3 or not info.stem.isalpha():
                continue
            counts[info.stem] = counts.get(info.stem, 0) + 1
            ev = found.setdefault(info.stem, set())
            if i:
                ev.update(f"dp={k}" for k in infos[i - 1].cues)
                if infos[i - 1].key == '"':
                    ev.add("dp=quote")
            if i + 1 < len(infos):
                ev.update(f"dn={k}" for k in infos[i + 1].cues)
    for stem, n in counts.items():
        if n > 1:
            found[stem].add("drep")
    return {stem: tuple(sorted(ev)) for stem, ev in found.items() if ev}
