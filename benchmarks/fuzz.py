"""The big fuzz run: ≥ 10,000 generated bad inputs through ingest and analysis (issue "Resilience").

Each input is generated from its own seed (`Random(f"{seed}-{i}")`, so any one can be rebuilt with
`--only i`), written to a file, then read and analysed exactly as the batch runner does:
`load_file`, then `analyze_raw` per document. A RasdError is an expected outcome (its code); any
other exception is a crash (what the batch runner would report as E300); an input that runs past
`--timeout` seconds is a hang. Among the inputs are a 50 MB single-line file, a 50 MB JSON line
and HTML nested 10,000 and 100,000 levels deep. At the end `analyze_paths` runs over all the files
to check the contract: it returns, and every file is in `documents` or in `errors`.

    PYTHONPATH=. .venv/bin/python benchmarks/fuzz.py            # 10,000 inputs, seed 1
    PYTHONPATH=. .venv/bin/python benchmarks/fuzz.py --n 500 --no-contract
    PYTHONPATH=. .venv/bin/python benchmarks/fuzz.py --only 4711  # one input again, with its traceback

Writes benchmarks/results/fuzz.json.
"""

from __future__ import annotations

import argparse
import collections
import dataclasses
import json
import random
import resource
import shutil
import signal
import sys
import tempfile
import time
import traceback
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks.common import REPO, git_commit, write_report
from rasd.errors import RasdError
from rasd.ingest import load_file
from rasd.pipeline import analyze_paths, analyze_raw, load_resources
from rasd.records import IngestFailure
from rasd.settings import Settings
from tests.fuzz.inputs import arabic, generate

BIG = 50_000_000  # Settings.max_file_bytes: the largest file rasd reads


class Hang(Exception):
    pass


def _alarm(signum, frame):
    raise Hang


def special_inputs(rng: random.Random) -> list[tuple[str, str, bytes]]:
    """The inputs the issue names: a 50 MB line, deep nesting, huge attributes."""
    words = (arabic(rng, 7).replace("\n", " ") + " ").encode()
    line = (words * (BIG // len(words) + 1))[:BIG]
    line = line[: len(line.decode("utf-8", errors="ignore").encode())]  # end on a whole character
    json_line = b'{"text": "' + line[: BIG - 20].replace(b'"', b" ") + b'"}'
    deep = arabic(rng, 3).encode()
    return [
        ("special_50mb_line", "in.txt", line),
        ("special_50mb_json_line", "in.jsonl", json_line),
        ("special_deep_html_10k", "in.html", b"<html><body>" + b"<div>" * 10_000 + deep + b"</div>" * 10_000),
        ("special_deep_html_100k_unclosed", "in.html", b"<html><body>" + b"<span><b>" * 50_000 + deep),
        ("special_huge_attribute", "in.html",
         b"<html><body><div title='" + b"x" * 20_000_000 + b"'><p>" + deep + b"</p></div>"),
        ("special_deep_json", "in.json", b"[" * 200_000 + b"]" * 200_000),
    ]  # fmt: skip


def run_one(path: Path, source: str, resources, settings: Settings, timeout: float) -> list[dict]:
    """Outcomes of one input: {"outcome": doc | code | crash | hang, ...} per document or failure."""
    signal.setitimer(signal.ITIMER_REAL, timeout)
    stage = "ingest"
    try:
        outcomes = []
        for got in load_file(source, path, settings):
            if isinstance(got, IngestFailure):
                outcomes.append({"outcome": got.code, "error": got.error})
                continue
            stage = "analysis"
            try:
                analyze_raw(got, resources, settings)
                outcomes.append({"outcome": "doc"})
            except RasdError as exc:
                outcomes.append({"outcome": exc.code, "error": str(exc)})
        return outcomes
    except Hang:
        return [{"outcome": "hang", "stage": stage, "error": f"over {timeout:g} s"}]
    except Exception as exc:  # a crash: what the batch runner reports as E300
        tb = traceback.format_exception(exc)
        return [{"outcome": "crash", "stage": stage, "error": f"{type(exc).__name__}: {exc}"[:300],
                 "traceback": "".join(tb[-3:])[-1500:]}]  # fmt: skip
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--n", type=int, default=10_000, help="generated inputs (plus the special ones)")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--timeout", type=float, default=60.0, help="seconds before an input is a hang")
    parser.add_argument("--only", type=int, help="run only input number ONLY and print its traceback")
    parser.add_argument("--no-special", action="store_true", help="skip the 50 MB and deep-nesting inputs")
    parser.add_argument("--no-contract", action="store_true", help="skip the final analyze_paths run")
    parser.add_argument("--out", type=Path, default=REPO / "benchmarks/results/fuzz.json")
    args = parser.parse_args()

    signal.signal(signal.SIGALRM, _alarm)
    settings = Settings()
    resources = load_resources()
    workdir = Path(tempfile.mkdtemp(prefix="rasd-fuzz-"))
    numbers = [args.only] if args.only is not None else range(args.n)
    inputs = [(i, *generate(random.Random(f"{args.seed}-{i}"))) for i in numbers]
    if not args.no_special and args.only is None:
        inputs += [(args.n + j, *spec) for j, spec in enumerate(special_inputs(random.Random(args.seed)))]

    results = []
    by_kind: dict[str, collections.Counter] = collections.defaultdict(collections.Counter)
    peak_before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    started = time.perf_counter()
    try:
        for number, kind, name, data in inputs:
            path = workdir / f"{number:05d}-{kind}-{name}"
            path.write_bytes(data)
            t0 = time.perf_counter()
            outcomes = run_one(path, path.name, resources, settings, args.timeout)
            seconds = time.perf_counter() - t0
            peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
            for o in outcomes:
                by_kind[kind][o["outcome"]] += 1
            results.append({"number": number, "kind": kind, "name": name, "bytes": len(data),
                            "seconds": round(seconds, 3), "peak_rss_mb": round(peak / 1024),
                            "outcomes": outcomes})  # fmt: skip
            if args.only is not None:
                print(json.dumps(results[-1], ensure_ascii=False, indent=2))
            elif len(results) % 1000 == 0:
                print(f"{len(results):,} inputs, {time.perf_counter() - started:.0f} s", flush=True)
        elapsed = time.perf_counter() - started
        contract = None
        if not args.no_contract and args.only is None:
            contract = check_contract(workdir, settings)
    finally:
        shutil.rmtree(workdir, ignore_errors=True)
    if args.only is not None:
        return
    report = summarise(args, results, by_kind, elapsed, peak_before, contract)
    write_report(args.out, report)


def check_contract(workdir: Path, settings: Settings) -> dict:
    """analyze_paths over every file, in two worker processes: it returns, and each file is in
    documents or errors."""
    t0 = time.perf_counter()
    try:
        return _contract(workdir, settings, t0)
    except Exception as exc:  # analyze_paths itself stopped: the worst outcome, reported
        tb = "".join(traceback.format_exception(exc)[-4:])[-2000:]
        return {"seconds": round(time.perf_counter() - t0, 1), "crashed": f"{type(exc).__name__}: {exc}",
                "traceback": tb}  # fmt: skip


def _contract(workdir: Path, settings: Settings, t0: float) -> dict:
    analysis = analyze_paths([workdir], dataclasses.replace(settings, jobs=2))  # the pickling path too
    files = {p.name for p in workdir.iterdir()}
    seen = {Path(d.source.split("#")[0]).name for d in analysis.documents}
    seen |= {Path(e.source.split("#")[0]).name for e in analysis.errors}
    codes = collections.Counter(e.code for e in analysis.errors)
    e300 = [{"source": Path(e.source).name, "error": e.error} for e in analysis.errors if e.code == "E300"]
    return {
        "seconds": round(time.perf_counter() - t0, 1),
        "files": len(files),
        "documents": len(analysis.documents),
        "errors_by_code": dict(sorted(codes.items())),
        "files_unaccounted": sorted(files - seen),
        "e300": e300,
    }


def summarise(args, results, by_kind, elapsed, peak_before, contract) -> dict:
    outcomes = collections.Counter(o["outcome"] for r in results for o in r["outcomes"])
    bad = [
        {"number": r["number"], "kind": r["kind"], "name": r["name"], **o}
        for r in results
        for o in r["outcomes"]
        if o["outcome"] in ("crash", "hang")
    ]
    slowest = sorted(results, key=lambda r: -r["seconds"])[:10]
    rss_jumps = sorted(
        (
            (b["peak_rss_mb"] - a["peak_rss_mb"], b)
            for a, b in zip([{"peak_rss_mb": round(peak_before / 1024)}, *results], results, strict=False)
        ),
        key=lambda pair: -pair[0],
    )[:5]
    report = {
        "commit": git_commit(),
        "seed": args.seed,
        "inputs": len(results),
        "documents_and_failures": sum(outcomes.values()),
        "seconds": round(elapsed, 1),
        "peak_rss_mb": max(r["peak_rss_mb"] for r in results),
        "outcomes": dict(outcomes.most_common()),
        "by_kind": {k: dict(v.most_common()) for k, v in sorted(by_kind.items())},
        "crashes_and_hangs": bad,
        "slowest": [{k: r[k] for k in ("number", "kind", "name", "bytes", "seconds")} for r in slowest],
        "largest_rss_rises": [
            {"rise_mb": rise, **{k: r[k] for k in ("number", "kind", "name", "bytes")}}
            for rise, r in rss_jumps
        ],
        "contract": contract,
    }
    print(f"{report['inputs']:,} inputs in {report['seconds']} s, peak RSS {report['peak_rss_mb']} MB")
    print("outcomes:", ", ".join(f"{k} {v:,}" for k, v in outcomes.most_common()))
    print("slowest:", ", ".join(f"#{r['number']} {r['kind']} {r['seconds']} s" for r in slowest[:5]))
    for b in bad:
        print(
            f"  {b['outcome'].upper()} #{b['number']} {b['kind']} {b['name']} ({b.get('stage')}):",
            b["error"],
        )
    if contract and "crashed" in contract:
        print(f"analyze_paths CRASHED: {contract['crashed']}\n{contract['traceback']}")
    elif contract:
        print(f"analyze_paths: {contract['files']:,} files, {contract['documents']:,} documents, "
              f"errors {contract['errors_by_code']}, unaccounted {len(contract['files_unaccounted'])}, "
              f"E300 {len(contract['e300'])}, {contract['seconds']} s")  # fmt: skip
        for e in contract["e300"]:
            print(f"  E300 {e['source']}: {e['error']}")
    return report


if __name__ == "__main__":
    main()
