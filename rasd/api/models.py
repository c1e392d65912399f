"""The API's response models: the JSON shapes the web UI is built against.

The shapes of existing records are those `rasd.kb.queries.to_json` gives (a pair such as a participant
with its number of reports is a two-item array), so the CLI's --json and the API agree.
"""

from __future__ import annotations

from typing import Any

from pydantic import BaseModel, Field


class ErrorBody(BaseModel):
    code: str = Field(description="Stable machine code: bad_request, bad_query, not_found, unauthorized, …")
    message: str


class ErrorResponse(BaseModel):
    error: ErrorBody


class EntityRef(BaseModel):
    id: str
    name_en: str
    name_ar: str
    type: str


class Source(BaseModel):
    event_id: str
    document: str
    outlet: str | None
    published: str | None
    title: str | None
    trigger: str
    story_id: str
    duplicate_of: str | None


class Cluster(BaseModel):
    id: str
    type: str
    status: str
    date: str | None
    date_confidence: float | None
    location: EntityRef | None
    participants: list[tuple[EntityRef, int]] = Field(description="[entity, reports naming it] pairs")
    sources: list[Source]
    source_count: int


class Health(BaseModel):
    status: str
    schema_version: int
    counts: dict[str, int]


class Hit(BaseModel):
    story_id: str
    document: str
    title: str | None
    outlet: str | None
    published: str | None
    snippet: str = Field(description="Plain text; the matching words are marked [like this]")
    score: float
    duplicates: list[str]


class ValueCount(BaseModel):
    value: str
    count: int


class EntityCount(BaseModel):
    id: str
    name_en: str
    name_ar: str
    type: str
    count: int


class Facets(BaseModel):
    outlet: list[ValueCount]
    entity: list[EntityCount]
    type: list[ValueCount]


class SearchResponse(BaseModel):
    query: str
    items: list[Hit]
    facets: Facets
    limit: int
    offset: int


class EntitySummary(BaseModel):
    id: str
    name_en: str
    name_ar: str
    type: str
    kind: str | None
    mentions: int


class EntityList(BaseModel):
    items: list[EntitySummary]
    total: int
    limit: int
    offset: int


class Role(BaseModel):
    role: str
    of: str
    start: str | None
    end: str | None
    acting: bool


class Quote(BaseModel):
    speaker: EntityRef | None
    text: str
    direct: bool
    story_id: str
    document: str
    outlet: str | None
    published: str | None


class EntityPage(BaseModel):
    entity: EntityRef
    kind: str | None
    qid: str | None
    aliases: list[tuple[str, int]] = Field(description="[surface form, mentions] pairs")
    roles: list[Role]
    events: list[Cluster]
    quotes: list[Quote]
    cooccurring: list[tuple[EntityRef, int]] = Field(description="[entity, shared stories] pairs")
    mentions: int
    stories: int


class ClusterList(BaseModel):
    items: list[Cluster]
    total: int
    limit: int
    offset: int


class DocumentSummary(BaseModel):
    id: str
    source: str
    fmt: str
    url: str | None
    title: str | None
    outlet: str | None
    published: str | None
    duplicate_of: str | None = Field(description="The near-duplicate group's first document, if not this")
    story_count: int


class DocumentList(BaseModel):
    items: list[DocumentSummary]
    total: int
    limit: int
    offset: int


class StorySummary(BaseModel):
    id: str
    idx: int
    title: str | None
    text: str
    published: str | None
    outlet: str | None
    dateline: str | None


class Document(BaseModel):
    id: str
    source: str
    fmt: str
    encoding: str | None
    url: str | None
    title: str | None
    outlet: str | None
    published: str | None
    duplicate_of: str | None
    stories: list[StorySummary]


class MentionSpan(BaseModel):
    entity_id: str
    name_en: str
    name_ar: str
    type: str
    text: str
    part: str = Field(description="title or text: the field of the story the offsets index")
    start: int
    end: int


class EventSpan(BaseModel):
    id: str
    type: str
    status: str
    date: str | None
    trigger: str
    part: str
    start: int
    end: int
    cluster_id: str | None
    participants: list[str]


class QuoteSpan(BaseModel):
    id: str
    speaker: EntityRef | None
    text: str
    direct: bool
    trigger: str | None
    part: str
    start: int
    end: int


class Story(BaseModel):
    id: str
    document_id: str
    idx: int
    title: str | None
    text: str
    published: str | None
    outlet: str | None
    dateline: str | None
    source: str
    url: str | None
    mentions: list[MentionSpan]
    events: list[EventSpan]
    quotes: list[QuoteSpan]


class GraphNode(BaseModel):
    id: str
    label: str
    name_en: str
    name_ar: str
    type: str
    kind: str
    clusters: int


class GraphEdge(BaseModel):
    source: str
    target: str
    weight: int
    types: str = Field(description='"type:count,…", most frequent first')
    first: str | None = None
    last: str | None = None


class Graph(BaseModel):
    directed: bool
    multigraph: bool
    graph: dict[str, Any]
    nodes: list[GraphNode]
    edges: list[GraphEdge]


class JobError(BaseModel):
    source: str = Field(description="The uploaded file's name (with the record, for a JSON line)")
    code: str
    error: str


class Job(BaseModel):
    id: str
    state: str = Field(description="queued, running, done or failed")
    done: int = Field(description="Input files read so far")
    total: int = Field(description="Input files in all (0 until the job starts)")
    added: int = Field(description="Documents added to the knowledge base")
    skipped: int = Field(description="Documents already stored")
    errors: list[JobError]
    message: str


class JobAccepted(BaseModel):
    job: str = Field(description="The job id: poll GET /api/jobs/{job}")
    state: str
    url: str
