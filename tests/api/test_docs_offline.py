"""The API docs work offline: /docs references only this server's own assets."""

from __future__ import annotations

import re

from fastapi.testclient import TestClient

from rasd.api.app import create_app


def test_docs_page_needs_no_cdn(tmp_path) -> None:
    client = TestClient(create_app(tmp_path / "empty.db"))
    page = client.get("/docs")
    assert page.status_code == 200
    assets = re.findall(r'(?:src|href)="([^"]+)"', page.text)
    assert assets and all(a.startswith("/") for a in assets), assets
    for asset in assets:
        assert client.get(asset).status_code == 200, asset
    assert client.get("/openapi.json").json()["paths"]
