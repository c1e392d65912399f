import datetime as dt
import io

import pytest
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from rasd.errors import EmptyInputError, FormatError
from rasd.ingest import parse_bytes
from rasd.ingest.warc import parse_warc
from rasd.records import IngestFailure, RawDoc
from rasd.settings import Settings

from .pages import PARAGRAPHS, article_page

CRAWLED = "2024-06-01T08:00:00Z"


def _record(writer: WARCWriter, kind: str, uri: str, body: bytes, content_type: str | None) -> None:
    headers = [("Content-Type", content_type)] if content_type else []
    http = StatusAndHeaders("200 OK", headers, protocol="HTTP/1.1") if kind == "response" else None
    if kind == "request":
        http = StatusAndHeaders("GET / HTTP/1.1", [("Host", "example.com")], is_http_request=True)
    record = writer.create_warc_record(
        uri, kind, payload=io.BytesIO(body), http_headers=http, warc_headers_dict={"WARC-Date": CRAWLED}
    )
    writer.write_record(record)


def make_warc(pages: list[tuple[str, str, bytes, str | None]], compress: bool = False) -> bytes:
    out = io.BytesIO()
    writer = WARCWriter(out, gzip=compress)
    for kind, uri, body, content_type in pages:
        _record(writer, kind, uri, body, content_type)
    return out.getvalue()


def test_html_responses_become_documents() -> None:
    data = make_warc(
        [
            ("request", "https://example.com/a", b"", None),
            ("response", "https://example.com/a", article_page().encode(), "text/html; charset=utf-8"),
            ("response", "https://example.com/logo.png", b"\x89PNG\r\n\x1a\n", "image/png"),
            ("response", "https://example.com/b", article_page(date_meta=None).encode("cp1256"), "text/html"),
            ("response", "https://example.com/c", b"<html><body><p>x</p></body></html>", None),
        ]
    )
    first, second, third = parse_warc(data, "crawl.warc", Settings())
    assert isinstance(first, RawDoc) and isinstance(second, RawDoc)
    assert (first.source, first.url, first.fmt) == ("crawl.warc#1", "https://example.com/a", "warc")
    assert first.published == dt.date(2024, 5, 13)
    assert first.meta["crawl_date"] == CRAWLED
    assert second.published is None  # the crawl date is not a publication date
    assert second.encoding == "cp1256"
    assert second.text.endswith(PARAGRAPHS[-1])
    assert isinstance(third, IngestFailure)
    assert third.source == "crawl.warc#3"  # sniffed as HTML although the header is missing


def test_compressed_warc_through_parse_bytes() -> None:
    data = make_warc(
        [("response", "https://example.com/a", article_page().encode(), "text/html")], compress=True
    )
    (doc,) = parse_bytes(data, "crawl.warc.gz", Settings())
    assert (doc.source, doc.url, doc.fmt) == ("crawl.warc.gz#1", "https://example.com/a", "warc")


def test_warc_without_html() -> None:
    data = make_warc([("response", "https://example.com/logo.png", b"\x89PNG", "image/png")])
    with pytest.raises(EmptyInputError, match="no HTML response"):
        parse_warc(data, "crawl.warc", Settings())


@pytest.mark.parametrize(
    "data",
    [
        b"hello world, not an archive",
        b"WARC/1.0\r\nWARC-Type: response\r\nContent-Length: 50\r\n\r\nHTTP/1.1 200 OK\r\n\r\n<html>",
    ],
    ids=["not-warc", "no-target-uri"],
)
def test_corrupt_warc(data: bytes) -> None:
    with pytest.raises(FormatError, match="WARC"):
        parse_warc(data, "crawl.warc", Settings())
