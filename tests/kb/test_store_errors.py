"""A store that cannot be used is one line `error E4xx: …` naming it and what to do, exit 2, never a traceback.

Every command that opens a store is tried on each case: a file that is not SQLite, a truncated SQLite
file, a database another writer keeps locked, a read-only file or folder, a PostgreSQL URL that does
not answer.
"""

from __future__ import annotations

import os
import sqlite3
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
import sqlalchemy as sa
from typer.testing import CliRunner

from rasd.cli.main import app
from rasd.errors import StoreReadOnlyError
from rasd.kb.store import Store, store_error
from rasd.settings import Settings

runner = CliRunner()
COMMANDS = [["ingest", "{text}"], ["search", "وزير"], ["entity", "بوتين"], ["timeline", "Russia"]]
COMMANDS += [
    ["cluster", "c0"],
    ["graph", "--out", "{out}/g.graphml"],
    ["export", "--format", "jsonl", "--out", "{out}/x"],
]
TEXT = "قال وزير الخارجية السعودي إن المحادثات مع نظيره الروسي في الرياض كانت مثمرة وبناءة للغاية.\n"


def _run(args: list[str], db: str, tmp_path: Path) -> tuple[int, str]:
    text = tmp_path / "in.txt"
    text.write_text(TEXT, encoding="utf-8")
    filled = [a.format(text=text, out=tmp_path) for a in args]
    result = runner.invoke(app, [*filled, "--db", db])
    return result.exit_code, result.output


def _assert_one_line(code: int, output: str, error: str, names: str) -> None:
    lines = [line for line in output.splitlines() if line.strip()]
    assert code == 2, output
    assert "Traceback" not in output
    assert len(lines) == 1, output
    assert lines[0].startswith(f"error {error}: "), output
    assert names in lines[0], output


@pytest.fixture(scope="module")
def good(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("good") / "kb.db"
    assert runner.invoke(app, ["ingest", "--db", str(path), "--quiet"]).exit_code == 0
    return path


@pytest.mark.parametrize("args", COMMANDS, ids=lambda a: a[0])
def test_a_file_that_is_not_sqlite(tmp_path: Path, args: list[str]) -> None:
    bad = tmp_path / "random.db"
    bad.write_bytes(os.urandom(50_000))
    code, output = _run(args, str(bad), tmp_path)
    _assert_one_line(code, output, "E401", str(bad))
    assert "move this file away" in output


@pytest.mark.parametrize("args", COMMANDS, ids=lambda a: a[0])
def test_a_truncated_database(tmp_path: Path, good: Path, args: list[str]) -> None:
    bad = tmp_path / "truncated.db"
    data = good.read_bytes()
    bad.write_bytes(data[: len(data) // 3])
    code, output = _run(args, str(bad), tmp_path)
    _assert_one_line(code, output, "E401", str(bad))


@pytest.fixture
def locked(tmp_path: Path, good: Path) -> Iterator[Path]:
    """A copy of the good store whose write lock another connection holds."""
    path = tmp_path / "locked.db"
    path.write_bytes(good.read_bytes())
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("BEGIN EXCLUSIVE")
    conn.execute("INSERT INTO meta VALUES ('lock', 'held')")
    yield path
    conn.rollback()
    conn.close()


def test_a_locked_database_waits_the_busy_timeout_then_says_so(
    tmp_path: Path, locked: Path, monkeypatch
) -> None:
    monkeypatch.setenv("RASD_DB_BUSY_TIMEOUT_S", "0.5")
    started = time.perf_counter()
    code, output = _run(["ingest", "{text}"], str(locked), tmp_path)
    _assert_one_line(code, output.replace("\r", "\n"), "E402", str(locked))
    assert "waited 0.5 s" in output and "RASD_DB_BUSY_TIMEOUT_S" in output
    assert time.perf_counter() - started >= 0.5


def test_reading_a_locked_database_still_works(tmp_path: Path, locked: Path) -> None:
    """WAL: a writer's lock does not stop readers, so queries answer during an ingest."""
    code, output = _run(["search", "وزير"], str(locked), tmp_path)
    assert code == 0, output


def test_a_folder_that_cannot_be_made(tmp_path: Path) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("x")
    db = blocker / "sub" / "kb.db"  # its "folder" is a file: even root cannot make it
    code, output = _run(["ingest", "{text}"], str(db), tmp_path)
    _assert_one_line(code, output, "E403", str(db))


@pytest.mark.skipif(os.geteuid() == 0, reason="root writes read-only files; the translation is tested below")
def test_a_read_only_file(tmp_path: Path, good: Path) -> None:
    path = tmp_path / "ro.db"
    path.write_bytes(good.read_bytes())
    path.chmod(0o444)
    code, output = _run(["ingest", "{text}"], str(path), tmp_path)
    _assert_one_line(code, output, "E403", str(path))


@pytest.mark.parametrize("message", ["attempt to write a readonly database", "unable to open database file"])
def test_sqlite_read_only_errors_become_e403(good: Path, message: str) -> None:
    with Store.open(good) as store:
        exc = sa.exc.OperationalError("INSERT …", {}, sqlite3.OperationalError(message))
        error = store_error(exc, store)
    assert isinstance(error, StoreReadOnlyError) and error.code == "E403"
    assert str(good) in str(error) and "\n" not in str(error)


@pytest.mark.parametrize("args", COMMANDS[:2], ids=lambda a: a[0])
def test_a_postgresql_server_that_does_not_answer(tmp_path: Path, args: list[str], monkeypatch) -> None:
    monkeypatch.setenv("RASD_DB_CONNECT_TIMEOUT_S", "2")
    url = "postgresql+psycopg://rasd:secret@127.0.0.1:1/none"  # port 1: nothing listens
    code, output = _run(args, url, tmp_path)
    _assert_one_line(code, output, "E405", "127.0.0.1:1/none")
    assert "secret" not in output


def test_serve_on_a_damaged_database(tmp_path: Path) -> None:
    bad = tmp_path / "random.db"
    bad.write_bytes(os.urandom(50_000))
    result = runner.invoke(app, ["serve", "--db", str(bad)])
    _assert_one_line(result.exit_code, result.output, "E401", str(bad))


def test_the_busy_timeout_reaches_sqlite(tmp_path: Path) -> None:
    with Store.open(tmp_path / "kb.db", Settings(db_busy_timeout_s=2.5)) as store, store.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA busy_timeout").scalar() == 2500
