"""The store: idempotent ingest, resume after a failed batch, order-independent clusters, migrations."""

from __future__ import annotations

import dataclasses
import random
from pathlib import Path

import pytest
import sqlalchemy as sa

from rasd.errors import StoreError
from rasd.kb import schema
from rasd.kb.ingest import ingest_paths
from rasd.kb.store import Store
from rasd.pipeline import analyze_paths
from rasd.resources import data_path
from rasd.settings import Settings

DEMO = data_path("demo/pages")


def _files() -> list[Path]:
    return sorted(p for p in Path(DEMO).iterdir() if p.is_file())


def _assignment(store: Store) -> dict[str, str]:
    with store.connect() as conn:
        return dict(conn.execute(sa.select(schema.events.c.id, schema.events.c.cluster_id)).all())


def _clusters(store: Store) -> set[tuple]:
    with store.connect() as conn:
        return {tuple(r) for r in conn.execute(sa.select(schema.clusters)).all()}


@pytest.fixture(scope="module")
def one_batch(make_store) -> Store:
    store = make_store("one")
    ingest_paths([DEMO], store, Settings(batch_size=1000))
    return store


def test_ingest_stores_every_document_and_failure(one_batch: Store) -> None:
    counts = one_batch.counts()
    analysis = analyze_paths([DEMO], Settings())
    assert counts["documents"] == len({d.id for d in analysis.documents})
    assert counts["failures"] == len(analysis.errors)
    assert counts["events"] == sum(len(s.events) for d in analysis.documents for s in d.stories)
    assert counts["clusters"] > 0


def test_second_run_adds_nothing(one_batch: Store) -> None:
    before = one_batch.counts()
    report = ingest_paths([DEMO], one_batch, Settings())
    assert report.totals.documents == 0
    assert report.already_stored == before["documents"]
    assert one_batch.counts() == before


def test_clusters_do_not_depend_on_order_or_batches(one_batch: Store, make_store) -> None:
    """Files in two shuffled orders, in batches of 2, give the same clusters as one batch."""
    expected_assignment, expected_clusters = _assignment(one_batch), _clusters(one_batch)
    for seed in (1, 2):
        files = _files()
        random.Random(seed).shuffle(files)
        store = make_store(f"order{seed}")
        ingest_paths(files, store, Settings(batch_size=2))
        assert _assignment(store) == expected_assignment
        assert _clusters(store) == expected_clusters


def test_store_clusters_equal_analyze_clusters(one_batch: Store) -> None:
    """The store's incremental clustering and `rasd analyze`'s whole-batch clustering agree."""
    analysis = analyze_paths([DEMO], Settings())
    by_event = {
        f"{s.id}:{k}": e.cluster
        for d in analysis.documents
        for s in d.stories
        for k, e in enumerate(s.events)
    }
    assert _assignment(one_batch) == by_event


def test_failed_batch_leaves_nothing_and_rerun_completes(make_store, monkeypatch) -> None:
    """A batch that dies mid-write rolls back whole; the rerun ends with a clean run's counts."""
    store = make_store("killed")
    real_add = Store.add
    calls = {"n": 0}

    def dying_add(self: Store, results, catalog):  # the third batch fails after its rows are written
        calls["n"] += 1
        if calls["n"] == 3:
            with self.engine.begin() as conn:
                conn.execute(schema.documents.insert(), [{"id": "x", "source": "x", "fmt": "text", "seq": 0}])
                raise KeyboardInterrupt
        return real_add(self, results, catalog)

    monkeypatch.setattr(Store, "add", dying_add)
    with pytest.raises(KeyboardInterrupt):
        ingest_paths([DEMO], store, Settings(batch_size=3))
    monkeypatch.setattr(Store, "add", real_add)
    partial = store.counts()["documents"]
    assert partial > 0
    report = ingest_paths([DEMO], store, Settings(batch_size=3))
    assert report.already_stored == partial
    clean = make_store("clean")
    ingest_paths([DEMO], clean, Settings(batch_size=3))
    assert store.counts() == clean.counts()
    assert _assignment(store) == _assignment(clean)


def test_near_duplicates_are_linked_and_counted_once(tmp_path: Path, make_store) -> None:
    text = (DEMO / "kazan_putin_pezeshkian_read_also.txt").read_text(encoding="utf-8")
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "a.txt").write_text(text, encoding="utf-8")
    (tmp_path / "in" / "b.txt").write_text(
        "وكالة رصد للأنباء\n" + text, encoding="utf-8"
    )  # a copy, new masthead
    store = make_store("dup")
    report = ingest_paths([tmp_path / "in"], store, Settings())
    assert report.totals.documents == 2
    assert store.counts()["duplicate_documents"] == 1
    with store.connect() as conn:
        rows = conn.execute(sa.select(schema.clusters.c.reports, schema.clusters.c.sources)).all()
    assert rows and all(sources == 1 for reports, sources in rows if reports == 2)


def test_schema_is_versioned_and_a_newer_database_is_refused(make_store) -> None:
    store = make_store("v")
    assert store.schema_version() == schema.SCHEMA_VERSION
    with store.engine.begin() as conn:
        conn.execute(schema.meta.update().values(value=str(schema.SCHEMA_VERSION + 1)))
    url = store.engine.url.render_as_string(hide_password=False)
    with pytest.raises(StoreError, match="newer than this rasd"):
        Store.open(url)


def test_unopenable_database_is_a_clear_error(tmp_path: Path) -> None:
    bad = tmp_path / "not-a-db.db"
    bad.write_bytes(b"this is not sqlite" * 100)
    with pytest.raises(StoreError, match="not a rasd database or is damaged") as caught:
        Store.open(bad)
    assert caught.value.code == "E401" and str(bad) in str(caught.value)


def test_settings_change_clustering_through_settings() -> None:
    s = dataclasses.replace(Settings(), cluster_report_lag_days=3)
    assert s.clustering().report_lag_days == 3


def test_a_document_that_cannot_be_stored_is_reported_and_the_batch_goes_on(make_store, monkeypatch) -> None:
    """A bug in one document's rows becomes an E300 failure; the other documents of the batch land."""
    import rasd.kb.store as store_module

    real = store_module._story_rows

    def broken(doc, story, catalog, c, rows):
        if "kazan" in doc.source:
            raise IndexError("string index out of range")
        return real(doc, story, catalog, c, rows)

    monkeypatch.setattr(store_module, "_story_rows", broken)
    store = make_store("broken")
    report = ingest_paths([DEMO], store, Settings(batch_size=1000))
    with store.connect() as conn:
        failed = conn.execute(sa.select(schema.failures.c.source, schema.failures.c.code)).all()
    assert any("kazan" in src and code == "E300" for src, code in failed)
    assert report.totals.documents == store.counts()["documents"] > 0


def test_words_of_marks_only_do_not_break_the_index() -> None:
    from rasd.kb.search import analyse, parse_query

    assert analyse("ـــ ً") == ""
    assert parse_query("الرئيس ـــ").terms


def test_copies_arriving_in_separate_batches_form_one_group(tmp_path: Path, make_store) -> None:
    """Three copies of a story, one per batch, in any order: one near-duplicate group, named alike."""
    text = (DEMO / "kazan_putin_pezeshkian_read_also.txt").read_text(encoding="utf-8")
    variants = [text, "وكالة رصد للأنباء\n" + text, text + "\nجميع الحقوق محفوظة"]
    seen = []
    for order in ((0, 1, 2), (2, 1, 0)):
        folder = tmp_path / "".join(map(str, order))
        folder.mkdir()
        for i, k in enumerate(order):
            (folder / f"{i}.txt").write_text(variants[k], encoding="utf-8")
        store = make_store(f"chain{''.join(map(str, order))}")
        ingest_paths(sorted(folder.iterdir()), store, Settings(batch_size=1))
        with store.connect() as conn:
            groups = set(conn.execute(sa.select(schema.documents.c.dup_of)).scalars())
        assert len(groups) == 1
        seen.append(groups)
    assert seen[0] == seen[1]
