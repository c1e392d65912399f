"""The store joins a plan and its deed arriving in separate batches, as `rasd analyze` does."""

from __future__ import annotations

from collections import defaultdict
from pathlib import Path

import sqlalchemy as sa

from rasd.kb import schema
from rasd.kb.ingest import ingest_paths
from rasd.pipeline import analyze_paths
from rasd.resources import data_path
from rasd.settings import Settings

DEMO = Path(data_path("demo/pages"))


def test_a_plan_and_its_deed_stored_one_by_one_share_the_cluster_of_analyze(make_store) -> None:
    """The documents of the demo clusters mixing planned and occurred reports, each in a batch of its
    own, the last first: the store's neighbour query crosses statuses; the clusters have occurred."""

    def clusters(files: list[Path]) -> tuple[dict[str, str], dict[str, set[str]], dict[str, set[Path]]]:
        statuses: dict[str, set[str]] = defaultdict(set)
        sources: dict[str, set[Path]] = defaultdict(set)
        assigned: dict[str, str] = {}
        for d in analyze_paths(files, Settings()).documents:
            for s in d.stories:
                for k, e in enumerate(s.events):
                    assert e.cluster is not None
                    statuses[e.cluster].add(e.status)
                    sources[e.cluster].add(Path(d.source))
                    assigned[f"{s.id}:{k}"] = e.cluster
        return assigned, statuses, sources

    _, statuses, sources = clusters([DEMO])
    files = sorted({f for c, found in statuses.items() if len(found) > 1 for f in sources[c]}, reverse=True)
    expected, statuses, _ = clusters(files)
    mixed = sorted(c for c, found in statuses.items() if found == {"planned", "occurred"})
    assert mixed, "the demo pages have no plan reported again as a deed"
    store = make_store("plans")
    for f in files:
        ingest_paths([f], store, Settings())
    with store.connect() as conn:
        e, c = schema.events.c, schema.clusters.c
        got = dict(conn.execute(sa.select(e.id, e.cluster_id)).all())
        status = dict(conn.execute(sa.select(c.id, c.status).where(c.id.in_(mixed))).all())
    assert got == expected
    assert status == dict.fromkeys(mixed, "occurred")
