"""Typed records passed between stages.

Frozen, slotted dataclasses: a stage takes records in and returns new ones, never mutating.
Offsets (`start`, `end`) are character offsets into the text they name, which is never altered.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from rasd.events.records import Event, Quote
from rasd.nlp.records import LinkedEntity


@dataclass(frozen=True, slots=True)
class RawDoc:
    """One document as ingestion found it, before any cleaning.

    `text` keeps line breaks between paragraphs. Structured metadata (from HTML meta tags, feed
    items or JSONL keys) goes in the typed fields; whatever else the source said goes in `meta`.
    """

    source: str  # the path as given, plus "#N" when one file holds several documents
    text: str
    fmt: str  # text | html | rss | jsonl | warc
    encoding: str | None = None  # the codec the bytes were decoded with
    title: str | None = None
    url: str | None = None
    published: dt.date | None = None
    outlet: str | None = None
    meta: Mapping[str, Any] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class IngestFailure:
    """An input that produced no document, with the reason."""

    source: str
    error: str
    code: str


@dataclass(frozen=True, slots=True)
class Span:
    """A half-open character range [start, end) in some text."""

    start: int
    end: int


@dataclass(frozen=True, slots=True)
class Removed:
    """A line that cleaning removed, and why (kept for audit and for harvesting metadata)."""

    text: str
    kind: str  # the boilerplate pattern's kind, e.g. "related", "tags", "source"


@dataclass(frozen=True, slots=True)
class Story:
    """One news story: a page may hold several.

    `text` is the cleaned body with the original spelling; `published_from` and `outlet_from` say
    where those values were read (e.g. "line:تاريخ النشر", "html", "jsonl", "header-date").
    """

    id: str
    index: int
    title: str | None
    text: str
    published: dt.date | None = None
    published_from: str | None = None
    outlet: str | None = None
    outlet_from: str | None = None
    dateline: str | None = None
    sentences: tuple[Span, ...] = ()
    removed: tuple[Removed, ...] = ()
    entities: tuple[LinkedEntity, ...] = ()
    events: tuple[Event, ...] = ()
    quotes: tuple[Quote, ...] = ()


@dataclass(frozen=True, slots=True)
class Document:
    """A cleaned, segmented document: what `rasd analyze` reports per input document."""

    source: str
    fmt: str
    encoding: str | None
    title: str | None
    url: str | None
    outlet: str | None
    published: dt.date | None
    stories: tuple[Story, ...]
    meta: Mapping[str, Any] = field(default_factory=dict)
    id: str = ""  # a hash of the input text (rasd.pipeline.content_id): the store's key


@dataclass(frozen=True, slots=True)
class Analysis:
    """The result of a batch: every input is in `documents` or in `errors`."""

    documents: tuple[Document, ...]
    errors: tuple[IngestFailure, ...]
    seconds: float = 0.0

    @property
    def story_count(self) -> int:
        return sum(len(d.stories) for d in self.documents)
