"""WARC web archives: every HTML `response` record is a page, read like any HTML file.

The record's WARC-Date is when the page was crawled, not when it was published: it goes into
`meta["crawl_date"]` and serves only as the latest date the page's own date may have.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import io
from collections.abc import Iterator
from typing import Any

from warcio.archiveiterator import ArchiveIterator
from warcio.exceptions import ArchiveLoadFailed

from rasd.errors import EmptyInputError, FormatError, RasdError
from rasd.ingest.dates import parse_date
from rasd.ingest.html import parse_html
from rasd.ingest.sniff import HTML_MARK
from rasd.records import IngestFailure, RawDoc
from rasd.settings import Settings

HTML_TYPES = ("text/html", "application/xhtml+xml")
SNIFF_BYTES = 1024
CRAWL_DATE_SLACK = dt.timedelta(days=1)  # WARC-Date is UTC; the page's local date may be a day ahead


def _charset(content_type: str) -> str | None:
    for part in content_type.split(";")[1:]:
        key, _, value = part.partition("=")
        if key.strip().lower() == "charset" and value.strip():
            return value.strip().strip("\"'")
    return None


def _is_html(content_type: str, body: bytes) -> bool:
    """Declared HTML, or undeclared and starting like HTML (some crawlers omit the header)."""
    mime = content_type.split(";")[0].strip().lower()
    if mime:
        return mime in HTML_TYPES
    return bool(HTML_MARK.search(body[:SNIFF_BYTES].decode("latin-1").lower()))


def _next_record(records: Iterator[Any]) -> tuple[Any, str, bytes] | None:
    """(record, content type, body) of the next response record, or None at the end.

    warcio raises AttributeError, not its own error, on a record missing WARC-Target-URI."""
    try:
        for record in records:
            if record.rec_type == "response" and record.http_headers is not None:
                content_type = record.http_headers.get_header("Content-Type") or ""
                return record, content_type, record.content_stream().read()
    except (ArchiveLoadFailed, ValueError, OSError, EOFError, AttributeError) as exc:
        raise FormatError(f"corrupt WARC: {exc}") from exc
    return None


def html_responses(data: bytes) -> Iterator[tuple[dict[str, Any], bytes]]:
    """(header facts, body) for each HTML response record, in archive order."""
    records = iter(ArchiveIterator(io.BytesIO(data)))
    while (found := _next_record(records)) is not None:
        record, content_type, body = found
        if not _is_html(content_type, body):
            continue
        facts = {
            "url": record.rec_headers.get_header("WARC-Target-URI"),
            "crawl_date": record.rec_headers.get_header("WARC-Date"),
            "charset": _charset(content_type),
        }
        yield facts, body


def _record_doc(facts: dict[str, Any], body: bytes, source: str, settings: Settings) -> RawDoc:
    crawled = parse_date(facts["crawl_date"])
    latest = crawled + CRAWL_DATE_SLACK if crawled else None
    doc = parse_html(body, source, settings, url=facts["url"], charset=facts["charset"], max_date=latest)
    meta = {**doc.meta, "crawl_date": facts["crawl_date"]}
    return dataclasses.replace(doc, fmt="warc", meta=meta)


def parse_warc(data: bytes, source: str, settings: Settings) -> list[RawDoc | IngestFailure]:
    """One document per HTML response, `source#n` with n its 1-based index among those records."""
    if not data.startswith(b"WARC/"):
        raise FormatError("not a WARC file: it does not start with 'WARC/'")
    results: list[RawDoc | IngestFailure] = []
    try:
        for facts, body in html_responses(data):
            record_source = f"{source}#{len(results) + 1}"
            try:
                results.append(_record_doc(facts, body, record_source, settings))
            except RasdError as exc:
                results.append(IngestFailure(record_source, str(exc), exc.code))
    except FormatError as exc:
        if not results:
            raise
        after = f"after HTML record {len(results)}: {exc}"
        results.append(IngestFailure(f"{source}#{len(results) + 1}", after, exc.code))
    if not results:
        raise EmptyInputError("WARC file holds no HTML response record")
    return results
