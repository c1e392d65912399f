"""A bounded load test of the HTTP API on loopback: search and entity pages at a fixed request rate.

Starts `rasd serve` (uvicorn, one process) on a free port over an existing knowledge base, then an
asyncio client sends requests at `--rate` per second for `--seconds` (at most 60; it stops by
itself), alternating search queries and entity pages, and reports achieved requests/s, errors and
latency p50/p99 per kind. The goal (issue: HTTP API) is p99 < 100 ms at 200 requests/s.

    .venv/bin/rasd ingest ../shared/corpus/saudinewsnet/articles.jsonl.gz --db kb.db
    .venv/bin/python benchmarks/api_load.py --db kb.db [--rate 200] [--seconds 30]
"""

from __future__ import annotations

import argparse
import asyncio
import itertools
import socket
import statistics
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import httpx
from common import git_commit, write_report
from kb import QUERIES

REPO = Path(__file__).resolve().parents[1]
RESULTS = REPO / "benchmarks" / "results" / "api_load.json"
MAX_SECONDS = 60


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def start_server(db: Path, port: int) -> subprocess.Popen:
    cmd = [sys.executable, "-c", "from rasd.cli.main import app; app()", "serve", "--db", str(db)]
    cmd += ["--port", str(port)]
    proc = subprocess.Popen(cmd, cwd=REPO, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    for _ in range(120):
        try:
            urllib.request.urlopen(f"http://127.0.0.1:{port}/api/health", timeout=1)
            return proc
        except OSError:
            time.sleep(0.5)
    proc.kill()
    raise SystemExit("the server did not start")


async def run(base: str, rate: float, seconds: float, entity_ids: list[str]) -> dict:
    latencies: dict[str, list[float]] = {"search": [], "entity": []}
    errors: dict[str, int] = {"search": 0, "entity": 0}
    targets = itertools.cycle(
        [("search", f"/api/search?q={q}") for q in QUERIES]
        + [("entity", f"/api/entities/{e}") for e in entity_ids]
    )
    limits = httpx.Limits(max_connections=200, max_keepalive_connections=200)
    async with httpx.AsyncClient(base_url=base, timeout=10, limits=limits) as client:

        async def one(kind: str, path: str) -> None:
            t0 = time.perf_counter()
            try:
                response = await client.get(path)
                ok = response.status_code == 200
            except httpx.HTTPError:
                ok = False
            if ok:
                latencies[kind].append((time.perf_counter() - t0) * 1000)
            else:
                errors[kind] += 1

        tasks = []
        start = time.perf_counter()
        n = 0
        while (now := time.perf_counter() - start) < seconds:
            due = int(now * rate) + 1
            while n < due:
                kind, path = next(targets)
                tasks.append(asyncio.create_task(one(kind, path)))
                n += 1
            await asyncio.sleep(0.002)
        await asyncio.gather(*tasks)
        elapsed = time.perf_counter() - start
    out: dict = {"requests": n, "seconds": round(elapsed, 1), "achieved_rps": round(n / elapsed, 1)}
    for kind, values in latencies.items():
        values.sort()
        out[kind] = {
            "ok": len(values),
            "errors": errors[kind],
            "p50_ms": round(statistics.median(values), 1) if values else None,
            "p99_ms": round(values[max(0, int(len(values) * 0.99) - 1)], 1) if values else None,
        }
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", type=Path, required=True)
    parser.add_argument("--rate", type=float, default=200.0)
    parser.add_argument("--seconds", type=float, default=30.0)
    parser.add_argument("--entities", type=int, default=50, help="distinct entity pages requested")
    args = parser.parse_args()
    seconds = min(args.seconds, MAX_SECONDS)
    port = free_port()
    server = start_server(args.db, port)
    try:
        base = f"http://127.0.0.1:{port}"
        page = httpx.get(
            f"{base}/api/entities", params={"limit": args.entities, "type": "PER"}, timeout=30
        ).json()
        entity_ids = [e["id"] for e in page["items"]]
        for q in QUERIES:  # warm the caches once, as a running server would be
            httpx.get(f"{base}/api/search", params={"q": q}, timeout=30)
        result = asyncio.run(run(base, args.rate, seconds, entity_ids))
    finally:
        server.terminate()
        server.wait(timeout=10)
    report = {"commit": git_commit(), "db": str(args.db), "rate": args.rate, **result}
    print(report)
    write_report(RESULTS, report)


if __name__ == "__main__":
    main()
