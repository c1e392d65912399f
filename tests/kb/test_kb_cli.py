"""The knowledge-base commands end to end through the CLI: JSON out, clear errors, exit codes."""

from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

from rasd.cli.main import app

runner = CliRunner()


@pytest.fixture(scope="module")
def db(tmp_path_factory) -> str:
    path = str(tmp_path_factory.mktemp("cli") / "kb.db")
    result = runner.invoke(app, ["ingest", "--db", path, "--quiet"])  # no path: the demo corpus
    assert result.exit_code == 0, result.output
    return path


def test_ingest_twice_adds_nothing(db: str) -> None:
    result = runner.invoke(app, ["ingest", "--db", db])
    assert result.exit_code == 0, result.output
    assert "documents added" in result.output


def test_timeline_json(db: str) -> None:
    result = runner.invoke(
        app, ["timeline", "بوتين", "--with", "Erdogan", "--type", "meet", "--db", db, "--json"]
    )
    assert result.exit_code == 0, result.output
    clusters = json.loads(result.stdout)
    assert clusters and all(c["type"] == "meet" for c in clusters)
    assert all(c["sources"] for c in clusters)


def test_search_json_and_bad_query(db: str) -> None:
    ok = runner.invoke(app, ["search", "الرئيس", "--db", db, "--json"])
    assert ok.exit_code == 0 and json.loads(ok.stdout)
    bad = runner.invoke(app, ["search", '"الرئيس', "--db", db])
    assert bad.exit_code == 2
    assert "E410" in bad.output and "Traceback" not in bad.output


def test_entity_and_unknown_entity(db: str) -> None:
    ok = runner.invoke(app, ["entity", "Putin", "--db", db, "--json"])
    assert ok.exit_code == 0 and json.loads(ok.stdout)["entity"]["name_en"] == "Vladimir Putin"
    missing = runner.invoke(app, ["entity", "Nobody At All", "--db", db])
    assert missing.exit_code == 2 and "E404" in missing.output


def test_bad_date_is_a_clear_error(db: str) -> None:
    result = runner.invoke(app, ["timeline", "Putin", "--from", "last year", "--db", db])
    assert result.exit_code == 2 and "YYYY-MM-DD" in result.output


def test_graph_and_export(db: str, tmp_path) -> None:
    graph = runner.invoke(app, ["graph", "--db", db, "--out", str(tmp_path / "g.graphml")])
    assert graph.exit_code == 0, graph.output
    assert (tmp_path / "g.graphml").stat().st_size > 0
    bad = runner.invoke(app, ["graph", "--db", db, "--out", str(tmp_path / "g.png")])
    assert bad.exit_code == 2
    export = runner.invoke(app, ["export", "--format", "jsonl", "--out", str(tmp_path / "x"), "--db", db])
    assert export.exit_code == 0, export.output
    assert (tmp_path / "x" / "events.jsonl").exists()
    unknown = runner.invoke(app, ["export", "--format", "xls", "--out", str(tmp_path / "y"), "--db", db])
    assert unknown.exit_code == 2
