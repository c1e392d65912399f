"""SIGKILL `rasd ingest` mid-run, rerun it: the store must equal a clean run's, row for row.

The fast version of benchmarks/kill.py, on the demo corpus in batches of 2 (RASD_BATCH_SIZE), with
two kills: as soon as the first batch is committed (mid-ingest, the next batch being analysed or
written), and as soon as the database file appears (during its creation and migration).
"""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from rasd.kb.ingest import ingest_paths
from rasd.kb.snapshot import differences, problems, snapshot
from rasd.kb.store import Store
from rasd.resources import data_path
from rasd.settings import Settings

REPO = Path(__file__).resolve().parents[2]
DEMO = Path(data_path("demo/pages"))
RASD = "import sys; from rasd.cli.main import app; sys.argv[0] = 'rasd'; app()"
BATCH = 2


def _documents(db: Path) -> int:
    try:
        with sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=0.1) as conn:
            return conn.execute("SELECT count(*) FROM documents").fetchone()[0]
    except sqlite3.Error:
        return -1  # not created, or not migrated yet


def _kill_when(db: Path, ready: int) -> int:
    """Start `rasd ingest` of the demo corpus; SIGKILL it once `_documents(db) >= ready`; the count then."""
    env = {**os.environ, "PYTHONPATH": str(REPO), "RASD_BATCH_SIZE": str(BATCH)}
    cmd = [sys.executable, "-c", RASD, "ingest", str(DEMO), "--db", str(db), "--quiet"]
    proc = subprocess.Popen(
        cmd, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True
    )
    try:
        deadline = time.monotonic() + 120
        while proc.poll() is None and time.monotonic() < deadline:
            if (ready < 0 and db.exists()) or (ready >= 0 and _documents(db) >= ready):
                break
            time.sleep(0.02)
        assert proc.poll() is None, "the ingest ended before it could be killed"
    finally:
        if proc.poll() is None:
            os.killpg(proc.pid, signal.SIGKILL)
        proc.wait()
    return _documents(db)


@pytest.fixture(scope="module")
def reference(tmp_path_factory) -> dict:
    with Store.open(tmp_path_factory.mktemp("clean") / "clean.db") as store:
        ingest_paths([DEMO], store, Settings(batch_size=BATCH))
        assert problems(store) == []
        return snapshot(store)


@pytest.mark.parametrize("ready", [1, -1], ids=["after-first-batch", "at-creation"])
def test_killed_ingest_resumes_to_the_clean_store(tmp_path: Path, reference: dict, ready: int) -> None:
    db = tmp_path / "killed.db"
    stored = _kill_when(db, ready)
    total = len(reference["documents"][1])
    assert stored < total, "killed after the last batch: nothing was left to resume"
    if db.exists():
        with Store.open(db) as killed:
            assert problems(killed) == []
    with Store.open(db) as store:
        report = ingest_paths([DEMO], store, Settings(batch_size=BATCH))
        assert report.already_stored == max(stored, 0)
        assert problems(store) == []
        assert differences(reference, snapshot(store)) == []
