#!/usr/bin/env python3
"""Can a learned keep/drop filter over output quotes help? Leave-one-set-out report; no model is written.

    PYTHONPATH=. .venv/bin/python scripts/train_quote_filter.py OUTDIR [--c C]

OUTDIR holds rasd's outputs of the labelled sets as `/tmp/s11/evalall.sh` writes them: `dev.json` (the dev
pages, `eval/pages/run.py --split dev`) and `pa.json`, `pb.json`, `pd.json`, `pe.json` (`rasd analyze` on
SaudiNewsNet parts a, b, d, e materialised by `eval/devset/materialize.py`). Never parts c and f, never the
test split. One row per output quote the set scores (every quote on the dev pages, direct quotes on the
parts, as `eval/devset/prf.py`), with features of what the output tells of it (direct or reported, in
marks, its length, speaker none or nil, a participle or continuation verb, a complementizer or colon before
it, its distance from its verb, its place in the story) and a label by the shared scorer's own matching
(`../shared/eval/score_seeds.py`: span and speaker). A logistic regression (L2, scipy) is trained on four
sets, its threshold chosen on them, and quotes span + speaker F1 is scored on the fifth before and after the
filter; then trained on the dev pages alone (the labels that cover every quote of a page) and scored on each
part. The 2026-12-06 report (docs/quotes.md) found no gain that holds on a held-out set, so rasd ships no
quote filter; this script is the way to check again when the features or the labels change.
"""

from __future__ import annotations

import argparse
import json
import math
import re
import sys
from pathlib import Path
from typing import Any

import numpy as np
from scipy.optimize import minimize

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
sys.path.insert(0, str(ROOT / "eval"))  # the shared scorer's loader
from shared_scorer import load_scorer  # noqa: E402

#: name -> (output file in OUTDIR, gold file, every quote scored (dev pages) or direct ones only (parts))
SETS: dict[str, tuple[str, str, bool]] = {
    "dev": ("dev.json", "eval/pages/dev.yaml", True),
    "a": ("pa.json", "eval/devset/gold.yaml", False),
    "b": ("pb.json", "eval/devset/gold_b.yaml", False),
    "d": ("pd.json", "eval/devset/gold_d.yaml", False),
    "e": ("pe.json", "eval/devset/gold_e.yaml", False),
}
MARKS = set('"“”«»„‟')
CONTINUATIONS = {"وأضاف", "وأضافت", "وتابع", "وتابعت", "واختتم", "وأكد", "وأشار", "وأوضح"}
THAT_BEFORE = re.compile(r"[إأا]ن\S*\s*[\"“«”»]?\s*$")
THRESHOLDS = np.arange(0.0, 0.8, 0.02)


def features(quote: dict, text: str, index: int, count: int) -> list[float]:
    """What the output says of one quote: the filter's inputs (a bias first)."""
    start, end = quote["start"], quote["end"]
    marked = any(c in MARKS for c in text[max(0, start - 2) : start] + text[end : end + 2])
    words = max(len(quote["text"].split()), 1)
    trigger = quote.get("trigger") or ""
    participle = trigger.endswith(("ا", "اً", "ًا", "ة")) and not trigger.startswith("و")
    gap = max(start - (quote.get("trigger_end") or start), 0)
    speaker = quote.get("speaker_id") or ""
    before = text[max(0, start - 12) : start]
    return [
        1.0,
        float(bool(quote.get("direct"))),
        float(marked),
        math.log(words),
        float(words < 6),
        float(not speaker),
        float(speaker.startswith("nil:")),
        float(participle),
        float(trigger in CONTINUATIONS),
        float(bool(THAT_BEFORE.search(before))),
        math.log1p(gap),
        float(gap > 120),
        float(":" in before),
        index / max(count, 1),
    ]


def table(s: Any, outdir: Path, name: str) -> tuple[np.ndarray, list[set[int]], int]:
    """Features, the gold quotes each output quote matches (span and speaker), and the gold count."""
    out_file, gold_file, every = SETS[name]
    gold = s.load_gold(ROOT / gold_file)
    data = json.loads((outdir / out_file).read_text(encoding="utf-8"))
    rows: list[list[float]] = []
    hits: list[set[int]] = []
    ids = {id(q): k for k, q in enumerate(q for g in gold.documents.values() for q in g.get("quotes") or [])}
    for doc in data["documents"]:
        g = gold.documents.get(s.basename(doc["source"]))
        if g is None:
            continue
        gquotes = g.get("quotes") or []
        for story in doc["stories"]:
            quotes = [q for q in story.get("quotes", []) if every or q.get("direct", True)]
            for i, q in enumerate(quotes):
                rows.append(features(q, story["text"], i, len(quotes)))
                hits.append(
                    {
                        ids[id(gq)]
                        for gq in gquotes
                        if s.quote_matches(str(gq.get("text", "")), q["text"])
                        and s.speaker_matches(
                            gold, [gq.get("speaker"), *(gq.get("speaker_ok") or [])], q["speaker"]
                        )
                    }
                )
    return np.array(rows), hits, len(ids)


def fit(x: np.ndarray, y: np.ndarray, c: float) -> np.ndarray:
    """L2 logistic regression (the bias unpenalised)."""

    def loss(w: np.ndarray) -> tuple[float, np.ndarray]:
        p = 1 / (1 + np.exp(-(x @ w)))
        value = -np.sum(y * np.log(p + 1e-9) + (1 - y) * np.log(1 - p + 1e-9)) + np.sum(w[1:] ** 2) / c
        grad = x.T @ (p - y) + 2 * np.r_[0, w[1:]] / c
        return value, grad

    return minimize(loss, np.zeros(x.shape[1]), jac=True, method="L-BFGS-B").x


def f1(keep: np.ndarray, hits: list[set[int]], n_gold: int) -> float:
    """Quotes span + speaker F1 of the kept quotes, as prf.py counts it."""
    right = sum(1 for k, h in zip(keep, hits, strict=True) if k and h)
    found = len(set().union(*(h for k, h in zip(keep, hits, strict=True) if k)))
    p, r = right / max(int(keep.sum()), 1), found / max(n_gold, 1)
    return 2 * p * r / (p + r) if p + r else 0.0


def report(train: list[str], test: list[str], rows: dict, c: float) -> None:
    x = np.vstack([rows[k][0] for k in train])
    y = np.array([float(bool(h)) for k in train for h in rows[k][1]])
    w = fit(x, y, c)

    def kept(k: str, t: float) -> np.ndarray:
        return 1 / (1 + np.exp(-(rows[k][0] @ w))) >= t

    best = max(THRESHOLDS, key=lambda t: sum(f1(kept(k, t), rows[k][1], rows[k][2]) for k in train))
    for k in test:
        _, hits, n_gold = rows[k]
        keep = kept(k, best)
        before, after = f1(np.ones(len(hits), bool), hits, n_gold), f1(keep, hits, n_gold)
        dropped = sum(1 for kk, h in zip(keep, hits, strict=True) if not kk and h)
        scores = f"F1 {before:.3f} -> {after:.3f}  kept {int(keep.sum())}/{len(hits)}"
        print(f"  {k:<4} threshold {best:.2f}  {scores}  right quotes dropped {dropped}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("outdir", type=Path)
    parser.add_argument("--c", type=float, default=1.0, help="inverse L2 strength")
    parser.add_argument("--shared", type=Path, default=SHARED)
    args = parser.parse_args()
    s = load_scorer(args.shared)
    rows = {name: table(s, args.outdir, name) for name in SETS}
    print("leave one set out (trained on the other four):")
    for held in SETS:
        report([k for k in SETS if k != held], [held], rows, args.c)
    print("trained on the dev pages only:")
    report(["dev"], [k for k in SETS if k != "dev"], rows, args.c)


if __name__ == "__main__":
    main()
