#!/usr/bin/env python3
"""Train the event keep/drop filter (`rasd/events/filter.py`) and cross-validate it: one command.

    PYTHONPATH=. .venv/bin/python scripts/train_event_filter.py [--table T.json] [--rebuild]
        [--label full|paired] [--c C | --choose-c] [--threshold X] [--write]

Builds a table with one row per event rasd outputs (the filter off) on the labelled sets: the dev
pages (`eval/pages/dev.yaml`, pages of the dev side of `eval/pages/split.tsv`) and SaudiNewsNet parts
a, b, d and e (`eval/devset/gold{,_b,_d,_e}.yaml`). Never parts c and f, never the test split. Each
row holds the filter's features (`event_features`, computed on the story as the events stage sees it) and two
labels by the shared scorer's own matching (`../shared/eval/score_seeds.py`, as eval/pages/prf.py):
`full` (the event matches a gold event of its document) and `paired` (a gold event of the same type
shares a participant). Then it reports, for a grid of thresholds, events full-match P/R/F1 before and
after the filter on held-out data: grouped 5-fold CV (groups: a dev page's event_key, a SaudiNewsNet
article) and leave-one-set-out (train on the other sets, test on the one left out). `--choose-c` chooses
the L2 strength by grouped 5-fold CV log-loss on the training rows instead (`C_GRID`, nested inside each
held-out fold). `--write` fits on all rows and writes `rasd/data/models/event_filter.json`.
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import random
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import numpy as np
from scipy.optimize import minimize

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
sys.path.insert(0, str(ROOT / "eval"))  # the shared scorer's loader
from shared_scorer import load_scorer  # noqa: E402

#: The labelled sets: name -> (gold file, ids file or None for the dev pages). Parts c and f and the
#: test split are the lead's fresh checks: they are never read here (tests/events/test_event_filter.py).
SETS: dict[str, tuple[str, str | None]] = {
    "dev": ("eval/pages/dev.yaml", None),
    "a": ("eval/devset/gold.yaml", "eval/devset/ids.txt"),
    "b": ("eval/devset/gold_b.yaml", "eval/devset/ids_b.txt"),
    "d": ("eval/devset/gold_d.yaml", "eval/devset/ids_d.txt"),
    "e": ("eval/devset/gold_e.yaml", "eval/devset/ids_e.txt"),
}
THRESHOLDS = (0.0, 0.1, 0.2, 0.25, 0.3, 0.35, 0.4, 0.45, 0.5)
#: The inverse L2 strengths `choose_c` tries (held-out log-loss, docs/events.md: 0.1 wins with label full).
C_GRID = (0.03, 0.05, 0.1, 0.2, 0.3)


def dev_pages() -> dict[str, str]:
    """Dev page file name -> its event key (the group), from the frozen split; test rows skipped."""
    rows = (
        ln.split("\t") for ln in (ROOT / "eval/pages/split.tsv").read_text(encoding="utf-8").splitlines()[1:]
    )
    return {name: key for name, key, side in rows if side == "dev"}


def raw_docs(name: str) -> Iterator[tuple[Any, str]]:
    """(RawDoc, group) for each document of one labelled set, read as `rasd analyze` reads it (a
    SaudiNewsNet part is written out by eval/devset/materialize.py first)."""
    from rasd.ingest import iter_files, load_file
    from rasd.records import RawDoc
    from rasd.settings import Settings

    if name not in SETS:
        raise ValueError(f"unknown set {name!r}: only {sorted(SETS)} are training sets")
    settings = Settings()
    if SETS[name][1] is None:
        pages = SHARED / "corpus" / "pages" / "articles"
        keys = dev_pages()
        paths = [pages / page for page in sorted(keys)]
    else:
        folder = Path(tempfile.mkdtemp(prefix=f"rasd_evfilter_{name}_"))
        run = [sys.executable, str(ROOT / "eval/devset/materialize.py"), "--part", name, "--out", str(folder)]
        subprocess.run(run, check=True, cwd=ROOT, stdout=subprocess.DEVNULL)
        paths = sorted(folder.glob("*.txt"))
        keys = {p.name: p.stem for p in paths}
    for item in iter_files(paths):
        if not isinstance(item, tuple):
            continue
        for got in load_file(item[0], item[1], settings):
            if isinstance(got, RawDoc):
                yield got, f"{name}:{keys[Path(got.source).name]}"


def build_table(names: list[str]) -> list[dict[str, Any]]:
    """One row per output event of the labelled types: set, group, features, labels, gold hits."""
    from rasd.events.filter import event_features
    from rasd.export import document_to_dict
    from rasd.pipeline import load_resources, run_stages
    from rasd.settings import Settings

    s = load_scorer(SHARED)
    settings = dataclasses.replace(Settings(), event_filter_threshold=0.0)
    resources = load_resources(settings)
    rows: list[dict[str, Any]] = []
    for name in names:
        gold = s.load_gold(ROOT / SETS[name][0])
        types = {str(ge.get("type")).lower() for _, ge in gold.gold_events()}
        n_docs = 0
        for raw, group in raw_docs(name):
            doc = run_stages(raw, resources, settings, until="events")
            out = s.parse_output({"documents": [document_to_dict(doc)]})
            odoc = next(iter(out.docs.values()), None)
            g = gold.documents.get(Path(raw.source).name)
            if g is None or odoc is None:
                continue
            n_docs += 1
            gevents = g.get("events") or []
            feats = [event_features(st, e, i) for st in doc.stories for i, e in enumerate(st.events)]
            assert len(feats) == len(odoc.events)
            for f, e in zip(feats, odoc.events, strict=True):
                if e.type not in types:
                    continue
                hits = [gi for gi, ge in enumerate(gevents) if not s.event_mismatches(gold, ge, e)]
                paired = any(
                    e.type == str(ge.get("type")).lower()
                    and any(
                        gold.same_name(p, q)
                        for opt in (ge.get("participants_ok") or [ge.get("participants") or []])
                        for p in opt
                        for q in e.participants
                    )
                    for ge in gevents
                )
                rows.append(
                    {
                        "set": name,
                        "group": group,
                        "doc": f"{name}:{Path(raw.source).name}",
                        "type": e.type,
                        "features": f,
                        "full": bool(hits),
                        "paired": paired,
                        "hits": hits,
                    }
                )
            rows.append(
                {"set": name, "group": group, "doc": f"{name}:{Path(raw.source).name}", "gold": len(gevents)}
            )
        print(f"{name}: {n_docs} documents", file=sys.stderr)
    return rows


def fit(rows: list[dict[str, Any]], label: str, c: float, min_count: int = 2) -> dict[str, float]:
    """L2-regularised logistic regression (L-BFGS); features seen under `min_count` times left out."""
    counts: dict[str, int] = {}
    for r in rows:
        for k in r["features"]:
            counts[k] = counts.get(k, 0) + 1
    vocab = sorted(k for k, n in counts.items() if n >= min_count or k == "bias")
    index = {k: i for i, k in enumerate(vocab)}
    x = np.zeros((len(rows), len(vocab)))
    for ri, r in enumerate(rows):
        for k, v in r["features"].items():
            if k in index:
                x[ri, index[k]] = v
    y = np.array([1.0 if r[label] else 0.0 for r in rows])
    reg = np.full(len(vocab), 1.0 / c)
    reg[index["bias"]] = 0.0

    def loss(w: np.ndarray) -> tuple[float, np.ndarray]:
        z = x @ w
        p = 1.0 / (1.0 + np.exp(-z))
        ll = np.sum(np.logaddexp(0, z) - y * z) + 0.5 * np.sum(reg * w * w)
        return float(ll), x.T @ (p - y) + reg * w

    w = minimize(loss, np.zeros(len(vocab)), jac=True, method="L-BFGS-B", options={"maxiter": 500}).x
    return {k: float(w[i]) for k, i in index.items()}


def group_folds(rows: list[dict[str, Any]], k: int = 5) -> list[tuple[str, set[str]]]:
    """`k` folds of the rows' groups (a dev page's event_key, a SaudiNewsNet article), seeded."""
    groups = sorted({r["group"] for r in rows})
    random.Random(0).shuffle(groups)
    return [(f"cv{i}", set(groups[i::k])) for i in range(k)]


def choose_c(rows: list[dict[str, Any]], label: str) -> float:
    """The `C_GRID` value of the lowest grouped 5-fold CV log-loss on the judged `rows`: held-out
    log-loss is smooth where F1 at a threshold moves by whole events."""
    from rasd.events.filter import EventFilter

    judged = [r for r in rows if r.get("judged")]
    folds = group_folds(judged)
    best: tuple[float, float] | None = None
    for c in C_GRID:
        loss = 0.0
        for _, held in folds:
            model = EventFilter(fit([r for r in judged if r["group"] not in held], label, c), frozenset())
            for r in judged:
                if r["group"] in held:
                    q = min(max(model.probability(r["features"]), 1e-9), 1 - 1e-9)
                    loss -= float(np.log(q if r[label] else 1 - q))
        if best is None or loss < best[0]:
            best = (loss, c)
    assert best is not None
    return best[1]


def prf(rows: list[dict[str, Any]], keep: set[int]) -> tuple[float, float, float, int, int]:
    """Full-match P/R/F1 of the events kept (row ids), as eval/pages/prf.py counts them."""
    tp_out = n_out = n_gold = tp_gold = 0
    found: dict[str, set[int]] = {}
    for i, r in enumerate(rows):
        if "gold" in r:
            n_gold += r["gold"]
        elif i in keep:
            n_out += 1
            tp_out += r["full"]
            found.setdefault(r["doc"], set()).update(r["hits"])
    tp_gold = sum(len(v) for v in found.values())
    p, rec = tp_out / max(n_out, 1), tp_gold / max(n_gold, 1)
    return p, rec, (2 * p * rec / (p + rec) if p + rec else 0.0), n_out, tp_out


def held_out(
    rows: list[dict], folds: list[tuple[str, set[str]]], label: str, c: float | None, by: str
) -> dict:
    """For each fold: fit on the rest, score its events; P/R/F1 by threshold, per fold and pooled. The
    held-out events are scored by `EventFilter.probability`, as the events stage scores them. With `c`
    None each fold chooses its own by `choose_c` on its training rows (nested CV)."""
    from rasd.events.filter import EventFilter

    report: dict[str, Any] = {}
    pooled_p: dict[int, float] = {}
    chosen: list[float] = []
    for fold_name, held in folds:
        train = [r for r in rows if r.get("judged") and r[by] not in held]
        test_ids = [i for i, r in enumerate(rows) if r[by] in held]
        fold_c = choose_c(train, label) if c is None else c
        chosen.append(fold_c)
        model = EventFilter(fit(train, label, fold_c), frozenset())
        test = [rows[i] for i in test_ids]
        probs = {
            j: model.probability(r["features"]) if r["judged"] else 1.0
            for j, r in enumerate(test)
            if "features" in r
        }
        for j, i in enumerate(test_ids):
            if j in probs:
                pooled_p[i] = probs[j]
        report[fold_name] = {
            t: prf(test, {j for j, r in enumerate(test) if "gold" not in r and probs[j] >= t})
            for t in THRESHOLDS
        }
    if c is None:
        print(f"C chosen per fold ({by}): {' '.join(map(str, chosen))}", file=sys.stderr)
    report["pooled"] = {
        t: prf(rows, {i for i, r in enumerate(rows) if "gold" not in r and pooled_p.get(i, 1.0) >= t})
        for t in THRESHOLDS
    }
    if by == "group":  # the same held-out predictions, scored on each set alone
        for name in SETS:
            ids = [i for i, r in enumerate(rows) if r["set"] == name]
            sub = [rows[i] for i in ids]
            report[f"  {name}"] = {
                t: prf(
                    sub, {j for j, i in enumerate(ids) if "gold" not in rows[i] and pooled_p.get(i, 1.0) >= t}
                )
                for t in THRESHOLDS
            }
    return report


def print_at(title: str, report: dict, threshold: float) -> None:
    """Each fold's P/R/F1 with the filter off and at `threshold`."""
    print(f"\n{title} at threshold {threshold}: P/R/F1 off -> on (events kept)")
    for fold, by_t in report.items():
        (p0, r0, f0, n0, _), (p1, r1, f1, n1, _) = by_t[0.0], by_t[threshold]
        prf_text = f"P {p0:.3f} -> {p1:.3f}  R {r0:.3f} -> {r1:.3f}  F1 {f0:.3f} -> {f1:.3f}"
        print(f"  {fold:<10} {prf_text}  ({n0} -> {n1})")


def print_report(title: str, report: dict) -> None:
    print(f"\n{title}")
    print("  fold        " + "".join(f"{t:>8}" for t in THRESHOLDS))
    for fold, by_t in report.items():
        base = by_t[0.0]
        cells = "".join(f"{by_t[t][2]:8.3f}" for t in THRESHOLDS)
        print(f"  {fold:<12}{cells}   (off: P {base[0]:.3f} R {base[1]:.3f} n {base[3]})")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--table", type=Path, default=Path("/tmp/event_filter_table.json"))
    parser.add_argument("--rebuild", action="store_true", help="rerun rasd even if the table exists")
    parser.add_argument("--label", choices=("full", "paired"), default="full")
    # 0.1: the lowest held-out log-loss with label full, summed over the five sets (leave one set out
    # 2.625; 0.03 2.688, 0.05 2.639, 0.2 2.669; grouped 5-fold CV 2.548, 0.05 2.565); docs/events.md
    parser.add_argument("--c", type=float, default=0.1, help="inverse L2 strength")
    parser.add_argument("--choose-c", action="store_true", help="choose C by (nested) grouped CV")
    parser.add_argument("--write", action="store_true", help="fit on every row and write the model")
    parser.add_argument(
        "--threshold", type=float, default=0.3, help="recorded in the model (Settings has it)"
    )
    parser.add_argument(
        "--any-set-types",
        dest="all_sets_types",
        action="store_false",
        help="judge every labelled type, not only those every set labels",
    )
    parser.add_argument("--without", default="", help="comma-separated feature prefixes to leave out")
    args = parser.parse_args()
    if args.rebuild or not args.table.exists():
        rows = build_table(list(SETS))
        args.table.write_text(json.dumps(rows, ensure_ascii=False), encoding="utf-8")
    rows = json.loads(args.table.read_text(encoding="utf-8"))
    for prefix in filter(None, args.without.split(",")):  # ablation: leave a feature group out
        for r in rows:
            if "features" in r:
                r["features"] = {k: v for k, v in r["features"].items() if not k.startswith(prefix)}
    events = [r for r in rows if "features" in r]
    # the filter judges only the types every set labels: a type one set alone labels (statement, on the
    # dev pages) has no held-out evidence, and its candidates are always kept
    per_set = [{r["type"] for r in events if r["set"] == n} for n in SETS]
    types = set.intersection(*per_set) if args.all_sets_types else set.union(*per_set)
    for r in events:
        r["judged"] = r["type"] in types
    print(f"judged types: {' '.join(sorted(types))}")
    full, paired = sum(r["full"] for r in events), sum(r["paired"] for r in events)
    print(f"{len(events)} events, {full} full matches, {paired} paired")
    c_arg = None if args.choose_c else args.c
    c_text = "chosen per fold" if c_arg is None else c_arg
    cv = held_out(rows, group_folds(rows), args.label, c_arg, "group")
    print_report(f"grouped 5-fold CV, label {args.label}, C {c_text}: full-match F1 by threshold", cv)
    sets = [(f"->{n}", {n}) for n in SETS]
    loso = held_out(rows, sets, args.label, c_arg, "set")
    print_report(f"leave one set out, label {args.label}, C {c_text}: full-match F1 by threshold", loso)
    if args.threshold in THRESHOLDS:
        print_at("grouped 5-fold CV", cv, args.threshold)
        print_at("leave one set out", loso, args.threshold)
    if args.write:
        from rasd.events.filter import dump_event_filter

        judged = [r for r in events if r["judged"]]
        c = choose_c(judged, args.label) if c_arg is None else c_arg
        w = fit(judged, args.label, c)
        meta = {"label": args.label, "c": c, "rows": len(judged), "threshold": args.threshold}
        dump_event_filter(ROOT / "rasd/data/models/event_filter.json", w, types, meta)
        print("wrote rasd/data/models/event_filter.json")
    return 0


if __name__ == "__main__":
    sys.exit(main())
