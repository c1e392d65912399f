#!/usr/bin/env python3
"""Print SaudiNewsNet candidates for the event/quote development set (id, outlet, date, title).

Deterministic: scans ../shared/corpus/saudinewsnet/articles.jsonl.gz in corpus order, keeps
articles crawled on or after 2015-08-01 (the SaudiNewsNet README says the crawl date is "most
probably" the publication date only from then on), with a title containing a diplomacy keyword
and a body of 400-3000 characters, and prints at most --per-outlet (default 25) per outlet.
No article text is written anywhere; the output is for the annotator's eyes only.

    .venv/bin/python eval/devset/select.py [--corpus PATH] [--per-outlet N] [--since YYYY-MM-DD]
"""

from __future__ import annotations

import argparse
import gzip
import json
import re
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
DEFAULT_CORPUS = ROOT.parent / "shared" / "corpus" / "saudinewsnet" / "articles.jsonl.gz"

KEYWORDS = (
    "التقى",
    "يلتقي",
    "استقبل",
    "يستقبل",
    "اتصال هاتفي",
    "اتصالا هاتفيا",
    "هاتفيا",
    "زيارة",
    "يزور",
    "بحث",
    "يبحث",
    "يبحثان",
    "مباحثات",
    "وقع",
    "توقيع",
    "اتفاقية",
    "أشاد",
    "يشيد",
    "أدان",
    "يدين",
    "تدين",
    "قال",
    "صرح",
    "يهنئ",
    "هنأ",
)
KEY_RE = re.compile("|".join(map(re.escape, KEYWORDS)))
# Titles of columns and local-service news that the keywords would otherwise catch.
SKIP_RE = re.compile(r"كاريكاتير|مباراة|الدوري|النصر|الهلال|الاتحاد السعودي لكرة|فيلم|مسلسل|عقار|أسهم|سوق")


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    ap.add_argument("--per-outlet", type=int, default=25)
    ap.add_argument("--since", default="2015-08-01")
    args = ap.parse_args()
    seen = Counter()
    with gzip.open(args.corpus, "rt", encoding="utf-8") as fh:
        for line in fh:
            a = json.loads(line)
            title, text = (a.get("title") or "").strip(), a.get("text") or ""
            if a["date"][:10] < args.since or not (400 <= len(text) <= 3000):
                continue
            if not KEY_RE.search(title) or SKIP_RE.search(title):
                continue
            if seen[a["outlet"]] >= args.per_outlet:
                continue
            seen[a["outlet"]] += 1
            print(f"{a['id']}\t{a['outlet']}\t{a['date'][:10]}\t{' '.join(title.split())}")
    print("# per outlet:", dict(seen))


if __name__ == "__main__":
    main()
