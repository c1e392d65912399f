#!/usr/bin/env python3
"""Train the event keep/drop filter (`rasd/events/filter.py`) and cross-validate it: one command.

    PYTHONPATH=. .venv/bin/python scripts/train_event_filter.py [--table T.json] [--rebuild]
        [--label full|paired] [--c C | --choose-c] [--pos-weight W] [--threshold X] [--write]

Builds a table with one row per event rasd outputs (the filter off) on the labelled sets: the dev
pages (`eval/pages/dev.yaml`, pages of the dev side of `eval/pages/split.tsv`) and SaudiNewsNet parts
a, b, d, e and g (`eval/devset/gold{,_b,_d,_e,_g}.yaml`). Never parts c, f and h, never the test split.
Each row holds the filter's features (`event_features`, computed on the story as the events stage sees
it) and, by the shared scorer's own matching (`../shared/eval/score_seeds.py`, as eval/pages/prf.py):
`full` (the event matches a gold event of its document), `paired` (a gold event of the same type shares
a participant), the gold events it can pair with, and what blanking its place or date would do. Then
it reports, for a grid of thresholds and on held-out data, events full-match F1 and paired recall (each
gold event paired one to one with a kept event of its type sharing a participant, as eval/pages/prf.py)
per set and pooled, with the filter off and on: grouped 5-fold CV (groups: a dev page's event_key, a
SaudiNewsNet article) and leave-one-set-out (train on the other sets, test on the one left out), with
the held-out log-loss and AUC of each set's judged candidates (`ranking`). The
defaults (label, C, positive weight, threshold) are `Settings`'. `--choose-c` chooses the L2 strength
by grouped 5-fold CV log-loss on the training rows instead (`C_GRID`, nested inside each held-out
fold). `--write` fits on all rows and writes `rasd/data/models/event_filter.json`.
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import random
import subprocess
import sys
import tempfile
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np
from scipy.optimize import minimize

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
sys.path.insert(0, str(ROOT / "eval"))  # the shared scorer's loader
from shared_scorer import load_scorer  # noqa: E402

#: The labelled sets: name -> (gold file, ids file or None for the dev pages). Parts c, f and h and the
#: test split are the lead's fresh checks: they are never read here (tests/events/test_event_filter.py).
SETS: dict[str, tuple[str, str | None]] = {
    "dev": ("eval/pages/dev.yaml", None),
    "a": ("eval/devset/gold.yaml", "eval/devset/ids.txt"),
    "b": ("eval/devset/gold_b.yaml", "eval/devset/ids_b.txt"),
    "d": ("eval/devset/gold_d.yaml", "eval/devset/ids_d.txt"),
    "e": ("eval/devset/gold_e.yaml", "eval/devset/ids_e.txt"),
    "g": ("eval/devset/gold_g.yaml", "eval/devset/ids_g.txt"),
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
                have = {"place": e.location is not None, "date": e.date is not None}
                blanked = {d: _blanked(s, gold, gevents, e, d) for d, has in have.items() if has}
                pairs = _pairs(s, gold, gevents, e)
                miss = _misses(s, gold, gevents, e, pairs) if pairs and not hits else []
                rows.append(
                    {
                        "set": name,
                        "group": group,
                        "doc": f"{name}:{Path(raw.source).name}",
                        "type": e.type,
                        "features": f,
                        "full": bool(hits),
                        "paired": bool(pairs),
                        "hits": hits,
                        "pairs": pairs,
                        "details": blanked,
                        "miss": miss if pairs or hits else ["unpaired"],
                    }
                )
            rows.append(
                {"set": name, "group": group, "doc": f"{name}:{Path(raw.source).name}", "gold": len(gevents)}
            )
        print(f"{name}: {n_docs} documents", file=sys.stderr)
    return rows


def _pairs(s: Any, gold: Any, gevents: list[dict], e: Any) -> list[list[int]]:
    """[gold index, mismatch weight] of each gold event the output event can pair with (same type, a
    shared participant), as eval/pages/prf.py aligns them for "paired"."""
    return [
        [gi, sum(w for w, _ in s.event_mismatches(gold, ge, e))]
        for gi, ge in enumerate(gevents)
        if e.type == str(ge.get("type")).lower()
        and any(
            gold.same_name(p, q)
            for opt in (ge.get("participants_ok") or [ge.get("participants") or []])
            for p in opt
            for q in e.participants
        )
    ]


def _misses(s: Any, gold: Any, gevents: list[dict], e: Any, pairs: list[list[int]]) -> list[str]:
    """What the output event gets wrong against its nearest pairable gold event: participants, location,
    date, status (the first word of the scorer's mismatch lines; a date problem names its field)."""
    gi = min(pairs, key=lambda p: (p[1], p[0]))[0]
    found = {text.split()[0] for _, text in s.event_mismatches(gold, gevents[gi], e)}
    return sorted(w if w in ("participants", "location", "status") else "date" for w in found)


def _blanked(s: Any, gold: Any, gevents: list[dict], e: Any, detail: str) -> dict[str, Any]:
    """The event with one detail ("place", "date") blanked: its full-match hits then, and, for each
    pairable gold event that labels the detail, [the detail as given is right, null is right]."""
    blank = dataclasses.replace(e, location=None) if detail == "place" else dataclasses.replace(e, date=None)
    if detail == "date":
        blank = dataclasses.replace(blank, date_problem=None)
    keys = {"place": ("location", "location_ok"), "date": ("date", "date_ok", "date_never_before")}[detail]
    ok: dict[str, list[bool]] = {}
    for gi, _ in _pairs(s, gold, gevents, e):
        spec = {k: gevents[gi][k] for k in keys if k in gevents[gi]}
        if spec:
            g1 = {"type": e.type, **spec}
            ok[str(gi)] = [not s.event_mismatches(gold, g1, e), not s.event_mismatches(gold, g1, blank)]
    return {
        "hits": [gi for gi, ge in enumerate(gevents) if not s.event_mismatches(gold, ge, blank)],
        "ok": ok,
    }


def fit(
    rows: list[dict[str, Any]], label: str, c: float, min_count: int = 2, pos_weight: float = 1.0
) -> dict[str, float]:
    """L2-regularised logistic regression (L-BFGS); features seen under `min_count` times left out;
    `pos_weight` weighs the positive rows' loss (class weighting)."""
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
    sw = np.where(y > 0, pos_weight, 1.0)
    reg = np.full(len(vocab), 1.0 / c)
    reg[index["bias"]] = 0.0

    def loss(w: np.ndarray) -> tuple[float, np.ndarray]:
        z = x @ w
        p = 1.0 / (1.0 + np.exp(-z))
        ll = np.sum(sw * (np.logaddexp(0, z) - y * z)) + 0.5 * np.sum(reg * w * w)
        return float(ll), x.T @ (sw * (p - y)) + reg * w

    w = minimize(loss, np.zeros(len(vocab)), jac=True, method="L-BFGS-B", options={"maxiter": 500}).x
    return {k: float(w[i]) for k, i in index.items()}


def group_folds(rows: list[dict[str, Any]], k: int = 5) -> list[tuple[str, set[str]]]:
    """`k` folds of the rows' groups (a dev page's event_key, a SaudiNewsNet article), seeded."""
    groups = sorted({r["group"] for r in rows})
    random.Random(0).shuffle(groups)
    return [(f"cv{i}", set(groups[i::k])) for i in range(k)]


def choose_c(rows: list[dict[str, Any]], label: str, pos_weight: float = 1.0) -> float:
    """The `C_GRID` value of the lowest grouped 5-fold CV log-loss on the judged `rows`: held-out
    log-loss is smooth where F1 at a threshold moves by whole events."""
    from rasd.events.filter import EventFilter

    judged = [r for r in rows if r.get("judged")]
    folds = group_folds(judged)
    best: tuple[float, float] | None = None
    for c in C_GRID:
        loss = 0.0
        for _, held in folds:
            train = [r for r in judged if r["group"] not in held]
            model = EventFilter(fit(train, label, c, pos_weight=pos_weight), frozenset())
            for r in judged:
                if r["group"] in held:
                    q = min(max(model.probability(r["features"]), 1e-9), 1 - 1e-9)
                    loss -= float(np.log(q if r[label] else 1 - q))
        if best is None or loss < best[0]:
            best = (loss, c)
    assert best is not None
    return best[1]


def held_out_probs(
    rows: list[dict[str, Any]],
    folds: list[tuple[str, set[str]]],
    by: str,
    label: str,
    c: float | None,
    pos_weight: float = 1.0,
) -> dict[int, float]:
    """Row id -> P(label) of every judged event, each by a model fitted without its fold (`by`: the
    row key the folds hold, "group" or "set"), scored by `EventFilter.probability` as the events stage
    scores them. With `c` None each fold chooses its own by `choose_c` on its training rows (nested)."""
    from rasd.events.filter import EventFilter

    probs: dict[int, float] = {}
    chosen: list[float] = []
    for _, held in folds:
        train = [r for r in rows if r.get("judged") and r[by] not in held]
        fold_c = choose_c(train, label, pos_weight) if c is None else c
        chosen.append(fold_c)
        model = EventFilter(fit(train, label, fold_c, pos_weight=pos_weight), frozenset())
        for i, r in enumerate(rows):
            if r[by] in held and r.get("judged"):
                probs[i] = model.probability(r["features"])
    if c is None:
        print(f"C chosen per fold ({by}): {' '.join(map(str, chosen))}", file=sys.stderr)
    return probs


@dataclass(frozen=True)
class Scores:
    """Events full-match and paired P/R/F1 of one decision, as eval/pages/prf.py counts them."""

    full: tuple[float, float, float]
    paired: tuple[float, float, float]
    kept: int


def _prf(tp_out: int, n_out: int, tp_gold: int, n_gold: int) -> tuple[float, float, float]:
    p, r = tp_out / max(n_out, 1), tp_gold / max(n_gold, 1)
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def score(rows: list[dict[str, Any]], ids: Iterable[int], keep: Callable[[int], bool]) -> Scores:
    """Full-match P/R/F1 of the events `keep` keeps among the rows `ids`, and paired P/R/F1: each gold
    event paired one to one with a kept event of its type sharing a participant, nearest first."""
    n_gold = n_out = tp_out = 0
    found: dict[str, set[int]] = {}
    candidates: dict[str, list[tuple[int, int, int]]] = {}
    for i in ids:
        r = rows[i]
        if "gold" in r:
            n_gold += r["gold"]
            continue
        if not keep(i):
            continue
        n_out += 1
        tp_out += bool(r["hits"])
        found.setdefault(r["doc"], set()).update(r["hits"])
        candidates.setdefault(r["doc"], []).extend((w, gi, i) for gi, w in r["pairs"])
    paired = 0
    for cands in candidates.values():
        used_g: set[int] = set()
        used_o: set[int] = set()
        for _, gi, oi in sorted(cands):
            if gi not in used_g and oi not in used_o:
                used_g.add(gi)
                used_o.add(oi)
                paired += 1
    full = _prf(tp_out, n_out, sum(len(v) for v in found.values()), n_gold)
    return Scores(full, _prf(paired, n_out, paired, n_gold), n_out)


def ranking(rows: list[dict[str, Any]], ids: Iterable[int], probs: dict[int, float]) -> tuple[float, float]:
    """Mean log-loss and AUC of the held-out `probs` of the judged rows among `ids`, against their label
    "full": how well the model orders candidates, which F1 at one threshold shows only by whole events
    (a feature that lowers both held out but moves no event is no gain, docs/events.md)."""
    scored = [(probs[i], bool(rows[i]["full"])) for i in ids if i in probs]
    if not scored:
        return float("nan"), float("nan")
    loss = -sum(np.log(min(max(p if y else 1 - p, 1e-9), 1.0)) for p, y in scored) / len(scored)
    pos = np.array([p for p, y in scored if y])
    neg = np.array([p for p, y in scored if not y])
    if not len(pos) or not len(neg):
        return float(loss), float("nan")
    # P(a right candidate scores above a wrong one), ties half: the Mann-Whitney form of the AUC
    wins = (pos[:, None] > neg[None, :]).sum() + 0.5 * (pos[:, None] == neg[None, :]).sum()
    return float(loss), float(wins / (len(pos) * len(neg)))


def by_set(rows: list[dict[str, Any]]) -> dict[str, list[int]]:
    """Each set's row ids, and every row's under "pooled"."""
    out: dict[str, list[int]] = {name: [] for name in SETS}
    for i, r in enumerate(rows):
        out[r["set"]].append(i)
    out["pooled"] = list(range(len(rows)))
    return out


def print_report(title: str, rows: list[dict[str, Any]], probs: dict[int, float]) -> None:
    """Full-match F1 and paired recall by threshold, per set and pooled, from held-out `probs`."""
    print(f"\n{title}: full-match F1 / paired recall by threshold")
    print("  set     " + "".join(f"{t:>13}" for t in THRESHOLDS))
    for name, ids in by_set(rows).items():
        cells = ""
        for t in THRESHOLDS:
            sc = score(rows, ids, lambda i, t=t: probs.get(i, 1.0) >= t)
            cells += f"  {sc.full[2]:.3f}/{sc.paired[1]:.3f}"
        print(f"  {name:<8}{cells}")


def print_at(title: str, rows: list[dict[str, Any]], probs: dict[int, float], threshold: float) -> None:
    """Each set's full-match P/R/F1 and paired R/F1 with the filter off and at `threshold`, and the
    held-out log-loss and AUC of its judged candidates (`ranking`)."""
    print(f"\n{title} at threshold {threshold}: off -> on")
    for name, ids in by_set(rows).items():
        a = score(rows, ids, lambda i: True)
        b = score(rows, ids, lambda i: probs.get(i, 1.0) >= threshold)
        (p0, r0, f0), (p1, r1, f1) = a.full, b.full
        text = f"full P {p0:.3f} -> {p1:.3f}  R {r0:.3f} -> {r1:.3f}  F1 {f0:.3f} -> {f1:.3f}"
        text += (
            f"  paired R {a.paired[1]:.3f} -> {b.paired[1]:.3f}  F1 {a.paired[2]:.3f} -> {b.paired[2]:.3f}"
        )
        loss, auc = ranking(rows, ids, probs)
        print(f"  {name:<8}{text}  ({a.kept} -> {b.kept})  log-loss {loss:.3f} AUC {auc:.3f}")


def print_misses(rows: list[dict[str, Any]]) -> None:
    """Why the judged candidates that match no gold event in full miss, on the dev pages and on the
    SaudiNewsNet parts: no gold event of their type shares a participant ("unpaired"), or what they get
    wrong against the nearest one that does. A keep/drop filter can only gain the first without losing
    paired recall; the others are the extractor's details."""
    print("\nwhy the judged candidates that match no gold event in full miss (nearest pairable gold event):")
    for title, keep in (("dev pages", lambda r: r["set"] == "dev"), ("parts", lambda r: r["set"] != "dev")):
        wrong = [r for r in rows if r.get("judged") and not r["full"] and keep(r)]
        counts: dict[str, int] = {}
        for r in wrong:
            key = "+".join(r["miss"])
            counts[key] = counts.get(key, 0) + 1
        cells = ", ".join(f"{k} {n}" for k, n in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])))
        print(f"  {title}: {len(wrong)} ({cells})")


def print_details(rows: list[dict[str, Any]]) -> None:
    """Whether blanking a detail could pay: for the events with a place (a date), how often blanking it
    makes a full match or breaks one, and how often a wrong one has "no place" (no date) right in the
    gold. A per-detail model can only gain the first count, and must find it among the rest."""
    print("\nblanking one detail of the judged events that have it (no model):")
    for detail in ("place", "date"):
        have = [r for r in rows if r.get("judged") and detail in r["details"]]
        fixed = sum(not r["hits"] and bool(r["details"][detail]["hits"]) for r in have)
        broken = sum(bool(r["hits"]) and not r["details"][detail]["hits"] for r in have)
        oks = [v for r in have for v in r["details"][detail]["ok"].values()]
        wrong = [v for v in oks if not v[0]]
        print(
            f"  {detail}: {len(have)} events; blanking makes {fixed} full matches and breaks {broken}; on "
            f"pairs, {len(wrong)} of {len(oks)} wrong, null right for {sum(v[1] for v in wrong)} of them"
        )


def main() -> int:
    from rasd.settings import Settings

    settings = Settings()
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--table", type=Path, default=Path("/tmp/event_filter_table.json"))
    parser.add_argument("--rebuild", action="store_true", help="rerun rasd even if the table exists")
    # the defaults are Settings' (event_filter_label, _c, _pos_weight, _threshold), with the figures
    # that chose them in their comments; docs/events.md
    parser.add_argument("--label", choices=("full", "paired"), default=settings.event_filter_label)
    parser.add_argument("--c", type=float, default=settings.event_filter_c, help="inverse L2 strength")
    parser.add_argument("--choose-c", action="store_true", help="choose C by (nested) grouped CV")
    parser.add_argument(
        "--pos-weight", type=float, default=settings.event_filter_pos_weight, help="weight of positive rows"
    )
    parser.add_argument("--write", action="store_true", help="fit on every row and write the model")
    parser.add_argument(
        "--threshold",
        type=float,
        default=settings.event_filter_threshold,
        help="recorded in the model (Settings has it)",
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
    if {r["set"] for r in rows} != set(SETS) or any("features" in r and "miss" not in r for r in rows):
        sys.exit(f"{args.table} was built by another version of this script or other sets: use --rebuild")
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
    print_misses(events)
    print_details(events)
    c_arg = None if args.choose_c else args.c
    setup = (
        f"label {args.label}, C {'chosen per fold' if c_arg is None else c_arg}, pos weight {args.pos_weight}"
    )
    schemes = {
        "grouped 5-fold CV": (group_folds(rows), "group"),
        "leave one set out": ([(n, {n}) for n in SETS], "set"),
    }
    for title, (folds, by) in schemes.items():
        probs = held_out_probs(rows, folds, by, args.label, c_arg, args.pos_weight)
        print_report(f"{title}, {setup}", rows, probs)
        print_at(title, rows, probs, args.threshold)
    if args.write:
        from rasd.events.filter import dump_event_filter

        judged = [r for r in events if r["judged"]]
        c = choose_c(judged, args.label, args.pos_weight) if c_arg is None else c_arg
        w = fit(judged, args.label, c, pos_weight=args.pos_weight)
        meta = {
            "label": args.label,
            "c": c,
            "pos_weight": args.pos_weight,
            "rows": len(judged),
            "threshold": args.threshold,
        }
        dump_event_filter(ROOT / "rasd/data/models/event_filter.json", w, types, meta)
        print("wrote rasd/data/models/event_filter.json")
    return 0


if __name__ == "__main__":
    sys.exit(main())
