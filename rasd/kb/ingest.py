"""`ingest`: analyse files and stream the results into the store, batch by batch.

The per-document work is the pipeline's (`rasd.pipeline.iter_analyzed`); this module only decides
what reaches it (documents already stored are dropped before analysis, so a rerun or a resumed run
costs a hash per document) and hands each finished batch to `Store.add`, one transaction each.
"""

from __future__ import annotations

import time
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from rasd.kb.store import BatchStats, Store
from rasd.pipeline import Progress, Resources, content_id, iter_analyzed, load_resources
from rasd.records import RawDoc
from rasd.settings import Settings


@dataclass
class IngestReport:
    """What one `ingest` run did, summed over its batches."""

    totals: BatchStats = field(default_factory=BatchStats)
    already_stored: int = 0
    batches: int = 0
    seconds: float = 0.0

    @property
    def articles_per_second(self) -> float:
        return self.totals.documents / self.seconds if self.seconds else 0.0


def ingest_paths(
    paths: Iterable[str | Path],
    store: Store,
    settings: Settings,
    progress: Progress | None = None,
    resources: Resources | None = None,
) -> IngestReport:
    """Analyse and store every file under `paths`; documents already in the store are skipped.

    `resources` are the loaded stage resources (a server keeps one set for all its jobs); loaded
    here when not given."""
    report = IngestReport()
    started = time.perf_counter()
    resources = resources or load_resources(settings)
    catalog = resources.entities.link.catalog

    def not_stored(batch: list[RawDoc]) -> list[RawDoc]:
        ids = [content_id(raw.text) for raw in batch]
        stored = store.known(ids)
        report.already_stored += sum(1 for i in ids if i in stored)
        return [raw for raw, i in zip(batch, ids, strict=True) if i not in stored]

    for results in iter_analyzed(paths, settings, progress, keep=not_stored, resources=resources):
        stats = store.add(results, catalog)
        report.batches += 1
        for name in vars(stats):
            setattr(report.totals, name, getattr(report.totals, name) + getattr(stats, name))
    report.seconds = time.perf_counter() - started
    return report
