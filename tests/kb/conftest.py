"""Store fixtures: every store test runs on SQLite and on a real PostgreSQL.

PostgreSQL: the server named by RASD_TEST_POSTGRES (a SQLAlchemy URL of a role that may create
databases; default postgresql+psycopg://rasd:rasd@localhost/rasd_test, which .ci/run sets up). Each
test gets a database of its own, dropped afterwards. Where no server answers, the PostgreSQL cases
skip with the reason, except under RASD_REQUIRE_POSTGRES=1 (set by .ci/run), where they fail.
"""

from __future__ import annotations

import os
import uuid
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
import sqlalchemy as sa

from rasd.kb.store import Store
from rasd.settings import Settings

PG_URL = os.environ.get("RASD_TEST_POSTGRES", "postgresql+psycopg://rasd:rasd@localhost/rasd_test")


def _admin() -> sa.Engine:
    engine = sa.create_engine(PG_URL, isolation_level="AUTOCOMMIT")
    try:
        with engine.connect() as conn:
            conn.execute(sa.text("SELECT 1"))
    except Exception as exc:
        if os.environ.get("RASD_REQUIRE_POSTGRES") == "1":
            pytest.fail(f"PostgreSQL is required here but {PG_URL} does not answer: {exc}")
        pytest.skip(f"no PostgreSQL at {PG_URL} (set RASD_TEST_POSTGRES): {type(exc).__name__}")
    return engine


@pytest.fixture(scope="module")
def postgres_admin() -> Iterator[sa.Engine]:
    """An AUTOCOMMIT engine on the test server, for creating and dropping databases (or a skip)."""
    engine = _admin()
    yield engine
    engine.dispose()


@pytest.fixture(scope="module", params=["sqlite", "postgresql"])
def make_store(request, tmp_path_factory) -> Iterator[Callable[..., Store]]:
    """A factory of empty stores on one backend: make_store(name, settings=None)."""
    made: list[tuple[Store, str | None]] = []
    admin = _admin() if request.param == "postgresql" else None

    def make(name: str = "kb", settings: Settings | None = None) -> Store:
        if admin is None:
            store = Store.open(tmp_path_factory.mktemp("kb") / f"{name}.db", settings)
            made.append((store, None))
            return store
        db = f"rasd_t_{uuid.uuid4().hex[:12]}"
        with admin.connect() as conn:
            conn.execute(sa.text(f'CREATE DATABASE "{db}"'))
        store = Store.open(admin.url.set(database=db).render_as_string(hide_password=False), settings)
        made.append((store, db))
        return store

    yield make
    for store, db in made:
        store.close()
        if admin is not None and db:
            with admin.connect() as conn:
                conn.execute(sa.text(f'DROP DATABASE IF EXISTS "{db}" WITH (FORCE)'))
    if admin is not None:
        admin.dispose()


def sqlite_path(store: Store) -> Path | None:
    return (
        Path(store.engine.url.database) if store.dialect == "sqlite" and store.engine.url.database else None
    )
