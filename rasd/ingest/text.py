"""Plain-text files, and the rule every reader shares: a document needs enough letters to analyse."""

from __future__ import annotations

from rasd.errors import EmptyInputError, TooLargeError
from rasd.ingest.decode import decode_bytes
from rasd.records import RawDoc
from rasd.settings import Settings


def count_letters(text: str, enough: int | None = None) -> int:
    """Letters in the text, counting no further than `enough` (long documents pass quickly)."""
    count = 0
    for ch in text:
        if ch.isalpha():
            count += 1
            if count == enough:
                break
    return count


def normalise_newlines(text: str) -> str:
    """CRLF and CR to LF, so later stages split lines the same way whatever produced the file."""
    return text.replace("\r\n", "\n").replace("\r", "\n")


def require_text(text: str, settings: Settings, what: str = "text") -> str:
    """The text stripped; EmptyInputError when it has fewer letters than settings.min_text_chars,
    TooLargeError when it is longer than settings.max_text_chars (a 50 MB line would take an hour)."""
    stripped = text.strip()
    if not stripped:
        raise EmptyInputError(f"{what} is empty")
    if len(stripped) > settings.max_text_chars:
        raise TooLargeError(
            f"{what} is {len(stripped):,} characters, "
            f"over the limit of {settings.max_text_chars:,} for one document"
        )
    letters = count_letters(stripped, enough=settings.min_text_chars)
    if letters < settings.min_text_chars:
        raise EmptyInputError(f"{what} has only {letters} letters (minimum {settings.min_text_chars})")
    return stripped


def parse_text(data: bytes, source: str, settings: Settings) -> RawDoc:
    """The whole file as one document; the title is left to the cleaning stage, which finds headlines."""
    text, codec = decode_bytes(data, settings)
    body = require_text(normalise_newlines(text), settings)
    return RawDoc(source=source, text=body, fmt="text", encoding=codec)
