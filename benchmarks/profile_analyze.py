"""Where `rasd analyze` spends its CPU: cProfile over analyze_paths on the first N SaudiNewsNet articles.

    python benchmarks/profile_analyze.py [--shared DIR] [--limit N] [--top K] [--sort tottime|cumtime]
        [--out FILE.prof] [--plain-only]

Loading the data files happens before the profiler starts (as a long run amortises it); the
documents are analysed with jobs=1 and clustered as analyze_paths does. Prints the CPU seconds
(time.process_time) without the profiler's overhead first, then the top K functions by own time
and by cumulative time under the profiler. `--out` keeps the raw profile for pstats or snakeviz.
"""

from __future__ import annotations

import argparse
import cProfile
import io
import pstats
import sys
import tempfile
import time
from pathlib import Path

from throughput import CORPUS, DEFAULT_SHARED, write_head


def run(path: Path, profile: cProfile.Profile | None) -> tuple[int, float]:
    from rasd import pipeline
    from rasd.settings import Settings

    resources = pipeline.load_resources()
    original = pipeline.load_resources
    pipeline.load_resources = lambda *_: resources  # loaded once, outside the measured part
    try:
        started = time.process_time()
        if profile:
            profile.enable()
        analysis = pipeline.analyze_paths([path], Settings(jobs=1))
        if profile:
            profile.disable()
        return len(analysis.documents), time.process_time() - started
    finally:
        pipeline.load_resources = original


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", type=Path, default=DEFAULT_SHARED)
    parser.add_argument("--limit", type=int, default=500)
    parser.add_argument("--top", type=int, default=30)
    parser.add_argument("--out", type=Path, default=None, help="write the raw profile here")
    parser.add_argument("--no-plain", action="store_true", help="skip the run without the profiler")
    parser.add_argument("--plain-only", action="store_true", help="no cProfile run (e.g. under py-spy)")
    args = parser.parse_args(argv)
    corpus = args.shared / CORPUS
    if not corpus.is_file():
        sys.exit(f"SaudiNewsNet not found: {corpus} (pass --shared DIR)")
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "articles.jsonl"
        write_head(corpus, path, args.limit)
        if not args.no_plain:
            docs, cpu = run(path, None)
            print(
                f"{docs} documents, {cpu:.2f} CPU s without the profiler: {docs / cpu:.1f} articles per CPU s"
            )
        if args.plain_only:
            return 0
        profile = cProfile.Profile(time.process_time)
        docs, cpu = run(path, profile)
        print(f"under cProfile: {cpu:.2f} CPU s")
    if args.out:
        profile.dump_stats(args.out)
    for key in ("tottime", "cumulative"):
        buf = io.StringIO()
        pstats.Stats(profile, stream=buf).strip_dirs().sort_stats(key).print_stats(args.top)
        print(buf.getvalue())
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
