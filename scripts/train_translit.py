"""Build the name transliteration model (rasd/nlp/translit.py) from name pairs.

Usage: python scripts/train_translit.py ARABNAMER [--wikidata GIT_DIR] [--lexicon-only]
    [--out rasd/data/models]
ARABNAMER is the arabnamer 0.1.3 wheel (`pip download arabnamer==0.1.3 --no-deps -d /tmp/an`) or a
folder it was unpacked into; only its data file `arabnamer/data/dict_FINAL.json` (English -> Arabic
name words, CC BY 4.0, Yousef 2026) is read — rasd never imports the package.

Pairs: the dictionary reversed (Arabic -> English), and the catalog's people split into word pairs
where the Arabic and English names have as many words, and with `--wikidata GIT_DIR` the word pairs
Merhav and Ash (COLING 2018) mined from Wikidata's labels of people, with how many people write each
(`wikidata_pairs`; kept when their letters align as the other sources' do). The lexicon writes each
word as most of its sources vote (`build_lexicon`). `--lexicon-only` rewrites the lexicon and
leaves the letter model as it is (to measure the two apart). A word is held out for evaluation when the
SHA-1 of its folded Arabic form is 0 mod 10 (`held_out`): every spelling of it, from either
source, is then left out of the lexicon and the letter model (benchmarks/translit.py scores them).
"""

from __future__ import annotations

import argparse
import hashlib
import json
import math
import re
import subprocess
import time
import zipfile
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable
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
_ARTICLES = frozenset({"al", "el", "ul", "il"})
_SINGLE = re.compile(r"([b-df-hj-np-tv-z])\1")  # a doubled consonant
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
#: The COLING 2018 NETransliteration word pairs (Merhav and Ash; code MIT, Amazon.com 2018; the names
#: are Wikidata labels of humans, CC0): commit and file of github.com/steveash/NETransliteration-COLING2018.
WIKIDATA_COMMIT = "5d5f59e561ecea45a6d3602121e1049baa7a76c3"
WIKIDATA_FILE = "data/wd_arabic.normalized.aligned.tokens"
WIKIDATA = "wikidata"
#: A Wikidata pair is kept when its best alignment scores at least this per Arabic letter under the
#: chunks learned from the dictionary and the catalog: their own pairs' 0.5th percentile (branch
#: h-wdnames: 3,000 sampled, 1st -3.09, 5th -2.2, median -0.87). It drops about 5.5 % of the pairs:
#: labels of other words (من "of", أم "mother"), one word of a name paired with another.
WIKIDATA_MIN_SCORE = -3.5
#: Shorter Arabic words are left out: of the 70 two-letter ones most are particles or a fragment of a
#: name (ما ma, في fee, اب ap).
WIKIDATA_MIN_LETTERS = 3
#: A word only Wikidata has joins the lexicon when this many people write it one way, and more than
#: half its people (one person: أوسبورن "Osburn", Osborne's label is أوزبورن, cost h-wdnames a speaker
#: of part e; بريم: prem 2 of 4 people would turn the labellers' Brim into Prem).
WIKIDATA_MIN_PEOPLE = 2
#: A catalog person's spelling of a word counts as this many votes. Chosen with
#: benchmarks/nil_spelling.py (uncatalogued people of the dev pages and parts a, b, d, e, g; full names
#: right of 64, pairing threshold 60 then): 1 vote 30, 3 votes 28; Wikidata counted for every word, not
#: only unsettled ones: 1 vote 28, 5 votes 29.
CATALOG_VOTES = 1


@dataclass(frozen=True)
class Pair:
    arabic: str  # letters() of the Arabic word; a compound عبد ال… is written as one word
    english: str  # lower case
    source: str  # "arabnamer", "wikidata" or a catalog person id
    state: str = ""  # for catalog pairs: the state of the person's first office
    count: int = 1  # how many people write it so (Wikidata's pairs count them; one entry or person else)

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
    if english in _ARTICLES and fold(arabic) != "ال":
        return None  # a bare article paired with a word: عز الدين الشيخ / Ezzeldin El Sheikh, one off
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


def canonical(votes: Counter[str]) -> str:
    """The spelling with the most votes; a tie goes to the spelling nearest all the others, then the
    shorter."""
    forms = sorted(votes)

    def spread(s: str) -> int:
        return sum(Levenshtein.distance(s, o) * votes[o] for o in forms)

    return min(forms, key=lambda s: (-votes[s], spread(s), len(s), s))


def settled(votes: Counter[str]) -> bool:
    """Whether the dictionary and the catalog agree on a spelling by themselves: its votes are at
    least two and more than any other's. (More than half of all their votes, tried: سيد sayed, not
    the sid of one catalog person and one dictionary entry, but عطية attia over the catalog's attiyah
    too, Hamad bin Ali Al-Attiyah's meeting lost on parts a and b.)"""
    ranked = sorted(votes.values(), reverse=True)
    return ranked[0] >= 2 and (len(ranked) == 1 or ranked[1] < ranked[0])


def wikidata_choice(votes: Counter[str]) -> str | None:
    """A word only Wikidata has: its spelling when WIKIDATA_MIN_PEOPLE people or more write it so and
    more than half of its people do (بريم: prem 2 of 4 is left to the letter model, Brim)."""
    ranked = sorted(votes.items(), key=lambda kv: (-kv[1], kv[0]))
    top, n = ranked[0]
    return top if n >= WIKIDATA_MIN_PEOPLE and 2 * n > sum(votes.values()) else None


def build_lexicon(pairs: Iterable[Pair], catalog_votes: int = CATALOG_VOTES) -> dict[str, str]:
    """Folded Arabic word -> its spelling, by votes (`canonical`): each spelling the dictionary lists
    is one vote (its entries are generated variants, "bin maamar", "ben maamar" …, not people), each
    catalog person `catalog_votes`; Wikidata's people vote where those two do not settle the word
    (`settled`; مهند: the dictionary's one mohand, so muhannad 7 + mohannad 5 of Wikidata decide);
    a word only Wikidata has: `wikidata_choice`."""
    base: dict[str, Counter[str]] = defaultdict(Counter)
    wikidata: dict[str, Counter[str]] = defaultdict(Counter)
    listed: set[tuple[str, str]] = set()
    for p in pairs:
        if p.source == WIKIDATA:
            wikidata[p.key][p.english] += p.count
        elif p.source == "arabnamer":
            if (p.key, p.english) not in listed:
                listed.add((p.key, p.english))
                base[p.key][p.english] += 1
        else:
            base[p.key][p.english] += catalog_votes
    out = {}
    for key, votes in base.items():
        if not settled(votes):
            votes = votes + wikidata.get(key, Counter())
        out[key] = canonical(votes)
    for key in wikidata.keys() - base.keys():
        if choice := wikidata_choice(wikidata[key]):
            out[key] = choice
    return out


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
    return em_scores(pairs, rounds)[0]


def em_scores(
    pairs: list[tuple[str, str]], rounds: int = EM_ROUNDS
) -> tuple[list[list[str] | None], Callable[[str, str], float]]:
    """`em_align`'s alignments and the chunk scores counted from them."""
    score: Callable[[str, str], float] = _seed_score
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

    return alignments, score


def wikidata_pairs(git_dir: Path) -> list[Pair]:
    """The COLING 2018 word pairs (WIKIDATA_FILE at WIKIDATA_COMMIT of a clone or mirror's git
    directory), with how many people write each, not yet checked (`checked`). An Arabic word with an
    article the English does not split (الاسد / alassad) is left out."""
    command = ["git", "--git-dir", str(git_dir), "show", f"{WIKIDATA_COMMIT}:{WIKIDATA_FILE}"]
    result = subprocess.run(command, capture_output=True, check=False)
    if result.returncode != 0:
        raise SystemExit(f"{git_dir}: cannot read {WIKIDATA_FILE}: {result.stderr.decode().strip()}")
    out = []
    for line in result.stdout.decode("utf-8").splitlines():
        english, _, rest = line.partition("\t")
        arabic, _, count = rest.rpartition("\t")
        if not count.isdigit():
            continue
        pair = _word_pair(arabic.replace(" ", ""), english.strip().lower().translate(_LATIN))
        if pair and not fold(pair[0]).startswith("ال"):  # also أل: ألدين / eldin
            out.append(Pair(*pair, WIKIDATA, count=int(count)))
    return out


def checked(pairs: list[Pair], score: Callable[[str, str], float]) -> list[Pair]:
    """The pairs of WIKIDATA_MIN_LETTERS Arabic letters or more whose letters align at
    WIKIDATA_MIN_SCORE per letter or better. The script leaves a doubled consonant single, so the
    English is also tried with its doubled letters written once: مهند / muhannad scores -3.98 per
    letter, muhanad -3.07 (the check alone dropped مهند's 7 + 5 people of muhannad and mohannad)."""
    out = []
    for p in pairs:
        if len(p.arabic) < WIKIDATA_MIN_LETTERS:
            continue
        best = -math.inf
        for english in {p.english, _SINGLE.sub(r"\1", p.english)}:
            chunks = align(p.arabic, english, score)
            if chunks:
                best = max(best, sum(map(score, p.arabic, chunks)) / len(p.arabic))
        if best >= WIKIDATA_MIN_SCORE:
            out.append(p)
    return out


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
    parser.add_argument(
        "--wikidata",
        type=Path,
        metavar="GIT_DIR",
        help="also the COLING 2018 Wikidata word pairs: the git directory of a clone or mirror of "
        "steveash/NETransliteration-COLING2018",
    )
    parser.add_argument(
        "--lexicon-only",
        action="store_true",
        help="rewrite the lexicon (and the sidecar's record of it) and keep the letter model in --out",
    )
    parser.add_argument("--c1", type=float, default=CRF_PARAMS["c1"], help="L1 weight (for a sweep)")
    parser.add_argument("--c2", type=float, default=CRF_PARAMS["c2"], help="L2 weight (for a sweep)")
    args = parser.parse_args()
    params = {**CRF_PARAMS, "c1": args.c1, "c2": args.c2}
    started = time.process_time()
    data, digest = read_dictionary(args.arabnamer)
    pairs = dictionary_pairs(data) + ([] if args.no_catalog else catalog_pairs())

    def trained(p: Pair) -> bool:
        return not held_out(p.key) and not (args.validation and held_out(p.key, 1))

    base_train = [p for p in pairs if trained(p)]
    found = dropped = 0
    if args.wikidata:
        # Wikidata's pairs are checked against the chunks every spelling of the dictionary and the
        # catalog aligns to (not only the lexicon's choice, which would make the check depend on it).
        _, score = em_scores(sorted({(p.arabic, p.english) for p in base_train}))
        candidates = wikidata_pairs(args.wikidata)
        kept_pairs = checked(candidates, score)
        found, dropped = len(candidates), len(candidates) - len(kept_pairs)
        pairs += kept_pairs
    train = [p for p in pairs if trained(p)]
    lexicon = build_lexicon(train)
    # The letter model learns one spelling per written form of the dictionary and the catalog: the
    # lexicon's choice for its key (Wikidata's 50k forms join the lexicon only).
    forms = sorted({(p.arabic, lexicon[p.key]) for p in base_train})
    args.out.mkdir(parents=True, exist_ok=True)
    if args.lexicon_only:
        try:
            previous = json.loads((args.out / "translit.json").read_text(encoding="utf-8"))
        except OSError as exc:
            raise SystemExit(f"--lexicon-only keeps the letter model of {args.out}: {exc}") from exc
        letter_model, alphabet = previous["letter_model"], previous["alphabet"]
        letter_model["lexicon_only_rebuild"] = "the letter model predates this lexicon (--lexicon-only)"
    else:
        alignments = em_align(forms)
        trainer = pycrfsuite.Trainer(verbose=False)
        trainer.set_params(params)
        sequences = [
            [part for chunk in chunks for part in split_chunk(chunk)] if chunks else None
            for chunks in alignments
        ]
        labels = Counter(label for seq in sequences if seq for label in seq)
        kept = {label for label, n in labels.items() if n >= MIN_LABEL}
        used = 0
        for (arabic, _english), seq in zip(forms, sequences, strict=True):
            if seq and kept.issuperset(seq):
                trainer.append(letter_features(arabic), seq)
                used += 1
        trainer.train(str(args.out / "translit.crfsuite"))
        letter_model = {"forms": len(forms), "aligned": used, "labels": len(kept)}
        alphabet = sorted({ch for arabic, _ in forms for ch in arabic})
    lines = [
        "# Arabic name word (folded, rasd.lang.normalize.fold; عبد ال… as one word) <TAB> its usual English",
        "# spelling, lower case. Built by scripts/train_translit.py; do not edit (see models/README.md).",
        "# " + CREDIT + ". Changes: reversed, split into words, one spelling kept per Arabic word.",
    ]
    if args.wikidata:
        lines.append("# With the COLING 2018 word pairs of Wikidata's labels of people (Merhav and Ash; MIT;")
        lines.append("# the names CC0): translit.json gives the repository, commit and file.")
    lines += [f"{key}\t{lexicon[key]}" for key in sorted(lexicon)]
    (args.out / "translit_lexicon.tsv").write_text("\n".join(lines) + "\n", encoding="utf-8")
    sidecar = {
        "feature_version": FEATURE_VERSION,
        "alphabet": alphabet,
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
            WIKIDATA: None
            if not args.wikidata
            else {
                "repository": "steveash/NETransliteration-COLING2018",
                "commit": WIKIDATA_COMMIT,
                "file": WIKIDATA_FILE,
                "licence": "MIT (Amazon.com, 2018); the names are Wikidata labels, CC0-1.0",
                "min_score_per_letter": WIKIDATA_MIN_SCORE,
                "pairs_found": found,
                "pairs_dropped_by_check": dropped,
            },
        },
        "pairs": {
            "dictionary": sum(p.source == "arabnamer" for p in pairs),
            "catalog": sum(p.source not in ("arabnamer", WIKIDATA) for p in pairs),
            "wikidata": sum(p.source == WIKIDATA for p in pairs),
            "train": len(train),
            "held_out": len(pairs) - len(train),
        },
        "lexicon_entries": len(lexicon),
        "letter_model": letter_model,
    }
    (args.out / "translit.json").write_text(json.dumps(sidecar, ensure_ascii=False, indent=1) + "\n")
    print(json.dumps(sidecar["pairs"]), sidecar["letter_model"], f"{time.process_time() - started:.0f} CPU s")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
