"""Why rasd misses gold events: every gold event with no full match, sorted into one cause (issue 10).

Usage: python scripts/event_misses.py OUTDIR [--unfiltered OUTDIR0] [--sets dev a b d e g] [--list]
       [--cause N] [--type T] [--shared ../shared]

OUTDIR is a folder as `/tmp/s11/evalall.sh` writes it: `dev.json` (`eval/pages/run.py --split dev --out`)
and `pa.json`, `pb.json` … (`rasd analyze` of a SaudiNewsNet devset part); OUTDIR0 the same run with
`RASD_EVENT_FILTER_THRESHOLD=0`. Only the development sets are read: the pages' dev split and devset parts
a, b, d, e, g (the test split and parts c, f, h are held out and refused).

A missed gold event gets the first cause that holds, in this order, each tested with the scorer's own
`event_mismatches` (`../shared/eval/score_seeds.py`, loaded by `eval/shared_scorer.py`):
  4 filter     a full match exists in the unfiltered output, or the only events of its type sharing a
               participant with it are there and not in the output (the learned filter dropped them);
  5 detail     an output event of its type holds all its participants, but place, date or status differ;
  3 parties    an output event of its type shares a participant but lacks another; split by whether a
               lacking participant is an entity of the document at all (`3 no entity`: the catalog, NER
               or linker missed it) or is found but not made a party (`3 not a party`);
  2 type       an output event of another type holds all its two or more participants (a statement of
               the speaker beside a missed visit is no misread type: that goes on to 1);
  1 trigger    nothing of the above: no event of the type was opened for it (trigger word, nominal or
               passive construction, word order); `1 no entity` when a participant is not even an
               entity of the document, so no trigger would have found it either.
Prints a table of causes per set and one per type over all sets; `--list` prints every miss with its
cause and the sentences that name its participants (for reading; the text stays on the terminal).
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from types import ModuleType
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "eval"))  # the shared scorer's loader
from shared_scorer import load_scorer  # noqa: E402

SETS = {  # set -> (output file in OUTDIR, gold file)
    "dev": ("dev.json", ROOT / "eval" / "pages" / "dev.yaml"),
    "a": ("pa.json", ROOT / "eval" / "devset" / "gold.yaml"),
    "b": ("pb.json", ROOT / "eval" / "devset" / "gold_b.yaml"),
    "d": ("pd.json", ROOT / "eval" / "devset" / "gold_d.yaml"),
    "e": ("pe.json", ROOT / "eval" / "devset" / "gold_e.yaml"),
    "g": ("pg.json", ROOT / "eval" / "devset" / "gold_g.yaml"),
}
CAUSES = (
    "1 trigger",
    "1 no entity",
    "2 type",
    "3 not a party",
    "3 no entity",
    "4 filter",
    "5 detail",
)


@dataclass
class Miss:
    """One gold event with no full match and the cause it was sorted into."""

    doc: str
    gold: dict
    cause: str
    why: str


def options(ge: dict) -> list[list[str]]:
    """The gold's accepted participant sets (`participants_ok`, else `participants`)."""
    return ge.get("participants_ok") or [ge.get("participants") or []]


def lacking(gold: Any, ge: dict, e: Any) -> list[str]:
    """The fewest gold participants that `e` lacks over the accepted sets (the scorer's rule)."""
    return min(
        ([p for p in opt if not any(gold.same_name(p, q) for q in e.participants)] for opt in options(ge)),
        key=len,
    )


def shares(gold: Any, ge: dict, e: Any) -> bool:
    return any(gold.same_name(p, q) for opt in options(ge) for p in opt for q in e.participants)


def is_entity(gold: Any, name: str, doc: Any) -> bool:
    """Whether some output entity of the document carries the gold name (or one of its aliases)."""
    return bool(doc) and any(gold.same_name(name, ent.name_en) for ent in doc.entities)


def classify(s: ModuleType, gold: Any, ge: dict, doc: Any, doc0: Any) -> tuple[str, str]:
    """(cause, explanation) of one missed gold event; `doc0` is the unfiltered output's document."""
    events = doc.events if doc else []
    gtype = str(ge.get("type")).lower()
    same = [e for e in events if e.type == gtype]
    if doc0 is not None:
        if s.matching_events(gold, ge, doc0.events):
            return "4 filter", "full match before the filter"
        before = [e for e in doc0.events if e.type == gtype and shares(gold, ge, e)]
        if before and not any(shares(gold, ge, e) for e in same):
            return "4 filter", f"dropped by the filter: {before[0].participants}"
    complete = [e for e in same if not lacking(gold, ge, e)]
    if complete:
        best = min(complete, key=lambda e: sum(w for w, _ in s.event_mismatches(gold, ge, e)))
        return "5 detail", "; ".join(m for _, m in s.event_mismatches(gold, ge, best))
    partial = [e for e in same if shares(gold, ge, e)]
    if partial:
        best = min(partial, key=lambda e: len(lacking(gold, ge, e)))
        missing = lacking(gold, ge, best)
        unfound = [p for p in missing if not is_entity(gold, p, doc)]
        if unfound:
            return "3 no entity", f"no entity {unfound}; nearest {best.participants}"
        return "3 not a party", f"lacks {missing}; nearest {best.participants}"
    other = [e for e in events if e.type not in (gtype, "statement") and not lacking(gold, ge, e)]
    if gtype != "statement" and max(map(len, options(ge))) > 1 and other:
        return "2 type", f"as {other[0].type} {other[0].participants}"
    unfound = sorted({p for opt in options(ge) for p in opt if not is_entity(gold, p, doc)})
    if unfound and all(any(p in unfound for p in opt) for opt in options(ge)):
        return "1 no entity", f"no entity {unfound}"
    return "1 trigger", f"{len(same)} output {gtype} event(s), none with these parties"


def misses(s: ModuleType, gold: Any, out: Any, out0: Any | None) -> list[Miss]:
    found = []
    for name, g in sorted(gold.documents.items()):
        doc = out.docs.get(name)
        doc0 = out0.docs.get(name) if out0 is not None else None
        for ge in g.get("events") or []:
            if doc and s.matching_events(gold, ge, doc.events):
                continue
            cause, why = classify(s, gold, ge, doc, doc0)
            found.append(Miss(name, ge, cause, why))
    return found


def sentences_naming(gold: Any, doc: Any, ge: dict, raw: dict[str, Any] | None) -> list[str]:
    """The sentences of the document that hold a mention of one of the gold participants."""
    if not doc or raw is None:
        return []
    names = {p for opt in options(ge) for p in opt}
    named = [ent for ent in doc.entities if any(gold.same_name(p, ent.name_en) for p in names)]
    forms = {m for ent in named for m in ent.mentions}
    found = []
    for story in raw.get("stories") or []:
        text = story.get("text") or ""
        for start, end in story.get("sentences") or []:
            sentence = text[start:end]
            if any(f and f in sentence for f in forms):
                found.append(sentence.replace("\n", " "))
    return found


def table(rows: dict[str, Counter[str]], totals: dict[str, int], label: str) -> str:
    head = f"{label:<10} {'gold':>5} {'missed':>6} " + " ".join(f"{c:>13}" for c in CAUSES)
    lines = [head]
    for key, counts in rows.items():
        cells = " ".join(f"{counts[c]:>13}" for c in CAUSES)
        lines.append(f"{key:<10} {totals.get(key, 0):>5} {sum(counts.values()):>6} {cells}")
    return "\n".join(lines)


def load(s: ModuleType, path: Path) -> tuple[Any, dict[str, Any]]:
    data = json.loads(path.read_text(encoding="utf-8"))
    raw = {Path(str(d.get("source"))).name: d for d in data.get("documents") or []}
    return s.parse_output(data), raw


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("outdir", type=Path)
    parser.add_argument("--unfiltered", type=Path, help="the same run with RASD_EVENT_FILTER_THRESHOLD=0")
    parser.add_argument("--sets", nargs="+", default=list(SETS), choices=list(SETS))
    parser.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    parser.add_argument("--list", action="store_true", help="print every miss with its cause and sentences")
    parser.add_argument("--cause", help="with --list: only causes starting with this (e.g. 1)")
    parser.add_argument("--type", help="with --list: only gold events of this type")
    args = parser.parse_args()
    s = load_scorer(args.shared)
    per_set: dict[str, Counter[str]] = {}
    per_type: dict[str, Counter[str]] = {}
    set_totals: dict[str, int] = {}
    type_totals: Counter[str] = Counter()
    for name in args.sets:
        file, gold_path = SETS[name]
        gold = s.load_gold(gold_path)
        out, raw = load(s, args.outdir / file)
        out0 = load(s, args.unfiltered / file)[0] if args.unfiltered else None
        found = misses(s, gold, out, out0)
        per_set[name] = Counter(m.cause for m in found)
        set_totals[name] = len(gold.gold_events())
        type_totals.update(str(ge.get("type")).lower() for _, ge in gold.gold_events())
        for m in found:
            per_type.setdefault(str(m.gold.get("type")).lower(), Counter())[m.cause] += 1
            if not args.list or (args.cause and not m.cause.startswith(args.cause)):
                continue
            if args.type and str(m.gold.get("type")).lower() != args.type:
                continue
            parties = " or ".join(map(str, options(m.gold)))
            print(f"[{name}] {m.cause} | {m.doc}: {m.gold.get('type')} {m.gold.get('status')} {parties}")
            print(f"      {m.why}")
            for sentence in sentences_naming(gold, out.docs.get(m.doc), m.gold, raw.get(m.doc))[:4]:
                print(f"      > {sentence[:300]}")
    per_set["all"] = sum(per_set.values(), Counter())
    set_totals["all"] = sum(set_totals.values())
    print(table(per_set, set_totals, "set"))
    print()
    ordered = dict(sorted(per_type.items(), key=lambda kv: -sum(kv[1].values())))
    print(table(ordered, dict(type_totals), "type"))
    return 0


if __name__ == "__main__":
    sys.exit(main())
