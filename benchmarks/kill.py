"""Kill -9 `rasd ingest` at random moments, rerun it, and compare the store with a clean run's.

1. A fixed sample (the first `--limit` SaudiNewsNet records, as one .jsonl) is ingested once into a
   reference database by `rasd ingest` in a subprocess; its wall time T is the span kills are drawn from.
2. Each trial (`--trials`, seeded by `--seed`): a new database; `rasd ingest` starts; after a time drawn
   uniformly from 0 to T it is sent SIGKILL (so kills land at start-up, during analysis and inside the
   store's write transaction). A run that ends before its kill (the machine got faster than during the
   reference) is a complete run from empty: its duration becomes T and the trial is drawn again on a
   new database (at most `MAX_REDRAWS` times), so every trial is a real kill. The killed store is
   checked at once: no key twice, no orphan row, and every document it holds has exactly the
   reference's rows for that document (its stories, mentions, events, participants, quotes and
   full-text rows; cluster ids and near-duplicate groups, which depend on the documents not yet
   stored, aside). Then `rasd ingest` runs again to the end, and every table
   must equal the reference's row for row (`rasd.kb.snapshot`: all columns but `documents.seq`).

    .venv/bin/python benchmarks/kill.py [--shared DIR] [--limit 300] [--trials 20] [--seed 1] [--jobs 1]
        [--batch-size 50] [--postgres postgresql+psycopg://USER:PASS@HOST/DB]

`--batch-size` is the ingest's documents per transaction (`RASD_BATCH_SIZE`): smaller batches put
more kills between two commits of one run.

With `--postgres` (a URL of a role that may create databases) every store, the reference's and each
trial's, is a new PostgreSQL database made for it and dropped at the end, instead of a SQLite file.

Prints one line per trial and a summary; writes benchmarks/results/kill.json. Exit status 1 when any
trial's store differs from the reference or holds a half-written document.
"""

from __future__ import annotations

import argparse
import datetime as dt
import gzip
import os
import random
import resource
import signal
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING

from common import git_commit, write_report

if TYPE_CHECKING:
    from rasd.kb.scratch import ScratchStores

REPO = Path(__file__).resolve().parents[1]
DEFAULT_SHARED = REPO.parent / "shared"
CORPUS = Path("corpus/saudinewsnet/articles.jsonl.gz")
RESULTS = REPO / "benchmarks" / "results" / "kill.json"
RASD = "import sys; from rasd.cli.main import app; sys.argv[0] = 'rasd'; app()"
MAX_REDRAWS = 3  # a trial whose ingest ends before the kill is drawn again this many times at most


@contextmanager
def stores(work: Path, postgres: str | None) -> Iterator[ScratchStores]:
    """SQLite files in `work`, or fresh databases on the server of `postgres`, dropped at the end."""
    import sqlalchemy as sa

    from rasd.kb.scratch import ScratchStores

    admin = sa.create_engine(postgres, isolation_level="AUTOCOMMIT") if postgres else None
    made = ScratchStores(work, admin)
    try:
        yield made
    finally:
        made.drop()
        if admin is not None:
            admin.dispose()


def ingest_command(corpus: Path, db: str, jobs: int) -> list[str]:
    """`rasd ingest` of this checkout (not whichever rasd is installed)."""
    return [
        sys.executable,
        "-c",
        RASD,
        "ingest",
        str(corpus),
        "--db",
        db,
        "--quiet",
        "--jobs",
        str(jobs),
    ]


def environment() -> dict[str, str]:
    return {**os.environ, "PYTHONPATH": str(REPO) + os.pathsep + os.environ.get("PYTHONPATH", "")}


def children_cpu() -> float:
    use = resource.getrusage(resource.RUSAGE_CHILDREN)
    return use.ru_utime + use.ru_stime


def run_to_end(corpus: Path, db: str, jobs: int) -> tuple[float, int, str]:
    """Wall seconds, exit status and the end of stderr of one complete ingest."""
    started = time.perf_counter()
    out = subprocess.run(ingest_command(corpus, db, jobs), env=environment(), capture_output=True, text=True)
    return time.perf_counter() - started, out.returncode, out.stderr[-2000:]


def kill_after(corpus: Path, db: str, jobs: int, seconds: float) -> tuple[int | None, float]:
    """Start an ingest, SIGKILL its process group after `seconds`; its exit status if it ended first
    (else None), and the wall seconds it ran."""
    started = time.perf_counter()
    proc = subprocess.Popen(
        ingest_command(corpus, db, jobs),
        env=environment(),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        start_new_session=True,
    )
    try:
        status: int | None = proc.wait(timeout=seconds)
    except subprocess.TimeoutExpired:
        os.killpg(proc.pid, signal.SIGKILL)
        proc.wait()
        status = None
    return status, time.perf_counter() - started


def sample(shared: Path, limit: int, into: Path) -> Path:
    """The first `limit` records of SaudiNewsNet as one .jsonl file."""
    path = into / f"saudinewsnet-{limit}.jsonl"
    with gzip.open(shared / CORPUS, "rt", encoding="utf-8") as src, path.open("w", encoding="utf-8") as dst:
        for n, line in enumerate(src):
            if n >= limit:
                break
            dst.write(line)
    return path


def partial_problems(killed: object, reference: object) -> list[str]:
    """Documents in the killed store whose rows are not exactly the reference's rows for them."""
    from rasd.kb.snapshot import CORPUS_COLUMNS, by_document, snapshot

    mine = by_document(snapshot(killed, CORPUS_COLUMNS))  # type: ignore[arg-type]
    theirs = by_document(snapshot(reference, CORPUS_COLUMNS))  # type: ignore[arg-type]
    found = []
    for doc, tables in mine.items():
        want = theirs.get(doc)
        if want is None:
            found.append(f"document {doc} is not in the reference")
            continue
        for table in sorted(set(tables) | set(want)):
            if sorted(tables.get(table, [])) != sorted(want.get(table, [])):
                found.append(
                    f"document {doc}: {table} has {len(tables.get(table, []))} rows, the reference "
                    f"{len(want.get(table, []))}"
                )
    return found


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", type=Path, default=DEFAULT_SHARED)
    parser.add_argument("--limit", type=int, default=300, help="SaudiNewsNet records in the sample")
    parser.add_argument("--trials", type=int, default=20)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--jobs", type=int, default=1)
    parser.add_argument("--out", type=Path, default=RESULTS)
    parser.add_argument("--batch-size", type=int, help="documents per transaction (default: Settings)")
    parser.add_argument("--postgres", help="a PostgreSQL URL that may create databases (default: SQLite)")
    args = parser.parse_args(argv)

    sys.path.insert(0, str(REPO))
    if args.batch_size:
        os.environ["RASD_BATCH_SIZE"] = str(args.batch_size)  # read by every `rasd ingest` started here
    from rasd.kb.snapshot import differences, problems, snapshot
    from rasd.kb.store import Store

    rng = random.Random(args.seed)
    cpu_start = children_cpu()
    with tempfile.TemporaryDirectory(prefix="rasd-kill-") as tmp, stores(Path(tmp), args.postgres) as where:
        work = Path(tmp)
        corpus = sample(args.shared, args.limit, work)
        ref_db = where.new("reference")
        clean_s, status, err = run_to_end(corpus, ref_db, args.jobs)
        if status:
            print(f"the reference ingest failed (exit {status}):\n{err}")
            return 2
        reference = Store.open(ref_db)
        expected = snapshot(reference)
        ref_counts = reference.counts()
        ref_problems = problems(reference)
        print(
            f"reference: {clean_s:.1f} s wall, {ref_counts}; problems: {ref_problems or 'none'}", flush=True
        )

        trials = []
        window = clean_s  # kills are drawn from 0 to here; a run that ends first resets it
        for n in range(1, args.trials + 1):
            t0 = children_cpu()
            redrawn: list[float] = []
            for attempt in range(MAX_REDRAWS + 1):
                db = where.new(f"trial{n}-{attempt}")
                at = rng.uniform(0, window)
                ended, ran = kill_after(corpus, db, args.jobs, at)
                if ended is None or attempt == MAX_REDRAWS:
                    break
                redrawn.append(round(ran, 1))
                window = ran
            row: dict[str, object] = {
                "trial": n,
                "kill_at_s": round(at, 2),
                "finished_before_kill": ended is not None,
                "complete_runs_before_kill_s": redrawn,
            }
            if where.begun(db):
                with Store.open(db) as killed:
                    row["documents_when_killed"] = killed.counts()["documents"]
                    row["killed_store_problems"] = problems(killed) + partial_problems(killed, reference)
            else:
                row["documents_when_killed"] = 0
                row["killed_store_problems"] = []
            rerun_s, status, err = run_to_end(corpus, db, args.jobs)
            row["rerun_s"] = round(rerun_s, 1)
            row["rerun_exit"] = status
            with Store.open(db) as final:
                row["final_problems"] = problems(final)
                row["differences"] = differences(expected, snapshot(final))
                row["same_counts"] = final.counts() == ref_counts
            row["cpu_s"] = round(children_cpu() - t0, 1)
            row["ok"] = not (
                row["killed_store_problems"] or row["final_problems"] or row["differences"] or status
            )
            trials.append(row)
            print(
                f"trial {n:>2}: killed at {at:5.1f} s with {row['documents_when_killed']:>4} documents stored"
                f"{' (had finished)' if ended is not None else ''}; rerun {rerun_s:5.1f} s exit {status}; "
                f"{'same as the clean run' if row['ok'] else 'DIFFERENT'}",
                flush=True,
            )
            for line in [*row["killed_store_problems"], *row["final_problems"], *row["differences"]]:  # type: ignore[misc]
                print("    ", line)
        reference.close()

    failed = [r["trial"] for r in trials if not r["ok"]]
    summary = {
        "trials": len(trials),
        "same_as_clean": len(trials) - len(failed),
        "failed_trials": failed,
        "killed_with_0_documents": sum(1 for r in trials if r["documents_when_killed"] == 0),
        "killed_mid_ingest": sum(
            1
            for r in trials
            if 0 < r["documents_when_killed"] < ref_counts["documents"]  # type: ignore[operator]
        ),
        "finished_before_kill": sum(1 for r in trials if r["finished_before_kill"]),
        "clean_run_s": round(clean_s, 1),
        "redrawn_trials": sum(1 for r in trials if r["complete_runs_before_kill_s"]),
        "cpu_s_all": round(children_cpu() - cpu_start, 1),
    }
    print("summary:", summary)
    write_report(
        args.out,
        {
            "date": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
            "commit": git_commit(),
            "command": f"python benchmarks/kill.py --limit {args.limit} --trials {args.trials} "
            f"--seed {args.seed} --jobs {args.jobs}"
            + (f" --batch-size {args.batch_size}" if args.batch_size else "")
            + (" --postgres URL" if args.postgres else ""),
            "backend": "postgresql" if args.postgres else "sqlite",
            "reference_counts": ref_counts,
            "reference_problems": ref_problems,
            "compared": "every table row for row, all columns except documents.seq (arrival order)",
            "summary": summary,
            "trials": trials,
        },
    )
    return 1 if failed else 0


if __name__ == "__main__":
    raise SystemExit(main())
