import gzip
import json
from pathlib import Path

import pytest

from rasd.ingest import load_file, parse_bytes
from rasd.records import IngestFailure, RawDoc
from rasd.settings import Settings

from .pages import article_page

TEXT = "أعلنت وزارة الخارجية المصرية اليوم أن الوزير سيتوجه إلى العاصمة الليبية طرابلس في زيارة رسمية."
RSS = f'<?xml version="1.0"?><rss version="2.0"><channel><title>و</title><item><description>{TEXT}</description></item></channel></rss>'


@pytest.mark.parametrize(
    ("name", "data", "fmt"),
    [
        ("a.txt", TEXT.encode(), "text"),
        ("a.html", article_page().encode(), "html"),
        ("page", article_page().encode(), "html"),
        ("a.rss", RSS.encode(), "rss"),
        ("a.xml", RSS.encode(), "rss"),
        ("a.jsonl", json.dumps({"text": TEXT}).encode(), "jsonl"),
        ("a.json", json.dumps([{"text": TEXT}]).encode(), "jsonl"),
        ("a.txt.gz", gzip.compress(TEXT.encode()), "text"),
        ("a.jsonl.gz", gzip.compress(json.dumps({"text": TEXT}).encode()), "jsonl"),
        ("a.html.gz", gzip.compress(article_page().encode()), "html"),
        ("packed", gzip.compress(TEXT.encode()), "text"),
    ],
)
def test_dispatch(name: str, data: bytes, fmt: str) -> None:
    (doc,) = parse_bytes(data, name, Settings())
    assert isinstance(doc, RawDoc)
    assert doc.fmt == fmt


@pytest.mark.parametrize(
    ("name", "data", "code", "reason"),
    [
        ("a.txt", b"", "E103", "file is empty (0 bytes)"),
        ("a.txt.gz", b"\x1f\x8b\x08\x00broken", "E106", "corrupt gzip"),
        ("a.txt.gz", b"plain text, not gzip", "E106", "corrupt gzip"),
        ("a.gz", gzip.compress(gzip.compress(b"x")), "E107", "gzip inside gzip"),
        ("a.png", b"\x89PNG\r\n\x1a\n....", "E104", "binary content (PNG image)"),
        ("a.csv", b"a,b", "E107", "unsupported format (.csv file)"),
    ],
)
def test_whole_file_failures(name: str, data: bytes, code: str, reason: str) -> None:
    (failure,) = parse_bytes(data, name, Settings())
    assert isinstance(failure, IngestFailure)
    assert (failure.source, failure.code) == (name, code)
    assert reason in failure.error


def test_load_file_reports_read_errors(tmp_path: Path) -> None:
    (failure,) = load_file("gone.txt", tmp_path / "gone.txt", Settings())
    assert (failure.code, failure.error) == ("E101", "no such file")
    (tmp_path / "big.txt").write_text(TEXT)
    (failure,) = load_file("big.txt", tmp_path / "big.txt", Settings(max_file_bytes=10))
    assert failure.code == "E102"
    (doc,) = load_file("big.txt", tmp_path / "big.txt", Settings())
    assert doc.text == TEXT
