"""Typed records passed between stages: every record type of every stage, in one module.

This is the bottom layer: it imports nothing from rasd, so every stage (ingest, clean, nlp, events,
kb) can import its records from here without reaching up into another stage's package.
Frozen, slotted dataclasses: a stage takes records in and returns new ones, never mutating.
Offsets (`start`, `end`) are character offsets into the text they name, which is never altered.
"""

from __future__ import annotations

import bisect
import datetime as dt
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any, NamedTuple


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


# The entity stage (rasd/nlp): mentions found in a story, catalog entries, linked entities.

ENTITY_TYPES = ("PER", "ORG", "LOC", "MISC")


class Token(NamedTuple):
    """A word of a text: its [start, end) span, the text as written and its folded (matching) form.

    A named tuple, not a dataclass: a story has hundreds of tokens and a tuple is made in one step
    (`rasd.lang.tokens.tokenize` makes them)."""

    start: int
    end: int
    text: str
    norm: str


class TokenIndex:
    """Tokens in text order with their starts, for taking the tokens of a sentence or any other span."""

    __slots__ = ("starts", "tokens")

    def __init__(self, tokens: Sequence[Token]) -> None:
        self.tokens = tokens
        self.starts = [t.start for t in tokens]

    def between(self, start: int, end: int) -> Sequence[Token]:
        """The tokens that start in [start, end)."""
        i = bisect.bisect_left(self.starts, start)
        return self.tokens[i : bisect.bisect_left(self.starts, end, i)]


class StoryTokens:
    """A story's tokens, made once (`rasd.lang.tokens.story_tokens`) and read by its stages: the title
    and body as one text (the title, a line break, the body: what the entity stage reads), and the
    body's own in body offsets (what quotes and events read), shifted from those on first use."""

    __slots__ = ("_body", "joined", "shift")

    def __init__(self, joined: tuple[Token, ...], shift: int) -> None:
        self.joined = joined  # offsets into title + "\n" + text
        self.shift = shift  # where the body starts in that text (0 without a title)
        self._body: TokenIndex | None = None

    @property
    def body(self) -> TokenIndex:
        if self._body is None:
            shift = self.shift
            first = bisect.bisect_left(self.joined, shift, key=lambda t: t.start)
            body = self.joined[first:]
            if shift:
                new = tuple.__new__
                body = tuple([new(Token, (t[0] - shift, t[1] - shift, t[2], t[3])) for t in body])
            self._body = TokenIndex(body)
        return self._body


@dataclass(frozen=True, slots=True)
class Mention:
    """A span that names an entity (or a role that stands for one)."""

    start: int
    end: int
    text: str
    type: str  # one of ENTITY_TYPES
    source: str  # crf | gazetteer | rule | role
    part: str = "text"  # text | title: offsets are into Story.text or Story.title


@dataclass(frozen=True, slots=True)
class Office:
    """A post a person held; `role` is a key of rasd/data/entities/roles.tsv (president, …)."""

    role: str
    of: str  # the catalog id of the state or organisation (e.g. "RU", "UN")
    start: dt.date | None
    end: dt.date | None  # None: still in office (as far as the catalog knows)
    acting: bool = False

    def covers(self, on: dt.date | None) -> bool:
        """Whether the term includes the day `on` (its first and last day both count); with no day (a
        story that prints no date), every term does: the person held the office at some time."""
        if on is None:
            return True
        return (self.start is None or self.start <= on) and (self.end is None or on <= self.end)


@dataclass(frozen=True, slots=True)
class CatalogEntity:
    """A canonical entity: one identity across spellings and scripts."""

    id: str
    type: str  # PER | ORG | LOC
    kind: str  # person, country, city, region, organisation, agency, outlet, …
    name_en: str
    name_ar: str
    aliases_ar: tuple[str, ...] = ()
    aliases_en: tuple[str, ...] = ()
    qid: str | None = None
    country: str | None = None  # for cities and regions, the state's id
    adjectives_ar: tuple[str, ...] = ()  # for states: الروسي، الروسية (nationality adjectives)
    offices: tuple[Office, ...] = ()
    city: str | None = None  # for a site (palace, airport): its city's id, where its events are placed


@dataclass(frozen=True, slots=True)
class LinkedEntity:
    """An entity as it appears in one story, with every mention that refers to it."""

    id: str  # catalog id, or "nil:<hash of the normalised name>" for names the catalog lacks
    type: str
    name_en: str
    name_ar: str
    mentions: tuple[Mention, ...]
    nil: bool = False
    romanized: bool = False  # name_en was transliterated by rasd, not taken from the catalog
    qid: str | None = None
    kind: str | None = None  # the catalog kind (person, country, capital, city, region, …)

    @classmethod
    def of(cls, entity: CatalogEntity, mentions: tuple[Mention, ...] = ()) -> LinkedEntity:
        """A catalog entity as named in a story by `mentions` (none: only an event's place)."""
        return cls(
            entity.id, entity.type, entity.name_en, entity.name_ar, mentions, qid=entity.qid, kind=entity.kind
        )


# The events stage (rasd/events): who did what with whom, and who said what. Participants,
# places and speakers are entity ids from `Story.entities`; names are resolved at export.

EVENT_TYPES = (
    "meet", "call", "visit", "statement", "praise", "criticize", "agree", "sign",
    "request", "threaten", "attack", "aid", "protest", "other",
)  # fmt: skip
STATUSES = ("occurred", "planned", "denied", "hypothetical")


@dataclass(frozen=True, slots=True)
class Trigger:
    """One mention of an event in the text: the trigger word or phrase."""

    start: int
    end: int
    text: str
    part: str = "text"


@dataclass(frozen=True, slots=True)
class Event:
    type: str  # one of EVENT_TYPES
    status: str  # one of STATUSES
    participants: tuple[str, ...]  # entity ids, in order of mention
    triggers: tuple[Trigger, ...]  # every mention of this one event in the story
    location: str | None = None  # entity id
    date: dt.date | None = None
    date_text: str | None = None  # the time expression that gave the date, as written
    context: str | None = None  # a summit or forum the event took place at, as written
    actors: tuple[str, ...] = ()  # participants as states: a leader counts as the state he serves
    people: tuple[str, ...] = ()  # the participants that are people
    cluster: str | None = None  # the same value for every report of one real-world event (rasd/kb/cluster.py)
    cluster_date: dt.date | None = None  # the date the cluster's reports agree on (rasd/kb/cluster.py)


@dataclass(frozen=True, slots=True)
class Quote:
    speaker: str | None  # entity id, None when the speaker could not be resolved
    text: str  # the quoted words, as written (without quotation marks)
    start: int
    end: int
    direct: bool = True  # False for reported speech: قال إن …
    trigger: str | None = None  # the attribution verb as written (قال، أكد، وفقاً لـ …)
    part: str = "text"
    trigger_start: int | None = None  # where the attribution verb is, in the same part
    trigger_end: int | None = None


@dataclass(frozen=True, slots=True)
class Story:
    """One news story: a page may hold several.

    `text` is the cleaned body with the original spelling; `published_from` and `outlet_from` say
    where those values were read (e.g. "line:تاريخ النشر", "html", "jsonl", "header-date").
    `tokens` is working state, not a result: the tokens stage fills it so that every later story
    stage reads the same tokens, and `analyze_raw` drops it (it is never exported, stored or sent
    back from a worker).
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
    tokens: StoryTokens | None = field(default=None, compare=False, repr=False)


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
