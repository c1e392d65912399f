"""Background ingest jobs: uploads are analysed and stored by one worker thread, one job at a time.

One writer at a time because `Store.add` keeps per-store state (the near-duplicate index, the arrival
counter) and SQLite has one writer anyway; readers go on meanwhile (WAL). Jobs live in memory: a
restarted server forgets them (what they stored stays stored).
"""

from __future__ import annotations

import logging
import queue
import shutil
import threading
import time
import uuid
from collections import OrderedDict
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

import sqlalchemy as sa

from rasd.kb import schema as t
from rasd.kb.store import Store
from rasd.settings import Settings

if TYPE_CHECKING:
    from rasd.pipeline import Resources

log = logging.getLogger("rasd.api")


@dataclass
class Job:
    id: str
    folder: Path  # the job's own temporary folder, holding the uploads; deleted when the job ends
    state: str = "queued"
    done: int = 0
    total: int = 0
    added: int = 0
    skipped: int = 0
    errors: list[dict[str, str]] = field(default_factory=list)
    message: str = ""
    created: float = field(default_factory=time.time)

    def view(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "state": self.state,
            "done": self.done,
            "total": self.total,
            "added": self.added,
            "skipped": self.skipped,
            "errors": list(self.errors),
            "message": self.message,
        }


class JobRunner:
    """A queue of ingest jobs and the one thread that runs them."""

    def __init__(self, store: Store, settings: Settings, root: Path, keep: int) -> None:
        self.store = store
        self.settings = settings
        self.root = root  # the per-job folders are made here
        self.keep = keep
        self._jobs: OrderedDict[str, Job] = OrderedDict()
        self._lock = threading.Lock()
        self._queue: queue.Queue[Job | None] = queue.Queue()
        self._thread: threading.Thread | None = None
        self._resources: Resources | None = None  # the stage resources, loaded by the first job

    def new_folder(self) -> tuple[str, Path]:
        """A fresh job id and its empty folder, for the uploads to be saved into before `submit`."""
        job_id = uuid.uuid4().hex
        folder = self.root / job_id
        folder.mkdir(parents=True)
        return job_id, folder

    def submit(self, job_id: str, folder: Path) -> Job:
        job = Job(job_id, folder)
        with self._lock:
            self._jobs[job.id] = job
            while len(self._jobs) > self.keep:
                oldest = next(iter(self._jobs.values()))
                if oldest.state in ("queued", "running"):
                    break
                self._jobs.popitem(last=False)
            if self._thread is None or not self._thread.is_alive():
                self._thread = threading.Thread(target=self._work, name="rasd-api-ingest", daemon=True)
                self._thread.start()
        self._queue.put(job)
        return job

    def get(self, job_id: str) -> dict[str, Any] | None:
        with self._lock:
            job = self._jobs.get(job_id)
            return job.view() if job else None

    def stop(self, timeout: float = 30.0) -> None:
        """Let the running job finish, drop the queued ones' folders and end the thread."""
        self._queue.put(None)
        if self._thread is not None:
            self._thread.join(timeout)

    def _work(self) -> None:
        while True:
            job = self._queue.get()
            if job is None:
                break
            try:
                self._run(job)
            finally:
                shutil.rmtree(job.folder, ignore_errors=True)
        while True:  # stopped: whatever is still queued will never run
            try:
                rest = self._queue.get_nowait()
            except queue.Empty:
                break
            if rest is not None:
                rest.state, rest.message = "failed", "the server stopped before this job ran"
                shutil.rmtree(rest.folder, ignore_errors=True)

    def _run(self, job: Job) -> None:
        from rasd.kb.ingest import ingest_paths
        from rasd.pipeline import load_resources

        def progress(done: int, total: int) -> None:
            job.done, job.total = done, total

        job.state = "running"
        started = time.perf_counter()
        try:
            if self._resources is None:  # only this thread runs jobs: no lock needed
                self._resources = load_resources(self.settings)
            report = ingest_paths([job.folder], self.store, self.settings, progress, self._resources)
            job.errors = self._failures(job.folder)
        except Exception as exc:  # a bug or a database error: the job fails, the server goes on
            log.exception("ingest job %s failed", job.id)
            job.state, job.message = "failed", f"{exc.__class__.__name__}: {exc}"
            return
        job.added = report.totals.documents
        job.skipped = report.already_stored + report.totals.skipped
        job.message = (
            f"{job.added} document(s) added, {job.skipped} already stored, {len(job.errors)} not read "
            f"in {time.perf_counter() - started:.1f} s"
        )
        job.state = "done"

    def _failures(self, folder: Path) -> list[dict[str, str]]:
        """The inputs of this job that could not be analysed, named as uploaded (not by server path)."""
        f = t.failures.c
        prefix = str(folder) + "/"
        with self.store.connect() as conn:
            rows = conn.execute(
                sa.select(f.source, f.code, f.error).where(f.source.startswith(prefix, autoescape=True))
            ).all()
        return [
            {"source": r.source[len(prefix) :], "code": r.code, "error": r.error.replace(prefix, "")}
            for r in sorted(rows)
        ]
