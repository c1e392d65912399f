"""Do two `rasd analyze --json` files hold the same analysis? Timing and counts in `stats` are ignored.

Used to check that a speed-up changes nothing: analyze the same input before and after, then

    python benchmarks/same_output.py BEFORE.json AFTER.json [--show N]

prints `identical` and exits 0, or prints the first N differences (JSON paths with both values)
and exits 1. Documents are compared in order, field by field, recursively.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Iterator
from pathlib import Path

IGNORED = {"stats"}  # top-level keys that hold run time, not analysis


def differences(a: object, b: object, path: str = "$") -> Iterator[str]:
    """Every place where `a` and `b` differ, as 'path: a != b' lines, in document order."""
    if isinstance(a, dict) and isinstance(b, dict):
        for key in list(a) + [k for k in b if k not in a]:
            if path == "$" and key in IGNORED:
                continue
            if key not in a:
                yield f"{path}.{key}: missing before, after = {_short(b[key])}"
            elif key not in b:
                yield f"{path}.{key}: before = {_short(a[key])}, missing after"
            else:
                yield from differences(a[key], b[key], f"{path}.{key}")
    elif isinstance(a, list) and isinstance(b, list):
        for i, (x, y) in enumerate(zip(a, b, strict=False)):
            yield from differences(x, y, f"{path}[{i}]")
        if len(a) != len(b):
            yield f"{path}: length {len(a)} before, {len(b)} after"
    elif type(a) is not type(b) or a != b:
        yield f"{path}: {_short(a)} != {_short(b)}"


def _short(value: object, width: int = 160) -> str:
    text = json.dumps(value, ensure_ascii=False)
    return text if len(text) <= width else text[: width - 1] + "…"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("before", type=Path)
    parser.add_argument("after", type=Path)
    parser.add_argument("--show", type=int, default=10, help="how many differences to print")
    args = parser.parse_args(argv)
    a, b = (json.loads(p.read_text(encoding="utf-8")) for p in (args.before, args.after))
    found = 0
    for line in differences(a, b):
        found += 1
        if found <= args.show:
            print(line)
    if found:
        more = f" (first {args.show} shown)" if found > args.show else ""
        print(f"{found} differences{more}")
        return 1
    print("identical")
    return 0


if __name__ == "__main__":
    sys.exit(main())
