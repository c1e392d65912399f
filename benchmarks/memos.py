"""How often a per-word memo of a given cap misses, over SaudiNewsNet's words: what chose the caps.

The analysis keeps per-word answers (NER features, linking's skeletons, clitic readings …) in memos
keyed by the folded word and cleared when full. A smaller cap holds less memory and recomputes more
words. Each article's distinct folded words (`rasd.lang.tokens.story_tokens`, title and text) are
asked of a clear-when-full memo of each cap, in corpus order, as the NER scorer and linking ask
them; the figure is the words per article the memo lacks (to be computed again). Tokenising only,
so the whole corpus takes under a minute.

    .venv/bin/python benchmarks/memos.py [--shared DIR] [--limit N]
"""

from __future__ import annotations

import argparse
import datetime as dt
import gzip
import json
import sys
from pathlib import Path

from common import git_commit, write_report

from rasd.lang.tokens import story_tokens

REPO = Path(__file__).resolve().parents[1]
CORPUS = Path("corpus/saudinewsnet/articles.jsonl.gz")
RESULTS = REPO / "benchmarks" / "results" / "memos.json"
CAPS = (200_000, 131_072, 100_000, 65_536, 32_768, 16_384)
MIN_CHARS = 20  # as Settings.min_text_chars: shorter texts are not analysed


def misses(records: list[set[str]], cap: int) -> int:
    """Words the memo lacked over all articles (each article's distinct words asked together)."""
    memo: set[str] = set()
    missed = 0
    for words in records:
        new = words - memo
        if len(memo) + len(new) > cap:
            memo.clear()
            new = words
        memo |= new
        missed += len(new)
    return missed


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", type=Path, default=REPO.parent / "shared")
    parser.add_argument("--limit", type=int, default=0, help="only the first N records")
    parser.add_argument("--out", type=Path, default=RESULTS)
    args = parser.parse_args(argv)
    path = args.shared / CORPUS
    if not path.exists():
        sys.exit(f"no corpus at {path}: give the shared data folder with --shared")
    records: list[set[str]] = []
    with gzip.open(path, "rt", encoding="utf-8") as lines:
        for n, line in enumerate(lines):
            if args.limit and n >= args.limit:
                break
            record = json.loads(line)
            text = record.get("text") or ""
            if len(text) >= MIN_CHARS:
                records.append({t.norm for t in story_tokens(record.get("title"), text).joined})
    distinct = set().union(*records)
    asked = sum(map(len, records))
    rows = {cap: misses(records, cap) for cap in CAPS}
    per = asked / len(records)
    print(f"{len(records):,} articles, {len(distinct):,} distinct folded words, {per:.1f} per article")
    print("| cap | words missed per article | share of asked |")
    print("| --- | --- | --- |")
    for cap, missed in rows.items():
        print(f"| {cap:,} | {missed / len(records):.1f} | {missed / asked:.3f} |")
    write_report(
        args.out,
        {
            "benchmark": "misses of clear-when-full per-word memos over SaudiNewsNet",
            "command": "python benchmarks/memos.py" + (f" --limit {args.limit}" if args.limit else ""),
            "date": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
            "git_commit": git_commit(),
            "articles": len(records),
            "distinct_words": len(distinct),
            "words_per_article": round(asked / len(records), 1),
            "missed_per_article": {str(cap): round(m / len(records), 1) for cap, m in rows.items()},
        },
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
