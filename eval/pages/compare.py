"""Side by side: the per-field figures of several `prf.py --json` results, as a Markdown table.

Usage: python eval/pages/compare.py NAME=SCORES.json [NAME=SCORES.json ...]
(SCORES.json from `eval/pages/run.py --split S --json > SCORES.json`). For docs/evaluation.md.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

ROWS: tuple[tuple[str, tuple[str, ...], str], ...] = (
    ("events: full match P", ("events", "full", "p"), "f"),
    ("events: full match R", ("events", "full", "r"), "f"),
    ("events: full match F1", ("events", "full", "f1"), "f"),
    ("events: same type + a shared participant (recall)", ("events", "paired", "acc"), "f"),
    ("  on those: participants", ("events", "fields", "participants", "acc"), "f"),
    ("  on those: place", ("events", "fields", "location", "acc"), "f"),
    ("  on those: date", ("events", "fields", "date", "acc"), "f"),
    ("  on those: status", ("events", "fields", "status", "acc"), "f"),
    ("quotes (all): span F1", ("quotes", "all", "span", "f1"), "f"),
    ("quotes (all): span + speaker P", ("quotes", "all", "span_speaker", "p"), "f"),
    ("quotes (all): span + speaker R", ("quotes", "all", "span_speaker", "r"), "f"),
    ("quotes (all): span + speaker F1", ("quotes", "all", "span_speaker", "f1"), "f"),
    ("quotes (direct): span + speaker F1", ("quotes", "direct", "span_speaker", "f1"), "f"),
    ("titles", ("stories", "titles", "acc"), "f"),
    ("story count", ("stories", "story_count", "acc"), "f"),
    ("boilerplate lines P", ("boilerplate_lines", "p"), "f"),
    ("boilerplate lines R", ("boilerplate_lines", "r"), "f"),
    ("boilerplate lines F1", ("boilerplate_lines", "f1"), "f"),
    ("published", ("documents", "published", "acc"), "f"),
    ("outlet", ("documents", "outlet", "acc"), "f"),
    ("entity checks", ("entities", "checks", "acc"), "f"),
)


def dig(data: dict[str, Any], path: tuple[str, ...]) -> Any:
    for key in path:
        data = data.get(key, {}) if isinstance(data, dict) else {}
    return data if not isinstance(data, dict) else None


def main(argv: list[str]) -> int:
    columns = [arg.split("=", 1) for arg in argv]
    loaded = [(name, json.loads(Path(path).read_text(encoding="utf-8"))) for name, path in columns]
    print("| field | " + " | ".join(name for name, _ in loaded) + " |")
    print("| --- |" + " --- |" * len(loaded))
    for label, path, _ in ROWS:
        cells = [dig(data, path) for _, data in loaded]
        print(f"| {label} | " + " | ".join("–" if c is None else f"{c:.3f}" for c in cells) + " |")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
