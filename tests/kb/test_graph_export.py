"""The relation graph and the flat-file export, on a store filled from the packaged demo corpus."""

from __future__ import annotations

import csv
import itertools
import json
from collections import Counter
from pathlib import Path

import networkx as nx
import pyarrow.parquet as pq
import pytest
import sqlalchemy as sa

from rasd.kb import schema as t
from rasd.kb.export import VIEWS, export
from rasd.kb.graph import relation_graph, write_graph
from rasd.kb.ingest import ingest_paths
from rasd.kb.store import Store
from rasd.resources import data_path

DEMO = data_path("demo/pages")
ARABIC = range(0x0600, 0x0700)


@pytest.fixture(scope="session")
def kb(tmp_path_factory, settings) -> Store:
    store = Store.open(tmp_path_factory.mktemp("graph_export") / "kb.db")
    ingest_paths([DEMO], store, settings)
    return store


@pytest.fixture(scope="session")
def table_counts(kb) -> dict[str, int]:
    with kb.connect() as conn:
        return {
            v.name: conn.execute(
                sa.select(sa.func.count()).select_from(t.metadata.tables[v.name])
            ).scalar_one()
            for v in VIEWS
        }


def _has_arabic(text: str | None) -> bool:
    return any(ord(ch) in ARABIC for ch in text or "")


def _shared_clusters(kb: Store, status: str | None = "occurred") -> Counter[tuple[str, str]]:
    """Pairs of co-participants and how many clusters they share, counted independently of graph.py."""
    c, cp = t.clusters.c, t.cluster_participants.c
    q = sa.select(cp.cluster_id, cp.entity_id).join(t.clusters, c.id == cp.cluster_id)
    if status:
        q = q.where(c.status == status)
    members: dict[str, set[str]] = {}
    with kb.connect() as conn:
        for cid, ent in conn.execute(q):
            members.setdefault(cid, set()).add(ent)
    pairs: Counter[tuple[str, str]] = Counter()
    for ents in members.values():
        pairs.update(itertools.combinations(sorted(ents), 2))
    return pairs


# ---------------------------------------------------------------------- graph


def test_edges_weigh_the_clusters_two_entities_share(kb) -> None:
    graph = relation_graph(kb)
    expected = _shared_clusters(kb)
    got = {tuple(sorted((a, b))): d["weight"] for a, b, d in graph.edges(data=True)}
    assert got == dict(expected)
    assert max(got.values()) >= 2  # the demo corpus has repeated pairs: weights are not all 1
    for *_, d in graph.edges(data=True):
        assert sum(int(x.split(":")[1]) for x in d["types"].split(",")) == d["weight"]
        if "first" in d:
            assert d["first"] <= d["last"]
    putin = graph.nodes["per:vladimir-putin"]
    assert putin["name_en"] == "Vladimir Putin" and _has_arabic(putin["name_ar"]) and putin["type"] == "PER"


def test_filters_narrow_the_graph(kb) -> None:
    everything = relation_graph(kb, status=None)
    occurred = relation_graph(kb)
    assert everything.number_of_edges() >= occurred.number_of_edges()
    assert {tuple(sorted(e)): w for *e, w in everything.edges(data="weight")} == dict(
        _shared_clusters(kb, status=None)
    )
    meetings = relation_graph(kb, types=["meet"])
    assert meetings.number_of_edges() > 0
    assert all(
        d["types"].startswith("meet:") and "," not in d["types"] for *_, d in meetings.edges(data=True)
    )
    assert relation_graph(kb, types="meet").edges == meetings.edges
    recent = relation_graph(kb, date_from="2024-10-01", date_to="2024-12-31")
    assert 0 < recent.number_of_edges() < occurred.number_of_edges()
    assert all("2024-10-01" <= d["first"] <= d["last"] <= "2024-12-31" for *_, d in recent.edges(data=True))
    assert relation_graph(kb, types=["no-such-type"]).number_of_nodes() == 0


def test_graphml_and_json_reload(kb, tmp_path) -> None:
    graph = relation_graph(kb)
    back = nx.read_graphml(write_graph(graph, tmp_path / "g.graphml"))
    assert set(back.nodes) == set(graph.nodes)
    assert {tuple(sorted(e)): w for *e, w in back.edges(data="weight")} == {
        tuple(sorted(e)): w for *e, w in graph.edges(data="weight")
    }
    assert back.nodes["per:vladimir-putin"]["name_ar"] == graph.nodes["per:vladimir-putin"]["name_ar"]
    path = write_graph(graph, tmp_path / "g.json")
    text = path.read_text(encoding="utf-8")
    assert "\\u06" not in text and _has_arabic(text)
    again = nx.node_link_graph(json.loads(text), edges="edges")
    assert again.number_of_edges() == graph.number_of_edges()


def test_write_graph_refuses_an_unknown_suffix(kb, tmp_path) -> None:
    with pytest.raises(ValueError, match=r"\.graphml or \.json"):
        write_graph(nx.Graph(), tmp_path / "g.gexf")


# ---------------------------------------------------------------------- export


def _read(path: Path) -> list[dict]:
    if path.suffix == ".parquet":
        return pq.read_table(path).to_pylist()
    if path.suffix == ".csv":
        with path.open(encoding="utf-8", newline="") as fh:
            return list(csv.DictReader(fh))
    with path.open(encoding="utf-8") as fh:
        return [json.loads(line) for line in fh]


@pytest.mark.parametrize("fmt", ["jsonl", "csv", "parquet"])
def test_each_view_has_one_row_per_table_row(kb, table_counts, tmp_path, fmt) -> None:
    files = export(kb, tmp_path, fmt, chunk=7)  # small pages: the pagination is exercised
    assert [f.name for f in files] == [f"{v.name}.{fmt}" for v in VIEWS]
    for f in files:
        rows = _read(f)
        assert len(rows) == table_counts[f.stem], f.name
        assert len({r["id"] for r in rows}) == len(rows), f"{f.name}: a row was repeated across pages"
        assert list(rows[0]) == next(v.schema.names for v in VIEWS if v.name == f.stem)
    assert not list(tmp_path.glob("*.part"))
    if fmt == "parquet":
        assert pq.ParquetFile(tmp_path / "stories.parquet").metadata.num_row_groups > 1


@pytest.mark.parametrize("fmt", ["jsonl", "csv", "parquet"])
def test_arabic_text_survives_the_round_trip(kb, tmp_path, fmt) -> None:
    with kb.connect() as conn:
        stories = dict(conn.execute(sa.select(t.stories.c.id, t.stories.c.text)).all())
        quotes = dict(conn.execute(sa.select(t.quotes.c.id, t.quotes.c.text)).all())
    export(kb, tmp_path, fmt)
    assert {r["id"]: r["text"] for r in _read(tmp_path / f"stories.{fmt}")} == stories
    assert {r["id"]: r["text"] for r in _read(tmp_path / f"quotes.{fmt}")} == quotes
    assert any(_has_arabic(r["name_ar"]) for r in _read(tmp_path / f"entities.{fmt}"))
    if fmt != "parquet":
        raw = (tmp_path / f"stories.{fmt}").read_text(encoding="utf-8")
        assert "\\u06" not in raw and _has_arabic(raw)


def test_events_and_clusters_carry_names(kb, tmp_path) -> None:
    export(kb, tmp_path, "parquet")
    events = _read(tmp_path / "events.parquet")
    with kb.connect() as conn:
        p = t.event_participants.c
        q = sa.select(p.event_id, p.entity_id).where(p.role == "participant").order_by(p.event_id, p.pos)
        expected: dict[str, list[str]] = {}
        for event_id, entity_id in conn.execute(q):
            expected.setdefault(event_id, []).append(entity_id)
    assert {r["id"]: r["participant_ids"] for r in events if r["participant_ids"]} == expected
    assert all(len(r["participants"]) == len(r["participant_ids"]) for r in events)
    assert any(r["cluster_id"] for r in events)
    clusters = _read(tmp_path / "clusters.parquet")
    assert all(
        r["sources"] >= 1 and len(r["participants"]) == len(r["participant_support"]) for r in clusters
    )
    assert any(r["location"] and _has_arabic(r["location_ar"]) for r in clusters)
    assert any(r["speaker"] for r in _read(tmp_path / "quotes.parquet"))


def test_csv_joins_lists(kb, tmp_path) -> None:
    export(kb, tmp_path, "csv", views=["entities"])
    parquet = {r["id"]: r["aliases"] for r in _read(export(kb, tmp_path, "parquet", views=["entities"])[0])}
    for r in _read(tmp_path / "entities.csv"):
        assert r["aliases"] == ";".join(parquet[r["id"]])


def test_graphml_export_writes_the_relation_graph(kb, tmp_path) -> None:
    (path,) = export(kb, tmp_path, "graphml")
    assert path.name == "relations.graphml"
    assert nx.read_graphml(path).number_of_edges() == relation_graph(kb).number_of_edges()


def test_unknown_format_or_view_is_refused(kb, tmp_path) -> None:
    with pytest.raises(ValueError, match="unknown export format 'xlsx'"):
        export(kb, tmp_path / "out", "xlsx")
    assert not (tmp_path / "out").exists()
    with pytest.raises(ValueError, match="unknown view"):
        export(kb, tmp_path, "csv", views=["mentions"])
