"""SIGKILL `rasd ingest` mid-run, rerun it: the store must equal a clean run's, row for row.

The fast version of benchmarks/kill.py, on the demo corpus in batches of 2 (RASD_BATCH_SIZE), with
two kills: as soon as the first batch is committed (mid-ingest, the next batch being analysed or
written), and as soon as the store appears (the SQLite file, or the first table of the PostgreSQL
database: during its creation and migration). Both run on SQLite and on a real PostgreSQL
(`conftest.py` says where it comes from and when its cases skip or fail).
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from rasd.kb.ingest import ingest_paths
from rasd.kb.scratch import ScratchStores
from rasd.kb.snapshot import differences, problems, snapshot
from rasd.kb.store import Store
from rasd.resources import data_path
from rasd.settings import Settings

REPO = Path(__file__).resolve().parents[2]
DEMO = Path(data_path("demo/pages"))
RASD = "import sys; from rasd.cli.main import app; sys.argv[0] = 'rasd'; app()"
BATCH = 2


@pytest.fixture(scope="module", params=["sqlite", "postgresql"])
def backend(request, tmp_path_factory) -> Iterator[ScratchStores]:
    admin = request.getfixturevalue("postgres_admin") if request.param == "postgresql" else None
    made = ScratchStores(tmp_path_factory.mktemp("kill"), admin)
    yield made
    made.drop()


def _kill_when(backend: ScratchStores, target: str, ready: int) -> int:
    """Start `rasd ingest` of the demo corpus; SIGKILL it once `ready` documents are stored (or, for
    -1, once the store exists); return the documents stored then."""
    env = {**os.environ, "PYTHONPATH": str(REPO), "RASD_BATCH_SIZE": str(BATCH)}
    cmd = [sys.executable, "-c", RASD, "ingest", str(DEMO), "--db", target, "--quiet"]
    proc = subprocess.Popen(
        cmd, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True
    )
    try:
        deadline = time.monotonic() + 120
        while proc.poll() is None and time.monotonic() < deadline:
            if (ready < 0 and backend.begun(target)) or (ready >= 0 and backend.documents(target) >= ready):
                break
            time.sleep(0.02)
        assert proc.poll() is None, "the ingest ended before it could be killed"
    finally:
        if proc.poll() is None:
            os.killpg(proc.pid, signal.SIGKILL)
        proc.wait()
    return backend.documents(target)


@pytest.fixture(scope="module")
def reference(backend: ScratchStores) -> dict:
    with Store.open(backend.new("clean")) as store:
        ingest_paths([DEMO], store, Settings(batch_size=BATCH))
        assert problems(store) == []
        return snapshot(store)


@pytest.mark.parametrize("ready", [1, -1], ids=["after-first-batch", "at-creation"])
def test_killed_ingest_resumes_to_the_clean_store(
    backend: ScratchStores, reference: dict, ready: int
) -> None:
    target = backend.new("killed")
    stored = _kill_when(backend, target, ready)
    total = len(reference["documents"][1])
    assert stored < total, "killed after the last batch: nothing was left to resume"
    if backend.begun(target):
        with Store.open(target) as killed:
            assert problems(killed) == []
    with Store.open(target) as store:
        report = ingest_paths([DEMO], store, Settings(batch_size=BATCH))
        assert report.already_stored == max(stored, 0)
        assert problems(store) == []
        assert differences(reference, snapshot(store)) == []
