"""A knowledge base built once from the packaged demo corpus; each test module works on its own copy."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from rasd.kb.ingest import ingest_paths
from rasd.kb.store import Store
from rasd.resources import data_path
from rasd.settings import Settings


@pytest.fixture(scope="session")
def demo_db(tmp_path_factory) -> Path:
    """The demo corpus ingested once (about 10 s); closed, so the file is whole without its WAL."""
    path = tmp_path_factory.mktemp("api_demo") / "kb.db"
    with Store.open(path, Settings()) as store:
        ingest_paths([data_path("demo/pages")], store, Settings())
    return path


@pytest.fixture(scope="module")
def db_copy(demo_db, tmp_path_factory) -> Path:
    """A copy of the demo store for one module, so writes in one module never change another's."""
    target = tmp_path_factory.mktemp("api_db") / "kb.db"
    shutil.copyfile(demo_db, target)
    return target
