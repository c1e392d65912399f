"""The knowledge base's tables (SQLAlchemy Core) and its versioned migrations.

Every fact keeps its provenance: a mention, event or quote names its story, and its `part` (text or
title) and `start`/`end` are character offsets into that story's stored text, which is the original
spelling (only boilerplate lines are removed). Dates are ISO strings, so SQLite and PostgreSQL sort
and compare them alike. Ids are content hashes, so the same input always gets the same row.

A migration is a function of a connection; `MIGRATIONS[n]` brings a database from version n to n+1.
A new table or column is a new migration appended here, never an edit of an old one.
"""

from __future__ import annotations

from collections.abc import Callable

import sqlalchemy as sa

metadata = sa.MetaData()

meta = sa.Table(
    "meta",
    metadata,
    sa.Column("key", sa.String, primary_key=True),
    sa.Column("value", sa.String, nullable=False),
)

documents = sa.Table(
    "documents",
    metadata,
    sa.Column("id", sa.String, primary_key=True),  # sha256 of the input text (first 32 hex digits)
    sa.Column("source", sa.String, nullable=False),  # the path as first given
    sa.Column("fmt", sa.String, nullable=False),
    sa.Column("encoding", sa.String),
    sa.Column("url", sa.String),
    sa.Column("title", sa.String),
    sa.Column("outlet", sa.String),
    sa.Column("published", sa.String),
    sa.Column("dup_of", sa.String, index=True),  # the near-duplicate group: the smallest document id in it
    sa.Column("minhash", sa.LargeBinary),
    sa.Column("seq", sa.Integer, nullable=False),  # arrival order, for progress and resuming only
)

stories = sa.Table(
    "stories",
    metadata,
    sa.Column("id", sa.String, primary_key=True),
    sa.Column("document_id", sa.String, sa.ForeignKey("documents.id"), nullable=False, index=True),
    sa.Column("idx", sa.Integer, nullable=False),
    sa.Column("title", sa.String),
    sa.Column("text", sa.Text, nullable=False),
    sa.Column("published", sa.String, index=True),
    sa.Column("outlet", sa.String, index=True),
    sa.Column("dateline", sa.String),
)

entities = sa.Table(
    "entities",
    metadata,
    sa.Column("id", sa.String, primary_key=True),  # catalog id, or nil:<hash> for names the catalog lacks
    sa.Column("type", sa.String, nullable=False),
    sa.Column("kind", sa.String),
    sa.Column("name_en", sa.String, nullable=False),
    sa.Column("name_ar", sa.String, nullable=False),
    sa.Column("qid", sa.String),
    sa.Column("nil", sa.Boolean, nullable=False),
)

aliases = sa.Table(
    "aliases",
    metadata,
    sa.Column("entity_id", sa.String, sa.ForeignKey("entities.id"), primary_key=True),
    sa.Column("key", sa.String, primary_key=True, index=True),  # rasd.nlp.catalog.name_key of the surface
    sa.Column("surface", sa.String, nullable=False),  # as first written
)

mentions = sa.Table(
    "mentions",
    metadata,
    sa.Column("story_id", sa.String, sa.ForeignKey("stories.id"), primary_key=True),
    sa.Column("part", sa.String, primary_key=True),
    sa.Column("start", sa.Integer, primary_key=True),
    sa.Column("end", sa.Integer, nullable=False),
    sa.Column("entity_id", sa.String, sa.ForeignKey("entities.id"), nullable=False, index=True),
    sa.Column("text", sa.String, nullable=False),
    sa.Column("source", sa.String, nullable=False),
)

events = sa.Table(
    "events",
    metadata,
    sa.Column("id", sa.String, primary_key=True),  # <story id>:<index in the story>
    sa.Column("story_id", sa.String, sa.ForeignKey("stories.id"), nullable=False, index=True),
    sa.Column("type", sa.String, nullable=False, index=True),
    sa.Column("status", sa.String, nullable=False),
    sa.Column("date", sa.String),  # as the report gives it
    sa.Column("date_text", sa.String),
    sa.Column("published", sa.String),  # the story's (else the document's) date: a report's anchor
    sa.Column("location_id", sa.String),
    sa.Column("trigger", sa.String, nullable=False),
    sa.Column("part", sa.String, nullable=False),
    sa.Column("start", sa.Integer, nullable=False),
    sa.Column("end", sa.Integer, nullable=False),
    sa.Column("cluster_id", sa.String, index=True),
)

event_participants = sa.Table(
    "event_participants",
    metadata,
    sa.Column("event_id", sa.String, sa.ForeignKey("events.id"), primary_key=True),
    sa.Column("entity_id", sa.String, sa.ForeignKey("entities.id"), primary_key=True, index=True),
    sa.Column("pos", sa.Integer, nullable=False),
    sa.Column("role", sa.String, nullable=False),  # participant | actor (the state a leader serves)
)

quotes = sa.Table(
    "quotes",
    metadata,
    sa.Column("id", sa.String, primary_key=True),  # <story id>:q<index>
    sa.Column("story_id", sa.String, sa.ForeignKey("stories.id"), nullable=False, index=True),
    sa.Column("speaker_id", sa.String, index=True),
    sa.Column("text", sa.Text, nullable=False),
    sa.Column("direct", sa.Boolean, nullable=False),
    sa.Column("trigger", sa.String),
    sa.Column("part", sa.String, nullable=False),
    sa.Column("start", sa.Integer, nullable=False),
    sa.Column("end", sa.Integer, nullable=False),
)

clusters = sa.Table(
    "clusters",
    metadata,
    sa.Column("id", sa.String, primary_key=True),
    sa.Column("type", sa.String, nullable=False, index=True),
    sa.Column("status", sa.String, nullable=False),
    sa.Column("date", sa.String, index=True),  # reconciled from the members
    sa.Column("date_confidence", sa.Float),  # share of dated members that agree with `date`
    sa.Column("location_id", sa.String),
    sa.Column("location_confidence", sa.Float),
    sa.Column("reports", sa.Integer, nullable=False),  # member events
    sa.Column("sources", sa.Integer, nullable=False),  # distinct documents, near-duplicates counted once
    sa.Column("first_published", sa.String),
)

cluster_participants = sa.Table(
    "cluster_participants",
    metadata,
    sa.Column("cluster_id", sa.String, sa.ForeignKey("clusters.id"), primary_key=True),
    sa.Column("entity_id", sa.String, sa.ForeignKey("entities.id"), primary_key=True, index=True),
    sa.Column("support", sa.Integer, nullable=False),  # member events that name this participant
)

failures = sa.Table(
    "failures",
    metadata,
    sa.Column("source", sa.String, primary_key=True),
    sa.Column("code", sa.String, nullable=False),
    sa.Column("error", sa.String, nullable=False),
)


V1_TABLES = (meta, documents, stories, entities, aliases, mentions, events, event_participants, quotes)
V1_TABLES += (clusters, cluster_participants, failures)


def _v0_to_v1(conn: sa.Connection) -> None:
    """The first schema: the tables above, and the full-text index where the backend has one."""
    metadata.create_all(conn, tables=V1_TABLES)
    # the full-text index: rows are (story id, analysed title, analysed body) on either backend
    if conn.dialect.name == "sqlite":
        conn.exec_driver_sql(
            "CREATE VIRTUAL TABLE IF NOT EXISTS story_fts USING fts5("
            "story_id UNINDEXED, title, body, tokenize = 'unicode61 remove_diacritics 0')"
        )
    elif conn.dialect.name == "postgresql":
        # the text is already analysed by rasd (clitics, Snowball): the 'simple' configuration only splits it
        conn.exec_driver_sql(
            "CREATE TABLE IF NOT EXISTS story_fts (story_id TEXT PRIMARY KEY REFERENCES stories(id), "
            "title TEXT, body TEXT, tsv TSVECTOR GENERATED ALWAYS AS ("
            "setweight(to_tsvector('simple', coalesce(title, '')), 'A') || "
            "setweight(to_tsvector('simple', coalesce(body, '')), 'B')) STORED)"
        )
        conn.exec_driver_sql("CREATE INDEX IF NOT EXISTS story_fts_tsv ON story_fts USING gin (tsv)")


#: MIGRATIONS[n] takes a database at version n to version n + 1.
MIGRATIONS: tuple[Callable[[sa.Connection], None], ...] = (_v0_to_v1,)
SCHEMA_VERSION = len(MIGRATIONS)
