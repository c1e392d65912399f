"""The ingest orchestrator: bytes in, documents or per-input failures out.

`parse_bytes` picks a reader from the name and the content and turns every RasdError into an
IngestFailure, so a caller always gets at least one entry per input. Any other exception is a bug
in rasd and is left to propagate.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path, PurePath

from rasd.errors import EmptyInputError, RasdError, UnknownFormatError
from rasd.ingest.feeds import parse_feed
from rasd.ingest.files import gunzip, read_bytes
from rasd.ingest.html import parse_html
from rasd.ingest.jsonl import parse_json
from rasd.ingest.sniff import sniff_format
from rasd.ingest.text import parse_text
from rasd.ingest.warc import parse_warc
from rasd.records import IngestFailure, RawDoc
from rasd.settings import Settings

Parsed = list[RawDoc | IngestFailure]
MAX_GZIP_DEPTH = 1  # a .gz inside a .gz is not a news file


def _name_of(source: str) -> str:
    return PurePath(source).name


def _readers() -> dict[str, Callable[[bytes, str, Settings], Parsed]]:
    return {
        "text": lambda data, source, settings: [parse_text(data, source, settings)],
        "html": lambda data, source, settings: [parse_html(data, source, settings)],
        "feed": parse_feed,
        "json": lambda data, source, settings: parse_json(data, source, settings, whole=True),
        "jsonl": lambda data, source, settings: parse_json(data, source, settings, whole=False),
        "warc": parse_warc,
    }


def _parse(data: bytes, source: str, name: str, settings: Settings, depth: int) -> Parsed:
    """Raises RasdError for a whole-file failure; `name` decides the format (the inner name of a .gz)."""
    if not data:
        raise EmptyInputError("file is empty (0 bytes)")
    fmt = sniff_format(data, name)
    if fmt == "gzip":
        if depth >= MAX_GZIP_DEPTH:
            raise UnknownFormatError("gzip inside gzip: no news file is packed twice")
        inner = name[:-3] if name.lower().endswith(".gz") else name
        return _parse(gunzip(data, settings), source, inner, settings, depth + 1)
    return _readers()[fmt](data, source, settings)


def parse_bytes(data: bytes, source: str, settings: Settings) -> Parsed:
    """Documents and failures for one input's bytes; pure (no files, no clock)."""
    try:
        results = _parse(data, source, _name_of(source), settings, depth=0)
    except RasdError as exc:
        return [IngestFailure(source, str(exc), exc.code)]
    return results or [IngestFailure(source, "no documents found", EmptyInputError.code)]


def load_file(source: str, path: Path, settings: Settings) -> Parsed:
    """Read one file and parse it; a file that cannot be read becomes a single failure."""
    try:
        data = read_bytes(path, settings)
    except RasdError as exc:
        return [IngestFailure(source, str(exc), exc.code)]
    return parse_bytes(data, source, settings)
