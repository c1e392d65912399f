"""The one orchestrator: the stages in order, per document, and the batch runner around them.

`STAGES` is the one contract: each `Stage` names the record fields it reads and fills and the
function that runs it, and `analyze_raw` runs exactly that list (pure, per document). The inline
loop, the process pool, Dask, `rasd ingest` and the API's ingest jobs all call `analyze_raw`
through `_analyze_batch`; a new stage is one more entry in STAGES, nowhere else.
"""

from __future__ import annotations

import dataclasses
import functools
import gc
import hashlib
import logging
import multiprocessing
import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import ProcessPoolExecutor
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal, get_args

from rasd.clean import CleanLexicon, clean_document, load_clean_lexicon
from rasd.errors import AnalysisError, RasdError
from rasd.events.extract import EventLexicon, load_event_lexicon
from rasd.events.filter import EventFilter, load_event_filter
from rasd.events.quotes import QuoteVerbs, load_quote_verbs
from rasd.events.stage import add_events, add_quotes
from rasd.ingest import iter_files, load_file
from rasd.kb.cluster import EventClusters, Report, reports_of
from rasd.lang.tokens import story_tokens
from rasd.nlp.entities import EntityResources, add_entities, load_entity_resources
from rasd.nlp.phrases import add_phrases
from rasd.records import Analysis, Document, IngestFailure, RawDoc, Story
from rasd.settings import Settings

log = logging.getLogger(__name__)

Progress = Callable[[int, int], None]  # (inputs done, inputs in all)
BatchFilter = Callable[[list[RawDoc]], list[RawDoc]]  # drops documents that need no analysis


@dataclass(frozen=True, slots=True)
class Resources:
    """Everything the stages load from data files: loaded once per process, then passed in."""

    clean: CleanLexicon
    entities: EntityResources
    events: EventLexicon
    quotes: QuoteVerbs
    event_filter: EventFilter | None = None  # the learned keep/drop filter; None: every candidate kept


def load_resources(settings: Settings | None = None) -> Resources:
    """The stage resources for a run with these settings (the environment's when not given); the
    event filter's model is read only when its threshold turns it on."""
    settings = settings or Settings.from_env()
    return Resources(
        clean=load_clean_lexicon(),
        entities=load_entity_resources(settings),
        events=load_event_lexicon(),
        quotes=load_quote_verbs(),
        event_filter=load_event_filter() if settings.event_filter_threshold > 0 else None,
    )


#: What a stage works on: `file` and `batch` stages are run by the caller around `analyze_raw`
#: (ingest before it, clustering across documents after it); a `document` stage maps the document
#: record (RawDoc, then Document) to the next; a `story` stage maps each Story of the Document.
Scope = Literal["file", "document", "story", "batch"]
SCOPES: tuple[Scope, ...] = get_args(Scope)
#: What exists before any stage runs.
RAW_INPUT = frozenset({"file bytes"})


@dataclass(frozen=True, slots=True)
class Stage:
    """One step of the pipeline: the record fields it reads and fills, and the function that runs it.

    `run(record, resources, settings)` returns the new record; it is None for the caller's steps
    (`file`, `batch` scope), which are declared here so the order check sees what they read and fill.
    """

    name: str
    scope: Scope
    reads: tuple[str, ...]
    fills: tuple[str, ...]
    run: Callable[[Any, Resources, Settings], Any] | None = None


def check_stages(stages: tuple[Stage, ...]) -> tuple[Stage, ...]:
    """The stages, if every field a stage reads is filled by an earlier one (or is raw input), the
    scopes come in the order of SCOPES, and exactly the per-document scopes have a function;
    otherwise ValueError."""
    filled = set(RAW_INPUT)
    scope = 0
    for stage in stages:
        if stage.scope not in SCOPES or SCOPES.index(stage.scope) < scope:
            raise ValueError(f"stage {stage.name}: scope {stage.scope!r} out of the order {SCOPES}")
        scope = SCOPES.index(stage.scope)
        if (stage.run is None) != (stage.scope in ("file", "batch")):
            wants = "needs a function" if stage.run is None else "is the caller's: no function"
            raise ValueError(f"stage {stage.name}: a {stage.scope} stage {wants}")
        for field in stage.reads:
            if field not in filled and field.split(".")[0] not in filled:
                raise ValueError(f"stage {stage.name} reads {field} before any stage fills it")
        filled |= set(stage.fills)
    return stages


def _clean(raw: RawDoc, res: Resources, settings: Settings) -> Document:
    return clean_document(raw, res.clean, settings)


def _tokens(story: Story, res: Resources, settings: Settings) -> Story:
    return dataclasses.replace(story, tokens=story_tokens(story.title, story.text))


def _entities(story: Story, res: Resources, settings: Settings) -> Story:
    return add_entities(story, res.entities)


def _quotes(story: Story, res: Resources, settings: Settings) -> Story:
    return add_quotes(story, res.quotes, settings.quote_windows())


def _events(story: Story, res: Resources, settings: Settings) -> Story:
    catalog = res.entities.link.catalog
    threshold = settings.event_filter_threshold
    return add_events(story, res.events, catalog, settings.event_windows(), res.event_filter, threshold)


def _phrases(story: Story, res: Resources, settings: Settings) -> Story:
    return add_phrases(story, res.entities.phrases)


#: The stages in order. `analyze_raw` runs the document and story stages; the process pool, Dask,
#: `rasd ingest` and the API all reach them through it. A test checks the order is consistent.
STAGES: tuple[Stage, ...] = check_stages(
    (
        Stage("ingest", "file", ("file bytes",), ("RawDoc",)),
        Stage(
            "clean",
            "document",
            ("RawDoc.text", "RawDoc.published", "RawDoc.outlet"),
            (
                "Story.title",
                "Story.text",
                "Story.published",
                "Story.outlet",
                "Story.dateline",
                "Story.sentences",
            ),
            _clean,
        ),
        Stage("tokens", "story", ("Story.title", "Story.text"), ("Story.tokens",), _tokens),
        Stage(
            "entities",
            "story",
            ("Story.title", "Story.text", "Story.tokens", "Story.published"),
            ("Story.entities",),
            _entities,
        ),
        Stage(
            "quotes",
            "story",
            ("Story.title", "Story.text", "Story.tokens", "Story.entities"),
            ("Story.quotes",),
            _quotes,
        ),
        Stage(
            "events",
            "story",
            (
                "Story.text",
                "Story.tokens",
                "Story.sentences",
                "Story.entities",
                "Story.published",
                "Story.dateline",
                "Story.quotes",
            ),
            ("Story.events", "Story.entities"),
            _events,
        ),
        Stage(
            "phrases", "story", ("Story.title", "Story.text", "Story.entities"), ("Story.entities",), _phrases
        ),
        Stage("cluster", "batch", ("Story.events",), ("Event.cluster",)),
    )
)


def run_stages(raw: RawDoc, resources: Resources, settings: Settings, until: str | None = None) -> Document:
    """The document and story stages of STAGES, in order, on one document (pure), up to and including
    the stage named `until` (all when None; the event filter's training reads the events stage's
    output), the stories' tokens kept."""
    doc: Any = raw
    for stage in STAGES:
        if stage.run is None:
            continue
        if stage.scope == "document":
            doc = stage.run(doc, resources, settings)
        else:
            doc = dataclasses.replace(
                doc, stories=tuple(stage.run(s, resources, settings) for s in doc.stories)
            )
        if stage.name == until:
            break
    else:
        if until is not None:
            raise ValueError(f"no stage named {until!r}")
    return doc


def analyze_raw(raw: RawDoc, resources: Resources, settings: Settings) -> Document:
    """Run the document and story stages of STAGES, in order, on one document (pure)."""
    doc = run_stages(raw, resources, settings)
    # the stories' tokens were working state for the story stages: a result does not carry them
    stories = tuple(dataclasses.replace(s, tokens=None) if s.tokens is not None else s for s in doc.stories)
    return dataclasses.replace(doc, stories=stories, id=content_id(raw.text))


def content_id(text: str) -> str:
    """A document's id: a hash of its text, so the same article read twice is one document."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:32]


def _analyze_batch(
    raws: list[RawDoc], resources: Resources, settings: Settings
) -> list[Document | IngestFailure]:
    out: list[Document | IngestFailure] = []
    for raw in raws:
        try:
            out.append(analyze_raw(raw, resources, settings))
        except RasdError as exc:
            out.append(IngestFailure(raw.source, str(exc), exc.code))
        except Exception as exc:  # one document's bug must not lose the batch
            failure = AnalysisError(f"analysis failed: {type(exc).__name__}: {exc}")
            out.append(IngestFailure(raw.source, str(failure), failure.code))
    return out


_worker_resources: Resources | None = None  # set once in each worker process by _init_worker


def _init_worker(inherited: Resources | None, settings: Settings) -> None:
    """Keep the resources a forked worker inherited, else load them; then freeze the collector's view.

    Everything the worker holds now lives as long as it does, so `gc.freeze` keeps the collector
    from scanning it again and again (and, after a fork, from copying the parent's pages).
    """
    global _worker_resources
    _worker_resources = inherited or load_resources(settings)
    gc.freeze()


def _start_pool(jobs: int, resources: Resources, settings: Settings) -> ProcessPoolExecutor:
    """Worker processes; where they are forked (Linux) they share this process's loaded resources.

    Forked workers inherit the resources without pickling, so the data files are read once, not
    once per worker; with other start methods each worker loads its own.
    """
    inherited = resources if multiprocessing.get_start_method() == "fork" else None
    return ProcessPoolExecutor(jobs, initializer=_init_worker, initargs=(inherited, settings))


def _worker_batch(raws: list[RawDoc], settings: Settings) -> list[Document | IngestFailure]:
    assert _worker_resources is not None
    return _analyze_batch(raws, _worker_resources, settings)


def _raw_batches(
    paths: Iterable[str | Path],
    settings: Settings,
    failures: list[IngestFailure],
    progress: Progress | None,
    keep: BatchFilter | None,
) -> Iterator[list[RawDoc]]:
    """Ingest file by file, yielding documents in batches; failures are collected on the side.

    `keep` drops documents already done (a store's resume) before they cost any analysis."""
    files = list(iter_files(paths))
    batch: list[RawDoc] = []
    for done, item in enumerate(files, 1):
        if isinstance(item, IngestFailure):
            failures.append(item)
            continue
        for got in load_file(item[0], item[1], settings):
            if isinstance(got, IngestFailure):
                failures.append(got)
                continue
            batch.append(got)
            if len(batch) >= settings.batch_size:  # inside the loop: one big JSONL file still splits
                yield keep(batch) if keep else batch
                batch = []
        if progress:
            progress(done, len(files))
    if batch:
        yield keep(batch) if keep else batch


def iter_analyzed(
    paths: Iterable[str | Path],
    settings: Settings,
    progress: Progress | None = None,
    keep: BatchFilter | None = None,
    resources: Resources | None = None,
) -> Iterator[list[Document | IngestFailure]]:
    """Batches of per-document results as they finish, in input order; ingest failures come with them.

    Nothing accumulates here: a caller that writes each batch away (the store) holds one batch at a
    time. Cross-document steps (clustering) are the caller's."""
    failures: list[IngestFailure] = []
    batches = _raw_batches(paths, settings, failures, progress, keep)

    def flush(results: list[Document | IngestFailure]) -> list[Document | IngestFailure]:
        out = [*failures, *results]
        failures.clear()
        return out

    resources = resources or load_resources(settings)
    try:
        if settings.workers > 0 or settings.scheduler:
            with dask_client(settings) as client:
                submit = functools.partial(client.submit, _dask_batch, settings=settings, pure=False)
                for got in _in_order(submit, batches, 2 * _dask_slots(client)):
                    yield flush(got)
        elif settings.jobs > 1:
            with _start_pool(settings.jobs, resources, settings) as pool:
                submit = functools.partial(pool.submit, _worker_batch, settings=settings)
                for got in _in_order(submit, batches, 2 * settings.jobs):
                    yield flush(got)
        else:
            gc.freeze()
            for batch in batches:
                yield flush(_analyze_batch(batch, resources, settings))
        if failures:
            yield flush([])
    finally:
        gc.unfreeze()


@dataclass(frozen=True, slots=True)
class Run:
    """What a run over many documents keeps once each document has been handed on: the clusters
    of all their events (`EventClusters.apply` puts them on a document), the inputs that failed,
    and the seconds the analysis took."""

    clusters: EventClusters
    errors: tuple[IngestFailure, ...]
    seconds: float


def run_paths(
    paths: Iterable[str | Path],
    settings: Settings,
    take: Callable[[Document], None],
    progress: Progress | None = None,
) -> Run:
    """Analyse every file under `paths`, handing each finished document to `take` as it arrives.

    Only the clustering view of each event (`rasd.kb.cluster.Report`) and the failures stay here:
    a `take` that writes documents away (`rasd analyze --json`) keeps memory flat over any corpus."""
    started = time.perf_counter()
    failures: list[IngestFailure] = []
    reports: list[Report] = []
    resources = load_resources(settings)
    state_of = resources.entities.link.catalog.state_of_place
    clustering = settings.clustering(resources.clean.stopwords)
    for results in iter_analyzed(paths, settings, progress, resources=resources):
        for result in results:
            if isinstance(result, Document):
                reports += reports_of(result, state_of, clustering)
                take(result)
            else:
                failures.append(result)
        gc.freeze()  # what is kept lives to the end: the collector need not rescan it
    gc.unfreeze()
    clusters = EventClusters.of_reports(reports, clustering)
    return Run(clusters, tuple(failures), time.perf_counter() - started)


def analyze_paths(
    paths: Iterable[str | Path], settings: Settings | None = None, progress: Progress | None = None
) -> Analysis:
    """Analyse every file under `paths`; every input ends in `documents` or in `errors`.

    The events of all documents are clustered together at the end (`rasd/kb/cluster.py`)."""
    settings = settings or Settings.from_env()
    started = time.perf_counter()
    documents: list[Document] = []
    run = run_paths(paths, settings, documents.append, progress)
    for k, doc in enumerate(documents):  # each swapped for its clustered copy: the old one is freed at once
        documents[k] = run.clusters.apply(doc)
    return Analysis(tuple(documents), run.errors, time.perf_counter() - started)


def _in_order(
    submit: Callable[[list[RawDoc]], Any], batches: Iterable[list[RawDoc]], window: int
) -> Iterator[Any]:
    """Results of `submit` over the batches, in input order, with at most `window` batches in flight:
    the reader never runs ahead of the workers by more than that, so memory stays bounded."""
    pending: deque[Any] = deque()
    for batch in batches:
        pending.append(submit(batch))
        if len(pending) >= window:
            yield pending.popleft().result()
    while pending:
        yield pending.popleft().result()


@contextmanager
def dask_client(settings: Settings) -> Iterator[Any]:
    """A Dask client: on the scheduler at `settings.scheduler`, else on a LocalCluster of
    `settings.workers` single-threaded worker processes (closed on exit)."""
    from distributed import Client, LocalCluster

    if settings.scheduler:
        with Client(settings.scheduler) as client:
            yield client
        return
    with (
        LocalCluster(
            n_workers=settings.workers,
            threads_per_worker=1,
            processes=True,
            dashboard_address=None,
            silence_logs=logging.ERROR,
        ) as cluster,
        Client(cluster) as client,
    ):
        yield client


def _dask_slots(client: Any) -> int:
    return max(1, sum(w.get("nthreads", 1) for w in client.scheduler_info()["workers"].values()))


def _dask_batch(raws: list[RawDoc], settings: Settings) -> list[Document | IngestFailure]:
    """One batch on a Dask worker: the same per-document code; the worker loads the resources once
    and keeps them on itself (not in a module global)."""
    from distributed import get_worker

    worker = get_worker()
    resources = getattr(worker, "rasd_resources", None)
    if resources is None:
        resources = load_resources(settings)
        worker.rasd_resources = resources
    return _analyze_batch(raws, resources, settings)
