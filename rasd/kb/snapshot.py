"""A store's content as plain sorted rows, and the checks a store must pass after any interruption.

Used to prove that a killed and rerun ingest ends exactly where a clean one does
(`benchmarks/kill.py`, `tests/kb/test_kill.py`): ids are content hashes, so two stores of the same
input must hold the same rows, save the columns that record arrival order (`ARRIVAL_COLUMNS`).
"""

from __future__ import annotations

from collections import defaultdict

import sqlalchemy as sa

from rasd.kb import schema as t
from rasd.kb.store import Store

#: Columns that record when a row arrived, not what it says: they may differ between two runs.
ARRIVAL_COLUMNS: dict[str, frozenset[str]] = {"documents": frozenset({"seq"})}
#: Columns that depend on which other documents are stored: a partial store may differ there.
CORPUS_COLUMNS: dict[str, frozenset[str]] = {
    "documents": frozenset({"dup_of"}),
    "events": frozenset({"cluster_id"}),
}
FTS_COLUMNS = ("story_id", "title", "body")

Rows = list[tuple]


def _key(row: tuple) -> tuple:
    """A sort key for rows holding None next to values of one type."""
    return tuple((v is None, v if v is not None else 0) for v in row)


def snapshot(
    store: Store, skip: dict[str, frozenset[str]] | None = None
) -> dict[str, tuple[tuple[str, ...], Rows]]:
    """Every table as (column names, sorted rows), arrival columns (and `skip`) left out.

    The full-text table is read as (story_id, title, body) on either backend.
    """
    skip = skip or {}
    out: dict[str, tuple[tuple[str, ...], Rows]] = {}
    with store.connect() as conn:
        for table in t.V1_TABLES:
            left_out = ARRIVAL_COLUMNS.get(table.name, frozenset()) | skip.get(table.name, frozenset())
            cols = [c for c in table.columns if c.name not in left_out]
            rows = [tuple(r) for r in conn.execute(sa.select(*cols))]
            out[table.name] = (tuple(c.name for c in cols), sorted(rows, key=_key))
        fts = conn.exec_driver_sql(f"SELECT {', '.join(FTS_COLUMNS)} FROM story_fts")
        out["story_fts"] = (FTS_COLUMNS, sorted((tuple(r) for r in fts), key=_key))
    return out


def story_of(table: str, columns: tuple[str, ...], row: tuple) -> str | None:
    """The story a row belongs to, for the tables that hang off stories."""
    names = dict(zip(columns, row, strict=True))
    if table == "stories":
        return str(names["id"])
    if table == "event_participants":
        return str(names["event_id"]).rsplit(":", 1)[0]  # event ids are <story id>:<index>
    if "story_id" in names:
        return str(names["story_id"])
    return None


def by_document(snap: dict[str, tuple[tuple[str, ...], Rows]]) -> dict[str, dict[str, Rows]]:
    """Document id → table → that document's rows (the document's own row and its stories' rows)."""
    cols, stories = snap["stories"]
    doc_of = {row[cols.index("id")]: row[cols.index("document_id")] for row in stories}
    out: dict[str, dict[str, Rows]] = defaultdict(lambda: defaultdict(list))
    dcols, docs = snap["documents"]
    for row in docs:
        out[row[dcols.index("id")]]["documents"].append(row)
    for table, (columns, rows) in snap.items():
        for row in rows:
            story = story_of(table, columns, row)
            if story is not None and table != "documents":
                out[doc_of.get(story, "?" + story)][table].append(row)
    return out


def differences(
    a: dict[str, tuple[tuple[str, ...], Rows]], b: dict[str, tuple[tuple[str, ...], Rows]]
) -> list[str]:
    """One line per table whose rows differ: counts and the first row found on one side only."""
    found = []
    for table in sorted(set(a) | set(b)):
        rows_a, rows_b = a.get(table, ((), []))[1], b.get(table, ((), []))[1]
        if rows_a == rows_b:
            continue
        only_a = sorted(set(rows_a) - set(rows_b), key=_key)
        only_b = sorted(set(rows_b) - set(rows_a), key=_key)
        example = repr((only_a or only_b or [None])[0])[:200]
        found.append(
            f"{table}: {len(rows_a)} rows against {len(rows_b)}; {len(only_a)} only in the first, "
            f"{len(only_b)} only in the second (e.g. {example})"
        )
    return found


def _missing(rows: str, parents: str, joined: str, where: str = "") -> str:
    """SQL counting the rows of `rows` (a table and its alias) with no row of `parents` that matches."""
    return f"SELECT count(*) FROM {rows} WHERE {where}NOT EXISTS (SELECT 1 FROM {parents} WHERE {joined})"


def problems(store: Store) -> list[str]:
    """What no store may hold: a key twice, a row whose parent is missing, a document without stories."""
    checks = {
        "full-text rows of one story more than once": (
            "SELECT count(*) FROM (SELECT story_id FROM story_fts GROUP BY story_id HAVING count(*) > 1) d"
        ),
        "full-text rows without their story": _missing("story_fts f", "stories s", "s.id = f.story_id"),
        "stories without a full-text row": _missing("stories s", "story_fts f", "f.story_id = s.id"),
        "documents without stories": _missing("documents d", "stories s", "s.document_id = d.id"),
        "stories without their document": _missing("stories s", "documents d", "d.id = s.document_id"),
        "events without their story": _missing("events e", "stories s", "s.id = e.story_id"),
        "mentions without their story": _missing("mentions m", "stories s", "s.id = m.story_id"),
        "quotes without their story": _missing("quotes q", "stories s", "s.id = q.story_id"),
        "participants without their event": _missing("event_participants p", "events e", "e.id = p.event_id"),
        "events in a cluster that is not stored": _missing(
            "events e", "clusters c", "c.id = e.cluster_id", "e.cluster_id IS NOT NULL AND "
        ),
        "clusters without events": _missing("clusters c", "events e", "e.cluster_id = c.id"),
    }
    found = []
    with store.connect() as conn:
        for table in t.V1_TABLES:
            keys = [c.name for c in table.primary_key.columns]
            if keys:
                q = sa.select(sa.func.count()).select_from(
                    sa.select(*table.primary_key.columns)
                    .group_by(*keys)
                    .having(sa.func.count() > 1)
                    .subquery()
                )
                if n := conn.execute(q).scalar():
                    found.append(f"{table.name}: {n} keys stored twice")
        for what, sql in checks.items():
            if n := conn.exec_driver_sql(sql).scalar():
                found.append(f"{n} {what}")
    return found
