"""`export`: the knowledge base as flat files for analysts (pandas, R, spreadsheets, Gephi).

One file per view: documents, stories, entities (with their aliases), events (with participant and
place names and their cluster), clusters (reconciled date, place, participants, source count) and
quotes (with the speaker's name). Ids are kept beside names, so views join back together.

Rows are read a page at a time (keyset pagination on the id, `chunk` rows per page) and written as
they come, so memory stays flat however big the store is; a Parquet file gets one row group per page.
Each view has a fixed Arrow schema, so a view whose first page is all nulls still gets typed columns.
A file is written under a temporary name and renamed when complete: a failed export leaves no
half-written file that looks whole.

Text is UTF-8 with Arabic as is (never \\u-escaped); dates stay ISO strings, as in the store. CSV
joins a list with ";" (`LIST_SEP`).
"""

from __future__ import annotations

import csv
import json
from collections import defaultdict
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pyarrow as pa
import pyarrow.parquet as pq
import sqlalchemy as sa

from rasd.kb import schema as t
from rasd.kb.graph import relation_graph, write_graph
from rasd.kb.store import Store

FORMATS = ("jsonl", "csv", "parquet", "graphml")
CHUNK = 500  # rows per page; also the size of the IN (...) lists that fetch a page's participants
LIST_SEP = ";"

Row = dict[str, Any]
Pages = Callable[[sa.Connection, int], Iterator[list[Row]]]

STR, INT, FLOAT, BOOL = pa.string(), pa.int64(), pa.float64(), pa.bool_()
STRS, INTS = pa.list_(pa.string()), pa.list_(pa.int64())


@dataclass(frozen=True)
class View:
    """One exported file: its name, its typed columns (in order) and how to read its rows page by page."""

    name: str
    schema: pa.Schema
    pages: Pages


# ---------------------------------------------------------------------- reading


def _keyset(conn: sa.Connection, query: sa.Select, key: sa.ColumnElement, size: int) -> Iterator[list[Row]]:
    """Pages of `query` ordered by the unique `key` (labelled "id" in the query); no OFFSET rescans."""
    last: str | None = None
    while True:
        q = query if last is None else query.where(key > last)
        rows = [dict(r._mapping) for r in conn.execute(q.order_by(key).limit(size))]
        if not rows:
            return
        yield rows
        if len(rows) < size:
            return
        last = rows[-1]["id"]


def _name(name: str | None, entity_id: str | None) -> str | None:
    """An entity's name, or its id when the entities table lacks it (a dangling id stays readable)."""
    return name if name is not None else entity_id


def _documents(conn: sa.Connection, size: int) -> Iterator[list[Row]]:
    d = t.documents.c
    q = sa.select(d.id, d.source, d.fmt, d.encoding, d.url, d.title, d.outlet, d.published, d.dup_of, d.seq)
    yield from _keyset(conn, q, d.id, size)


def _stories(conn: sa.Connection, size: int) -> Iterator[list[Row]]:
    s = t.stories.c
    q = sa.select(s.id, s.document_id, s.idx, s.title, s.text, s.published, s.outlet, s.dateline)
    yield from _keyset(conn, q, s.id, size)


def _entities(conn: sa.Connection, size: int) -> Iterator[list[Row]]:
    e, a = t.entities.c, t.aliases.c
    q = sa.select(e.id, e.type, e.kind, e.name_en, e.name_ar, e.qid, e.nil)
    for page in _keyset(conn, q, e.id, size):
        surfaces: dict[str, list[str]] = defaultdict(list)
        aq = sa.select(a.entity_id, a.surface).where(a.entity_id.in_([r["id"] for r in page]))
        for entity_id, surface in conn.execute(aq.order_by(a.entity_id, a.surface)):
            if surface not in surfaces[entity_id]:  # two matching keys can share one surface
                surfaces[entity_id].append(surface)
        for r in page:
            r["aliases"] = surfaces.get(r["id"], [])
        yield page


def _events(conn: sa.Connection, size: int) -> Iterator[list[Row]]:
    e, p = t.events.c, t.event_participants.c
    loc, who = t.entities.alias("loc"), t.entities.alias("who")
    q = sa.select(
        e.id,
        e.story_id,
        e.cluster_id,
        e.type,
        e.status,
        e.date,
        e.date_text,
        e.published,
        e.trigger,
        e.part,
        e.start,
        e.end,
        e.location_id,
        loc.c.name_en.label("location"),
        loc.c.name_ar.label("location_ar"),
    ).outerjoin(loc, loc.c.id == e.location_id)
    for page in _keyset(conn, q, e.id, size):
        parts: dict[str, list[tuple[str, str, str | None, str | None]]] = defaultdict(list)
        parts_q = (
            sa.select(p.event_id, p.entity_id, p.role, who.c.name_en, who.c.name_ar)
            .outerjoin(who, who.c.id == p.entity_id)
            .where(p.event_id.in_([r["id"] for r in page]))
            .order_by(p.event_id, p.pos)
        )
        for event_id, entity_id, role, name_en, name_ar in conn.execute(parts_q):
            parts[event_id].append((entity_id, role, name_en, name_ar))
        for r in page:
            r["location"] = _name(r["location"], r["location_id"])
            r["location_ar"] = _name(r["location_ar"], r["location_id"])
            ps = [x for x in parts.get(r["id"], []) if x[1] == "participant"]
            actors = [x for x in parts.get(r["id"], []) if x[1] != "participant"]
            r["participant_ids"] = [x[0] for x in ps]
            r["participants"] = [_name(x[2], x[0]) for x in ps]
            r["participants_ar"] = [_name(x[3], x[0]) for x in ps]
            r["actor_ids"] = [x[0] for x in actors]
            r["actors"] = [_name(x[2], x[0]) for x in actors]
        yield page


def _clusters(conn: sa.Connection, size: int) -> Iterator[list[Row]]:
    c, cp = t.clusters.c, t.cluster_participants.c
    loc, who = t.entities.alias("loc"), t.entities.alias("who")
    q = sa.select(
        c.id,
        c.type,
        c.status,
        c.date,
        c.date_confidence,
        c.first_published,
        c.location_id,
        loc.c.name_en.label("location"),
        loc.c.name_ar.label("location_ar"),
        c.location_confidence,
        c.reports,
        c.sources,
    ).outerjoin(loc, loc.c.id == c.location_id)
    for page in _keyset(conn, q, c.id, size):
        parts: dict[str, list[tuple[str, int, str | None, str | None]]] = defaultdict(list)
        parts_q = (
            sa.select(cp.cluster_id, cp.entity_id, cp.support, who.c.name_en, who.c.name_ar)
            .outerjoin(who, who.c.id == cp.entity_id)
            .where(cp.cluster_id.in_([r["id"] for r in page]))
            .order_by(cp.cluster_id, cp.support.desc(), cp.entity_id)
        )
        for cluster_id, entity_id, support, name_en, name_ar in conn.execute(parts_q):
            parts[cluster_id].append((entity_id, support, name_en, name_ar))
        for r in page:
            r["location"] = _name(r["location"], r["location_id"])
            r["location_ar"] = _name(r["location_ar"], r["location_id"])
            ps = parts.get(r["id"], [])
            r["participant_ids"] = [x[0] for x in ps]
            r["participants"] = [_name(x[2], x[0]) for x in ps]
            r["participants_ar"] = [_name(x[3], x[0]) for x in ps]
            r["participant_support"] = [x[1] for x in ps]
        yield page


def _quotes(conn: sa.Connection, size: int) -> Iterator[list[Row]]:
    qt = t.quotes.c
    sp = t.entities.alias("sp")
    q = sa.select(
        qt.id,
        qt.story_id,
        qt.speaker_id,
        sp.c.name_en.label("speaker"),
        sp.c.name_ar.label("speaker_ar"),
        qt.text,
        qt.direct,
        qt.trigger,
        qt.part,
        qt.start,
        qt.end,
    ).outerjoin(sp, sp.c.id == qt.speaker_id)
    for page in _keyset(conn, q, qt.id, size):
        for r in page:
            r["speaker"] = _name(r["speaker"], r["speaker_id"])
            r["speaker_ar"] = _name(r["speaker_ar"], r["speaker_id"])
        yield page


def _schema(*columns: tuple[str, pa.DataType]) -> pa.Schema:
    return pa.schema([pa.field(name, kind) for name, kind in columns])


VIEWS: tuple[View, ...] = (
    View(
        "documents",
        _schema(
            ("id", STR),
            ("source", STR),
            ("fmt", STR),
            ("encoding", STR),
            ("url", STR),
            ("title", STR),
            ("outlet", STR),
            ("published", STR),
            ("dup_of", STR),
            ("seq", INT),
        ),
        _documents,
    ),
    View(
        "stories",
        _schema(
            ("id", STR),
            ("document_id", STR),
            ("idx", INT),
            ("title", STR),
            ("text", STR),
            ("published", STR),
            ("outlet", STR),
            ("dateline", STR),
        ),
        _stories,
    ),
    View(
        "entities",
        _schema(
            ("id", STR),
            ("type", STR),
            ("kind", STR),
            ("name_en", STR),
            ("name_ar", STR),
            ("qid", STR),
            ("nil", BOOL),
            ("aliases", STRS),
        ),
        _entities,
    ),
    View(
        "events",
        _schema(
            ("id", STR),
            ("story_id", STR),
            ("cluster_id", STR),
            ("type", STR),
            ("status", STR),
            ("date", STR),
            ("date_text", STR),
            ("published", STR),
            ("trigger", STR),
            ("part", STR),
            ("start", INT),
            ("end", INT),
            ("location_id", STR),
            ("location", STR),
            ("location_ar", STR),
            ("participant_ids", STRS),
            ("participants", STRS),
            ("participants_ar", STRS),
            ("actor_ids", STRS),
            ("actors", STRS),
        ),
        _events,
    ),
    View(
        "clusters",
        _schema(
            ("id", STR),
            ("type", STR),
            ("status", STR),
            ("date", STR),
            ("date_confidence", FLOAT),
            ("first_published", STR),
            ("location_id", STR),
            ("location", STR),
            ("location_ar", STR),
            ("location_confidence", FLOAT),
            ("reports", INT),
            ("sources", INT),
            ("participant_ids", STRS),
            ("participants", STRS),
            ("participants_ar", STRS),
            ("participant_support", INTS),
        ),
        _clusters,
    ),
    View(
        "quotes",
        _schema(
            ("id", STR),
            ("story_id", STR),
            ("speaker_id", STR),
            ("speaker", STR),
            ("speaker_ar", STR),
            ("text", STR),
            ("direct", BOOL),
            ("trigger", STR),
            ("part", STR),
            ("start", INT),
            ("end", INT),
        ),
        _quotes,
    ),
)


# ---------------------------------------------------------------------- writing


def _write_jsonl(path: Path, schema: pa.Schema, pages: Iterator[list[Row]]) -> None:
    with path.open("w", encoding="utf-8", newline="\n") as fh:
        for page in pages:
            for r in page:
                fh.write(json.dumps({k: r[k] for k in schema.names}, ensure_ascii=False))
                fh.write("\n")


def _csv_cell(value: Any) -> Any:
    if isinstance(value, list):
        return LIST_SEP.join(str(v) for v in value)
    return "" if value is None else value


def _write_csv(path: Path, schema: pa.Schema, pages: Iterator[list[Row]]) -> None:
    with path.open("w", encoding="utf-8", newline="") as fh:
        out = csv.writer(fh)
        out.writerow(schema.names)
        for page in pages:
            out.writerows([_csv_cell(r[k]) for k in schema.names] for r in page)


def _write_parquet(path: Path, schema: pa.Schema, pages: Iterator[list[Row]]) -> None:
    with pq.ParquetWriter(path, schema) as writer:
        for page in pages:
            writer.write_batch(pa.RecordBatch.from_pylist(page, schema=schema))


_WRITERS: dict[str, Callable[[Path, pa.Schema, Iterator[list[Row]]], None]] = {
    "jsonl": _write_jsonl,
    "csv": _write_csv,
    "parquet": _write_parquet,
}


def export(
    store: Store, out_dir: str | Path, fmt: str, *, views: Sequence[str] | None = None, chunk: int = CHUNK
) -> list[Path]:
    """Write the store's views to `out_dir` as `<view>.<fmt>` files; return the files written.

    `fmt` is jsonl, csv, parquet or graphml; graphml writes only the relation graph
    (`relations.graphml`, see rasd.kb.graph). `views` picks some of the views (all by default)."""
    fmt = fmt.lower()
    if fmt not in FORMATS:
        raise ValueError(f"unknown export format {fmt!r}: choose one of {', '.join(FORMATS)}")
    by_name = {v.name: v for v in VIEWS}
    chosen = list(views) if views is not None else list(by_name)
    if unknown := [v for v in chosen if v not in by_name]:
        raise ValueError(f"unknown view(s) {', '.join(unknown)}: choose among {', '.join(by_name)}")
    if chunk < 1:
        raise ValueError(f"chunk must be positive, not {chunk}")
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    if fmt == "graphml":
        return [write_graph(relation_graph(store), out / "relations.graphml")]
    written = []
    with store.connect() as conn:
        for name in chosen:
            view = by_name[name]
            path = out / f"{view.name}.{fmt}"
            part = path.with_name(path.name + ".part")
            try:
                _WRITERS[fmt](part, view.schema, view.pages(conn, chunk))
                part.replace(path)
            finally:
                part.unlink(missing_ok=True)
            written.append(path)
    return written
