"""Every read endpoint of the HTTP API on the demo knowledge base: happy paths, filters, pages, errors."""

from __future__ import annotations

import io
import json
import zipfile

import pytest

pytest.importorskip("fastapi")

from fastapi.testclient import TestClient

from rasd.api.app import STATIC, create_app
from rasd.api.config import ApiConfig

PUTIN = "per:vladimir-putin"


@pytest.fixture(scope="module")
def client(db_copy):
    with TestClient(create_app(db_copy, config=ApiConfig(token="secret"))) as c:
        yield c


def ok(response) -> dict:
    assert response.status_code == 200, response.text
    assert response.headers["content-type"].startswith("application/json")
    return response.json()


def error(response, status: int, code: str) -> str:
    assert response.status_code == status, response.text
    body = response.json()
    assert set(body) == {"error"} and body["error"]["code"] == code, body
    return body["error"]["message"]


# ---------------------------------------------------------------------- health, docs, errors


def test_health(client):
    body = ok(client.get("/api/health"))
    assert body["status"] == "ok" and body["schema_version"] >= 1
    assert body["counts"]["documents"] > 20 and body["counts"]["clusters"] > 0


def test_openapi_docs(client):
    assert client.get("/docs").status_code == 200
    paths = ok(client.get("/openapi.json"))["paths"]
    for path in (
        "/api/health",
        "/api/search",
        "/api/entities",
        "/api/entities/{entity_id}",
        "/api/timeline",
        "/api/clusters",
        "/api/clusters/{cluster_id}",
        "/api/documents",
        "/api/documents/{document_id}",
        "/api/stories/{story_id}",
        "/api/graph",
        "/api/export",
        "/api/ingest",
        "/api/jobs/{job_id}",
    ):
        assert path in paths, path


def test_unknown_route_is_json_404(client):
    error(client.get("/api/no-such-thing"), 404, "not_found")


def test_static_ui_when_present(client):
    response = client.get("/")
    if STATIC.is_dir():
        assert response.status_code == 200 and "html" in response.headers["content-type"]
    else:
        assert response.status_code == 200 and "/docs" in str(response.url)


def test_a_bug_is_a_logged_json_500(db_copy, monkeypatch, caplog):
    from rasd.kb import queries

    def broken(*args, **kwargs):
        raise RuntimeError("a bug")

    monkeypatch.setattr(queries, "list_entities", broken)
    with TestClient(create_app(db_copy, config=ApiConfig()), raise_server_exceptions=False) as c:
        error(c.get("/api/entities"), 500, "internal_error")
    assert "a bug" in caplog.text


def test_unreadable_token_file_stops_the_start(db_copy, tmp_path, monkeypatch):
    from rasd.api.config import ConfigError

    monkeypatch.delenv("RASD_API_TOKEN", raising=False)
    monkeypatch.setenv("RASD_API_TOKEN_FILE", str(tmp_path / "missing"))
    with pytest.raises(ConfigError, match="RASD_API_TOKEN_FILE"):
        create_app(db_copy)


def test_method_not_allowed_is_json(client):
    assert client.post("/api/health").status_code in (404, 405)
    assert "error" in client.post("/api/health").json()


# ---------------------------------------------------------------------- search


def test_search_hits_and_facets(client):
    body = ok(client.get("/api/search", params={"q": "بوتين"}))
    assert body["query"] == "بوتين" and body["limit"] == 20 and body["offset"] == 0
    assert body["items"], "the demo corpus has stories about Putin"
    hit = body["items"][0]
    assert set(hit) >= {
        "story_id",
        "document",
        "title",
        "outlet",
        "published",
        "snippet",
        "score",
        "duplicates",
    }
    assert "[" in hit["snippet"]
    facets = body["facets"]
    assert facets["outlet"] and all(set(f) == {"value", "count"} for f in facets["outlet"])
    assert PUTIN in {f["id"] for f in facets["entity"]}
    assert {"id", "name_en", "name_ar", "count"} <= set(facets["entity"][0])
    assert facets["type"] and all(f["count"] > 0 for f in facets["type"])
    counts = [f["count"] for f in facets["entity"]]
    assert counts == sorted(counts, reverse=True)


def test_search_pagination(client):
    whole = ok(client.get("/api/search", params={"q": "الرئيس", "limit": 6}))["items"]
    first = ok(client.get("/api/search", params={"q": "الرئيس", "limit": 3}))["items"]
    second = ok(client.get("/api/search", params={"q": "الرئيس", "limit": 3, "offset": 3}))
    assert len(whole) == 6 and second["offset"] == 3
    assert [h["story_id"] for h in first + second["items"]] == [h["story_id"] for h in whole]


def test_search_filters(client):
    by_entity = ok(client.get("/api/search", params={"q": "الرئيس", "entity": "Putin", "limit": 50}))["items"]
    assert by_entity
    for hit in by_entity:
        story = ok(client.get(f"/api/stories/{hit['story_id']}"))
        assert PUTIN in {m["entity_id"] for m in story["mentions"]}
    dated = ok(client.get("/api/search", params={"q": "الرئيس", "from": "2025-01-01", "to": "2025-12-31"}))
    assert dated["items"]
    assert all("2025-01-01" <= h["published"] <= "2025-12-31" for h in dated["items"])


@pytest.mark.parametrize(
    ("params", "code"),
    [
        ({"q": '"بوتين'}, "bad_query"),
        ({"q": "OR"}, "bad_query"),
        ({"q": "   "}, "bad_query"),
        ({}, "bad_request"),
        ({"q": "بوتين", "from": "2024-13-01"}, "bad_request"),
        ({"q": "بوتين", "to": "yesterday"}, "bad_request"),
        ({"q": "بوتين", "limit": 0}, "bad_request"),
        ({"q": "بوتين", "limit": "many"}, "bad_request"),
        ({"q": "بوتين", "offset": -1}, "bad_request"),
    ],
)
def test_search_bad_input_is_400(client, params, code):
    message = error(client.get("/api/search", params=params), 400, code)
    assert message


def test_search_unknown_entity_is_404(client):
    error(client.get("/api/search", params={"q": "بوتين", "entity": "Nobody Atall"}), 404, "not_found")


# ---------------------------------------------------------------------- entities


@pytest.mark.parametrize("q", ["بوتين", "Putin", "putin", "لبوتين", "الرئيس الروسي"])
def test_entities_by_name_in_either_language(client, q):
    body = ok(client.get("/api/entities", params={"q": q}))
    assert PUTIN in [e["id"] for e in body["items"]], q


def test_entities_pages_and_type(client):
    first = ok(client.get("/api/entities", params={"limit": 5}))
    second = ok(client.get("/api/entities", params={"limit": 5, "offset": 5}))
    assert first["total"] == second["total"] > 10 and len(first["items"]) == 5
    mentions = [e["mentions"] for e in first["items"] + second["items"]]
    assert mentions == sorted(mentions, reverse=True)
    assert not {e["id"] for e in first["items"]} & {e["id"] for e in second["items"]}
    places = ok(client.get("/api/entities", params={"type": "LOC", "limit": 200}))
    assert places["items"] and all(e["type"] == "LOC" for e in places["items"])
    assert places["total"] < first["total"]


def test_entity_page(client):
    page = ok(client.get(f"/api/entities/{PUTIN}"))
    assert page["entity"] == {
        "id": PUTIN,
        "name_en": "Vladimir Putin",
        "name_ar": "فلاديمير بوتين",
        "type": "PER",
    }
    assert page["aliases"] and all(isinstance(a, str) and n >= 0 for a, n in page["aliases"])
    assert any(r["of"] == "Russia" for r in page["roles"])
    assert page["events"] and page["quotes"] and page["cooccurring"]
    assert page["mentions"] > 0 and page["stories"] > 0
    ref, n = page["cooccurring"][0]
    assert set(ref) == {"id", "name_en", "name_ar", "type"} and n > 0


def test_entity_unknown_id_is_404(client):
    error(client.get("/api/entities/per:nobody-at-all"), 404, "not_found")
    error(client.get("/api/entities/Putin"), 404, "not_found")  # a name is not an id here


# ---------------------------------------------------------------------- timeline and clusters


def test_timeline_in_date_order(client):
    found = ok(client.get("/api/timeline", params={"entity": "بوتين"}))
    assert found
    dates = [c["date"] for c in found if c["date"]]
    assert dates == sorted(dates)
    assert all(c["type"] in ("meet", "call", "visit") and c["status"] == "occurred" for c in found)
    cluster = found[0]
    assert cluster["sources"] and cluster["participants"]
    ref, support = cluster["participants"][0]
    assert set(ref) == {"id", "name_en", "name_ar", "type"} and support >= 1


def test_timeline_filters(client):
    every = ok(
        client.get("/api/timeline", params={"entity": PUTIN, "status": "any", "type": ["meet", "call"]})
    )
    assert every and all(c["type"] in ("meet", "call") for c in every)
    with_xi = ok(
        client.get("/api/timeline", params={"entity": "Putin", "with": "Xi Jinping", "status": "any"})
    )
    assert with_xi
    for c in with_xi:
        assert {PUTIN, "per:xi-jinping"} <= {p["id"] for p, _ in c["participants"]}
    dated = ok(client.get("/api/timeline", params={"entity": PUTIN, "from": "2025-01-01", "status": "any"}))
    assert all(c["date"] and c["date"] >= "2025-01-01" for c in dated)


@pytest.mark.parametrize(
    "params",
    [
        {},
        {"entity": PUTIN, "type": "dance"},
        {"entity": PUTIN, "status": "rumoured"},
        {"entity": PUTIN, "from": "1/2/2024"},
    ],
)
def test_timeline_bad_input_is_400(client, params):
    error(client.get("/api/timeline", params=params), 400, "bad_request")


def test_timeline_unknown_entity_is_404(client):
    error(client.get("/api/timeline", params={"entity": "Nobody Atall"}), 404, "not_found")


def test_clusters_pages_and_filters(client):
    first = ok(client.get("/api/clusters", params={"limit": 4}))
    second = ok(client.get("/api/clusters", params={"limit": 4, "offset": 4}))
    assert first["total"] > 8 and len(first["items"]) == 4 and second["offset"] == 4
    assert not {c["id"] for c in first["items"]} & {c["id"] for c in second["items"]}
    dates = [c["date"] for c in first["items"] + second["items"] if c["date"]]
    assert dates == sorted(dates, reverse=True)
    meets = ok(client.get("/api/clusters", params={"type": "meet", "status": "occurred", "limit": 200}))
    assert meets["items"] and all(c["type"] == "meet" and c["status"] == "occurred" for c in meets["items"])
    assert meets["total"] < first["total"]
    dated = ok(client.get("/api/clusters", params={"from": "2025-01-01", "to": "2025-06-30", "limit": 200}))
    assert dated["items"] and all("2025-01-01" <= c["date"] <= "2025-06-30" for c in dated["items"])
    putin = ok(client.get("/api/clusters", params={"entity": PUTIN, "limit": 200}))
    assert putin["total"] >= len(ok(client.get("/api/timeline", params={"entity": PUTIN})))
    outlet = first["items"][0]["sources"][0]["outlet"]
    by_outlet = ok(client.get("/api/clusters", params={"outlet": outlet, "limit": 200}))
    assert by_outlet["items"]
    assert all(outlet in {s["outlet"] for s in c["sources"]} for c in by_outlet["items"])


def test_cluster_with_sources(client):
    some = ok(client.get("/api/timeline", params={"entity": PUTIN}))[0]
    one = ok(client.get(f"/api/clusters/{some['id']}"))
    assert one == some
    assert one["source_count"] >= 1 and all(s["story_id"] and s["trigger"] for s in one["sources"])
    error(client.get("/api/clusters/nope"), 404, "not_found")


# ---------------------------------------------------------------------- documents and stories


def test_documents_pages_and_filters(client):
    first = ok(client.get("/api/documents", params={"limit": 5}))
    assert first["total"] > 20 and len(first["items"]) == 5
    doc = first["items"][0]
    assert set(doc) >= {"id", "source", "fmt", "title", "outlet", "published", "story_count"}
    second = ok(client.get("/api/documents", params={"limit": 5, "offset": 5}))
    assert not {d["id"] for d in first["items"]} & {d["id"] for d in second["items"]}
    outlet = doc["outlet"]
    same = ok(client.get("/api/documents", params={"outlet": outlet, "limit": 200}))
    assert same["items"] and all(d["outlet"] == outlet for d in same["items"])
    dated = ok(client.get("/api/documents", params={"from": "2024-01-01", "to": "2024-12-31", "limit": 200}))
    assert dated["items"] and all("2024-01-01" <= d["published"] <= "2024-12-31" for d in dated["items"])
    error(client.get("/api/documents", params={"from": "2024-02-30"}), 400, "bad_request")


def test_document_with_stories(client):
    listed = ok(client.get("/api/documents", params={"limit": 200}))["items"]
    multi = max(listed, key=lambda d: d["story_count"])
    doc = ok(client.get(f"/api/documents/{multi['id']}"))
    assert len(doc["stories"]) == multi["story_count"] >= 1
    assert [s["idx"] for s in doc["stories"]] == sorted(s["idx"] for s in doc["stories"])
    assert all(s["text"] for s in doc["stories"])
    error(client.get("/api/documents/0000"), 404, "not_found")


def test_story_annotations_are_offsets_into_the_stored_text(client):
    hits = ok(client.get("/api/search", params={"q": "بوتين", "limit": 10}))["items"]
    annotated = 0
    for hit in hits:
        story = ok(client.get(f"/api/stories/{hit['story_id']}"))
        parts = {"title": story["title"] or "", "text": story["text"]}
        for m in story["mentions"]:
            assert parts[m["part"]][m["start"] : m["end"]] == m["text"]
            assert m["entity_id"] and m["name_en"] and m["type"]
        for e in story["events"]:
            assert parts[e["part"]][e["start"] : e["end"]] == e["trigger"]
        for q in story["quotes"]:
            assert 0 <= q["start"] < q["end"] <= len(parts[q["part"]])
            assert isinstance(q["direct"], bool)
        annotated += bool(story["mentions"] and story["events"])
    assert annotated
    error(client.get("/api/stories/nope"), 404, "not_found")


def test_story_events_link_to_their_cluster(client):
    hit = ok(client.get("/api/search", params={"q": "بوتين", "limit": 1}))["items"][0]
    story = ok(client.get(f"/api/stories/{hit['story_id']}"))
    clustered = [e for e in story["events"] if e["cluster_id"]]
    assert clustered
    cluster = ok(client.get(f"/api/clusters/{clustered[0]['cluster_id']}"))
    assert clustered[0]["id"] in {s["event_id"] for s in cluster["sources"]}


# ---------------------------------------------------------------------- graph and export


def test_graph(client):
    g = ok(client.get("/api/graph"))
    assert g["directed"] is False and g["nodes"] and g["edges"]
    ids = {n["id"] for n in g["nodes"]}
    assert all(e["source"] in ids and e["target"] in ids and e["weight"] >= 1 for e in g["edges"])
    calls = ok(client.get("/api/graph", params={"type": "call"}))
    assert all(e["types"].startswith("call:") for e in calls["edges"])
    assert len(calls["edges"]) < len(g["edges"])
    error(client.get("/api/graph", params={"from": "soon"}), 400, "bad_request")


@pytest.mark.parametrize(("fmt", "name"), [("jsonl", "documents.jsonl"), ("graphml", "relations.graphml")])
def test_export_zip(client, fmt, name):
    response = client.get("/api/export", params={"format": fmt})
    assert response.status_code == 200 and response.headers["content-type"] == "application/zip"
    with zipfile.ZipFile(io.BytesIO(response.content)) as zf:
        assert name in zf.namelist()
        if fmt == "jsonl":
            first = json.loads(zf.read(name).decode().splitlines()[0])
            assert first["id"]


def test_export_bad_format_is_400(client):
    error(client.get("/api/export", params={"format": "xlsx"}), 400, "bad_request")
    error(client.get("/api/export"), 400, "bad_request")


def test_unknown_job_is_404(client):
    error(client.get("/api/jobs/nope"), 404, "not_found")


# ---------------------------------------------------------------------- read token


def test_read_token(db_copy):
    app = create_app(db_copy, config=ApiConfig(token="writer", read_token="reader"))
    with TestClient(app) as c:
        error(c.get("/api/health"), 401, "unauthorized")
        error(c.get("/api/health", headers={"Authorization": "Bearer wrong"}), 403, "forbidden")
        assert c.get("/api/health", headers={"Authorization": "Bearer reader"}).status_code == 200
        assert c.get("/api/health", headers={"Authorization": "Bearer writer"}).status_code == 200


def test_read_token_from_environment(db_copy, monkeypatch):
    monkeypatch.setenv("RASD_API_READ_TOKEN", "reader")
    monkeypatch.delenv("RASD_API_TOKEN", raising=False)
    with TestClient(create_app(db_copy)) as c:
        error(c.get("/api/entities"), 401, "unauthorized")
        assert c.get("/api/entities", headers={"Authorization": "Bearer reader"}).status_code == 200
