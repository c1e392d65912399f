"""Score rasd.clean.sentences.split_sentences on UD Arabic-PUD, the one sentence gold we have.

Each document's `text` goes to the splitter whole; its sentence end offsets are compared with the
gold `end` offsets (boundary precision, recall, F1), and its sentences with the gold ones (exact
match rate). Figures are printed and written to benchmarks/results/sentences.json.

    .venv/bin/python benchmarks/sentences.py [--shared DIR]
"""

from __future__ import annotations

import argparse
import datetime as dt
import gzip
import json
import re
import sys
from collections.abc import Callable, Iterable, Sequence
from functools import partial
from pathlib import Path

from common import git_commit, write_report

from rasd.clean.sentences import QUOTE_MAX_CHARS, load_abbreviations, split_sentences
from rasd.records import Span

REPO = Path(__file__).resolve().parents[1]
DEFAULT_SHARED = REPO.parent / "shared"
PUD_DOCS = Path("eval/sentences/ud_arabic_pud_docs.jsonl")
NEWS = Path("corpus/saudinewsnet/articles.jsonl.gz")
# Words that open a dependent clause: after ؛ they say the clause goes on rather than a new sentence.
CLAUSE_LINKS = frozenset((
    "حيث", "إذ", "لأن", "لأنه", "لأنها", "لأنهم", "لأنَّ", "مما", "بسبب", "بهدف", "لذا", "لذلك", "ولذلك",
    "حتى", "بحيث", "لكي", "كي", "نظرا", "نظراً", "نتيجة", "مشيرا", "مشيراً", "مؤكدا", "مؤكداً", "وذلك",
    "بما", "إلا", "بل", "لكن", "ولكن", "أي", "كون", "فيما", "بينما", "وبالتالي", "لما",
))  # fmt: skip
RESULTS = REPO / "benchmarks" / "results" / "sentences.json"
CAVEATS = [
    "PUD is translated text (from en, de, fr, it, es), not native Arabic news.",
    "Commas are Latin ',' in 541 of 1000 sentences and the Arabic comma '،' never occurs; "
    "؛ never occurs either, so the semicolon setting cannot be told apart on PUD.",
    "Documents are pseudo-running text: gold sentences that were not adjacent, joined by one space.",
    "In 6 gold sentences a '.', '!', '?' or '؟' is followed by more text inside the same sentence.",
    "Every document-final end is trivially right; the 'internal' figures leave those 397 out.",
    "PUD has few hard cases (about a dozen marks that do not end a sentence), so a naive split scores "
    "nearly as well (see naive_baseline); the rules for quotes, abbreviations and ellipses are checked "
    "mainly by tests/clean/test_sentences.py.",
]


def prf(gold: set[tuple[str, int]], predicted: set[tuple[str, int]]) -> dict[str, float | int]:
    """Precision, recall and F1 of predicted items against gold ones."""
    hits = len(gold & predicted)
    precision = hits / len(predicted) if predicted else 0.0
    recall = hits / len(gold) if gold else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {
        "precision": round(precision, 4),
        "recall": round(recall, 4),
        "f1": round(f1, 4),
        "gold": len(gold),
        "predicted": len(predicted),
        "correct": hits,
    }


def naive_split(text: str) -> list[Span]:
    """The baseline: a sentence ends after every . ! ? ؟ (and closing quotes) followed by a space."""
    ends = [m.end() for m in re.finditer(r"[.!?؟]+[\"»”]*(?=\s)", text)] + [len(text)]
    starts = [0] + [e + len(text[e:]) - len(text[e:].lstrip()) for e in ends[:-1]]
    return [Span(s, e) for s, e in zip(starts, ends, strict=True) if s < e]


def score(docs: Iterable[dict], split: Callable[[str], Sequence[Span]]) -> dict[str, object]:
    """Boundary and exact-sentence figures for one splitter."""
    gold_ends, pred_ends, gold_sents, pred_sents = set(), set(), set(), set()
    errors = []
    for doc in docs:
        doc_id, text = doc["doc_id"], doc["text"]
        spans = split(text)
        gold = {(doc_id, s["start"], s["end"]) for s in doc["sentences"]}
        pred = {(doc_id, s.start, s.end) for s in spans}
        gold_sents |= gold
        pred_sents |= pred
        gold_ends |= {(d, e) for d, _, e in gold}
        pred_ends |= {(d, e) for d, _, e in pred}
        for _, start, end in sorted(pred - gold):
            errors.append({"doc_id": doc_id, "predicted": text[start:end]})
    final = {(doc["doc_id"], len(doc["text"])) for doc in docs}
    exact = prf(gold_sents, pred_sents)
    return {
        "boundaries": prf(gold_ends, pred_ends),
        "internal_boundaries": prf(gold_ends - final, pred_ends - final),
        "exact_sentence_match_rate": exact["recall"],
        "exact_sentence_precision": exact["precision"],
        "wrong_predicted_sentences": errors,
    }


def semicolon_study(path: Path) -> dict[str, object] | None:
    """How often ؛ in real news is followed by a word that links a dependent clause (no gold needed)."""
    if not path.is_file():
        return None
    total = linked = 0
    with gzip.open(path, "rt", encoding="utf-8") as lines:
        for line in lines:
            for match in re.finditer(r"؛\s*(\S+)", json.loads(line).get("text") or ""):
                total += 1
                linked += match.group(1) in CLAUSE_LINKS
    return {
        "data": str(NEWS),
        "semicolons": total,
        "followed_by_clause_link": linked,
        "share": round(linked / total, 4) if total else None,
        "clause_links": sorted(CLAUSE_LINKS),
    }


def print_figures(runs: dict[str, dict], study: dict[str, object] | None, errors: bool) -> None:
    for name, figures in runs.items():
        b, i = figures["boundaries"], figures["internal_boundaries"]
        print(
            f"PUD, {name}: boundary P {b['precision']:.4f} R {b['recall']:.4f} "
            f"F1 {b['f1']:.4f} | internal P {i['precision']:.4f} R {i['recall']:.4f} F1 {i['f1']:.4f} "
            f"| exact sentences {figures['exact_sentence_match_rate']:.4f}"
        )
    if study:
        print(
            f"SaudiNewsNet: {study['semicolons']} ؛, at least {study['share']:.0%} followed by a word "
            "opening a dependent clause (حيث، إذ، لأن، مما…)"
        )
    if errors:
        for error in runs["semicolon_ends=false"]["wrong_predicted_sentences"]:
            print(f"  {error['doc_id']}: {error['predicted']}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", type=Path, default=DEFAULT_SHARED, help="the shared data folder")
    parser.add_argument("--errors", action="store_true", help="print the wrongly predicted sentences")
    args = parser.parse_args(argv)
    path = args.shared / PUD_DOCS
    if not path.is_file():
        sys.exit(f"sentence gold not found: {path} (pass --shared DIR pointing at the shared data folder)")
    docs = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    abbreviations = load_abbreviations()
    runs = {
        f"semicolon_ends={str(flag).lower()}": score(
            docs, partial(split_sentences, abbreviations=abbreviations, semicolon_ends=flag)
        )
        for flag in (False, True)
    }
    runs["naive_baseline"] = score(docs, naive_split)
    study = semicolon_study(args.shared / NEWS)
    print_figures(runs, study, args.errors)
    report = {
        "benchmark": "sentence splitting, rasd.clean.sentences.split_sentences",
        "command": " ".join([Path(sys.executable).name, *sys.argv]),
        "date": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
        "git_commit": git_commit(),
        "data": str(PUD_DOCS),
        "documents": len(docs),
        "settings": {"quote_max_chars": QUOTE_MAX_CHARS, "default_semicolon_ends": False},
        "results": runs,
        "semicolon_study": study,
        "caveats": CAVEATS,
    }
    write_report(RESULTS, report)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
