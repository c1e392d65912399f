"""How well rasd spells Arabic name words in English, on pairs the model never saw.

Usage: python benchmarks/translit.py [ARABNAMER] [--out benchmarks/results/translit.json]
ARABNAMER: the arabnamer 0.1.3 wheel or its unpacked folder (default /tmp/an/…whl; fetch it with
`pip download arabnamer==0.1.3 --no-deps -d /tmp/an`). The held-out words are those
scripts/train_translit.py left out (SHA-1 of the folded Arabic, 0 mod 10). Each held-out Arabic
word counts once; its references are every English spelling the sources give it (the dictionary
often gives several: hussein, hussain, hossein). Exact: the output is one of them (case ignored).
CER: edit distance to the nearest reference over its length.

Origin: the dictionary has none, so its words are one group; a catalog word's origin is the state
of its person's first office (Arab League, Iran, Turkey, Russia/Ukraine/Belarus, Europe, Latin
America, other) — a coarse proxy: a Lebanese-born French minister counts as Europe. With
`--wikidata GIT_DIR` (the COLING 2018 pairs, as scripts/train_translit.py reads them, unchecked), the
held-out words of Wikidata's people are one more group and their spellings join every word's
references. `--model DIR` scores that build (lexicon and letter model) instead of the shipped one.
"""

from __future__ import annotations

import argparse
import sys
import time
from collections import defaultdict
from pathlib import Path

from common import REPO, git_commit, write_report
from rapidfuzz.distance import Levenshtein

sys.path.insert(0, str(REPO / "scripts"))

from train_translit import (
    WIKIDATA,
    catalog_pairs,
    dictionary_pairs,
    held_out,
    read_dictionary,
    wikidata_pairs,
)

from rasd.nlp.romanize import by_letters, load_letter_table, load_romanizer, romanize
from rasd.nlp.translit import load_transliterator

DEFAULT_WHEEL = Path("/tmp/an/arabnamer-0.1.3-py3-none-any.whl")
REGIONS = {
    "Arab": "SA AE QA KW BH OM YE IQ SY LB JO PS EG SD LY TN DZ MA MR SO DJ KM",
    "Iran": "IR",
    "Turkey": "TR",
    "Russia/Ukraine/Belarus": "RU UA BY",
    "Europe": "GB FR DE IT ES PT NL BE LU IE AT CH SE NO DK FI IS PL CZ SK HU RO BG GR CY MT SI HR RS "
    "BA ME MK AL XK EE LV LT MD EU VA",
    "Latin America": "MX BR AR CL CO PE VE CU BO EC UY PY NI HN GT SV CR PA DO HT",
}
REGION_OF = {state: region for region, states in REGIONS.items() for state in states.split()}


def cer(output: str, references: set[str]) -> float:
    return min(Levenshtein.distance(output, r) / len(r) for r in references)


def score(words: dict[str, tuple[str, set[str]]], spell) -> dict[str, float]:
    exact = total = 0.0
    for arabic, refs in words.values():
        out = spell(arabic).lower()
        exact += out in refs
        total += cer(out, refs)
    n = len(words)
    return {"n": n, "exact": round(exact / n, 3) if n else 0.0, "cer": round(total / n, 3) if n else 0.0}


def by_origin(folder: Path) -> dict:
    """Every catalog word a dictionary-only model never saw, by origin: letters vs the letter model."""
    model = load_transliterator(str(folder))
    pairs = [p for p in catalog_pairs() if p.key not in model.lexicon]
    refs: dict[str, set[str]] = defaultdict(set)
    for p in pairs:
        refs[p.key].add(p.english)
    groups: dict[str, dict[str, tuple[str, set[str]]]] = defaultdict(dict)
    for p in pairs:
        groups[REGION_OF.get(p.state, "other")].setdefault(p.key, (p.arabic, refs[p.key]))
        groups["all"].setdefault(p.key, (p.arabic, refs[p.key]))
    letters = load_letter_table()
    spellers = {"letter table": lambda w: by_letters(w, letters), "letter model": model.guess}
    out = {}
    print("\ncatalog words unseen by a dictionary-only model (no lexicon, no name_words.tsv):")
    for origin in ["all", *REGIONS, "other"]:
        row = {name: score(groups[origin], spell) for name, spell in spellers.items()}
        out[origin] = row
        cells = "  ".join(f"{name} exact {r['exact']:.3f} CER {r['cer']:.3f}" for name, r in row.items())
        print(f"{origin:24} {len(groups[origin]):>5}  {cells}")
    return out


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("arabnamer", type=Path, nargs="?", default=DEFAULT_WHEEL)
    parser.add_argument("--out", type=Path, default=REPO / "benchmarks" / "results" / "translit.json")
    parser.add_argument(
        "--by-origin",
        type=Path,
        metavar="DIR",
        help="also score catalog words on a model built without them "
        "(scripts/train_translit.py ARABNAMER --no-catalog --out DIR)",
    )
    parser.add_argument(
        "--validation", action="store_true", help="score the validation words (with --model of a sweep build)"
    )
    parser.add_argument(
        "--wikidata",
        type=Path,
        metavar="GIT_DIR",
        help="also Wikidata's held-out words (their own group; their spellings join all references)",
    )
    parser.add_argument(
        "--model", type=Path, metavar="DIR", help="score this build's letter model (a parameter sweep)"
    )
    args = parser.parse_args()
    data, digest = read_dictionary(args.arabnamer)
    sourced = dictionary_pairs(data) + catalog_pairs()
    if args.wikidata:
        sourced += wikidata_pairs(args.wikidata)
    pairs = [p for p in sourced if held_out(p.key, 1 if args.validation else 0)]
    groups: dict[str, dict[str, tuple[str, set[str]]]] = defaultdict(dict)
    refs: dict[str, set[str]] = defaultdict(set)
    for p in pairs:
        refs[p.key].add(p.english)
    for p in pairs:
        origin = {"arabnamer": "dictionary", WIKIDATA: WIKIDATA}.get(p.source) or REGION_OF.get(
            p.state, "other"
        )
        groups[origin].setdefault(p.key, (p.arabic, refs[p.key]))
        groups["all"].setdefault(p.key, (p.arabic, refs[p.key]))
    model = load_transliterator(str(args.model) if args.model else None)
    # romanize reads the tables and the model as the pipeline does (the shipped ones, or --model's)
    shipped = load_romanizer(str(args.model) if args.model else None)
    spellers = {
        "letters (before)": lambda w: romanize(w, learned=False, romanizer=shipped),
        "learned (now)": lambda w: romanize(w, romanizer=shipped),
        "letter model alone": model.guess,
    }
    started = time.process_time()
    report: dict = {"commit": git_commit(), "arabnamer_sha256": digest, "groups": {}}
    order = ["all", "dictionary", *REGIONS, "other", WIKIDATA]
    print(f"{'origin':24} {'n':>5}  " + "  ".join(f"{name:>26}" for name in spellers))
    for origin in order:
        if origin not in groups:
            continue
        row = {name: score(groups[origin], spell) for name, spell in spellers.items()}
        report["groups"][origin] = row
        cells = "  ".join(f"exact {r['exact']:.3f} CER {r['cer']:.3f}".rjust(26) for r in row.values())
        print(f"{origin:24} {len(groups[origin]):>5}  {cells}")
    if args.by_origin:
        report["catalog_by_origin"] = by_origin(args.by_origin)
    report["cpu_seconds"] = round(time.process_time() - started, 2)
    write_report(args.out, report)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
