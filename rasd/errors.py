"""The one family of errors rasd raises.

Library code raises these and never prints or exits; the batch runner turns them into
`{"source", "error", "code"}` entries so one bad file never stops a batch (STYLE §7).
Every class carries a short stable `code` that tools and tests can rely on.
"""

from __future__ import annotations


class RasdError(Exception):
    """Base class: every error rasd raises on purpose."""

    code = "E000"


class IngestError(RasdError):
    """An input could not be turned into documents."""

    code = "E100"


class UnreadableError(IngestError):
    """The file cannot be opened or read (missing, permissions, a directory loop)."""

    code = "E101"


class TooLargeError(IngestError):
    """The file is over the configured size limit (Settings.max_file_bytes)."""

    code = "E102"


class EmptyInputError(IngestError):
    """The file, record or page holds no text."""

    code = "E103"


class BinaryInputError(IngestError):
    """The bytes are not text in any encoding rasd reads (an image, an archive, …)."""

    code = "E104"


class DecodeError(IngestError):
    """The bytes are text but no encoding decodes them cleanly, or the result is mojibake."""

    code = "E105"


class FormatError(IngestError):
    """The file claims a format (JSON line, feed, WARC, HTML) but breaks its rules."""

    code = "E106"


class UnknownFormatError(IngestError):
    """The file is none of the formats rasd reads."""

    code = "E107"


class CleanError(RasdError):
    """Cleaning left nothing to analyse (the page was all boilerplate)."""

    code = "E200"


class AnalysisError(RasdError):
    """A bug met while analysing one document: reported for that document, the batch goes on."""

    code = "E300"


class StoreError(RasdError):
    """The knowledge-base database cannot be opened, migrated or written."""

    code = "E400"


class StoreDamagedError(StoreError):
    """The database file is not SQLite (another file given as --db) or is damaged (truncated, corrupt)."""

    code = "E401"


class StoreLockedError(StoreError):
    """Another process held the database's write lock for longer than Settings.db_busy_timeout_s."""

    code = "E402"


class StoreReadOnlyError(StoreError):
    """The database file or its folder cannot be written (permissions, a read-only file system)."""

    code = "E403"


class StoreUnreachableError(StoreError):
    """The database server does not answer (a PostgreSQL URL: wrong host or port, server down, bad login)."""

    code = "E405"


class QuerySyntaxError(RasdError):
    """A search query the small query language cannot read (rasd/kb/search.py)."""

    code = "E410"


class NotFoundError(RasdError):
    """A name or id the knowledge base does not hold."""

    code = "E404"


class DataFileError(RasdError):
    """A packaged lexicon or pattern file is malformed: the message names file and line."""

    code = "E900"
