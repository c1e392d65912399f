"""Build the name transliteration model (rasd/nlp/translit.py) from name pairs.

Usage: python scripts/train_translit.py ARABNAMER [--out rasd/data/models]
ARABNAMER is the arabnamer 0.1.3 wheel (`pip download arabnamer==0.1.3 --no-deps -d /tmp/an`) or a
folder it was unpacked into; only its data file `arabnamer/data/dict_FINAL.json` (English -> Arabic
name words, CC BY 4.0, Yousef 2026) is read — rasd never imports the package.

Pairs: the dictionary reversed (Arabic -> English), and the catalog's people split into word pairs
where the Arabic and English names have as many words. A word is held out for evaluation when the
SHA-1 of its folded Arabic form is 0 mod 10 (`held_out`): every spelling of it, from either
source, is then left out of the lexicon and the letter model (benchmarks/translit.py scores them).
"""

from __future__ import annotations

import argparse
import hashlib
import json
import math
import re
import time
import zipfile
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

import pycrfsuite
from rapidfuzz.distance import Levenshtein

from rasd.lang.normalize import fold
from rasd.nlp.catalog import load_catalog
from rasd.nlp.translit import FEATURE_VERSION, MAX_CHUNK, align, letter_features, letters, split_chunk

ROOT = Path(__file__).resolve().parents[1]
DICT_MEMBER = "arabnamer/data/dict_FINAL.json"
CREDIT = (
    "Uses arabnamer's Arabic name dictionary (Yousef, E., 2026). https://github.com/sayedyousef/arabnamer "
    "Licensed under CC-BY-4.0"
)
HOLD_OUT_MOD = 10  # one word in ten (by hash) is held out
EM_ROUNDS = 4  # alignment rounds: of 11,500 pairs, 107 change in round 3, 21 in round 4, 14 in round 5
MIN_LABEL = 20  # a rarer chunk is no label; its words (462 of 11,500) stay out of the letter model
#: c1 from a sweep on the validation words (--validation; letter model alone, exact / CER): 0.05
#: 0.267 / 0.208, 0.5 0.292 / 0.197, 2.0 0.291 / 0.188.
CRF_PARAMS = {"c1": 2.0, "c2": 0.01, "max_iterations": 150, "feature.possible_transitions": True}
_EN_WORD = re.compile(r"^[a-z][a-z']*$")
_AR_WORD = re.compile(r"^[\u0621-\u064a\u067e\u0686\u06a4\u06af\u06a9\u06cc]+$")
_NUMERAL = re.compile(r"^[ivx]+$")
_SPACED_ARTICLE = re.compile(r"^(al|el|ul|il) (?=\S+$)")
_ABD = re.compile(r"^عبد ال(?=\S{2})")
#: Seed of the first alignment round only: Latin forms each letter is usually written with. EM
#: re-estimates every letter's chunks from the pairs; this only keeps round one from drifting.
SEED_FORMS = {
    "ا": "a e aa", "أ": "a o e u", "إ": "i e", "آ": "a aa", "ء": "", "ئ": "i e y", "ؤ": "o u",
    "ب": "b p", "ت": "t", "ث": "th s t", "ج": "j g dj zh", "ح": "h", "خ": "kh h ch x",
    "د": "d", "ذ": "dh z th", "ر": "r", "ز": "z s", "س": "s c z", "ش": "sh ch sch s",
    "ص": "s", "ض": "d dh", "ط": "t", "ظ": "z dh", "ع": "a e i o '", "غ": "gh g r",
    "ف": "f v ph", "ق": "q k g", "ك": "k c q ch", "ل": "l", "م": "m", "ن": "n", "ه": "h e a",
    "ة": "a ah e eh", "و": "w o u ou v", "ي": "y i e ee", "ى": "a", "پ": "p", "چ": "ch",
    "گ": "g", "ژ": "zh j", "ڤ": "v",
}  # fmt: skip
VOWELS = frozenset("aeiouy")


@dataclass(frozen=True)
class Pair:
    arabic: str  # letters() of the Arabic word; a compound عبد ال… is written as one word
    english: str  # lower case
    source: str  # "arabnamer" or a catalog person id
    state: str = ""  # for catalog pairs: the state of the person's first office

    @property
    def key(self) -> str:
        return fold(self.arabic)


def held_out(key: str, remainder: int = 0) -> bool:
    """The evaluation words (remainder 0); remainder 1 is the validation words of a parameter sweep."""
    return int(hashlib.sha1(key.encode()).hexdigest(), 16) % HOLD_OUT_MOD == remainder


def read_dictionary(path: Path) -> tuple[dict[str, str], str]:
    """The English -> Arabic dictionary and the SHA-256 of its bytes, from the wheel or a folder."""
    if path.is_dir():
        found = next(path.rglob("dict_FINAL.json"), None)
        if found is None:
            raise SystemExit(f"{path}: no dict_FINAL.json below it")
        raw = found.read_bytes()
    else:
        with zipfile.ZipFile(path) as whl:
            raw = whl.read(DICT_MEMBER)
    return json.loads(raw), hashlib.sha256(raw).hexdigest()


def _word_pair(arabic: str, english: str) -> tuple[str, str] | None:
    """One name word each side, article handled as rasd.nlp.romanize does (ال -> "al-" + the rest)."""
    arabic = _ABD.sub("عبدال", letters(arabic).strip())
    english = english.strip().lower()
    if arabic.startswith("ال") and len(arabic) > 3:
        article = re.match(r"^(?:al|el|ul|il)-?", english)
        rest = english[article.end() :] if article else english
        if not article or _starts_like(arabic[2], rest):
            arabic, english = arabic[2:], rest
    english = english.replace("-", "")
    if not _AR_WORD.match(arabic) or not _EN_WORD.match(english) or _NUMERAL.match(english):
        return None  # الثاني is "the second", not "II"
    return arabic, english


def _starts_like(letter: str, english: str) -> bool:
    """Whether `english` can begin with consonant `letter` (الهاشمي/alhashemi is al- + hashemi,
    الكسندر/alexander is one word)."""
    if letter in "اويى":
        return False
    return english.startswith(tuple(SEED_FORMS.get(letter, "").split()) or ("\0",))


def dictionary_pairs(data: dict[str, str]) -> list[Pair]:
    out = []
    for english, arabic in data.items():
        english = _SPACED_ARTICLE.sub(r"\1-", english.strip())  # "al otaibi" -> العتيبي
        en_words, ar_words = english.split(), _ABD.sub("عبدال", arabic.strip()).split()
        if len(en_words) != len(ar_words):
            continue
        for e, a in zip(en_words, ar_words, strict=True):
            pair = _word_pair(a, e)
            if pair:
                out.append(Pair(*pair, "arabnamer"))
    return out


def catalog_pairs() -> list[Pair]:
    """Word pairs of catalog people whose Arabic and English names have as many words."""
    out = []
    for entity in load_catalog():
        if entity.kind != "person":
            continue
        en_words = entity.name_en.split()  # Al-Faisal is one word, as الفيصل
        ar_words = _ABD.sub("عبدال", entity.name_ar).split()
        if len(en_words) != len(ar_words):
            continue
        state = entity.offices[0].of if entity.offices else ""
        for e, a in zip(en_words, ar_words, strict=True):
            e = re.sub(r"[^a-z'-]", "", e.lower().translate(_LATIN))
            pair = _word_pair(a, e)
            if pair:
                out.append(Pair(*pair, entity.id, state))
    return out


_LATIN = str.maketrans("áàâäãåçéèêëíìîïñóòôöõúùûüýşğıćčšžłøß", "aaaaaaceeeeiiiinooooouuuuysgiccszlos")


def canonical(spellings: Counter[str], preferred: Counter[str]) -> str:
    """The spelling the catalog uses most; else the dictionary's medoid (closest to all the others)."""
    if preferred:
        return min(preferred, key=lambda s: (-preferred[s], s))
    forms = sorted(spellings)
    return min(
        forms, key=lambda s: (sum(Levenshtein.distance(s, o) * spellings[o] for o in forms), len(s), s)
    )


def build_lexicon(pairs: Iterable[Pair]) -> dict[str, str]:
    spellings: dict[str, Counter[str]] = defaultdict(Counter)
    preferred: dict[str, Counter[str]] = defaultdict(Counter)
    for p in pairs:
        spellings[p.key][p.english] += 1
        if p.source != "arabnamer":
            preferred[p.key][p.english] += 1
    return {key: canonical(spellings[key], preferred[key]) for key in spellings}


def _seed_score(letter: str, chunk: str) -> float:
    forms = [f for f in SEED_FORMS.get(letter, "").split()]
    if not chunk:
        return -1.0 if letter in "اوييىةهءأإآعئؤ" else -4.0
    for form in sorted(forms, key=len, reverse=True):
        if chunk.startswith(form):
            rest = chunk[len(form) :]
            return -0.5 * len(chunk) - (0.0 if set(rest) <= VOWELS else 3.0)
    if set(chunk) <= VOWELS:
        return -1.5 * len(chunk) - (0.0 if letter in "اويىةهعأإآئؤ" else 1.0)
    return -8.0 - len(chunk)


def em_align(pairs: list[tuple[str, str]], rounds: int = EM_ROUNDS) -> list[list[str] | None]:
    """Hard EM: align with the current scores, re-count letter -> chunk, repeat."""
    score = _seed_score
    alignments: list[list[str] | None] = []
    for _ in range(rounds):
        alignments = [align(a, e, score) for a, e in pairs]
        counts: dict[str, Counter[str]] = defaultdict(Counter)
        for (a, _e), chunks in zip(pairs, alignments, strict=True):
            if chunks:
                for ch, chunk in zip(a, chunks, strict=True):
                    counts[ch][chunk] += 1
        totals = {ch: sum(c.values()) for ch, c in counts.items()}

        def score(letter: str, chunk: str, counts=counts, totals=totals) -> float:
            seen = counts.get(letter)
            if seen and chunk in seen:
                return math.log(seen[chunk] / totals[letter])
            return math.log(0.01 / (totals.get(letter, 0) + 1)) - 2.0 * len(chunk)

    return alignments


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("arabnamer", type=Path, help="the arabnamer wheel or the folder it was unpacked to")
    parser.add_argument("--out", type=Path, default=ROOT / "rasd" / "data" / "models")
    parser.add_argument(
        "--no-catalog", action="store_true", help="dictionary pairs only (benchmarks/translit.py --by-origin)"
    )
    parser.add_argument(
        "--validation", action="store_true", help="also hold out the validation words (a sweep's builds)"
    )
    parser.add_argument("--c1", type=float, default=CRF_PARAMS["c1"], help="L1 weight (for a sweep)")
    parser.add_argument("--c2", type=float, default=CRF_PARAMS["c2"], help="L2 weight (for a sweep)")
    args = parser.parse_args()
    params = {**CRF_PARAMS, "c1": args.c1, "c2": args.c2}
    started = time.process_time()
    data, digest = read_dictionary(args.arabnamer)
    pairs = dictionary_pairs(data) + ([] if args.no_catalog else catalog_pairs())
    train = [p for p in pairs if not held_out(p.key) and not (args.validation and held_out(p.key, 1))]
    lexicon = build_lexicon(train)
    # The letter model learns one spelling per written form: the lexicon's choice for its key.
    forms = sorted({(p.arabic, lexicon[p.key]) for p in train})
    alignments = em_align(forms)
    trainer = pycrfsuite.Trainer(verbose=False)
    trainer.set_params(params)
    sequences = [
        [part for chunk in chunks for part in split_chunk(chunk)] if chunks else None for chunks in alignments
    ]
    labels = Counter(label for seq in sequences if seq for label in seq)
    kept = {label for label, n in labels.items() if n >= MIN_LABEL}
    used = 0
    for (arabic, _english), seq in zip(forms, sequences, strict=True):
        if seq and kept.issuperset(seq):
            trainer.append(letter_features(arabic), seq)
            used += 1
    args.out.mkdir(parents=True, exist_ok=True)
    trainer.train(str(args.out / "translit.crfsuite"))
    lines = [
        "# Arabic name word (folded, rasd.lang.normalize.fold; عبد ال… as one word) <TAB> its usual English",
        "# spelling, lower case. Built by scripts/train_translit.py; do not edit (see models/README.md).",
        "# " + CREDIT + ". Changes: reversed, split into words, one spelling kept per Arabic word.",
    ]
    lines += [f"{key}\t{lexicon[key]}" for key in sorted(lexicon)]
    (args.out / "translit_lexicon.tsv").write_text("\n".join(lines) + "\n", encoding="utf-8")
    sidecar = {
        "feature_version": FEATURE_VERSION,
        "alphabet": sorted({ch for arabic, _ in forms for ch in arabic}),
        "max_chunk": MAX_CHUNK,
        "crf": params,
        "em_rounds": EM_ROUNDS,
        "held_out": f"sha1(fold(arabic)) % {HOLD_OUT_MOD} == 0",
        "sources": {
            "arabnamer": {
                "version": "0.1.3",
                "file": DICT_MEMBER,
                "sha256": digest,
                "entries": len(data),
                "licence": "CC-BY-4.0",
                "credit": CREDIT,
            },
            "catalog": None
            if args.no_catalog
            else "rasd/data/entities/people.jsonl (name_en / name_ar of people, word by word)",
        },
        "pairs": {
            "dictionary": sum(p.source == "arabnamer" for p in pairs),
            "catalog": sum(p.source != "arabnamer" for p in pairs),
            "train": len(train),
            "held_out": len(pairs) - len(train),
        },
        "lexicon_entries": len(lexicon),
        "letter_model": {"forms": len(forms), "aligned": used, "labels": len(kept)},
    }
    (args.out / "translit.json").write_text(json.dumps(sidecar, ensure_ascii=False, indent=1) + "\n")
    print(json.dumps(sidecar["pairs"]), sidecar["letter_model"], f"{time.process_time() - started:.0f} CPU s")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
