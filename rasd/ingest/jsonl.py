"""JSON Lines (and .json holding one object or an array): one object is one document.

Crawlers and datasets spell the same fields differently, so each field has a list of accepted
keys; keys we do not use are kept in `meta`. A bad line is reported on its own and the good lines
still become documents.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Iterator
from typing import Any

from rasd.errors import EmptyInputError, FormatError, RasdError
from rasd.ingest.dates import parse_date
from rasd.ingest.decode import decode_bytes
from rasd.ingest.text import normalise_newlines, require_text
from rasd.records import IngestFailure, RawDoc
from rasd.settings import Settings

TEXT_KEYS = ("text", "content", "body")
TITLE_KEYS = ("title", "headline")
URL_KEYS = ("url", "link")
DATE_KEYS = ("published", "date", "date_iso", "pubDate")
OUTLET_KEYS = ("outlet", "source", "site")
TOO_DEEP = "invalid JSON: nested too deeply to read"  # json.loads recurses once per level
# Deeper values would reach Python's recursion limit later: pickling for a worker process, export.
MAX_DEPTH = 100


def nesting_depth(value: Any, limit: int = MAX_DEPTH) -> int:
    """How deeply lists and objects nest in a JSON value, counting no further than limit + 1."""
    deepest = 0
    stack = [(value, 1)]
    while stack and deepest <= limit:
        item, depth = stack.pop()
        if isinstance(item, dict | list):
            deepest = max(deepest, depth)
            stack.extend((child, depth + 1) for child in (item.values() if isinstance(item, dict) else item))
    return deepest


def _first_string(row: dict[str, Any], keys: tuple[str, ...], used: set[str]) -> str | None:
    """The first key holding a non-empty string; marks it used so it stays out of `meta`."""
    for key in keys:
        value = row.get(key)
        if isinstance(value, str) and value.strip():
            used.add(key)
            return value.strip()
    return None


def _first_date(row: dict[str, Any], used: set[str]) -> Any:
    for key in DATE_KEYS:
        date = parse_date(row.get(key))
        if date is not None:
            used.add(key)
            return date
    return None


def record_to_doc(row: Any, source: str, codec: str, settings: Settings) -> RawDoc:
    """One JSON object to a RawDoc; FormatError if it is not an object, EmptyInputError if no text."""
    if not isinstance(row, dict):
        raise FormatError(f"expected a JSON object, found {type(row).__name__}")
    if nesting_depth(row) > MAX_DEPTH:
        raise FormatError(f"JSON object nests lists and objects deeper than {MAX_DEPTH} levels")
    used: set[str] = set()
    text = _first_string(row, TEXT_KEYS, used)
    if text is None:
        present = [k for k in TEXT_KEYS if k in row]
        if present:
            raise EmptyInputError(f"{present[0]!r} is empty")
        raise EmptyInputError(f"no text key (tried {', '.join(TEXT_KEYS)})")
    return RawDoc(
        source=source,
        text=require_text(normalise_newlines(text), settings),
        fmt="jsonl",
        encoding=codec,
        title=_first_string(row, TITLE_KEYS, used),
        url=_first_string(row, URL_KEYS, used),
        published=_first_date(row, used),
        # a run keeps every document: one string per key and outlet name, not one per line read
        outlet=_intern(_first_string(row, OUTLET_KEYS, used)),
        meta={sys.intern(k): v for k, v in row.items() if k not in used},
    )


def _intern(value: str | None) -> str | None:
    return sys.intern(value) if value is not None else None


def _lines(text: str, settings: Settings) -> Iterator[tuple[int, Any]]:
    """(line number, parsed value or the RasdError for that line), skipping blank lines.

    Split on "\\n" only: str.splitlines would also break at U+2028, which JSON strings may hold."""
    for number, line in enumerate(text.split("\n"), 1):
        if not line.strip():
            continue
        size = len(line.encode("utf-8"))
        if size > settings.max_jsonl_line_bytes:
            yield (
                number,
                FormatError(f"line is {size:,} bytes, over the limit of {settings.max_jsonl_line_bytes:,}"),
            )
            continue
        try:
            yield number, json.loads(line)
        except json.JSONDecodeError as exc:
            yield number, FormatError(f"invalid JSON: {exc.msg} at column {exc.colno}")
        except RecursionError:
            yield number, FormatError(TOO_DEEP)


def _from_lines(text: str, source: str, codec: str, settings: Settings) -> list[RawDoc | IngestFailure]:
    results: list[RawDoc | IngestFailure] = []
    for number, value in _lines(text, settings):
        line_source = f"{source}#{number}"
        try:
            if isinstance(value, RasdError):
                raise value
            results.append(record_to_doc(value, line_source, codec, settings))
        except RasdError as exc:
            results.append(IngestFailure(line_source, f"line {number}: {exc}", exc.code))
    if not results:
        raise EmptyInputError("no JSON lines in file")
    return results


def _from_value(value: Any, source: str, codec: str, settings: Settings) -> list[RawDoc | IngestFailure]:
    """A whole-file JSON value: one object, or an array whose items are `source#n`."""
    if not isinstance(value, list):
        return [record_to_doc(value, source, codec, settings)]
    if not value:
        raise EmptyInputError("JSON array is empty")
    results: list[RawDoc | IngestFailure] = []
    for number, item in enumerate(value, 1):
        item_source = f"{source}#{number}"
        try:
            results.append(record_to_doc(item, item_source, codec, settings))
        except RasdError as exc:
            results.append(IngestFailure(item_source, f"item {number}: {exc}", exc.code))
    return results


def _has_object_line(text: str, settings: Settings) -> bool:
    """Whether some line is a JSON object by itself: JSON Lines, not one broken JSON document."""
    return any(isinstance(value, dict) for _, value in _lines(text, settings))


def parse_json(data: bytes, source: str, settings: Settings, *, whole: bool) -> list[RawDoc | IngestFailure]:
    """`whole`: try the file as one JSON value first (.json, or sniffed), falling back to lines
    when it holds several values; otherwise read it strictly line by line (.jsonl)."""
    text, codec = decode_bytes(data, settings)
    text = text.lstrip("\ufeff")
    if whole:
        try:
            value = json.loads(text)
        except json.JSONDecodeError as exc:
            if not _has_object_line(text, settings):
                raise FormatError(f"invalid JSON: {exc.msg} at line {exc.lineno} column {exc.colno}") from exc
        except RecursionError as exc:
            if not _has_object_line(text, settings):
                raise FormatError(TOO_DEEP) from exc
        else:
            return _from_value(value, source, codec, settings)
    return _from_lines(text, source, codec, settings)
