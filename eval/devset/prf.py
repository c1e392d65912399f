"""Event and quote precision, recall and F1 on the dev set, by the seeds scorer's own matching.

Usage: python eval/devset/prf.py OUT.json [--part a|b|c|d|e|f|g|h] [--gold eval/devset/gold.yaml]
[--shared ../shared] (--part X scores against gold_X.yaml, part a against gold.yaml; an explicit --gold wins.)
Recall: gold events (direct quotes) that some output event (quote) matches. Precision: output events of the
types the gold labels (quotes) that match some gold event (quote) of their document. The matching
functions are imported from ../shared/eval/score_seeds.py, not copied.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # eval/: the shared scorer's loader
from shared_scorer import load_scorer  # noqa: E402

GOLDS = {
    "a": "gold.yaml",
    "b": "gold_b.yaml",
    "c": "gold_c.yaml",
    "d": "gold_d.yaml",
    "e": "gold_e.yaml",
    "f": "gold_f.yaml",
    "g": "gold_g.yaml",
    "h": "gold_h.yaml",
}


def _direct_only(path: Path) -> Path:
    """A copy of the output without reported speech: the dev set labels direct quotes only."""
    data = json.loads(path.read_text(encoding="utf-8"))
    for doc in data["documents"]:
        for story in doc["stories"]:
            story["quotes"] = [q for q in story.get("quotes", []) if q.get("direct", True)]
    copy = Path(tempfile.mkstemp(suffix=".json")[1])
    copy.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    return copy


def _speakers(gold_quote: dict) -> list:
    """The gold speaker and its `speaker_ok` alternatives (a joint statement has two fair speakers); null
    stands for an unnamed source and matches only an output quote with no speaker."""
    return [gold_quote.get("speaker"), *(gold_quote.get("speaker_ok") or [])]


def prf(hits_gold: int, n_gold: int, hits_out: int, n_out: int) -> str:
    p, r = hits_out / max(n_out, 1), hits_gold / max(n_gold, 1)
    f = 2 * p * r / (p + r) if p + r else 0.0
    return f"P {p:.3f} ({hits_out}/{n_out})  R {r:.3f} ({hits_gold}/{n_gold})  F1 {f:.3f}"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("output", type=Path)
    parser.add_argument("--part", choices=sorted(GOLDS), default="a", help="which part's gold (default a)")
    parser.add_argument("--gold", type=Path, help="gold file (default: the part's)")
    parser.add_argument("--shared", type=Path, default=HERE.parents[1].parent / "shared")
    parser.add_argument("--by-type", action="store_true", help="also print events P/R/F1 per event type")
    args = parser.parse_args()
    if args.gold is None:
        args.gold = HERE / GOLDS[args.part]
    s = load_scorer(args.shared)
    gold, out = s.load_gold(args.gold), s.load_output(_direct_only(args.output))
    types = {str(ge.get("type")) for _, ge in gold.gold_events()}
    eg = eo = ng = no = qg = qo = nqg = nqo = 0
    by_type: dict[str, Counter[str]] = {k: Counter() for k in ("hits_gold", "gold", "hits_out", "out")}
    for name, g in gold.documents.items():
        doc = out.docs.get(name)
        events = [e for e in (doc.events if doc else []) if e.type in types]
        gevents = g.get("events") or []
        ng, no = ng + len(gevents), no + len(events)
        for ge in gevents:
            hit = bool(s.matching_events(gold, ge, events))
            eg += hit
            by_type["gold"][str(ge.get("type"))] += 1
            by_type["hits_gold"][str(ge.get("type"))] += hit
        for e in events:
            hit = any(not s.event_mismatches(gold, ge, e) for ge in gevents)
            eo += hit
            by_type["out"][e.type] += 1
            by_type["hits_out"][e.type] += hit
        quotes, gquotes = (doc.quotes if doc else []), g.get("quotes") or []
        nqg, nqo = nqg + len(gquotes), nqo + len(quotes)
        ok = [
            (gq, q)
            for gq in gquotes
            for q in quotes
            if s.quote_matches(str(gq.get("text", "")), q.text)
            and s.speaker_matches(gold, _speakers(gq), q.speaker)
        ]
        qg += len({id(gq) for gq, _ in ok})
        qo += len({id(q) for _, q in ok})
    print("events", prf(eg, ng, eo, no))
    print("quotes", prf(qg, nqg, qo, nqo))
    if args.by_type:
        for t in sorted(types, key=lambda t: -by_type["gold"][t]):
            counts = (by_type[k][t] for k in ("hits_gold", "gold", "hits_out", "out"))
            print(f"  {t:<10}", prf(*counts))


if __name__ == "__main__":
    main()
