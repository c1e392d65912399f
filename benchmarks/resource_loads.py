"""Data-file reads during an analysis, after `load_resources`: none may grow with the stories (issue 13).

Every resource is loaded once into `pipeline.Resources` and passed in (docs/architecture.md). This
counts, under cProfile, the calls to the packaged-data readers (`rasd.resources.data_path`, which
every packaged file's path goes through, every `load_*` function of `rasd`, `Path.read_text`, the
CRF models' `Tagger.open`) while one process analyses a
first batch of documents (which may still build what is read on first use: the `rasd/lang` tables)
and then a second, larger batch: the second batch must read nothing.

    .venv/bin/python benchmarks/resource_loads.py [FILE.jsonl] [--first 50] [--second 200]
"""

from __future__ import annotations

import argparse
import cProfile
import pstats
import sys
from collections import Counter
from pathlib import Path

from rasd.errors import RasdError
from rasd.ingest import iter_files, load_file
from rasd.pipeline import Resources, analyze_raw, load_resources
from rasd.records import RawDoc
from rasd.settings import Settings

DEFAULT_INPUT = Path(__file__).resolve().parents[1] / "rasd" / "data" / "demo"


def _is_reader(filename: str, name: str) -> bool:
    """A function that reads a packaged data file (or a model) rather than computing on one."""
    if filename.endswith("rasd/resources.py"):
        return name in ("data_path", "read_model_sidecar")  # every packaged file's path; a model's sidecar
    if "/rasd/" in filename and name.startswith("load_"):
        return True
    return name in ("read_text", "<method 'open' of 'pycrfsuite._pycrfsuite.Tagger' objects>")


def reads(profile: cProfile.Profile) -> Counter[str]:
    """Calls of each reader function in a profile, by `file:function`."""
    stats = pstats.Stats(profile)
    found: Counter[str] = Counter()
    for (filename, _line, name), (_cc, calls, *_rest) in stats.stats.items():  # type: ignore[attr-defined]
        if _is_reader(filename, name):
            found[f"{Path(filename).name}:{name}"] += calls
    return found


def documents(path: Path, settings: Settings, limit: int) -> list[RawDoc]:
    """The first `limit` documents of the input (a file or folder), read before any counting."""
    out: list[RawDoc] = []
    for item in iter_files([path]):
        if isinstance(item, tuple):
            out += [d for d in load_file(item[0], item[1], settings) if isinstance(d, RawDoc)]
        if len(out) >= limit:
            break
    return out[:limit]


def _stories(raw: RawDoc, resources: Resources, settings: Settings) -> int:
    """The stories of one analysed document (none when it fails, as the batch runner reports it)."""
    try:
        return len(analyze_raw(raw, resources, settings).stories)
    except RasdError:
        return 0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("input", nargs="?", type=Path, default=DEFAULT_INPUT)
    parser.add_argument("--first", type=int, default=50, help="documents of the first batch")
    parser.add_argument("--second", type=int, default=200, help="documents of the second batch")
    args = parser.parse_args()
    settings = Settings.from_env()
    docs = documents(args.input, settings, args.first + args.second)
    resources = load_resources(settings)
    counts = []
    for batch in (docs[: args.first], docs[args.first :]):
        profile = cProfile.Profile()
        profile.enable()
        stories = sum(_stories(raw, resources, settings) for raw in batch)
        profile.disable()
        counts.append((len(batch), stories, reads(profile)))
    for label, (n, stories, found) in zip(("first", "second"), counts, strict=True):
        total = sum(found.values())
        print(f"{label} batch: {n} documents, {stories} stories, {total} data-file reads")
        for name, calls in found.most_common():
            print(f"  {calls:6d}  {name}")
    return 1 if sum(counts[1][2].values()) else 0


if __name__ == "__main__":
    sys.exit(main())
