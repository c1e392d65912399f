#!/usr/bin/env python3
"""Write the devset articles to a temporary folder and print the scoring command.

The repository holds only annotations (eval/devset/gold.yaml, eval/devset/ids.txt); the article text
is CC BY-NC-SA and stays in ../shared. This script reads each id listed in ids.txt from
../shared/corpus/saudinewsnet/articles.jsonl.gz and writes `<id>.txt` = title + "\\n" + a date line
"تاريخ النشر: <crawl day>" + text (both unchanged) into a fresh temporary folder (or --out DIR), then
prints the command that scores `rasd analyze` on it against gold.yaml (sections events and quotes).

    .venv/bin/python eval/devset/materialize.py [--part a|b|c|d|e|f|g|h] [--out DIR] [--corpus PATH] [--check]

--part b reads ids_b.txt and gold_b.yaml (part b, crawled 2015-08-07..11) instead of ids.txt and
gold.yaml; --part c reads ids_c.txt and gold_c.yaml (part c, chosen without title keywords); --part d
reads ids_d.txt and gold_d.yaml (part d, part c's rule with another seed); --part e and --part f
read ids_e.txt / gold_e.yaml and ids_f.txt / gold_f.yaml (July days, one list dealt out in turn); --part g
reads ids_g.txt / gold_g.yaml (July days again, none of the rows dealt to e and f); --part h reads
ids_h.txt / gold_h.yaml (July days, a fresh check: none of the rows dealt to e, f or g);
--ids / --gold name other files. Part a (the default) is unchanged.

--check also verifies the gold file against the articles, without printing any article text:
ids.txt and gold.yaml list the same documents; every title_starts opens its title; every quote
substring occurs in its article and has 4-8 words (after the scorer's normalisation).
"""

from __future__ import annotations

import argparse
import gzip
import json
import sys
import tempfile
from pathlib import Path

import yaml

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
SHARED = ROOT.parent / "shared"
DEFAULT_CORPUS = SHARED / "corpus" / "saudinewsnet" / "articles.jsonl.gz"
SCORER = SHARED / "eval" / "score_seeds.py"
# (ids file, gold file) of each labelled part; docs/devset.md describes both.
PARTS = {
    "a": ("ids.txt", "gold.yaml"),
    "b": ("ids_b.txt", "gold_b.yaml"),
    "c": ("ids_c.txt", "gold_c.yaml"),
    "d": ("ids_d.txt", "gold_d.yaml"),
    "e": ("ids_e.txt", "gold_e.yaml"),
    "f": ("ids_f.txt", "gold_f.yaml"),
    "g": ("ids_g.txt", "gold_g.yaml"),
    "h": ("ids_h.txt", "gold_h.yaml"),
}


def read_ids(path: Path) -> list[str]:
    return [
        ln.split("#")[0].strip()
        for ln in path.read_text(encoding="utf-8").splitlines()
        if ln.split("#")[0].strip()
    ]


def load_articles(corpus: Path, ids: list[str]) -> dict[str, dict]:
    want, found = set(ids), {}
    with gzip.open(corpus, "rt", encoding="utf-8") as fh:
        for line in fh:
            rec = json.loads(line)
            if rec["id"] in want:
                found[rec["id"]] = rec
    missing = want - set(found)
    if missing:
        sys.exit(f"ids not in corpus: {sorted(missing)}")
    return found


def check(gold: dict, ids: list[str], arts: dict[str, dict]) -> int:
    sys.path.insert(0, str(SCORER.parent))
    from score_seeds import norm, words  # the scorer's own normalisation

    problems = []
    docs = gold["documents"]
    if sorted(f"{i}.txt" for i in ids) != sorted(docs):
        problems.append("ids.txt and gold.yaml list different documents")
    for name, doc in docs.items():
        a = arts.get(name[:-4])
        if a is None:
            continue
        title, body = a.get("title") or "", a.get("title", "") + "\n" + (a.get("text") or "")
        for st in doc.get("stories") or []:
            ts = st.get("title_starts")
            if ts and not norm(title).startswith(norm(ts)):
                problems.append(f"{name}: title does not start with {ts!r}")
        if doc.get("published") is not None and str(doc["published"]) != a["date"][:10]:
            day = a["date"][:10]
            problems.append(f"{name}: published {doc['published']} is not the date field's day {day}")
        for q in doc.get("quotes") or []:
            n = len(words(q["text"]))
            if norm(q["text"]) not in norm(body):
                problems.append(f"{name}: quote of {q['speaker']} not found in the article")
            if not 4 <= n <= 8:
                problems.append(f"{name}: quote of {q['speaker']} has {n} words (want 4-8)")
        for ev in doc.get("events") or []:
            has_actors = ev.get("participants") or ev.get("participants_ok")
            if not {"id", "type", "status"} <= set(ev) or not has_actors:
                problems.append(f"{name}: event {ev.get('id')} lacks id/type/status/participants")
    for p in problems:
        print("CHECK FAIL", p)
    print(f"check: {len(docs)} documents, {len(problems)} problems")
    return 1 if problems else 0


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", type=Path, help="folder to write into (default: a new temporary folder)")
    ap.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    ap.add_argument("--check", action="store_true", help="verify the gold file against the articles")
    ap.add_argument("--part", choices=sorted(PARTS), default="a", help="which labelled part (default a)")
    ap.add_argument("--ids", type=Path, help="ids file (default: the part's)")
    ap.add_argument("--gold", type=Path, help="gold file (default: the part's)")
    args = ap.parse_args()

    ids_path = args.ids or HERE / PARTS[args.part][0]
    gold_file = args.gold or HERE / PARTS[args.part][1]
    ids = read_ids(ids_path)
    gold = yaml.safe_load(gold_file.read_text(encoding="utf-8"))
    arts = load_articles(args.corpus, ids)
    out = args.out or Path(tempfile.mkdtemp(prefix="rasd_devset_"))
    out.mkdir(parents=True, exist_ok=True)
    for i in ids:
        a = arts[i]
        # the crawl day stands in a date line, as a scraped page would carry it (see docs/devset.md)
        dated = f"تاريخ النشر: {str(a.get('date', ''))[:10]}\n" if a.get("date") else ""
        page = (a.get("title") or "") + "\n" + dated + (a.get("text") or "")
        (out / f"{i}.txt").write_text(page, encoding="utf-8")
    print(f"wrote {len(ids)} articles to {out}")
    rc = check(gold, ids, arts) if args.check else 0
    gold_path = gold_file.resolve()
    if gold_path.is_relative_to(ROOT):
        gold_path = gold_path.relative_to(ROOT)
    print("score with (from the repo root):")
    print(
        f"  rasd analyze {out} --json out.json && python {SCORER} out.json --gold {gold_path} "
        f"--seeds {out} --section events --section quotes"
    )
    return rc


if __name__ == "__main__":
    sys.exit(main())
