"""The browser interface: static files (HTML, CSS, JavaScript modules) served by the HTTP API at "/".

No build step and no network: every asset is in `static/`, written by hand. See docs/web.md.
"""

from __future__ import annotations

from pathlib import Path

STATIC_DIR = Path(__file__).resolve().parent / "static"
