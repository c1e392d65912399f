"""The relation graph: who met, called or visited whom, as a weighted entity graph for Gephi and friends.

An edge joins two entities that are participants of the same event cluster, so one event reported by
ten outlets counts once. Clusters are the unit, not reports: a weight is a number of distinct events.
Filters read the cluster's reconciled type, status and date (as `rasd timeline` does), so a date
filter drops undated clusters.

Every attribute is a scalar (GraphML has no lists or nulls): `types` is a "type:count,..." string,
`first`/`last` are ISO dates and are left out of an edge whose clusters are all undated.
"""

from __future__ import annotations

import datetime as dt
import itertools
import json
from collections import Counter
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path
from typing import Any

import networkx as nx
import sqlalchemy as sa

from rasd.kb import schema as t
from rasd.kb.store import Store

_CHUNK = 500  # ids per IN (...) list: well under SQLite's bound-parameter limit


def _iso(value: dt.date | str | None) -> str | None:
    if value is None or isinstance(value, str):
        return value or None
    return value.isoformat()


def _type_list(types: Iterable[str] | str | None) -> list[str]:
    if types is None:
        return []
    if isinstance(types, str):  # a lone type, or the CLI's comma-separated form
        return [x.strip() for x in types.split(",") if x.strip()]
    return [x for x in types if x]


def _chunks(items: Sequence[str], size: int = _CHUNK) -> Iterator[Sequence[str]]:
    for i in range(0, len(items), size):
        yield items[i : i + size]


def relation_graph(
    store: Store,
    *,
    types: Iterable[str] | str | None = None,
    date_from: dt.date | str | None = None,
    date_to: dt.date | str | None = None,
    status: str | None = "occurred",
) -> nx.Graph:
    """Entities joined by the event clusters they share (status None: any status).

    Node attributes: label (the English name, which Gephi shows), name_en, name_ar, type, kind ("" when
    unknown) and `clusters` (how many of the chosen clusters name the entity). Edge attributes:
    `weight` (shared clusters), `types`, `first`, `last`. Only clusters with two or more participants
    contribute, so an entity that never shares an event is no node.
    """
    c, cp = t.clusters.c, t.cluster_participants.c
    wanted = _type_list(types)
    q = sa.select(cp.cluster_id, cp.entity_id, c.type, c.date).join(t.clusters, c.id == cp.cluster_id)
    if wanted:
        q = q.where(c.type.in_(wanted))
    if status:
        q = q.where(c.status == status)
    if (lo := _iso(date_from)) is not None:
        q = q.where(c.date >= lo)
    if (hi := _iso(date_to)) is not None:
        q = q.where(c.date <= hi)
    q = q.order_by(cp.cluster_id, cp.entity_id).execution_options(yield_per=5000)

    graph = nx.Graph()
    graph.graph.update(
        {
            k: v
            for k, v in {
                "status": status or "any",
                "types": ",".join(wanted) or "any",
                "date_from": _iso(date_from),
                "date_to": _iso(date_to),
            }.items()
            if v is not None
        }
    )
    kinds: dict[tuple[str, str], Counter[str]] = {}
    spans: dict[tuple[str, str], list[str]] = {}
    per_node: Counter[str] = Counter()
    with store.connect() as conn:
        rows = conn.execute(q)
        for _cid, group in itertools.groupby(rows, key=lambda r: r.cluster_id):
            members = list(group)
            if len(members) < 2:
                continue
            ctype, cdate = members[0].type, members[0].date
            ids = sorted({m.entity_id for m in members})
            per_node.update(ids)
            for a, b in itertools.combinations(ids, 2):
                kinds.setdefault((a, b), Counter())[ctype] += 1
                if cdate:
                    span = spans.setdefault((a, b), [cdate, cdate])
                    span[0], span[1] = min(span[0], cdate), max(span[1], cdate)
        _add_nodes(conn, graph, per_node)
    for (a, b), counts in kinds.items():
        attrs: dict[str, Any] = {
            "weight": sum(counts.values()),
            "types": ",".join(f"{k}:{n}" for k, n in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))),
        }
        if (a, b) in spans:
            attrs["first"], attrs["last"] = spans[(a, b)]
        graph.add_edge(a, b, **attrs)
    return graph


def _add_nodes(conn: sa.Connection, graph: nx.Graph, per_node: Counter[str]) -> None:
    """Add the nodes with their names; an id the entities table lacks keeps its id as its name."""
    e = t.entities.c
    known: dict[str, dict[str, Any]] = {}
    for chunk in _chunks(sorted(per_node)):
        for r in conn.execute(sa.select(e.id, e.name_en, e.name_ar, e.type, e.kind).where(e.id.in_(chunk))):
            known[r.id] = {"name_en": r.name_en, "name_ar": r.name_ar, "type": r.type, "kind": r.kind or ""}
    for node in sorted(per_node):
        attrs = known.get(node) or {"name_en": node, "name_ar": node, "type": "", "kind": ""}
        graph.add_node(node, label=attrs["name_en"], **attrs, clusters=per_node[node])


def node_link(graph: nx.Graph) -> dict[str, Any]:
    """The node-link JSON form (networkx's `node_link_graph(data, edges="edges")` reads it back).

    Built here rather than by `nx.node_link_data`, whose edge key changed between networkx versions."""
    return {
        "directed": graph.is_directed(),
        "multigraph": graph.is_multigraph(),
        "graph": dict(graph.graph),
        "nodes": [{"id": n, **attrs} for n, attrs in graph.nodes(data=True)],
        "edges": [{"source": a, "target": b, **attrs} for a, b, attrs in graph.edges(data=True)],
    }


def write_graph(graph: nx.Graph, path: str | Path) -> Path:
    """Write GraphML (.graphml) or node-link JSON (.json), chosen by the suffix; returns the path."""
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix not in (".graphml", ".json"):
        raise ValueError(
            f"cannot write a graph to {path.name!r}: the file name must end in .graphml or .json"
        )
    path.parent.mkdir(parents=True, exist_ok=True)
    if suffix == ".graphml":
        nx.write_graphml(graph, path, encoding="utf-8")
    else:
        with path.open("w", encoding="utf-8") as fh:
            json.dump(node_link(graph), fh, ensure_ascii=False, indent=1)
            fh.write("\n")
    return path
