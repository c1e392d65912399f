"""How often rasd's English spelling of an uncatalogued person equals the labellers' (issue 14).

Usage: python benchmarks/nil_spelling.py OUTDIR [--model DIR] [--list] [--out FILE]
OUTDIR holds rasd's output on the dev pages (`dev.json`, eval/pages/run.py --split dev) and on the
SaudiNewsNet dev parts (`pa.json`, `pb.json`, `pd.json`, `pe.json`, `pg.json`), as
/tmp/s11/evalall.sh writes them. Never the test split or parts c, f, h.

The scorer compares participants and speakers by English name (case and accents folded, the gold's
aliases allowed), so a person the catalog lacks counts only when rasd spells him as the labeller did.
Pairs: each PER entity rasd marks `romanized` (its Arabic `name_ar`) and a gold person of the same
document (event participant, quote speaker) whose name and aliases the catalog lacks, paired when the
letter-table spelling (`romanize(..., learned=False)`) or the output's own `name_en` is close to a gold
form (fuzzy ratio >= PAIR_MIN, articles and spaces left out): both fixed by OUTDIR, so the same pairs
are scored whatever model spells them. Each distinct (Arabic name, gold name) pair counts once per set.

Scored with the current romaniser (or the model built into `--model DIR`): full name exact (folded,
as the scorer does) against the gold name and its aliases; per word, positionally against the gold
forms with as many words (names whose word counts never agree are counted apart). Each word's
source is noted: name_words.tsv, the lexicon, or the letter model.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import unicodedata
from collections import Counter
from pathlib import Path

import yaml
from common import REPO, git_commit, write_report
from rapidfuzz import fuzz

from rasd.lang.normalize import fold
from rasd.nlp.catalog import load_catalog
from rasd.nlp.romanize import _ARTICLE, _MARKS, _joined, load_romanizer, romanize

#: A gold name and a NIL person are one person when a fixed spelling of the Arabic is this close to a
#: gold form (rapidfuzz ratio of the folded names without articles or spaces). Read by hand on main's
#: output: 70 gives 60 pairs; 60 adds 4, 50 adds 3 more, all of them another person of the story
#: (محمد العايش / Hamad bin Ali Al-Attiyah, كارين برونسون / Bob Wilson).
PAIR_MIN = 70
SETS = {
    "dev": ("dev.json", "eval/pages/dev.yaml"),
    "a": ("pa.json", "eval/devset/gold.yaml"),
    "b": ("pb.json", "eval/devset/gold_b.yaml"),
    "d": ("pd.json", "eval/devset/gold_d.yaml"),
    "e": ("pe.json", "eval/devset/gold_e.yaml"),
    "g": ("pg.json", "eval/devset/gold_g.yaml"),
}
_WORD = re.compile(r"[^\W_]+")


def fold_name(name: str) -> str:
    """The scorer's folding: case and accents off, punctuation as single spaces."""
    decomposed = unicodedata.normalize("NFKD", name)
    base = "".join(ch for ch in decomposed if not unicodedata.combining(ch)).casefold()
    return " ".join(_WORD.findall(base))


def _bare(name: str) -> str:
    """A name for pairing: folded, articles and spaces out."""
    return "".join(w for w in fold_name(name).split() if w not in ("al", "el"))


def gold_people(gold: dict) -> dict[str, set[str]]:
    """Per document, the gold person names of its events and quotes."""
    out: dict[str, set[str]] = {}
    for doc, g in (gold.get("documents") or {}).items():
        names: set[str] = set()
        for ev in g.get("events") or []:
            names.update(str(p) for p in ev.get("participants") or [] if p)
        for q in g.get("quotes") or []:
            names.update(str(s) for s in [q.get("speaker"), *(q.get("speaker_ok") or [])] if s)
        out[str(doc)] = names
    return out


def catalog_names() -> set[str]:
    names = set()
    for e in load_catalog():
        names.update(fold_name(n) for n in (e.name_en, *e.aliases_en) if n)
    return names


def nil_people(path: Path) -> dict[str, list[dict]]:
    data = json.loads(path.read_text(encoding="utf-8"))
    out: dict[str, list[dict]] = {}
    for doc in data["documents"]:
        name = re.split(r"[\\/]", str(doc.get("source")).rstrip("/\\"))[-1]
        people = out.setdefault(name, [])
        for story in doc.get("stories") or []:
            people += [
                e for e in story.get("entities") or [] if e.get("type") == "PER" and e.get("romanized")
            ]
    return out


def word_sources(arabic: str, r) -> list[str]:
    """Where romanize takes each word's spelling from (its order: table, lexicon, letter model)."""
    out = []
    for word in _joined(arabic.translate(_MARKS).split()):
        folded = fold(word)
        rest = fold(word[2:]) if _ARTICLE.match(word) else folded
        if folded in r.names or rest in r.names:
            out.append("table")
        elif folded in r.model.lexicon or rest.replace(" ", "") in r.model.lexicon:
            out.append("lexicon")
        else:
            out.append("model")
    return out


def pairs_of(outdir: Path, key: str, catalog: set[str]) -> list[tuple[str, str, list[str]]]:
    """(Arabic name, gold name, its folded forms) of one set, each pair once."""
    out_file, gold_file = SETS[key]
    gold = yaml.safe_load((REPO / gold_file).read_text(encoding="utf-8"))
    aliases = {str(k): [str(a) for a in v or []] for k, v in (gold.get("aliases_en") or {}).items()}
    people = nil_people(outdir / out_file)
    shipped = load_romanizer()
    seen, out = set(), []
    for doc, names in gold_people(gold).items():
        candidates = []
        for g in names:
            forms = [g, *aliases.get(g, [])]
            if any(fold_name(f) in catalog for f in forms):
                continue
            candidates.append((g, forms))
        for entity in people.get(doc, []):
            arabic = entity.get("name_ar") or ""
            fixed = [romanize(arabic, learned=False, romanizer=shipped), str(entity.get("name_en") or "")]
            best = max(
                (
                    (max(fuzz.ratio(_bare(s), _bare(f)) for s in fixed for f in forms), g, forms)
                    for g, forms in candidates
                ),
                default=None,
            )
            if best and best[0] >= PAIR_MIN and (arabic, best[1]) not in seen:
                seen.add((arabic, best[1]))
                out.append((arabic, best[1], sorted({fold_name(f) for f in best[2]})))
    return out


def score(pairs, r) -> dict:
    full = words = words_right = unaligned = 0
    by_source: Counter[str] = Counter()
    right_by_source: Counter[str] = Counter()
    rows = []
    for arabic, gold, forms in pairs:
        spelled = romanize(arabic, romanizer=r)
        ok = fold_name(spelled) in forms
        full += ok
        mine = _words_of(fold_name(spelled)).split()
        same_length = [f.split() for f in map(_words_of, forms) if len(f.split()) == len(mine)]
        sources = word_sources(arabic, r)
        word_ok = []
        if same_length and len(sources) == len(mine):
            for i, w in enumerate(mine):
                hit = any(f[i] == w for f in same_length)
                word_ok.append(hit)
                words += 1
                words_right += hit
                by_source[sources[i]] += 1
                right_by_source[sources[i]] += hit
        else:
            unaligned += 1
        rows.append(
            {"arabic": arabic, "gold": gold, "rasd": spelled, "exact": ok, "words": word_ok, "src": sources}
        )
    n = len(pairs)
    return {
        "names": n,
        "full_exact": round(full / n, 3) if n else 0.0,
        "full_right": full,
        "words": words,
        "word_exact": round(words_right / words, 3) if words else 0.0,
        "words_right": words_right,
        "unaligned_names": unaligned,
        "by_source": {s: f"{right_by_source[s]}/{by_source[s]}" for s in sorted(by_source)},
        "rows": rows,
    }


def _words_of(form: str) -> str:
    """A folded form with "al x" written as one word "al-x" (rasd writes the article joined)."""
    return re.sub(r"\b(al|el) (?=\S)", r"\1-", form).replace("-", "")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("outdir", type=Path)
    parser.add_argument("--model", type=Path, help="a model built by scripts/train_translit.py --out DIR")
    parser.add_argument("--list", action="store_true", help="print every pair")
    parser.add_argument("--out", type=Path, default=REPO / "benchmarks" / "results" / "nil_spelling.json")
    args = parser.parse_args()
    catalog = catalog_names()
    r = load_romanizer(str(args.model) if args.model else None)
    report: dict = {"commit": git_commit(), "outdir": str(args.outdir), "sets": {}}
    total: Counter[str] = Counter()
    for key in SETS:
        pairs = pairs_of(args.outdir, key, catalog)
        s = score(pairs, r)
        report["sets"][key] = {k: v for k, v in s.items() if k != "rows"}  # names stay out of the file
        for k in ("names", "full_right", "words", "words_right"):
            total[k] += s[k]
        print(
            f"{key:4} names {s['names']:3}  full {s['full_exact']:.3f} ({s['full_right']})  "
            f"words {s['word_exact']:.3f} ({s['words_right']}/{s['words']})  "
            f"unaligned {s['unaligned_names']}  by source {s['by_source']}"
        )
        if args.list:
            for row in s["rows"]:
                marks = "".join("+" if w else "-" for w in row["words"]) or "?"
                ok = "OK " if row["exact"] else "   "
                print(f"   {ok}{marks:5} {row['arabic']} -> {row['rasd']} | {row['gold']}  {row['src']}")
    n, w = total["names"], total["words"]
    print(
        f"all  names {n:3}  full {total['full_right'] / max(n, 1):.3f} ({total['full_right']})  "
        f"words {total['words_right'] / max(w, 1):.3f} ({total['words_right']}/{w})"
    )
    report["all"] = dict(total)
    write_report(args.out, report)
    return 0


if __name__ == "__main__":
    sys.exit(main())
