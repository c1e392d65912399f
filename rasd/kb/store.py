"""The knowledge-base store: every write and every read of the database goes through `Store`.

One module behind a small interface (open, known, add, read helpers), on SQLAlchemy Core, so a second
backend (PostgreSQL) changes this file and the dialect-specific search, nothing else. The default is
one SQLite file in WAL mode, so readers keep working while an ingest writes.

`add` writes one batch of analysed documents in one transaction: documents, stories, entities and
their aliases, mentions, events with participants, quotes, the full-text rows, near-duplicate links
and the clusters the batch touches. A batch either lands whole or not at all, so a killed run leaves
no half-written document, and since ids are content hashes a rerun skips what landed (`known`).
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import sqlalchemy as sa
from sqlalchemy.dialects import postgresql, sqlite

from rasd.errors import (
    AnalysisError,
    StoreDamagedError,
    StoreError,
    StoreLockedError,
    StoreReadOnlyError,
    StoreUnreachableError,
)
from rasd.kb import schema as t
from rasd.kb.cluster import (
    Clustering,
    Report,
    cluster_reports,
    event_key,
    lede_stems,
    reconcile,
    report_of,
    statuses_joined,
)
from rasd.kb.dedup import DuplicateIndex
from rasd.kb.search import analyse
from rasd.kb.unionfind import UnionFind
from rasd.nlp.catalog import Catalog, name_key
from rasd.records import Document, IngestFailure, Story
from rasd.settings import Settings

StateOf = Callable[[str], str | None]


def default_db_path() -> Path:
    """The database an analyst gets without --db: rasd.db in the user's data directory."""
    import platformdirs

    return Path(platformdirs.user_data_dir("rasd", appauthor=False)) / "rasd.db"


def database_url(target: str | Path | None) -> str:
    """A SQLAlchemy URL from --db: a URL as given, else a path to a SQLite file (created with its folder)."""
    if target is None:
        target = default_db_path()
    text = str(target)
    if "://" in text:
        return text
    path = Path(text).expanduser().resolve()
    path.parent.mkdir(parents=True, exist_ok=True)
    return f"sqlite:///{path}"


def _iso(value: dt.date | None) -> str | None:
    return value.isoformat() if value else None


def _date(value: str | None) -> dt.date | None:
    return dt.date.fromisoformat(value) if value else None


@dataclass
class BatchStats:
    """What one `add` wrote."""

    documents: int = 0
    stories: int = 0
    events: int = 0
    quotes: int = 0
    failures: int = 0
    duplicates: int = 0
    skipped: int = 0  # documents already in the store
    clusters_touched: int = 0


@dataclass
class _Rows:
    """The rows of one batch, per table, before they are written."""

    documents: list[dict] = field(default_factory=list)
    stories: list[dict] = field(default_factory=list)
    entities: dict[str, dict] = field(default_factory=dict)
    aliases: dict[tuple[str, str], dict] = field(default_factory=dict)
    mentions: list[dict] = field(default_factory=list)
    events: list[dict] = field(default_factory=list)
    participants: list[dict] = field(default_factory=list)
    quotes: list[dict] = field(default_factory=list)
    fts: list[dict] = field(default_factory=list)
    reports: list[Report] = field(default_factory=list)

    def extend(self, other: _Rows) -> None:
        """Add another document's rows (entities and aliases keep their first row)."""
        for name in (
            "documents",
            "stories",
            "mentions",
            "events",
            "participants",
            "quotes",
            "fts",
            "reports",
        ):
            getattr(self, name).extend(getattr(other, name))
        for key, row in other.entities.items():
            self.entities.setdefault(key, row)
        for key, row in other.aliases.items():
            self.aliases.setdefault(key, row)


class Store:
    """A knowledge base in one database."""

    def __init__(self, engine: sa.Engine, settings: Settings | None = None) -> None:
        self.engine = engine
        self.settings = settings or Settings()
        self.clustering: Clustering = self.settings.clustering()  # the stopwords read once per store
        self._dedup: DuplicateIndex | None = None
        self._seq = 0

    # ------------------------------------------------------------------ opening

    @classmethod
    def open(cls, target: str | Path | None = None, settings: Settings | None = None) -> Store:
        """Open (creating and migrating as needed) the database at a path or URL.

        Every failure is a StoreError subclass naming the database and what to do (`store_error`).
        """
        settings = settings or Settings()
        try:
            url = database_url(target)
        except OSError as exc:  # the folder cannot be made
            raise StoreReadOnlyError(
                f"cannot create the folder of {target}: {exc.strerror}; give a --db in a writable folder"
            ) from exc
        engine = sa.create_engine(url, future=True, connect_args=_connect_args(url, settings))
        if engine.dialect.name == "sqlite":
            busy_ms = int(settings.db_busy_timeout_s * 1000)
            sa.event.listen(engine, "connect", lambda conn, record: _sqlite_pragmas(conn, record, busy_ms))
        store = cls(engine, settings)
        try:
            store.migrate()
        except (sa.exc.SQLAlchemyError, OSError) as exc:
            engine.dispose()
            raise store_error(exc, store) from exc
        return store

    def where(self) -> str:
        """The database as a user names it: the file path, or the URL without its password."""
        if self.dialect == "sqlite" and self.engine.url.database:
            return self.engine.url.database
        return self.engine.url.render_as_string(hide_password=True)

    def close(self) -> None:
        self.engine.dispose()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @property
    def dialect(self) -> str:
        return self.engine.dialect.name

    def schema_version(self) -> int:
        with self.engine.connect() as conn:
            return _version(conn)

    def migrate(self) -> int:
        """Apply the migrations this database lacks; return the version it is now at."""
        with self.engine.begin() as conn:
            version = _version(conn)
            if version > t.SCHEMA_VERSION:
                raise StoreError(
                    f"the database is at schema version {version}, newer than this rasd ({t.SCHEMA_VERSION})"
                )
            for step in t.MIGRATIONS[version:]:
                step(conn)
            if version < t.SCHEMA_VERSION:
                _upsert(conn, t.meta, [{"key": "schema_version", "value": str(t.SCHEMA_VERSION)}], ["key"])
            self._seq = conn.execute(sa.select(sa.func.max(t.documents.c.seq))).scalar() or 0
        return t.SCHEMA_VERSION

    # ------------------------------------------------------------------ writing

    def known(self, ids: Iterable[str]) -> set[str]:
        """The ids among `ids` that are already stored."""
        wanted = list(dict.fromkeys(ids))
        found: set[str] = set()
        with self.engine.connect() as conn:
            for chunk in _chunks(wanted, 500):
                q = sa.select(t.documents.c.id).where(t.documents.c.id.in_(chunk))
                found.update(conn.execute(q).scalars())
        return found

    def dedup_index(self) -> DuplicateIndex:
        """The near-duplicate index, rebuilt from the stored signatures on first use."""
        if self._dedup is None:
            with self.engine.connect() as conn:
                rows = conn.execute(
                    sa.select(t.documents.c.id, t.documents.c.minhash).where(
                        t.documents.c.minhash.isnot(None)
                    )
                )
                self._dedup = DuplicateIndex.from_signatures(
                    ((r.id, r.minhash) for r in rows), settings=self.settings
                )
        return self._dedup

    def add(self, results: Sequence[Document | IngestFailure], catalog: Catalog) -> BatchStats:
        """Write one batch in one transaction; documents already stored are skipped, not duplicated.

        The catalog names the states that events' people serve (actors a story may never name) and
        tells which state a place lies in."""
        state_of = catalog.state_of_place
        stats = BatchStats()
        docs = [r for r in results if isinstance(r, Document)]
        fails = [r for r in results if isinstance(r, IngestFailure)]
        seen = self.known(d.id for d in docs)
        fresh: dict[str, Document] = {}
        for d in docs:
            if d.id in seen or d.id in fresh:
                stats.skipped += 1
            else:
                fresh[d.id] = d
        index = self.dedup_index()
        rows = _Rows()
        links: list[tuple[str, str]] = []
        signatures: dict[str, bytes] = {}
        for doc in list(fresh.values()):  # indexed one by one: copies within the batch find each other
            try:
                one = _Rows()
                _document_rows(
                    doc, self._seq + 1, index.signature(_doc_text(doc)), catalog, self.clustering, one
                )
            except Exception as exc:  # one document's bug must not lose the batch: report it, go on
                failure = AnalysisError(f"storing failed: {type(exc).__name__}: {exc}")
                fails.append(IngestFailure(doc.source, str(failure), failure.code))
                del fresh[doc.id]
                continue
            self._seq += 1
            signatures[doc.id] = one.documents[0]["minhash"]
            links += [(doc.id, other) for other in index.add_signature(doc.id, signatures[doc.id])]
            rows.extend(one)
        try:
            with self.engine.begin() as conn:
                _write_rows(conn, rows, self.dialect)
                if fails:
                    failure_rows = [{"source": f.source, "code": f.code, "error": f.error} for f in fails]
                    _upsert(conn, t.failures, failure_rows, ["source"])
                conn.execute(
                    t.failures.delete().where(t.failures.c.source.in_([d.source for d in fresh.values()]))
                )
                touched = _link_duplicates(conn, links)
                touched |= self._recluster(conn, rows.reports, state_of)
                _reconcile_clusters(conn, touched, state_of)
        except BaseException:
            self._dedup = None  # the index holds signatures of a batch that did not land: rebuild it
            raise
        stats.documents, stats.stories = len(fresh), len(rows.stories)
        stats.events, stats.quotes, stats.failures = len(rows.events), len(rows.quotes), len(fails)
        stats.duplicates, stats.clusters_touched = len({a for a, _ in links}), len(touched)
        return stats

    def _recluster(self, conn: sa.Connection, new: list[Report], state_of: StateOf) -> set[str]:
        """Cluster the new reports with their neighbourhood; return every cluster id that changed.

        The neighbourhood is what could change: whole clusters holding a report that shares a block
        (type, party, a status it may join) with a new one; the undated reports that share a block with
        those, and the undated reports linked to them in turn; and the whole clusters those undated
        reports could join. Clustering that set gives the same
        clusters as clustering everything at once (tests/kb/test_store.py checks it)."""
        if not new:
            return set()
        new_keys = {r.key for r in new}
        c = self.clustering
        first = _clusters_sharing_blocks(conn, new, c, anchored=None) - {None}
        members = _reports_in_clusters(conn, first, state_of, c)
        pool = {r.key: r for r in [*members, *new]}
        undated = _reports_sharing_blocks(conn, list(pool.values()), state_of, c, undated_only=True)
        frontier = undated  # undated reports link among themselves: follow them to the whole group
        while frontier:
            known = {r.key for r in undated} | pool.keys()
            frontier = [
                r
                for r in _reports_sharing_blocks(conn, frontier, state_of, c, undated_only=True)
                if r.key not in known
            ]
            undated += frontier
        second = _clusters_sharing_blocks(conn, undated, c, anchored=True) - {None} - first
        for r in _reports_in_clusters(conn, second, state_of, c):
            if r.anchored:
                pool[r.key] = r
        for r in undated:
            pool[r.key] = r
        before = (
            dict(
                conn.execute(
                    sa.select(t.events.c.id, t.events.c.cluster_id).where(
                        t.events.c.id.in_(list(pool.keys() - new_keys))
                    )
                ).all()
            )
            if len(pool) > len(new_keys)
            else {}
        )
        assigned = cluster_reports(list(pool.values()), c)
        changed = {k: cid for k, cid in assigned.items() if before.get(k) != cid}
        by_cluster: dict[str, list[str]] = defaultdict(list)
        for k, cid in changed.items():
            by_cluster[cid].append(k)
        for cid, keys in by_cluster.items():
            for chunk in _chunks(keys, 500):
                conn.execute(t.events.update().where(t.events.c.id.in_(chunk)).values(cluster_id=cid))
        return set(changed.values()) | {before[k] for k in changed if before.get(k)}

    # ------------------------------------------------------------------ reading

    def counts(self) -> dict[str, int]:
        """Rows per table (clusters and duplicate groups included): what `rasd ingest` reports."""
        tables = (t.documents, t.stories, t.entities, t.mentions, t.events, t.quotes, t.clusters, t.failures)
        with self.engine.connect() as conn:
            out = {
                tb.name: conn.execute(sa.select(sa.func.count()).select_from(tb)).scalar() or 0
                for tb in tables
            }
            out["duplicate_documents"] = (
                conn.execute(
                    sa.select(sa.func.count()).where(
                        t.documents.c.dup_of.isnot(None), t.documents.c.dup_of != t.documents.c.id
                    )
                ).scalar()
                or 0
            )
        return out

    def connect(self) -> Iterator[sa.Connection]:
        """A read connection (a context manager), for the query functions of rasd/kb/queries.py."""
        return self.engine.connect()  # type: ignore[return-value]


# ---------------------------------------------------------------------- rows of one batch


def _doc_text(doc: Document) -> str:
    return "\n".join(filter(None, (part for s in doc.stories for part in (s.title, s.text))))


def _document_rows(
    doc: Document, seq: int, signature: bytes, catalog: Catalog, c: Clustering, rows: _Rows
) -> None:
    rows.documents.append(
        {
            "id": doc.id,
            "source": doc.source,
            "fmt": doc.fmt,
            "encoding": doc.encoding,
            "url": doc.url,
            "title": doc.title,
            "outlet": doc.outlet,
            "published": _iso(doc.published),
            "dup_of": doc.id,
            "minhash": signature,
            "seq": seq,
        }
    )
    for story in doc.stories:
        _story_rows(doc, story, catalog, c, rows)


def _story_rows(doc: Document, story: Story, catalog: Catalog, c: Clustering, rows: _Rows) -> None:
    state_of = catalog.state_of_place
    lede = lede_stems(story.text, c) if story.events else ()
    published = story.published or doc.published
    rows.stories.append(
        {
            "id": story.id,
            "document_id": doc.id,
            "idx": story.index,
            "title": story.title,
            "text": story.text,
            "published": _iso(published),
            "outlet": story.outlet or doc.outlet,
            "dateline": story.dateline,
        }
    )
    rows.fts.append({"story_id": story.id, "title": analyse(story.title or ""), "body": analyse(story.text)})
    for e in story.entities:
        rows.entities.setdefault(
            e.id,
            {
                "id": e.id,
                "type": e.type,
                "kind": e.kind,
                "name_en": e.name_en,
                "name_ar": e.name_ar,
                "qid": e.qid,
                "nil": e.nil,
            },
        )
        for name in (e.name_ar, e.name_en):  # so that `rasd entity` finds it by either canonical name
            key = name_key(name)
            rows.aliases.setdefault((e.id, key), {"entity_id": e.id, "key": key, "surface": name})
        for m in e.mentions:
            rows.mentions.append(
                {
                    "story_id": story.id,
                    "part": m.part,
                    "start": m.start,
                    "end": m.end,
                    "entity_id": e.id,
                    "text": m.text,
                    "source": m.source,
                }
            )
            key = name_key(m.text)
            rows.aliases.setdefault((e.id, key), {"entity_id": e.id, "key": key, "surface": m.text})
    for k, ev in enumerate(story.events):
        eid = event_key(story.id, k)
        trigger = ev.triggers[0]
        rows.events.append(
            {
                "id": eid,
                "story_id": story.id,
                "type": ev.type,
                "status": ev.status,
                "date": _iso(ev.date),
                "date_text": ev.date_text,
                "published": _iso(published),
                "location_id": ev.location,
                "trigger": trigger.text,
                "part": trigger.part,
                "start": trigger.start,
                "end": trigger.end,
                "cluster_id": None,
            }
        )
        for actor in ev.actors:
            if actor not in rows.entities and (entry := catalog.get(actor)) is not None:
                rows.entities[actor] = {
                    "id": entry.id,
                    "type": entry.type,
                    "kind": entry.kind,
                    "name_en": entry.name_en,
                    "name_ar": entry.name_ar,
                    "qid": entry.qid,
                    "nil": False,
                }
        roles = {p: "participant" for p in ev.participants}
        roles.update({a: "actor" for a in ev.actors if a not in roles and a in rows.entities})
        rows.participants += [
            {"event_id": eid, "entity_id": p, "pos": i, "role": role}
            for i, (p, role) in enumerate(roles.items())
        ]
        report = report_of(eid, ev, published, state_of, lede)
        rows.reports.append(report)
    for k, q in enumerate(story.quotes):
        rows.quotes.append(
            {
                "id": f"{story.id}:q{k}",
                "story_id": story.id,
                "speaker_id": q.speaker,
                "text": q.text,
                "direct": q.direct,
                "trigger": q.trigger,
                "part": q.part,
                "start": q.start,
                "end": q.end,
            }
        )


def _write_rows(conn: sa.Connection, rows: _Rows, dialect: str) -> None:
    _insert(conn, t.documents, rows.documents)
    _insert(conn, t.stories, rows.stories)
    _upsert(conn, t.entities, list(rows.entities.values()), ["id"], update=False)
    _upsert(conn, t.aliases, list(rows.aliases.values()), ["entity_id", "key"], update=False)
    _insert(conn, t.mentions, _unique(rows.mentions, ("story_id", "part", "start")))
    _insert(conn, t.events, rows.events)
    _insert(conn, t.event_participants, rows.participants)
    _insert(conn, t.quotes, rows.quotes)
    if rows.fts:
        conn.execute(
            sa.text("INSERT INTO story_fts (story_id, title, body) VALUES (:story_id, :title, :body)"),
            rows.fts,
        )


def _unique(rows: list[dict], key: tuple[str, ...]) -> list[dict]:
    seen: dict[tuple, dict] = {}
    for r in rows:
        seen.setdefault(tuple(r[k] for k in key), r)
    return list(seen.values())


def _insert(conn: sa.Connection, table: sa.Table, rows: list[dict]) -> None:
    if rows:
        conn.execute(table.insert(), rows)


def _upsert(
    conn: sa.Connection, table: sa.Table, rows: list[dict], keys: list[str], update: bool = True
) -> None:
    """Insert rows; on a key conflict replace the row's other columns (or keep the old row)."""
    if not rows:
        return
    module = postgresql if conn.dialect.name == "postgresql" else sqlite
    stmt = module.insert(table)
    others = [c.name for c in table.columns if c.name not in keys]
    if update and others:
        stmt = stmt.on_conflict_do_update(index_elements=keys, set_={c: stmt.excluded[c] for c in others})
    else:
        stmt = stmt.on_conflict_do_nothing(index_elements=keys)
    conn.execute(stmt, rows)


def _chunks(items: Sequence[Any], size: int) -> Iterator[Sequence[Any]]:
    for i in range(0, len(items), size):
        yield items[i : i + size]


def _sqlite_pragmas(dbapi_conn: Any, _record: Any, busy_ms: int = 10_000) -> None:
    cur = dbapi_conn.cursor()
    cur.execute(f"PRAGMA busy_timeout={int(busy_ms)}")  # first: the journal mode may wait for a lock too
    cur.execute("PRAGMA journal_mode=WAL")
    cur.execute("PRAGMA synchronous=NORMAL")
    cur.execute("PRAGMA foreign_keys=ON")
    cur.close()


def _connect_args(url: str, settings: Settings) -> dict[str, Any]:
    """Driver arguments that bound waiting: SQLite's lock wait, a database server's connect time."""
    if url.startswith("sqlite"):
        return {"timeout": settings.db_busy_timeout_s}
    if url.startswith("postgresql"):
        return {"connect_timeout": settings.db_connect_timeout_s}
    return {}


def store_error(exc: BaseException, store: Store) -> StoreError:
    """A database failure as one line: the code by its kind, the database, the cause and what to do.

    SQLAlchemy's message holds the SQL and a web link over several lines; only the driver's first
    line is kept.
    """
    if isinstance(exc, StoreError):
        return exc
    cause = str(getattr(exc, "orig", None) or exc).strip().splitlines()
    reason = cause[0].strip() if cause else type(exc).__name__
    low = reason.lower()
    where = store.where()
    if "not a database" in low or "malformed" in low or "disk image" in low:
        return StoreDamagedError(
            f"{where} is not a rasd database or is damaged ({reason}): give another --db, "
            "or move this file away and ingest again"
        )
    if "locked" in low or "busy" in low:
        return StoreLockedError(
            f"{where} is locked by another writer ({reason}; waited {store.settings.db_busy_timeout_s:g} s): "
            "wait for the other rasd ingest to finish, or raise RASD_DB_BUSY_TIMEOUT_S"
        )
    if "readonly" in low or "read-only" in low or "permission denied" in low or "unable to open" in low:
        return StoreReadOnlyError(
            f"cannot write {where} ({reason}): check the permissions of the file and its folder, "
            "or give a writable --db"
        )
    if store.dialect != "sqlite" and isinstance(exc, sa.exc.OperationalError | sa.exc.InterfaceError):
        return StoreUnreachableError(
            f"cannot connect to {where} ({reason}): check the URL, the login and that the server is running"
        )
    return StoreError(f"{where}: {type(exc).__name__}: {reason}")


def _version(conn: sa.Connection) -> int:
    if not sa.inspect(conn).has_table("meta"):
        return 0
    value = conn.execute(sa.select(t.meta.c.value).where(t.meta.c.key == "schema_version")).scalar()
    return int(value or 0)


# ---------------------------------------------------------------------- duplicates


def _link_duplicates(conn: sa.Connection, links: list[tuple[str, str]]) -> set[str]:
    """Join each new document's near-duplicate group; a group is named by its smallest document id.

    Returns the clusters whose source counts may have changed."""
    if not links:
        return set()
    d = t.documents.c
    sets = UnionFind()
    for a, b in links:
        sets.union(a, b)
    old: dict[str, str] = {}  # the earlier documents' groups, and every member of those groups
    for chunk in _chunks(sorted({b for _, b in links}), 500):
        old.update(dict(conn.execute(sa.select(d.id, d.dup_of).where(d.id.in_(chunk))).all()))
    for chunk in _chunks(sorted({g for g in old.values() if g}), 500):
        old.update(dict(conn.execute(sa.select(d.id, d.dup_of).where(d.dup_of.in_(chunk))).all()))
    for member, group in old.items():
        sets.union(member, group or member)
    groups = sets.groups()
    for root, ids in groups.items():
        for chunk in _chunks(sorted(ids), 500):
            conn.execute(t.documents.update().where(d.id.in_(chunk)).values(dup_of=root))
    members = [m for ids in groups.values() for m in ids]
    changed = members
    touched: set[str] = set()
    for chunk in _chunks(changed, 500):
        q = (
            sa.select(t.events.c.cluster_id)
            .join(t.stories, t.stories.c.id == t.events.c.story_id)
            .where(t.stories.c.document_id.in_(chunk), t.events.c.cluster_id.isnot(None))
        )
        touched.update(conn.execute(q).scalars())
    return touched


# ---------------------------------------------------------------------- clusters


def _sharing_blocks(
    conn: sa.Connection,
    reports: Iterable[Report],
    column: sa.ColumnElement,
    dated: bool | None,
    c: Clustering,
) -> set[Any]:
    """`column` of the stored events that share a block (`Report.blocks`: type, party) with one of
    `reports` and have a status it may join (`cluster.statuses_joined`): what `cluster_reports`
    compares. `dated` True keeps anchored events only, False undated ones only, None all."""
    e, p = t.events.c, t.event_participants.c
    by_kind: dict[tuple[str, tuple[str, ...]], set[str]] = defaultdict(set)
    for r in reports:
        by_kind[(r.type, statuses_joined(r.status, c))] |= {party for _, party in r.blocks()}
    found: set[Any] = set()
    for (kind, statuses), parties in by_kind.items():
        for chunk in _chunks(sorted(parties), 500):
            q = (
                sa.select(column)
                .distinct()
                .join(t.event_participants, p.event_id == e.id)
                .where(e.type == kind, e.status.in_(statuses), p.entity_id.in_(chunk))
            )
            if dated is True:
                q = q.where(sa.or_(e.date.isnot(None), e.published.isnot(None)))
            elif dated is False:
                q = q.where(e.date.is_(None), e.published.is_(None))
            found.update(conn.execute(q).scalars())
    return found


def _clusters_sharing_blocks(
    conn: sa.Connection, reports: Iterable[Report], c: Clustering, anchored: bool | None
) -> set[Any]:
    """Cluster ids of stored events that share a block with one of `reports`."""
    return _sharing_blocks(conn, reports, t.events.c.cluster_id, True if anchored else None, c)


def _reports_sharing_blocks(
    conn: sa.Connection, reports: Iterable[Report], state_of: StateOf, c: Clustering, undated_only: bool
) -> list[Report]:
    """The stored (undated, if asked) reports that share a block with one of `reports`."""
    ids = _sharing_blocks(conn, reports, t.events.c.id, False if undated_only else None, c)
    return _load_reports(conn, t.events.c.id.in_, sorted(ids), state_of, c)


def _reports_in_clusters(
    conn: sa.Connection, cluster_ids: Iterable[str | None], state_of: StateOf, c: Clustering | None = None
) -> list[Report]:
    return _load_reports(conn, t.events.c.cluster_id.in_, sorted(x for x in cluster_ids if x), state_of, c)


def _load_reports(
    conn: sa.Connection,
    where: Callable[[Sequence[str]], Any],
    values: Sequence[str],
    state_of: StateOf,
    c: Clustering | None = None,
) -> list[Report]:
    """The stored reports `where` selects; with `c`, each with its story's lede as clustering reads it
    (`c.lede_shared` on), recomputed from the stored story text."""
    e, p, en = t.events.c, t.event_participants.c, t.entities.c
    ledes = c is not None and c.lede_shared > 0
    out: list[Report] = []
    for chunk in _chunks(list(values), 500):
        rows = conn.execute(
            sa.select(e.id, e.type, e.status, e.date, e.published, e.location_id).where(where(chunk))
        ).all()
        if not rows:
            continue
        parts: dict[str, list[tuple[str, str, str]]] = defaultdict(list)
        q = (
            sa.select(p.event_id, p.entity_id, p.role, en.type)
            .join(t.entities, en.id == p.entity_id, isouter=True)
            .where(p.event_id.in_([r.id for r in rows]))
        )
        for event_id, entity_id, role, etype in conn.execute(q):
            parts[event_id].append((entity_id, role, etype or ""))
        texts: dict[str, tuple[str, ...]] = {}
        if ledes:
            q = sa.select(e.id, e.story_id, t.stories.c.text).join(t.stories, t.stories.c.id == e.story_id)
            by_story: dict[str, tuple[str, ...]] = {}
            for eid, story_id, text in conn.execute(q.where(e.id.in_([r.id for r in rows]))):
                if story_id not in by_story:
                    by_story[story_id] = lede_stems(text, c)  # type: ignore[arg-type]
                texts[eid] = by_story[story_id]
        for r in rows:
            ps = parts.get(r.id, [])
            out.append(
                Report(
                    key=r.id,
                    type=r.type,
                    status=r.status,
                    date=_date(r.date),
                    published=_date(r.published),
                    people=frozenset(x for x, role, et in ps if role == "participant" and et == "PER"),
                    parties=frozenset(x for x, _, _ in ps),
                    location=r.location_id,
                    location_state=state_of(r.location_id) if r.location_id else None,
                    lede=texts.get(r.id, ()),
                )
            )
    return out


def _reconcile_clusters(conn: sa.Connection, cluster_ids: set[str], state_of: StateOf) -> None:
    """Rewrite the cluster rows of `cluster_ids` from their current members (deleting emptied ones)."""
    if not cluster_ids:
        return
    ids = sorted(cluster_ids)
    for chunk in _chunks(ids, 500):
        conn.execute(t.cluster_participants.delete().where(t.cluster_participants.c.cluster_id.in_(chunk)))
        conn.execute(t.clusters.delete().where(t.clusters.c.id.in_(chunk)))
    members = _reports_in_clusters(conn, ids, state_of)
    if not members:
        return
    e, s, d, p = t.events.c, t.stories.c, t.documents.c, t.event_participants.c
    info: dict[str, tuple[str, str | None]] = {}
    participants: dict[str, list[str]] = defaultdict(list)
    keys = [m.key for m in members]
    for chunk in _chunks(keys, 500):
        q = (
            sa.select(e.id, e.cluster_id, sa.func.coalesce(d.dup_of, d.id))
            .join(t.stories, s.id == e.story_id)
            .join(t.documents, d.id == s.document_id)
            .where(e.id.in_(chunk))
        )
        for event_id, cid, group in conn.execute(q):
            info[event_id] = (cid, group)
        q2 = (
            sa.select(p.event_id, p.entity_id)
            .where(p.event_id.in_(chunk), p.role == "participant")
            .order_by(p.pos)
        )
        for event_id, entity_id in conn.execute(q2):
            participants[event_id].append(entity_id)
    grouped: dict[str, list[Report]] = defaultdict(list)
    for m in members:
        grouped[info[m.key][0]].append(m)
    cluster_rows, part_rows = [], []
    for cid, ms in grouped.items():
        rec = reconcile(ms, [participants.get(m.key, []) for m in ms])
        published = [m.published for m in ms if m.published]
        cluster_rows.append(
            {
                "id": cid,
                "type": ms[0].type,
                "status": rec.status,
                "date": _iso(rec.date),
                "date_confidence": rec.date_confidence,
                "location_id": rec.location,
                "location_confidence": rec.location_confidence,
                "reports": len(ms),
                "sources": len({info[m.key][1] for m in ms}),
                "first_published": _iso(min(published)) if published else None,
            }
        )
        part_rows += [{"cluster_id": cid, "entity_id": ent, "support": n} for ent, n in rec.participants]
    _insert(conn, t.clusters, cluster_rows)
    _insert(conn, t.cluster_participants, part_rows)
