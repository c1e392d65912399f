"""Split ../shared/corpus/pages into dev and test by event_key: every report of one event on one side.

Usage: python eval/pages/split.py [--shared ../shared] > eval/pages/split.tsv
A key goes to test when the first eight hex digits of its SHA-1 are divisible by 3; deterministic, so the
split never depends on what rasd scores. The split file is committed and frozen: never re-draw it.
"""

from __future__ import annotations

import argparse
import csv
import hashlib
from pathlib import Path

HERE = Path(__file__).resolve().parent


def side(event_key: str) -> str:
    return "test" if int(hashlib.sha1(event_key.encode()).hexdigest()[:8], 16) % 3 == 0 else "dev"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", type=Path, default=HERE.parents[1].parent / "shared")
    args = parser.parse_args()
    with (args.shared / "corpus" / "pages" / "manifest.tsv").open(encoding="utf-8") as f:
        rows = list(csv.DictReader(f, delimiter="\t"))
    print("file\tevent_key\tsplit")
    for row in rows:
        print(f"{row['file']}\t{row['event_key']}\t{side(row['event_key'])}")


if __name__ == "__main__":
    main()
