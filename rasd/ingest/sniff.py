"""Which reader a file needs: by its extension when that is clear, by its first bytes otherwise.

Binary content is recognised first, whatever the name says, so a PNG called `.txt` is reported
as an image rather than decoded into noise.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from pathlib import PurePath
from types import MappingProxyType

from rasd.errors import BinaryInputError, UnknownFormatError
from rasd.ingest.decode import utf16_without_bom

HEAD_BYTES = 4096
MAX_CONTROL_SHARE = 0.05  # control characters in a text file's head (NUL-free encodings)

# Magic numbers of common non-text files, checked at offset 0 unless the tuple says otherwise.
BINARY_SIGNATURES: tuple[tuple[bytes, str, int], ...] = (
    (b"\x89PNG\r\n\x1a\n", "PNG image", 0),
    (b"\xff\xd8\xff", "JPEG image", 0),
    (b"GIF87a", "GIF image", 0),
    (b"GIF89a", "GIF image", 0),
    (b"WEBP", "WebP image", 8),
    (b"II*\x00", "TIFF image", 0),
    (b"MM\x00*", "TIFF image", 0),
    (b"%PDF-", "PDF document", 0),
    (b"PK\x03\x04", "ZIP archive or Office document", 0),
    (b"PK\x05\x06", "ZIP archive", 0),
    (b"Rar!\x1a\x07", "RAR archive", 0),
    (b"7z\xbc\xaf\x27\x1c", "7-Zip archive", 0),
    (b"BZh", "bzip2 archive", 0),
    (b"\xfd7zXZ\x00", "xz archive", 0),
    (b"\x28\xb5\x2f\xfd", "zstd archive", 0),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "old Office document", 0),
    (b"SQLite format 3\x00", "SQLite database", 0),
    (b"\x7fELF", "ELF executable", 0),
    (b"ID3", "MP3 audio", 0),
    (b"OggS", "Ogg media", 0),
    (b"ftyp", "MP4 video", 4),
    (b"\x1a\x45\xdf\xa3", "Matroska/WebM video", 0),
    (b"wOFF", "web font", 0),
    (b"wOF2", "web font", 0),
)

EXTENSIONS: Mapping[str, str] = MappingProxyType(
    {
        ".txt": "text",
        ".text": "text",
        ".md": "text",
        ".html": "html",
        ".htm": "html",
        ".xhtml": "html",
        ".shtml": "html",
        ".rss": "feed",
        ".atom": "feed",
        ".jsonl": "jsonl",
        ".ndjson": "jsonl",
        ".json": "json",
        ".warc": "warc",
        ".gz": "gzip",
    }
)
# Text formats rasd does not read: treating them as prose would feed code or tables to the NLP.
UNSUPPORTED_EXTENSIONS = frozenset(
    {".csv", ".tsv", ".css", ".js", ".py", ".yaml", ".yml", ".toml", ".ini", ".sql", ".svg", ".srt", ".tex"}
)

FEED_ROOT = re.compile(r"<(rss|feed|rdf:rdf)[\s>]", re.IGNORECASE)
HTML_MARK = re.compile(r"<(!doctype\s+html|html|head|body|p|div|article|meta|title)[\s>/]", re.IGNORECASE)
CONTROL_BYTES = frozenset(set(range(0x00, 0x09)) | {0x0B} | set(range(0x0E, 0x1B)) | set(range(0x1C, 0x20)))


def binary_kind(data: bytes) -> str | None:
    """The kind of binary file the bytes start like (e.g. "PNG image"), or None."""
    for magic, kind, offset in BINARY_SIGNATURES:
        if data[offset : offset + len(magic)] == magic:
            return kind
    return None


def _head_text(data: bytes) -> str:
    """The first bytes as text, good enough to spot markup (ASCII is the same in every codec here)."""
    head = data[:HEAD_BYTES]
    if head[:2] in (b"\xff\xfe", b"\xfe\xff"):
        return head[: len(head) - len(head) % 2].decode("utf-16", errors="ignore")
    codec = utf16_without_bom(head)
    if codec:
        return head[: len(head) - len(head) % 2].decode(codec, errors="ignore")
    return head.decode("latin-1").removeprefix("\xef\xbb\xbf")


def _looks_binary(data: bytes) -> bool:
    """Control bytes that no text encoding rasd reads would produce (UTF-16 excepted)."""
    head = data[:HEAD_BYTES]
    if not head or head[:2] in (b"\xff\xfe", b"\xfe\xff"):
        return False
    if utf16_without_bom(head):
        return False
    controls = sum(1 for b in head if b in CONTROL_BYTES)
    return controls > MAX_CONTROL_SHARE * len(head)


def sniff_content(data: bytes) -> str:
    """The format the first bytes suggest: text, html, feed, json, jsonl, warc or gzip."""
    if data.startswith(b"\x1f\x8b"):
        return "gzip"
    if data.startswith(b"WARC/"):
        return "warc"
    head = _head_text(data).lstrip()
    lowered = head[:1024].lower()
    if lowered.startswith("<?xml") or lowered.startswith("<rss") or lowered.startswith("<feed"):
        if FEED_ROOT.search(lowered):
            return "feed"
        if HTML_MARK.search(lowered):
            return "html"
        raise UnknownFormatError("XML that is neither RSS/Atom nor HTML")
    if lowered.startswith("<") and HTML_MARK.search(lowered):
        return "html"
    if lowered.startswith("["):
        return "json"
    if lowered.startswith("{"):
        return "jsonl"
    return "text"


def sniff_format(data: bytes, name: str) -> str:
    """The reader for these bytes; BinaryInputError or UnknownFormatError when there is none."""
    kind = binary_kind(data)
    if kind:
        raise BinaryInputError(f"binary content ({kind})")
    suffix = PurePath(name).suffix.lower()
    if suffix in UNSUPPORTED_EXTENSIONS:
        raise UnknownFormatError(f"unsupported format ({suffix} file)")
    by_name = EXTENSIONS.get(suffix)
    if by_name in ("gzip", "warc") or (by_name is None and data.startswith((b"\x1f\x8b", b"WARC/"))):
        return by_name or sniff_content(data)
    if _looks_binary(data):
        raise BinaryInputError("binary content")
    return by_name or sniff_content(data)
