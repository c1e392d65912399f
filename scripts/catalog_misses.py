"""Gold participants and quote speakers that rasd leaves unlinked, grouped by kind of office.

Reads the outputs `/tmp/s11/evalall.sh` writes (``dev.json`` for the dev pages, ``pa.json`` … for the
SaudiNewsNet dev parts) and the gold of the development sets only (``eval/pages/dev.yaml``, the dev
split of the pages; ``eval/devset/gold.yaml`` and ``gold_{b,d,e,g}.yaml``; never the held-out sets). For
every participant of a gold event and every named gold quote speaker it asks, per document, whether an
output entity of that document carries the name (the shared scorer's name matching, gold aliases
included):

- *linked*: a catalog entity (``nil`` false) has it;
- *NIL*: only a NIL entity has it (its romanised name came out as the gold's: scored, but the catalog
  lacks the person and a different romanisation would lose it);
- *missed*: no entity of the document has it (not found, or linked to someone else).

Each unlinked name gets a kind from ``eval/office_kinds.tsv`` (hand-written: name, kind, note), the
offices issue 14 asks about (Saudi officials below minister, EU and US officials, heads of UN agencies …);
a name the file lacks is ``unclassified``. Counts are gold mentions (a name in three events counts
three times), with the distinct names in brackets.

    python scripts/catalog_misses.py /tmp/s11/out_base12              # the table of docs/entities.md
    python scripts/catalog_misses.py /tmp/s11/out_base12 --list       # and every unlinked name
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter, defaultdict
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "eval"))
from shared_scorer import load_scorer  # noqa: E402

#: set -> (gold file, output file of evalall.sh): the development sets only.
SETS: dict[str, tuple[str, str]] = {
    "dev": ("eval/pages/dev.yaml", "dev.json"),
    "a": ("eval/devset/gold.yaml", "pa.json"),
    "b": ("eval/devset/gold_b.yaml", "pb.json"),
    "d": ("eval/devset/gold_d.yaml", "pd.json"),
    "e": ("eval/devset/gold_e.yaml", "pe.json"),
    "g": ("eval/devset/gold_g.yaml", "pg.json"),
}
KINDS = ROOT / "eval" / "office_kinds.tsv"
UNCLASSIFIED = "unclassified"


def read_kinds(path: Path) -> dict[str, str]:
    """office_kinds.tsv: gold English name -> kind (comments and blank lines skipped)."""
    kinds: dict[str, str] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith("#") or not line.strip():
            continue
        name, kind, *_ = line.split("\t")
        kinds[name] = kind
    return kinds


def _entities(path: Path) -> dict[str, list[dict[str, Any]]]:
    """Output document (file name) -> its entities over every story."""
    data = json.loads(path.read_text(encoding="utf-8"))
    return {
        Path(str(doc["source"])).name: [e for story in doc["stories"] for e in story["entities"]]
        for doc in data["documents"]
    }


def unlinked(
    scorer: Any, gold_path: Path, out_path: Path
) -> tuple[Counter[str], list[tuple[str, str, str, str]]]:
    """Status counts (linked, nil, missed) and the (status, use, name, document) of every unlinked name."""
    gold = scorer.load_gold(gold_path)
    entities = _entities(out_path)
    counts: Counter[str] = Counter()
    rows: list[tuple[str, str, str, str]] = []
    for doc, g in gold.documents.items():
        names = [(p, "participant") for ev in g.get("events") or [] for p in ev.get("participants") or []]
        names += [(q["speaker"], "speaker") for q in g.get("quotes") or [] if q.get("speaker")]
        found = entities.get(doc, [])
        for name, use in names:
            if not isinstance(name, str):
                continue
            same = [e for e in found if gold.same_name(name, e.get("name_en"))]
            status = "linked" if any(not e.get("nil") for e in same) else "nil" if same else "missed"
            counts[status] += 1
            if status != "linked":
                rows.append((status, use, name, doc))
    return counts, rows


def table(outputs: Path, kinds: dict[str, str], shared: Path) -> tuple[str, list[str]]:
    """The markdown table (kind x set: missed / NIL) and the per-name listing."""
    scorer = load_scorer(shared)
    cells: dict[str, dict[str, Counter[str]]] = defaultdict(lambda: defaultdict(Counter))
    names: dict[str, dict[str, set[str]]] = defaultdict(lambda: defaultdict(set))
    totals: dict[str, Counter[str]] = {}
    listing: list[str] = []
    for key, (gold, out) in SETS.items():
        counts, rows = unlinked(scorer, ROOT / gold, outputs / out)
        totals[key] = counts
        for status, use, name, doc in rows:
            kind = kinds.get(name, UNCLASSIFIED)
            cells[kind][key][status] += 1
            names[kind][status].add(name)
            listing.append(f"{key}\t{status}\t{use}\t{kind}\t{name}\t{doc}")
    head = "| kind | " + " | ".join(SETS) + " | all: missed (names) / NIL (names) |"
    lines = [head, "|" + "---|" * (len(SETS) + 2)]
    order = sorted(cells, key=lambda k: -sum(c["missed"] + c["nil"] for c in cells[k].values()))
    for kind in order:
        per = [f"{cells[kind][s]['missed']} / {cells[kind][s]['nil']}" for s in SETS]
        missed = sum(c["missed"] for c in cells[kind].values())
        nil = sum(c["nil"] for c in cells[kind].values())
        lines.append(
            f"| {kind} | "
            + " | ".join(per)
            + f" | {missed} ({len(names[kind]['missed'])}) / {nil} ({len(names[kind]['nil'])}) |"
        )
    gold_total = [f"{sum(totals[s].values())}" for s in SETS]
    lines.append("| gold names (linked + NIL + missed) | " + " | ".join(gold_total) + " | |")
    linked = [f"{totals[s]['linked']}" for s in SETS]
    lines.append("| linked | " + " | ".join(linked) + " | |")
    return "\n".join(lines), listing


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("outputs", type=Path, help="evalall.sh's output folder (dev.json, pa.json …)")
    parser.add_argument("--kinds", type=Path, default=KINDS)
    parser.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    parser.add_argument("--list", action="store_true", help="also list every unlinked name")
    args = parser.parse_args()
    text, listing = table(args.outputs, read_kinds(args.kinds), args.shared)
    print(text)
    if args.list:
        print("\nset\tstatus\tuse\tkind\tname\tdocument")
        print("\n".join(sorted(listing)))


if __name__ == "__main__":
    main()
