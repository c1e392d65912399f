"""Analyse one split of the real pages with rasd and print the per-field scores: one command.

Usage: python eval/pages/run.py --split dev|test [--shared ../shared] [--out OUT.json] [--json]
Runs `rasd analyze` (this checkout's code) on the split's pages from eval/pages/split.tsv, then
eval/pages/prf.py on the result. Score test only when a change set is finished (docs/evaluation.md).
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]


def split_pages(split: str) -> dict[str, str]:
    """Page file name -> event key, for one side of the frozen split (eval/pages/split.tsv)."""
    rows = [line.split("\t") for line in (HERE / "split.tsv").read_text(encoding="utf-8").splitlines()[1:]]
    return {name: event for name, event, side in rows if side == split}


def analyse(split: str, shared: Path, out: Path | None = None) -> Path:
    """`rasd analyze` (this checkout's code) on one side's pages; returns the JSON's path."""
    pages = shared / "corpus" / "pages" / "articles"
    out = out or Path(tempfile.mkstemp(suffix=f"-{split}.json")[1])
    files = [str(pages / name) for name in split_pages(split)]
    run = [
        sys.executable,
        "-c",
        "from rasd.cli.main import app; app()",
        "analyze",
        *files,
        "--json",
        str(out),
        "-q",
    ]
    subprocess.run(run, check=True, cwd=ROOT)
    return out


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--split", choices=("dev", "test"), required=True)
    parser.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    parser.add_argument("--out", type=Path, help="keep rasd's JSON here (default: a temporary file)")
    parser.add_argument("--json", action="store_true", help="print the scores as one JSON object")
    args = parser.parse_args()
    out = analyse(args.split, args.shared, args.out)
    score = [
        sys.executable,
        str(HERE / "prf.py"),
        str(out),
        "--split",
        args.split,
        "--shared",
        str(args.shared),
    ]
    return subprocess.run(score + (["--json"] if args.json else []), check=False, cwd=ROOT).returncode


if __name__ == "__main__":
    sys.exit(main())
