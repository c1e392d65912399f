"""The Python API: `rasd.analyze_text` and `rasd.analyze_paths`."""

from __future__ import annotations

import datetime as dt
import functools
from collections.abc import Iterable
from pathlib import Path

from rasd.pipeline import Progress, Resources, analyze_paths, analyze_raw, load_resources
from rasd.records import Analysis, Document, RawDoc
from rasd.settings import Settings

__all__ = ["analyze_paths", "analyze_text", "default_resources"]


@functools.cache
def default_resources() -> Resources:
    """The packaged lexicons, loaded on first use (one object per process)."""
    return load_resources()


def analyze_text(
    text: str,
    published: dt.date | str | None = None,
    source: str | None = None,
    settings: Settings | None = None,
) -> Document:
    """Analyse one text. `published` (a date or ISO string) is the page's date when known."""
    if isinstance(published, str):
        published = dt.date.fromisoformat(published[:10])
    raw = RawDoc(source=source or "<text>", text=text, fmt="text", published=published)
    return analyze_raw(raw, default_resources(), settings or Settings.from_env())


def analyze_files(
    paths: Iterable[str | Path], settings: Settings | None = None, progress: Progress | None = None
) -> Analysis:
    return analyze_paths(paths, settings, progress)
