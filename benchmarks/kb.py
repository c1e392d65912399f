"""The knowledge base at corpus scale: ingest against analyze, rerun, kill-and-resume, search latency.

Over SaudiNewsNet (31,030 articles; `--limit N` takes the first N), each step in a fresh process:

1. analyze: `rasd.pipeline.analyze_paths` (what `rasd analyze` runs), documents/s and peak RSS;
2. ingest: `rasd.kb.ingest.ingest_paths` into a new SQLite file: documents/s, peak RSS, database size,
   row counts; the store may cost at most 15 % against step 1;
3. rerun: the same ingest again: rows added (must be 0) and seconds;
4. killed: a new database, the ingest killed with SIGKILL after `--kill-after` seconds, then run again to
   the end: its row counts must equal step 2's;
5. search: 50 varied queries against the step-2 database, 5 rounds each: latency p50/p99 (ms).

    .venv/bin/python benchmarks/kb.py [--shared DIR] [--limit N] [--jobs N] [--kill-after S]
"""

from __future__ import annotations

import argparse
import gzip
import json
import os
import resource
import signal
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from common import git_commit, write_report

REPO = Path(__file__).resolve().parents[1]
DEFAULT_SHARED = REPO.parent / "shared"
CORPUS = Path("corpus/saudinewsnet/articles.jsonl.gz")
RESULTS = REPO / "benchmarks" / "results" / "kb.json"

#: Varied queries written for this benchmark: single words, clitic forms, names, phrases, OR, NOT,
#: prefixes, rare and common words.
QUERIES = (
    "الرئيس", "والرئيس", "للرئيس", "خادم الحرمين", '"ولي العهد"', "وزير الخارجية", "عادل الجبير",
    "الجبير", "بوتين", "روسيا", "إيران OR طهران", "اليمن -الحوثي", "الحوثيين", "عاصفة الحزم",
    "مجلس التعاون", '"مجلس الأمن"', "الأمم المتحدة", "داعش", "الإرهاب", "تفجير", "القطيف",
    "الاتفاق النووي", "أوباما", "كيري", "السيسي", "القاهرة", "الأردن", "الملك عبدالله", "سوريا الأسد",
    "اللاجئين", "النفط", "أوبك", "الميزانية", "التعليم", "وزارة الصحة", "كورونا", "الحج", "مكة المكرمة",
    "المدينة المنورة", "اتصال هاتفي", "استقبل", "مباحثات", "زيارة رسمية", "اتفاقية تعاون", "وقع*",
    "سفير", "البرلمان العربي", "قطر", "تركيا أردوغان", "الرياض",
)  # fmt: skip


def peak_rss_mib() -> float:
    me = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    kids = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    return round(max(me, kids) / 1024, 1)


def step(name: str, **kwargs: object) -> dict:
    """Run one step in a fresh Python process; its report comes back as one JSON line."""
    cmd = [sys.executable, __file__, "--step", name, "--args", json.dumps(kwargs)]
    out = subprocess.run(cmd, capture_output=True, text=True, check=False, cwd=REPO)
    if out.returncode:
        raise SystemExit(f"step {name} failed (exit {out.returncode}):\n{out.stderr[-3000:]}")
    return json.loads(out.stdout.strip().splitlines()[-1])


def run_step(name: str, args: dict) -> dict:
    from rasd.settings import Settings

    settings = Settings(jobs=int(args["jobs"]))
    corpus = Path(str(args["corpus"]))
    started = time.perf_counter()
    if name == "analyze":
        from rasd.pipeline import analyze_paths

        analysis = analyze_paths([corpus], settings)
        seconds = time.perf_counter() - started
        return {
            "documents": len(analysis.documents),
            "errors": len(analysis.errors),
            "seconds": round(seconds, 1),
            "articles_per_s": round(len(analysis.documents) / seconds, 1),
            "peak_rss_mib": peak_rss_mib(),
        }
    from rasd.kb.store import Store

    store = Store.open(str(args["db"]), settings)
    if name == "search":
        from rasd.kb.queries import search

        times = []
        hits = 0
        for _ in range(5):
            for q in QUERIES:
                t0 = time.perf_counter()
                hits += len(search(store, q))
                times.append((time.perf_counter() - t0) * 1000)
        times.sort()
        return {
            "queries": len(QUERIES),
            "rounds": 5,
            "p50_ms": round(statistics.median(times), 2),
            "p99_ms": round(times[int(len(times) * 0.99) - 1], 2),
            "max_ms": round(times[-1], 2),
            "mean_hits": round(hits / len(times), 1),
        }
    from rasd.kb.ingest import ingest_paths

    before = store.counts()
    report = ingest_paths([corpus], store, settings)
    counts = store.counts()
    seconds = time.perf_counter() - started
    db = Path(str(args["db"]))
    size = sum(p.stat().st_size for p in db.parent.glob(db.name + "*"))
    return {
        "added": report.totals.documents,
        "already_stored": report.already_stored,
        "seconds": round(seconds, 1),
        "articles_per_s": round(report.totals.documents / seconds, 1),
        "peak_rss_mib": peak_rss_mib(),
        "db_mib": round(size / 2**20, 1),
        "counts": counts,
        "rows_added": {k: counts[k] - before[k] for k in counts},
    }


def killed_then_resumed(corpus: Path, db: Path, jobs: int, after: float) -> dict:
    """Start an ingest, SIGKILL it after `after` seconds, then run it again to the end."""
    cmd = [
        sys.executable,
        __file__,
        "--step",
        "ingest",
        "--args",
        json.dumps({"corpus": str(corpus), "db": str(db), "jobs": jobs}),
    ]
    proc = subprocess.Popen(
        cmd, cwd=REPO, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True
    )
    time.sleep(after)
    os.killpg(proc.pid, signal.SIGKILL)
    proc.wait()
    import sqlite3

    with sqlite3.connect(db) as conn:
        stored = conn.execute("SELECT count(*) FROM documents").fetchone()[0]
    resumed = step("ingest", corpus=str(corpus), db=str(db), jobs=jobs)
    return {"killed_after_s": after, "documents_when_killed": stored, "resumed": resumed}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", type=Path, default=DEFAULT_SHARED)
    parser.add_argument("--limit", type=int, default=0)
    parser.add_argument("--jobs", type=int, default=1)
    parser.add_argument("--kill-after", type=float, default=0.0, help="seconds (default: half the ingest)")
    parser.add_argument("--step", help=argparse.SUPPRESS)
    parser.add_argument("--args", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.step:
        print(json.dumps(run_step(args.step, json.loads(args.args))))
        return
    work = Path(tempfile.mkdtemp(prefix="rasd_kb_bench_"))
    corpus = args.shared / CORPUS
    if args.limit:
        sample = work / f"first{args.limit}.jsonl"
        with gzip.open(corpus, "rt", encoding="utf-8") as src, sample.open("w", encoding="utf-8") as dst:
            for i, line in enumerate(src):
                if i >= args.limit:
                    break
                dst.write(line)
        corpus = sample
    common = {"corpus": str(corpus), "jobs": args.jobs}
    report: dict = {
        "commit": git_commit(),
        "corpus": str(corpus.name),
        "limit": args.limit,
        "jobs": args.jobs,
    }
    report["analyze"] = step("analyze", **common)
    print("analyze", report["analyze"], flush=True)
    report["ingest"] = step("ingest", db=str(work / "kb.db"), **common)
    print("ingest", report["ingest"], flush=True)
    report["store_cost"] = round(
        1 - report["ingest"]["articles_per_s"] / report["analyze"]["articles_per_s"], 3
    )
    report["rerun"] = step("ingest", db=str(work / "kb.db"), **common)
    print("rerun", report["rerun"], flush=True)
    after = args.kill_after or report["ingest"]["seconds"] / 2
    report["killed"] = killed_then_resumed(corpus, work / "killed.db", args.jobs, after)
    report["killed"]["same_counts_as_clean"] = (
        report["killed"]["resumed"]["counts"] == report["ingest"]["counts"]
    )
    print("killed", report["killed"], flush=True)
    report["search"] = step("search", db=str(work / "kb.db"), **common)
    print("search", report["search"], flush=True)
    write_report(RESULTS if not args.limit else RESULTS.with_name(f"kb_limit{args.limit}.json"), report)


if __name__ == "__main__":
    sys.path.insert(0, str(REPO))
    main()
