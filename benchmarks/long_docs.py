"""CPU seconds to analyse one long document, by its length: is the analysis linear in it?

A long document is made of SaudiNewsNet article bodies glued together as paragraphs of one text
(no titles, so the cleaning stage is free to keep it as one long story, the worst case), cut at
the first paragraph end past the wanted length. Each length is analysed with `rasd.analyze_text`
in this process after the resources are loaded, timed with `time.process_time`, so other work
on the machine blurs the figure little. The document-size limit (`Settings.max_text_chars`)
is not applied by `analyze_text`, so lengths above it can be measured.

    .venv/bin/python benchmarks/long_docs.py [--sizes 50000,100000,...] [--profile N] [--out FILE]

`--profile N` prints the top 25 functions by cumulative time of a cProfile run at length N.
"""

from __future__ import annotations

import argparse
import cProfile
import datetime as dt
import gzip
import json
import pstats
import time
from pathlib import Path

from common import git_commit, write_report

REPO = Path(__file__).resolve().parents[1]
DEFAULT_SHARED = REPO.parent / "shared"
CORPUS = Path("corpus/saudinewsnet/articles.jsonl.gz")
RESULTS = REPO / "benchmarks" / "results" / "long_docs.json"
DEFAULT_SIZES = "50000,100000,200000,400000,1000000"


def long_text(shared: Path, chars: int) -> str:
    """Article bodies in corpus order, joined by blank lines, until the text is `chars` long."""
    parts: list[str] = []
    total = 0
    with gzip.open(shared / CORPUS, "rt", encoding="utf-8") as fh:
        for line in fh:
            body = (json.loads(line).get("text") or "").strip()
            if not body:
                continue
            parts.append(body)
            total += len(body) + 2
            if total >= chars:
                break
    text = "\n\n".join(parts)
    return text[:chars].rsplit("\n", 1)[0].rstrip() if len(text) > chars else text


def measure(text: str) -> dict[str, float | int]:
    """CPU seconds and the shape of the result for one text."""
    import rasd
    import rasd.library

    start = time.process_time()
    doc = rasd.analyze_text(text, published="2015-07-21")
    seconds = time.process_time() - start
    return {
        "chars": len(text),
        "cpu_s": round(seconds, 2),
        "stories": len(doc.stories),
        "longest_story_chars": max((len(s.text) for s in doc.stories), default=0),
        "events": sum(len(s.events) for s in doc.stories),
        "quotes": sum(len(s.quotes) for s in doc.stories),
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", type=Path, default=DEFAULT_SHARED)
    parser.add_argument("--sizes", default=DEFAULT_SIZES, help="comma-separated lengths in characters")
    parser.add_argument("--profile", type=int, default=0, help="profile one length instead")
    parser.add_argument("--out", type=Path, default=RESULTS)
    args = parser.parse_args(argv)

    import rasd
    import rasd.library

    rasd.library.default_resources()  # load once, outside every timing
    rasd.analyze_text("قال الوزير إن الزيارة ناجحة.")  # warm caches that load on first use
    if args.profile:
        text = long_text(args.shared, args.profile)
        profiler = cProfile.Profile()
        profiler.runcall(rasd.analyze_text, text, "2015-07-21")
        pstats.Stats(profiler).sort_stats("cumulative").print_stats(25)
        return 0

    rows = []
    for size in (int(s) for s in args.sizes.split(",")):
        row = measure(long_text(args.shared, size))
        rows.append(row)
        per = row["cpu_s"] / max(row["chars"], 1) * 100_000
        print(
            f"{row['chars']:>9,} chars  {row['cpu_s']:>8.2f} CPU s  ({per:.2f} s per 100k)  "
            f"{row['stories']} stories, longest {row['longest_story_chars']:,}, "
            f"{row['events']} events, {row['quotes']} quotes",
            flush=True,
        )
    write_report(
        args.out,
        {
            "date": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
            "commit": git_commit(),
            "command": "python benchmarks/long_docs.py --sizes " + args.sizes,
            "runs": rows,
        },
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
