"""Cross-source event clustering against the labelled real pages and the seeds.

Gold: an event id shared by several pages' gold files is one real-world event (eval/pages; the seeds'
gold the same way). Each gold event of a page is aligned with at most one output event of that page
(same type and a shared participant, nearest first: eval/pages/prf.py `align`), and that output event's
cluster is the system's answer. Over all aligned reports of different documents:

- pairwise precision: of the report pairs rasd put in one cluster, the share that are one gold event;
- pairwise recall: of the report pairs that are one gold event, the share rasd put in one cluster;
- B-cubed precision/recall/F1 over the same reports.

The pages are analysed once; clustering is then re-run for each tolerance setting (`--sweep` tries a
grid on the dev split and reports the chosen setting on test). Dev only for choosing.

    .venv/bin/python benchmarks/clusters.py [--shared DIR] [--sweep] [--test]
"""

from __future__ import annotations

import argparse
import dataclasses
import itertools
import sys
from collections import defaultdict
from pathlib import Path

from common import git_commit, write_report

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "eval" / "pages"))

from prf import align, load_scorer  # noqa: E402

from rasd.export import analysis_to_dict  # noqa: E402
from rasd.kb.cluster import Clustering, cluster_events  # noqa: E402
from rasd.nlp.catalog import load_catalog  # noqa: E402
from rasd.pipeline import analyze_paths  # noqa: E402
from rasd.records import Analysis  # noqa: E402
from rasd.settings import Settings  # noqa: E402

RESULTS = REPO / "benchmarks" / "results" / "clusters.json"
GRID = {
    "date_tolerance_days": (0, 1, 2),
    "report_lag_days": (1, 3, 7, 14),
    "same_story_days": (0, 1, 3),
}


def aligned_reports(s, gold, data) -> list[tuple[str, str, str]]:
    """(document, gold event id, output cluster) for every aligned gold event."""
    out = s.parse_output(data)
    found = []
    for name, g in gold.documents.items():
        doc = out.docs.get(name)
        if doc is None:
            continue
        for ge, e in align(s, gold, list(g.get("events") or []), list(doc.events)):
            if e.cluster:
                found.append((name, str(ge.get("id")), e.cluster))
    return found


def scores(reports: list[tuple[str, str, str]]) -> dict[str, float | int]:
    pairs = [(a, b) for a, b in itertools.combinations(reports, 2) if a[0] != b[0]]
    same_gold = sum(1 for a, b in pairs if a[1] == b[1])
    same_out = sum(1 for a, b in pairs if a[2] == b[2])
    both = sum(1 for a, b in pairs if a[1] == b[1] and a[2] == b[2])
    p = both / same_out if same_out else 1.0
    r = both / same_gold if same_gold else 1.0
    by_gold, by_out = defaultdict(list), defaultdict(list)
    for i, (_, g, c) in enumerate(reports):
        by_gold[g].append(i)
        by_out[c].append(i)
    bp = br = 0.0
    for _, g, c in reports:
        inter = len(set(by_gold[g]) & set(by_out[c]))
        bp += inter / len(by_out[c])
        br += inter / len(by_gold[g])
    n = max(len(reports), 1)
    bp, br = bp / n, br / n
    return {
        "reports": len(reports),
        "gold_pairs": same_gold,
        "output_pairs": same_out,
        "pairwise_p": round(p, 3),
        "pairwise_r": round(r, 3),
        "pairwise_f1": round(2 * p * r / (p + r), 3) if p + r else 0.0,
        "bcubed_p": round(bp, 3),
        "bcubed_r": round(br, 3),
        "bcubed_f1": round(2 * bp * br / (bp + br), 3) if bp + br else 0.0,
    }


def evaluate(s, gold, analysis: Analysis, state_of, c: Clustering) -> dict:
    docs = cluster_events(analysis.documents, state_of, c)
    data = analysis_to_dict(dataclasses.replace(analysis, documents=docs))
    return scores(aligned_reports(s, gold, data))


def _tolerances(c: Clustering) -> dict:
    """The clustering's settings for the report, without `stop_terms` (loaded data, not a setting)."""
    return {k: v for k, v in dataclasses.asdict(c).items() if k != "stop_terms"}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", type=Path, default=REPO.parent / "shared")
    parser.add_argument("--sweep", action="store_true", help="choose the tolerances on dev")
    parser.add_argument(
        "--test", action="store_true", help="also score the frozen test split (final runs only)"
    )
    args = parser.parse_args()
    s = load_scorer(args.shared)
    state_of = load_catalog().state_of_place
    default = Settings().clustering()
    pages = args.shared / "corpus" / "pages" / "articles"
    split = [line.split("\t") for line in (REPO / "eval/pages/split.tsv").read_text().splitlines()[1:]]
    report: dict = {"commit": git_commit(), "default": _tolerances(default)}
    analyses = {}
    sides = ("dev", "test") if args.test else ("dev",)
    for side in sides:
        files = [pages / f for f, _, sp in split if sp == side]
        analyses[side] = analyze_paths(files, Settings())
    golds = {side: s.load_gold(REPO / f"eval/pages/{side}.yaml") for side in sides}
    if args.sweep:
        grid = []
        for values in itertools.product(*GRID.values()):
            c = dataclasses.replace(default, **dict(zip(GRID, values, strict=True)))
            grid.append((evaluate(s, golds["dev"], analyses["dev"], state_of, c), c))
            print("dev", _tolerances(c), grid[-1][0], flush=True)
        best = max(grid, key=lambda t: (t[0]["bcubed_f1"], t[0]["pairwise_f1"]))
        report["sweep_dev"] = [{"setting": _tolerances(c), **r} for r, c in grid]
        report["chosen"] = _tolerances(best[1])
    for side in sides:
        report[side] = evaluate(s, golds[side], analyses[side], state_of, default)
        print(side, report[side], flush=True)
    seeds_gold = s.load_gold(args.shared / "gold" / "seeds.yaml")
    seeds = analyze_paths([args.shared / "seeds"], Settings())
    report["seeds"] = evaluate(s, seeds_gold, seeds, state_of, default)
    print("seeds", report["seeds"])
    write_report(RESULTS, report)


if __name__ == "__main__":
    main()
