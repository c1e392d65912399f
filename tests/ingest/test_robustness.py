"""One batch holding every kind of bad input next to good ones: the batch finishes, and every
input is accounted for exactly once, as documents or as failures with a clear reason and code."""

import gzip
import io
import json
import os
from collections import defaultdict
from pathlib import Path

from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from rasd.ingest import iter_files, load_file
from rasd.records import IngestFailure, RawDoc
from rasd.settings import Settings

from .pages import article_page

TEXT = "أعلنت وزارة الخارجية المصرية اليوم أن الوزير سيتوجه إلى العاصمة الليبية طرابلس في زيارة رسمية."
SETTINGS = Settings(max_file_bytes=20_000)

# name -> what each entry of that input must be: "doc" or (error code, words in the reason)
EXPECTED: dict[str, list[str | tuple[str, str]]] = {
    "good.txt": ["doc"],
    "good_cp1256.txt": ["doc"],
    "good.html": ["doc"],
    "news/nested.txt": ["doc"],
    "feed.rss": ["doc", "doc"],
    "lines.jsonl": ["doc", ("E106", "line 2: invalid JSON"), "doc"],
    "crawl.warc": ["doc"],
    "empty.txt": [("E103", "file is empty")],
    "photo.jpg": [("E104", "binary content (JPEG image)")],
    "blob.dat": [("E104", "binary content")],
    "truncated.html": [("E103", "HTML main text has only")],
    "settings.xml": [("E107", "neither RSS/Atom nor HTML")],
    "gone.txt": [("E101", "broken symbolic link")],
    "big.txt": [("E102", "over the limit of 20,000")],
    "corrupt.txt.gz": [("E106", "corrupt gzip")],
    "mojibake.txt": [("E105", "mojibake: UTF-8 text decoded as windows-1256")],
}


def _warc() -> bytes:
    out = io.BytesIO()
    writer = WARCWriter(out, gzip=False)
    http = StatusAndHeaders("200 OK", [("Content-Type", "text/html")], protocol="HTTP/1.1")
    body = io.BytesIO(article_page().encode())
    writer.write_record(
        writer.create_warc_record("https://example.com/a", "response", payload=body, http_headers=http)
    )
    return out.getvalue()


def _write_inputs(root: Path) -> None:
    (root / "news").mkdir()
    (root / ".cache").mkdir()
    (root / ".cache" / "skip.txt").write_text(TEXT)
    files = {
        "good.txt": TEXT.encode(),
        "good_cp1256.txt": TEXT.encode("cp1256"),
        "good.html": article_page().encode(),
        "news/nested.txt": TEXT.encode("utf-16"),
        "feed.rss": f'<rss version="2.0"><channel><title>و</title><item><description>{TEXT}</description></item><item><title>ب</title><description>{TEXT}</description></item></channel></rss>'.encode(),
        "lines.jsonl": "\n".join(
            [json.dumps({"text": TEXT}), '{"text": "a" "b"}', json.dumps({"body": TEXT})]
        ).encode(),
        "crawl.warc": _warc(),
        "empty.txt": b"",
        "photo.jpg": b"\xff\xd8\xff\xe0\x00\x10JFIF\x00" + bytes(200),
        "blob.dat": bytes(range(256)) * 8,
        "truncated.html": "<html><head><title>خبر</title></head><body><div><p>أعلنت وزا".encode(),
        "settings.xml": b'<?xml version="1.0"?><settings><a>1</a></settings>',
        "big.txt": TEXT.encode() * 200,
        "corrupt.txt.gz": gzip.compress(TEXT.encode())[:30],
        "mojibake.txt": TEXT.encode("utf-8").decode("cp1256", errors="replace").encode("utf-8"),
    }
    for name, data in files.items():
        (root / name).write_bytes(data)
    (root / "gone.txt").symlink_to(root / "deleted.txt")


def _run(paths: list[Path]) -> list[RawDoc | IngestFailure]:
    results: list[RawDoc | IngestFailure] = []
    for item in iter_files(paths):
        results.extend([item] if isinstance(item, IngestFailure) else load_file(*item, SETTINGS))
    return results


def test_every_input_accounted_for_once(tmp_path: Path) -> None:
    _write_inputs(tmp_path)
    expected = dict(EXPECTED)
    if os.geteuid() != 0:  # root reads a chmod 000 file anyway
        (tmp_path / "locked.txt").write_text(TEXT)
        (tmp_path / "locked.txt").chmod(0)
        expected["locked.txt"] = [("E101", "Permission denied")]
    results = _run([tmp_path, tmp_path / "missing-folder"])

    by_input: dict[str, list[RawDoc | IngestFailure]] = defaultdict(list)
    for r in results:
        by_input[os.path.relpath(r.source.split("#")[0], tmp_path)].append(r)
    assert set(by_input) == set(expected) | {"missing-folder"}
    assert by_input["missing-folder"][0].code == "E101"
    for name, wanted in expected.items():
        got = by_input[name]
        assert len(got) == len(wanted), name
        for n, (entry, want) in enumerate(zip(got, wanted, strict=True), 1):
            if len(wanted) > 1:
                assert entry.source.endswith(f"{name}#{n}")
            if want == "doc":
                assert isinstance(entry, RawDoc), f"{name}: {entry}"
                assert TEXT.split()[0] in entry.text
            else:
                assert isinstance(entry, IngestFailure), name
                assert (entry.code, want[1] in entry.error) == (want[0], True), f"{name}: {entry}"
    docs = [r for r in results if isinstance(r, RawDoc)]
    assert len(docs) == sum(w.count("doc") for w in expected.values())
