"""Speed and peak memory of `rasd analyze` (rasd.pipeline.analyze_paths) on SaudiNewsNet.

Five runs, each in a fresh Python process so that its peak RSS is its own:

- floor: gunzip, json-decode each line and fold (rasd.lang.normalize.fold) each article's text,
  the least any analysis of the file has to do;
- jobs=1 and jobs=2: analyze_paths([file], Settings(jobs=N)) (one process; a process pool of two),
  every document held in memory, as the library API returns them;
- json=1: what `rasd analyze FILE --json OUT` runs (rasd.cli.analyze.analyze_to_json, one process):
  documents stream to a spool and the JSON is written one at a time; the clock includes writing it;
- dask=2: the same on a Dask LocalCluster of two single-threaded worker processes, opened with
  rasd.pipeline.dask_client exactly as `--workers 2` opens it, but held by this script so that the
  workers can be asked for their peak RSS and CPU seconds (`client.run`) before it closes; the
  pipeline reaches it through `Settings(scheduler=…)`. The clock includes starting the cluster.

Peak RSS per worker: for the pool, a thread reads each worker's VmHWM (/proc/PID/status, the
kernel's own peak) every 0.2 s while the run lasts; for Dask, each worker reports its ru_maxrss.

Articles/s is documents (or, for the floor, records) over wall seconds; the ratio to the floor
says how much of the time is rasd's own work. `--limit N` copies the first N records to a
temporary .jsonl (uncompressed) and measures that instead, for quick runs.

    .venv/bin/python benchmarks/throughput.py [--shared DIR] [--limit N] [--runs jobs=1,jobs=2]
"""

from __future__ import annotations

import argparse
import datetime as dt
import gzip
import json
import os
import platform
import resource
import subprocess
import sys
import tempfile
import threading
import time
from collections import Counter
from pathlib import Path
from typing import IO

from common import git_commit, write_report

REPO = Path(__file__).resolve().parents[1]
DEFAULT_SHARED = REPO.parent / "shared"
CORPUS = Path("corpus/saudinewsnet/articles.jsonl.gz")
RESULTS = REPO / "benchmarks" / "results" / "throughput.json"
NOTES = [
    "Each run is a fresh process. rss_self_kib is its peak; rss_workers_kib the peak of each worker (pool: "
    "VmHWM sampled every 0.2 s; Dask: the worker's ru_maxrss); rss_total_kib adds them all. rss_children_kib "
    "is getrusage's largest finished descendant, which agrees with the largest worker.",
    "cpu_children_s holds the workers' CPU seconds once they have exited (the pool's, and Dask's through its "
    "nannies); cpu_workers_s is what the Dask workers reported before closing, a cross-check, not added.",
    "Pipeline seconds include loading rasd's data files and, for jobs=2, starting the workers.",
    "Wall-clock rates suffer when other work shares the cores (see the load averages); articles_per_cpu_s "
    "(documents over CPU seconds of the process and its workers) does much less.",
    "The floor counts every record (empty texts too); the pipeline counts documents, and a record with no "
    "text is one of its errors.",
]
RUNS = {
    "floor": 0,
    "jobs=1": 1,
    "jobs=2": 2,
    "dask=2": 2,
    "json=1": 1,
}  # run name → processes analysing (0: none)
DASK_RUNS = {"dask=2"}  # these run on a Dask LocalCluster of RUNS[name] workers, not a process pool
JSON_RUNS = {"json=1"}  # these run the CLI's streaming path and write the JSON


def usage() -> dict[str, float]:
    """Peak resident set size (KiB on Linux) and CPU seconds of this process and of its finished children.

    For children, ru_maxrss is the peak of the largest one, not a sum; CPU seconds are summed.
    """
    me, kids = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return {
        "rss_self_kib": me.ru_maxrss,
        "rss_children_kib": kids.ru_maxrss,
        "cpu_self_s": round(me.ru_utime + me.ru_stime, 2),
        "cpu_children_s": round(kids.ru_utime + kids.ru_stime, 2),
    }


def open_text(path: Path) -> IO[str]:
    return gzip.open(path, "rt", encoding="utf-8") if path.suffix == ".gz" else path.open(encoding="utf-8")


def run_floor(path: Path) -> dict[str, object]:
    """What any reader of the file pays: decompress, decode JSON, one normalisation pass."""
    from rasd.lang.normalize import fold

    fold("")  # build the translation table before the clock starts, as the pipeline loads its data
    started = time.perf_counter()
    records = chars = 0
    with open_text(path) as handle:
        for line in handle:
            chars += len(fold(json.loads(line).get("text") or ""))
            records += 1
    seconds = time.perf_counter() - started
    return {"articles": records, "folded_chars": chars, "seconds": seconds, **usage()}


def vm_hwm_kib(pid: int) -> int:
    """The kernel's peak RSS of a live process (VmHWM), 0 when it has gone."""
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1])
    except OSError:
        pass
    return 0


class WorkerPeaks(threading.Thread):
    """Samples the peak RSS of every descendant process until stopped: pid → the largest VmHWM seen."""

    def __init__(self, every: float = 0.2) -> None:
        super().__init__(daemon=True)
        self.every, self.peaks, self.done = every, {}, threading.Event()

    def run(self) -> None:
        import psutil

        me = psutil.Process()
        while not self.done.wait(self.every):
            for proc in me.children(recursive=True):
                self.peaks[proc.pid] = max(self.peaks.get(proc.pid, 0), vm_hwm_kib(proc.pid))

    def stop(self) -> list[int]:
        self.done.set()
        self.join()
        return sorted((kib for kib in self.peaks.values() if kib), reverse=True)


def worker_usage() -> dict[str, float]:
    """Run on each Dask worker: its own peak RSS (KiB) and CPU seconds."""
    me = resource.getrusage(resource.RUSAGE_SELF)
    return {"rss_kib": me.ru_maxrss, "cpu_s": round(me.ru_utime + me.ru_stime, 2)}


def run_pipeline(path: Path, jobs: int, dask: bool = False) -> dict[str, object]:
    """analyze_paths as `rasd analyze` runs it; the clock includes loading its data files (and, for
    Dask, starting the cluster)."""
    from rasd.pipeline import analyze_paths
    from rasd.settings import Settings

    started = time.perf_counter()
    extra: dict[str, object] = {}
    if dask:
        from rasd.pipeline import dask_client

        with dask_client(Settings(workers=jobs)) as client:  # the cluster --workers N makes
            analysis = analyze_paths([path], Settings(scheduler=client.scheduler.address))
            seconds = time.perf_counter() - started
            workers = client.run(worker_usage)
        extra["rss_workers_kib"] = sorted((w["rss_kib"] for w in workers.values()), reverse=True)
        extra["cpu_workers_s"] = round(sum(w["cpu_s"] for w in workers.values()), 2)
    else:
        sampler = WorkerPeaks()
        sampler.start()
        analysis = analyze_paths([path], Settings(jobs=jobs))
        seconds = time.perf_counter() - started
        extra["rss_workers_kib"] = sampler.stop()
        extra["cpu_workers_s"] = None  # the pool's workers are waited for: in cpu_children_s
    return {
        "articles": len(analysis.documents),
        "stories": analysis.story_count,
        "errors": len(analysis.errors),
        "error_codes": dict(Counter(e.code for e in analysis.errors)),
        "seconds": seconds,
        **usage(),
        **extra,
    }


def run_json(path: Path, jobs: int) -> dict[str, object]:
    """`rasd analyze PATH --json OUT` (its streaming path), the JSON written to a temporary folder."""
    from rasd.cli.analyze import analyze_to_json
    from rasd.settings import Settings

    started = time.perf_counter()
    with tempfile.TemporaryDirectory() as tmp:
        tally, run = analyze_to_json([path], Settings(jobs=jobs), Path(tmp) / "out.json")
        seconds = time.perf_counter() - started
        json_bytes = (Path(tmp) / "out.json").stat().st_size
    return {
        "articles": tally.documents,
        "stories": tally.stories,
        "errors": len(run.errors),
        "error_codes": dict(Counter(e.code for e in run.errors)),
        "seconds": seconds,
        "json_bytes": json_bytes,
        **usage(),
        "rss_workers_kib": [],
        "cpu_workers_s": None,
    }


def child(run: str, path: Path) -> int:
    """The body of one measured process: print its figures as one JSON line."""
    jobs = RUNS[run]
    if jobs == 0:
        figures = run_floor(path)
    elif run in JSON_RUNS:
        figures = run_json(path, jobs)
    else:
        figures = run_pipeline(path, jobs, dask=run in DASK_RUNS)
    print(json.dumps(figures))
    return 0


def measure(run: str, path: Path) -> dict[str, object]:
    """Start a fresh interpreter for one run and read back its figures."""
    cmd = [sys.executable, str(Path(__file__).resolve()), "--child", run, "--input", str(path)]
    done = subprocess.run(cmd, capture_output=True, text=True, check=False)
    if done.returncode != 0:
        sys.exit(f"{run} run failed (exit {done.returncode}):\n{done.stderr[-2000:]}")
    return json.loads(done.stdout.strip().splitlines()[-1])


def derive(runs: dict[str, dict]) -> None:
    """Articles/s, ratio to the floor, per core, and the total peak RSS, added to each run."""
    floor = runs["floor"]["articles"] / runs["floor"]["seconds"]
    for name, fig in runs.items():
        rate = fig["articles"] / fig["seconds"]
        cores = max(RUNS[name], 1)
        fig["articles_per_s"] = round(rate, 1)
        fig["ratio_to_floor"] = round(rate / floor, 4)
        fig["articles_per_s_per_core"] = round(rate / cores, 1)
        fig["articles_per_cpu_s"] = round(fig["articles"] / (fig["cpu_self_s"] + fig["cpu_children_s"]), 1)
        fig["rss_total_kib"] = fig["rss_self_kib"] + sum(fig.get("rss_workers_kib", []))
        fig["seconds"] = round(fig["seconds"], 2)


def print_table(runs: dict[str, dict]) -> None:
    head = (
        "run",
        "articles",
        "stories",
        "errors",
        "seconds",
        "art/s",
        "/floor",
        "art/s/core",
        "art/cpu-s",
        "peak MiB",
        "worker MiB",
    )
    print(f"{head[0]:8}" + "".join(h.rjust(11) for h in head[1:]))
    for name, f in runs.items():
        cells = (
            f["articles"], f.get("stories", "-"), f.get("errors", "-"), f"{f['seconds']:.1f}",
            f"{f['articles_per_s']:.0f}", f"{f['ratio_to_floor']:.3f}", f"{f['articles_per_s_per_core']:.0f}",
            f"{f['articles_per_cpu_s']:.0f}", f"{f['rss_total_kib'] / 1024:.0f}",
            "/".join(f"{k / 1024:.0f}" for k in f.get("rss_workers_kib", [])) or "-",
        )  # fmt: skip
        print(f"{name:8}" + "".join(str(c).rjust(11) for c in cells))


def write_head(source: Path, target: Path, limit: int) -> int:
    """Copy the first `limit` records of the corpus to a plain .jsonl; returns how many were copied."""
    copied = 0
    with open_text(source) as src, target.open("w", encoding="utf-8") as out:
        for line in src:
            if copied == limit:
                break
            out.write(line)
            copied += 1
    return copied


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", type=Path, default=DEFAULT_SHARED, help="the shared data folder")
    parser.add_argument("--limit", type=int, default=None, help="use only the first N articles")
    parser.add_argument("--out", type=Path, default=RESULTS)
    parser.add_argument(
        "--runs",
        default=",".join(RUNS),
        help="the runs to make, comma-separated (the floor is always made: the ratios need it)",
    )
    parser.add_argument("--child", choices=list(RUNS), help=argparse.SUPPRESS)
    parser.add_argument("--input", type=Path, help=argparse.SUPPRESS)
    return parser.parse_args(argv)


def run_all(path: Path, names: list[str]) -> dict[str, dict]:
    runs = {}
    for name in ["floor", *(n for n in names if n != "floor")]:
        print(f"running {name} …", file=sys.stderr, flush=True)
        runs[name] = measure(name, path)
    derive(runs)
    return runs


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    if args.child:
        return child(args.child, args.input)
    corpus = args.shared / CORPUS
    if not corpus.is_file():
        sys.exit(f"SaudiNewsNet not found: {corpus} (pass --shared DIR pointing at the shared data folder)")
    load_before = os.getloadavg()
    with tempfile.TemporaryDirectory() as tmp:
        path = corpus
        if args.limit is not None:
            path = Path(tmp) / "articles.jsonl"
            write_head(corpus, path, args.limit)
        names = args.runs.split(",")
        if unknown := set(names) - set(RUNS):
            sys.exit(f"unknown runs: {', '.join(sorted(unknown))} (known: {', '.join(RUNS)})")
        runs = run_all(path, names)
    print_table(runs)
    report = {
        "benchmark": "throughput and peak RSS of rasd analyze on SaudiNewsNet (json=1: the CLI --json path)",
        "command": " ".join([Path(sys.executable).name, *sys.argv]),
        "date": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
        "git_commit": git_commit(),
        "python": platform.python_version(),
        "platform": platform.platform(),
        "cpu_count": os.cpu_count(),
        "cpus_usable": len(os.sched_getaffinity(0)),
        "load_average_before": [round(x, 2) for x in load_before],
        "load_average_after": [round(x, 2) for x in os.getloadavg()],
        "input": str(CORPUS)
        if args.limit is None
        else f"first {args.limit} records of {CORPUS}, as plain .jsonl",
        "runs": runs,
        "notes": NOTES,
    }
    write_report(args.out, report)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
