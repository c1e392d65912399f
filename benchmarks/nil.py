"""Whether one unknown person reported by two outlets gets one NIL id (cross-document NIL clustering).

Usage: python benchmarks/nil.py [NAME=OUT.json ...] [--out benchmarks/results/nil.json]
Each OUT.json is `rasd analyze --json` over the dev pages (eval/pages/run.py --split dev --out
OUT.json); with none, rasd (this checkout) is run on them. Never the test split.

A NIL person of a page is matched to the gold person of that page one of whose labelled mentions
equals or contains one of its mentions, or is contained in one (folded, at least four letters).
Pairs of matched NIL persons from two pages of one event (eval/pages/split.tsv's event_key) are
scored: precision = pairs with one id that are one gold person / pairs with one id; recall = pairs
that are one gold person with one id / pairs that are one gold person. Also listed: ids that several
different folded names share anywhere in the dev output (a false merge the gold may not cover).

The same key on the catalog's people, where who is who is known: pairs of Arabic spellings of one
person with as many words (مسعود بزشكيان / مسعود بيزشكيان) that share a key (recall), and pairs of
full names of two different people that share one (false merges, listed). Old key: type + fold(text).
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import defaultdict
from itertools import combinations
from pathlib import Path

import yaml
from common import REPO, git_commit, write_report

sys.path.insert(0, str(REPO / "eval" / "pages"))
from run import analyse as run_split
from run import split_pages

from rasd.lang.normalize import fold
from rasd.nlp.catalog import load_catalog
from rasd.nlp.link import NIL_DISTINCT, nil_distinct, nil_key
from rasd.nlp.titles import title_words
from rasd.resources import read_tsv

HONORIFICS = title_words("name")  # read once, as LinkResources holds them

PAGES = REPO / "eval" / "pages"
MIN_CONTAINED = 4  # letters: a shorter mention inside a gold name is too weak a match


def dev_pages() -> dict[str, str]:
    """Page file name -> event key, dev split only."""
    return split_pages("dev")


def gold_people(page: str) -> dict[str, list[str]]:
    data = yaml.safe_load((PAGES / "gold" / (Path(page).stem + ".yaml")).read_text(encoding="utf-8"))
    return {name: [fold(m) for m in mentions] for name, mentions in (data.get("entities") or {}).items()}


def match(mentions: list[str], gold: dict[str, list[str]]) -> str | None:
    best, best_len = None, 0
    for name, forms in gold.items():
        for g in forms:
            for m in mentions:
                hit = m == g or (min(len(m), len(g)) >= MIN_CONTAINED and (m in g or g in m))
                if hit and len(g) > best_len:
                    best, best_len = name, len(g)
    return best


def analyse(shared: Path) -> Path:
    return run_split("dev", shared)


def score(path: Path) -> dict:
    events = dev_pages()
    analysis = json.loads(path.read_text(encoding="utf-8"))
    items: list[tuple[str, str, str]] = []  # (page, nil id, gold person)
    names_by_id: dict[str, set[str]] = defaultdict(set)
    unmatched = 0
    for doc in analysis["documents"]:
        page = Path(doc["source"]).name
        if page not in events:
            continue
        gold = gold_people(page)
        ids: dict[str, list[str]] = defaultdict(list)
        for story in doc["stories"]:
            for e in story["entities"]:
                if e.get("nil") and e["type"] == "PER":
                    ids[e["id"]] += [fold(m) for m in e["mentions"]]
                    names_by_id[e["id"]].add(fold(e["name_ar"]))
        for nil_id, mentions in ids.items():
            person = match(mentions, gold)
            if person is None:
                unmatched += 1
            else:
                items.append((page, nil_id, person))
    tp = fp = fn = 0
    for (p1, id1, g1), (p2, id2, g2) in combinations(items, 2):
        if p1 == p2 or events[p1] != events[p2]:
            continue
        tp += id1 == id2 and g1 == g2
        fp += id1 == id2 and g1 != g2
        fn += id1 != id2 and g1 == g2
    shared_ids = {i: sorted(n) for i, n in names_by_id.items() if len(n) > 1}
    return {
        "nil_people_matched": len(items),
        "nil_people_unmatched": unmatched,
        "pairs_same_person": tp + fn,
        "pairs_same_id": tp + fp,
        "precision": round(tp / (tp + fp), 3) if tp + fp else None,
        "recall": round(tp / (tp + fn), 3) if tp + fn else None,
        "ids_with_several_names": shared_ids,
    }


def old_key(type_: str, text: str) -> str:
    return type_ + ":" + fold(text)


def catalog_keys(apart: float = NIL_DISTINCT) -> dict:
    """Variant spellings of one catalog person that share a key, and different people that do."""
    names: dict[str, set[str]] = defaultdict(set)
    catalog = load_catalog()
    distinct = nil_distinct(catalog, apart)
    for e in catalog:
        if e.kind == "person":
            full = [n for n in (e.name_ar, *e.aliases_ar) if len(n.split()) > 1]
            names[e.id].update(fold(n) for n in full)
    out = {}
    for label, key in (("old", old_key), ("now", lambda t, x: nil_key(t, x, distinct, HONORIFICS))):
        same = same_hit = 0
        owners: dict[str, set[str]] = defaultdict(set)
        for person, forms in names.items():
            for a, b in combinations(sorted(forms), 2):
                if len(a.split()) == len(b.split()):
                    same += 1
                    same_hit += key("PER", a) == key("PER", b)
            for form in forms:
                owners[key("PER", form)].add(person)
        merged = {k: sorted(v) for k, v in owners.items() if len(v) > 1}
        out[label] = {
            "variant_pairs": same,
            "variant_pairs_one_key": same_hit,
            "recall": round(same_hit / same, 3) if same else None,
            "people": len(names),
            "keys_shared_by_different_people": merged,
        }
    return out


def common_name_merges(apart: float = NIL_DISTINCT) -> dict:
    """Pairs of different common name words (name_words.tsv: محمد Mohammed, محمود Mahmoud) whose
    NIL key is one: "محمد علي" and "محمود علي" would then be one person."""
    distinct = nil_distinct(load_catalog(), apart)
    rows = read_tsv("nlp/name_words.tsv", ("arabic", "english"))
    words = {fold(r["arabic"]): r["english"] for r in rows if len(r["arabic"].split()) == 1}
    merged = [
        (a, b)
        for a, b in combinations(sorted(words), 2)
        if words[a].lower() != words[b].lower()
        and nil_key("PER", a, distinct, HONORIFICS) == nil_key("PER", b, distinct, HONORIFICS)
    ]
    return {"pairs": len(words) * (len(words) - 1) // 2, "merged": [" / ".join(p) for p in merged]}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("runs", nargs="*", help="NAME=OUT.json (rasd output over the dev pages)")
    parser.add_argument("--shared", type=Path, default=REPO.parent / "shared")
    parser.add_argument("--out", type=Path, default=REPO / "benchmarks" / "results" / "nil.json")
    parser.add_argument("--catalog-only", action="store_true", help="only the catalog part (no rasd run)")
    parser.add_argument("--sweep", action="store_true", help="the catalog part for several NIL_DISTINCT")
    args = parser.parse_args()
    runs = dict(r.split("=", 1) for r in args.runs)
    if not runs and not args.catalog_only:
        runs = {"now": str(analyse(args.shared))}
    report = {"commit": git_commit(), "runs": {}}
    for name, path in runs.items():
        result = score(Path(path))
        report["runs"][name] = result
        r = result
        print(
            f"{name:10} NIL people matched {r['nil_people_matched']} "
            f"(unmatched {r['nil_people_unmatched']}); "
            f"pairs across pages of one person {r['pairs_same_person']}, with one id {r['pairs_same_id']}: "
            f"P {r['precision']} R {r['recall']}"
        )
        for nil_id, names in result["ids_with_several_names"].items():
            print(f"    {nil_id}: {' | '.join(names)}")
    if args.sweep:
        for apart in (0.2, 0.3, 0.4, 0.5, 1.01):
            r = catalog_keys(apart)["now"]
            merged = r["keys_shared_by_different_people"]
            common = common_name_merges(apart)
            print(
                f"NIL_DISTINCT {apart}: catalog variants one key {r['recall']}, "
                f"keys of 2+ people {len(merged)}, common name words merged "
                f"{len(common['merged'])}/{common['pairs']}: {', '.join(common['merged'][:12])}"
            )
    report["catalog"] = catalog_keys()
    report["common_names"] = common_name_merges()
    print(f"common name words with one key: {len(report['common_names']['merged'])}")
    for label, r in report["catalog"].items():
        print(
            f"catalog, {label} key: {r['variant_pairs_one_key']}/{r['variant_pairs']} same-length "
            f"spellings of one person share a key (recall {r['recall']}); keys shared by different people: "
            f"{len(r['keys_shared_by_different_people'])}"
        )
        for k, people in r["keys_shared_by_different_people"].items():
            print(f"    {k}: {', '.join(people)}")
    write_report(args.out, report)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
