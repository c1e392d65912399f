"""The English spelling of one Arabic name word, learned from name pairs rather than letter tables.

Arabic leaves short vowels unwritten and spells foreign names by ear, so no letter table gives
"Abdulrahman" for عبدالرحمن and "Lewandowski" for ليفاندوفسكي. Two parts, both built by
`scripts/train_translit.py` from arabnamer's dictionary and the catalog's own name pairs:

- a lexicon (`rasd/data/models/translit_lexicon.tsv`): a word seen in the pairs gets its usual
  spelling;
- for any other word, a CRF (`translit.crfsuite`) that labels each Arabic letter with the English
  letters it stands for ("" for a silent alef, "ou" for و, "sh" for ش), from the letters around it.
  The labels come from a monotonic alignment of the training pairs (`align`).
"""

from __future__ import annotations

import math
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from pathlib import Path

import pycrfsuite

from rasd.errors import DataFileError
from rasd.lang.memo import Memo
from rasd.lang.normalize import fold, translate_table
from rasd.resources import data_path, read_model_sidecar, read_tsv

#: Bump when `letter_features` changes: a model trained with other features is refused.
FEATURE_VERSION = 1
MODEL = "translit.crfsuite"  # in rasd/data/models/
SIDECAR = "translit.json"
LEXICON = "translit_lexicon.tsv"
#: The longest run of English letters one Arabic letter may stand for in an alignment ("kh" + "ou").
MAX_CHUNK = 4
#: distinct words whose spelling `Transliterator.word` keeps (cleared when full)
MEMO_WORDS = 65_536
#: Persian and rare letter shapes written as the usual Arabic letter the model was trained on.
_SHAPES = str.maketrans({"ی": "ي", "ک": "ك", "ٱ": "ا"})


def letters(word: str) -> str:
    """The model's view of a word: no diacritics or tatweel, Persian ی/ک as ي/ك; hamza forms kept."""
    return word.translate(translate_table(("diacritics", "tatweel", "invisible"))).translate(_SHAPES)


#: Letters that may write a long vowel. Foreign names written in Arabic spell most vowels with them,
#: Arabic names leave the short ones out (خالد: Khaled), so where they are sits in the features.
_VOWEL_LETTERS = frozenset("اويىآ")
_SHORT = "aeiou"


def letter_features(word: str) -> list[list[str]]:
    """Features of 2 × len(word) items: each letter, then the gap after it, where a short vowel the
    script leaves out may go (خ ا ل _e د: Khaled). A letter's: itself, its neighbours up to two away,
    letter pairs and triples, its position and the word's consonant/vowel-letter shape (whole for
    short words, ±2 around the letter); a gap's: the same, marked, and the letter after it."""
    padded = "^^" + word + "$$"
    shape = "".join("V" if ch in _VOWEL_LETTERS else "C" for ch in word)
    shape_padded = "^^" + shape + "$$"
    whole = ["shape=" + shape] if len(word) <= 7 else []
    common = [f"nv={min(shape.count('V'), 4)}", f"len={min(len(word), 10)}"]
    out = []
    for i in range(len(word)):
        p = i + 2
        c = padded[p - 2 : p + 3]
        feats = [
            "c0=" + c[2],
            "c-1=" + c[1],
            "c+1=" + c[3],
            "c-2=" + c[0],
            "c+2=" + c[4],
            "c-1c0=" + c[1:3],
            "c0c+1=" + c[2:4],
            "c-1c0c+1=" + c[1:4],
            "c-2c-1c0=" + c[0:3],
            "c0c+1c+2=" + c[2:5],
            "s=" + shape_padded[p - 2 : p + 3],
            "s-1s0=" + shape_padded[p - 1 : p + 1],
            *whole,
            *common,
        ]
        if i == 0:
            feats.append("first")
        if i == len(word) - 1:
            feats.append("last")
        out.append(feats)
        out.append(["gap", *("g" + f for f in feats)])
    return out


def split_chunk(chunk: str) -> tuple[str, str]:
    """An aligned chunk as (the letter's part, the short vowel after it): "le" -> ("l", "e");
    a chunk of vowels only is the letter's own ("ou" for و, "a" for ع)."""
    core = chunk.rstrip(_SHORT)
    if not core:
        return chunk, ""
    return core, chunk[len(core) :]


def align(arabic: str, english: str, score: Callable[[str, str], float]) -> list[str] | None:
    """The best monotonic split of `english` into one chunk (0–MAX_CHUNK letters) per Arabic letter.

    `score(letter, chunk)` is a log-probability; None when no split exists (the English is too long).
    """
    n, m = len(arabic), len(english)
    if m > n * MAX_CHUNK:
        return None
    best: list[list[float]] = [[-math.inf] * (m + 1) for _ in range(n + 1)]
    back: list[list[int]] = [[0] * (m + 1) for _ in range(n + 1)]
    best[0][0] = 0.0
    for i in range(n):
        row, nxt, letter = best[i], best[i + 1], arabic[i]
        for j in range(m + 1):
            if row[j] == -math.inf:
                continue
            for k in range(min(MAX_CHUNK, m - j) + 1):
                s = row[j] + score(letter, english[j : j + k])
                if s > nxt[j + k]:
                    nxt[j + k], back[i + 1][j + k] = s, j
    if best[n][m] == -math.inf:
        return None
    chunks, j = [], m
    for i in range(n, 0, -1):
        start = back[i][j]
        chunks.append(english[start:j])
        j = start
    return chunks[::-1]


@dataclass
class Transliterator:
    """The lexicon and the letter model, loaded once (`load_transliterator`)."""

    lexicon: Mapping[str, str]
    tagger: pycrfsuite.Tagger
    alphabet: frozenset[str]
    fallback: Mapping[str, str]  # a letter the model never saw -> its table form
    #: `word`'s answers by the word: name words recur across stories and each guess is a CRF tagging
    #: (about 2.5 % of the analysis in benchmarks/profile_analyze.py); cleared when full
    _memo: Memo[str, str] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        self._memo = Memo(self._spell, MEMO_WORDS)

    def word(self, word: str) -> str:
        """Lower-case English for one Arabic word (no article handling: see `rasd.nlp.romanize`)."""
        return self._memo[word]

    def _spell(self, word: str) -> str:
        return self.lexicon.get(fold(word).replace(" ", "")) or self.guess(word)

    def guess(self, word: str) -> str:
        """The letter model alone (what the benchmark measures on held-out pairs)."""
        text = letters(word).replace(" ", "")
        if not text:
            return ""
        labels = self.tagger.tag(letter_features(text))
        chunks = [
            (labels[2 * i] if ch in self.alphabet else self.fallback.get(ch, "")) + labels[2 * i + 1]
            for i, ch in enumerate(text)
        ]
        return "".join(chunks)


def load_transliterator(folder: str | None = None) -> Transliterator:
    """Read the shipped model (or one built into `folder` by scripts/train_translit.py --out); a model
    built with other features is an error, not a silent mismatch. Read once per process: the pipeline
    holds it in `LinkResources.romanizer`."""
    base = Path(folder) if folder else data_path("models")
    meta = read_model_sidecar(base / SIDECAR, FEATURE_VERSION, "name model", "scripts/train_translit.py")
    try:
        lines = (base / LEXICON).read_text(encoding="utf-8").splitlines()
    except OSError as exc:
        raise DataFileError(f"{base / LEXICON}: {exc}") from exc
    lexicon = {}
    for number, line in enumerate(lines, 1):
        if line.strip() and not line.startswith("#"):
            arabic, tab, english = line.partition("\t")
            if not tab or not english:
                raise DataFileError(f"{LEXICON}:{number}: expected arabic<TAB>english")
            lexicon[arabic] = english
    tagger = pycrfsuite.Tagger()
    tagger.open(str(base / MODEL))
    table = read_tsv("nlp/romanize.tsv", ("letter", "consonant", "vowel"), min_columns=2)
    fallback = {r["letter"]: (r["consonant"] or r["vowel"]).strip("'") for r in table}
    return Transliterator(lexicon, tagger, frozenset(meta["alphabet"]), fallback)
