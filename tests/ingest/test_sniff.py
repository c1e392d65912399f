import pytest

from rasd.errors import BinaryInputError, UnknownFormatError
from rasd.ingest.sniff import sniff_format

ARABIC = "قال وزير الخارجية إن المحادثات كانت مثمرة."


@pytest.mark.parametrize(
    ("name", "data", "fmt"),
    [
        ("a.txt", ARABIC.encode(), "text"),
        ("a.HTML", b"<p>hi</p>", "html"),
        ("a.jsonl", b'{"text": "x"}', "jsonl"),
        ("a.ndjson", b'{"text": "x"}', "jsonl"),
        ("a.json", b"[]", "json"),
        ("a.warc", b"WARC/1.0\r\n", "warc"),
        ("a.warc.gz", b"\x1f\x8b\x08", "gzip"),
        ("a.rss", b"<rss></rss>", "feed"),
        ("noext", ARABIC.encode(), "text"),
        ("noext", ARABIC.encode("utf-16-le"), "text"),
        ("page.php", b"<!DOCTYPE html><html><body>x</body></html>", "html"),
        ("feed.xml", b'<?xml version="1.0"?>\n<rss version="2.0"><channel></channel></rss>', "feed"),
        ("atom.xml", b'<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom">', "feed"),
        ("dump", b'\n{"text": "x"}\n', "jsonl"),
        ("dump", b'[{"text": "x"}]', "json"),
        ("crawl", b"WARC/1.1\r\nWARC-Type: warcinfo\r\n", "warc"),
        ("crawl", b"\x1f\x8b\x08\x00", "gzip"),
    ],
)
def test_formats(name: str, data: bytes, fmt: str) -> None:
    assert sniff_format(data, name) == fmt


@pytest.mark.parametrize(
    ("name", "data", "reason"),
    [
        ("photo.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary content (PNG image)"),
        ("doc", b"%PDF-1.7\n", "binary content (PDF document)"),
        ("x.docx", b"PK\x03\x04\x14\x00", "binary content (ZIP archive or Office document)"),
        ("blob.bin", bytes(range(256)) * 4, "binary content"),
    ],
)
def test_binary(name: str, data: bytes, reason: str) -> None:
    with pytest.raises(BinaryInputError) as info:
        sniff_format(data, name)
    assert str(info.value) == reason


@pytest.mark.parametrize(
    ("name", "data"),
    [
        ("table.csv", b"a,b\n1,2\n"),
        ("config.xml", b'<?xml version="1.0"?><config><a>1</a></config>'),
    ],
)
def test_unknown(name: str, data: bytes) -> None:
    with pytest.raises(UnknownFormatError):
        sniff_format(data, name)
