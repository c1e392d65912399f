"""POST /api/ingest and GET /api/jobs: tokens, limits, unsafe names, a job run to the end, and readers
that keep working while it writes."""

from __future__ import annotations

import threading
import time
from pathlib import Path

import pytest

pytest.importorskip("fastapi")

from fastapi.testclient import TestClient

from rasd.api.app import create_app
from rasd.api.config import ApiConfig

TOKEN = "s3cret-token"
AUTH = {"Authorization": f"Bearer {TOKEN}"}
# a made-up country, so that search finds this article and nothing of the demo corpus
ARTICLE = """وزير خارجية زنجبيلستان يزور القاهرة ويلتقي نظيره المصري

القاهرة - التقى وزير الخارجية المصري بدر عبد العاطي، اليوم الثلاثاء، وزير خارجية جمهورية زنجبيلستان في مقر وزارة الخارجية بالقاهرة، وبحث الجانبان سبل تعزيز العلاقات الثنائية والتعاون الاقتصادي بين البلدين.

وقال عبد العاطي إن مصر حريصة على تطوير علاقاتها مع زنجبيلستان في مختلف المجالات، مشيرا إلى أهمية زيادة حجم التبادل التجاري <script>alert("x")</script> وتشجيع الاستثمارات المشتركة.

وأضاف أن البلدين اتفقا على عقد الدورة المقبلة للجنة المشتركة في العاصمة المصرية خلال الأشهر المقبلة.
"""


@pytest.fixture(scope="module")
def client(db_copy):
    with TestClient(create_app(db_copy, config=ApiConfig(token=TOKEN, max_upload_bytes=20_000))) as c:
        yield c


def error(response, status: int, code: str) -> str:
    assert response.status_code == status, response.text
    assert response.json()["error"]["code"] == code
    return response.json()["error"]["message"]


def wait(client, job: str, timeout: float = 60.0) -> dict:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        body = client.get(f"/api/jobs/{job}").json()
        if body["state"] in ("done", "failed"):
            return body
        time.sleep(0.05)
    raise AssertionError(f"job {job} still running after {timeout} s")


def upload(name: str, data: bytes | str) -> dict:
    return {"file": (name, data.encode() if isinstance(data, str) else data, "text/plain")}


# ---------------------------------------------------------------------- tokens


def test_writes_refused_without_a_configured_token(db_copy, monkeypatch):
    for name in ("RASD_API_TOKEN", "RASD_API_TOKEN_FILE", "RASD_API_READ_TOKEN"):
        monkeypatch.delenv(name, raising=False)
    with TestClient(create_app(db_copy)) as c:
        message = error(c.post("/api/ingest", data={"text": ARTICLE}, headers=AUTH), 403, "forbidden")
        assert "RASD_API_TOKEN" in message
        assert c.get("/api/health").status_code == 200  # reads stay open


def test_missing_token_is_401(client):
    response = client.post("/api/ingest", data={"text": ARTICLE})
    error(response, 401, "unauthorized")
    assert response.headers["www-authenticate"] == "Bearer"
    error(
        client.post("/api/ingest", data={"text": ARTICLE}, headers={"Authorization": f"Basic {TOKEN}"}),
        401,
        "unauthorized",
    )


def test_wrong_token_is_403(client):
    error(
        client.post("/api/ingest", data={"text": ARTICLE}, headers={"Authorization": "Bearer nope"}),
        403,
        "forbidden",
    )
    error(
        client.post(
            "/api/ingest", data={"text": ARTICLE}, headers={"Authorization": "Bearer تمرين".encode()}
        ),
        403,
        "forbidden",
    )


@pytest.mark.parametrize("how", ["environment", "file"])
def test_token_from_environment_or_file(db_copy, tmp_path, monkeypatch, how):
    monkeypatch.delenv("RASD_API_TOKEN", raising=False)
    monkeypatch.delenv("RASD_API_TOKEN_FILE", raising=False)
    if how == "environment":
        monkeypatch.setenv("RASD_API_TOKEN", "from-env")
    else:
        (tmp_path / "token").write_text("# the rasd API token\nfrom-env\n")
        monkeypatch.setenv("RASD_API_TOKEN_FILE", str(tmp_path / "token"))
    with TestClient(create_app(db_copy)) as c:
        error(c.post("/api/ingest", data={"text": " "}, headers=AUTH), 403, "forbidden")
        response = c.post("/api/ingest", data={"text": " "}, headers={"Authorization": "Bearer from-env"})
        error(response, 400, "bad_request")  # past the token check: nothing to ingest


def test_token_argument_wins(db_copy, monkeypatch):
    monkeypatch.setenv("RASD_API_TOKEN", "from-env")
    app = create_app(db_copy, token=TOKEN)
    assert app.state.rasd.config.token == TOKEN


# ---------------------------------------------------------------------- bad uploads


def test_empty_request_is_400(client):
    error(client.post("/api/ingest", headers=AUTH), 400, "bad_request")
    error(client.post("/api/ingest", data={"published": "2025-01-01"}, headers=AUTH), 400, "bad_request")


@pytest.mark.parametrize(
    "name", ["../evil.txt", "../../etc/passwd", "a/b.txt", "..", "x\\..\\y.txt", ".hidden", ""]
)
def test_unsafe_file_names_are_refused(client, name, tmp_path):
    response = client.post("/api/ingest", files=upload(name, ARTICLE), headers=AUTH)
    if name == "":  # no file name at all: not a file upload
        assert response.status_code == 400
        return
    error(response, 400, "bad_request")


def test_nothing_written_outside_the_job_folder(client):
    uploads: Path = client.app.state.rasd.uploads
    client.post("/api/ingest", files=upload("../escaped.txt", ARTICLE), headers=AUTH)
    assert not (uploads.parent / "escaped.txt").exists()
    assert not any(uploads.iterdir()), "a refused upload leaves no job folder behind"


def test_oversize_upload_is_413(client):
    error(client.post("/api/ingest", files=upload("big.txt", "ا" * 20_001), headers=AUTH), 413, "too_large")
    error(client.post("/api/ingest", data={"text": "ب" * 20_000}, headers=AUTH), 413, "too_large")


def test_oversize_request_is_413_before_reading(db_copy):
    app = create_app(db_copy, config=ApiConfig(token=TOKEN, max_request_bytes=1000))
    with TestClient(app) as c:
        error(c.post("/api/ingest", files=upload("a.txt", "x" * 5000), headers=AUTH), 413, "too_large")


def test_bad_published_date_is_400(client):
    error(
        client.post("/api/ingest", data={"text": ARTICLE, "published": "tomorrow"}, headers=AUTH),
        400,
        "bad_request",
    )


# ---------------------------------------------------------------------- jobs


def test_upload_runs_to_done_and_is_searchable(client):
    response = client.post("/api/ingest", files=upload("zanj.txt", ARTICLE), headers=AUTH)
    assert response.status_code == 202, response.text
    accepted = response.json()
    assert accepted["state"] == "queued" and accepted["url"] == f"/api/jobs/{accepted['job']}"
    job = wait(client, accepted["job"])
    assert job["state"] == "done", job
    assert job["added"] == 1 and job["errors"] == [] and job["done"] == job["total"] == 1
    hits = client.get("/api/search", params={"q": "زنجبيلستان"}).json()["items"]
    assert len(hits) == 1 and hits[0]["document"].endswith("zanj.txt")
    # the same file again is already stored
    again = wait(
        client, client.post("/api/ingest", files=upload("zanj.txt", ARTICLE), headers=AUTH).json()["job"]
    )
    assert again["state"] == "done" and again["added"] == 0 and again["skipped"] == 1


def test_script_is_stored_and_returned_as_text(client):
    hits = client.get("/api/search", params={"q": "زنجبيلستان"}).json()["items"]
    assert hits, "test_upload_runs_to_done_and_is_searchable ingests the article"
    response = client.get(f"/api/stories/{hits[0]['story_id']}")
    assert response.headers["content-type"].startswith("application/json")
    assert response.headers["x-content-type-options"] == "nosniff"
    assert '<script>alert("x")</script>' in response.json()["text"]  # stored as written
    assert b"<script" not in response.content and b"\\u003cscript\\u003e" in response.content


def test_text_field_with_metadata_and_several_files(client):
    other = ARTICLE.replace("زنجبيلستان", "فلفلستان").replace("القاهرة", "عمّان")
    files = [
        ("file", ("one.txt", other.encode(), "text/plain")),
        ("file", ("broken.bin", bytes(range(256)) * 4, "application/octet-stream")),
    ]
    text = ARTICLE.replace("زنجبيلستان", "كمونستان")
    response = client.post(
        "/api/ingest",
        files=files,
        data={"text": text, "published": "2025-03-04", "outlet": "وكالة التجربة"},
        headers=AUTH,
    )
    assert response.status_code == 202, response.text
    job = wait(client, response.json()["job"])
    assert job["state"] == "done" and job["added"] == 2 and job["total"] == 3
    assert [e["source"] for e in job["errors"]] == ["broken.bin"] and job["errors"][0]["code"]
    hit = client.get("/api/search", params={"q": "كمونستان"}).json()["items"][0]
    assert hit["published"] == "2025-03-04" and hit["outlet"] == "وكالة التجربة"
    assert client.get("/api/search", params={"q": "فلفلستان"}).json()["items"]


def test_reads_keep_working_during_an_ingest(client):
    """A thread hammers the read endpoints while a job writes; every answer is a 200."""
    articles = [
        ARTICLE.replace("زنجبيلستان", f"بلدستان{i}").replace("الثلاثاء", day)
        for i, day in enumerate(("الأحد", "الاثنين", "الأربعاء", "الخميس", "الجمعة", "السبت"))
    ]
    files = [("file", (f"load{i}.txt", a.encode(), "text/plain")) for i, a in enumerate(articles)]
    statuses: list[int] = []
    during: list[str] = []
    stop = threading.Event()

    def hammer() -> None:
        paths = [("/api/search", {"q": "بوتين"}), ("/api/health", {}), ("/api/clusters", {"limit": 5})]
        while not stop.is_set():
            for path, params in paths:
                statuses.append(client.get(path, params=params).status_code)

    reader = threading.Thread(target=hammer)
    response = client.post("/api/ingest", files=files, headers=AUTH)
    assert response.status_code == 202
    job_id = response.json()["job"]
    reader.start()
    try:
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            state = client.get(f"/api/jobs/{job_id}").json()["state"]
            during.append(state)
            if state in ("done", "failed"):
                break
            time.sleep(0.02)
    finally:
        stop.set()
        reader.join()
    assert during[-1] == "done"
    assert "running" in during
    assert len(statuses) >= 3 and set(statuses) == {200}  # on an idle machine the job takes well under 1 s
    assert client.get("/api/search", params={"q": "بلدستان3"}).json()["items"]
