"""Summarise a py-spy raw profile (`py-spy record -f raw`): own and inclusive share per function.

    py-spy record -r 100 -f raw -o spy.txt -- python benchmarks/profile_analyze.py --plain-only
    python benchmarks/spy_summary.py spy.txt [--under analyze_paths] [--top 30]

Only samples with a frame whose function name is `--under` count (default analyze_paths: the
analysis, not the loading of data files). A sampling profiler does not slow small functions down
the way cProfile does, so its shares are the truer picture of a pure-Python pipeline.
"""

from __future__ import annotations

import argparse
import re
from collections import Counter
from pathlib import Path

_FRAME = re.compile(r"^(?P<func>.*?) \((?P<file>[^()]*?)(?::(?P<line>\d+))?\)$")


def _name(frame: str) -> str:
    """`func (path/to/file.py:123)` → `file.py:func` (line numbers dropped: one row per function)."""
    m = _FRAME.match(frame.strip())
    if not m:
        return frame.strip()
    return f"{Path(m['file']).name}:{m['func']}"


def summarise(path: Path, under: str) -> tuple[int, Counter[str], Counter[str]]:
    total, own, inclusive = 0, Counter(), Counter()
    for line in path.read_text(encoding="utf-8").splitlines():
        stack, _, count = line.rpartition(" ")
        if not count.isdigit():
            continue
        frames = [_name(f) for f in stack.split(";")]
        cut = next((k for k, f in enumerate(frames) if f.endswith(":" + under)), None)
        if cut is None:
            continue
        frames = frames[cut:]
        n = int(count)
        total += n
        own[frames[-1]] += n
        for f in set(frames):
            inclusive[f] += n
    return total, own, inclusive


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("raw", type=Path)
    parser.add_argument("--under", default="analyze_paths")
    parser.add_argument("--top", type=int, default=30)
    args = parser.parse_args(argv)
    total, own, inclusive = summarise(args.raw, args.under)
    if not total:
        print(f"no samples under {args.under}")
        return 1
    print(f"{total} samples under {args.under}")
    for title, table in (("own", own), ("inclusive", inclusive)):
        print(f"\n{title:>9}  function")
        for name, n in table.most_common(args.top):
            print(f"{100 * n / total:8.1f}%  {name}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
