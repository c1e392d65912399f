"""Throwaway stores for checks that compare whole runs: SQLite files in a folder, or fresh databases on
a PostgreSQL server, made one per store and dropped together.

Used by the kill-and-resume checks (`benchmarks/kill.py`, `tests/kb/test_kill.py`), which start
`rasd ingest` on a store in a subprocess and watch it from outside while it runs.
"""

from __future__ import annotations

import sqlite3
import uuid
from pathlib import Path

import sqlalchemy as sa


class ScratchStores:
    """Where the stores go: `work` for SQLite files; with `admin` (an AUTOCOMMIT engine of a role that
    may create databases), a new PostgreSQL database per store instead."""

    def __init__(self, work: Path, admin: sa.Engine | None = None) -> None:
        self.work, self.admin = work, admin
        self.made: list[str] = []

    def new(self, name: str) -> str:
        """A target for `--db` / `Store.open`: a path that does not exist yet, or the URL of an empty
        database."""
        if self.admin is None:
            return str(self.work / f"{name}-{uuid.uuid4().hex[:8]}.db")
        db = f"rasd_scratch_{uuid.uuid4().hex[:12]}"
        with self.admin.connect() as conn:
            conn.execute(sa.text(f'CREATE DATABASE "{db}"'))
        self.made.append(db)
        return self.admin.url.set(database=db).render_as_string(hide_password=False)

    def begun(self, target: str) -> bool:
        """A run has started writing the store: the SQLite file exists, or the database has a table."""
        if self.admin is None:
            return Path(target).exists()
        engine = sa.create_engine(target)
        try:
            with engine.connect() as conn:
                query = "SELECT count(*) FROM information_schema.tables WHERE table_schema = 'public'"
                return bool(conn.execute(sa.text(query)).scalar())
        finally:
            engine.dispose()

    def documents(self, target: str) -> int:
        """Documents committed so far, read without waiting on the writer; -1 while there is no
        `documents` table yet (not created or not migrated)."""
        if self.admin is None:
            if not Path(target).exists():
                return -1
            try:
                with sqlite3.connect(f"file:{target}?mode=ro", uri=True, timeout=0.1) as conn:
                    return int(conn.execute("SELECT count(*) FROM documents").fetchone()[0])
            except sqlite3.Error:
                return -1
        engine = sa.create_engine(target)
        try:
            with engine.connect() as conn:
                return int(conn.execute(sa.text("SELECT count(*) FROM documents")).scalar() or 0)
        except sa.exc.DBAPIError:
            return -1
        finally:
            engine.dispose()

    def drop(self) -> None:
        """Drop every database made here (SQLite files go with their folder)."""
        if self.admin is None:
            return
        with self.admin.connect() as conn:
            for db in self.made:
                conn.execute(sa.text(f'DROP DATABASE IF EXISTS "{db}" WITH (FORCE)'))
        self.made.clear()
