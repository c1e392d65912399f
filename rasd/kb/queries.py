"""The knowledge base's questions, as functions of a Store: the CLI and the HTTP API both call these.

Each returns plain typed records (dataclasses of str, int, float, None, lists), ready for JSON.
Near-duplicate documents (`documents.dup_of`) are listed as sources but counted once.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import asdict, dataclass, field
from typing import Any

import sqlalchemy as sa

from rasd.errors import NotFoundError, QuerySyntaxError
from rasd.kb import schema as t
from rasd.kb.search import parse_query, snippet
from rasd.kb.store import Store
from rasd.lang.clitics import stem_of
from rasd.nlp.catalog import Catalog, name_key

TIMELINE_TYPES = ("meet", "call", "visit")  # who met, called or visited whom: the default timeline
SEARCH_LIMIT = 20
SEARCH_CANDIDATES = 5  # × limit rows ranked by FTS before duplicates are folded and filters applied
COOCCURRING = 20
PAGE_EVENTS = 50  # event clusters on an entity page, the most recent (a head of state has thousands;
#: /api/timeline lists them all). 200 made King Salman's page 1.1 s at p99 under load (benchmarks/api_load.py)
PAGE_QUOTES = 50  # quotes on an entity page, newest first


@dataclass(frozen=True, slots=True)
class EntityRef:
    id: str
    name_en: str
    name_ar: str
    type: str


@dataclass(frozen=True, slots=True)
class Source:
    """One report of a cluster: where it was read."""

    event_id: str
    document: str
    outlet: str | None
    published: str | None
    title: str | None
    trigger: str
    story_id: str
    duplicate_of: str | None  # another listed document this one near-duplicates


@dataclass(frozen=True, slots=True)
class ClusterView:
    id: str
    type: str
    status: str
    date: str | None
    date_confidence: float | None
    location: EntityRef | None
    participants: list[tuple[EntityRef, int]]  # with the number of reports naming each
    sources: list[Source]
    source_count: int  # distinct documents, near-duplicates counted once


@dataclass(frozen=True, slots=True)
class QuoteView:
    speaker: EntityRef | None
    text: str
    direct: bool
    story_id: str
    document: str
    outlet: str | None
    published: str | None


@dataclass(frozen=True, slots=True)
class Role:
    role: str
    of: str
    start: str | None
    end: str | None
    acting: bool


@dataclass
class EntityPage:
    entity: EntityRef
    kind: str | None
    qid: str | None
    aliases: list[tuple[str, int]]  # surface forms seen, with mentions
    roles: list[Role]
    events: list[ClusterView]
    quotes: list[QuoteView]
    cooccurring: list[tuple[EntityRef, int]]  # entities in the same stories, with the number of stories
    mentions: int = 0
    stories: int = 0


@dataclass(frozen=True, slots=True)
class Hit:
    story_id: str
    document: str
    title: str | None
    outlet: str | None
    published: str | None
    snippet: str
    score: float
    duplicates: list[str] = field(default_factory=list)  # near-duplicate documents folded into this hit


def to_json(value: Any) -> Any:
    """A query result as JSON-ready data (dataclasses to dicts, tuples to lists)."""
    if isinstance(value, list):
        return [to_json(v) for v in value]
    if hasattr(value, "__dataclass_fields__"):
        return to_json(asdict(value))
    if isinstance(value, dict):
        return {k: to_json(v) for k, v in value.items()}
    if isinstance(value, tuple):
        return [to_json(v) for v in value]
    return value


# ---------------------------------------------------------------------- entities


def _ref(row: Any) -> EntityRef:
    return EntityRef(row.id, row.name_en, row.name_ar, row.type)


def find_entities(store: Store, name: str) -> list[EntityRef]:
    """Entities a name may mean, most mentioned first: an id, a canonical name in either language, or
    any surface form seen (with or without proclitics: لبوتين finds بوتين)."""
    e, a, m = t.entities.c, t.aliases.c, t.mentions.c
    keys = {name_key(name), name_key(" ".join(stem_of(w) if len(w) > 3 else w for w in name.split()))}
    with store.connect() as conn:
        ids = set(conn.execute(sa.select(e.id).where(e.id == name)).scalars())
        ids |= set(conn.execute(sa.select(a.entity_id).where(a.key.in_(keys))).scalars())
        if not ids and len(name.strip()) >= 3:
            like = f"%{name.strip().lower()}%"
            ids |= set(conn.execute(sa.select(e.id).where(sa.func.lower(e.name_en).like(like))).scalars())
        if not ids:
            return []
        counts = dict(
            conn.execute(
                sa.select(m.entity_id, sa.func.count()).where(m.entity_id.in_(ids)).group_by(m.entity_id)
            ).all()
        )
        rows = conn.execute(sa.select(e.id, e.name_en, e.name_ar, e.type).where(e.id.in_(ids))).all()
    return [_ref(r) for r in sorted(rows, key=lambda r: (-counts.get(r.id, 0), r.id))]


def resolve(store: Store, name: str) -> EntityRef:
    """The one entity a name means (the most mentioned), or NotFoundError."""
    found = find_entities(store, name)
    if not found:
        raise NotFoundError(f"no entity called {name!r} in the knowledge base")
    return found[0]


def _refs(conn: sa.Connection, ids: Iterable[str]) -> dict[str, EntityRef]:
    e = t.entities.c
    wanted = sorted(set(ids))
    if not wanted:
        return {}
    rows = conn.execute(sa.select(e.id, e.name_en, e.name_ar, e.type).where(e.id.in_(wanted))).all()
    return {r.id: _ref(r) for r in rows}


# ---------------------------------------------------------------------- clusters and timelines


def _clusters_of(conn: sa.Connection, entity_id: str) -> set[str]:
    """Clusters with a report naming the entity, as a participant or as the state a participant serves."""
    e, p = t.events.c, t.event_participants.c
    q = (
        sa.select(e.cluster_id)
        .distinct()
        .join(t.event_participants, p.event_id == e.id)
        .where(p.entity_id == entity_id)
    )
    return {c for c in conn.execute(q).scalars() if c}


def cluster_views(conn: sa.Connection, cluster_ids: Sequence[str]) -> list[ClusterView]:
    """Full views of clusters, in the order given."""
    if not cluster_ids:
        return []
    c, cp, e, s, d = t.clusters.c, t.cluster_participants.c, t.events.c, t.stories.c, t.documents.c
    rows = {r.id: r for r in conn.execute(sa.select(t.clusters).where(c.id.in_(cluster_ids)))}
    parts: dict[str, list[tuple[str, int]]] = defaultdict(list)
    for cid, ent, support in conn.execute(
        sa.select(cp.cluster_id, cp.entity_id, cp.support)
        .where(cp.cluster_id.in_(cluster_ids))
        .order_by(cp.support.desc(), cp.entity_id)
    ):
        parts[cid].append((ent, support))
    sources: dict[str, list[Source]] = defaultdict(list)
    q = (
        sa.select(
            e.id,
            e.cluster_id,
            e.trigger,
            s.id.label("story_id"),
            s.title,
            s.outlet,
            s.published,
            d.source,
            d.id.label("doc_id"),
            d.dup_of,
        )
        .join(t.stories, s.id == e.story_id)
        .join(t.documents, d.id == s.document_id)
        .where(e.cluster_id.in_(cluster_ids))
        .order_by(s.published, d.source, e.id)
    )
    groups_seen: dict[str, dict[str, str]] = defaultdict(dict)
    for r in conn.execute(q):
        group = r.dup_of or r.doc_id
        first = groups_seen[r.cluster_id].setdefault(group, r.source)
        sources[r.cluster_id].append(
            Source(
                r.id,
                r.source,
                r.outlet,
                r.published,
                r.title,
                r.trigger,
                r.story_id,
                None if first == r.source else first,
            )
        )
    refs = _refs(
        conn,
        [ent for ps in parts.values() for ent, _ in ps]
        + [r.location_id for r in rows.values() if r.location_id],
    )
    out = []
    for cid in cluster_ids:
        r = rows.get(cid)
        if r is None:
            continue
        out.append(
            ClusterView(
                id=cid,
                type=r.type,
                status=r.status,
                date=r.date,
                date_confidence=r.date_confidence,
                location=refs.get(r.location_id) if r.location_id else None,
                participants=[(refs[ent], n) for ent, n in parts.get(cid, []) if ent in refs],
                sources=sources.get(cid, []),
                source_count=r.sources,
            )
        )
    return out


def cluster(store: Store, cluster_id: str) -> ClusterView:
    with store.connect() as conn:
        found = cluster_views(conn, [cluster_id])
    if not found:
        raise NotFoundError(f"no event cluster {cluster_id!r}")
    return found[0]


def timeline(
    store: Store,
    entity: str,
    with_entity: str | None = None,
    types: Sequence[str] = (),
    status: str | None = "occurred",
    date_from: dt.date | None = None,
    date_to: dt.date | None = None,
) -> list[ClusterView]:
    """The event clusters of an entity (and, with `with_entity`, of both), in date order; undated last."""
    first = resolve(store, entity)
    second = resolve(store, with_entity) if with_entity else None
    c = t.clusters.c
    with store.connect() as conn:
        ids = _clusters_of(conn, first.id)
        if second:
            ids &= _clusters_of(conn, second.id)
        if not ids:
            return []
        q = sa.select(c.id, c.date).where(c.id.in_(sorted(ids)))
        if types:
            q = q.where(c.type.in_(list(types)))
        if status:
            q = q.where(c.status == status)
        if date_from:
            q = q.where(c.date >= date_from.isoformat())
        if date_to:
            q = q.where(c.date <= date_to.isoformat())
        chosen = sorted(conn.execute(q).all(), key=lambda r: (r.date is None, r.date or "", r.id))
        return cluster_views(conn, [r.id for r in chosen])


# ---------------------------------------------------------------------- entity pages


def entity_page(store: Store, name: str, catalog: Catalog | None = None) -> EntityPage:
    """Everything the store knows of one entity; roles over time come from the catalog when given."""
    ref = resolve(store, name)
    m, a, q, s, d = t.mentions.c, t.aliases.c, t.quotes.c, t.stories.c, t.documents.c
    with store.connect() as conn:
        row = conn.execute(sa.select(t.entities).where(t.entities.c.id == ref.id)).one()
        surface = Counter(
            dict(
                conn.execute(
                    sa.select(m.text, sa.func.count()).where(m.entity_id == ref.id).group_by(m.text)
                ).all()
            )
        )
        known = set(conn.execute(sa.select(a.surface).where(a.entity_id == ref.id)).scalars())
        aliases = sorted(
            ((k, n) for k, n in surface.items() if k in known or n), key=lambda kv: (-kv[1], kv[0])
        )
        story_ids = list(
            conn.execute(sa.select(m.story_id).distinct().where(m.entity_id == ref.id)).scalars()
        )
        co = Counter()
        for chunk_start in range(0, len(story_ids), 500):
            chunk = story_ids[chunk_start : chunk_start + 500]
            pairs = conn.execute(
                sa.select(m.entity_id, m.story_id)
                .distinct()
                .where(m.story_id.in_(chunk), m.entity_id != ref.id)
            )
            co.update(entity for entity, _ in pairs)
        top = co.most_common(COOCCURRING)
        refs = _refs(conn, [x for x, _ in top])
        quote_rows = conn.execute(
            sa.select(q.text, q.direct, q.story_id, s.outlet, s.published, d.source)
            .join(t.stories, s.id == q.story_id)
            .join(t.documents, d.id == s.document_id)
            .where(q.speaker_id == ref.id)
            .order_by(s.published.desc(), q.id)
            .limit(PAGE_QUOTES)
        ).all()
        cluster_ids = sorted(_clusters_of(conn, ref.id))
        dated = conn.execute(
            sa.select(t.clusters.c.id, t.clusters.c.date).where(t.clusters.c.id.in_(cluster_ids))
        ).all()
        ordered = [r.id for r in sorted(dated, key=lambda r: (r.date is None, r.date or "", r.id))]
        if len(ordered) > PAGE_EVENTS:  # the most recent dated events, then undated ones, in date order
            dated_ids = [c for c in ordered if c in {r.id for r in dated if r.date}]
            ordered = (dated_ids[-PAGE_EVENTS:] + [c for c in ordered if c not in set(dated_ids)])[
                :PAGE_EVENTS
            ]
        events = cluster_views(conn, ordered)
    roles = []
    entry = catalog.get(ref.id) if catalog else None
    if entry is not None:
        for o in entry.offices:
            holder = catalog.get(o.of) if catalog else None
            roles.append(
                Role(
                    o.role,
                    holder.name_en if holder else o.of,
                    o.start.isoformat() if o.start else None,
                    o.end.isoformat() if o.end else None,
                    o.acting,
                )
            )
    return EntityPage(
        entity=ref,
        kind=row.kind,
        qid=row.qid,
        aliases=aliases,
        roles=roles,
        events=events,
        quotes=[
            QuoteView(ref, r.text, r.direct, r.story_id, r.source, r.outlet, r.published) for r in quote_rows
        ],
        cooccurring=[(refs[x], n) for x, n in top if x in refs],
        mentions=sum(surface.values()),
        stories=len(story_ids),
    )


# ---------------------------------------------------------------------- search


def search(
    store: Store,
    query: str,
    entity: str | None = None,
    date_from: dt.date | None = None,
    date_to: dt.date | None = None,
    limit: int = SEARCH_LIMIT,
) -> list[Hit]:
    """Stories matching the query, best first (BM25, title words weigh double), duplicates folded."""
    parsed = parse_query(query)
    s, d = t.stories.c, t.documents.c
    entity_id = resolve(store, entity).id if entity else None
    with store.connect() as conn:
        ranked = _ranked_stories(
            store, conn, parsed, query, entity_id, date_from, date_to, limit * SEARCH_CANDIDATES
        )
        ids = [story_id for story_id, _ in ranked]
        rows = {
            r.id: r
            for r in conn.execute(
                sa.select(
                    s.id,
                    s.idx,
                    s.title,
                    s.text,
                    s.outlet,
                    s.published,
                    d.source,
                    d.id.label("doc_id"),
                    d.dup_of,
                )
                .join(t.documents, d.id == s.document_id)
                .where(s.id.in_(ids))
            )
        }
    hits: list[Hit] = []
    by_group: dict[str, Hit] = {}
    for story_id, rank in ranked:
        row = rows[story_id]
        group = f"{row.dup_of or row.doc_id}#{row.idx}"  # one hit per story of a near-duplicate group
        if group in by_group:
            by_group[group].duplicates.append(row.source)
            continue
        if len(hits) >= limit:
            continue
        hit = Hit(
            row.id,
            row.source,
            row.title,
            row.outlet,
            row.published,
            snippet(row.text, parsed),
            round(-float(rank), 6),
        )
        by_group[group] = hit
        hits.append(hit)
    return hits


# ---------------------------------------------------------------------- browsing (the HTTP API's lists)
# Added for rasd/api: paginated lists, search facets, documents and stories with their annotations.

FACET_CANDIDATES = 1000  # top-ranked stories that search facets are counted over
FACET_ENTITIES = 20


@dataclass(frozen=True, slots=True)
class Page:
    """One page of a list, with the size of the whole list so a client can page through it."""

    items: list[Any]
    total: int
    limit: int
    offset: int


@dataclass(frozen=True, slots=True)
class EntitySummary:
    id: str
    name_en: str
    name_ar: str
    type: str
    kind: str | None
    mentions: int


@dataclass(frozen=True, slots=True)
class ValueCount:
    value: str
    count: int


@dataclass(frozen=True, slots=True)
class EntityCount:
    id: str
    name_en: str
    name_ar: str
    type: str
    count: int


@dataclass(frozen=True, slots=True)
class SearchFacets:
    """Counts over the ranked candidates of a search (near-duplicate stories counted once)."""

    outlet: list[ValueCount]
    entity: list[EntityCount]  # stories naming the entity
    type: list[ValueCount]  # stories reporting an event of the type


@dataclass(frozen=True, slots=True)
class DocumentSummary:
    id: str
    source: str
    fmt: str
    url: str | None
    title: str | None
    outlet: str | None
    published: str | None
    duplicate_of: str | None  # the near-duplicate group's first document, when not this one
    story_count: int


@dataclass(frozen=True, slots=True)
class StorySummary:
    id: str
    idx: int
    title: str | None
    text: str
    published: str | None
    outlet: str | None
    dateline: str | None


@dataclass(frozen=True, slots=True)
class DocumentView:
    id: str
    source: str
    fmt: str
    encoding: str | None
    url: str | None
    title: str | None
    outlet: str | None
    published: str | None
    duplicate_of: str | None
    stories: list[StorySummary]


@dataclass(frozen=True, slots=True)
class MentionSpan:
    """An entity mention as character offsets into the story's stored `part` (title or text)."""

    entity_id: str
    name_en: str
    name_ar: str
    type: str
    text: str
    part: str
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class EventSpan:
    """An event, located by its trigger's offsets; `cluster_id` names the event it is one report of."""

    id: str
    type: str
    status: str
    date: str | None
    trigger: str
    part: str
    start: int
    end: int
    cluster_id: str | None
    participants: list[str]  # entity ids, participants then the states they serve


@dataclass(frozen=True, slots=True)
class QuoteSpan:
    id: str
    speaker: EntityRef | None
    text: str
    direct: bool
    trigger: str | None
    part: str
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class StoryView:
    id: str
    document_id: str
    idx: int
    title: str | None
    text: str
    published: str | None
    outlet: str | None
    dateline: str | None
    source: str
    url: str | None
    mentions: list[MentionSpan]
    events: list[EventSpan]
    quotes: list[QuoteSpan]


def _ranked_stories(
    store: Store,
    conn: sa.Connection,
    parsed: Any,
    query: str,
    entity_id: str | None,
    date_from: dt.date | None,
    date_to: dt.date | None,
    n: int,
) -> list[tuple[str, float]]:
    """(story id, rank) matching a parsed query under the filters, best (lowest rank) first.

    SQLite FTS5 bm25 is lower-is-better; PostgreSQL's ts_rank_cd is negated to match. Title words
    weigh double (bm25 column weights; tsvector weight A over B)."""
    where: list[str] = []
    params: dict[str, Any] = {"n": n}
    if date_from:
        where.append("st.published >= :from_")
        params["from_"] = date_from.isoformat()
    if date_to:
        where.append("st.published <= :to")
        params["to"] = date_to.isoformat()
    if entity_id:
        params["entity"] = entity_id
        where.append("st.id IN (SELECT story_id FROM mentions WHERE entity_id = :entity)")
    if store.dialect == "postgresql":
        params["q"] = parsed.tsquery
        rank, match = "-ts_rank_cd(f.tsv, to_tsquery('simple', :q))", "f.tsv @@ to_tsquery('simple', :q)"
    else:
        params["q"] = parsed.fts
        rank, match = "bm25(story_fts, 0.0, 2.0, 1.0)", "story_fts MATCH :q"
    sql = sa.text(
        f"SELECT f.story_id, {rank} AS rank FROM story_fts f JOIN stories st ON st.id = f.story_id "
        f"WHERE {' AND '.join([match, *where])} ORDER BY rank, f.story_id LIMIT :n"
    )
    try:
        return [(r.story_id, float(r.rank)) for r in conn.execute(sql, params)]
    except (sa.exc.OperationalError, sa.exc.ProgrammingError) as exc:
        raise QuerySyntaxError(f"the search index cannot read {query!r}: {exc.orig}") from exc


def _in_chunks(ids: Sequence[str], size: int = 500) -> Iterable[Sequence[str]]:
    for i in range(0, len(ids), size):
        yield ids[i : i + size]


def search_facets(
    store: Store,
    query: str,
    entity: str | None = None,
    date_from: dt.date | None = None,
    date_to: dt.date | None = None,
    candidates: int = FACET_CANDIDATES,
) -> SearchFacets:
    """Outlets, entities and event types among the top `candidates` stories a search ranks.

    The same query and filters as `search`; near-duplicate copies of a story count once, as they
    fold into one hit there."""
    parsed = parse_query(query)
    entity_id = resolve(store, entity).id if entity else None
    s, d, m, e = t.stories.c, t.documents.c, t.mentions.c, t.events.c
    with store.connect() as conn:
        ranked = [
            sid
            for sid, _ in _ranked_stories(
                store, conn, parsed, query, entity_id, date_from, date_to, candidates
            )
        ]
        info: dict[str, Any] = {}
        for chunk in _in_chunks(ranked):
            q = (
                sa.select(s.id, s.idx, s.outlet, d.id.label("doc_id"), d.dup_of)
                .join(t.documents, d.id == s.document_id)
                .where(s.id.in_(chunk))
            )
            info.update({r.id: r for r in conn.execute(q)})
        kept: list[str] = []
        groups: set[str] = set()
        for sid in ranked:
            row = info[sid]
            group = f"{row.dup_of or row.doc_id}#{row.idx}"
            if group not in groups:
                groups.add(group)
                kept.append(sid)
        outlets = Counter(info[sid].outlet for sid in kept if info[sid].outlet)
        entities: Counter[str] = Counter()
        types: Counter[str] = Counter()
        for chunk in _in_chunks(kept):
            pairs = conn.execute(sa.select(m.story_id, m.entity_id).distinct().where(m.story_id.in_(chunk)))
            entities.update(ent for _, ent in pairs)
            kinds = conn.execute(sa.select(e.story_id, e.type).distinct().where(e.story_id.in_(chunk)))
            types.update(kind for _, kind in kinds)
        top = sorted(entities.items(), key=lambda kv: (-kv[1], kv[0]))[:FACET_ENTITIES]
        refs = _refs(conn, [x for x, _ in top])
    return SearchFacets(
        outlet=[ValueCount(v, n) for v, n in sorted(outlets.items(), key=lambda kv: (-kv[1], kv[0]))],
        entity=[
            EntityCount(x, refs[x].name_en, refs[x].name_ar, refs[x].type, n) for x, n in top if x in refs
        ],
        type=[ValueCount(v, n) for v, n in sorted(types.items(), key=lambda kv: (-kv[1], kv[0]))],
    )


def entity_ref(store: Store, entity_id: str) -> EntityRef:
    """The entity with exactly this id (no name lookup), or NotFoundError."""
    with store.connect() as conn:
        found = _refs(conn, [entity_id])
    if entity_id not in found:
        raise NotFoundError(f"no entity with id {entity_id!r}")
    return found[entity_id]


def list_entities(
    store: Store, q: str | None = None, type: str | None = None, limit: int = 50, offset: int = 0
) -> Page:
    """Entities, most mentioned first; `q` is a part of a name or alias in Arabic or English."""
    e, a, m = t.entities.c, t.aliases.c, t.mentions.c
    counts = sa.select(m.entity_id, sa.func.count().label("n")).group_by(m.entity_id).subquery()
    mentions = sa.func.coalesce(counts.c.n, 0)
    conds: list[Any] = []
    if type:
        conds.append(e.type == type)
    if q and q.strip():
        text = q.strip()
        keys = {name_key(text), name_key(" ".join(stem_of(w) if len(w) > 3 else w for w in text.split()))}
        alias_match = sa.or_(
            a.surface.contains(text, autoescape=True),
            *(a.key.contains(k, autoescape=True) for k in keys if k),
        )
        conds.append(
            sa.or_(
                e.id == text,
                sa.func.lower(e.name_en).contains(text.lower(), autoescape=True),
                e.name_ar.contains(text, autoescape=True),
                e.id.in_(sa.select(a.entity_id).where(alias_match)),
            )
        )
    with store.connect() as conn:
        total = conn.execute(sa.select(sa.func.count()).select_from(t.entities).where(*conds)).scalar() or 0
        rows = conn.execute(
            sa.select(e.id, e.name_en, e.name_ar, e.type, e.kind, mentions.label("mentions"))
            .outerjoin(counts, counts.c.entity_id == e.id)
            .where(*conds)
            .order_by(mentions.desc(), e.id)
            .limit(limit)
            .offset(offset)
        ).all()
    items = [EntitySummary(r.id, r.name_en, r.name_ar, r.type, r.kind, r.mentions) for r in rows]
    return Page(items, total, limit, offset)


def list_clusters(
    store: Store,
    entity: str | None = None,
    types: Sequence[str] = (),
    status: str | None = None,
    date_from: dt.date | None = None,
    date_to: dt.date | None = None,
    outlet: str | None = None,
    limit: int = 50,
    offset: int = 0,
) -> Page:
    """Event clusters, newest first (undated last); `outlet` keeps clusters with a report from it."""
    c, e, p, s = t.clusters.c, t.events.c, t.event_participants.c, t.stories.c
    entity_id = resolve(store, entity).id if entity else None
    conds: list[Any] = []
    if entity_id:
        conds.append(
            c.id.in_(
                sa.select(e.cluster_id)
                .join(t.event_participants, p.event_id == e.id)
                .where(p.entity_id == entity_id)
            )
        )
    if types:
        conds.append(c.type.in_(list(types)))
    if status:
        conds.append(c.status == status)
    if date_from:
        conds.append(c.date >= date_from.isoformat())
    if date_to:
        conds.append(c.date <= date_to.isoformat())
    if outlet:
        conds.append(
            c.id.in_(sa.select(e.cluster_id).join(t.stories, s.id == e.story_id).where(s.outlet == outlet))
        )
    with store.connect() as conn:
        total = conn.execute(sa.select(sa.func.count()).select_from(t.clusters).where(*conds)).scalar() or 0
        ids = list(
            conn.execute(
                sa.select(c.id)
                .where(*conds)
                .order_by(c.date.is_(None), c.date.desc(), c.id)
                .limit(limit)
                .offset(offset)
            ).scalars()
        )
        items = cluster_views(conn, ids)
    return Page(items, total, limit, offset)


def _duplicate_of(doc_id: str, dup_of: str | None) -> str | None:
    return dup_of if dup_of and dup_of != doc_id else None


def list_documents(
    store: Store,
    outlet: str | None = None,
    date_from: dt.date | None = None,
    date_to: dt.date | None = None,
    limit: int = 50,
    offset: int = 0,
) -> Page:
    """Documents, newest first (undated last), each with its number of stories."""
    d, s = t.documents.c, t.stories.c
    conds: list[Any] = []
    if outlet:
        conds.append(d.outlet == outlet)
    if date_from:
        conds.append(d.published >= date_from.isoformat())
    if date_to:
        conds.append(d.published <= date_to.isoformat())
    n_stories = (
        sa.select(sa.func.count()).where(s.document_id == d.id).correlate(t.documents).scalar_subquery()
    )
    with store.connect() as conn:
        total = conn.execute(sa.select(sa.func.count()).select_from(t.documents).where(*conds)).scalar() or 0
        rows = conn.execute(
            sa.select(
                d.id, d.source, d.fmt, d.url, d.title, d.outlet, d.published, d.dup_of, n_stories.label("n")
            )
            .where(*conds)
            .order_by(d.published.is_(None), d.published.desc(), d.id)
            .limit(limit)
            .offset(offset)
        ).all()
    items = [
        DocumentSummary(
            r.id, r.source, r.fmt, r.url, r.title, r.outlet, r.published, _duplicate_of(r.id, r.dup_of), r.n
        )
        for r in rows
    ]
    return Page(items, total, limit, offset)


def document(store: Store, document_id: str) -> DocumentView:
    """One document with its stories (their stored text), or NotFoundError."""
    d, s = t.documents.c, t.stories.c
    with store.connect() as conn:
        row = conn.execute(sa.select(t.documents).where(d.id == document_id)).first()
        if row is None:
            raise NotFoundError(f"no document {document_id!r}")
        stories = conn.execute(
            sa.select(s.id, s.idx, s.title, s.text, s.published, s.outlet, s.dateline)
            .where(s.document_id == document_id)
            .order_by(s.idx)
        ).all()
    return DocumentView(
        row.id,
        row.source,
        row.fmt,
        row.encoding,
        row.url,
        row.title,
        row.outlet,
        row.published,
        _duplicate_of(row.id, row.dup_of),
        [StorySummary(r.id, r.idx, r.title, r.text, r.published, r.outlet, r.dateline) for r in stories],
    )


def story(store: Store, story_id: str) -> StoryView:
    """One story as stored, with its mentions, events and quotes as offsets into it, or NotFoundError."""
    s, d, m, e, p, q = (
        t.stories.c,
        t.documents.c,
        t.mentions.c,
        t.events.c,
        t.event_participants.c,
        t.quotes.c,
    )
    en = t.entities.c
    with store.connect() as conn:
        row = conn.execute(
            sa.select(t.stories, d.source, d.url)
            .join(t.documents, d.id == s.document_id)
            .where(s.id == story_id)
        ).first()
        if row is None:
            raise NotFoundError(f"no story {story_id!r}")
        mentions = [
            MentionSpan(r.entity_id, r.name_en, r.name_ar, r.type, r.text, r.part, r.start, r.end)
            for r in conn.execute(
                sa.select(m.entity_id, en.name_en, en.name_ar, en.type, m.text, m.part, m.start, m.end)
                .join(t.entities, en.id == m.entity_id)
                .where(m.story_id == story_id)
                .order_by(m.part.desc(), m.start)  # the title's, then the text's
            )
        ]
        event_rows = conn.execute(
            sa.select(t.events).where(e.story_id == story_id).order_by(e.part.desc(), e.start)
        ).all()
        parts: dict[str, list[str]] = defaultdict(list)
        for event_id, entity_id in conn.execute(
            sa.select(p.event_id, p.entity_id)
            .where(p.event_id.in_([r.id for r in event_rows]))
            .order_by(p.event_id, p.pos)
        ):
            parts[event_id].append(entity_id)
        quote_rows = conn.execute(
            sa.select(t.quotes).where(q.story_id == story_id).order_by(q.part.desc(), q.start)
        ).all()
        speakers = _refs(conn, [r.speaker_id for r in quote_rows if r.speaker_id])
    return StoryView(
        row.id,
        row.document_id,
        row.idx,
        row.title,
        row.text,
        row.published,
        row.outlet,
        row.dateline,
        row.source,
        row.url,
        mentions,
        [
            EventSpan(
                r.id,
                r.type,
                r.status,
                r.date,
                r.trigger,
                r.part,
                r.start,
                r.end,
                r.cluster_id,
                parts.get(r.id, []),
            )
            for r in event_rows
        ],
        [
            QuoteSpan(
                r.id,
                speakers.get(r.speaker_id) if r.speaker_id else None,
                r.text,
                r.direct,
                r.trigger,
                r.part,
                r.start,
                r.end,
            )
            for r in quote_rows
        ],
    )
