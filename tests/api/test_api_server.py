"""The app under a real uvicorn server on a free port, asked with urllib: not only the test client."""

from __future__ import annotations

import json
import socket
import threading
import time
import urllib.error
import urllib.request

import pytest

pytest.importorskip("fastapi")
uvicorn = pytest.importorskip("uvicorn")

from rasd.api.app import create_app  # noqa: E402
from rasd.api.config import ApiConfig  # noqa: E402


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture
def server(tmp_path):
    port = _free_port()
    app = create_app(tmp_path / "kb.db", config=ApiConfig(token="t"))
    srv = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning", lifespan="on"))
    thread = threading.Thread(target=srv.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 20
    while not srv.started:
        assert thread.is_alive() and time.monotonic() < deadline, "uvicorn did not start"
        time.sleep(0.02)
    yield f"http://127.0.0.1:{port}"
    srv.should_exit = True
    thread.join(10)
    assert not thread.is_alive()


def test_health_over_real_http(server):
    with urllib.request.urlopen(f"{server}/api/health", timeout=10) as response:
        assert response.status == 200
        assert response.headers["Content-Type"].startswith("application/json")
        body = json.load(response)
    assert body["status"] == "ok" and body["counts"]["documents"] == 0


def test_errors_over_real_http(server):
    with pytest.raises(urllib.error.HTTPError) as caught:
        urllib.request.urlopen(f"{server}/api/search?q=%22open", timeout=10)
    assert caught.value.code == 400
    assert json.load(caught.value)["error"]["code"] == "bad_query"
    request = urllib.request.Request(f"{server}/api/ingest", data=b"text=x", method="POST")
    with pytest.raises(urllib.error.HTTPError) as caught:
        urllib.request.urlopen(request, timeout=10)
    assert caught.value.code == 401
