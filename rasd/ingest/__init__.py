"""Ingest: every input file becomes RawDocs or reported failures (docs/ingest.md).

Text, HTML, RSS/Atom, JSON Lines and WARC, optionally gzipped, in UTF-8, UTF-16, Windows-1256
or ISO-8859-6. Nothing here prints or raises for a bad input: failures come back as
IngestFailure records with a reason and an error code.
"""

from rasd.ingest.decode import decode_bytes
from rasd.ingest.files import iter_files
from rasd.ingest.parse import load_file, parse_bytes

__all__ = ["decode_bytes", "iter_files", "load_file", "parse_bytes"]
